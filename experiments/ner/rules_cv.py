"""Score the rules run after the CRF (propagation, completion, type harmony) by 5-fold cross-validation over
ANERcorp train, on fold models trained once: rules change without retraining, so a variant costs a minute.

    .venv/bin/python experiments/ner/recipe_dev.py --fold K --out /tmp/ner_fK     # once per fold, K = 0..4
    .venv/bin/python experiments/ner/rules_cv.py --models /tmp/ner_f{k}

It prints entity F1 (seqeval strict) per fold and the mean, with the rules of the code as it stands
(``rules="names"``, as ``rasd eval ner``); check out another commit to score its rules on the same models.
Never touches test.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from seqeval.metrics import f1_score, precision_score, recall_score
from seqeval.scheme import IOB2

from rasd.ner import read_conll
from rasd.ner.model import NerModel

TRAIN = Path(__file__).resolve().parents[3] / "shared/data/ner/anercorp/train.txt"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--models", required=True, help="fold model folder, with {k} for the fold number")
    ap.add_argument("--folds", default="0,1,2,3,4")
    args = ap.parse_args()
    sents = read_conll(TRAIN)
    scores = []
    for k in (int(x) for x in args.folds.split(",")):
        lo, hi = len(sents) * k // 5, len(sents) * (k + 1) // 5
        dev = sents[lo:hi]
        pred = NerModel(Path(args.models.format(k=k))).tag_corpus([t for t, _ in dev], rules="names")
        gold = [g for _, g in dev]
        f1 = f1_score(gold, pred, mode="strict", scheme=IOB2)
        p = precision_score(gold, pred, mode="strict", scheme=IOB2)
        r = recall_score(gold, pred, mode="strict", scheme=IOB2)
        print(f"fold {k}: F1 {f1:.4f} P {p:.3f} R {r:.3f}")
        scores.append(f1)
    print(f"mean F1 {sum(scores) / len(scores):.4f} over {len(scores)} folds")


if __name__ == "__main__":
    main()
