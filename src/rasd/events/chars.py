"""A character n-gram view of a sentence for the event detector.

Reports of an attack share their morphology more than their words: وأصيب، بجروح، مصرعهم، انتحاري، بتفجير
come with clitics and endings that a word list splits into many rare features. A logistic regression over
TF-IDF character 2-5-grams taken inside word boundaries (scikit-learn's ``char_wb`` analyzer) sees them
as one family. Averaged with the dense + words model it raised ASSAULT average precision under 5-fold
cross-validation from 0.645 to 0.687 (``experiments/events/detector_dev.py``); for PROTEST, with 36
positives, it lowered it, so the training tool only keeps it where cross-validation says it helps.

Training uses scikit-learn (``tools/train_event_detector.py``); inference is this module: the n-grams, the
sublinear TF-IDF weighting and L2 norm that scikit-learn computes, and a dot product, over plain JSON
weights. ``tests/events/test_chars.py`` checks both give the same vectors.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from typing import Any

_SPACES = re.compile(r"\s\s+")


def char_ngrams(text: str, low: int = 2, high: int = 5) -> Counter[str]:
    """Counts of the character n-grams of each space-padded word, as scikit-learn's ``char_wb`` (lowercased;
    a word shorter than n yields itself, padded, once)."""
    grams: Counter[str] = Counter()
    for word in _SPACES.sub(" ", text.lower()).split():
        grams.update(_word_grams(word, low, high))
    return grams


@lru_cache(maxsize=1 << 16)
def _word_grams(word: str, low: int, high: int) -> tuple[str, ...]:
    """A word's n-grams, cached: news repeats its words, and this is the detector's costliest step."""
    w = f" {word} "
    out: list[str] = []
    for n in range(low, high + 1):
        if len(w) <= n:
            out.append(w)
            break
        out.extend(w[i : i + n] for i in range(len(w) - n + 1))
    return tuple(out)


def vector(text: str, idf: dict[str, float], low: int = 2, high: int = 5) -> dict[str, float]:
    """Sublinear TF-IDF, L2-normalized, over the n-grams in ``idf`` (the others are not features)."""
    raw = {g: (1.0 + math.log(c)) * idf[g] for g, c in char_ngrams(text, low, high).items() if g in idf}
    norm = math.sqrt(sum(v * v for v in raw.values()))
    return {g: v / norm for g, v in raw.items()} if norm else {}


def probability(model: dict[str, Any], text: str) -> float:
    """P(event) from the character model: ``model`` holds ``ngram`` [low, high], ``bias`` and ``grams``
    (n-gram -> [idf, weight])."""
    low, high = model.get("ngram", (2, 5))
    grams = model["grams"]
    squares = dot = 0.0
    for g, c in char_ngrams(text, low, high).items():
        iw = grams.get(g)
        if iw is None:
            continue
        v = iw[0] if c == 1 else (1.0 + math.log(c)) * iw[0]
        squares += v * v
        dot += v * iw[1]
    z = model.get("bias", 0.0) + (dot / math.sqrt(squares) if squares else 0.0)
    return logistic(z)


def logistic(z: float) -> float:
    """The logistic function, clipped so that no score overflows ``math.exp``; shared by the detector's parts."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
