"""Train the event-of-the-day detector (ASSAULT, PROTEST) and write data/models/events/detector.json.

Data: the OEDA Arabic event gold standard layout (``<type>_gsr.csv``: sentences labelled yes / easy no /
difficult no / ambiguous). Only sentences holding a trigger of the type are used (the detector is only
asked about those); "ambiguous" is left out. Reports 5-fold cross-validated precision / recall / F1 at the
chosen threshold (the figures to quote: each sentence scored by a model that did not see it), then trains
on all sentences and saves the weights.

    python tools/train_event_detector.py --data ../shared/data/events/arabic-event-gsr-dev [--seed 0]
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import Counter
from datetime import date
from pathlib import Path

import numpy as np

from rasd.data import path as data_path
from rasd.document import Document
from rasd.evaluate.events import published_from_id
from rasd.events.detect import sentence_features
from rasd.text.stage import TextStage

TYPES = ("ASSAULT", "PROTEST")
# the word features' scale per type, chosen by 5-fold CV over 5 seeds of folds (see the README's figures)
BOW_SCALE = "ASSAULT=0.5,PROTEST=0.25"
# the types whose words model learns each sentence's share of accepting votes (see vote_share), chosen the same way
SOFT = "PROTEST"


def best_sentence(
    text_stage: TextStage, text: str, sentence_id: str, typ: str
) -> tuple[dict[str, float], str] | None:
    """The features and text of the row's sentence with the most triggers of ``typ`` (a row may hold two
    sentences); None when it has no trigger of the type."""
    pub = published_from_id(sentence_id)
    doc = text_stage(Document(text.strip(), meta={"published": pub} if pub else {}))
    best = None
    for sent in doc.layer("sentences"):
        f = sentence_features(doc, sent, typ)
        if f is not None and (best is None or f["hits"] > best[0]["hits"]):
            best = (f, doc.text[sent.start : sent.end])
    return best


def best_features(text_stage: TextStage, text: str, sentence_id: str, typ: str) -> dict[str, float] | None:
    found = best_sentence(text_stage, text, sentence_id, typ)
    return found[0] if found else None


def load_extra(folder: Path, typ: str, mode: str = "spans") -> tuple[list[dict[str, float]], list[int]]:
    """Sentences labelled "ambiguous" (too few votes), as extra training examples, never used for scoring.

    ``spans``: those that coders nevertheless marked with event spans in ``<type>_spans.json``, as positives.
    ``majority``: each by the majority of its votes (2 of 3 accept: yes; 0 of 1: no; a tie is left out). The
    "yes" of the gold is unanimous, so these are the sentences most annotators took for an event."""
    rows = list(csv.DictReader((folder / f"{typ.lower()}_gsr.csv").open(encoding="utf-8")))
    marked: set[str] = set()
    spans = folder / f"{typ.lower()}_spans.json"
    if mode == "spans" and spans.exists():
        marked = {
            item["text"].strip()
            for item in json.loads(spans.read_text(encoding="utf-8"))
            if any(s.get("verb") for s in item.get("spans") or [])
        }
    text_stage = TextStage()
    feats: list[dict[str, float]] = []
    labels: list[int] = []
    for r in rows:
        if r["label"] != "ambiguous":
            continue
        if mode == "spans":
            if r["text"].strip() not in marked:
                continue
            label = 1
        else:
            accept, total = int(r["accept"] or 0), int(r["total"] or 0)
            if not total or 2 * accept == total:
                continue
            label = int(2 * accept > total)
        fs = best_features(text_stage, r["text"], r.get("id", ""), typ)
        if fs is not None:
            feats.append(fs)
            labels.append(label)
    return feats, labels


def vote_share(row: dict[str, str]) -> float:
    """The share of a row's annotators who accepted the event: 1 for a "yes" (unanimous), 0 for an "easy no",
    1/3 for most "difficult no" rows. A "difficult no" is a sentence one coder in three took for the event;
    learning it as a plain no teaches the model that those sentences are as far from an event as a recipe."""
    accept, total = int(row.get("accept") or 0), int(row.get("total") or 0)
    if total:
        return accept / total
    return 1.0 if row.get("label") == "yes" else 0.0


def load_votes(folder: Path, typ: str) -> tuple[list[dict[str, float]], list[float]]:
    """The "ambiguous" rows that have votes, with their share of accepting votes (extra training examples for
    a type trained on vote shares; never scored). One that coders also marked with event spans is then learned
    twice, as load_extra's yes and by its votes: two observations of the same sentence."""
    text_stage = TextStage()
    feats: list[dict[str, float]] = []
    shares: list[float] = []
    for r in csv.DictReader((folder / f"{typ.lower()}_gsr.csv").open(encoding="utf-8")):
        if r["label"] != "ambiguous" or not int(r["total"] or 0):
            continue
        fs = best_features(text_stage, r["text"], r.get("id", ""), typ)
        if fs is not None:
            feats.append(fs)
            shares.append(vote_share(r))
    return feats, shares


