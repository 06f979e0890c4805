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


def test_buildings_whose_owner_is_not_named_are_no_target(kb_dir: Path) -> None:
    _, events = code("وأضاف المصدر أن الجيش اقتحم عدة منازل في المدينة.", kb_dir)
    assert only(events, "COERCE").get("target") == []


def test_several_people_are_counted_by_عدة(kb_dir: Path) -> None:
    doc, events = code("واعتقلت الشرطة عدة أشخاص في المدينة.", kb_dir)
    assert texts(doc, only(events, "COERCE").get("target")) == ["عدة أشخاص"]


def test_how_long_someone_was_held_is_not_whom(kb_dir: Path) -> None:
    doc, events = code("وقالت الشرطة إنها أنقذت امرأة احتجزت لمدة عام داخل غرفة صغيرة.", kb_dir)
    held = [e for e in events if e.get("type") == "COERCE"]
    assert all("عام" not in " ".join(texts(doc, e.get("target"))) for e in held)  # the period is not whom
    assert [texts(doc, e.get("target")) for e in held] == [["امرأة"]]  # the woman was held


def test_settlers_are_civilian_actors(kb_dir: Path) -> None:
    doc, events = code("واقتحم عشرات المستوطنين باحات المسجد أمس.", kb_dir)
    source = only(events, "COERCE").get("source")
    assert texts(doc, source) == ["عشرات المستوطنين"] and source[0].get("sector") == "CVL"


def test_the_subject_after_that_is_found_past_where_it_is(kb_dir: Path) -> None:
    doc, events = code("وقال المصدر إن الشرطة في بغداد اعتقلت خمسة مسلحين.", kb_dir)
    arrest = only(events, "COERCE")
    assert texts(doc, arrest.get("source")) == ["الشرطة"]
    assert texts(doc, arrest.get("target")) == ["خمسة مسلحين"]


def test_an_appeal_names_whom_it_is_made_to_after_ل(kb_dir: Path) -> None:
    doc, events = code("ووصلت الطائرة بعد مناشدة الحكومة العراقية للمجتمع الدولي بإرسال المساعدات.", kb_dir)
    appeal = only(events, "REQUEST")
    assert texts(doc, appeal.get("source")) == ["الحكومة العراقية"]
    assert texts(doc, appeal.get("target")) == ["للمجتمع الدولي"]


def test_everyone_is_no_adjective_of_the_actor_before_it(kb_dir: Path) -> None:
    doc, events = code("وناشدت الحكومة الجميع التزام الهدوء.", kb_dir)
    assert texts(doc, only(events, "REQUEST").get("source")) == ["الحكومة"]


def test_the_masses_are_civilian_actors(kb_dir: Path) -> None:
    doc, events = code("والجماهير تطالب بتدخل الشرطة", kb_dir)
    request = only(events, "REQUEST")
    assert texts(doc, request.get("source")) == ["الجماهير"] and request.get("source")[0].get("sector") == "CVL"


def test_support_someone_received_is_the_genitives_own(kb_dir: Path) -> None:
    # اكتسب / حظي ب: the subject receives the support; the genitive gives it, and is no target
    doc, events = code("وقال اللاعب إنه اكتسب هناك مساندة الجماهير.", kb_dir)
    assert all(texts(doc, e.get("target")) != ["الجماهير"] for e in events if e.get("type") == "SUPPORT")


def test_an_office_alone_tagged_as_a_person_is_no_actor(kb_dir: Path) -> None:
    # the tagger took the office وكيل for a name: the undersecretary of the ministry is one phrase, not a
    # person who received the ministry
    text = "واستقبل معالي وكيل وزارة الداخلية الدكتور أحمد السالم أمس وزير الخارجية العراقي."
    doc, events = code(text, kb_dir, ner=[("وكيل", "PER", 0), ("أحمد السالم", "PER", 0)])
    meet = only(events, "CONSULT")
    assert texts(doc, meet.get("source")) == ["وكيل وزارة الداخلية الدكتور أحمد السالم"]
    assert texts(doc, meet.get("target")) == ["وزير الخارجية العراقي"]


def test_defending_a_named_agreement_is_not_making_one(kb_dir: Path) -> None:
    _, events = code("وأكد أسعد الشيباني دعمه للاتفاق مع العراق.", kb_dir)
    agree = only(events, "AGREE")
    assert agree.get("source") == []
    assert ids(agree.get("target")) == ["Q796"]


def test_an_agreement_is_reached_by_the_subject_of_توصل(kb_dir: Path) -> None:
    _, events = code("وتوصلت سوريا إلى اتفاق مع العراق أمس.", kb_dir)
    agree = only(events, "AGREE")
    assert ids(agree.get("source")) == ["Q858"] and ids(agree.get("target")) == ["Q796"]


