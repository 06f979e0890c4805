"""The detector's boosted trees: exported from scikit-learn they must give the probabilities scikit-learn
gives, and the shipped ASSAULT detector must average them in."""

from __future__ import annotations

import json

import pytest

from rasd.events import detect
from rasd.events.trees import export, freeze, probability


def test_exported_trees_give_scikit_learns_probabilities() -> None:
    ensemble = pytest.importorskip("sklearn.ensemble")
    np = pytest.importorskip("numpy")
    rng = np.random.default_rng(0)
    x = rng.random((300, 4))
    x[:, 3] = (x[:, 3] > 0.5).astype(float)  # a 0/1 feature, like most of the detector's
    y = ((x[:, 0] > 0.6) & (x[:, 3] == 1) | (x[:, 1] < 0.1)).astype(int)  # a conjunction: what trees are for
    model = ensemble.HistGradientBoostingClassifier(max_depth=3, max_iter=30, random_state=0).fit(x, y)
    names = ["a", "b", "c", "d"]
    exported = freeze(json.loads(json.dumps(export(model, names, 0.2))))  # through JSON, as shipped
    expected = model.predict_proba(x)[:, 1]
    for row, p in zip(x, expected, strict=True):
        assert probability(exported, dict(zip(names, row.tolist(), strict=True))) == pytest.approx(p, abs=1e-7)


def test_a_feature_left_out_counts_as_zero() -> None:
    # one split on "a" at 0.5: left leaf -1, right leaf +1
    model = {"features": ["a"], "baseline": 0.0, "trees": [[[0, 0.5, 1, 2], [-1.0], [1.0]]]}
    assert probability(model, {}) == pytest.approx(1 / (1 + 2.718281828459045))
    assert probability(model, {"a": 1.0}) == pytest.approx(1 / (1 + 2.718281828459045**-1))


def test_shipped_assault_detector_averages_the_trees() -> None:
    assault = detect._weights()["types"]["ASSAULT"]
    trees = assault["trees"]
    assert trees["trees"] and "casualty" in trees["features"]
    assert not any(f.startswith("w:") for f in trees["features"])  # dense features only
    feats = {"bias": 1.0, "casualty": 1.0, "time": 1.0, "hits": 0.4}
    report = "قتل ثلاثة أشخاص وجرح ستة آخرون في هجوم انتحاري استهدف سوقا شعبيا صباح أمس"
    combined = detect.probability(feats, "ASSAULT", report)
    without = {**assault}
    del without["trees"]
    w = trees["weight"]
    original = detect._weights
    try:
        detect._weights = lambda: {"types": {"ASSAULT": without}}  # type: ignore[assignment]
        words_and_chars = detect.probability(feats, "ASSAULT", report)
    finally:
        detect._weights = original  # type: ignore[assignment]
    assert words_and_chars is not None and combined is not None
    assert combined == pytest.approx((1 - w) * words_and_chars + w * probability(trees, feats))
    assert "trees" not in detect._weights()["types"]["PROTEST"]  # chosen by cross-validation: no help there