def load(folder: Path, typ: str) -> tuple[list[dict[str, float]], list[str], list[int], list[float], int, int]:
    """The scored rows with a trigger of ``typ``: features, sentence, label, vote share; then the number of
    "yes" rows without a trigger and of all "yes" rows."""
    rows = list(csv.DictReader((folder / f"{typ.lower()}_gsr.csv").open(encoding="utf-8")))
    text_stage = TextStage()
    feats, texts, labels, shares = [], [], [], []
    skipped_pos = total_pos = 0
    for r in rows:
        if r["label"] not in ("yes", "easy no", "difficult no"):
            continue
        found = best_sentence(text_stage, r["text"], r.get("id", ""), typ)
        total_pos += r["label"] == "yes"
        if found is None:
            skipped_pos += r["label"] == "yes"
            continue
        feats.append(found[0])
        texts.append(found[1])
        labels.append(int(r["label"] == "yes"))
        shares.append(vote_share(r))
    return feats, texts, labels, shares, skipped_pos, total_pos


def vectorize(feats: list[dict[str, float]], rows: np.ndarray, min_df: int) -> list[str]:
    """Feature names: every dense feature, and the words seen in at least ``min_df`` training sentences."""
    df: Counter[str] = Counter()
    for i in rows:
        df.update(k for k in feats[i] if k.startswith("w:"))
    dense = sorted(k for k in feats[0] if not k.startswith("w:"))
    return dense + sorted(k for k, c in df.items() if c >= min_df)


def matrix(feats: list[dict[str, float]], names: list[str]) -> np.ndarray:
    index = {k: i for i, k in enumerate(names)}
    x = np.zeros((len(feats), len(names)))
    for r, f in enumerate(feats):
        for k, v in f.items():
            if k in index:
                x[r, index[k]] = v
    return x


def fit(x: np.ndarray, y: np.ndarray, c: float, seed: int) -> tuple[np.ndarray, float]:
    """L2 logistic regression with balanced classes (liblinear: deterministic for a seed). A target between 0
    and 1 (a share of votes) is learned as two copies of its row, a yes weighted by the share and a no by the
    rest: the cross-entropy against that share. The classes are balanced by their total weight."""
    from sklearn.linear_model import LogisticRegression

    if np.all((y == 0) | (y == 1)):
        m = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", random_state=seed, max_iter=5000)
        m.fit(x, y)
        return m.coef_[0], float(m.intercept_[0])
    xx = np.vstack([x, x])
    yy = np.concatenate([np.ones(len(y)), np.zeros(len(y))])
    w = np.concatenate([y, 1 - y])
    keep = w > 0
    pos, neg = float(w[: len(y)].sum()), float(w[len(y) :].sum())
    w = w * np.where(yy == 1, (pos + neg) / (2 * pos), (pos + neg) / (2 * neg))
    m = LogisticRegression(C=c, solver="liblinear", random_state=seed, max_iter=5000)
    m.fit(xx[keep], yy[keep], sample_weight=w[keep])
    return m.coef_[0], float(m.intercept_[0])


