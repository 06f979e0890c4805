from __future__ import annotations

import pytest

from rasd.document import SCHEMA_ID, Document, Span, SpanError


def test_span_offsets_are_half_open_and_checked() -> None:
    doc = Document("سوريا والعراق")
    doc.set_layer("entities", [Span(6, 13, "LOC", {"id": "Q796"}), Span(0, 5, "LOC")])
    assert [doc.span_text(s) for s in doc.layer("entities")] == ["سوريا", "والعراق"]
    with pytest.raises(SpanError):
        doc.set_layer("bad", [Span(0, 99)])
    with pytest.raises(SpanError):
        Span(5, 2)
    with pytest.raises(SpanError):
        Span(0, 1, "x", {"start": 3})


def test_json_round_trip_keeps_nested_spans() -> None:
    doc = Document("قال الوزير: «نعم»", meta={"title": "t"})
    cue = Span(0, 3, "cue")
    doc.set_layer("quotes", [Span(12, 17, "QUOTE", {"cue": cue, "kind": "direct", "speaker": None})])
    data = doc.to_dict()
    assert data["schema"] == SCHEMA_ID
    assert data["layers"]["quotes"][0]["cue"] == {"start": 0, "end": 3, "text": "قال", "label": "cue"}
    back = Document.from_json(doc.to_json())
    assert back.layer("quotes")[0].get("cue") == cue
    assert back.to_dict() == data


def test_from_dict_refuses_spans_whose_text_does_not_match() -> None:
    data = Document("سوريا").to_dict()
    data["layers"] = {"entities": [{"start": 0, "end": 5, "text": "لبنان", "label": "LOC"}]}
    with pytest.raises(SpanError, match="text there is"):
        Document.from_dict(data)
    with pytest.raises(ValueError, match=r"not a rasd\.document/1"):
        Document.from_dict({"schema": "other", "text": ""})


def test_spans_in_and_warnings() -> None:
    doc = Document("أ ب ج")
    doc.set_layer("tokens", [Span(0, 1), Span(2, 3), Span(4, 5)])
    assert len(list(doc.spans_in("tokens", Span(0, 3)))) == 2
    doc.warn("x")
    doc.warn("x")
    assert doc.meta["warnings"] == ["x"]
