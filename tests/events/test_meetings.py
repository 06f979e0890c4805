"""Meetings and visits (CONSULT): where they were held, what arrived, who the pronoun on a visit names, and
titles of several words before a name; on sentences written for these tests, over the tests' small knowledge
base."""

from __future__ import annotations

from pathlib import Path

from tests.events.test_events import code
from tests.events.test_sides import texts
from tests.minikb import linked_document

from rasd.events.code import EventsStage
from rasd.kb.store import load


def consults(text: str, kb_dir: Path, ner: list[tuple[str, str, int]] | tuple[()] = ()) -> list:
    doc, events = code(text, kb_dir, ner)
    return [(e, doc) for e in events if e.get("type") == "CONSULT"]


def test_a_place_after_bi_is_where_a_summit_met_not_whom_it_met(kb_dir: Path) -> None:
    # قمة ... بالرياض: in Riyadh; a summit with no party named is no event with a side
    for text in ("وعقدت أول قمة بين رؤساء الدول الخمس بالرياض في حزيران 2009.",
                 "وانطلق مؤتمر الطلبة السعوديين التاسع بمدينة الرياض أمس."):
        for ev, doc in consults(text, kb_dir):
            assert "الرياض" not in texts(doc, ev.get("target")), text
    # a person met with ب stays whom they met
    ((ev, doc),) = consults("واجتمع أسعد الشيباني بوزير الخارجية السعودي في الرياض أمس.", kb_dir)
    assert texts(doc, ev.get("target")) == ["وزير الخارجية السعودي"]


def test_a_plane_that_arrives_makes_no_visit(kb_dir: Path) -> None:
    text = "وأرسلت السعودية المساعدات إلى سوريا، ووصلت اليوم (الخميس) ثاني طائرة إلى مطار دمشق."
    assert [doc.span_text(ev.get("trigger")) for ev, doc in consults(text, kb_dir)] == []
    # past an aside in dashes
    text = "وأرسلت السعودية المساعدات إلى سوريا، ووصلت -بحمد الله- هذا اليوم أول طائرة إلى مطار دمشق."
    assert [doc.span_text(ev.get("trigger")) for ev, doc in consults(text, kb_dir)] == []
    # and whoever received the plane met no one, however the subject before was carried over
    text = "وقدمت السعودية المساعدات الإنسانية للعراق أمس. وكان في استقبال الطائرة لحظة وصولها وزير الخارجية العراقي."
    assert [doc.span_text(ev.get("trigger")) for ev, doc in consults(text, kb_dir)] == []
    # a minister flying in visits
    ((ev, doc),) = consults("ووصل أسعد الشيباني اليوم على متن طائرة خاصة إلى الرياض.", kb_dir)
    assert texts(doc, ev.get("source")) == ["أسعد الشيباني"]


def test_a_count_that_reaches_a_number_makes_no_visit(kb_dir: Path) -> None:
    # a count read as a name (as a tagger may read راكبا) is still a count
    ner = [("راكبا", "PER", 0)]
    for text in (
        "وكشفت البيانات أن عدد الركاب القادمين وصل إلى 43.928.658 راكبا.",
        "ووصل عدد الركاب المغادرين خلال العام الماضي إلى 42.887.050 راكبا.",
    ):
        assert [doc.span_text(ev.get("trigger")) for ev, doc in consults(text, kb_dir, ner)] == []
    # a minister arrives
    ((ev, doc),) = consults("ووصل أسعد الشيباني اليوم إلى الرياض.", kb_dir)
    assert texts(doc, ev.get("target")) == ["الرياض"]


def test_a_visits_pronoun_names_the_subject_not_a_body_after_a_preposition(kb_dir: Path) -> None:
    text = "وأعرب أسعد الشيباني، وهو من أبرز الشخصيات في التحالف الدولي، عن دعمه للاتفاق خلال زيارته للسعودية."
    visit = next(ev for ev, _ in consults(text, kb_dir) if ev.get("mode") == "visit")
    assert [a.get("id") for a in visit.get("source")] == ["rasd:per/asaad-al-shaibani"]


def test_a_deputy_crown_princes_title_is_one_actor_with_his_name(kb_dir: Path) -> None:
    ((ev, doc),) = consults("واستقبل ولي ولي العهد أسعد الشيباني أمس وزير الخارجية السعودي.", kb_dir)
    assert texts(doc, ev.get("source")) == ["ولي ولي العهد أسعد الشيباني"]


def test_a_place_after_a_visit_noun_is_the_place_visited(kb_dir: Path) -> None:
    # قام الوزير بزيارة سوريا: Syria is visited, the minister visits (not Syria's visit); زيارة قطر إلى: Qatar goes
    ((ev, doc),) = consults("وقام أسعد الشيباني بزيارة السعودية أمس.", kb_dir)
    assert texts(doc, ev.get("source")) == ["أسعد الشيباني"]
    assert [a.get("id") for a in ev.get("target")] == ["Q851"]
    ((ev, doc),) = consults("وتأتي زيارة العراق إلى السعودية في ظرف دقيق.", kb_dir)
    assert [a.get("id") for a in ev.get("source")] == ["Q796"]


def test_who_carries_out_the_visit_in_a_relative_clause_is_its_source(kb_dir: Path) -> None:
    # زيارة يقوم بها X: X visits; الهجوم الذي قام به X: X attacked
    ((ev, doc),) = consults("تزامنا مع زيارة يقوم بها أسعد الشيباني للسعودية، تشددت الإجراءات الأمنية.", kb_dir)
    assert texts(doc, ev.get("source")) == ["أسعد الشيباني"]
    doc, events = code("وجاء الهجوم الذي قام به تنظيم داعش على الفندق بعد يومين.", kb_dir)
    attack = next(e for e in events if e.get("type") == "ASSAULT")
    assert [a.get("id") for a in attack.get("source")] == ["Q2429253"]


def test_a_visit_told_of_before_is_the_earlier_visitors_not_the_clause_subjects(kb_dir: Path) -> None:
    text = "ووصل أسعد الشيباني إلى الرياض أمس. وقالت وزارة الدفاع إن التدابير الأمنية للزيارة إلى السعودية كانت مشددة."
    (later,) = [ev for ev, doc in consults(text, kb_dir) if doc.span_text(ev.get("trigger")) == "للزيارة"]
    assert [a.get("id") for a in later.get("source")] == ["rasd:per/asaad-al-shaibani"]
    # a light verb that carries the visit out still names its visitor
    ((ev, doc),) = consults("وقام التحالف الدولي بالزيارة إلى الرياض أمس.", kb_dir)
    assert texts(doc, ev.get("source")) == ["التحالف الدولي"]


def test_a_visit_after_affairs_or_a_visa_is_a_field_not_an_act(kb_dir: Path) -> None:
    assert consults("وأوضح مدير إدارة شؤون الزيارة أسعد الشيباني أن الإجراءات ميسرة.", kb_dir) == []
    assert consults("وتمنح السعودية تأشيرة الزيارة لأسعد الشيباني.", kb_dir) == []


def test_a_phone_call_with_a_news_agency_is_an_interview_not_a_consultation() -> None:
    # the shipped knowledge base, which knows Reuters as a news medium (sector MED)
    doc = linked_document(
        "وأضاف أسعد الشيباني في اتصال هاتفي مع وكالة رويترز أن الاجتماع كان مثمرا.",
        load(),
        [("أسعد الشيباني", "PER", 0)],
    )
    EventsStage()(doc)
    assert [e for e in doc.layer("events") if e.get("type") == "CONSULT"] == []