def fit_fold(
    feats: list[dict[str, float]],
    extra: list[dict[str, float]],
    extra_y: list[int],
    y: np.ndarray,
    held: np.ndarray,
    *,
    bow: float,
    c: float,
    min_df: int,
    seed: int,
    target: np.ndarray | None = None,
) -> tuple[np.ndarray, list[str], np.ndarray, float, np.ndarray]:
    """The words model trained without the ``held`` rows (the extra sentences always in): their probabilities,
    then the feature names, weights, bias and the word features' scale it was fitted with. ``target`` is what
    the rows are trained on when it is not their label ``y`` (their vote shares)."""
    train_rows = np.flatnonzero(~held)
    pool = feats + extra
    names = vectorize(pool, np.concatenate([train_rows, np.arange(len(feats), len(pool))]), min_df)
    scale = np.array([bow if n.startswith("w:") else 1.0 for n in names])
    x = matrix(feats, names) * scale
    xe = matrix(extra, names) * scale if extra else np.zeros((0, len(names)))
    t = y if target is None else target
    w, b = fit(np.vstack([x[~held], xe]), np.concatenate([t[~held], np.array(extra_y, dtype=float)]), c, seed)
    return 1 / (1 + np.exp(-np.clip(x[held] @ w + b, -30, 30))), names, w, b, scale


def fit_chars(texts: list[str], y: np.ndarray, c: float, seed: int, weight: float) -> dict[str, object]:
    """The character n-gram model (``rasd.events.chars``): TF-IDF char_wb 2-5-grams seen in at least three
    sentences, L2 logistic regression with balanced classes; exported as n-gram -> [idf, weight]."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=3, sublinear_tf=True)
    x = vec.fit_transform(texts)
    m = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", random_state=seed, max_iter=5000)
    m.fit(x, y)
    grams = {
        str(g): [round(float(i), 4), round(float(w), 5)]
        for g, i, w in zip(vec.get_feature_names_out(), vec.idf_, m.coef_[0], strict=True)
    }
    return {"weight": weight, "ngram": [2, 5], "bias": round(float(m.intercept_[0]), 5), "grams": grams}


def fit_trees(x: np.ndarray, y: np.ndarray, names: list[str], seed: int, weight: float) -> dict[str, object]:
    """Boosted trees over the dense features (``rasd.events.trees``): depth 3, 200 rounds at rate 0.05, balanced
    classes, as chosen by experiments/events/detector_dev.py."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    from rasd.events.trees import export

    m = HistGradientBoostingClassifier(
        max_depth=3, learning_rate=0.05, max_iter=200, l2_regularization=1.0, class_weight="balanced",
        random_state=seed,
    )
    m.fit(x, y)
    return export(m, names, weight)


def tree_probabilities(model: dict[str, object], feats: list[dict[str, float]]) -> np.ndarray:
    from rasd.events.trees import probability as tree_probability

    return np.array([tree_probability(model, f) for f in feats])


def char_probabilities(model: dict[str, object], texts: list[str]) -> np.ndarray:
    from rasd.events.chars import probability as char_probability

    return np.array([char_probability(model, t) for t in texts])


def stratified_folds(y: np.ndarray, seed: int) -> np.ndarray:
    """Each row's fold (0-4), the "yes" rows and the others dealt out evenly after a shuffle drawn from ``seed``."""
    rng = np.random.default_rng(seed)
    folds = np.empty(len(y), dtype=int)
    for cls in (0, 1):
        idx = np.flatnonzero(y == cls)
        rng.shuffle(idx)
        folds[idx] = np.arange(len(idx)) % 5
    return folds


def per_type(value: str, typ: str) -> float:
    """``value`` for ``typ``: one number for every type, or TYPE=number pairs (comma-separated)."""
    try:
        if "=" not in value:
            return float(value)
        pairs = dict(item.split("=", 1) for item in value.split(","))
        return float(pairs[typ])
    except (ValueError, KeyError) as exc:
        raise SystemExit(f"--bow-scale {value!r}: give one number or TYPE=number for each type ({exc})") from exc


