"""Gradient-boosted trees over the detector's dense features.

The detector's logistic regressions add up evidence one feature at a time; what tells a report of the day
from a background mention is often a conjunction (a casualty count *and* a time word *and* the trigger
leading the sentence, but not after a reporting verb about an earlier attack). Shallow boosted trees draw
those conjunctions. Averaged into the ASSAULT detector with a fifth of the weight, they raise the best
precision at recall 0.6 under 5-fold cross-validation (5 seeds) from 0.716 to 0.736, average precision
unchanged (``experiments/events/detector_dev.py``); for PROTEST they do not help.

Training uses scikit-learn's ``HistGradientBoostingClassifier`` (``tools/train_event_detector.py``, which
exports its trees with :func:`export`); inference is :func:`probability`, plain Python over JSON.
``tests/events/test_trees.py`` checks both give the same probabilities.
"""

from __future__ import annotations

from typing import Any

from rasd.events.chars import logistic


def export(model: Any, features: list[str], weight: float) -> dict[str, Any]:
    """The JSON form of a fitted binary ``HistGradientBoostingClassifier`` over ``features`` (in that order).

    Reads the fitted predictors' node arrays (attributes scikit-learn does not document as public; the
    equality test catches any change in them)."""
    trees: list[list[list[float]]] = []
    for (predictor,) in model._predictors:
        nodes: list[list[float]] = []
        for n in predictor.nodes:
            if n["is_leaf"]:
                nodes.append([round(float(n["value"]), 8)])
            else:
                nodes.append([int(n["feature_idx"]), float(n["num_threshold"]), int(n["left"]), int(n["right"])])
        trees.append(nodes)
    return {
        "weight": weight,
        "features": list(features),
        "baseline": round(float(model._baseline_prediction.ravel()[0]), 8),
        "trees": trees,
    }


def freeze(model: dict[str, Any]) -> dict[str, Any]:
    """The loaded model with its nodes as tuples (the garbage collector stops tracking them). A node is
    (feature index, threshold, left child, right child) or, for a leaf, (value,)."""
    return {**model, "trees": tuple(tuple(tuple(node) for node in tree) for tree in model["trees"])}


def probability(model: dict[str, Any], feats: dict[str, float]) -> float:
    """P(event) from the trees; a feature absent from ``feats`` is 0, as in training."""
    x = [feats.get(name, 0.0) for name in model["features"]]
    z = float(model["baseline"])
    for tree in model["trees"]:
        node = tree[0]
        while len(node) > 1:
            node = tree[int(node[2])] if x[int(node[0])] <= node[1] else tree[int(node[3])]
        z += node[0]
    return logistic(z)