def test_the_parties_between_which_a_named_agreement_stands(kb_dir: Path) -> None:
    doc, events = code("وجدد الوزير تحذيره من الاتفاق بين الدول الكبرى وسوريا.", kb_dir)
    agree = only(events, "AGREE")
    assert texts(doc, agree.get("source")) == ["الدول الكبرى"] and ids(agree.get("target")) == ["Q858"]


def test_a_verbal_noun_with_the_article_governs_with_no_subject_of_its_own(kb_dir: Path) -> None:
    # التوصل is the reaching, not a verb: who comments on the news the day after did not reach the agreement
    _, events = code("وعلق أسعد الشيباني على الأنباء غداة التوصل إلى اتفاق مع العراق.", kb_dir)
    agree = only(events, "AGREE")
    assert agree.get("source") == [] and ids(agree.get("target")) == ["Q796"]


def test_the_signing_is_an_act_of_whoever_announces_it(kb_dir: Path) -> None:
    _, events = code("وأعلن أسعد الشيباني التوقيع مع العراق.", kb_dir)
    agree = only(events, "AGREE")
    assert ids(agree.get("source")) == ["rasd:per/asaad-al-shaibani"] and ids(agree.get("target")) == ["Q796"]


def test_a_release_written_as_the_passive_names_no_releaser(kb_dir: Path) -> None:
    # the subject of the sentence before is not carried into a passive: whoever freed them is not said
    doc, events = code("وكانت الشرطة اعتقلت المعتقلين. وأفرج عن المعتقلين أمس.", kb_dir)
    release = only(events, "CONCEDE")
    assert release.get("source") == [] and texts(doc, release.get("target")) == ["المعتقلين"]
    doc, events = code("وقال إن الجيش اعتقل عشرة ثم أفرج عن المعتقلين.", kb_dir)
    assert texts(doc, only(events, "CONCEDE").get("source")) == ["الجيش"]


def test_a_provincial_governor_is_a_government_actor_of_his_province(kb_dir: Path) -> None:
    doc, events = code("واستقبل محافظ بغداد أمس وزير الخارجية السوري.", kb_dir)
    source = only(events, "CONSULT").get("source")
    assert texts(doc, source) == ["محافظ بغداد"]
    assert (source[0].get("country"), source[0].get("sector")) == ("IRQ", "GOV")


def test_an_office_holder_takes_no_actor_after_him_as_adjective(kb_dir: Path) -> None:
    doc, events = code("وطالب المحافظ الحكومة بإرسال قوات.", kb_dir)
    request = only(events, "REQUEST")
    assert texts(doc, request.get("source")) == ["المحافظ"] and texts(doc, request.get("target")) == ["الحكومة"]


def test_an_office_before_whose_it_is_acts_for_that_body(kb_dir: Path) -> None:
    doc, events = code("ونفى رئيس اللجنة الانتخابية الاتهامات.", kb_dir)
    assert texts(doc, only(events, "REJECT").get("source")) == ["رئيس اللجنة الانتخابية"]
    doc, events = code("واستقبل قائد الجيش أمس وزير الخارجية العراقي.", kb_dir)
    source = only(events, "CONSULT").get("source")
    assert texts(doc, source) == ["قائد الجيش"] and source[0].get("sector") == "MIL"
    _, events = code("والتقى ممثل التحالف الدولي أمس وزير الخارجية العراقي.", kb_dir)
    assert ids(only(events, "CONSULT").get("source")) == ["rasd:org/global-coalition"]


def test_an_office_after_a_name_is_that_persons_title_not_another_actor(kb_dir: Path) -> None:
    doc, events = code("أكد جو بايدن نائب الرئيس الأميركي دعم بلاده للعراق.", kb_dir, ner=[("جو بايدن", "PER", 0)])
    assert texts(doc, only(events, "SUPPORT").get("source")) == ["جو بايدن"]


def test_a_cable_of_congratulations_is_sent_by_who_congratulates(kb_dir: Path) -> None:
    _, events = code("وبعث أسعد الشيباني برقية تهنئة لوزير الخارجية العراقي بمناسبة العيد.", kb_dir)
    praise = only(events, "SUPPORT")
    assert ids(praise.get("source")) == ["rasd:per/asaad-al-shaibani"]
    assert [a.get("country") for a in praise.get("target")] == ["IRQ"]


