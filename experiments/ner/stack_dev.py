"""Dev check of the two-pass (stacked) CRF: train on the first 90% of ANERcorp train, score the last 10%.

.venv/bin/python experiments/ner/stack_dev.py [--window 20] [--folds 5] [--no-stack]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from seqeval.metrics import classification_report
from seqeval.scheme import IOB2

from rasd.ner import read_conll
from rasd.ner.model import NerModel
from rasd.ner.train import fit

TRAIN = Path(__file__).resolve().parents[3] / "shared/data/ner/anercorp/train.txt"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--window", type=int, default=20)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--no-stack", action="store_true")
    ap.add_argument("--hide", type=float, default=0.0)
    ap.add_argument("--clusters", action="store_true", help="clusters learned from the training part's text")
    ap.add_argument("--out", default="/tmp/ner_stack_dev")
    args = ap.parse_args()
    sents = read_conll(TRAIN)
    cut = int(len(sents) * 0.9)
    tr, dev = sents[:cut], sents[cut:]
    if args.clusters:
        import sys

        sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools" / "ner"))
        from build_ner_clusters import build_clusters

        from rasd.ner.features import default_lexicons

        built = build_clusters([s for s, _ in tr])
        default_lexicons().clusters = {w: tuple(map(str, ids)) for w, ids in built.items()}
    else:
        from rasd.ner.features import default_lexicons

        default_lexicons().clusters = {}
    t0 = time.time()
    fit(tr, Path(args.out), folds=args.folds, window=args.window, stacked=not args.no_stack, hide=args.hide)
    print(f"trained in {time.time() - t0:.0f}s")
    model = NerModel(Path(args.out), window=args.window)
    gold = [t for _, t in dev]
    for name, pred in (
        ("pass1", model.tag_corpus([s for s, _ in dev], passes=1)),
        ("pass2", model.tag_corpus([s for s, _ in dev])),
    ):
        print(name)
        print(classification_report(gold, pred, mode="strict", scheme=IOB2, digits=4))


if __name__ == "__main__":
    main()
