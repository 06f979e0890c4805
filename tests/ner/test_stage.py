"""The entities stage maps tagged tokens back to exact character spans."""

from __future__ import annotations

from rasd.document import Document, Span
from rasd.ner.stage import EntitiesStage
from rasd.pipeline import Pipeline
from rasd.text.segment import split_sentences, tokenize


def make_doc(text: str) -> Document:
    doc = Document(text)
    doc.set_layer("tokens", [Span(t.start, t.end, t.kind) for t in tokenize(text)])
    doc.set_layer("sentences", [Span(a, b, "sentence") for a, b in split_sentences(text)])
    return doc


TEXT = (
    "استقبل الملك عبدالله الثاني في عمّان وزيرَ الخارجية الأمريكي أنتوني بلينكن.\n"
    "وبحث الجانبان الأوضاع في قطاع غزة ولبنان، وأكد بلينكن دعم واشنطن لجهود الأمم المتحدة."
)


def test_spans_match_text_exactly() -> None:
    doc = EntitiesStage()(make_doc(TEXT))
    ents = doc.layer("entities")
    assert ents, "no entities found"
    for span in ents:
        assert span.label in {"PER", "ORG", "LOC", "MISC"}
        assert 0.0 <= span.attrs["score"] <= 1.0
        surface = doc.text[span.start : span.end]
        assert surface == surface.strip() and surface
    texts = {(doc.text[s.start : s.end], s.label) for s in ents}
    assert ("واشنطن", "LOC") in texts
    assert any("بلينكن" in t and label == "PER" for t, label in texts)
    doc.validate()
    # JSON round trip keeps every span's text
    again = Document.from_json(doc.to_json())
    assert [s.to_dict(again.text) for s in again.layer("entities")] == [s.to_dict(doc.text) for s in ents]


def test_stage_protocol_and_empty_doc() -> None:
    stage = EntitiesStage()
    pipe = Pipeline([stage], provided=("tokens", "sentences"))
    assert pipe.names == ["entities"]
    doc = stage(make_doc(""))
    assert doc.layer("entities") == []


def test_a_preposition_on_a_names_head_word_is_not_in_its_span() -> None:
    # لتنظيم، بحركة: the clitic analyzer keeps them whole (تنظيم is no name), the span still leaves ل / ب out
    doc = EntitiesStage()(make_doc("وأعلن المتحدث أن لتنظيم داعش خلايا في سيناء، وأن بحركة حماس انقساما."))
    texts = [doc.text[s.start : s.end] for s in doc.layer("entities") if s.label == "ORG"]
    assert texts == ["تنظيم داعش", "حركة حماس"]


def test_a_relative_pronoun_after_a_name_is_not_part_of_it() -> None:
    # غروس والتي طالب بها: the clause opens after the name, whatever the tagger read
    from rasd.ner.model import _trimmed

    tokens = ["لمطالب", "المدرب", "غروس", "والتي", "طالب", "بها"]
    assert _trimmed(tokens, [(2, 4, "PER", 0.8), (0, 1, "MISC", 0.5)]) == [(2, 3, "PER", 0.8), (0, 1, "MISC", 0.5)]
    assert _trimmed(["التي"], [(0, 1, "ORG", 0.5)]) == [(0, 1, "ORG", 0.5)]  # never to nothing
    doc = EntitiesStage()(make_doc("ويأتي ذلك تنفيذا لمطالب المدرب السويسري غروس والتي طالب بها من خلال تقريره."))
    assert all(not doc.text[s.start : s.end].endswith("والتي") for s in doc.layer("entities"))
