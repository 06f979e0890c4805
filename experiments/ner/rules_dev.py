"""Dev check of the post-CRF rules on the last 10% of train, with a model trained on the first 90%.

.venv/bin/python experiments/ner/rules_dev.py MODEL_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from seqeval.metrics import f1_score, precision_score, recall_score
from seqeval.scheme import IOB2

from rasd.ner import read_conll
from rasd.ner.model import NerModel, complete, surnames

TRAIN = Path(__file__).resolve().parents[3] / "shared/data/ner/anercorp/train.txt"


def main() -> None:
    sents = read_conll(TRAIN)
    dev = sents[int(len(sents) * 0.9) :]
    gold = [t for _, t in dev]
    toks = [s for s, _ in dev]
    model = NerModel(Path(sys.argv[1]))
    base = model.tag_corpus(toks)
    fz = model.featurizer
    variants = {
        "CRF": base,
        "names": [complete(fz, s, t, scope="names") for s, t in zip(toks, base, strict=True)],
        "all": [complete(fz, s, t, scope="all") for s, t in zip(toks, base, strict=True)],
        "surnames": surnames(fz, toks, base),
    }
    variants["names+surnames"] = surnames(fz, toks, variants["names"])
    for name, pred in variants.items():
        p = precision_score(gold, pred, mode="strict", scheme=IOB2)
        r = recall_score(gold, pred, mode="strict", scheme=IOB2)
        f = f1_score(gold, pred, mode="strict", scheme=IOB2)
        print(f"{name:15} P {p:.4f} R {r:.4f} F1 {f:.4f}")


if __name__ == "__main__":
    main()
