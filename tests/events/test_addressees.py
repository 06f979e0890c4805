"""Whom an appeal addresses when no known actor is named (rasd.events.addressees): the noun phrase between the
caller and the appeal's own preposition, as a raw actor. Sentences written for these tests, over the small KB."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.events.test_events import code


def addressed(text: str, kb_dir: Path) -> tuple[list[str], list[str]]:
    doc, events = code(text, kb_dir)
    (event,) = [e for e in events if e.get("type") == "REQUEST"]
    return [doc.span_text(a) for a in event.get("source")], [doc.span_text(a) for a in event.get("target")]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("وحثت سوريا أمس جميع الموظفين على مواصلة العمل.", "جميع الموظفين"),  # past the time word
        ("ودعت سوريا المبتعثين والمبتعثات لزيارة الموقع.", "المبتعثين والمبتعثات"),  # ل on the verbal noun
        ("وطالبت سوريا منسوبي الوزارة بالالتزام بالتعليمات.", "منسوبي الوزارة"),  # ب on the verbal noun
        ("سوريا تحث قبيلتي التبو والطوارق على وقف الاقتتال.", "قبيلتي التبو والطوارق"),  # the caller before
    ],
)
def test_the_phrase_before_the_appeals_preposition_is_addressed(text: str, target: str, kb_dir: Path) -> None:
    assert addressed(text, kb_dir) == (["سوريا"], [target])


@pytest.mark.parametrize(
    "text",
    [
        "ودعت سوريا في بيانها جميع الموظفين إلى العمل.",  # a preposition's phrase comes first
        "ودعت سوريا، التي تعاني أزمة، إلى الحوار.",  # past a comma: the caller's own clause
        "وطالبت سوريا بتوعية الجمهور.",  # what is asked comes right after the caller
        "ودعت سوريا فيها الجميع إلى الحوار.",  # a preposition with its pronoun
    ],
)
def test_no_addressee_outside_the_object_slot(text: str, kb_dir: Path) -> None:
    _, events = code(text, kb_dir)
    (appeal,) = [e for e in events if e.get("type") == "REQUEST"]
    assert not appeal.get("target")


def test_a_named_addressee_is_still_the_entity(kb_dir: Path) -> None:
    _, events = code("ودعت سوريا العراق إلى الحوار.", kb_dir)
    (event,) = [e for e in events if e.get("type") == "REQUEST"]
    assert [a.get("id") for a in event.get("target")] == ["Q796"]


def arrested(text: str, kb_dir: Path) -> list[str]:
    doc, events = code(text, kb_dir)
    (event,) = [e for e in events if e.get("type") == "COERCE"]
    return [doc.span_text(a) for a in event.get("target")]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("وتمكنت سوريا من القبض على الجاني المذكور وأسفر التحقيق معه عن اعترافه.", "الجاني المذكور"),
        ("القبض على أكبر مهرب خادمات بالقريات", "أكبر مهرب خادمات"),  # up to a glued preposition
        ("القبض على «صاحب الألف وجه» في كولومبيا", "صاحب الألف وجه"),  # a quoted name whole
        ("ولم تلق سوريا القبض على أي من الفتاتين.", "أي من الفتاتين"),  # a partitive
        ("وأشادت سوريا بالقبض على الخلايا الإرهابية التي كانت تخطط للهجوم.", "الخلايا الإرهابية"),  # a relative
    ],
)
def test_whom_an_arrest_phrase_takes_is_the_phrase_after_its_preposition(
    text: str, target: str, kb_dir: Path
) -> None:
    assert arrested(text, kb_dir) == [target]


def test_a_named_arrestee_is_still_the_entity(kb_dir: Path) -> None:
    _, events = code("وألقت الشرطة القبض على أسعد الشيباني في دمشق.", kb_dir)
    (event,) = [e for e in events if e.get("type") == "COERCE"]
    assert [a.get("id") for a in event.get("target")] == ["rasd:per/asaad-al-shaibani"]
