"""Dev experiment: distributional word clusters as CRF features.

Clusters are learned from the text of the first 90% of ANERcorp train only (no labels; the dev and test text
are not used): positive PMI of each stem with its left and right neighbours, a 50-dimensional SVD, k-means at
three granularities. The CRF gets the cluster ids of each token and of its neighbours.

    .venv/bin/python experiments/ner/clusters_dev.py
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import numpy as np
import pycrfsuite
from scipy.sparse import csr_matrix
from scipy.sparse.linalg import svds
from seqeval.metrics import classification_report, f1_score
from seqeval.scheme import IOB2
from sklearn.cluster import KMeans

from rasd.ner import read_conll
from rasd.ner.features import Featurizer, context_key

TRAIN = Path(__file__).resolve().parents[3] / "shared/data/ner/anercorp/train.txt"
SIZES = (32, 128, 512)


def clusters(sents: list[list[str]]) -> dict[str, tuple[int, ...]]:
    keys = [[context_key(t) or "<x>" for t in s] for s in sents]
    counts = Counter(k for s in keys for k in s)
    vocab = [k for k, c in counts.items() if c >= 3 and k != "<x>"]
    index = {k: i for i, k in enumerate(vocab)}
    ctx = [k for k, _ in counts.most_common(2000)]
    cidx = {k: i for i, k in enumerate(ctx)}
    rows, cols = [], []
    for s in keys:
        padded = ["<s>", *s, "</s>"]
        for j in range(1, len(padded) - 1):
            w = index.get(padded[j])
            if w is None:
                continue
            for off, side in ((-1, 0), (1, 1)):
                c = cidx.get(padded[j + off])
                if c is not None:
                    rows.append(w)
                    cols.append(c + side * len(ctx))
    m = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(vocab), 2 * len(ctx)))
    m.sum_duplicates()
    total = m.sum()
    rs = np.asarray(m.sum(axis=1)).ravel()
    cs = np.asarray(m.sum(axis=0)).ravel()
    m = m.tocoo()
    pmi = np.log(m.data * total / (rs[m.row] * cs[m.col]))
    keep = pmi > 0
    ppmi = csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    u, s, _ = svds(ppmi, k=50, random_state=0)
    vec = u * np.sqrt(s)
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    ids = [KMeans(n_clusters=k, n_init=3, random_state=0).fit_predict(vec) for k in SIZES]
    return {w: tuple(int(x[i]) for x in ids) for i, w in enumerate(vocab)}


def main() -> None:
    sents = read_conll(TRAIN)
    cut = int(len(sents) * 0.9)
    tr, dev = sents[:cut], sents[cut:]
    t0 = time.time()
    cl = clusters([s for s, _ in tr])
    print(f"{len(cl)} words clustered in {time.time() - t0:.0f}s")
    fz = Featurizer()

    def feats(toks: list[str]) -> list[list[str]]:
        out = fz.sentence(toks)
        ids = [cl.get(context_key(t)) for t in toks]
        for i, fs in enumerate(out):
            for off in (-1, 0, 1):
                j = i + off
                if 0 <= j < len(toks) and ids[j] is not None:
                    fs.extend(f"k{off}_{n}={c}" for n, c in zip(SIZES, ids[j], strict=True))
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
