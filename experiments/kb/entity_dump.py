"""Every entity the pipeline finds in one day of SaudiNewsNet, one line each, so two versions of NER and linking
can be compared mention by mention (run the other version with ``PYTHONPATH`` pointing at its ``src``, then diff
the files). The corpus (CC BY-NC-SA) is read where it lies; the dump has no gold, so its diffs are read, not scored.

    python experiments/kb/entity_dump.py --out entities.tsv
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from saudinewsnet import DEFAULT_ZIP, load_articles

from rasd.analysis import load_pipeline
from rasd.document import Document


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--zip", type=Path, default=DEFAULT_ZIP)
    ap.add_argument("--out", type=Path, required=True, help="write article, label, id and text per entity")
    args = ap.parse_args()
    if not args.zip.exists():
        print(f"{args.zip}: not found (pass --zip)", file=sys.stderr)
        return 2
    pipeline = load_pipeline()
    lines: list[str] = []
    for n, article in enumerate(load_articles(args.zip)):
        doc = pipeline(Document((article.get("title", "") + "\n\n" + article.get("content", "")).strip()))
        for e in doc.layer("entities"):
            lines.append(f"{n}\t{e.label}\t{e.get('id')}\t{doc.span_text(e)}".replace("\n", " "))
    args.out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    print(f"{len(lines)} entities written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
