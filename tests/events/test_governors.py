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
