"""Who acts in an event (rasd.events.roles, rasd.events.args): light verbs that govern a verbal noun, actor
phrases of several words, and the act a charge names. Sentences written for these tests, coded over the tests'
small knowledge base (tests/minikb.py)."""

from __future__ import annotations

from pathlib import Path

from tests.events.test_events import code, ids
from tests.events.test_sides import only, texts
from tests.minikb import linked_document

from rasd.dates.stage import DatesStage
from rasd.events.code import EventsStage
from rasd.kb.store import load


def test_talks_held_in_the_accusative_are_a_meeting(kb_dir: Path) -> None:
    # عقد ... اجتماعاً: the verbal noun as the indefinite object of a light verb, ending in its tanween alif
    doc, events = code("وعقد وزير الخارجية السوري اجتماعا مع نظيره العراقي في دمشق أمس.", kb_dir)
    meet = only(events, "CONSULT")
    assert doc.span_text(meet.get("trigger")) == "اجتماعا"
    assert [a.get("id") for a in meet.get("source")] == ["rasd:per/asaad-al-shaibani"]
    assert [a.get("country") for a in meet.get("target")] == ["IRQ"]


def test_a_union_organizes_a_sit_in(kb_dir: Path) -> None:
    # نظم governs the sit-in; a union is an actor of its own sector (CAMEO's LAB) with its members' genitive
    doc, events = code("ونظمت نقابة المعلمين اعتصاما أمام وزارة التربية في دمشق أمس.", kb_dir)
    sit_in = only(events, "PROTEST")
    assert (sit_in.get("mode"), doc.span_text(sit_in.get("trigger"))) == ("sit-in", "اعتصاما")
    assert texts(doc, sit_in.get("source")) == ["نقابة المعلمين"]
    assert [a.get("sector") for a in sit_in.get("source")] == ["LAB"]


def test_riot_police_are_one_actor_of_the_police(kb_dir: Path) -> None:
    # قوات alone is the army; قوات مكافحة الشغب, listed as three words, is the riot police
    doc, events = code("ورشق مئات المتظاهرين قوات مكافحة الشغب بالحجارة في شوارع المدينة أمس.", kb_dir)
    protest = only(events, "PROTEST")
    assert texts(doc, protest.get("target")) == ["قوات مكافحة الشغب"]
    assert [a.get("sector") for a in protest.get("target")] == ["COP"]
    doc, events = code("ونشرت قوات الجيش دبابات في المدينة أمس.", kb_dir)
    assert all(a.get("sector") != "COP" for e in events for a in e.get("source"))


def test_the_act_a_charge_names_is_the_accuseds_and_reported_by_the_accuser(kb_dir: Path) -> None:
    for text in (
        "واتهمت الحكومة السورية العراق بدعم المسلحين.",
        "ووجهت الحكومة السورية اتهامات للعراق بدعم المسلحين.",  # وجه governs the charge
    ):
        doc, events = code(text, kb_dir)
        charge, support = only(events, "ACCUSE"), only(events, "SUPPORT")
        assert texts(doc, charge.get("source")) == ["الحكومة السورية"], text
        assert [a.get("id") for a in charge.get("target")] == ["Q796"], text
        # Iraq is said to support the gunmen, on the government's word
        assert [a.get("id") for a in support.get("source")] == ["Q796"], text
        reported = support.get("aux")["reported_by"]
        assert (reported["text"], reported["kind"]) == ("الحكومة السورية", "accusation"), text
    # no charge: the support is the subject's own, stated by the article
    doc, events = code("وأعرب الوزير السوري عن دعمه للحكومة العراقية.", kb_dir)
    support = only(events, "SUPPORT")
    assert texts(doc, support.get("source")) == ["الوزير السوري"]
    assert support.get("aux")["reported_by"] is None


def test_the_place_after_في_is_where_a_guest_was_received_not_the_guest(kb_dir: Path) -> None:
    # استقبل X في الرياض أمس Y: the object comes after the place and the day
    doc, events = code("واستقبل وزير الخارجية السوري في الرياض أمس نظيره العراقي.", kb_dir)
    meet = only(events, "CONSULT")
    assert [a.get("country") for a in meet.get("target")] == ["IRQ"]
    assert doc.span_text(meet.get("location")) == "الرياض"


