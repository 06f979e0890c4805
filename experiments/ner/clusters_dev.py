"""Dev experiment: distributional word clusters as CRF features.

Clusters are learned from the text of the first 90% of ANERcorp train only (no labels; the dev and test text
are not used): positive PMI of each stem with its left and right neighbours, a 50-dimensional SVD, k-means at
three granularities. The CRF gets the cluster ids of each token and of its neighbours.

    .venv/bin/python experiments/ner/clusters_dev.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pycrfsuite
from seqeval.metrics import classification_report, f1_score
from seqeval.scheme import IOB2

from rasd.ner import read_conll
from rasd.ner.features import CLUSTER_SIZES, Featurizer, context_key

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools" / "ner"))
from build_ner_clusters import build_clusters

TRAIN = Path(__file__).resolve().parents[3] / "shared/data/ner/anercorp/train.txt"


def main() -> None:
    sents = read_conll(TRAIN)
    cut = int(len(sents) * 0.9)
    tr, dev = sents[:cut], sents[cut:]
    t0 = time.time()
    cl = build_clusters([s for s, _ in tr])
    print(f"{len(cl)} words clustered in {time.time() - t0:.0f}s")
    fz = Featurizer()

    def feats(toks: list[str]) -> list[list[str]]:
        out = fz.sentence(toks)
        ids = [cl.get(context_key(t)) for t in toks]
        for i, fs in enumerate(out):
            for off in (-1, 0, 1):
                j = i + off
                if 0 <= j < len(toks) and ids[j] is not None:
                    fs.extend(f"k{off}_{n}={c}" for n, c in zip(CLUSTER_SIZES, ids[j], strict=True))
        return out

    trainer = pycrfsuite.Trainer(verbose=False)
    for toks, tags in tr:
        trainer.append(feats(toks), tags)
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": 300, "feature.possible_transitions": True})
    trainer.train("/tmp/ner_clusters.crfsuite")
    tagger = pycrfsuite.Tagger()
    tagger.open("/tmp/ner_clusters.crfsuite")
    pred = [tagger.tag(feats(toks)) for toks, _ in dev]
    gold = [t for _, t in dev]
    print(f"dev F1 {f1_score(gold, pred, mode='strict', scheme=IOB2):.4f}")
    print(classification_report(gold, pred, mode="strict", scheme=IOB2, digits=4))


if __name__ == "__main__":
    main()
