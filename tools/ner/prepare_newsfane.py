"""Turn NewsFANE Gold into an ANERcorp-style CoNLL file without any sentence of the ANERcorp test split.

NewsFANE Gold (Alotaibi & Lee 2014, CC BY-SA 3.0) re-annotates the ANERcorp text with 45 fine-grained
types. Because it is the same text, every NewsFANE sentence whose text occurs in the ANERcorp test split
(or in any other ``--exclude`` file, such as a dev split) is dropped: a sentence is dropped when half or
more of its normalized character 24-grams occur in the excluded text, which catches sentences that the two
corpora split or tokenise differently. The fine types are mapped to PER/ORG/LOC/MISC as ANERcorp uses
them; a standalone conjunction و is joined to the next word, as ANERcorp writes it. The output is written
outside the repository (it is a derivative of the corpora, not part of rasd):

    .venv/bin/python tools/ner/prepare_newsfane.py --out /tmp/newsfane.txt \\
        [--exclude ../shared/data/ner/anercorp/test.txt]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from rasd.ner import read_conll  # noqa: E402
from rasd.text.normalize import norm  # noqa: E402

SHARED = ROOT.parent / "shared" / "data" / "ner"
FINE_TO_COARSE = {
    **dict.fromkeys(
        "Politician Athlete Artist Other_PER Religious_PER Scientist Businessperson Lawyer Engineer".split(), "PER"
    ),
    **dict.fromkeys(
        "Nation Population-Center State-or-Province GPE-Cluster Continent Water-Body Land County-or-District "
        "Land-Region-Natural Celestial".split(),
        "LOC",
    ),
    **dict.fromkeys(
        "Non-Governmental Sports Media Government Commercial Educational Police Medical-Science Religious_ORG "
        "Entertainment".split(),
        "ORG",
    ),
    **dict.fromkeys("Book Movie Software Hardware".split(), "MISC"),
}
N = 24


def _key(tokens: list[str]) -> str:
    return re.sub(r"[^\u0621-\u064aA-Za-z0-9]", "", norm("".join(tokens)))


def _grams(text: str) -> set[str]:
    return {text[i : i + N] for i in range(max(0, len(text) - N + 1))}


def read_newsfane(file: Path) -> list[tuple[list[str], list[str]]]:
    sents: list[tuple[list[str], list[str]]] = []
    toks: list[str] = []
    tags: list[str] = []
    with file.open(encoding="utf-8-sig") as fh:
        for raw in fh:
            line = raw.replace("\u200e", "").rstrip("\r\n")
            parts = line.split("\t")
            if not line.strip() or len(parts) < 2 or not parts[0].strip():
                if toks:
                    sents.append((toks, tags))
                    toks, tags = [], []
                continue
            tok, tag = parts[0].strip(), parts[1].strip()
            if tag != "O":
                prefix, _, fine = tag.partition("-")
                coarse = FINE_TO_COARSE.get(fine)
                tag = f"{prefix}-{coarse}" if coarse else "O"
            toks.append(tok)
            tags.append(tag)
    if toks:
        sents.append((toks, tags))
    return [_join_wa(t, g) for t, g in sents]


def _join_wa(toks: list[str], tags: list[str]) -> tuple[list[str], list[str]]:
    out_t: list[str] = []
    out_g: list[str] = []
    i = 0
    while i < len(toks):
        if toks[i] == "و" and i + 1 < len(toks) and re.match(r"^[\u0621-\u064a]", toks[i + 1]):
            out_t.append("و" + toks[i + 1])
            out_g.append(tags[i + 1])
            i += 2
            continue
        out_t.append(toks[i])
        out_g.append(tags[i])
        i += 1
    # a tag sequence left starting with I- after the mapping dropped a type is repaired to IOB2
    fixed: list[str] = []
    prev = "O"
    for tag in out_g:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        fixed.append(tag)
        prev = tag
    return out_t, fixed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, default=SHARED / "newsfane-gold" / "NewsFANE_Gold_2014_170K.txt")
    ap.add_argument("--exclude", type=Path, nargs="*", default=[SHARED / "anercorp" / "test.txt"])
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    if ROOT in args.out.resolve().parents:
        ap.error("write the converted corpus outside the repository")
    if SHARED / "anercorp" / "test.txt" not in args.exclude:
        args.exclude.append(SHARED / "anercorp" / "test.txt")
    banned: set[str] = set()
    for f in args.exclude:
        for toks, _ in read_conll(f):
            banned |= _grams(_key(toks))
    kept = dropped = 0
    with args.out.open("w", encoding="utf-8") as fh:
        for toks, tags in read_newsfane(args.source):
            grams = _grams(_key(toks))
            if not grams or sum(g in banned for g in grams) * 2 >= len(grams):
                dropped += 1
                continue
            kept += 1
            fh.write("".join(f"{t} {g}\n" for t, g in zip(toks, tags, strict=True)) + "\n")
    print(f"kept {kept} sentences, dropped {dropped} found in {[str(f) for f in args.exclude]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