def test_the_object_comes_after_the_place_and_the_date(kb_dir: Path) -> None:
    # the place after في was taken for a title of the subject and the object lost; a date of several words
    # (ليل أول من أمس, from the dates layer) filled the object slot
    doc, events = code("واعتقلت الشرطة في بغداد خمسة مسلحين.", kb_dir)
    assert texts(doc, only(events, "COERCE").get("target")) == ["خمسة مسلحين"]
    doc = linked_document("واعتقلت الشرطة ليل أول من أمس خمسة مسلحين.", load(str(kb_dir)))
    events = EventsStage()(DatesStage()(doc)).layer("events")
    assert texts(doc, only(events, "COERCE").get("target")) == ["خمسة مسلحين"]


def test_security_forces_named_as_forces_are_the_police(kb_dir: Path) -> None:
    doc, events = code("واحتشد المتظاهرون أمس بعدما اعتقلت القوى الأمنية مسؤولين في حزب المعارضة.", kb_dir)
    arrest = only(events, "COERCE")
    assert texts(doc, arrest.get("source")) == ["القوى الأمنية"]
    assert arrest.get("source")[0].get("sector") == "COP"
    assert texts(doc, arrest.get("target")) == ["مسؤولين"]


def test_where_a_crowd_gathers_is_not_whom_it_protests(kb_dir: Path) -> None:
    doc, events = code("واحتشد المتظاهرون صباح أمس في بغداد.", kb_dir)
    protest = only(events, "PROTEST")
    assert protest.get("target") == []
    assert doc.span_text(protest.get("location")) == "بغداد"


def test_an_actor_after_a_preposition_is_no_subject_of_the_verb_after_it(kb_dir: Path) -> None:
    # in view of the police, the crowd gathered: the police end right before the verb, behind من
    text = (
        "وعلى مرأى من القوى الأمنية، تجمع نحو مائة متظاهر مساء في وسط سيدني، داعين الى «وقف الحرب» في العراق"
        " وهاتفين ان «بوش غير مرحب به»، حسب ما نقلت وكالة الصحافة الفرنسية."
    )
    doc, events = code(text, kb_dir)
    sources = [texts(doc, e.get("source")) for e in events if e.get("type") == "PROTEST"]
    assert sources and all(s == ["نحو مائة متظاهر"] for s in sources), sources


def test_royal_titles_and_honorifics_before_them(kb_dir: Path) -> None:
    # the honorifics of Gulf news stand between the verb and its subject; الأمير, like الرئيس, names the person
    text = "عقد صاحب السمو الملكي الأمير فيصل بن فرحان اجتماعا مع وزير الخارجية السوري أمس."
    doc, events = code(text, kb_dir, [("فيصل بن فرحان", "PER", 0)])
    meet = only(events, "CONSULT")
    assert texts(doc, meet.get("source")) == ["الأمير فيصل بن فرحان"]
    assert [a.get("id") for a in meet.get("target")] == ["rasd:per/asaad-al-shaibani"]
    # ولي العهد is one title, its و its own (not the conjunction of والجيش)
    doc, events = code("وأجرى ولي العهد اتصالا هاتفيا بوزير الخارجية السوري أمس.", kb_dir)
    call = only(events, "CONSULT")
    assert (texts(doc, call.get("source")), call.get("mode")) == (["ولي العهد"], "phone")
    assert [a.get("sector") for a in call.get("source")] == ["GOV"]


def test_a_w_that_is_the_words_own_letter_joins_nothing(kb_dir: Path) -> None:
    # وزير is not و + زير: the minister is whom the president met, not a second subject
    doc, events = code("والتقى الرئيس السوري وزير الخارجية العراقي في دمشق أمس.", kb_dir)
    meet = only(events, "CONSULT")
    assert texts(doc, meet.get("source")) == ["الرئيس السوري"]
    assert [a.get("country") for a in meet.get("target")] == ["IRQ"]


def test_a_persons_own_title_is_not_whom_they_met(kb_dir: Path) -> None:
    for text in (
        "واستقبل أسعد الشيباني وزير الخارجية السوري في دمشق أمس وزير الخارجية العراقي.",  # his own office
        "ودعا أسعد الشيباني، سفير سوريا، العراق إلى الإفراج عن المعتقلين.",  # set off by commas
    ):
        doc, events = code(text, kb_dir)
        statement = next(e for e in events if e.get("type") in ("CONSULT", "REQUEST"))
        assert [a.get("id") for a in statement.get("source")] == ["rasd:per/asaad-al-shaibani"], text
        assert [a.get("country") for a in statement.get("target")] == ["IRQ"], text
    # a counterpart is someone else, with or without a country of his own
    doc, events = code("والتقى أسعد الشيباني نظيره العراقي في بغداد.", kb_dir)
    assert texts(doc, only(events, "CONSULT").get("target")) == ["نظيره العراقي"]


