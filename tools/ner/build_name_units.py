"""Build the tagger's lists of real people's names: ``ner_name_units.tsv`` (how often each Arabic word is a
given name or a family name) and ``ner_name_full.txt`` (full names of two to four words).

Source: the name index shipped inside arabic-name-romanizer (MIT code; its name data derives from Wikidata
humans with citizenship of Arabic-speaking countries, CC0, and the DziriNames corpus, CC0 / MIT); the
transliterations are not kept. The tagger uses them as evidence that an unseen word is a name: Arabic has no
capital letters, so "is this word a name of people" must come from a list. The index writes ة as ه
(فاطمه); full names are listed in both spellings. Run by developers; the output is committed and the model
retrained after it changes:

    .venv/bin/python tools/ner/build_name_units.py
"""

from __future__ import annotations

import sqlite3
import sys
from collections import Counter
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from rasd.text.normalize import norm  # noqa: E402

OUT = ROOT / "src" / "rasd" / "data" / "lexicons" / "ner_name_units.tsv"
FULL = ROOT / "src" / "rasd" / "data" / "lexicons" / "ner_name_full.txt"
KEEP_H = frozenset({"الله", "طه"})  # final ه that is not a written ة
MIN_COUNT = 2  # a word seen once as a name part is as likely a transcription accident


def main() -> int:
    db = resources.files("arabic_name_romanizer") / "resources" / "names.sqlite3"
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    given: Counter[str] = Counter()
    family: Counter[str] = Counter()
    for key, role, count in con.execute("SELECT arabic_key, role, count FROM units"):
        if " " in key or not key.strip():
            continue
        k = norm(key.strip())
        if role == "given":
            given[k] += count
        elif role == "surname":
            family[k] += count
    rows = sorted(k for k in set(given) | set(family) if given[k] + family[k] >= MIN_COUNT)
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write(
            "# Name words of real people and how often each is a given name / a family name. Built by\n"
            "# tools/ner/build_name_units.py from arabic-name-romanizer's index (Wikidata CC0; DziriNames CC0/MIT).\n"
            "# word\tgiven\tfamily\n"
        )
        for k in rows:
            fh.write(f"{k}\t{given[k]}\t{family[k]}\n")
    print(f"wrote {OUT} ({len(rows)} words)")
    names: set[str] = set()
    for (key,) in con.execute("SELECT DISTINCT arabic_key FROM full_names"):
        words = [norm(w) for w in key.split()]
        if 2 <= len(words) <= 4:
            names.add(" ".join(words))
            ta = [w[:-1] + "ة" if w.endswith("ه") and len(w) >= 3 and w not in KEEP_H else w for w in words]
            names.add(" ".join(ta))
    with FULL.open("w", encoding="utf-8") as fh:
        fh.write(
            "# Full names (2-4 words) of real people. Built by tools/ner/build_name_units.py from\n"
            "# arabic-name-romanizer's index (Wikidata CC0; DziriNames CC0/MIT).\n"
        )
        fh.write("\n".join(sorted(names)) + "\n")
    print(f"wrote {FULL} ({len(names)} names)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
