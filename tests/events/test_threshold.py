"""The event detector's operating point (tools/train_event_detector.py): the threshold the training tool
stores must sit inside the project's target (precision 0.70, recall 0.60) when any threshold does, and the
stricter figure must never choose a fold's threshold from that fold."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")
pytest.importorskip("sklearn")
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from train_event_detector import choose_threshold, nested_threshold_scores  # noqa: E402


def test_the_threshold_is_deepest_inside_the_target() -> None:
    # 10 positives, 10 negatives; 8 positives score above every negative but one (0.85)
    y = np.array([1] * 10 + [0] * 10, dtype=float)
    p = np.array([0.95, 0.9, 0.88, 0.86, 0.84, 0.82, 0.8, 0.78, 0.3, 0.2] + [0.85, 0.6, 0.5, 0.25] + [0.1] * 6)
    t, (precision, recall, _) = choose_threshold(p, y, total_pos=10)
    # cut below 0.78 and above 0.6: precision 8/9, recall 0.8, both margins wide. Cutting at 0.3 reaches more
    # (recall 0.9) at precision 0.75, near the edge, where new text would push it out: not chosen.
    assert precision == pytest.approx(8 / 9) and recall == pytest.approx(0.8)
    assert 0.6 < t <= 0.78


def test_positives_without_a_trigger_count_as_missed() -> None:
    y = np.array([1, 1, 1, 0, 0], dtype=float)
    p = np.array([0.9, 0.8, 0.7, 0.2, 0.1])
    _, (precision, recall_given_trigger, _) = choose_threshold(p, y, total_pos=6)  # 3 more "yes" had no trigger
    assert precision == 1.0 and recall_given_trigger == 1.0  # recall among the scored rows


def test_the_stricter_figure_never_uses_the_folds_own_labels() -> None:
    rng = np.random.default_rng(0)
    y = (rng.random(200) < 0.3).astype(float)
    p = np.clip(y * 0.35 + rng.random(200) * 0.65, 0, 1)
    folds = np.arange(200) % 5
    total = int(y.sum())
    t_all, _ = choose_threshold(p, y, total)
    cuts = [choose_threshold(p[folds != k], y[folds != k], round(total * y[folds != k].sum() / y.sum()))[0] for k in
            range(5)]
    assert any(abs(c - t_all) > 1e-9 for c in cuts)  # the data tells the two ways apart
    # each fold cut where the other four folds put the threshold, counted by hand
    pred = np.concatenate([p[folds == k] >= cuts[k] for k in range(5)])
    gold = np.concatenate([y[folds == k] for k in range(5)])
    tp = float((pred & (gold == 1)).sum())
    precision, recall = nested_threshold_scores(p, y, folds, total)
    assert precision == pytest.approx(tp / pred.sum())
    assert recall == pytest.approx(tp / total)


def test_the_word_scale_is_given_per_type() -> None:
    from train_event_detector import BOW_SCALE, per_type

    assert per_type("0.3", "PROTEST") == 0.3  # one number for every type
    assert per_type("ASSAULT=0.5,PROTEST=0.25", "PROTEST") == 0.25
    assert {per_type(BOW_SCALE, t) for t in ("ASSAULT", "PROTEST")} <= {0.25, 0.5}  # the default names both
    with pytest.raises(SystemExit, match="TYPE=number"):
        per_type("ASSAULT=0.5", "PROTEST")  # a type left out
    with pytest.raises(SystemExit, match="TYPE=number"):
        per_type("PROTEST=low", "PROTEST")


def test_a_sentence_is_learned_by_its_share_of_votes() -> None:
    from train_event_detector import fit, vote_share

    assert vote_share({"label": "difficult no", "accept": "1", "total": "3"}) == pytest.approx(1 / 3)
    assert vote_share({"label": "yes", "accept": "", "total": ""}) == 1.0  # no counts: the label's own
    # two kinds of sentence, alike but for one feature: one that most coders accepted, one that few did. Trained
    # on their shares the model ranks the first above the second, and both stay between the clear yes and no
    x = np.array([[1, 0, 0, 0]] * 10 + [[0, 1, 0, 0]] * 10 + [[0, 0, 1, 0]] * 10 + [[0, 0, 0, 1]] * 10, dtype=float)
    y = np.array([1.0] * 10 + [0.0] * 10 + [2 / 3] * 10 + [1 / 3] * 10)
    w, b = fit(x, y, c=10.0, seed=0)
    p = 1 / (1 + np.exp(-(x @ w + b)))
    assert p[0] > p[20] > p[30] > p[10]
