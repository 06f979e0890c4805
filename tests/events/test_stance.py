"""Whose act a statement names (rasd.events.stance): a condemnation, a call, a charge or a threat names an act
that is not (or, for a threat, is) the speaker's own. Sentences written for these tests, coded over the tests'
small knowledge base (tests/minikb.py); the last through the whole pipeline, for its quotes."""

from __future__ import annotations

from pathlib import Path

from tests.events.test_events import code
from tests.events.test_sides import only, texts

from rasd.analysis import load_pipeline
from rasd.document import Document

ISIS, IRAQ, SAUDI, BAGHDAD = "Q2429253", "Q796", "Q851", "Q1530"


def ids(actors: list) -> list[str | None]:
    return [a.get("id") for a in actors]


def test_who_condemns_an_attack_did_not_carry_it_out(kb_dir: Path) -> None:
    for text in ("وأدانت الحكومة العراقية الهجوم على دمشق أمس.", "وندد العراق بالهجوم الإرهابي في دمشق أمس."):
        _, events = code(text, kb_dir)
        attack = only(events, "ASSAULT")
        assert attack.get("source") == [], text
        # no author named: a condemnation with no one condemned is not coded
        assert not [e for e in events if e.get("type") == "ACCUSE"], text


def test_a_condemnation_targets_the_named_author_of_the_act(kb_dir: Path) -> None:
    doc, events = code("وأدانت الحكومة العراقية الهجوم الذي شنه تنظيم داعش على بغداد أمس.", kb_dir)
    condemn, attack = only(events, "ACCUSE"), only(events, "ASSAULT")
    assert texts(doc, condemn.get("source")) == ["الحكومة العراقية"]
    assert ids(condemn.get("target")) == [ISIS]
    assert ids(attack.get("source")) == [ISIS]


def test_the_one_called_on_acts_not_the_caller(kb_dir: Path) -> None:
    _, events = code("ودعت السعودية العراق إلى الإفراج عن المعتقلين.", kb_dir)
    call, release = only(events, "REQUEST"), only(events, "CONCEDE")
    assert (ids(call.get("source")), ids(call.get("target"))) == ([SAUDI], [IRAQ])
    assert ids(release.get("source")) == [IRAQ]
    assert release.get("aux")["future"]
    # a call with no one named: the release is nobody's yet, least of all the caller's
    _, events = code("وطالب العراق بالإفراج عن المعتقلين.", kb_dir)
    assert only(events, "CONCEDE").get("source") == []
    # a call to strike is the caller's own protest: it organizes it
    doc, events = code("ودعت نقابة المعلمين في بغداد إلى الإضراب.", kb_dir)
    assert texts(doc, only(events, "PROTEST").get("source")) == ["نقابة المعلمين"]


def test_a_threat_targets_what_it_threatens_and_has_not_happened(kb_dir: Path) -> None:
    _, events = code("وهدد تنظيم داعش بقصف بغداد.", kb_dir)
    threat, shelling = only(events, "THREATEN"), only(events, "ASSAULT")
    assert (ids(threat.get("source")), ids(threat.get("target"))) == ([ISIS], [BAGHDAD])
    assert shelling.get("aux")["future"]


def test_a_verbal_noun_after_a_verb_and_its_subject_is_its_object(kb_dir: Path) -> None:
    # قصف is a past verb and a verbal noun: after أدان and its subject, it is what was condemned
    doc, events = code("وأدان العراق قصف المدينة أمس.", kb_dir)
    shelling = only(events, "ASSAULT")
    assert doc.span_text(shelling.get("trigger")) == "قصف"
    assert IRAQ not in ids(shelling.get("source"))


def test_the_day_before_yesterday_is_not_whom_an_attack_struck(kb_dir: Path) -> None:
    doc, events = code("واختطف مسلحون أول أمس ضابطا في بغداد.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("target")) == ["ضابطا"]


def test_the_one_called_on_acts_through_a_verbal_noun_between(kb_dir: Path) -> None:
    # طالب X العراق بزيادة المساعدات: Iraq is asked to give more aid; the aid, not yet given, is Iraq's
    _, events = code("وطالبت السعودية العراق بزيادة المساعدات الإنسانية لسوريا.", kb_dir)
    aid = only(events, "AID")
    assert ids(aid.get("source")) == [IRAQ]
    assert aid.get("aux")["future"]


def test_who_announces_its_own_strike_carried_it_out() -> None:
    # the whole pipeline, so the announcer is a quote's speaker (who reports an attack is not its author,
    # unless أنه / أنها before a light verb and its verbal noun name the announcer itself)
    pipeline = load_pipeline()
    for text in (
        "وأعلن الجيش الإسرائيلي أنه شن غارات على أهداف لحركة حماس في قطاع غزة.",
        "وأعلنت وزارة الدفاع الأمريكية أنها نفذت ضربة جوية في سوريا.",
    ):
        doc = pipeline(Document(text, meta={"published": "2015-07-23"}))
        attack = only(doc.layer("events"), "ASSAULT")
        assert texts(doc, attack.get("source")) == [text.split(" أن")[0].split(" ", 1)[1]], text
    # إنه before a killing verb is the pronoun of the matter: the police report the dead, they did not kill
    doc = pipeline(Document("وقالت الشرطة إنه قتل ثلاثة أشخاص في بغداد.", meta={"published": "2015-07-23"}))
    assert only(doc.layer("events"), "ASSAULT").get("source") == []


def test_forces_named_by_a_pronoun_in_a_statement_are_the_speakers_own() -> None:
    pipe = load_pipeline()
    doc = pipe(Document("قال الجيش التركي في بيان أمس إن طائراته قصفت مجموعة من المتمردين الأكراد."))
    attack = only(doc.layer("events"), "ASSAULT")
    assert texts(doc, attack.get("source")) == ["طائراته"]
    assert attack.get("source")[0].get("country") == "TUR"
    assert attack.get("source")[0].get("id") == next(
        e.get("id") for e in doc.layer("entities") if doc.text[e.start : e.end] == "الجيش التركي"
    )
    # a pronoun with an antecedent of its own in the statement is not the speaker's
    doc = pipe(Document("وقالت الوزارة إن القيادة التي توجه عناصرها من الخارج هاجمت المدينة أمس."))
    for ev in doc.layer("events"):
        assert all(a.get("id") is None for a in ev.get("source") if doc.text[a.start : a.end] == "عناصرها")


def test_an_attack_discussed_is_not_the_discussers_act(kb_dir: Path) -> None:
    # the minister took the attack up in talks; he did not carry it out
    _, events = code("وبحث أسعد الشيباني الهجوم على دمشق.", kb_dir)
    attack = only(events, "ASSAULT")
    assert "rasd:per/asaad-al-shaibani" not in [a.get("id") for a in attack.get("source")]
