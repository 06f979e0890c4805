"""Verbs that govern a verbal noun (data/events/governors.tsv): the subject of the verb is the noun's agent. On
sentences written for these tests, through the coder over the tests' small knowledge base."""

from __future__ import annotations

from pathlib import Path

from tests.events.test_events import code
from tests.events.test_sides import only, texts


def test_a_visit_begun_or_ended_is_the_visitors(kb_dir: Path) -> None:
    for verb in ("بدأ", "يبدأ", "اختتم", "أنهى"):
        doc, events = code(f"{verb} وزير الخارجية زيارة رسمية إلى الرياض أمس.", kb_dir)
        visit = only(events, "CONSULT")
        assert texts(doc, visit.get("source")) == ["وزير الخارجية"], verb


def test_an_attack_continued_is_the_attackers(kb_dir: Path) -> None:
    doc, events = code("وواصلت القوات الحكومية هجومها على المتمردين في الشمال.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("source")) == ["القوات الحكومية"]


def test_an_act_tried_or_decided_is_the_subjects(kb_dir: Path) -> None:
    doc, events = code("حاولت الشرطة اعتقال المتهمين في الحي أمس.", kb_dir)
    assert texts(doc, only(events, "COERCE").get("source")) == ["الشرطة"]
    doc, events = code("قررت الحكومة أمس اعتقال المتهمين.", kb_dir)
    arrest = only(events, "COERCE")
    assert texts(doc, arrest.get("source")) == ["الحكومة"]
    assert arrest.get("aux").get("future")  # decided, not yet done: the modality's reading


def test_a_verb_of_an_act_governs_no_later_noun(kb_dir: Path) -> None:
    # يبدأ ... عامه الثاني قيد الاعتقال: a year begun in detention; the journalist arrests no one
    doc, events = code("يبدأ مراسل الصحيفة أمس عامه الثاني قيد الاعتقال في طهران.", kb_dir)
    assert "مراسل الصحيفة" not in [t for e in events for t in texts(doc, e.get("source"))]
