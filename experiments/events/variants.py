"""Detector variants for detector_dev.py: each takes (rows, type, seed) and returns (AP, best F1, P, R)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from detector_dev import ap_and_f1
from sklearn.linear_model import LogisticRegression
from train_event_detector import matrix, stratified_folds, vectorize

LABELS = ("yes", "easy no", "difficult no")


def labelled(rows: list[dict], seed: int) -> tuple[list[dict], int, np.ndarray, np.ndarray]:
    """The rows with a label and a trigger, the number of "yes" rows (with or without a trigger), their labels
    and their stratified folds."""
    lab = [r for r in rows if r["label"] in LABELS and r["f"] is not None]
    y = np.array([r["label"] == "yes" for r in lab], dtype=float)
    return lab, sum(r["label"] == "yes" for r in rows), y, stratified_folds(y, seed)


def names_for(feats: list[dict], idx, min_df: int) -> list[str]:
    return vectorize(feats, np.asarray(list(idx), dtype=int), min_df)


def make_lr(c: float = 0.2, bow: float = 0.5, min_df: int = 3, dense_only: bool = False, weight_diff: float = 1.0,
            ambiguous: str = "none") -> Callable:
    def run(rows: list[dict], typ: str, seed: int) -> tuple[float, ...]:
        lab = [r for r in rows if r["label"] in LABELS and r["f"] is not None]
        amb = [r for r in rows if r["label"] == "ambiguous" and r["f"] is not None and r["total"]]
        total_pos = sum(r["label"] == "yes" for r in rows)
        feats = [r["f"] for r in lab]
        y = np.array([r["label"] == "yes" for r in lab], dtype=float)
        sw = np.array([weight_diff if r["label"] == "difficult no" else 1.0 for r in lab])
        folds = stratified_folds(y, seed)
        cv = np.zeros(len(y))
        for k in range(5):
            tr = np.flatnonzero(folds != k)
            names = names_for(feats + [r["f"] for r in amb], list(tr) + list(range(len(feats), len(feats) + len(amb))),
                              min_df)
            if dense_only:
                names = [n for n in names if not n.startswith("w:")]
            scale = np.array([bow if n.startswith("w:") else 1.0 for n in names])
            x = matrix(feats, names) * scale
            xt, yt, wt = x[tr], y[tr], sw[tr]
            if ambiguous != "none" and amb:
                xa = matrix([r["f"] for r in amb], names) * scale
                frac = np.array([r["accept"] / r["total"] for r in amb])
                if ambiguous == "soft":  # each ambiguous row twice: as yes with weight frac, as no with 1-frac
                    xt = np.vstack([xt, xa, xa])
                    yt = np.concatenate([yt, np.ones(len(amb)), np.zeros(len(amb))])
                    wt = np.concatenate([wt, frac, 1 - frac])
                elif ambiguous == "majority":
                    keep = frac != 0.5
                    xt = np.vstack([xt, xa[keep]])
                    yt = np.concatenate([yt, (frac[keep] > 0.5).astype(float)])
                    wt = np.concatenate([wt, np.ones(keep.sum())])
            pos_w = (len(yt) - yt.sum()) / (2 * max(yt.sum(), 1))
            neg_w = len(yt) / (2 * (len(yt) - yt.sum()))
            w_all = wt * np.where(yt == 1, pos_w, neg_w)
            m = LogisticRegression(C=c, solver="liblinear", random_state=seed, max_iter=5000)
            m.fit(xt, yt, sample_weight=w_all)
            cv[folds == k] = m.predict_proba(x[folds == k])[:, 1]
        return ap_and_f1(cv, y, total_pos)

    return run


VARIANTS: dict[str, Callable] = {
    "baseline": make_lr(),
    "dense only": make_lr(dense_only=True),
    "C=0.05": make_lr(c=0.05),
    "C=1": make_lr(c=1.0),
    "bow 1.0": make_lr(bow=1.0),
    "bow 0.25": make_lr(bow=0.25),
    "diff weight 0.5": make_lr(weight_diff=0.5),
    "diff weight 2": make_lr(weight_diff=2.0),
    "ambiguous soft": make_lr(ambiguous="soft"),
    "ambiguous majority": make_lr(ambiguous="majority"),
}


def make_pooled(other_weight: float = 0.5, c: float = 0.2, bow: float = 0.5, min_df: int = 3,
                shared_bow: bool = False) -> Callable:
    """Train on this type's sentences plus the other type's (weighted): the shape of a report of the day
    (time, count, source, past verb) is shared; words are kept type-specific unless ``shared_bow``."""
    import pickle

    from detector_dev import CACHE

    def run(rows: list[dict], typ: str, seed: int) -> tuple[float, ...]:
        other_typ = "PROTEST" if typ == "ASSAULT" else "ASSAULT"
        others = [r for r in pickle.loads(CACHE.read_bytes())[other_typ] if r["label"] in LABELS and r["f"]]
        lab = [r for r in rows if r["label"] in LABELS and r["f"] is not None]
        total_pos = sum(r["label"] == "yes" for r in rows)
        texts = {r["text"] for r in lab}
        others = [r for r in others if r["text"] not in texts]
        feats = [r["f"] for r in lab]
        ofeats = [r["f"] if shared_bow else {k: v for k, v in r["f"].items() if not k.startswith("w:")}
                  for r in others]
        y = np.array([r["label"] == "yes" for r in lab], dtype=float)
        yo = np.array([r["label"] == "yes" for r in others], dtype=float)
        folds = stratified_folds(y, seed)
        cv = np.zeros(len(y))
        for k in range(5):
            tr = np.flatnonzero(folds != k)
            names = names_for(feats, tr, min_df)
            scale = np.array([bow if n.startswith("w:") else 1.0 for n in names])
            x = matrix(feats, names) * scale
            xo = matrix(ofeats, names) * scale
            xt = np.vstack([x[tr], xo])
            yt = np.concatenate([y[tr], yo])
            wt = np.concatenate([np.where(y[tr] == 1, (len(tr) - y[tr].sum()) / y[tr].sum(), 1.0),
                                 other_weight * np.where(yo == 1, (len(yo) - yo.sum()) / yo.sum(), 1.0)])
            m = LogisticRegression(C=c, solver="liblinear", random_state=seed, max_iter=5000)
            m.fit(xt, yt, sample_weight=wt)
            cv[folds == k] = m.predict_proba(x[folds == k])[:, 1]
        return ap_and_f1(cv, y, total_pos)

    return run


def make_chars(c: float = 1.0, mix: bool = True) -> Callable:
    """Character 2-5-gram TF-IDF of the sentence (word-bounded), alone or beside the dense features."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer

    def run(rows: list[dict], typ: str, seed: int) -> tuple[float, ...]:
        lab, total_pos, y, folds = labelled(rows, seed)
        cv = np.zeros(len(y))
        feats = [r["f"] for r in lab]
        for k in range(5):
            tr = np.flatnonzero(folds != k)
            vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=3, sublinear_tf=True)
            xc = vec.fit_transform([lab[i]["text"] for i in tr])
            xall = vec.transform([r["text"] for r in lab])
            if mix:
                names = [n for n in names_for(feats, tr, 3) if not n.startswith("w:")]
                xall = hstack([xall, csr_matrix(matrix(feats, names))]).tocsr()
            del xc
            m = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", random_state=seed)
            m.fit(xall[tr], y[tr])
            cv[folds == k] = m.predict_proba(xall[folds == k])[:, 1]
        return ap_and_f1(cv, y, total_pos)

    return run


