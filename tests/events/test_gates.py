"""Triggers written apart from the verb that licenses them (lexicon flag ``after:``), and verbs in the future
that govern a verbal noun (governors.tsv's imperfect forms, modality's future governor). On sentences written for
these tests, through the coder over the tests' small knowledge base."""

from __future__ import annotations

from pathlib import Path

from tests.events.test_events import code, ids
from tests.events.test_modality import aux_of
from tests.events.test_sides import only, texts


def test_sanctions_imposed_with_the_subject_between_verb_and_noun(kb_dir: Path) -> None:
    _, events = code("فرضت السعودية عقوبات على سوريا.", kb_dir)
    sanction = only(events, "SANCTION")
    assert ids(sanction.get("source")) == ["Q851"]
    assert ids(sanction.get("target")) == ["Q858"]
    assert not sanction.get("aux")["future"]


def test_aid_given_with_the_subject_between_verb_and_noun(kb_dir: Path) -> None:
    _, events = code("وقدمت السعودية مساعدات لسوريا.", kb_dir)
    aid = only(events, "AID")
    assert (ids(aid.get("source")), ids(aid.get("target"))) == (["Q851"], ["Q858"])


def test_a_bare_penalty_or_a_mention_of_aid_is_no_event(kb_dir: Path) -> None:
    # عقوبة السجن is a court's sentence; المساعدات arriving names no one who gave them
    _, events = code("حكمت المحكمة بعقوبة السجن على المتهم في دمشق.", kb_dir)
    assert not [e for e in events if e.get("type") == "SANCTION"]
    _, events = code("وصلت المساعدات إلى سوريا.", kb_dir)
    assert not [e for e in events if e.get("type") == "AID"]


def test_sanctions_and_aid_to_come_are_future_with_their_giver(kb_dir: Path) -> None:
    _, events = code("ستفرض السعودية عقوبات على سوريا.", kb_dir)
    sanction = only(events, "SANCTION")
    assert ids(sanction.get("source")) == ["Q851"] and sanction.get("aux")["future"]
    _, events = code("سوف تقدم السعودية مساعدات لسوريا.", kb_dir)  # سوف, then the bare imperfect
    aid = only(events, "AID")
    assert ids(aid.get("source")) == ["Q851"] and aid.get("aux")["future"]


def test_a_meeting_to_be_held_is_future_and_its_holders(kb_dir: Path) -> None:
    _, events = code("سيعقد أسعد الشيباني اجتماعا مع وزير الخارجية العراقي.", kb_dir)
    meeting = only(events, "CONSULT")
    assert ids(meeting.get("source")) == ["rasd:per/asaad-al-shaibani"]
    assert meeting.get("aux")["future"]


def test_the_future_reaches_no_noun_past_a_purpose(kb_dir: Path) -> None:
    # the meeting is to come; the attack it will discuss is not
    assert not aux_of("ستعقد السعودية اجتماعا لبحث الهجوم على دمشق.", kb_dir, "الهجوم")["future"]


def test_an_ongoing_campaign_names_its_author_in_the_relative_clause(kb_dir: Path) -> None:
    doc, events = code("وقال المبعوث إن الغارات التي تشنها قوات النظام السوري على دمشق تسببت بدمار.", kb_dir)
    raids = only(events, "ASSAULT")
    assert texts(doc, raids.get("source")) == ["قوات"]
    assert raids.get("source")[0].get("sector") == "MIL"


def test_sanctions_lifted_with_the_subject_between_verb_and_noun(kb_dir: Path) -> None:
    _, events = code("ورفعت السعودية العقوبات عن سوريا.", kb_dir)
    lifted = only(events, "CONCEDE")
    assert (ids(lifted.get("source")), ids(lifted.get("target"))) == (["Q851"], ["Q858"])
    assert lifted.get("mode") == "ease"
    assert not [e for e in events if e.get("type") == "SANCTION"]  # lifted, not imposed
    _, events = code("سترفع السعودية الحظر عن سوريا.", kb_dir)
    assert only(events, "CONCEDE").get("aux")["future"]


def test_a_verb_that_only_licenses_a_noun_governs_no_other(kb_dir: Path) -> None:
    # منحت licenses aid; رفعت (raised pictures) is no verb whose subject carries out the attack after it
    _, events = code("منحت السعودية مساعدات لسوريا.", kb_dir)
    assert ids(only(events, "AID").get("source")) == ["Q851"]
    _, events = code("ورفعت السعودية صور الهجوم على دمشق.", kb_dir)
    assert "Q851" not in [a.get("id") for e in events if e.get("type") == "ASSAULT" for a in e.get("source")]


def test_forces_withdrawn_or_deployed_with_the_subject_between(kb_dir: Path) -> None:
    _, events = code("وسحبت السعودية قواتها من العراق.", kb_dir)
    retreat = only(events, "RETREAT")
    assert (ids(retreat.get("source")), ids(retreat.get("target"))) == (["Q851"], ["Q796"])
    _, events = code("ونشرت السعودية قواتها على الحدود مع العراق.", kb_dir)
    assert ids(only(events, "MOBILIZE").get("source")) == ["Q851"]


def test_a_licensed_noun_with_a_preposition_on_it_is_no_object(kb_dir: Path) -> None:
    # نشرت الصحيفة صوراً لقواتها: a newspaper published pictures of its forces; nothing was deployed
    _, events = code("ونشرت الصحيفة صورا لقواتها.", kb_dir)
    assert not [e for e in events if e.get("type") == "MOBILIZE"]
