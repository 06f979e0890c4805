"""Compare event-detector variants by repeated 5-fold cross-validation on the development half.

Features are computed once (cached in /tmp); each variant is scored by average precision and the best F1 over
thresholds, averaged over 5 seeds of stratified 5-fold CV. Used to choose the shipped detector's settings; not
part of the package.

    python experiments/events/detector_dev.py --data ../shared/data/events/arabic-event-gsr-dev
"""

from __future__ import annotations

import argparse
import csv
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from train_event_detector import best_features

from rasd.text.stage import TextStage

CACHE = Path("/tmp/rasd_detector_cache.pkl")


def rows_with_features(folder: Path, typ: str) -> list[dict]:
    text_stage = TextStage()
    out = []
    for r in csv.DictReader((folder / f"{typ.lower()}_gsr.csv").open(encoding="utf-8")):
        fs = best_features(text_stage, r["text"], r.get("id", ""), typ)
        out.append({"label": r["label"], "text": r["text"].strip(), "f": fs, "accept": int(r["accept"] or 0),
                    "total": int(r["total"] or 0)})
    return out


def load_all(folder: Path, refresh: bool) -> dict[str, list[dict]]:
    if CACHE.exists() and not refresh:
        return pickle.loads(CACHE.read_bytes())
    data = {t: rows_with_features(folder, t) for t in ("ASSAULT", "PROTEST")}
    CACHE.write_bytes(pickle.dumps(data))
    return data


def ap_and_f1(p: np.ndarray, y: np.ndarray, total_pos: int) -> tuple[float, float, float, float, float]:
    """Average precision, the best F1 over thresholds with its P and R, and the best precision at recall >= 0.6
    (recall over every "yes", those without a trigger counting as missed)."""
    order = np.argsort(-p)
    ys = y[order]
    tp = np.cumsum(ys)
    prec = tp / np.arange(1, len(ys) + 1)
    rec = tp / total_pos
    ap = float((prec * ys).sum() / total_pos)
    f1 = np.where(prec + rec > 0, 2 * prec * rec / np.maximum(prec + rec, 1e-9), 0)
    k = int(np.argmax(f1))
    at60 = prec[rec >= 0.6]
    return ap, float(f1[k]), float(prec[k]), float(rec[k]), float(at60.max() if len(at60) else 0.0)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--refresh", action="store_true")
    args = ap.parse_args()
    data = load_all(args.data, args.refresh)
    import variants

    for typ, rows in data.items():
        for name, fn in variants.VARIANTS.items():
            res = []
            for seed in range(5):
                res.append(fn(rows, typ, seed))
            m = np.mean(res, axis=0)
            print(f"{typ:8s} {name:30s} AP {m[0]:.3f} bestF1 {m[1]:.3f} (P {m[2]:.3f} R {m[3]:.3f}) P@R.6 {m[4]:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
