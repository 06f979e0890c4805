"""Support and aid told from the receiver's side (rasd.events.receiving): the giver after من is the source, the
subject of a verb of receiving the target. On sentences written for these tests, through the coder over the tests'
small knowledge base."""

from __future__ import annotations

from pathlib import Path

from tests.events.test_events import code, ids
from tests.events.test_sides import only


def test_aid_received_names_the_giver_as_source(kb_dir: Path) -> None:
    _, events = code("وتلقت سوريا مساعدات من السعودية.", kb_dir)
    aid = only(events, "AID")
    assert (ids(aid.get("source")), ids(aid.get("target"))) == (["Q851"], ["Q858"])


def test_support_obtained_and_aid_to_be_received(kb_dir: Path) -> None:
    _, events = code("وحصلت سوريا على الدعم من السعودية.", kb_dir)
    support = only(events, "SUPPORT")
    assert (ids(support.get("source")), ids(support.get("target"))) == (["Q851"], ["Q858"])
    _, events = code("ستحصل سوريا على مساعدات إنسانية من السعودية.", kb_dir)
    aid = only(events, "AID")
    assert (ids(aid.get("source")), ids(aid.get("target"))) == (["Q851"], ["Q858"])
    assert aid.get("aux")["future"]


def test_a_receiver_carried_from_an_earlier_sentence_receives_nothing(kb_dir: Path) -> None:
    _, events = code("وزار أسعد الشيباني الرياض. ويتلقى الدعم منها.", kb_dir)
    assert not [e for e in events if e.get("type") == "SUPPORT"]  # who receives it is not known