VARIANTS = {
    "baseline": make_lr(),
    "pooled 0.5": make_pooled(0.5),
    "pooled 1.0": make_pooled(1.0),
    "pooled 0.25": make_pooled(0.25),
    "pooled 0.5 shared bow": make_pooled(0.5, shared_bow=True),
    "chars+dense C1": make_chars(1.0),
    "chars+dense C0.3": make_chars(0.3),
    "chars alone": make_chars(1.0, mix=False),
}


def make_ensemble(weight: float = 0.5, c_chars: float = 1.0) -> Callable:
    """The dense+words model and the character model, probabilities averaged (``weight`` on characters)."""
    import detector_dev

    def run(rows: list[dict], typ: str, seed: int) -> tuple[float, ...]:
        captured: list[np.ndarray] = []
        original = detector_dev.ap_and_f1

        def grab(p: np.ndarray, y: np.ndarray, total: int) -> tuple[float, ...]:
            captured.append(p)
            return original(p, y, total)

        globals()["ap_and_f1"] = grab
        try:
            make_lr()(rows, typ, seed)
            make_chars(c_chars, mix=False)(rows, typ, seed)
        finally:
            globals()["ap_and_f1"] = original
        lab = [r for r in rows if r["label"] in LABELS and r["f"] is not None]
        y = np.array([r["label"] == "yes" for r in lab], dtype=float)
        p = (1 - weight) * captured[0] + weight * captured[1]
        return original(p, y, sum(r["label"] == "yes" for r in rows))

    return run