def test_a_bomber_who_blew_himself_up_beside_a_patrol_struck_it(kb_dir: Path) -> None:
    doc, events = code("وفجر انتحاري نفسه أمس بجانب دورية عسكرية عراقية في بغداد.", kb_dir)
    target = only(events, "ASSAULT").get("target")
    assert texts(doc, target) == ["دورية عسكرية عراقية"]
    assert [(a.get("country"), a.get("sector")) for a in target] == [("IRQ", "MIL")]


def test_a_military_convoy_is_a_force_not_its_passengers(kb_dir: Path) -> None:
    doc, events = code("وتعرض رتل عسكري عراقي أمس لهجوم بعبوة ناسفة قرب بغداد.", kb_dir)
    target = only(events, "ASSAULT").get("target")
    assert texts(doc, target) == ["رتل عسكري عراقي"]
    assert [(a.get("country"), a.get("sector")) for a in target] == [("IRQ", "MIL")]


def test_a_blast_amid_a_crowd_struck_the_crowd_not_the_city_it_was_amid(kb_dir: Path) -> None:
    doc, events = code("وانفجرت عبوة ناسفة وسط حشد من المصلين في بغداد أمس.", kb_dir)
    target = only(events, "ASSAULT").get("target")
    assert texts(doc, target) == ["المصلين"]
    assert target[0].get("sector") == "CVL"
    doc, events = code("وانفجرت سيارة مفخخة وسط بغداد أمس.", kb_dir)
    assert only(events, "ASSAULT").get("target") == []


def test_protesters_from_a_named_body_act_for_it(kb_dir: Path) -> None:
    doc, events = code("وتظاهر أمس متظاهرون من قوات سوريا الديمقراطية في دمشق احتجاجا على القرار.", kb_dir)
    source = only(events, "PROTEST").get("source")
    assert texts(doc, source) == ["متظاهرون من قوات سوريا الديمقراطية"]
    assert [a.get("id") for a in source] == ["rasd:org/sdf"]


def test_protesters_from_the_tribes_keep_them_in_their_name_but_not_the_square_they_left(kb_dir: Path) -> None:
    doc, events = code("وسار أمس متظاهرون من العشائر في بغداد احتجاجا على القرار.", kb_dir)
    assert texts(doc, only(events, "PROTEST").get("source")) == ["متظاهرون من العشائر"]
    doc, events = code("وخرج المتظاهرون من ساحة التحرير أمس احتجاجا على القرار.", kb_dir)
    assert texts(doc, only(events, "PROTEST").get("source")) == ["المتظاهرون"]


def test_what_the_crowd_blocks_is_its_object_not_its_adjective(kb_dir: Path) -> None:
    doc, events = code("ومنع المتظاهرون أمس الشاحنات المحملة بالبضائع من الوصول إلى المعبر.", kb_dir)
    protest = only(events, "PROTEST")
    assert texts(doc, protest.get("source")) == ["المتظاهرون"]
    assert texts(doc, protest.get("target")) == ["الشاحنات المحملة"]


def test_counted_members_of_a_named_body_are_that_body(kb_dir: Path) -> None:
    doc, events = code("وقالت مصادر إن 13 عنصراً من قوات سوريا الديمقراطية قتلوا أمس في اشتباكات قرب دمشق.", kb_dir)
    target = only(events, "ASSAULT").get("target")
    assert len(target) == 1 and texts(doc, target)[0].endswith("عنصراً من قوات سوريا الديمقراطية")
    assert [a.get("id") for a in target] == ["rasd:org/sdf"]


def test_whom_a_crowd_asks_is_not_where_it_comes_from(kb_dir: Path) -> None:
    doc, events = code("وطلب المتظاهرون من قوات سوريا الديمقراطية أمس إطلاق سراح المعتقلين.", kb_dir)
    for event in events:
        assert "المتظاهرون من قوات سوريا الديمقراطية" not in texts(doc, event.get("source"))


def test_an_indefinite_noun_before_a_verb_is_its_subject_in_an_unmarked_relative_clause(kb_dir: Path) -> None:
    doc, events = code("ووجه القضاء تهمة إضافية إلى رجل هاجم فيصل المقداد في دمشق بسكين.", kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("source")) == ["رجل"]
    assert texts(doc, attack.get("target")) == ["فيصل المقداد"]


def test_a_masculine_adjective_before_a_feminine_verb_is_not_its_subject(kb_dir: Path) -> None:
    doc, events = code("وتتعلق الصور بهجوم انتحاري اتهمت الحكومة العراقية تنظيم داعش بتنفيذه.", kb_dir)
    accuse = only(events, "ACCUSE")
    assert texts(doc, accuse.get("source")) == ["الحكومة العراقية"]


