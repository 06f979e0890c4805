"""Coercion (COERCE) events with no one named: which stand, on sentences written for these tests, over the
tests' small knowledge base."""

from __future__ import annotations

from pathlib import Path

from tests.events.test_events import code
from tests.events.test_sides import only, texts


def coercions(text: str, kb_dir: Path) -> list[str]:
    doc, events = code(text, kb_dir)
    return [doc.span_text(e.get("trigger")) for e in events if e.get("type") == "COERCE"]


def test_an_arrest_verb_stands_with_no_one_named_its_noun_alone_does_not(kb_dir: Path) -> None:
    assert coercions("وأضاف أن الوضع ظل على حاله منذ بداية الاعتقال.", kb_dir) == []  # detention, a state
    assert coercions("وتطرق الاجتماع إلى ضرورة ترحيل المقررات الدراسية قبل بدء الدراسة.", kb_dir) == []
    assert coercions("وقال إن الرياضة تساهم في طرد الملل.", kb_dir) == []
    assert coercions("وألقي القبض عليه في المدينة أمس.", kb_dir) == ["وألقي القبض"]  # an arrest reported by its verb


def test_a_person_named_before_an_arrest_verb_with_no_object_was_held(kb_dir: Path) -> None:
    ner = [("جيسون رضايان", "PER", 0)]
    doc, events = code("وقال المحامي إن جيسون رضايان اعتقل بشكل غير قانوني في طهران.", kb_dir, ner)
    arrest = only(events, "COERCE")
    assert texts(doc, arrest.get("target")) == ["جيسون رضايان"]
    assert arrest.get("source") == []
    # with an object after the verb he is the one who arrested
    doc, events = code("وقال المحامي إن جيسون رضايان اعتقل خمسة مسلحين في طهران.", kb_dir, ner)
    assert texts(doc, only(events, "COERCE").get("source")) == ["جيسون رضايان"]


def test_the_person_after_an_arrest_noun_is_the_arrested_when_the_accusative_is_another_verbs(kb_dir: Path) -> None:
    ner = [("جيسون رضايان", "PER", 0)]
    doc, events = code("وأثار اعتقال جيسون رضايان توتراً جديداً بين البلدين.", kb_dir, ner)
    arrest = only(events, "COERCE")
    assert texts(doc, arrest.get("target")) == ["جيسون رضايان"]
    assert arrest.get("source") == []
    # a body that arrests, with the arrested in the accusative after it
    doc, events = code("وأدان الحزب اعتقال الشرطة عدداً من المعلمين.", kb_dir)
    arrest = only(events, "COERCE")
    assert texts(doc, arrest.get("source")) == ["الشرطة"]


def test_a_subject_carried_from_an_earlier_sentence_is_not_the_source_of_what_was_done_to_him(kb_dir: Path) -> None:
    ner = [("جيسون رضايان", "PER", 0), ("جيسون رضايان", "PER", 1)]
    text = "ونفى جيسون رضايان كل التهم. وأثار اعتقال جيسون رضايان توتراً جديداً بين البلدين."
    doc, events = code(text, kb_dir, ner)
    arrest = only(events, "COERCE")
    assert texts(doc, arrest.get("target")) == ["جيسون رضايان"]
    assert arrest.get("source") == []


def test_a_count_right_after_a_past_arrest_verb_was_arrested(kb_dir: Path) -> None:
    doc, events = code("اعتقل أكثر من 200 مدرس أمس خلال تظاهرة في العاصمة.", kb_dir)
    arrest = only(events, "COERCE")
    assert texts(doc, arrest.get("target")) == ["أكثر من 200 مدرس"] and arrest.get("source") == []
    # the count after a present verb is its object, counted people of a listed noun (مدرس)
    doc, events = code("الشرطة تقمع تظاهرة وتعتقل 200 مدرس.", kb_dir)
    assert texts(doc, only(events, "COERCE").get("target")) == ["200 مدرس"]


def test_custody_names_the_holder(kb_dir: Path) -> None:
    # قيد اعتقال X: in X's custody, X holds (someone held for a period: tests/events/test_objects.py)
    doc, events = code("ويبدأ المراسل عامه الثاني قيد اعتقال السلطات الإيرانية.", kb_dir)
    arrest = only(events, "COERCE")
    assert texts(doc, arrest.get("source")) == ["السلطات الإيرانية"]
    assert "السلطات الإيرانية" not in texts(doc, arrest.get("target"))
