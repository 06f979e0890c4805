"""The auxiliary modes the coder gives an event (rasd.events.modality), on sentences written for these tests, over
the tests' small knowledge base."""

from __future__ import annotations

from pathlib import Path

from tests.events.test_events import code


def aux_of(text: str, kb_dir: Path, trigger: str) -> dict:
    doc, events = code(text, kb_dir)
    (event,) = [e for e in events if doc.span_text(e.get("trigger")) == trigger]
    return event.get("aux")


def test_the_future_prefix_is_read_after_a_conjunction_too(kb_dir: Path) -> None:
    assert aux_of("وسيزور أسعد الشيباني الرياض.", kb_dir, "وسيزور")["future"]
    assert aux_of("سيزور أسعد الشيباني الرياض.", kb_dir, "سيزور")["future"]
    assert aux_of("فستستضيف السعودية اجتماعا للتحالف الدولي.", kb_dir, "فستستضيف")["future"]


def test_a_past_verb_with_a_conjunction_is_no_future(kb_dir: Path) -> None:
    assert not aux_of("وزار أسعد الشيباني الرياض أمس.", kb_dir, "وزار")["future"]
    assert not aux_of("واستضافت السعودية اجتماعا للتحالف الدولي أمس.", kb_dir, "واستضافت")["future"]


def test_a_report_to_come_and_one_made_are_two_events(kb_dir: Path) -> None:
    text = "وستستضيف السعودية اجتماعا للتحالف الدولي. واستضافت السعودية اجتماعا للتحالف الدولي أمس."
    doc, events = code(text, kb_dir)
    hosted = [e for e in events if e.get("type") == "CONSULT"]
    assert [(doc.span_text(e.get("trigger")), bool(e.get("aux")["future"])) for e in hosted] == [
        ("وستستضيف", True),
        ("واستضافت", False),
    ]
