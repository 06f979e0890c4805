"""Actor phrases the coder reads around a trigger (rasd.events.args): members and units of a body, people
described and then named, and what does not agree with a plural subject; on sentences written for these tests,
through the coder over the tests' small knowledge base."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.events.test_events import code
from tests.events.test_sides import only, texts


def test_counted_members_of_a_body_act_for_the_body(kb_dir: Path) -> None:
    doc, events = code("قتل أمس سبعة من عناصر قوات سوريا الديمقراطية في هجوم انتحاري.", kb_dir)
    target = only(events, "ASSAULT").get("target")
    assert texts(doc, target) == ["سبعة من عناصر قوات سوريا الديمقراطية"]
    assert [a.get("id") for a in target] == ["rasd:org/sdf"]
    assert only(events, "ASSAULT").get("source") == []  # the dead are not who killed


def test_members_of_a_linked_body_keep_their_own_word_and_the_bodys_id(kb_dir: Path) -> None:
    doc, events = code("هاجم مسلحون أعضاء التحالف الدولي أمس.", kb_dir)
    target = only(events, "ASSAULT").get("target")
    assert texts(doc, target) == ["أعضاء التحالف الدولي"]
    assert [a.get("id") for a in target] == ["rasd:org/global-coalition"]


def test_a_unit_is_the_group_it_is_taken_from(kb_dir: Path) -> None:
    doc, events = code("قصف الجيش السوري مجموعة من المتمردين الأكراد أمس.", kb_dir)
    target = only(events, "ASSAULT").get("target")
    assert texts(doc, target) == ["المتمردين الأكراد"]  # the group is of them: the span is theirs
    assert [a.get("sector") for a in target] == ["REB"]


def test_a_person_described_then_named_is_one_actor(kb_dir: Path) -> None:
    ner = [("هشام سيموري", "PER", 0)]
    doc, events = code("اغتال مجهولون رجل الدين الشيعي هشام سيموري أمس.", kb_dir, ner)
    attack = only(events, "ASSAULT")
    # the singular رجل is the object, not an adjective of the plural subject مجهولون
    assert texts(doc, attack.get("source")) == ["مجهولون"]
    assert texts(doc, attack.get("target")) == ["رجل الدين الشيعي هشام سيموري"]


def test_a_named_person_keeps_the_country_of_the_description(kb_dir: Path) -> None:
    ner = [("جيمس فولي", "PER", 0)]
    doc, events = code("خطف مسلحون الصحفي الأمريكي جيمس فولي أمس.", kb_dir, ner)
    target = only(events, "ASSAULT").get("target")
    assert texts(doc, target) == ["الصحفي الأمريكي جيمس فولي"]
    assert [a.get("country") for a in target] == ["USA"]


def test_a_group_before_names_is_not_their_title(kb_dir: Path) -> None:
    ner = [("محمد", "PER", 0), ("علي", "PER", 0)]
    doc, events = code("اعتقلت الشرطة الأطفال محمد وعلي أمس.", kb_dir, ner)
    assert texts(doc, only(events, "COERCE").get("target"))[0] == "الأطفال"


def test_the_dead_after_a_killing_noun_are_its_victims_even_described_then_named(kb_dir: Path) -> None:
    ner = [("مايكل براون", "PER", 0)]
    doc, events = code("وجاء ذلك بعد مقتل الشاب الأعزل مايكل براون البالغ من العمر 18 عاما في المدينة.", kb_dir, ner)
    attack = only(events, "ASSAULT")
    assert attack.get("source") == []
    assert texts(doc, attack.get("target")) == ["الشاب الأعزل مايكل براون"]


def test_a_title_does_not_run_over_a_second_person_joined_by_and(kb_dir: Path) -> None:
    ner = [("حسين السلامة", "PER", 0)]
    doc, events = code("التقى أسعد الشيباني وزير الخارجية وحسين السلامة أمس.", kb_dir, ner)
    meeting = only(events, "CONSULT")
    assert [a.get("id") for a in meeting.get("source")] == ["rasd:per/asaad-al-shaibani"]
    assert texts(doc, meeting.get("target")) == ["حسين السلامة"]


def test_what_suffered_an_attack_is_its_target_past_qad_and_at_least(kb_dir: Path) -> None:
    for text, target in (
        ("وقال المكتب إن 55 سفينة على الأقل تعرضت للهجوم في خليج عدن.", "55 سفينة"),
        ("وكانت دورية للجيش السوري قد تعرضت لهجوم أمس.", "دورية للجيش السوري"),
        ("وتعرض بعض مراكز الجيش السوري في الأيام الأخيرة لاعتداءات متفرقة.", "الجيش السوري"),
    ):
        doc, events = code(text, kb_dir)
        attack = only(events, "ASSAULT")
        assert texts(doc, attack.get("target")) == [target], text
        assert not (attack.get("aux") or {}).get("future"), text  # suffered, not an aim


def test_an_object_past_a_span_of_time_and_its_comma(kb_dir: Path) -> None:
    doc, events = code("كما خطف مسلحون قبل خمسة أيام، عددا من الأشخاص جنوب بغداد.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("target")) == ["عددا من الأشخاص"]
    doc, events = code("وقال المسؤول إن المسلحين خطفوا ما مجموعه 14 شخصا.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("target")) == ["14 شخصا"]


def test_a_killing_verb_with_its_object_pronoun_is_active(kb_dir: Path) -> None:
    text = "وقال السكان إن جنودا من الجيش السوري اقتحموا المنزل، وأطلقوا النار على والده فقتلوه."
    doc, events = code(text, kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("source")) == ["جنودا من الجيش السوري"]  # the verbs share their subject
    assert [(a.get("country"), a.get("sector")) for a in attack.get("source")] == [("SYR", "MIL")]
    assert not any("الجيش" in t for t in texts(doc, attack.get("target")))


def test_whose_fire_it_is_acts(kb_dir: Path) -> None:
    doc, events = code("وأصابت نيران قوات سوريا الديمقراطية ثلاثة مدنيين أمس.", kb_dir)
    attack = only(events, "ASSAULT")
    assert [a.get("id") for a in attack.get("source")] == ["rasd:org/sdf"]
    assert texts(doc, attack.get("target")) == ["ثلاثة مدنيين"]


def test_one_of_a_people_has_its_country_and_a_second_one_is_no_adjective(kb_dir: Path) -> None:
    doc, events = code("قتل الجيش السوري فلسطينيا وعراقيا أمس.", kb_dir)
    target = only(events, "ASSAULT").get("target")
    assert texts(doc, target) == ["فلسطينيا", "عراقيا"]
    assert [a.get("country") for a in target] == ["PSE", "IRQ"]


def test_who_is_among_the_dead_is_every_group_named(kb_dir: Path) -> None:
    doc, events = code("قتل 15 شخصا بينهم نساء وأطفال أمس عندما فجر انتحاري نفسه في سوق.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("target")) == ["15 شخصا", "نساء", "أطفال"]


def test_a_title_with_its_body_then_the_name_is_the_victim(kb_dir: Path) -> None:
    ner = [("جورج حاوي", "PER", 0), ("قوات سوريا الديمقراطية", "ORG", 0)]
    text = "اغتيال القائد السابق لقوات سوريا الديمقراطية جورج حاوي في بيروت أمس."
    doc, events = code(text, kb_dir, ner)
    assert texts(doc, only(events, "ASSAULT").get("target")) == ["القائد السابق لقوات سوريا الديمقراطية جورج حاوي"]


def test_the_dead_an_attack_caused_past_its_subject(kb_dir: Path) -> None:
    doc, events = code("وأوقع هجوم بسيارة مفخخة على حفل زفاف في المدينة سبعة قتلى.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("target")) == ["سبعة قتلى"]


def test_whose_dead_a_count_names_after_it(kb_dir: Path) -> None:
    doc, events = code("وقتل ثلاثة عناصر من الجيش السوري في الهجوم أمس.", kb_dir)
    attack = only(events, "ASSAULT")
    assert attack.get("source") == []
    assert texts(doc, attack.get("target")) == ["ثلاثة عناصر من الجيش السوري"]  # members of the army: its own
    assert [(a.get("country"), a.get("sector")) for a in attack.get("target")] == [("SYR", "MIL")]


def test_whom_a_crowd_stands_for_or_against_belongs_to_its_name(kb_dir: Path) -> None:
    doc, events = code("وأعاق الآلاف من المتظاهرين المناوئين للحكومة التركية انعقاد البرلمان أمس.", kb_dir)
    sources = [a for e in events for a in e.get("source")]
    assert "الآلاف من المتظاهرين المناوئين للحكومة التركية" in texts(doc, sources)  # from its count
    doc, events = code("وقطع المتظاهرون المناهضون للفاشية الشوارع أمس.", kb_dir)
    assert texts(doc, only(events, "PROTEST").get("source")) == ["المتظاهرون المناهضون للفاشية"]


def test_people_are_an_actor(kb_dir: Path) -> None:
    doc, events = code("وقتل الجنود الناس في الشوارع أمس.", kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("source")) == ["الجنود"]
    assert texts(doc, attack.get("target")) == ["الناس"]


def test_a_suicide_attacks_adjective_is_not_whom_it_aimed_at(kb_dir: Path) -> None:
    doc, events = code("واستهدف تفجيران انتحاريان بحزام ناسف نقطة تفتيش في بغداد أمس.", kb_dir)
    for ev in events:
        assert "انتحاريان" not in texts(doc, ev.get("target"))
    doc, events = code("واستهدف الهجوم دورية للجيش السوري أمس.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("target")) == ["دورية للجيش السوري"]


def test_a_vehicle_attacked_stands_for_whom_it_belongs_to(kb_dir: Path) -> None:
    doc, events = code("فجر انتحاري أمس حافلة مملوكة لقوات سوريا الديمقراطية في الحسكة.", kb_dir)
    target = only(events, "ASSAULT").get("target")
    assert texts(doc, target) == ["حافلة مملوكة لقوات سوريا الديمقراطية"]
    assert [a.get("id") for a in target] == ["rasd:org/sdf"]


def test_a_convoy_stands_for_whom_it_carries(kb_dir: Path) -> None:
    doc, events = code("انفجرت عبوة ناسفة أمس لدى مرور قافلة عسكرية تقل عناصر من قوات سوريا الديمقراطية.", kb_dir)
    target = only(events, "ASSAULT").get("target")
    assert [a.get("id") for a in target] == ["rasd:org/sdf"]
    assert texts(doc, target)[0].startswith("قافلة عسكرية")


def test_a_vehicle_with_no_owner_named_stays_itself(kb_dir: Path) -> None:
    doc, events = code("فجر انتحاري أمس حافلة صغيرة في الحسكة.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("target")) == ["حافلة"]


def test_whose_raid_it_is_after_a_two_word_trigger(kb_dir: Path) -> None:
    _, events = code("قتل خمسة مدنيين أمس في غارة جوية لطيران التحالف الدولي.", kb_dir)
    assert [a.get("id") for a in only(events, "ASSAULT").get("source")] == ["rasd:org/global-coalition"]


def test_a_verb_after_an_attacks_phrase_and_a_comma_describes_the_attack(kb_dir: Path) -> None:
    text = "وجرح ثلاثة أمس في غارة جوية لطيران التحالف الدولي، استهدفت آليات عسكرية تابعة لقوات سوريا الديمقراطية."
    _, events = code(text, kb_dir)
    attack = only(events, "ASSAULT")
    # the vehicles are what the raid aimed at, not the subject of استهدفت
    assert [a.get("id") for a in attack.get("source")] == ["rasd:org/global-coalition"]
    assert "rasd:org/sdf" in [a.get("id") for a in attack.get("target")]


def test_a_leader_in_a_body_is_kidnapped_not_a_place_named_before(kb_dir: Path) -> None:
    doc, events = code("وفي أول حادث منذ انهيار الهدنة في دمشق، تعرض قيادي في تنظيم داعش للخطف على أيدي مسلحين.", kb_dir)
    attack = only(events, "ASSAULT")
    assert [a.get("id") for a in attack.get("target")] == ["Q2429253"]
    assert texts(doc, attack.get("target")) == ["قيادي في تنظيم داعش"]
    assert texts(doc, attack.get("source")) == ["مسلحين"]


def test_an_honorific_between_a_description_and_a_name(kb_dir: Path) -> None:
    ner = [("هشام سيموري", "PER", 0)]
    doc, events = code("اغتال مجهولون رجل الدين الشيعي حجة الإسلام هشام سيموري أمس.", kb_dir, ner)
    assert texts(doc, only(events, "ASSAULT").get("target")) == ["رجل الدين الشيعي حجة الإسلام هشام سيموري"]


def test_killed_along_with_others_is_a_passive(kb_dir: Path) -> None:
    ner = [("أنطوان غانم", "PER", 0)]
    text = "وقالت الشرطة إن النائب أنطوان غانم الذي قتل مع تسعة مواطنين آخرين في تفجير سيارة مفخخة أمس."
    doc, events = code(text, kb_dir, ner)
    attack = only(events, "ASSAULT")
    assert attack.get("source") == []  # he did not kill the nine: he died with them
    assert "أنطوان غانم" in texts(doc, attack.get("target"))


def test_an_object_put_first_and_named_again_by_a_pronoun(kb_dir: Path) -> None:
    _, events = code("وقال مصدر عسكري إن جنودا عراقيين خطفهم مقاتلو تنظيم داعش أمس.", kb_dir)
    attack = only(events, "ASSAULT")
    assert [a.get("id") for a in attack.get("source")] == ["Q2429253"]
    assert [a.get("country") for a in attack.get("target")] == ["IRQ"]


def test_a_counted_people_is_not_their_country(kb_dir: Path) -> None:
    doc, events = code("وخطف مسلحون أمس 13 سورياً قرب بغداد.", kb_dir)
    target = only(events, "ASSAULT").get("target")
    assert texts(doc, target) == ["13 سورياً"]
    assert [(a.get("id"), a.get("country"), a.get("sector")) for a in target] == [(None, "SYR", "CVL")]


def test_premises_attacked_stand_for_whom_they_belong_to(kb_dir: Path) -> None:
    _, events = code("تعرضت قاعدة تابعة لقوات سوريا الديمقراطية أمس الى هجوم انتحاري في الحسكة.", kb_dir)
    target = only(events, "ASSAULT").get("target")
    assert [a.get("id") for a in target] == ["rasd:org/sdf"]


def test_a_count_right_after_a_kidnapping_verb_is_who_was_kidnapped(kb_dir: Path) -> None:
    doc, events = code("واختطف 9 عراقيين أمس قرب دمشق.", kb_dir)
    attack = only(events, "ASSAULT")
    assert attack.get("source") == []
    assert [a.get("country") for a in attack.get("target")] == ["IRQ"]
    # a plural verb names its subject by its ending: they kidnapped four, the four are still the target
    doc, events = code("اقتحم مسلحون القرية أمس وخطفوا أربعة عراقيين.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("target")) == ["أربعة عراقيين"]


def test_the_group_a_crowd_comes_from_backs_someone_the_protest_does_not_address(kb_dir: Path) -> None:
    text = "وتجمع متظاهرون من حركة الشباب الموالية للحكومة السورية أمس أمام مقر التحالف الدولي في دمشق."
    _, events = code(text, kb_dir)
    assert [a.get("id") for a in only(events, "PROTEST").get("target")] == ["rasd:org/global-coalition"]


def test_an_attack_nouns_own_l_names_its_author_and_its_verb_what_it_struck(kb_dir: Path) -> None:
    _, events = code("وشهدت الحسكة أمس هجوما لقوات سوريا الديمقراطية استهدف مسلحين من تنظيم داعش.", kb_dir)
    attack = only(events, "ASSAULT")
    assert [a.get("id") for a in attack.get("source")] == ["rasd:org/sdf"]
    assert "rasd:org/sdf" not in [a.get("id") for a in attack.get("target")]


def test_activists_in_a_place_are_not_members_of_it(kb_dir: Path) -> None:
    doc, events = code("اعتقلت القوات أمس ناشطين في دمشق.", kb_dir)
    assert texts(doc, only(events, "COERCE").get("target")) == ["ناشطين"]


def test_a_country_after_a_preposition_did_not_kill(kb_dir: Path) -> None:
    _, events = code("وقال الوزير إن بلاده لن تنسحب من سوريا على الرغم من مقتل ثلاثة جنود أمس في هجوم انتحاري.", kb_dir)
    assert "Q858" not in [a.get("id") for a in only(events, "ASSAULT").get("source")]
    assert "Q858" not in [a.get("id") for a in only(events, "RETREAT").get("source")]  # nor withdrew


def test_a_drone_is_whose_it_is(kb_dir: Path) -> None:
    text = "وأطلقت طائرة بدون طيار تابعة للتحالف الدولي أمس صاروخا على مسلحين من تنظيم داعش."
    _, events = code(text, kb_dir)
    attack = only(events, "ASSAULT")
    assert [a.get("id") for a in attack.get("source")] == ["rasd:org/global-coalition"]


def test_a_unit_with_an_adjective_acts_for_the_body_it_is_taken_from(kb_dir: Path) -> None:
    doc, events = code("وكانت فرقة مظلية من قوات مكافحة الإرهاب قد قتلت أمس أربعة مسلحين.", kb_dir)
    source = only(events, "ASSAULT").get("source")
    assert texts(doc, source) == ["فرقة مظلية من قوات مكافحة الإرهاب"]
    assert [a.get("sector") for a in source] == ["MIL"]


def test_residents_are_named_with_where_they_live(kb_dir: Path) -> None:
    doc, events = code("وتظاهر أهالي أحياء وسط دمشق أمس ضد الجدار.", kb_dir)
    assert texts(doc, only(events, "PROTEST").get("source")) == ["أهالي أحياء وسط دمشق"]
    doc, events = code("وقتل سكان بلدة في القصف أمس.", kb_dir)  # no definite word ends the chain: سكان alone
    assert texts(doc, only(events, "ASSAULT").get("target")) == ["سكان"]


def test_a_protest_is_held_in_a_place_it_does_not_address(kb_dir: Path) -> None:
    _, events = code("وتجمع مئات المتظاهرين أمس أمام مخيم الهول.", kb_dir)
    assert "rasd:loc/al-hol-camp" not in [a.get("id") for a in only(events, "PROTEST").get("target")]


def test_the_protesters_are_never_whom_their_protest_addresses(kb_dir: Path) -> None:
    doc, events = code("وقال أحد قادة التظاهرة أمس في كلمة أمام المتظاهرين إن المطالب واضحة.", kb_dir)
    assert "المتظاهرين" not in texts(doc, only(events, "PROTEST").get("target"))


def test_who_is_among_the_dead_past_at_least(kb_dir: Path) -> None:
    doc, events = code("وأسفر الهجوم أمس عن مقتل 30 شخصا على الأقل بينهم قضاة وصحافيون.", kb_dir)
    target = only(events, "ASSAULT").get("target")
    assert [a.get("sector") for a in target if texts(doc, [a]) == ["قضاة"]] == ["JUD"]
    assert "صحافيون" in texts(doc, target)


def test_a_convoy_stands_for_the_official_or_the_state_whose_it_is(kb_dir: Path) -> None:
    doc, events = code("فجر انتحاري نفسه أمس قرب موكب وزير الداخلية في بغداد.", kb_dir)
    target = only(events, "ASSAULT").get("target")
    assert texts(doc, target) == ["موكب وزير الداخلية"]
    assert target[0].get("sector") == "GOV"
    doc, events = code("واستهدف انتحاري أمس موكبا لسفارة العراق في الرياض.", kb_dir)
    target = only(events, "ASSAULT").get("target")
    assert [(a.get("id"), a.get("sector")) for a in target] == [("Q796", "GOV")]


def test_a_convoy_of_a_person_named_after_an_honorific(kb_dir: Path) -> None:
    doc, events = code("فجر انتحاري نفسه أمس قرب موكب الشيخ أسعد الشيباني في دمشق.", kb_dir)
    target = only(events, "ASSAULT").get("target")
    assert [a.get("id") for a in target] == ["rasd:per/asaad-al-shaibani"]
    assert texts(doc, target) == ["موكب الشيخ أسعد الشيباني"]


def test_who_claims_an_attack_carried_it_out_and_its_relative_verb_names_what_it_struck(kb_dir: Path) -> None:
    doc, events = code(
        "ومع إعلان تنظيم داعش مسؤوليته عن التفجيرين الإرهابيين اللذين استهدفا مسجدين للشيعة في المنطقة الشرقية.",
        kb_dir,
    )
    attack = only(events, "ASSAULT")
    assert [a.get("id") for a in attack.get("source")] == ["Q2429253"]
    assert texts(doc, attack.get("target")) == ["مسجدين للشيعة"]


def test_premises_of_a_body_named_with_l(kb_dir: Path) -> None:
    doc, events = code("وأعلن تنظيم داعش مسؤوليته عن الهجوم الذي استهدف قاعدة للجيش أمس.", kb_dir)
    attack = only(events, "ASSAULT")
    assert [a.get("id") for a in attack.get("source")] == ["Q2429253"]
    assert texts(doc, attack.get("target")) == ["قاعدة للجيش"]
    assert attack.get("target")[0].get("sector") == "MIL"


def test_the_agent_of_a_passive_kidnapping_past_where_it_happened(kb_dir: Path) -> None:
    doc, events = code(
        "وأعلنت الشرطة أن المدير الإقليمي للشركة خطف في وسط مدينة تيزي وزو (110 كلم شرق العاصمة) من قبل أربعة مسلحين.",
        kb_dir,
    )
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("source")) == ["أربعة مسلحين"]
    assert "الشرطة" not in texts(doc, attack.get("source"))


def test_members_counted_out_of_the_announcers_own_forces_are_its_own(kb_dir: Path) -> None:
    # أعلن X مقتل اثنين من جنوده: X's soldiers died; X announced it and did not kill them
    _, events = code("وأعلن تنظيم داعش مقتل اثنين من عناصره في غارة جوية أمس.", kb_dir)
    attack = only(events, "ASSAULT")
    assert [a.get("id") for a in attack.get("target")] == ["Q2429253"]
    assert attack.get("source") == []


def test_an_attack_noun_right_after_its_verb_is_its_subject(kb_dir: Path) -> None:
    # VSO with the attack for subject: whom it aimed at follows the attack's phrase (its adjectives, its car
    # bomb, the time); the nationality adjective names who struck
    doc, events = code("واستهدفت غارة جوية إسرائيلية فجر اليوم مجموعة من المسلحين في غزة.", kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("target")) == ["المسلحين"]
    assert [a.get("country") for a in attack.get("source")] == ["ISR"]
    _, events = code("واستهدف هجوم انتحاري بسيارة مفخخة، أمس، موكبا لسفارة العراق في الرياض.", kb_dir)
    assert [a.get("id") for a in only(events, "ASSAULT").get("target")] == ["Q796"]


def test_a_singular_noun_a_number_counts_is_the_crowd(kb_dir: Path) -> None:
    # 500 طالب: the students (a number above ten counts a singular), never the verb طالب "he demanded"
    doc, events = code("واحتشد 500 طالب أمس أمام مقر الحكومة في دمشق.", kb_dir)
    assert [t.split()[-1] for t in texts(doc, only(events, "PROTEST").get("source"))] == ["طالب"]
    # past where they come from and past على الأقل: وكان 1000 لاجئ من التبت على الأقل قد احتشدوا
    doc, events = code("وكان 1000 لاجئ من التبت على الأقل قد احتشدوا أمام مقر الحكومة أمس.", kb_dir)
    assert [t.split()[-1] for t in texts(doc, only(events, "PROTEST").get("source"))] == ["لاجئ"]


def test_members_of_a_body_named_in_quotation_marks(kb_dir: Path) -> None:
    doc, events = code("وقتل خمسة من عناصر «داعش» في غارة جوية أمس.", kb_dir)
    target = only(events, "ASSAULT").get("target")
    assert [a.get("id") for a in target] == ["Q2429253"]
    assert texts(doc, target)[0].endswith("عناصر «داعش»")  # both quotation marks, or neither


def test_a_force_acts_for_the_body_it_belongs_to(kb_dir: Path) -> None:
    doc, events = code("وقتل مسلحون أمس ثلاثة من عناصر القوة الخاصة التابعة لقوات سوريا الديمقراطية.", kb_dir)
    target = only(events, "ASSAULT").get("target")
    assert [a.get("id") for a in target] == ["rasd:org/sdf"]
    assert texts(doc, target)[0].endswith("القوة الخاصة التابعة لقوات سوريا الديمقراطية")


def test_the_dead_an_attack_resulted_in(kb_dir: Path) -> None:
    doc, events = code("وأسفر الهجوم الذي نفذته طالبان أمس عن ثمانية قتلى بينهم ثلاثة أجانب.", kb_dir)
    targets = texts(doc, only(events, "ASSAULT").get("target"))
    assert [t.split()[-1] for t in targets] == ["قتلى", "أجانب"]


def test_an_office_before_a_name_is_the_holder_with_the_office(kb_dir: Path) -> None:
    ner = [("إسرائيل", "LOC", 0), ("كتائب القسام", "ORG", 0), ("أحمد الجعبري", "PER", 0), ("غزة", "LOC", 0)]
    doc, events = code("اغتالت إسرائيل أمس قائد كتائب القسام أحمد الجعبري في غزة.", kb_dir, ner)
    target = only(events, "ASSAULT").get("target")
    assert texts(doc, target) == ["قائد كتائب القسام أحمد الجعبري"]  # was the bare office: قائد
    assert target[0].get("id") is not None and target[0].get("id") == next(
        e.get("id") for e in doc.layer("entities") if doc.span_text(e) == "أحمد الجعبري"
    )


def test_the_holder_of_an_office_is_the_subject_not_the_object(kb_dir: Path) -> None:
    ner = [("حزب الله", "ORG", 0), ("حسن نصر الله", "PER", 0)]
    doc, events = code("التقى زعيم حزب الله حسن نصر الله أمس وزير الخارجية الإيراني.", kb_dir, ner)
    meeting = only(events, "CONSULT")
    # before, the office was read as the party (the subject) and the leader himself as whom he met
    assert texts(doc, meeting.get("source")) == ["زعيم حزب الله حسن نصر الله"]
    assert texts(doc, meeting.get("target")) == ["وزير الخارجية الإيراني"]


def test_a_name_inside_an_institutions_name_holds_no_office(kb_dir: Path) -> None:
    ner = [("محمد بن سعود", "PER", 0), ("فوزان الفوزان", "PER", 0)]
    doc, events = code("التقى مدير جامعة الإمام محمد بن سعود الدكتور فوزان الفوزان وفد الشرطة أمس.", kb_dir, ner)
    sides = [doc.span_text(a) for e in events for a in (*e.get("source"), *e.get("target"))]
    assert not any(s.endswith("محمد بن سعود") for s in sides)  # the university's namesake directs nothing


def test_a_verb_whose_root_begins_with_fa_has_its_own_subject(kb_dir: Path) -> None:
    ner = [("عبد الستار بارز", "PER", 0)]
    text = "وأعلن حاكم الولاية عبد الستار بارز، هذا الصباح فجر انتحاري سترته الناسفة داخل سوق في المار."
    doc, events = code(text, kb_dir, ner)
    # فجر "set off" is no ف + verb joined to the announcement: the bomber set it off, not the governor
    assert texts(doc, only(events, "ASSAULT").get("source")) == ["انتحاري"]


def test_a_feminine_verb_meets_the_man_whose_office_follows_it(kb_dir: Path) -> None:
    ner = [("الجزيرة", "ORG", 0), ("هشام مرسي", "PER", 0)]
    doc, events = code("«الجزيرة» التقت رئيس الوحدة هشام مرسي وأجرت معه هذا الحوار.", kb_dir, ner)
    meeting = only(events, "CONSULT")
    # التقت cannot have رئيس for subject; and معه belongs to أجرت, so it does not stand for whom she met
    assert texts(doc, meeting.get("source")) == ["الجزيرة"]
    assert texts(doc, meeting.get("target")) == ["رئيس الوحدة هشام مرسي"]


def test_a_delegation_from_a_body_is_the_body_and_its_head_is_no_target(kb_dir: Path) -> None:
    ner = [("ميشال عون", "PER", 0), ("قوات سوريا الديمقراطية", "ORG", 0)]
    doc, events = code("التقى الرئيس ميشال عون أمس وفدا من قوات سوريا الديمقراطية.", kb_dir, ner)
    target = only(events, "CONSULT").get("target")
    assert texts(doc, target) == ["وفدا من قوات سوريا الديمقراطية"]  # وفدا was read as و + فدا, and no actor
    assert [a.get("id") for a in target] == ["rasd:org/sdf"]
    ner = [("حماس", "ORG", 0), ("إسماعيل هنية", "PER", 0)]
    doc, events = code("والتقى وفد من حماس برئاسة إسماعيل هنية وزير الخارجية المصري.", kb_dir, ner)
    meeting = only(events, "CONSULT")
    assert texts(doc, meeting.get("source")) == ["وفد من حماس"]
    assert texts(doc, meeting.get("target")) == ["وزير الخارجية المصري"]  # not the head of the delegation


def test_an_undersecretary_past_an_honorific_is_the_named_holder(kb_dir: Path) -> None:
    ner = [("وزارة الداخلية", "ORG", 0), ("أحمد السالم", "PER", 0), ("قوات سوريا الديمقراطية", "ORG", 0)]
    text = "استقبل وكيل وزارة الداخلية الدكتور أحمد السالم أمس وفدا من قوات سوريا الديمقراطية."
    doc, events = code(text, kb_dir, ner)
    meeting = only(events, "CONSULT")
    # before, the office alone (وكيل) received, and the ministry was whom he received
    assert texts(doc, meeting.get("source")) == ["وكيل وزارة الداخلية الدكتور أحمد السالم"]
    assert texts(doc, meeting.get("target")) == ["وفدا من قوات سوريا الديمقراطية"]


def test_a_nationality_after_a_death_is_who_died(kb_dir: Path) -> None:
    # مقتل سوري / مقتل عراقيين اثنين / قتل سوريان: a people named by its nationality alone (one, two or more)
    # after a casualty word are the dead, with the country; never the attack's author, as غارة إسرائيلية is
    for text, country in (
        ("مقتل سوري برصاص قناص في دمشق أمس.", "SYR"),
        ("مقتل عراقيين اثنين في انفجار ببغداد أمس.", "IRQ"),
        ("وقتل سوريان في هجوم على حافلة في دمشق أمس.", "SYR"),
    ):
        _doc, events = code(text, kb_dir)
        attack = only(events, "ASSAULT")
        assert (country, "CVL") in [(a.get("country"), a.get("sector")) for a in attack.get("target")], text
        assert country not in [a.get("country") for a in attack.get("source")], text


def test_the_one_a_casualty_pronoun_names_was_hurt(kb_dir: Path) -> None:
    # بإصابته: his wound; the person named before is whom it struck, not who struck
    _doc, events = code("وتوفي فيصل المقداد أمس متأثرا بإصابته برصاص الجنود.", kb_dir)
    attack = only(events, "ASSAULT")
    assert "rasd:per/old-minister" not in [a.get("id") for a in attack.get("source")]
    assert [a.get("id") for a in attack.get("target")] == ["rasd:per/old-minister"]


def test_a_court_is_a_judicial_actor(kb_dir: Path) -> None:
    _doc, events = code("ورفضت المحكمة طلب الإفراج عن أسعد الشيباني أمس.", kb_dir)
    refusal = only(events, "REJECT")
    assert [a.get("sector") for a in refusal.get("source")] == ["JUD"]


def test_financial_support_is_not_mali(kb_dir: Path) -> None:
    # مالي after دعم is "financial"; the country keeps its reading elsewhere (the NER marks it, as the model does)
    doc, events = code("وتعهد الاتحاد بالاستمرار في دعم مالي لسوريا.", kb_dir, [("مالي", "LOC", 0)])
    assert all("مالي" not in texts(doc, e.get("source") + e.get("target")) for e in events)


def test_the_great_powers_are_a_party(kb_dir: Path) -> None:
    # القوى الكبرى / القوى العظمى: the other party of the nuclear agreement, an actor though no entity names it
    doc, events = code("ورحب المسؤول بالاتفاق النووي الموقع بين العراق والقوى الكبرى.", kb_dir)
    deal = only(events, "AGREE")
    assert [a.get("id") for a in deal.get("source")] == ["Q796"]
    assert texts(doc, deal.get("target")) == ["القوى الكبرى"]


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        # بين قتيل وجريح describes the casualties named before it; the wounded are no actor of their own
        ("وسقط عشرات العراقيين بين قتيل وجريح في قصف على المدينة أمس.", ["عشرات العراقيين"]),
        ("وقالت المصادر إن عشرات المسلحين سقطوا بين قتيل وجريح في المواجهات أمس.", ["عشرات المسلحين"]),
    ],
)
def test_dead_and_wounded_are_the_group_before(kb_dir: Path, text: str, victims: list[str]) -> None:
    doc, events = code(text, kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("target")) == victims
    assert attack.get("source") == []


@pytest.mark.parametrize("fighter", ["مقاتلا", "مسلحا", "عنصرا", "متمردا"])
def test_a_single_fighter_killed_is_the_victim(kb_dir: Path, fighter: str) -> None:
    # the accusative singular of a fighter after إن is an actor noun, the passive's victim
    doc, events = code(f"وقال مسؤولون إن {fighter} قتل في غارة على المدينة أمس.", kb_dir)
    attack = next(e for e in events if e.get("type") == "ASSAULT")
    assert texts(doc, attack.get("target")) == [fighter]


def test_the_count_past_the_subjects_relative_clause_is_the_object(kb_dir: Path) -> None:
    # يرتدون زي الشرطة describes the kidnappers; the counted people after it are whom they took
    doc, events = code("وخطف مسلحون يرتدون زي الشرطة خمسة عراقيين من مركز في المدينة أمس.", kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("source")) == ["مسلحون"]
    assert texts(doc, attack.get("target")) == ["خمسة عراقيين"]


@pytest.mark.parametrize("powers", ["القوى العالمية", "الدول الغربية"])
def test_the_world_powers_are_a_party(kb_dir: Path, powers: str) -> None:
    doc, events = code(f"ورحب المسؤول بالاتفاق الموقع بين العراق و{powers} أمس.", kb_dir)
    deal = only(events, "AGREE")
    assert [a.get("id") for a in deal.get("source")] == ["Q796"]
    assert texts(doc, deal.get("target")) == [powers]


def test_a_verbs_object_pronoun_is_its_object(kb_dir: Path) -> None:
    # خطفوه من منزله: the pronoun is whom they took, not "his home"; استهدفهما: the two officers named before
    doc, events = code("وكان المسلحون قد خطفوه من منزله في بغداد أمس.", kb_dir)
    assert only(events, "ASSAULT").get("target") == []
    doc, events = code("وأعلن مسؤول عن مقتل ضابطي شرطة في هجوم استهدفهما بمدينة حلب في سوريا أمس.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("target")) == ["ضابطي شرطة"]


def test_digits_count_the_plural_noun_after_them(kb_dir: Path) -> None:
    doc, events = code("وأدى القصف إلى إصابة 3 مقيمين في حلب أمس.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("target")) == ["3 مقيمين"]


def test_a_plural_past_verb_after_an_attack_verb_is_no_object(kb_dir: Path) -> None:
    # فقتلوا وشردوا: the second verb starts a clause of its own
    doc, events = code("واقتحم المسلحون القرية فقتلوا وشردوا الأهالي أمس.", kb_dir)
    assert all("وشردوا" not in phrase for e in events for phrase in texts(doc, e.get("target")))


def test_a_clash_between_two_sides_has_one_on_each_side(kb_dir: Path) -> None:
    # معارك بين X وY: they fight each other, as الاتفاق بين X وY has them agree; the first named is the source
    doc, events = code("واندلعت معارك عنيفة بين الجيش والمسلحين في حلب أمس.", kb_dir)
    clash = only(events, "ASSAULT")
    assert texts(doc, clash.get("source")) == ["الجيش"]
    assert texts(doc, clash.get("target")) == ["المسلحين"]



def test_a_definite_office_ends_before_its_verbs_object(kb_dir: Path) -> None:
    doc, events = code("ورفض الوزير الطلب أمس.", kb_dir)
    assert texts(doc, only(events, "REJECT").get("source")) == ["الوزير"]
    doc, events = code("ورفض الرئيس السابق الطلب أمس.", kb_dir)
    assert texts(doc, only(events, "REJECT").get("source")) == ["الرئيس السابق"]


def test_a_masculine_actor_takes_no_feminine_noun_as_its_adjective() -> None:
    from rasd.events.words import agrees

    assert not agrees("انتحاري", "دورية")  # استهدف انتحاري دورية: the patrol is what he struck
    assert agrees("مسلحون", "مجهولون") and not agrees("مجهولون", "رجل") and agrees("ضابطا", "شرطة")
    assert agrees("قوات", "خاصة")