def test_a_wounded_man_is_the_victim_of_the_passive_and_his_attackers_act(kb_dir: Path) -> None:
    doc, events = code("وأصيب شرطي هاجمه مسلحون في بغداد أمس.", kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("source")) == ["مسلحون"]
    assert texts(doc, attack.get("target")) == ["شرطي"]


def test_whoever_a_passive_names_after_it_is_hurt_even_with_no_actor_noun(kb_dir: Path) -> None:
    doc, events = code("وقالت مصادر طبية إن فلسطينياً قتل وأصيب نجلاه برصاص الجيش أمس.", kb_dir)
    assert "نجلاه" in texts(doc, only(events, "ASSAULT").get("target"))


def test_after_due_to_a_word_is_the_noun_his_injury_not_a_verb_of_the_speaker(kb_dir: Path) -> None:
    doc, events = code("وقالت مصادر طبية إن فلاحا قتل جراء اصابته برصاصة في الصدر.", kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("target")) == ["فلاحا"]


def test_a_mans_forces_are_one_actor_that_is_not_him(kb_dir: Path) -> None:
    doc, events = code("وقصفت قوات فيصل المقداد بلدة قرب دمشق أمس.", kb_dir)
    source = only(events, "ASSAULT").get("source")
    assert texts(doc, source) == ["قوات فيصل المقداد"]
    assert [(a.get("id"), a.get("sector")) for a in source] == [(None, "MIL")]


def test_a_verbal_nouns_genitive_before_its_object_after_lam_is_the_doer(kb_dir: Path) -> None:
    doc, events = code("وندد الحزب أمس باعتقال الشرطة لعدد من المعلمين في بغداد.", kb_dir)
    assert texts(doc, only(events, "COERCE").get("source")) == ["الشرطة"]
    assert texts(doc, only(events, "ACCUSE").get("target")) == ["الشرطة"]
    doc, events = code("واستنكر الحزب أمس اغتيال النائب لأسباب سياسية في بغداد.", kb_dir)
    assert all("النائب" not in texts(doc, e.get("source")) for e in events)


