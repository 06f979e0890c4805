"""The shipped model loads lazily and tags a sentence written for this test."""

from __future__ import annotations

import importlib
import sys

from rasd.ner import model


def test_import_does_not_load_the_model() -> None:
    sys.modules.pop("rasd.ner.model", None)
    fresh = importlib.import_module("rasd.ner.model")
    assert fresh.default_model.cache_info().currsize == 0


def test_tag_a_sentence() -> None:
    tokens = "وقال الرئيس الفرنسي إيمانويل ماكرون في باريس إن الأمم المتحدة ستجتمع غدا .".split()
    found = model.tag(tokens)
    assert all(0 <= a < b <= len(tokens) for a, b, _, _ in found)
    assert all(0.0 <= s <= 1.0 for _, _, _, s in found)
    labels = {(" ".join(tokens[a:b]), label) for a, b, label, _ in found}
    assert ("باريس", "LOC") in labels
    assert any(label == "PER" and "ماكرون" in text for text, label in labels)
    assert any(label == "ORG" and "الأمم" in text for text, label in labels)


def test_empty_sentence() -> None:
    assert model.tag([]) == []


def test_model_card_and_size() -> None:
    directory = model.default_model().directory
    assert (directory / "MODEL_CARD.md").exists()
    size = sum(p.stat().st_size for p in directory.iterdir())
    assert size < 50 * 1024 * 1024


def test_coordinated_places_after_a_place_noun_are_two() -> None:
    from rasd.ner.features import Featurizer

    fz = Featurizer()
    # the CRF ran الهول وروج together; after the head noun مخيمي the و starts a second camp
    assert model.complete(fz, ["مخيمي", "الهول", "وروج"], ["O", "B-LOC", "I-LOC"], scope="names") == [
        "O",
        "B-LOC",
        "B-LOC",
    ]
    # with no head noun before it, a country written with و stays one name
    assert model.complete(fz, ["زار", "البوسنة", "والهرسك"], ["O", "B-LOC", "I-LOC"], scope="names") == [
        "O",
        "B-LOC",
        "I-LOC",
    ]
