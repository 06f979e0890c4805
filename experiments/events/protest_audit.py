"""Which "no" sentences does the PROTEST detector rank where it must reach recall 0.60, and what are they?

Reproduces the training tool's 5-fold cross-validated scores of the words model (the shipped PROTEST detector
is that model alone), finds the lowest cut that reaches recall 0.60 over every "yes" (those without a trigger
count as missed), and prints each negative above it with its label and votes. With ``--readings FILE`` (TSV:
sentence id, then ``report`` or ``not``, then a reason) it also prints the precision counting as correct the
negatives that a reader judged to report a protest that took place. Those readings are one person's, written
for this audit, not a second gold standard; the official figures are the tool's.

    python experiments/events/protest_audit.py --data ../shared/data/events/arabic-event-gsr-dev \
        [--seed 0] [--readings experiments/events/protest_audit.tsv]
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from train_event_detector import (
    BOW_SCALE,
    best_sentence,
    fit_fold,
    load_extra,
    load_votes,
    per_type,
    stratified_folds,
    vote_share,
)

from rasd.text.stage import TextStage

LABELS = ("yes", "easy no", "difficult no")


def cv_scores(
    folder: Path, seed: int, c: float = 0.2, bow: float | None = None, min_df: int = 3
) -> tuple[list, np.ndarray]:
    """The rows with a trigger and their held-out probabilities, folds drawn as the training tool draws them."""
    bow = per_type(BOW_SCALE, "PROTEST") if bow is None else bow
    text_stage = TextStage()
    rows = []
    for r in csv.DictReader((folder / "protest_gsr.csv").open(encoding="utf-8")):
        if r["label"] in LABELS:
            found = best_sentence(text_stage, r["text"], r.get("id", ""), "PROTEST")
            rows.append({**r, "f": found[0] if found else None})
    lab = [r for r in rows if r["f"] is not None]
    feats = [r["f"] for r in lab]
    y = np.array([r["label"] == "yes" for r in lab], dtype=float)
    extra, extra_y = load_extra(folder, "PROTEST")
    voted, shares = load_votes(folder, "PROTEST")  # PROTEST is trained on vote shares (the tool's SOFT)
    extra, extra_y = extra + voted, list(extra_y) + shares
    target = np.array([vote_share(r) for r in lab])
    folds = stratified_folds(y, seed)
    cv = np.zeros(len(y))
    for k in range(5):
        cv[folds == k] = fit_fold(
            feats, extra, extra_y, y, folds == k, bow=bow, c=c, min_df=min_df, seed=seed, target=target
        )[0]
    return rows, cv


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--readings", type=Path, default=None)
    args = ap.parse_args()
    rows, cv = cv_scores(args.data, args.seed)
    lab = [r for r in rows if r["f"] is not None]
    total_pos = sum(r["label"] == "yes" for r in rows)
    order = np.argsort(-cv, kind="stable")
    need = int(np.ceil(0.6 * total_pos))
    found = 0
    above = []
    for i in order:
        above.append(lab[i])
        found += lab[i]["label"] == "yes"
        if found >= need:
            break
    negatives = [r for r in above if r["label"] != "yes"]
    print(f"cut at {cv[order[len(above) - 1]]:.3f}: {found} of {total_pos} yes, {len(negatives)} negatives above it;"
          f" precision {found / len(above):.3f}")
    readings = {}
    if args.readings:
        for line in args.readings.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                sid, verdict, *_ = line.split("\t")
                readings[sid] = verdict
    for r in negatives:
        print(f"{r['id']}\t{r['label']}\t{r['accept']}/{r['total']}\t{readings.get(r['id'], '?')}\t{r['text'][:220]}")
    if readings:
        reports = sum(readings.get(r["id"]) == "report" for r in negatives)
        unread = sum(r["id"] not in readings for r in negatives)
        print(f"negatives read as reports of a protest that took place: {reports} of {len(negatives)}"
              f" ({unread} unread); precision counting them: {(found + reports) / len(above):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