def scores(p: np.ndarray, y: np.ndarray, t: float) -> tuple[float, float, float]:
    pred = p >= t
    tp = float((pred & (y == 1)).sum())
    prec = tp / pred.sum() if pred.sum() else 0.0
    rec = tp / (y == 1).sum() if (y == 1).sum() else 0.0
    return prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def choose_threshold(p: np.ndarray, y: np.ndarray, total_pos: int) -> tuple[float, tuple[float, float, float]]:
    """The threshold deepest inside the project's target (precision >= 0.70, recall >= 0.60 of all "yes",
    those without a trigger counted as missed): the one that maximizes the smaller of the two margins, ties
    going to the better F1. A threshold at the edge of the target (the highest recall at precision 0.70)
    falls out of it as soon as new text shifts the scores a little."""
    best_t, best, best_key = 0.5, (0.0, 0.0, 0.0), (-1.0, -1.0)
    for t in np.arange(0.05, 0.99, 0.01):
        s = scores(p, y, float(t))
        key = (round(min(s[0] - 0.70, s[1] * y.sum() / total_pos - 0.60), 6), s[2])
        if key > best_key:
            best_t, best, best_key = float(t), s, key
    return best_t, best


def nested_threshold_scores(p: np.ndarray, y: np.ndarray, folds: np.ndarray, total_pos: int) -> tuple[float, float]:
    """Precision and recall (of all "yes") when each fold is cut at the threshold chosen on the other folds'
    cross-validated scores: the threshold itself is then not fitted to the sentences it is scored on."""
    tp = fp = 0.0
    for k in np.unique(folds):
        rest = folds != k
        t, _ = choose_threshold(p[rest], y[rest], round(total_pos * y[rest].sum() / max(y.sum(), 1)))
        pred = p[~rest] >= t
        tp += float((pred & (y[~rest] == 1)).sum())
        fp += float((pred & (y[~rest] == 0)).sum())
    return (tp / (tp + fp) if tp + fp else 0.0), tp / total_pos


