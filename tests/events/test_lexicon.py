"""Protest forms of Arabic news that the trigger lexicon (data/events/triggers.tsv) reads, coded over the tests'
small knowledge base."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.events.test_events import code
from tests.events.test_sides import only, texts


@pytest.mark.parametrize(
    ("text", "trigger", "mode", "crowd"),
    [
        # the commonest protest of Levantine and Egyptian news: a vigil (وقفة احتجاجية), organized by نظم
        (
            "ونظم العشرات من أهالي الأسرى وقفة احتجاجية أمام مقر الحكومة في دمشق أمس.",
            "وقفة احتجاجية",
            "demonstration",
            "العشرات من أهالي الأسرى",
        ),
        # self-immolation, with whoever set the fire between the verb and النار
        ("أضرم شاب النار في نفسه أمس أمام مبنى البلدية احتجاجا على مصادرة بضاعته.", "النار في نفسه",
         "self-immolation", "شاب"),
        ("وشكل مئات الطلاب سلسلة بشرية حول مقر الحكومة في دمشق أمس.", "سلسلة بشرية", "demonstration",
         "مئات الطلاب"),
    ],
)
def test_protest_forms(kb_dir: Path, text: str, trigger: str, mode: str, crowd: str) -> None:
    doc, events = code(text, kb_dir)
    protest = only(events, "PROTEST")
    assert (doc.span_text(protest.get("trigger")), protest.get("mode")) == (trigger, mode)
    assert texts(doc, protest.get("source")) == [crowd]


def test_the_fire_is_not_part_of_who_set_it(kb_dir: Path) -> None:
    # the trigger word names the actor only when it is an actor noun (المتظاهرون), not شاب النار
    doc, events = code("أضرم شاب النار في نفسه أمس.", kb_dir)
    assert all("النار" not in doc.text[a.start : a.end] for e in events for a in e.get("source"))
