"""Dev experiments for one CRF pass: train on the first 90% of ANERcorp train, score the last 10% (never test).

    .venv/bin/python experiments/ner/dev.py [--c1 0.05 --c2 0.01] [--drop=PREFIX,PREFIX] [--extra FILE] [--report]

``--drop`` leaves out features by prefix (ablation); ``--extra`` adds a CoNLL file to training (for
NewsFANE, made by tools/ner/prepare_newsfane.py with the dev split excluded as well as the test split).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pycrfsuite
from seqeval.metrics import classification_report, f1_score
from seqeval.scheme import IOB2

from rasd.ner import read_conll
from rasd.ner.features import Featurizer

TRAIN = Path(__file__).resolve().parents[3] / "shared/data/ner/anercorp/train.txt"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iter", type=int, default=300)
    ap.add_argument("--drop", default="", help="comma-separated feature prefixes to leave out")
    ap.add_argument("--extra", type=Path, default=None, help="extra CoNLL training file (dev and test removed)")
    ap.add_argument("--report", action="store_true")
    args = ap.parse_args()
    sents = read_conll(TRAIN)
    cut = int(len(sents) * 0.9)
    tr, dev = sents[:cut], sents[cut:]
    if args.extra:
        tr = tr + read_conll(args.extra)
    fz = Featurizer()
    drop = tuple(args.drop.split(",")) if args.drop else ()

    def feats(tokens: list[str]) -> list[list[str]]:
        out = fz.sentence(tokens)
        return [[f for f in fs if not f.startswith(drop)] for fs in out] if drop else out

    t0 = time.time()
    trainer = pycrfsuite.Trainer(verbose=False)
    for toks, tags in tr:
        trainer.append(feats(toks), tags)
    trainer.set_params(
        {"c1": args.c1, "c2": args.c2, "max_iterations": args.iter, "feature.possible_transitions": True}
    )
    out = "/tmp/ner_dev.crfsuite"
    trainer.train(out)
    t1 = time.time()
    tagger = pycrfsuite.Tagger()
    tagger.open(out)
    pred = [tagger.tag(feats(toks)) for toks, _ in dev]
    gold = [tags for _, tags in dev]
    f1 = f1_score(gold, pred, mode="strict", scheme=IOB2)
    print(f"dev F1 {f1:.4f}  train {t1 - t0:.0f}s  args {vars(args)}")
    if args.report:
        print(classification_report(gold, pred, mode="strict", scheme=IOB2, digits=4))


if __name__ == "__main__":
    main()