def test_an_official_of_a_state_or_a_body_acts_for_it(kb_dir: Path) -> None:
    doc, events = code("واستقبل سفير سوريا في بغداد أمس وزير الخارجية العراقي.", kb_dir)
    meet = only(events, "CONSULT")
    assert texts(doc, meet.get("source")) == ["سفير سوريا"]
    assert [(a.get("country"), a.get("sector")) for a in meet.get("source")] == [("SYR", "GOV")]
    assert [a.get("country") for a in meet.get("target")] == ["IRQ"]
    doc, events = code("والتقى مبعوث التحالف الدولي في بغداد أمس وزير الخارجية العراقي.", kb_dir)
    meet = only(events, "CONSULT")
    assert [a.get("id") for a in meet.get("source")] == ["rasd:org/global-coalition"]
    assert [a.get("country") for a in meet.get("target")] == ["IRQ"]


def test_a_meeting_names_the_title_and_person_after_it(kb_dir: Path) -> None:
    # لقاء + a title heading a name: the genitive agent is the whole phrase, the person linked
    doc, events = code("وبحث لقاء وزير الخارجية السوري أسعد الشيباني مع نظيره العراقي في بغداد العلاقات.", kb_dir)
    meeting = next(e for e in events if doc.span_text(e.get("trigger")) == "لقاء")
    assert [a.get("id") for a in meeting.get("source")] == ["rasd:per/asaad-al-shaibani"]


def test_a_place_after_a_noun_in_the_construct_state_is_its_genitive(kb_dir: Path) -> None:
    # يهدد أهالي بغداد: Baghdad's people are threatened, not Baghdad by its people
    _, events = code("وتدفق المياه يهدد أهالي بغداد.", kb_dir)
    assert not any(a.get("id") == "Q1530" for e in events for a in e.get("target"))


def test_an_actor_span_leaves_out_its_preposition(kb_dir: Path) -> None:
    doc, events = code("والتقى أسعد الشيباني بالرئيس العراقي في بغداد أمس.", kb_dir)
    assert texts(doc, only(events, "CONSULT").get("target")) == ["الرئيس العراقي"]


def test_a_sanction_is_imposed_by_whoever_imposes_it(kb_dir: Path) -> None:
    # فرض governs the sanction with its subject between: the phrase فرض عقوبات is not written whole
    _, events = code("وفرض التحالف الدولي عقوبات جديدة على تنظيم داعش.", kb_dir)
    sanction = only(events, "SANCTION")
    assert [a.get("id") for a in sanction.get("source")] == ["rasd:org/global-coalition"]
    assert [a.get("id") for a in sanction.get("target")] == ["Q2429253"]


def test_a_title_before_another_title_does_not_name_its_holder(kb_dir: Path) -> None:
    # الرئيس heads the name after it (الرئيس بشار الأسد), not another title: the minister is whom he met
    doc, events = code(
        "والتقى الرئيس وزير الخارجية العراقي في دمشق أمس.", kb_dir, [("وزير الخارجية العراقي", "PER", 0)]
    )
    meet = only(events, "CONSULT")
    assert texts(doc, meet.get("source")) == ["الرئيس"]
    assert texts(doc, meet.get("target")) == ["وزير الخارجية العراقي"]


def test_an_official_arriving_in_his_own_country_is_no_visit(kb_dir: Path) -> None:
    _, events = code("ووصل أسعد الشيباني إلى دمشق أمس.", kb_dir)
    assert not [e for e in events if e.get("type") == "CONSULT"]
    _, events = code("ووصل أسعد الشيباني إلى الرياض أمس.", kb_dir)
    assert [a.get("id") for a in only(events, "CONSULT").get("target")] == ["Q3692"]


def test_an_indefinite_crowd_keeps_its_relative_adjective(kb_dir: Path) -> None:
    doc, events = code("وتظاهر محتجون يساريون في بغداد أمس ضد الحكومة العراقية.", kb_dir)
    assert texts(doc, only(events, "PROTEST").get("source")) == ["محتجون يساريون"]


def test_a_news_agency_named_after_a_country_reports_not_the_country(kb_dir: Path) -> None:
    from tests.minikb import linked_document

    from rasd.events.code import EventsStage
    from rasd.kb.store import load
    from rasd.quotes.stage import QuotesStage

    doc = linked_document("وقالت وكالة أنباء سوريا إن مسلحين هاجموا دورية للشرطة أمس.", load(str(kb_dir)))
    EventsStage()(QuotesStage()(doc))
    reported = only(doc.layer("events"), "ASSAULT").get("aux")["reported_by"]
    assert reported["text"] == "وكالة أنباء سوريا"
    assert reported["id"] is None  # not Syria (Q858): the agency, which the knowledge base does not list