VARIANTS = {
    "baseline": make_lr(),
    "chars alone": make_chars(1.0, mix=False),
    "ensemble 0.3": make_ensemble(0.3),
    "ensemble 0.5": make_ensemble(0.5),
}


def make_chars2(c: float = 1.0, ngram: tuple[int, int] = (2, 5), min_df: int = 3, analyzer: str = "char_wb",
                weight: float = 0.5, c_lr: float = 0.2) -> Callable:
    """Average of the shipped dense+words model and a character n-gram model with the given settings."""
    import detector_dev
    from sklearn.feature_extraction.text import TfidfVectorizer

    def run(rows: list[dict], typ: str, seed: int) -> tuple[float, ...]:
        lab, total_pos, y, folds = labelled(rows, seed)
        cv = np.zeros(len(y))
        for k in range(5):
            tr = np.flatnonzero(folds != k)
            vec = TfidfVectorizer(analyzer=analyzer, ngram_range=ngram, min_df=min_df, sublinear_tf=True)
            vec.fit([lab[i]["text"] for i in tr])
            xall = vec.transform([r["text"] for r in lab])
            m = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", random_state=seed)
            m.fit(xall[tr], y[tr])
            cv[folds == k] = m.predict_proba(xall[folds == k])[:, 1]
        if weight >= 1:
            return detector_dev.ap_and_f1(cv, y, total_pos)
        captured: list[np.ndarray] = []
        original = detector_dev.ap_and_f1
        globals()["ap_and_f1"] = lambda p, yy, t: captured.append(p) or original(p, yy, t)
        try:
            make_lr(c=c_lr)(rows, typ, seed)
        finally:
            globals()["ap_and_f1"] = original
        return original((1 - weight) * captured[0] + weight * cv, y, total_pos)

    return run


VARIANTS = {
    "baseline": make_lr(),
    "ens .5 C1 2-5": make_chars2(),
    "ens .6 C1 2-5": make_chars2(weight=0.6),
    "ens .4 C1 2-5": make_chars2(weight=0.4),
    "ens .5 C3 2-5": make_chars2(c=3.0),
    "ens .5 C.3 2-5": make_chars2(c=0.3),
    "ens .5 C1 1-4": make_chars2(ngram=(1, 4)),
    "ens .5 C1 2-6": make_chars2(ngram=(2, 6)),
    "ens .5 C1 3-5": make_chars2(ngram=(3, 5)),
    "ens .5 C1 2-5 char": make_chars2(analyzer="char"),
    "ens .5 C1 2-5 mindf2": make_chars2(min_df=2),
    "ens .5 C1 2-5 lrC.5": make_chars2(c_lr=0.5),
}


