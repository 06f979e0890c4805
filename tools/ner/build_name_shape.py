"""Build ``ner_name_shape.tsv``: which letter sequences mark a word as a name rather than a common word.

Arabic has no capitals, and the tagger's weakness is names it never saw in training, above all foreign ones
written in Arabic letters (نيستلروي، ماتيراتزي، بلاكبيرن). Their spelling gives them away: letter sequences
such as ستلر or تيرا are rare in Arabic words and common in transliterations. The training data holds too
few names to learn that from its own character n-grams, so this tool learns it from rasd's own lists: the
words of place and person names (GeoNames cities, CLDR countries, the hand-written lists of places and real
people, the name index's words) against the words of general Arabic (wordfreq's list, ``ner_word_freq.tsv``)
that are not names. For each character 3- and 4-gram of a padded word it writes the log ratio of its
smoothed frequency among names to that among common words; the tagger averages them over a word's grams
(``rasd.ner.features``). No NER data is read. Run by developers; the output is committed and the model
retrained after it changes:

    .venv/bin/python tools/ner/build_name_shape.py
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from rasd.ner.features import _tsv_rows  # noqa: E402
from rasd.ner.features import name_shape_grams as grams  # noqa: E402
from rasd.text.normalize import norm  # noqa: E402

DATA = ROOT / "src" / "rasd" / "data"
OUT = DATA / "lexicons" / "ner_name_shape.tsv"
MIN_COUNT = 3  # a gram seen fewer times in both classes together says nothing reliable
_AR = re.compile(r"^[\u0621-\u064a]{3,}$")
# name lists whose words are names: (file, column of the name or None for one name per line)
_NAME_FILES: tuple[tuple[str, int | None], ...] = (
    ("gazetteers/cities.tsv", 4),
    ("gazetteers/countries.tsv", 2),
    ("lexicons/ner_places_extra.txt", None),
    ("lexicons/ner_persons_public.txt", None),
    ("lexicons/ner_persons_culture.txt", None),
    ("lexicons/ner_persons_extra.txt", None),
    ("lexicons/ner_given_names.txt", None),
    ("lexicons/ner_name_units.tsv", 0),
)


def _strip(word: str) -> str:
    """The article off a name word, so that الشيباني and شيباني count once."""
    return word[2:] if word.startswith("ال") and len(word) >= 5 else word


def _entries(rel: str, column: int | None) -> Iterator[str]:
    """The names of one list: a column of a table, or each line of a text file, comments left out."""
    file = DATA / rel
    if column is not None:
        yield from (row[column] if len(row) > column else "" for row in _tsv_rows(file))
        return
    with file.open(encoding="utf-8") as fh:
        yield from (line.split("#", 1)[0] for line in fh if not line.startswith("#"))


def _name_words() -> set[str]:
    out: set[str] = set()
    for rel, column in _NAME_FILES:
        for entry in _entries(rel, column):
            for w in re.findall(r"[^\s\-–()]+", entry):
                w = _strip(norm(w))
                if _AR.match(w):
                    out.add(w)
    return out


def _common_words(names: set[str]) -> set[str]:
    rows = _tsv_rows(DATA / "lexicons" / "ner_word_freq.tsv")
    return {w for w, *_ in rows if _AR.match(w) and _strip(w) not in names}


def build() -> tuple[str, str]:
    """The file's text, and a one-line summary."""
    names = _name_words()
    common = _common_words(names)
    pos: Counter[str] = Counter(g for w in names for g in grams(w))
    neg: Counter[str] = Counter(g for w in common for g in grams(w))
    vocab = set(pos) | set(neg)
    n_pos, n_neg, v = sum(pos.values()), sum(neg.values()), len(vocab)
    lines = [
        f"# Character 3/4-grams (word padded with < >) and the log ratio of their frequency among {len(names):,}\n",
        f"# name words (places, real people) to that among {len(common):,} common Arabic words (wordfreq).\n",
        "# Built by tools/ner/build_name_shape.py from rasd's own lists; sources' licenses as in the model card.\n",
    ]
    for g in sorted(vocab):
        if pos[g] + neg[g] < MIN_COUNT:
            continue
        lr = math.log((pos[g] + 0.5) / (n_pos + 0.5 * v)) - math.log((neg[g] + 0.5) / (n_neg + 0.5 * v))
        lines.append(f"{g}\t{lr:.2f}\n")
    return "".join(lines), f"{len(lines) - 3} grams; {len(names)} name words, {len(common)} common words"


def main() -> int:
    text, summary = build()
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({summary})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
