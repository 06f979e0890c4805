"""Offices and embassies as actors (rasd.events.offices): a post or a mission acts, and is struck, for the body
or the state whose it is. Sentences written for these tests, over the tests' small knowledge base."""

from __future__ import annotations

from pathlib import Path

from tests.events.test_events import code
from tests.events.test_sides import only, texts


def test_a_car_bomb_outside_an_embassy_struck_the_embassy(kb_dir: Path) -> None:
    doc, events = code("وانفجرت سيارة مفخخة أمس خارج مبنى السفارة العراقية في دمشق.", kb_dir)
    target = only(events, "ASSAULT").get("target")
    assert texts(doc, target) == ["السفارة العراقية"]
    assert target[0].get("country") == "IRQ"


def test_an_embassy_named_by_its_states_adjective_speaks_for_that_government(kb_dir: Path) -> None:
    doc, events = code("وطالبت السفارة العراقية في دمشق الحكومة السورية بالإفراج عن المعتقلين.", kb_dir)
    request = only(events, "REQUEST")
    assert texts(doc, request.get("source")) == ["السفارة العراقية"]
    assert [(a.get("country"), a.get("sector")) for a in request.get("source")] == [("IRQ", "GOV")]


def test_an_office_before_whose_it_is_acts_for_that_body(kb_dir: Path) -> None:
    _, events = code("وقال قائد الجيش إن قواته قصفت مواقع داعش.", kb_dir)
    assault = only(events, "ASSAULT")
    assert [a.get("sector") for a in assault.get("source")] == ["MIL"]


def test_an_administration_named_by_its_head_or_nationality_is_that_government(kb_dir: Path) -> None:
    doc, events = code("ودعت السعودية إدارة الرئيس السوري فيصل المقداد إلى التراجع عن القرار.", kb_dir)
    target = only(events, "REQUEST").get("target")
    assert texts(doc, target) == ["إدارة الرئيس السوري فيصل المقداد"]
    assert [(a.get("id"), a.get("country"), a.get("sector")) for a in target] == [(None, "SYR", "GOV")]
    doc, events = code("وانتقدت السعودية الإدارة العراقية بشدة أمس.", kb_dir)
    assert [(a.get("country"), a.get("sector")) for a in only(events, "ACCUSE").get("target")] == [("IRQ", "GOV")]


def test_an_office_written_with_a_preposition_starts_after_it(kb_dir: Path) -> None:
    doc, events = code("وقدم محافظ المدينة شكره لمدير شرطة المنطقة على جهوده.", kb_dir)
    assert texts(doc, only(events, "SUPPORT").get("target")) == ["مدير شرطة المنطقة"]