def make_views(views: tuple[str, ...] = ("lr", "chars"), weights: tuple[float, ...] | None = None) -> Callable:
    """Average of several views: the shipped dense+words model ("lr"), character 2-5-grams ("chars"), word
    1-2-gram TF-IDF ("words"); equal weights unless given."""
    import detector_dev
    from sklearn.feature_extraction.text import TfidfVectorizer

    def tfidf_view(lab: list[dict], y: np.ndarray, folds: np.ndarray, seed: int, **kw: object) -> np.ndarray:
        cv = np.zeros(len(y))
        for k in range(5):
            tr = np.flatnonzero(folds != k)
            vec = TfidfVectorizer(sublinear_tf=True, min_df=2, **kw)
            vec.fit([lab[i]["text"] for i in tr])
            x = vec.transform([r["text"] for r in lab])
            m = LogisticRegression(C=1.0, class_weight="balanced", solver="liblinear", random_state=seed)
            m.fit(x[tr], y[tr])
            cv[folds == k] = m.predict_proba(x[folds == k])[:, 1]
        return cv

    def run(rows: list[dict], typ: str, seed: int) -> tuple[float, ...]:
        lab, total_pos, y, folds = labelled(rows, seed)
        preds = []
        for v in views:
            if v == "lr":
                captured: list[np.ndarray] = []
                original = detector_dev.ap_and_f1
                globals()["ap_and_f1"] = lambda p, yy, t, c=captured, o=original: c.append(p) or o(p, yy, t)
                try:
                    make_lr()(rows, typ, seed)
                finally:
                    globals()["ap_and_f1"] = original
                preds.append(captured[0])
            elif v == "chars":
                preds.append(tfidf_view(lab, y, folds, seed, analyzer="char_wb", ngram_range=(2, 5)))
            elif v == "words":
                preds.append(tfidf_view(lab, y, folds, seed, analyzer="word", ngram_range=(1, 2)))
        w = np.array(weights or [1.0] * len(preds))
        p = sum(wi * pi for wi, pi in zip(w / w.sum(), preds, strict=True))
        return detector_dev.ap_and_f1(p, y, total_pos)

    return run


VARIANTS = {
    "baseline": make_lr(),
    "lr+chars": make_views(("lr", "chars")),
    "lr+chars+words": make_views(("lr", "chars", "words")),
    "lr+words": make_views(("lr", "words")),
    "chars+words": make_views(("chars", "words")),
}


def make_boosted(weight: float = 0.34, depth: int = 3, lr_rate: float = 0.05, iters: int = 200,
                 views: tuple[str, ...] = ("lr", "chars")) -> Callable:
    """Averages lr+chars with gradient-boosted trees over the dense features only (interactions a linear model
    cannot draw: a casualty count *and* a time word *and* the trigger leading the sentence)."""
    import detector_dev
    from sklearn.ensemble import HistGradientBoostingClassifier

    def run(rows: list[dict], typ: str, seed: int) -> tuple[float, ...]:
        lab, total_pos, y, folds = labelled(rows, seed)
        dense = [n for n in lab[0]["f"] if not n.startswith("w:")]
        x = matrix([r["f"] for r in lab], dense)
        cv = np.zeros(len(y))
        for k in range(5):
            tr = np.flatnonzero(folds != k)
            m = HistGradientBoostingClassifier(max_depth=depth, learning_rate=lr_rate, max_iter=iters,
                                               class_weight="balanced", random_state=seed, l2_regularization=1.0)
            m.fit(x[tr], y[tr])
            cv[folds == k] = m.predict_proba(x[folds == k])[:, 1]
        captured: list[np.ndarray] = []
        original = detector_dev.ap_and_f1
        detector_dev.ap_and_f1 = lambda p, yy, t, c=captured, o=original: c.append(p) or o(p, yy, t)
        try:
            make_views(views)(rows, typ, seed)
        finally:
            detector_dev.ap_and_f1 = original
        return original((1 - weight) * captured[-1] + weight * cv, y, total_pos)

    return run


VARIANTS = {
    "lr+chars": make_views(("lr", "chars")),
    "boost .34": make_boosted(),
    "boost .2": make_boosted(0.2),
    "boost .34 d2": make_boosted(depth=2),
    "boost alone": make_boosted(1.0),
}


VARIANTS = {
    "lr+chars": make_views(("lr", "chars")),
    "boost .1": make_boosted(0.1),
    "boost .15": make_boosted(0.15),
    "boost .25": make_boosted(0.25),
    "boost .2 it100": make_boosted(0.2, iters=100),
    "boost .2 it400 lr.03": make_boosted(0.2, iters=400, lr_rate=0.03),
    "boost .2 d4": make_boosted(0.2, depth=4),
}


VARIANTS = {
    "lr": make_lr(),
    "lr+chars": make_views(("lr", "chars")),
    "lr+chars+trees .15": make_boosted(0.15),
    "lr+chars+trees .2": make_boosted(0.2),
    "lr+chars+trees .25": make_boosted(0.25),
    "lr+trees .2": make_boosted(0.2, views=("lr",)),
    "lr ambiguous majority": make_lr(ambiguous="majority"),
    "lr ambiguous soft": make_lr(ambiguous="soft"),
}