def test_a_pronoun_after_a_later_present_verb_is_not_the_attacks_target(kb_dir: Path) -> None:
    # عليه belongs to يسيطر (the camp the Houthis hold), not to the raid: the coalition is not what was struck
    doc, events = code("دمرت طائرات التحالف الدولي في غارة جوية أمس معسكرا يسيطر عليه المسلحون.", kb_dir)
    targets = texts(doc, only(events, "ASSAULT").get("target"))
    assert not any("التحالف" in t for t in targets)


def test_what_a_country_must_do_it_does(kb_dir: Path) -> None:
    # على X أن: X's obligation, not a place after على (which is never who acts)
    _, events = code("وبات على سوريا أن تقدم أدلة جديدة حتى تثبت اتهاماتها للعراق.", kb_dir)
    assert [a.get("id") for a in only(events, "ACCUSE").get("source")] == ["Q858"]


def test_the_reporter_that_says_it_killed_with_an_object_acted(kb_dir: Path) -> None:
    # إنه before a verb with an accusative object is the reporter itself (not the pronoun of the matter)
    _, events = code("وقالت قوات سوريا الديمقراطية إنها قتلت عددا من زعماء تنظيم داعش أمس.", kb_dir)
    attack = only(events, "ASSAULT")
    assert [a.get("id") for a in attack.get("source")] == ["rasd:org/sdf"]
    assert [a.get("id") for a in attack.get("target")] == ["Q2429253"]
    _, events = code("وقال التحالف الدولي إنه قتل عددا من زعماء تنظيم داعش أمس.", kb_dir)
    assert [a.get("id") for a in only(events, "ASSAULT").get("source")] == ["rasd:org/global-coalition"]