def cross_validated_eval(
    folder: Path,
    fold_info: dict[str, tuple[np.ndarray, list[dict[str, object]], float, list[float]]],
    dump: Path | None = None,
) -> None:
    """Detection through the whole pipeline, each sentence judged by the detector of the fold that left it
    out: the honest figure for the development half (``rasd eval events`` on it would be in-sample). Printed
    twice: with the one threshold chosen on all the folds' scores, and with each fold cut at the threshold
    chosen on the other folds' scores (nothing about a sentence then shapes how it is judged)."""
    import rasd.events.detect as detect
    from rasd.analysis import load_pipeline
    from rasd.events.modality import is_factual

    pipeline = load_pipeline()
    shipped = detect._weights
    dumped: list[dict[str, object]] = []
    for typ, (folds, models, threshold, per_fold) in fold_info.items():
        rows = [
            r
            for r in csv.DictReader((folder / f"{typ.lower()}_gsr.csv").open(encoding="utf-8"))
            if r["label"] in ("yes", "easy no", "difficult no")
        ]
        # rows with a trigger were numbered in load(); map them back by text to their fold
        text_stage = TextStage()
        fold_of: dict[str, int] = {}
        i = 0
        for r in rows:
            pub = published_from_id(r.get("id", ""))
            doc = text_stage(Document(r["text"].strip(), meta={"published": pub} if pub else {}))
            if any(sentence_features(doc, s, typ) is not None for s in doc.layer("sentences")):
                fold_of[r["text"]] = int(folds[i])
                i += 1
        for how, cuts in (("", [threshold] * 5), (", each fold's threshold from the other folds", per_fold)):
            tp = fp = fn = dfp = dn = 0
            for r in rows:
                k = fold_of.get(r["text"], 0)
                other = {t: m for t, m in shipped().get("types", {}).items() if t != typ}
                patched = {"types": {**other, typ: {**models[k], "threshold": cuts[k]}}}
                detect._weights = lambda p=patched: p  # type: ignore[assignment]
                pub = published_from_id(r.get("id", ""))
                doc = pipeline(Document(r["text"].strip(), meta={"published": pub} if pub else {}))
                pred = any(e.get("type") == typ and is_factual(e.get("aux") or {}) for e in doc.layer("events"))
                gold = r["label"] == "yes"
                if dump is not None and pred != gold and not how:
                    dumped.append({"type": typ, "label": r["label"], "predicted": pred, "text": r["text"].strip()})
                tp += pred and gold
                fp += pred and not gold
                fn += gold and not pred
                if r["label"] == "difficult no":
                    dn += 1
                    dfp += pred
            p = tp / (tp + fp) if tp + fp else 0.0
            rc = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
            print(
                f"{typ} end-to-end 5-fold CV on the development half{how}: precision {p:.3f} recall {rc:.3f}"
                f" F1 {f1:.3f} difficult-no FP rate {dfp / dn if dn else 0:.3f}"
            )
    detect._weights = shipped  # type: ignore[assignment]
    if dump is not None:
        dump.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in dumped), encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--c", type=float, default=0.2, help="inverse L2 strength")  # chosen by 5-fold CV
    ap.add_argument("--min-df", type=int, default=3)
    ap.add_argument(
        "--bow-scale",
        default=BOW_SCALE,
        help="word features' scale (their relative prior): one number, or TYPE=number pairs, comma-separated",
    )
    ap.add_argument(
        "--soft",
        default=SOFT,
        help="types whose words model learns each sentence's share of accepting votes instead of its label, and"
        " the ambiguous sentences' shares too (comma-separated; \"\" for none; see vote_share)",
    )
    ap.add_argument("--no-extra", action="store_true", help="leave out the ambiguous sentences")
    ap.add_argument(
        "--ambiguous",
        default="spans",
        choices=("spans", "majority"),
        help="which ambiguous sentences train the words model, and how (see load_extra)",
    )
    ap.add_argument(
        "--chars",
        default="ASSAULT",
        help="types whose detector averages in a character n-gram model (comma-separated; chosen by"
        " experiments/events/detector_dev.py: it helps ASSAULT, hurts PROTEST)",
    )
    ap.add_argument("--chars-c", type=float, default=1.0, help="the character model's inverse L2 strength")
    ap.add_argument("--chars-weight", type=float, default=0.5, help="its share of the averaged probability")
    ap.add_argument(
        "--trees",
        default="ASSAULT",
        help="types whose detector also averages in boosted trees over the dense features (comma-separated;"
        " chosen by experiments/events/detector_dev.py: they help ASSAULT, not PROTEST)",
    )
    ap.add_argument("--trees-weight", type=float, default=0.2, help="the trees' share of the averaged probability")
    ap.add_argument(
        "--cv-eval",
        action="store_true",
        help="also score detection end to end through the full pipeline, each fold held out",
    )
    ap.add_argument("--dump-errors", type=Path, default=None, help="with --cv-eval: write its errors as JSONL")
    ap.add_argument("--out", type=Path, default=data_path("models", "events", "detector.json"))
    args = ap.parse_args()
    for typ in TYPES:  # a bad --bow-scale fails before the long part, not after the first type
        per_type(args.bow_scale, typ)
    model: dict[str, object] = {
        "version": 1,
        "trained": date.today().isoformat(),
        "data": str(args.data.name),
        "method": "L2 logistic regression (liblinear), balanced classes; for the types with a \"chars\" part,"
        " averaged with a character n-gram model; for those with a \"trees\" part, that average averaged with"
        " boosted trees over the dense features",
        "types": {},
    }
    fold_info: dict[str, tuple[np.ndarray, list[dict[str, object]], float, list[float]]] = {}
    for typ in TYPES:
        feats, texts, labels, shares, skipped_pos, total_pos = load(args.data, typ)
        soft = typ in {t.strip() for t in args.soft.split(",")}
        use_chars = typ in {t.strip() for t in args.chars.split(",")}
        use_trees = typ in {t.strip() for t in args.trees.split(",")}
        bow = per_type(args.bow_scale, typ)
        dense = sorted(k for k in feats[0] if not k.startswith("w:"))
        extra, extra_y = ([], []) if args.no_extra else load_extra(args.data, typ, args.ambiguous)
        voted, voted_y = load_votes(args.data, typ) if soft and not args.no_extra else ([], [])
        marked = len(extra)
        extra, extra_y = extra + voted, list(extra_y) + voted_y
        y = np.array(labels, dtype=float)
        target = np.array(shares) if soft else None
        folds = stratified_folds(y, args.seed)
        cv = np.zeros(len(y))
        fold_models: list[dict[str, object]] = []
        for k in range(5):
            cv[folds == k], names, w, b, scale = fit_fold(
                feats, extra, extra_y, y, folds == k, bow=bow, c=args.c, min_df=args.min_df, seed=args.seed,
                target=target,
            )
            fw = {n: float(v * sc) for n, v, sc in zip(names, w, scale, strict=True) if abs(v) >= 1e-4}
            fw["bias"] = fw.get("bias", 0.0) + b
            fold_models.append({"weights": fw})
            if use_chars:
                train_texts = [texts[i] for i in np.flatnonzero(folds != k)]
                cm = fit_chars(train_texts, y[folds != k], args.chars_c, args.seed, args.chars_weight)
                held = char_probabilities(cm, [texts[i] for i in np.flatnonzero(folds == k)])
                cv[folds == k] = (1 - args.chars_weight) * cv[folds == k] + args.chars_weight * held
                fold_models[-1]["chars"] = cm
            if use_trees:
                tm = fit_trees(matrix(feats, dense)[folds != k], y[folds != k], dense, args.seed, args.trees_weight)
                held_feats = [feats[i] for i in np.flatnonzero(folds == k)]
                cv[folds == k] = (1 - args.trees_weight) * cv[folds == k] + args.trees_weight * tree_probabilities(
                    tm, held_feats
                )
                fold_models[-1]["trees"] = tm
        best_t, best = choose_threshold(cv, y, total_pos)
        per_fold = [
            choose_threshold(cv[folds != k], y[folds != k], round(total_pos * y[folds != k].sum() / y.sum()))[0]
            for k in range(5)
        ]
        nested = nested_threshold_scores(cv, y, folds, total_pos)
        print(
            f"{typ}: with each fold's threshold chosen on the other four folds' scores: P {nested[0]:.3f}"
            f" R {nested[1]:.3f} (of all yes)"
        )
        found = best[1] * y.sum()  # recall over all "yes" sentences: those without a trigger count as missed
        curve = [(scores(cv, y, float(t)), float(t)) for t in np.arange(0.05, 0.99, 0.01)]
        at60 = [(s[0], t) for s, t in curve if s[1] * y.sum() >= 0.6 * total_pos]
        if at60:
            p60, t60 = max(at60)
            print(f"{typ}: best precision at recall >= 0.60 (of all yes) in 5-fold CV: {p60:.3f} at {t60:.2f}")
        pool = feats + extra
        names = vectorize(pool, np.arange(len(pool)), args.min_df)
        scale = np.array([bow if n.startswith("w:") else 1.0 for n in names])
        t = y if target is None else target
        w, b = fit(matrix(pool, names) * scale, np.concatenate([t, np.array(extra_y, dtype=float)]), args.c, args.seed)
        w = w * scale  # folded in, so inference multiplies raw 0/1 features
        weights = {k: round(float(v), 5) for k, v in zip(names, w, strict=True) if abs(v) >= 1e-4}
        weights["bias"] = round(weights.get("bias", 0.0) + b, 5)
        fold_info[typ] = (folds, fold_models, best_t, per_fold)
        model["types"][typ] = {  # type: ignore[index]
            "weights": weights,
            **({"chars": fit_chars(texts, y, args.chars_c, args.seed, args.chars_weight)} if use_chars else {}),
            **({"trees": fit_trees(matrix(feats, dense), y, dense, args.seed, args.trees_weight)} if use_trees else {}),
            "threshold": round(best_t, 2),
            "bow_scale": bow,
            **({"trained_on": "vote shares"} if soft else {}),
            "cv": {
                "precision": round(best[0], 4),
                "recall_given_trigger": round(best[1], 4),
                "f1": round(best[2], 4),
                "recall_all_yes": round(found / total_pos, 4),
                "sentences": len(y),
                "positives": int(y.sum()),
                "positives_without_trigger": skipped_pos,
                "extra_positives": int(sum(extra_y[:marked])),
                "extra_negatives": marked - int(sum(extra_y[:marked])),
                **({"extra_vote_shares": len(voted)} if soft else {}),
            },
        }
        print(
            f"{typ}: {len(y)} sentences with a trigger ({int(y.sum())} yes; {skipped_pos} yes without trigger); "
            f"5-fold CV at threshold {best_t:.2f}: P {best[0]:.3f} R {found / total_pos:.3f} (of all yes) "
            f"F1 {best[2]:.3f}"
        )
    if args.cv_eval:
        cross_validated_eval(args.data, fold_info, args.dump_errors)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
