"""Coercion (COERCE) events with no one named: which stand, on sentences written for these tests, over the
tests' small knowledge base."""

from __future__ import annotations

from pathlib import Path

from tests.events.test_events import code


def coercions(text: str, kb_dir: Path) -> list[str]:
    doc, events = code(text, kb_dir)
    return [doc.span_text(e.get("trigger")) for e in events if e.get("type") == "COERCE"]


def test_an_arrest_verb_stands_with_no_one_named_its_noun_alone_does_not(kb_dir: Path) -> None:
    assert coercions("وأضاف أن الوضع ظل على حاله منذ بداية الاعتقال.", kb_dir) == []  # detention, a state
    assert coercions("وتطرق الاجتماع إلى ضرورة ترحيل المقررات الدراسية قبل بدء الدراسة.", kb_dir) == []
    assert coercions("وقال إن الرياضة تساهم في طرد الملل.", kb_dir) == []
    assert coercions("وألقي القبض عليه في المدينة أمس.", kb_dir) == ["وألقي القبض"]  # an arrest reported by its verb
