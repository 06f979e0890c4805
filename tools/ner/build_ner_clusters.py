"""Build ``src/rasd/data/lexicons/ner_clusters.tsv``: distributional word clusters for the entity tagger.

Words that occur in the same contexts get the same cluster id, so the CRF can treat a rare word like the
frequent words of its cluster. Clusters are learned from unlabelled text, here the text of ANERcorp's train
split (labels are not read; the test split is never used): positive PMI of each word's folded stem with its
left and right neighbours, a 50-dimensional truncated SVD, and k-means at three granularities (32, 128, 512).
Needs scipy and scikit-learn (developer tools only; the output is a plain TSV read at run time). The output
derives from ANERcorp's text and so is CC BY-SA 4.0, like the model. Run by developers; the output is
committed and the model must be retrained after it changes:

    .venv/bin/python tools/ner/build_ner_clusters.py [--data ../shared/data/ner/anercorp/train.txt]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from rasd.ner import read_conll  # noqa: E402
from rasd.ner.features import CLUSTER_SIZES, context_key  # noqa: E402

OUT = ROOT / "src" / "rasd" / "data" / "lexicons" / "ner_clusters.tsv"


def build_clusters(sents: Sequence[Sequence[str]], min_count: int = 3, seed: int = 0) -> dict[str, tuple[int, ...]]:
    """Cluster ids (one per size in CLUSTER_SIZES) of every folded stem seen ``min_count`` times or more."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.linalg import svds
    from sklearn.cluster import KMeans

    keys = [[context_key(t) or "<x>" for t in s] for s in sents]
    counts = Counter(k for s in keys for k in s)
    vocab = sorted(k for k, c in counts.items() if c >= min_count and k != "<x>")
    index = {k: i for i, k in enumerate(vocab)}
    ctx = [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:2000]]
    cidx = {k: i for i, k in enumerate(ctx)}
    rows: list[int] = []
    cols: list[int] = []
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
    coo = m.tocoo()
    pmi = np.log(coo.data * total / (rs[coo.row] * cs[coo.col]))
    keep = pmi > 0
    ppmi = csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape)
    u, s, _ = svds(ppmi, k=50, random_state=seed)
    vec = u * np.sqrt(s)
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    ids = [KMeans(n_clusters=k, n_init=3, random_state=seed).fit_predict(vec) for k in CLUSTER_SIZES]
    return {w: tuple(int(x[i]) for x in ids) for i, w in enumerate(vocab)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/ner/anercorp/train.txt")
    args = ap.parse_args()
    clusters = build_clusters([s for s, _ in read_conll(args.data)])
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write(f"# folded stem, then cluster ids for {CLUSTER_SIZES} clusters (tools/ner/build_ner_clusters.py; ")
        fh.write("learned from the text of ANERcorp train, CC BY-SA 4.0)\n")
        for word in sorted(clusters):
            fh.write(word + "\t" + "\t".join(map(str, clusters[word])) + "\n")
    print(f"wrote {OUT} ({len(clusters)} words)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
