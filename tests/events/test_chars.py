"""The detector's character n-gram model: its inference code must compute exactly the vectors scikit-learn
trained on, and the shipped ASSAULT detector must use it."""

from __future__ import annotations

import math

import pytest

from rasd.events import detect
from rasd.events.chars import char_ngrams, probability, vector

TEXTS = [
    "قتل ثلاثة أشخاص وجرح ستة آخرون في هجوم انتحاري استهدف موقعاً أمنياً",
    "و  في   هجوم، ABC a ab",  # runs of spaces, one-letter and two-letter words, Latin capitals
    "وأدان الرئيس الهجوم الذي وقع عام 2005.",
]


def test_ngrams_and_tfidf_match_scikit_learn() -> None:
    text_mod = pytest.importorskip("sklearn.feature_extraction.text")
    vec = text_mod.TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=1, sublinear_tf=True)
    matrix = vec.fit_transform(TEXTS)
    names = vec.get_feature_names_out()
    analyzer = vec.build_analyzer()
    idf = dict(zip(names, vec.idf_, strict=True))
    for i, text in enumerate(TEXTS):
        assert sorted(char_ngrams(text).elements()) == sorted(analyzer(text))
        row = matrix[i].toarray()[0]
        expected = {names[j]: row[j] for j in row.nonzero()[0]}
        got = vector(text, idf)
        assert got.keys() == expected.keys()
        assert all(abs(got[g] - expected[g]) < 1e-9 for g in got)


def test_probability_is_the_logistic_of_the_dot_product() -> None:
    # one n-gram known: its normalized weight is 1, so z = bias + weight
    model = {"ngram": [2, 2], "bias": -1.0, "grams": {" ق": [2.0, 3.0]}}
    assert probability(model, "قتل") == pytest.approx(1 / (1 + 2.718281828459045 ** -2.0))
    assert probability(model, "مظاهرة") == pytest.approx(1 / (1 + 2.718281828459045))  # nothing known: bias


def test_shipped_assault_detector_averages_the_character_model() -> None:
    assault = detect._weights()["types"]["ASSAULT"]
    assert assault["chars"]["grams"], "the shipped ASSAULT detector has no character model"
    report = "قتل ثلاثة أشخاص وجرح ستة آخرون في هجوم انتحاري استهدف سوقا شعبيا صباح أمس"
    both = detect.probability({"bias": 1.0}, "ASSAULT", report)
    words_only = detect.probability({"bias": 1.0}, "ASSAULT")  # no text: no character model
    assert both is not None and words_only is not None
    w = assault["chars"]["weight"]
    # with trees averaged in after (rasd.events.trees), the characters move the result by (1 - their weight)
    kept = 1 - assault["trees"]["weight"] if "trees" in assault else 1.0
    words = 1 / (1 + math.exp(-assault["weights"]["bias"]))  # the words model on a bias-only sentence
    assert both - words_only == pytest.approx(kept * w * (probability(assault["chars"], report) - words))
