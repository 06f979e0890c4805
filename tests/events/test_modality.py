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


def test_what_may_happen_is_hypothetical(kb_dir: Path) -> None:
    text = "ورصدت الوزارة مكافأة لقاء أي معلومات يمكن أن تقود إلى اعتقال المسلحين."
    assert aux_of(text, kb_dir, "اعتقال")["hypothetical"]
    assert aux_of("وذكرت تقارير أن أسعد الشيباني قد يزور الرياض.", kb_dir, "يزور")["hypothetical"]
    # قد before a past tense (or after كان) is "has", the act done; and a modal word before a comma is not its
    assert not aux_of("وقد استضافت السعودية اجتماعا للتحالف الدولي أمس.", kb_dir, "استضافت")["hypothetical"]
    text = "وقال إن ذلك ربما يكون صحيحا، واستضافت السعودية اجتماعا للتحالف الدولي أمس."
    assert not aux_of(text, kb_dir, "واستضافت")["hypothetical"]


def test_what_is_asked_about_is_hypothetical(kb_dir: Path) -> None:
    assert aux_of("لكن السؤال هو هل ستقبل الرياض الانضمام إلى التحالف الدولي؟", kb_dir, "الانضمام")["hypothetical"]
    assert not aux_of("وقبلت الرياض الانضمام إلى التحالف الدولي.", kb_dir, "الانضمام")["hypothetical"]


def test_what_is_scheduled_or_expected_is_future(kb_dir: Path) -> None:
    assert aux_of("ومن المقرر أن يزور أسعد الشيباني الرياض.", kb_dir, "يزور")["future"]
    assert aux_of("ومن المتوقع أن يزور أسعد الشيباني الرياض.", kb_dir, "يزور")["future"]


def test_a_negated_question_asserts_what_it_asks(kb_dir: Path) -> None:
    text = "أليست سوريا من انضم إلى التحالف الدولي؟ وقال الوزير ذلك."
    assert not aux_of(text, kb_dir, "انضم")["hypothetical"]


def test_a_refusal_past_a_time_set_off_by_commas_still_governs(kb_dir: Path) -> None:
    text = "رفضت دائرة العرض في هيئة التحقيق، أمس، إطلاق سراح أسعد الشيباني."
    assert aux_of(text, kb_dir, "إطلاق سراح")["negated"]
    assert not aux_of("ورفضت سوريا المقترح، وأعلنت إطلاق سراح أسعد الشيباني.", kb_dir, "إطلاق سراح")["negated"]


def test_what_is_traded_for_is_a_term_not_an_act(kb_dir: Path) -> None:
    text = "ووافقت سوريا على الانضمام إلى التحالف الدولي مقابل رفع العقوبات عن العراق."
    assert aux_of(text, kb_dir, "رفع العقوبات")["hypothetical"]


def test_a_call_reaches_its_own_preposition_past_a_long_subject(kb_dir: Path) -> None:
    text = "ودعا وزير الخارجية السوري ورئيس وفد بلاده إلى مؤتمر المانحين في الرياض أسعد الشيباني إلى الإفراج عن المعتقلين."
    assert aux_of(text, kb_dir, "الإفراج")["future"]


def test_an_act_to_be_discussed_is_hypothetical_a_topic_is_not(kb_dir: Path) -> None:
    # lifting the sanctions is what the trip is to discuss; the visit a sentence is about took place
    assert aux_of("توجه أسعد الشيباني إلى الرياض لمناقشة رفع العقوبات عن سوريا.", kb_dir, "رفع العقوبات")[
        "hypothetical"
    ]
    assert not aux_of(
        "وحول زيارة أسعد الشيباني إلى الرياض، قال المتحدث إنها كانت ناجحة.", kb_dir, "زيارة"
    )["hypothetical"]


def test_what_a_decision_paves_the_way_for_is_future(kb_dir: Path) -> None:
    aux = aux_of("وافق مجلس الأمن على القرار، مما يمهد الطريق أمام رفع العقوبات عن سوريا.", kb_dir, "رفع العقوبات")
    assert aux["future"]


def test_what_a_crowd_calls_for_in_passing_is_future(kb_dir: Path) -> None:
    # داعين: the participle of a call made while gathering; the rejection is asked for, not made
    assert aux_of("تجمع متظاهرون في دمشق داعين العراق إلى رفض الاتفاق.", kb_dir, "رفض")["future"]


def test_what_a_law_bars_did_not_happen(kb_dir: Path) -> None:
    assert aux_of("حيث تحظر القوانين ترحيل المعتقلين إلى سوريا.", kb_dir, "ترحيل")["negated"]


def test_an_agreement_to_be_reached_is_future(kb_dir: Path) -> None:
    # the reforms are required to reach a deal; none was reached yet (after one was reached, it was)
    text = "وأبلغ الوزير البرلمان بالإصلاحات المطلوبة للتوصل الى اتفاق مع سوريا."
    assert aux_of(text, kb_dir, "اتفاق")["future"]
    assert not aux_of("وبعد التوصل إلى اتفاق مع سوريا، قال الوزير.", kb_dir, "اتفاق")["future"]


def test_what_is_not_decided_or_accepted_is_negated(kb_dir: Path) -> None:
    assert aux_of("ولم تقرر سوريا الانسحاب من العراق.", kb_dir, "الانسحاب")["negated"]
    assert not aux_of("وقررت سوريا الانسحاب من العراق.", kb_dir, "الانسحاب")["negated"]


def test_a_question_closing_the_document_is_seen(kb_dir: Path) -> None:
    # the question mark follows the document's last word: no word after it carries it
    assert aux_of("وقررت سوريا الانضمام إلى التحالف الدولي؟", kb_dir, "الانضمام")["hypothetical"]
    assert not aux_of("وقررت سوريا الانضمام إلى التحالف الدولي.", kb_dir, "الانضمام")["hypothetical"]


def test_who_or_why_asks_about_an_act_taken_as_done(kb_dir: Path) -> None:
    # لماذا اعتقلت الشرطة ...؟ asks why of an arrest that took place; هل asks whether it did
    assert not aux_of("لماذا اعتقلت الشرطة أسعد الشيباني؟", kb_dir, "اعتقلت")["hypothetical"]
    assert aux_of("هل اعتقلت الشرطة أسعد الشيباني؟", kb_dir, "اعتقلت")["hypothetical"]
