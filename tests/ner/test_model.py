"""The shipped model loads lazily and tags a sentence written for this test."""

from __future__ import annotations

import importlib
import sys

import pytest

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


def test_a_listed_full_name_is_one_person() -> None:
    from rasd.ner.features import Featurizer

    # the CRF stopped short of the surname; the hand-written list of real people holds the full name
    tokens = ["كتب", "غابرييل", "غارسيا", "ماركيز", "روايته"]
    assert model.complete(Featurizer(), tokens, ["O", "B-PER", "I-PER", "O", "O"], scope="names") == [
        "O",
        "B-PER",
        "I-PER",
        "I-PER",
        "O",
    ]


def test_a_word_with_tanween_is_no_part_of_a_name() -> None:
    from rasd.ner.features import Featurizer

    # the CRF ran the name on into an indefinite adverb (مؤخراً), or began one at an indefinite noun (تجمعاً)
    tokens = ["وكان", "الأمير", "سعود", "مؤخراً", "في", "الرياض"]
    tags = ["O", "O", "B-PER", "I-PER", "O", "B-LOC"]
    assert model.complete(Featurizer(), tokens, tags) == ["O", "O", "B-PER", "O", "O", "B-LOC"]
    tokens = ["استهدفت", "تجمعاً", "للمليشيات", "الحوثية"]
    assert model.complete(Featurizer(), tokens, ["O", "B-ORG", "I-ORG", "I-ORG"]) == ["O", "O", "B-ORG", "I-ORG"]


def test_propagation_repeats_a_name_nearby_also_behind_a_proclitic() -> None:
    sents = [
        ["زار", "جورج", "بوش", "إيلات", "أمس"],
        ["وقال", "بوش", "إن", "وإيلات", "وللأمم", "مدينة"],
        ["وفي", "الأمم", "المتحدة"],
    ]
    tags = [["O", "B-PER", "I-PER", "B-LOC", "O"], ["O"] * 6, ["O", "B-ORG", "I-ORG"]]
    out = model.propagate(sents, tags, window=10)
    assert out[1] == ["O", "B-PER", "O", "B-LOC", "O", "O"]  # the surname alone, the place behind و
    assert out[2] == tags[2]
    later = model.propagate([sents[2], ["دعا", "للأمم", "المتحدة"]], [tags[2], ["O"] * 3], window=10)
    assert later[1] == ["O", "B-ORG", "I-ORG"]  # a two-word name behind لل
    far = model.propagate([sents[0], *[["كلام"]] * 12, ["وإيلات"]], [tags[0], *[["O"]] * 12, ["O"]], window=10)
    assert far[-1] == ["O"]  # only within the window (the same article)


def test_a_name_takes_the_type_it_is_given_most_often_nearby() -> None:
    sents = [["فاز", "النصر", "أمس"], ["وخسر", "النصر", "اليوم"], ["وقال", "مدرب", "النصر"], ["في", "عمان"]]
    tags = [["O", "B-ORG", "O"], ["O", "B-ORG", "O"], ["O", "O", "B-LOC"], ["O", "B-LOC"]]
    out = model.harmonize(sents, tags, window=10)
    assert out[2] == ["O", "O", "B-ORG"]  # two ORG mentions outvote one LOC
    assert out[3] == ["O", "B-LOC"]
    tie = model.harmonize(sents[1:3], tags[1:3], window=10)
    assert tie == [list(t) for t in tags[1:3]]  # one against one: each keeps its own


def test_quoted_titles_of_works_are_misc() -> None:
    toks = ["ومن", "رواياته", '"', "خان", "الخليلي", '"', "و", '"', "زقاق", "المدق", '"', "وشارع", '"', "النيل", '"']
    out = model.quoted_works(toks, ["O"] * len(toks))
    assert out[3:5] == ["B-MISC", "I-MISC"] and out[8:10] == ["B-MISC", "I-MISC"]  # announced, then listed
    assert out[13] == "O"  # a quoted word after a street is no work
    assert model.quoted_works(["قال", '"', "لن", "نقبل", '"'], ["O"] * 5) == ["O"] * 5


def test_tagging_leaves_the_garbage_collector_as_it_found_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # the collector is paused while a text is tagged (speed); the caller's setting comes back, also on error
    import gc

    tokens = "وصل الرئيس إلى دمشق .".split()
    featurizer = model.default_model().featurizer
    during: list[bool] = []
    sentence = featurizer.sentence
    monkeypatch.setattr(featurizer, "sentence", lambda toks: during.append(gc.isenabled()) or sentence(toks))
    assert gc.isenabled()
    model.tag(tokens)
    assert during == [False]
    assert gc.isenabled()
    monkeypatch.undo()
    gc.disable()
    try:
        model.tag(tokens)
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(TypeError):
        model.default_model().entities([[None]])  # type: ignore[list-item]
    assert gc.isenabled()


def test_a_cable_sent_after_a_long_name_is_no_part_of_it() -> None:
    # the tagger runs a long name (… آل سعود) on into what he sent (برقية); a place may still end in such a word
    tokens = ["بعث", "الأمير", "محمد", "بن", "نايف", "آل", "سعود", "برقية", "تهنئة"]
    spans = model._trimmed(tokens, [(2, 8, "PER", 0.9), (0, 1, "LOC", 0.9)])
    assert spans == [(2, 7, "PER", 0.9), (0, 1, "LOC", 0.9)]
    assert model._trimmed(["شارع", "رسالة"], [(0, 2, "LOC", 0.9)]) == [(0, 2, "LOC", 0.9)]
