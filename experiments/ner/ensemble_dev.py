"""Dev check of the shipped design end to end: CRF + exported BiLSTM (numpy), trained on the first 90% of
ANERcorp train and scored on the last 10%, for several BiLSTM weights; also checks the numpy forward pass.

    .venv/bin/python experiments/ner/ensemble_dev.py [--out /tmp/ner_ens_dev] [--seed 0] [--skip-train]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from seqeval.metrics import classification_report, f1_score
from seqeval.scheme import IOB2

from rasd.ner import read_conll
from rasd.ner.model import NerModel
from rasd.ner.train import fit
from rasd.ner.train_neural import train_bilstm

TRAIN = Path(__file__).resolve().parents[3] / "shared/data/ner/anercorp/train.txt"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("/tmp/ner_ens_dev"))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--skip-train", action="store_true")
    args = ap.parse_args()
    sents = read_conll(TRAIN)
    cut = int(len(sents) * 0.9)
    tr, dev = sents[:cut], sents[cut:]
    if not args.skip_train:
        t0 = time.time()
        fit(tr, args.out)
        t1 = time.time()
        info = train_bilstm(tr, args.out, seed=args.seed)
        print(f"CRF {t1 - t0:.0f}s, BiLSTM {time.time() - t1:.0f}s, losses {info['losses']}")
    model = NerModel(args.out)
    gold = [t for _, t in dev]
    toks = [s for s, _ in dev]
    for w in (0.0, 0.3, 0.4, 0.5, 0.6, 1.0):
        model.nn_weight = w
        t0 = time.perf_counter()
        pred = model.tag_corpus(toks)
        speed = sum(map(len, toks)) / (time.perf_counter() - t0)
        print(f"BiLSTM weight {w}: dev F1 {f1_score(gold, pred, mode='strict', scheme=IOB2):.4f}  {speed:.0f} tok/s")
        if w == 0.5:
            print(classification_report(gold, pred, mode="strict", scheme=IOB2, digits=4))


if __name__ == "__main__":
    main()
