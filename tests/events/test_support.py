"""SUPPORT events (recognition, praise): whom they are for, on sentences written for these tests, over the tests'
small knowledge base."""

from __future__ import annotations

from pathlib import Path

from tests.events.test_events import code
from tests.events.test_sides import only, texts


def test_a_state_recognized_after_bi_is_the_target(kb_dir: Path) -> None:
    # بدولة: ب written onto a word the clitic guard keeps whole, the name the linker read after it
    doc, events = code("واعترفت السعودية بحكومة سوريا أمس.", kb_dir)
    support = only(events, "SUPPORT")
    assert support.get("mode") == "recognize"
    assert [a.get("id") for a in support.get("source")] == ["Q851"]
    assert "سوريا" in " ".join(texts(doc, support.get("target")))


def test_an_act_admitted_is_no_recognition(kb_dir: Path) -> None:
    # اعترف بتدخل إيران / اعترف بأن: admitted, no state recognized
    for text in ("وقال الوزير إن أسعد الشيباني اعترف بتدخل سوريا في العراق.", "واعترف أسعد الشيباني بأن سوريا أخطأت."):
        _doc, events = code(text, kb_dir)
        assert [e for e in events if e.get("mode") == "recognize"] == [], text


def test_a_preposition_on_the_first_word_of_an_actor_phrase_is_left_out(kb_dir: Path) -> None:
    # لخادم الحرمين الشريفين: ل on the first word of one of agents.tsv's phrases
    doc, events = code("وقدم الوزير التهنئة لخادم الحرمين الشريفين.", kb_dir)
    assert texts(doc, only(events, "SUPPORT").get("target")) == ["خادم الحرمين الشريفين"]


def test_a_past_form_after_a_pronoun_subject_is_a_noun_not_a_verb(kb_dir: Path) -> None:
    # فهو حتى الآن طالب في جامعة: "he is still a student", no demand; وهو يطالب: a present verb still calls
    text = "وتحدث أسعد الشيباني عن ابنه فقال: فهو حتى الآن طالب في جامعة دمشق."
    _doc, events = code(text, kb_dir, [("أسعد الشيباني", "PER", 0), ("جامعة دمشق", "ORG", 0)])
    assert [e for e in events if e.get("type") == "REQUEST"] == []
    doc, events = code("وهو يطالب الحكومة السورية بالتحرك.", kb_dir)
    assert texts(doc, only(events, "REQUEST").get("target")) == ["الحكومة السورية"]


def test_a_verb_form_after_a_preposition_is_its_noun_whose_genitive_is_urged(kb_dir: Path) -> None:
    # no verb follows في: حث is the noun, البرلمان whom it urged, the subject of نجح who urged
    doc, events = code("ونجح أسعد الشيباني أمس في حث التحالف الدولي على الموافقة على الخطة.", kb_dir)
    request = only(events, "REQUEST")
    assert [a.get("id") for a in request.get("source")] == ["rasd:per/asaad-al-shaibani"]
    assert texts(doc, request.get("target")) == ["التحالف الدولي"]
