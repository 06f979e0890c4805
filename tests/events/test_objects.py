"""What a rejection, a charge or a show of support is aimed at when its object is someone's words or act
(rasd.events.sides.statement_owner, rasd.events.roles): the author of the statement is the target, and a charge
that is denied is not the denier's. Sentences written for these tests, over the tests' small knowledge base."""

from __future__ import annotations

from pathlib import Path

from tests.events.test_events import code, ids
from tests.events.test_sides import only, texts


def test_whose_statements_are_rejected_is_the_target(kb_dir: Path) -> None:
    doc, events = code("ورفضت السعودية أمس تصريحات فيصل المقداد.", kb_dir)
    reject = only(events, "REJECT")
    assert ids(reject.get("source")) == ["Q851"]
    assert texts(doc, reject.get("target")) == ["فيصل المقداد"]


def test_claims_named_by_a_nationality_are_that_countrys(kb_dir: Path) -> None:
    _, events = code("ونفت الحكومة العراقية المزاعم السورية بشأن الحدود.", kb_dir)
    reject = only(events, "REJECT")
    assert [a.get("country") for a in reject.get("target")] == ["SYR"]


def test_charges_a_ministry_denies_are_the_accusers_not_the_ministrys(kb_dir: Path) -> None:
    doc, events = code("ونفت الوزارة اتهامات المعارضة.", kb_dir)
    reject = only(events, "REJECT")
    assert texts(doc, reject.get("source")) == ["الوزارة"]
    assert texts(doc, reject.get("target")) == ["المعارضة"]
    charges = [e for e in events if e.get("type") == "ACCUSE"]
    assert all(texts(doc, e.get("source")) != ["الوزارة"] for e in charges)


def test_a_plural_noun_after_an_actor_is_its_object_not_its_adjective(kb_dir: Path) -> None:
    doc, events = code("ونفت الحكومة الاتهامات.", kb_dir)
    assert texts(doc, only(events, "REJECT").get("source")) == ["الحكومة"]


def test_an_actor_joined_by_and_before_a_verb_opens_a_new_clause(kb_dir: Path) -> None:
    # a headline of two clauses: the second one's subject is not a second author of the statements
    doc, events = code("السعودية ترفض تصريحات فيصل المقداد والعراق يعتبر أمنه أولوية", kb_dir)
    assert texts(doc, only(events, "REJECT").get("target")) == ["فيصل المقداد"]


def test_the_actor_after_a_plural_verb_opening_a_sentence_is_whom_they_asked(kb_dir: Path) -> None:
    doc, events = code("وطالبوا وزارة التجارة بزيادة الرقابة على الأسواق.", kb_dir)
    request = only(events, "REQUEST")
    assert request.get("source") == []
    assert texts(doc, request.get("target")) == ["وزارة التجارة"]


def test_what_the_charge_after_ب_names_is_not_the_accused(kb_dir: Path) -> None:
    doc, events = code("اتهام مهاجم السفير بالترويج لسوريا", kb_dir)
    assert texts(doc, only(events, "ACCUSE").get("target")) == ["مهاجم"]
    _, events = code("وقضت المحكمة بسجن مواطن لإدانته بالإرهاب عقب سفره إلى سوريا.", kb_dir)
    charges = [e for e in events if e.get("type") == "ACCUSE"]
    assert all("Q858" not in ids(e.get("target")) for e in charges), charges