def test_a_first_person_verb_has_no_subject_after_it(kb_dir: Path) -> None:
    # نطالب: "we ask"; the states after it are asked, not asking (before: the states were the source)
    doc, events = code("ونحن نطالب الدول بتبني مواقف إيجابية تعزز السلم.", kb_dir)
    request = only(events, "REQUEST")
    assert texts(doc, request.get("source")) == []
    assert texts(doc, request.get("target")) == ["الدول"]
    # أصيب is the passive past of أصاب, not "I hit": the soldier is the one hit
    doc, events = code("وأصيب جندي بجروح طفيفة أمس.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("target")) == ["جندي"]


def test_kana_then_its_subject_then_the_verb(kb_dir: Path) -> None:
    ner = [("الأنبار", "LOC", 0), ("الفلوجة", "LOC", 0)]
    text = "وكانت الحكومة المحلية في الأنبار دعت أهالي الفلوجة إلى الخروج من المدينة."
    doc, events = code(text, kb_dir, ner)
    request = only(events, "REQUEST")
    # كانت, its subject (past where it is), then the verb: the government calls; the people are called
    assert texts(doc, request.get("source")) == ["الحكومة المحلية"]
    assert texts(doc, request.get("target")) == ["أهالي الفلوجة"]


def test_an_arrival_names_where_before_who(kb_dir: Path) -> None:
    ner = [("الرياض", "LOC", 0), ("إيمانويل ماكرون", "PER", 0)]
    doc, events = code("ويصل إلى الرياض غدا الرئيس الفرنسي إيمانويل ماكرون.", kb_dir, ner)
    visit = only(events, "CONSULT")
    # the destination and the time come first, the visitor after them (before: no visitor, so no visit)
    assert [t.endswith("إيمانويل ماكرون") for t in texts(doc, visit.get("source"))] == [True]
    assert texts(doc, visit.get("target")) == ["الرياض"]


def test_a_verb_written_with_the_article_letters_is_a_verb(kb_dir: Path) -> None:
    # ألقت written القت starts like a word with the article: it is the verb, whose subject stands before it
    # after إن, and not an adjective of that subject
    doc, events = code("وقال مصدر أمني إن الشرطة ألقت القبض على ثلاثة مسلحين في بغداد أمس.", kb_dir)
    arrest = only(events, "COERCE")
    assert texts(doc, arrest.get("source")) == ["الشرطة"]
    assert [a.get("sector") for a in arrest.get("source")] == ["COP"]


def test_a_clause_after_a_comma_and_wa_shares_the_first_subject(kb_dir: Path) -> None:
    # التقى (written with ال) is the first verb; وبحث after the comma is the same minister's, and the one met
    # (named right before the comma) is not its subject
    _doc, events = code("والتقى أسعد الشيباني في دمشق أمس فيصل المقداد، وبحث معه الأوضاع في المنطقة.", kb_dir)
    consults = [e for e in events if e.get("type") == "CONSULT"]
    assert consults
    for ev in consults:
        assert [a.get("id") for a in ev.get("source")] == ["rasd:per/asaad-al-shaibani"]


def test_a_pronoun_after_the_verb_stands_before_its_subject(kb_dir: Path) -> None:
    # تحتجز فيه سوريا المعتقلين: فيه (in it) is no actor; the state after it is the subject
    doc, events = code("وقال المسؤول إن السجن الذي تحتجز فيه سوريا عشرات المعتقلين سيغلق قريبا.", kb_dir)
    held = only(events, "COERCE")
    assert [a.get("id") for a in held.get("source")] == ["Q858"]
    assert all("فيه" not in t for t in texts(doc, held.get("target")))


def test_a_delegation_in_the_accusative_is_whom_the_subject_met(kb_dir: Path) -> None:
    # وفداً: its و is its own, not "and" joining it to the subject
    _doc, events = code("والتقى أسعد الشيباني وفدا من العراق في دمشق أمس.", kb_dir)
    meet = only(events, "CONSULT")
    assert [a.get("id") for a in meet.get("source")] == ["rasd:per/asaad-al-shaibani"]
    assert [a.get("country") for a in meet.get("target")] == ["IRQ"]


def test_god_named_in_a_formula_is_no_actor(kb_dir: Path) -> None:
    # (the NER marks الله as a name, as the shipped model does)
    doc, events = code("وتنسى ما أمر به الله وتطلق النار على زوجها في المنزل.", kb_dir, [("الله", "PER", 0)])
    assert all("الله" not in t for e in events for t in texts(doc, e.get("source") + e.get("target")))


def test_a_verb_with_wa_does_not_take_the_previous_verbs_object_as_subject(kb_dir: Path) -> None:
    # سيزور العراق ويلتقي: العراق is what he visits; the one who meets is the visitor
    _doc, events = code("وقال المسؤول إن أسعد الشيباني سيزور العراق ويلتقي بالرئيس العراقي في بغداد.", kb_dir)
    for ev in (e for e in events if e.get("type") == "CONSULT"):
        assert "Q796" not in [a.get("id") for a in ev.get("source")]
        assert [a.get("id") for a in ev.get("source")] == ["rasd:per/asaad-al-shaibani"]


def test_who_was_at_a_reception_received_the_guest(kb_dir: Path) -> None:
    # كان في استقبال X Y: Y received X (the host comes after the guest)
    _doc, events = code("وكان في استقبال فيصل المقداد أسعد الشيباني في مطار دمشق أمس.", kb_dir)
    meet = only(events, "CONSULT")
    assert [a.get("id") for a in meet.get("source")] == ["rasd:per/asaad-al-shaibani"]
    assert [a.get("id") for a in meet.get("target")] == ["rasd:per/old-minister"]


def test_only_a_named_subject_or_a_body_is_carried_to_the_next_sentence(kb_dir: Path) -> None:
    # the crowd of one sentence is not the unnamed subject of the next; a named minister is
    doc, events = code("وتظاهر عشرات الأطفال أمام المدرسة أمس. ورفض بشدة الاقتراح المقدم من الوزارة.", kb_dir)
    assert all("الأطفال" not in " ".join(texts(doc, e.get("source"))) for e in events if e.get("type") == "REJECT")
    _doc, events = code("والتقى أسعد الشيباني نظيره العراقي في بغداد أمس. ورفض بشدة الاقتراح المقدم من الوزارة.", kb_dir)
    assert [a.get("id") for a in only(events, "REJECT").get("source")] == ["rasd:per/asaad-al-shaibani"]


def test_a_subject_in_quotation_marks_is_the_subject(kb_dir: Path) -> None:
    # اغتاله «داعش»، ووجّه "الأمير": a name in quotes after the verb is its subject, not its object
    _doc, events = code('ورفض "أسعد الشيباني" أمس طلب العراق.', kb_dir)
    refusal = only(events, "REJECT")
    assert [a.get("id") for a in refusal.get("source")] == ["rasd:per/asaad-al-shaibani"]


def test_a_plural_in_the_oblique_case_after_the_verb_is_its_object(kb_dir: Path) -> None:
    # حث العاملين: -ين marks the object (the subject would be العاملون); whoever urged is named before
    doc, events = code("والتقى أسعد الشيباني بالموظفين في دمشق أمس، كما حث العاملين على مضاعفة الجهود.", kb_dir)
    urge = next(e for e in events if e.get("type") == "REQUEST")
    assert "العاملين" not in texts(doc, urge.get("source"))
    assert texts(doc, urge.get("target")) == ["العاملين"]


def test_after_an_independent_pronoun_the_noun_is_the_object(kb_dir: Path) -> None:
    # وهو يهاجم العراق: هو is the subject; the name after the verb is attacked, it does not attack
    _doc, events = code("وتحدث أسعد الشيباني أمس وهو يهاجم العراق بشدة.", kb_dir)
    assert all("Q796" not in [a.get("id") for a in e.get("source")] for e in events)


def test_an_adverb_after_the_verb_is_no_object(kb_dir: Path) -> None:
    doc, events = code("وقال مسؤول محلي إن قوات البعثة قتلت عمداً مدنيين أبرياء.", kb_dir)
    attack = only(events, "ASSAULT")
    assert "عمداً" not in texts(doc, attack.get("target"))


def test_a_verbal_nouns_genitive_with_an_object_after_it_is_its_subject(kb_dir: Path) -> None:
    # اتهام X Y بـ: X accuses, Y is accused (the masdar takes its subject as genitive, then its object)
    doc, events = code("وجاء ذلك بعد اتهام أسعد الشيباني الحكومة العراقية بدعم الإرهاب.", kb_dir)
    charge = only(events, "ACCUSE")
    assert [a.get("id") for a in charge.get("source")] == ["rasd:per/asaad-al-shaibani"]
    assert texts(doc, charge.get("target")) == ["الحكومة العراقية"]
    # alone, the genitive is whom it names accused
    _doc, events = code("وجاء ذلك بعد اتهام أسعد الشيباني بدعم الإرهاب.", kb_dir)
    charge = only(events, "ACCUSE")
    assert charge.get("source") == []
    assert [a.get("id") for a in charge.get("target")] == ["rasd:per/asaad-al-shaibani"]


def test_a_byline_before_a_colon_is_no_subject(kb_dir: Path) -> None:
    # "name- outlet- city:" opens a report; the reporter did not make the appeal that follows
    text = "خالد السليمي- سبق- حائل: ناشدت معلمة في المدينة الحكومة السورية بالوقوف معها."
    doc, events = code(text, kb_dir, [("خالد السليمي", "PER", 0)])
    assert all("خالد السليمي" not in texts(doc, e.get("source")) for e in events)
    # a list after a colon later in the sentence keeps the subject named before it
    text = "ونجحت الحكومة السورية في أمرين، أولهما: القبض على عناصر داعش في المدينة."
    _doc, events = code(text, kb_dir)
    arrest = only(events, "COERCE")
    assert [a.get("id") for a in arrest.get("source")] == ["rasd:inst/syr-government-of-syria"]


def test_who_is_in_his_reception_received_him(kb_dir: Path) -> None:
    # وكان في استقباله X: X hosted the one who arrived, the subject of the clause before
    text = "ووصل أسعد الشيباني إلى بغداد أمس وكان في استقباله وزير الخارجية العراقي."
    doc, events = code(text, kb_dir)
    reception = next(e for e in events if doc.span_text(e.get("trigger")) == "استقباله")
    assert texts(doc, reception.get("source")) == ["وزير الخارجية العراقي"]
    assert [a.get("id") for a in reception.get("target")] == ["rasd:per/asaad-al-shaibani"]


def test_a_border_with_a_country_is_no_partner(kb_dir: Path) -> None:
    # الحدود مع سوريا: a place; مع after the verb still names whom one met
    doc, events = code("واجتمع الوزير العراقي أمس لبحث الأمن على الحدود مع سوريا.", kb_dir)
    assert all("سوريا" not in texts(doc, e.get("target")) for e in events)
    doc, events = code("واجتمع الوزير العراقي أمس مع الحكومة السورية لبحث الأمن على الحدود.", kb_dir)
    meeting = only(events, "CONSULT")
    assert texts(doc, meeting.get("target")) == ["الحكومة السورية"]


def test_what_one_has_already_done_is_done_by_the_subject_of_sabaqa(kb_dir: Path) -> None:
    # الذي سبق أن رفض: سبق أن (has already) carries its subject, the relative's antecedent, to the verb after it
    doc, events = code("ولم يصدر تعليق من الجيش الذي سبق أن رفض مطالب الحكومة السورية.", kb_dir)
    refusal = only(events, "REJECT")
    assert texts(doc, refusal.get("source")) == ["الجيش"]


def test_the_act_a_crowd_protests_is_not_the_crowds(kb_dir: Path) -> None:
    # احتجاجاً على اعتقال: the arrest protested was made by someone else, never by the crowd
    text = "اعتصم عدد من المعلمين الإيرانيين أمس أمام مبنى البرلمان الإيراني احتجاجا على اعتقال عدد من المعلمين."
    doc, events = code(text, kb_dir)
    arrest = only(events, "COERCE")
    assert "المعلمين" not in " ".join(texts(doc, arrest.get("source")))


def test_a_generic_actor_between_a_verbal_noun_and_a_count_is_its_subject(kb_dir: Path) -> None:
    # اعتقال الشرطة عدداً من المعلمين: the police arrest, the teachers are arrested
    doc, events = code("وتظاهر المئات أمس احتجاجا على اعتقال الشرطة عددا من المعلمين.", kb_dir)
    arrest = only(events, "COERCE")
    assert texts(doc, arrest.get("source")) == ["الشرطة"]
    assert "الشرطة" not in texts(doc, arrest.get("target"))
    # a time after the noun is no object: the journalists stay whom it took
    doc, events = code("وأدان الوزير اختطاف الصحفيين يوما كاملا في سوريا.", kb_dir)
    kidnapping = only(events, "ASSAULT")
    assert kidnapping.get("source") == []


def test_the_subject_before_a_relative_clause_acts_after_it(kb_dir: Path) -> None:
    # قوات الأمن التي انتشرت بأعداد كبيرة فرقت المظاهرة: the forces disperse; the protest they disperse is no act of
    # theirs, and it faced them
    doc, events = code("وقال المجلس إن قوات الأمن التي انتشرت بأعداد كبيرة فرقت المظاهرة بالقوة.", kb_dir)
    assert texts(doc, only(events, "COERCE").get("source")) == ["قوات الأمن"]
    protest = only(events, "PROTEST")
    assert protest.get("source") == []
    assert texts(doc, protest.get("target")) == ["قوات الأمن"]


def test_a_relative_clauses_object_pronoun_names_its_antecedent(kb_dir: Path) -> None:
    # أسعد الشيباني الذي اغتاله «داعش»: the pronoun is the man before الذي, struck by Daesh
    _doc, events = code("وعين المجلس خلفا لأسعد الشيباني الذي اغتاله «داعش» قبل عامين.", kb_dir)
    attack = only(events, "ASSAULT")
    assert [a.get("id") for a in attack.get("source")] == ["Q2429253"]
    assert [a.get("id") for a in attack.get("target")] == ["rasd:per/asaad-al-shaibani"]


def test_a_killing_verb_with_an_object_pronoun_is_active(kb_dir: Path) -> None:
    # قتلته الشرطة: the pronoun is the one killed, the police after the verb killed him (not a passive whose
    # subject died), in a relative clause after a parenthesis or at the sentence's start
    for text in (
        "وتساءل المحققون عن دوافع الشاب (24 عاما) الذي قتلته الشرطة خلال تبادل لإطلاق النار.",
        "قتلته الشرطة أمس في الحي الصناعي.",
    ):
        doc, events = code(text, kb_dir)
        attack = next(e for e in events if e.get("type") == "ASSAULT" and doc.span_text(e.get("trigger")) == "قتلته")
        assert texts(doc, attack.get("source")) == ["الشرطة"], text
        assert "الشرطة" not in texts(doc, attack.get("target")), text
    doc, events = code("وتساءل المحققون عن دوافع الشاب (24 عاما) الذي قتلته الشرطة خلال تبادل لإطلاق النار.", kb_dir)
    attack = next(e for e in events if e.get("type") == "ASSAULT" and doc.span_text(e.get("trigger")) == "قتلته")
    assert texts(doc, attack.get("target")) == ["الشاب"]  # the antecedent, past the parenthesis


def test_a_meetings_participants_after_bimusharaka_are_its_target(kb_dir: Path) -> None:
    # ستستضيف اجتماعا ... بمشاركة التحالف الدولي: the host meets the participants, an event still to come
    _doc, events = code("وأعلنت السعودية أنها ستستضيف اجتماعا فنيا في الشهر المقبل بمشاركة التحالف الدولي.", kb_dir)
    (meeting,) = [e for e in events if e.get("type") == "CONSULT"]  # one event: the meeting hosted is the same
    assert [a.get("id") for a in meeting.get("source")] == ["Q851"]
    assert [a.get("id") for a in meeting.get("target")] == ["rasd:org/global-coalition"]
    assert meeting.get("aux")["future"]
    # a reception party's guests are no meeting
    _doc, events = code("ونظمت السعودية أمس حفل استقبال بحضور التحالف الدولي.", kb_dir)
    assert [e for e in events if e.get("type") == "CONSULT"] == []


def test_a_plan_before_a_comma_does_not_make_the_next_clause_an_aim(kb_dir: Path) -> None:
    # أن بغداد تدعم الخطة، وطالب ...: the demand was made; a plan governs only what follows it in its clause
    doc, events = code("وأكد أسعد الشيباني أن بغداد تدعم الخطة، وطالب المجتمع الدولي بزيادة الدعم.", kb_dir)
    request = only(events, "REQUEST")
    assert texts(doc, request.get("target")) == ["المجتمع الدولي"]
    assert not request.get("aux")["future"]
    _doc, events = code("وأكد الوزير أن بغداد تدعم خطة لطرد تنظيم داعش من سوريا.", kb_dir)
    assert only(events, "COERCE").get("aux")["future"]  # the expulsion planned has not happened


def test_a_verb_whose_lemma_ends_in_alef_is_singular_and_a_place_in_a_phrase_is_no_subject(kb_dir: Path) -> None:
    # ودعا: دعا's own alef, not a dual's, so one subject; دمشق after إلى خرائب مدينة says where, not who
    doc, events = code("وكتبت الصحيفة أن أسعد الشيباني رافق الوفد إلى خرائب مدينة دمشق، ودعا في خطاب إلى العودة.", kb_dir)
    assert texts(doc, only(events, "REQUEST").get("source")) == ["أسعد الشيباني"]
    # a name after أن is a clause's subject, however a preposition stands before أن
    doc, events = code("ونبه الوزير إلى أن تنظيم داعش قد يقتل مجددا في سوريا.", kb_dir)
    assert [a.get("id") for a in only(events, "ASSAULT").get("source")] == ["Q2429253"]


def test_a_plural_verb_with_wa_past_a_comma_takes_no_subject_from_the_place_before(kb_dir: Path) -> None:
    # في سوريا والعراق، وتعهدوا: both places after في, and a clause opened past the comma: Iraq pledges nothing
    text = "وأكد البيان الختامي للمشاركين في الاجتماع التزامهم بهزيمة داعش في سوريا والعراق، وتعهدوا بمواصلة دعم الحكومة السورية."
    _doc, events = code(text, kb_dir)
    support = only(events, "SUPPORT")
    assert "Q796" not in [a.get("id") for a in support.get("source")]
    assert [a.get("id") for a in support.get("target")] == ["rasd:inst/syr-government-of-syria"]


def test_a_light_verb_in_the_first_person_plural_in_a_quote_is_the_speakers_act(kb_dir: Path) -> None:
    from rasd.quotes.stage import QuotesStage

    # «قمنا بطرد 600 شخص»: "we expelled": the speaker's side acts, not a name earlier in the quote
    doc = linked_document("وقال أسعد الشيباني: «صنفت سوريا داعش إرهابيا، وقمنا بطرد 600 شخص أجنبي».", load(str(kb_dir)))
    EventsStage()(QuotesStage()(doc))
    expel = only(doc.layer("events"), "COERCE")
    assert [a.get("id") for a in expel.get("source")] == ["rasd:per/asaad-al-shaibani"]


def test_a_bylines_name_is_not_what_a_pronoun_refers_to(kb_dir: Path) -> None:
    # فيصل المقداد- سبق- دمشق: ... والتنسيق معه: the reporter's byline is no one the act concerns
    text = "عنوان الخبر\n\nفيصل المقداد- سبق- دمشق: اعتقلت الشرطة مهربا بعد هروبه من المنزل والتنسيق معه حول مكان."
    doc, events = code(text, kb_dir, [("فيصل المقداد", "PER", 0)])
    for e in events:
        assert "فيصل المقداد" not in texts(doc, e.get("target")) + texts(doc, e.get("source")), e.get("type")


def test_a_masculine_country_after_a_feminine_verb_is_its_object(kb_dir: Path) -> None:
    # وطالبت العراق: "she" (Syria, named before) asked Iraq; Iraq cannot be the subject of a feminine verb
    _, events = code("دعت سوريا إلى وقف القتال، وطالبت العراق بالانسحاب.", kb_dir)
    (ask,) = [e for e in events if e.get("type") == "REQUEST" and "Q796" in ids(e.get("target"))]
    assert ids(ask.get("source")) == ["Q858"]
