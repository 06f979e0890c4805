"""How often clitic segmentation splits a proper noun wrongly, measured on ANERcorp's entity tokens.

Gold is derived, not annotated: a split of an entity token is counted *wrong* when the stem it leaves (alone
or with the article) never occurs as a token anywhere in ANERcorp (train + test), e.g. بغداد -> ب + غداد,
كاليفورنيا -> ك + ال + يفورنيا, and *right* when it does (وبغداد -> و + بغداد, للتعليم -> ل + ال + تعليم)
or when only the article was split off (الرياض -> ال + رياض is the definite article by any analysis).
A token left whole whose clitic-stripped form does occur as an entity token while
the token itself starts with و/ب/ل/ف/ك + that form is a *missed* split
(وسوريا kept whole).

    python bench/clitic_splits.py [../shared/data/ner/anercorp]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from rasd.text.clitics import analyze
from rasd.text.normalize import norm


def read_tokens(folder: Path) -> tuple[Counter[str], set[str]]:
    """Entity tokens with their counts, and every token of the corpus."""
    tokens: Counter[str] = Counter()
    every: set[str] = set()
    for name in ("train.txt", "test.txt"):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) == 2:
                every.add(norm(parts[0]))
                if parts[1] != "O":
                    tokens[norm(parts[0])] += 1
    return tokens, every


def main(argv: list[str]) -> int:
    folder = Path(argv[1] if len(argv) > 1 else "../shared/data/ner/anercorp")
    if not folder.exists():
        print(f"{folder}: not found; pass the ANERcorp folder", file=sys.stderr)
        return 2
    ent, vocab = read_tokens(folder)
    n = sum(ent.values())
    split = wrong = missed = 0
    examples: Counter[str] = Counter()
    missed_ex: Counter[str] = Counter()
    for tok, count in ent.items():
        a = analyze(tok)
        if a.prefix or a.suffix:
            split += count
            only_article = a.prefix in {"ال"} and not a.suffix
            rest = tok[len(a.prefix) :] if a.prefix else tok
            stem_ok = a.stem in vocab or ("ال" + a.stem) in vocab or rest in vocab
            if not (only_article or stem_ok):
                wrong += count
                examples[f"{tok} -> {a.prefix}+{a.stem}+{a.suffix}"] += count
        else:
            for p in ("و", "ب", "ل", "ف", "ك", "وب", "ول"):
                if tok.startswith(p) and ent[tok[len(p) :]] >= 3 * count:
                    missed += count
                    missed_ex[tok] += count
                    break
    print(f"entity tokens: {n:,} ({len(ent):,} types)")
    print(f"split: {split:,} ({split / n:.2%})")
    print(f"wrong splits: {wrong:,} = {wrong / n:.2%} of entity tokens, {wrong / max(split, 1):.2%} of splits")
    print(f"missed splits: {missed:,} = {missed / n:.2%} of entity tokens")
    print("most frequent wrong splits:", ", ".join(f"{k} ({v})" for k, v in examples.most_common(15)))
    print("most frequent missed:", ", ".join(f"{k} ({v})" for k, v in missed_ex.most_common(10)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
