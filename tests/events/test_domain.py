"""Sports reports (rasd.events.domain): their matches and contracts are not political events, while one sports
word in a political report, or a sports report's sentence without one, changes nothing."""

from __future__ import annotations

from pathlib import Path

from tests.events.test_events import code

from rasd.events.modality import is_factual

MATCHES = (
    "وتستكمل مباريات الجولة غداً حيث يلتقي تشيلسي مع باريس سان جيرمان الفرنسي. "
    "وقال المدرب إن اللاعب مستعد للمباراة وإن النادي تعاقد مع لاعبين جدد."
)
NAMES = [("تشيلسي", "ORG", 0), ("باريس سان جيرمان", "ORG", 0)]


def test_a_match_in_a_sports_report_is_not_a_meeting(kb_dir: Path) -> None:
    _, events = code(MATCHES, kb_dir, NAMES)
    match = next(e for e in events if e.get("type") == "CONSULT")
    assert match.get("aux").get("sports") is True
    assert match.get("factual") is False and not is_factual(match.get("aux"))


def test_one_sports_word_does_not_make_a_sports_report(kb_dir: Path) -> None:
    # three sports words in all (below five): the meeting stays a meeting
    text = "ويلتقي تشيلسي مع باريس سان جيرمان في المباراة. وقال المدرب إن اللاعب مستعد."
    _, events = code(text, kb_dir, NAMES)
    meet = next(e for e in events if e.get("type") == "CONSULT")
    assert "sports" not in meet.get("aux")


def test_a_sports_reports_sentence_without_sports_words_keeps_its_events(kb_dir: Path) -> None:
    text = MATCHES + " والتقى وزير الخارجية السعودي عادل الجبير نظيره الأمريكي جون كيري في جدة."
    doc, events = code(text, kb_dir, [*NAMES, ("عادل الجبير", "PER", 0), ("جون كيري", "PER", 0)])
    by_trigger = {doc.span_text(e.get("trigger")): e for e in events if e.get("type") == "CONSULT"}
    assert by_trigger["يلتقي"].get("aux").get("sports") is True
    assert "sports" not in by_trigger["والتقى"].get("aux")
    assert by_trigger["والتقى"].get("factual") is True