def test_a_soldier_named_after_his_noun_is_one_actor_but_the_army_and_a_man_are_two(kb_dir: Path) -> None:
    doc, events = code("وأعلن الجيش أمس مقتل الجندي فيصل المقداد بعد إصابته برصاص قناص.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("target")) == ["الجندي فيصل المقداد"]
    doc, events = code("واتهم الجيش فيصل المقداد بالوقوف وراء الهجوم.", kb_dir)
    accuse = only(events, "ACCUSE")
    assert texts(doc, accuse.get("source")) == ["الجيش"]
    assert texts(doc, accuse.get("target")) == ["فيصل المقداد"]


def test_a_feminine_actor_takes_no_masculine_noun_after_it_for_its_adjective(kb_dir: Path) -> None:
    doc, events = code("وأطلقت الشرطة الغاز المسيل للدموع لتفريق المتظاهرين في بغداد أمس.", kb_dir)
    assert texts(doc, only(events, "COERCE").get("source")) == ["الشرطة"]
    doc, events = code("وطالبت الشرطة المحلية السكان بالبقاء في منازلهم.", kb_dir)
    assert texts(doc, only(events, "REQUEST").get("source")) == ["الشرطة المحلية"]


def test_whoever_a_clause_opens_with_disperses_for_its_purpose_and_the_crowd_faces_it(kb_dir: Path) -> None:
    _, events = code(
        "دمشق ـ ا.ف.ب: استخدمت قوات سوريا الديمقراطية أمس الغاز المسيل للدموع لتفريق ألف متظاهر احتجوا على القرار.",
        kb_dir,
    )
    assert ids(only(events, "COERCE").get("source")) == ["rasd:org/sdf"]
    assert ids(only(events, "PROTEST").get("target")) == ["rasd:org/sdf"]


def test_a_rejections_genitive_is_who_rejects(kb_dir: Path) -> None:
    doc, events = code("وتراجعت الأسهم أمس بعد رفض الحكومة المقترح الجديد.", kb_dir)
    reject = only(events, "REJECT")
    assert texts(doc, reject.get("source")) == ["الحكومة"]
    assert reject.get("target") == []


def test_a_purpose_after_a_clause_that_opens_with_where_is_that_clauses_subjects(kb_dir: Path) -> None:
    doc, events = code("وفي دمشق، استخدمت الشرطة الغاز لتفريق المتظاهرين أمس.", kb_dir)
    assert texts(doc, only(events, "COERCE").get("source")) == ["الشرطة"]


def test_a_building_stands_for_whose_it_is(kb_dir: Path) -> None:
    doc, events = code("قصفت طائرات التحالف الدولي أمس مقار تنظيم داعش في الرقة.", kb_dir)
    target = only(events, "ASSAULT").get("target")
    assert ids(target) == ["Q2429253"]
    assert texts(doc, target) == ["تنظيم داعش"]  # the owner: the building is where, not who
    doc, events = code("اقتحم مسلحون أمس مكتب التحالف الدولي في بغداد.", kb_dir)
    assert ids(only(events, "COERCE").get("target")) == ["rasd:org/global-coalition"]


def test_how_a_crowd_was_is_read_past_not_into_it_nor_taken_for_its_object(kb_dir: Path) -> None:
    doc, events = code("هاجم متظاهرون غاضبون أمس مقر التحالف الدولي في بغداد.", kb_dir)
    for typ in ("ASSAULT", "PROTEST"):
        assert texts(doc, only(events, typ).get("source")) == ["متظاهرون"]
        assert ids(only(events, typ).get("target")) == ["rasd:org/global-coalition"]
    doc, events = code("تظاهر محتجون يساريون أمس في بغداد.", kb_dir)
    assert texts(doc, only(events, "PROTEST").get("source")) == ["محتجون يساريون"]  # who they are stays in


def test_parliaments_parties_and_teachers_are_actors(kb_dir: Path) -> None:
    doc, events = code("تجمع المتظاهرون أمس أمام مبنى البرلمان احتجاجا على القانون.", kb_dir)
    target = only(events, "PROTEST").get("target")
    assert texts(doc, target) == ["البرلمان"]
    assert target[0].get("sector") == "LEG"
    doc, events = code("ألقت الشرطة القبض على مدرسين في بغداد أمس.", kb_dir)
    target = only(events, "COERCE").get("target")
    assert texts(doc, target) == ["مدرسين"]
    assert target[0].get("sector") == "EDU"


def test_a_genitive_before_a_named_object_after_lam_is_the_doer(kb_dir: Path) -> None:
    doc, events = code("أكد المسؤول تأييد الحزب لسوريا في الأزمة.", kb_dir)
    support = only(events, "SUPPORT")
    assert texts(doc, support.get("source")) == ["الحزب"]
    assert support.get("source")[0].get("sector") == "PTY"
    assert ids(support.get("target")) == ["Q858"]


def test_a_boycotted_country_is_no_province(kb_dir: Path) -> None:
    _, events = code("أعلن الحزب مقاطعة العراق أمس.", kb_dir)
    assert ids(only(events, "PROTEST").get("target")) == ["Q796"]
    _, events = code("قتل جنديان في مقاطعة هلمند أمس.", kb_dir, [("هلمند", "LOC", 0)])
    assert not [e for e in events if e.get("type") == "PROTEST"]


def test_a_preposition_with_its_pronoun_is_no_actor(kb_dir: Path) -> None:
    from tests.minikb import linked_document

    from rasd.events.code import EventsStage
    from rasd.kb.store import load
    from rasd.quotes.stage import QuotesStage

    # the quote's speaker is read as فيه ("in it"); the call it reports takes no source from that
    doc = linked_document("كتب الوزير مقالا قال فيه: نطالب الحكومة بالحوار.", load(str(kb_dir)))
    EventsStage()(QuotesStage()(doc))
    request = only(doc.layer("events"), "REQUEST")
    assert "فيه" not in texts(doc, request.get("source"))
    assert texts(doc, request.get("target")) == ["الحكومة"]


def test_a_word_with_wa_past_the_subject_opens_a_clause_not_an_object(kb_dir: Path) -> None:
    doc, events = code("وتابعت أن حشدا غاضبا هاجم الجيش مجددا ورشقه بالحجارة.", kb_dir)
    assert "ورشقه" not in texts(doc, only(events, "ASSAULT").get("target"))
    doc, events = code("أصيب والدي بثلاث رصاصات في صدره.", kb_dir)  # right after the verb: its own و
    assert texts(doc, only(events, "ASSAULT").get("target")) == ["والدي"]


def test_an_accusative_after_an_unmarked_subject_is_its_object_not_its_adjective(kb_dir: Path) -> None:
    doc, events = code("قتل مسلح شرطيا أمس في بغداد.", kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("source")) == ["مسلح"]
    assert texts(doc, attack.get("target")) == ["شرطيا"]


def test_who_survived_an_attack_is_named_after_the_that_opening_the_clause(kb_dir: Path) -> None:
    _, events = code("وقالت مصادر أمنية إن أسعد الشيباني الذي زار بغداد أمس نجا من محاولة اغتيال.", kb_dir)
    assert ids(only(events, "ASSAULT").get("target")) == ["rasd:per/asaad-al-shaibani"]


def test_the_pronoun_on_an_abduction_noun_names_who_was_taken(kb_dir: Path) -> None:
    _, events = code("وأعلنت الشرطة أن أسعد الشيباني عثر عليه بعد يومين من خطفه.", kb_dir)
    attack = only(events, "ASSAULT")
    assert ids(attack.get("target")) == ["rasd:per/asaad-al-shaibani"]
    assert attack.get("source") == []
    _, events = code("وقال مصدر إن المخطوفين هما أسعد الشيباني وفيصل المقداد، مضيفا أنه تم خطفهما أمس.", kb_dir)
    assert ids(only(events, "ASSAULT").get("target")) == ["rasd:per/asaad-al-shaibani", "rasd:per/old-minister"]


def test_a_relative_clauses_verb_does_not_govern_the_verbal_noun_after_it(kb_dir: Path) -> None:
    doc, events = code("وخرج أمس مئات من المتظاهرين تدعمهم الأحزاب المعارضة احتجاجا على قرار الحكومة.", kb_dir)
    assert texts(doc, only(events, "PROTEST").get("source")) == ["مئات من المتظاهرين"]  # not the parties backing them


def test_the_subject_after_kana_acts_through_a_plural_light_verb(kb_dir: Path) -> None:
    doc, events = code("وكان الأهالي ينظمون مظاهرة في بغداد كل يوم جمعة.", kb_dir)
    assert texts(doc, only(events, "PROTEST").get("source")) == ["الأهالي"]
    doc, events = code("وكان الأهالي وأنصارهم من اليهود والأجانب ينظمون مظاهرة في بغداد كل يوم جمعة.", kb_dir)
    assert texts(doc, only(events, "PROTEST").get("source")) == ["الأهالي", "أنصارهم"]  # not الأجانب alone


def test_one_generic_actor_per_name(kb_dir: Path) -> None:
    doc, events = code(
        "تصاعدت احتجاجات المعارضة ضد الحكومة في بغداد أمس، بعد أن اقتحم متظاهرون معارضون للحكومة مبنى البلدية.",
        kb_dir,
    )
    assert texts(doc, only(events, "PROTEST").get("target")) == ["الحكومة"]  # not الحكومة and للحكومة


def test_some_of_the_dead_did_not_kill(kb_dir: Path) -> None:
    doc, events = code("وقال مسؤول إن بعض قتلى الحادثة ينتمون لحركة مسلحة، إلا أن القوات قتلت مدنيين.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("source")) == ["القوات"]


def test_a_named_person_who_attacks_criticizes(kb_dir: Path) -> None:
    _, events = code("وهاجم أسعد الشيباني العراق في كلمته أمس.", kb_dir)
    criticism = only(events, "ACCUSE")
    assert criticism.get("mode") == "criticize" and criticism.get("cameo") == "111"
    assert ids(criticism.get("target")) == ["Q796"]
    assert not [e for e in events if e.get("type") == "ASSAULT"]
    _, events = code("هاجم مسلحون حاجزا للجيش في بغداد أمس.", kb_dir)  # an armed group strikes
    assert only(events, "ASSAULT")


def test_a_title_names_the_person_past_a_bracketed_late(kb_dir: Path) -> None:
    _, events = code("وشملت الجولة لقاء مع الرئيس (الراحل) فيصل المقداد في دمشق.", kb_dir)
    assert ids(only(events, "CONSULT").get("target")) == ["rasd:per/old-minister"]


def test_aiming_to_do_something_is_no_attack(kb_dir: Path) -> None:
    for text in ("وتستهدف الوزارة توفير السكن المناسب للمواطنين.", "وقال إن الخطة تستهدف تطوير قطاع النقل في بغداد."):
        _, events = code(text, kb_dir)
        assert not [e for e in events if e.get("type") == "ASSAULT"], text
    _, events = code("استهدفت طائرات التحالف الدولي تنظيم داعش في الرقة.", kb_dir)  # a body named: struck
    assert ids(only(events, "ASSAULT").get("target")) == ["Q2429253"]
    _, events = code("هاجم مسلحون أمس واستهدفوا نقطة تفتيش للشرطة في بغداد.", kb_dir)  # تفتيش: the object's genitive
    assert [e for e in events if e.get("type") == "ASSAULT"]


def test_who_blew_himself_up_is_read_past_a_relative_clause_and_a_genitive(kb_dir: Path) -> None:
    doc, events = code("وقال إن انتحاريا يستقل سيارة مشابهة لسيارات قوات الشرطة فجر نفسه قرب دورية للجيش.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("source")) == ["انتحاريا"]  # not the police whose cars it resembled
    doc, events = code("وقامت امرأة بلجيكية اعتنقت الإسلام بتفجير نفسها قرب دورية للجيش في بغداد.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("source")) == ["امرأة بلجيكية"]  # the light verb's subject


def test_a_soldier_named_by_nationality_is_not_his_country(kb_dir: Path) -> None:
    # سوريا is both Syria and the accusative of سوري (Syrian) after an indefinite noun
    doc, events = code("وقال مسؤول إن جنديا سوريا قتل أمس.", kb_dir)
    attack = only(events, "ASSAULT")
    assert attack.get("source") == []
    assert texts(doc, attack.get("target")) == ["جنديا سوريا"]


def test_whom_the_dead_fought_killed_them(kb_dir: Path) -> None:
    doc, events = code("وقتل ثلاثة جنود عراقيين أمس في اشتباكات مع تنظيم داعش.", kb_dir)
    attack = only(events, "ASSAULT")
    assert ids(attack.get("source")) == ["Q2429253"]
    assert texts(doc, attack.get("target")) == ["ثلاثة جنود عراقيين"]
    doc, events = code("وأسفرت المواجهات مع تنظيم داعش أمس عن مقتل جنديين.", kb_dir)
    attack = only(events, "ASSAULT")
    assert ids(attack.get("source")) == ["Q2429253"]
    assert texts(doc, attack.get("target")) == ["جنديين"]


def test_a_clash_between_two_named_sides_keeps_them(kb_dir: Path) -> None:
    doc, events = code("واندلعت اشتباكات بين الجيش ومسلحين أسفرت عن مقتل جنديين.", kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("source")) == ["الجيش"]


def test_a_city_after_an_attack_noun_is_where_not_who(kb_dir: Path) -> None:
    _, events = code("وأدان الأمين العام هجوم بغداد الانتحاري.", kb_dir)
    attack = only(events, "ASSAULT")
    assert attack.get("source") == []
    assert attack.get("mode") == "bombing"  # the adjective past the genitive: a suicide attack, not a bomber
    _, events = code("وأدان الأمين العام هجمات سوريا على العراق.", kb_dir)
    attack = only(events, "ASSAULT")
    assert ids(attack.get("source")) == ["Q858"]  # a country's attacks are its own
    assert ids(attack.get("target")) == ["Q796"]


def test_an_armed_body_the_fire_came_from_carried_out_the_attack(kb_dir: Path) -> None:
    doc, events = code("وقتل ثلاثة مدنيين أمس في قصف من الطائرات الحربية على البلدة.", kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("source")) == ["الطائرات الحربية"]
    assert texts(doc, attack.get("target")) == ["ثلاثة مدنيين"]
    doc, events = code("وأعلن الجيش مقتل ثلاثة من الجنود في هجوم أمس.", kb_dir)
    assert only(events, "ASSAULT").get("source") == []  # counted out of the dead, not who killed them


def test_the_act_someone_is_held_for_is_theirs(kb_dir: Path) -> None:
    doc, events = code("وتمكنت الشرطة أمس من ضبط مواطن بتهمة الاعتداء على زوجته.", kb_dir)
    assault = only(events, "ASSAULT")
    assert texts(doc, assault.get("source")) == ["مواطن"]


def test_fire_from_militias_past_an_adjective_is_theirs_and_no_target_repeats_them(kb_dir: Path) -> None:
    doc, events = code("وقال مسؤول إن السكان يعيشون في الملاجئ نتيجة للقصف العنيف من مليشيات الحوثي.", kb_dir)
    shelling = only(events, "ASSAULT")
    assert texts(doc, shelling.get("source")) == ["مليشيات الحوثي"]
    assert shelling.get("target") == []


def test_what_calls_for_concern_is_no_call_on_anyone(kb_dir: Path) -> None:
    for text in ("وقال المسؤول إن الحدود آمنة وليس هناك ما يدعو للقلق.", "ويستثني التحالف بشكل يدعو إلى الريبة العراق."):
        _, events = code(text, kb_dir)
        assert not [e for e in events if e.get("type") == "REQUEST"], text
    _, events = code("ودعت السعودية العراق إلى الحوار.", kb_dir)
    assert ids(only(events, "REQUEST").get("target")) == ["Q796"]


def test_a_person_right_after_an_arrest_verb_with_no_object_was_arrested(kb_dir: Path) -> None:
    ner = [("جيسون رضايان", "PER", 0)]
    doc, events = code("واعتقل جيسون رضايان مراسل الصحيفة في طهران في يوليو الماضي.", kb_dir, ner)
    arrest = only(events, "COERCE")
    assert arrest.get("source") == []
    assert texts(doc, arrest.get("target")) == ["جيسون رضايان"]
    doc, events = code("واعتقل جيسون رضايان خمسة مسلحين في طهران.", kb_dir, ner)
    assert texts(doc, only(events, "COERCE").get("source")) == ["جيسون رضايان"]  # he arrested them


def test_a_clause_naming_an_attack_of_its_own_reports_another_attack(kb_dir: Path) -> None:
    text = (
        "وقتل 33 شخصا في هجوم انتحاري قرب مدخل القاعدة في خوست، وبعدها بأيام أصيب 25 مدنيا في هجوم استهدف مسجدا."
    )
    doc, events = code(text, kb_dir)
    attacks = [e for e in events if e.get("type") == "ASSAULT"]
    assert [texts(doc, e.get("target"))[:1] for e in attacks] == [["33 شخصا"], ["25 مدنيا"]]
    # more dead or hurt in the same blast are the same attack
    _, events = code("وقتل خمسة أشخاص فيما أصيب عشرة آخرون في انفجار سيارة مفخخة ببغداد.", kb_dir)
    assert len([e for e in events if e.get("type") == "ASSAULT"]) == 1


def test_the_body_a_title_after_the_name_heads_is_not_where_a_visit_goes(kb_dir: Path) -> None:
    ner = [("أحمد الجربا", "PER", 0)]
    doc, events = code("ويمكن فهم زيارة أحمد الجربا الرئيس السابق للتحالف الدولي إلى دمشق قبل أيام.", kb_dir, ner)
    visit = only(events, "CONSULT")
    assert texts(doc, visit.get("source")) == ["أحمد الجربا"]
    assert ids(visit.get("target")) == ["Q3766"]


def test_to_pretend_is_no_protest(kb_dir: Path) -> None:
    _, events = code("الكل هنا يتظاهر بمظهر الضحية المستهدفة.", kb_dir)
    assert not [e for e in events if e.get("type") == "PROTEST"]
    _, events = code("وتظاهر المئات بالقرب من السفارة أمس.", kb_dir)
    assert only(events, "PROTEST").get("mode") == "demonstration"


def test_places_struck_whose_owner_is_not_named_are_no_target(kb_dir: Path) -> None:
    doc, events = code("وقصف الطيران السوري أمس مناطق في ريف دمشق.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("target")) == []
    # with the owner named, the owner is
    doc, events = code("وقصف الطيران السوري أمس مواقع تنظيم داعش في ريف دمشق.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("target")) == ["تنظيم داعش"]


def test_a_market_or_a_mosque_struck_is_where_not_whom(kb_dir: Path) -> None:
    doc, events = code("وهاجم مسلحون سوقا شعبية في ريف دمشق أمس.", kb_dir)
    assault = only(events, "ASSAULT")
    assert texts(doc, assault.get("source")) == ["مسلحون"] and texts(doc, assault.get("target")) == []


def test_a_suicide_bomber_right_after_the_verb_aims_at_what_follows(kb_dir: Path) -> None:
    doc, events = code("واستهدف انتحاري دورية للشرطة في ريف دمشق أمس.", kb_dir)
    assault = only(events, "ASSAULT")
    assert texts(doc, assault.get("source")) == ["انتحاري"]
    assert texts(doc, assault.get("target")) == ["دورية للشرطة"]


def test_a_place_named_in_passing_long_before_owns_no_pronoun(kb_dir: Path) -> None:
    text = ("وعاشت سوريا البلد المجاور للعراق منذ ما يزيد على أربعين سنة تحت وطأة نظام مارس أساليب القهر كافة"
            " على كل من يعبر عن رفضه للنظام.")
    doc, events = code(text, kb_dir)
    rejection = only(events, "REJECT")
    assert texts(doc, rejection.get("source")) == [] and texts(doc, rejection.get("target")) == ["للنظام"]


def test_whoever_visits_the_site_of_a_bombing_did_not_bomb(kb_dir: Path) -> None:
    _, events = code("ومن المتوقع أن يزور أسعد الشيباني موقع التفجير في دمشق.", kb_dir)
    assert [e.get("source") for e in events if e.get("type") == "ASSAULT"] == [[]]


def test_what_an_attacker_strikes_with_is_not_whom(kb_dir: Path) -> None:
    doc, events = code("واستهدف تنظيم داعش بدراجة نارية مفخخة أحد الحواجز في دمشق.", kb_dir)
    attack = only(events, "ASSAULT")
    assert [a.get("id") for a in attack.get("source")] == ["Q2429253"]
    assert "بدراجة" not in texts(doc, attack.get("target"))
