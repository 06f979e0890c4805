"""Clause shapes (rasd.events.clauses): whose subject the antecedent of الذي / التي / الذين is, and a named actor
opening the sentence before its verb, through the coder over the tests' small knowledge base."""

from __future__ import annotations

from pathlib import Path

from tests.events.test_events import code
from tests.events.test_sides import only, texts


def test_the_antecedent_of_a_relative_pronoun_is_its_verbs_subject(kb_dir: Path) -> None:
    text = "وأثار خطاب فيصل المقداد غضب العلمانيين الذين تظاهروا أمس في دمشق."
    doc, events = code(text, kb_dir, [("فيصل المقداد", "PER", 0)])
    assert texts(doc, only(events, "PROTEST").get("source")) == ["العلمانيين"]


def test_a_relative_clause_with_its_own_subject_or_a_pronoun_object(kb_dir: Path) -> None:
    # the subject follows the verb: the antecedent is what was rejected, not who rejected it
    _, events = code("وهو الأمر الذي رفض فيصل المقداد إقراره أمس.", kb_dir, [("فيصل المقداد", "PER", 0)])
    assert [a.get("id") for a in only(events, "REJECT").get("source")] == ["rasd:per/old-minister"]
    # قتلته: the antecedent is the object (the pronoun), the forces after the verb killed him
    _, events = code("وشيع أمس الشاب الذي قتلته قوات سوريا الديمقراطية في الحسكة.", kb_dir)
    assert [a.get("id") for a in only(events, "ASSAULT").get("source")] == ["rasd:org/sdf"]


def test_a_named_actor_opening_the_sentence_before_its_verb_acts(kb_dir: Path) -> None:
    # a headline's order: the subject first, and the count after the verb is whom it struck
    _, events = code("سوريا تقصف 5 من عناصر تنظيم داعش في العراق.", kb_dir)
    attack = only(events, "ASSAULT")
    assert [a.get("id") for a in attack.get("source")] == ["Q858"]
    assert [a.get("id") for a in attack.get("target")] == ["Q2429253"]


def test_a_reported_clause_opened_by_a_bare_an_has_its_own_subject(kb_dir: Path) -> None:
    # the commanders refused, named or not: never the sources who told of it, nor "participation" as a target
    doc, events = code("وقالت المصادر إن بعض قادة الفرق العسكرية رفضوا المشاركة في القتال.", kb_dir)
    sides = [texts(doc, e.get(role)) for e in events if e.get("type") == "REJECT" for role in ("source", "target")]
    assert ["المصادر"] not in sides and ["المشاركة"] not in sides
    # a subject the coder knows is found as before, and أنه (the reporter itself) keeps its own rule
    doc, events = code("وقالت المصادر إن الحكومة السورية رفضت الطلب.", kb_dir)
    assert texts(doc, only(events, "REJECT").get("source")) == ["الحكومة السورية"]


def test_an_informant_tells_of_an_act_and_does_not_do_it() -> None:
    from rasd.analysis import load_pipeline
    from rasd.document import Document

    pipeline = load_pipeline()  # the whole pipeline: the quotes stage names the informant as the speaker
    for text in ("وقال مصدر أمني إنه تم الإفراج عن المعتقلين أمس.", "وقالت مصادر مطلعة إن الإفراج عن المعتقلين تم أمس."):
        doc = pipeline(Document(text, meta={"published": "2026-02-10"}))
        release = only(doc.layer("events"), "CONCEDE")
        assert texts(doc, release.get("source")) == [] and texts(doc, release.get("target")) == ["المعتقلين"]


def test_a_document_that_tells_of_a_visit_did_not_make_it() -> None:
    from rasd.analysis import load_pipeline
    from rasd.document import Document

    text = 'وكشفت وثيقة تخطيط لتلك الجولة تم تسريبها لصحيفة "واشنطن بوست" أن التدابير الأمنية للزيارة إلى السنغال شملت حاملة طائرات.'
    doc = load_pipeline()(Document(text, meta={"published": "2015-07-23"}))
    visit = only(doc.layer("events"), "CONSULT")
    assert texts(doc, visit.get("source")) == [] and texts(doc, visit.get("target")) == ["السنغال"]


def test_a_verbal_nouns_doer_is_read_past_the_place_and_time_before_its_object(kb_dir: Path) -> None:
    text = "جاء ذلك لدى استقبال أسعد الشيباني في قصر الشعب بدمشق أمس لوزير الخارجية العراقي."
    doc, events = code(text, kb_dir)
    (met,) = [e for e in events if e.get("type") == "CONSULT"]
    assert [doc.span_text(a) for a in met.get("source")] == ["أسعد الشيباني"]
    assert [doc.span_text(a) for a in met.get("target")] == ["وزير الخارجية العراقي"]


def test_past_the_place_a_lam_word_that_names_no_one_leaves_the_genitive_as_it_was(kb_dir: Path) -> None:
    doc, events = code("وجاء ذلك خلال استقبال الرئيس في دمشق لمدة ساعة وفدا عراقيا.", kb_dir)
    (met,) = [e for e in events if e.get("type") == "CONSULT"]
    assert [doc.span_text(a) for a in met.get("source")] == []


def test_only_a_place_after_fi_is_read_past(kb_dir: Path) -> None:
    # في تأمين المحتجزين التابعين للتنظيم: an act, not a place; the ل-phrase after it is not the support's object
    text = "وتعهد التحالف الدولي بمواصلة دعم الحكومتين السورية والعراقية في تأمين المحتجزين التابعين للتنظيم."
    doc, events = code(text, kb_dir)
    (support,) = [e for e in events if e.get("type") == "SUPPORT"]
    assert {doc.span_text(a) for a in support.get("target")} == {"الحكومتين السورية والعراقية"}


def test_a_verbal_noun_of_manner_with_ba_acts_with_the_opening_verbs_subject(kb_dir: Path) -> None:
    _, events = code("أغلقت سوريا بالتنسيق مع العراق المعبر الحدودي.", kb_dir)
    (coordinated,) = [e for e in events if e.get("type") == "COOPERATE"]
    assert [a.get("id") for a in coordinated.get("source")] == ["Q858"]
    assert [a.get("id") for a in coordinated.get("target")] == ["Q796"]
