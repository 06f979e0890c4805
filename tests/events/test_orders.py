"""Who an act belongs to when no verb governs it: the giver of an order that names it, the owner named after
forces that moved; on sentences written for these tests, over the tests' small knowledge base."""

from __future__ import annotations

from pathlib import Path

from tests.events.test_events import code
from tests.events.test_sides import only, texts


def test_an_act_a_directive_names_is_done_by_whoever_gave_it(kb_dir: Path) -> None:
    text = "وإنفاذاً لتوجيهات أسعد الشيباني، القاضية بتقديم المساعدات الإنسانية للعراق، أمر المسؤولون بتأمين الطائرات."
    _, events = code(text, kb_dir)
    aid = only(events, "AID")
    assert [a.get("id") for a in aid.get("source")] == ["rasd:per/asaad-al-shaibani"]
    # with a verb governing it, the verb's subject gives it
    _, events = code("وقدمت السعودية المساعدات الإنسانية للعراق بتوجيه من أسعد الشيباني.", kb_dir)
    assert [a.get("id") for a in only(events, "AID").get("source")] == ["Q851"]


def test_reinforcements_struck_belong_to_whom_they_are_said_to_belong(kb_dir: Path) -> None:
    for text in (
        "واستهدف طيران التحالف الدولي تعزيزات عسكرية تابعة لميليشيات الحوثي أمس.",
        "وقصف طيران التحالف الدولي أمس تعزيزات عسكرية تتبع ميليشيات الحوثي.",
    ):
        doc, events = code(text, kb_dir)
        assert texts(doc, only(events, "MOBILIZE").get("source")) == ["ميليشيات الحوثي"]
