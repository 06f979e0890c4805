"""Members and units of a body as actors (rasd.events.members), and the attacks they take part in
(rasd.events.attacks): on sentences written for these tests, through the coder over the tests' small knowledge
base."""

from __future__ import annotations

from pathlib import Path

from tests.events.test_events import code
from tests.events.test_sides import only, texts


def test_a_member_of_a_body_named_by_its_common_noun_acts_for_it(kb_dir: Path) -> None:
    doc, events = code("وقال مسؤول إن مسلحين مجهولين اغتالوا ضابطا في الشرطة في الحي الصناعي.", kb_dir)
    target = only(events, "ASSAULT").get("target")
    assert texts(doc, target) == ["ضابطا في الشرطة"]
    assert [a.get("sector") for a in target] == ["COP"]  # a police officer, not a soldier
    doc, events = code("واعتقلت الشرطة جنديا من الجيش السوري أمس.", kb_dir)
    target = only(events, "COERCE").get("target")
    assert texts(doc, target) == ["جنديا من الجيش السوري"]
    assert [(a.get("country"), a.get("sector")) for a in target] == [("SYR", "MIL")]
    doc, events = code("واعتقلت الشرطة ناشطا في المدينة أمس.", kb_dir)
    assert texts(doc, only(events, "COERCE").get("target")) == ["ناشطا"]  # where he was, not a body


def test_a_count_before_coordinated_bodies_counts_the_dead_of_both(kb_dir: Path) -> None:
    doc, events = code("إلى ذلك، قتل ثلاثة عناصر من الجيش والشرطة وجرح تسعة، في تفجير سيارة مفخخة.", kb_dir)
    attack = only(events, "ASSAULT")
    assert attack.get("source") == []  # the police are among the three, not their killers
    assert texts(doc, attack.get("target"))[:2] == ["ثلاثة عناصر من الجيش", "الشرطة"]


def test_members_of_a_body_named_by_its_common_noun_take_its_sector(kb_dir: Path) -> None:
    doc, events = code("وقتل ثلاثة من عناصر الجيش وأصيب تسعة في تفجير سيارة مفخخة.", kb_dir)
    target = only(events, "ASSAULT").get("target")
    assert [a.get("sector") for a in target if "الجيش" in doc.span_text(a)] == ["MIL"]  # soldiers, not militants
    doc, events = code("واعتقلت عناصر الأمن ثلاثة مسلحين أمس.", kb_dir)
    assert [a.get("sector") for a in only(events, "COERCE").get("source")] == ["COP"]


def test_gunmen_of_a_tribe_name_it(kb_dir: Path) -> None:
    doc, events = code("وقال شاهد إنه رأى مسلحين من القبائل يطلقون النار على الطائرات الأمريكية أمس.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("source")) == ["مسلحين من القبائل"]


def test_shells_fired_at_a_target_are_an_attack(kb_dir: Path) -> None:
    doc, events = code("وأطلق الجنود قذائفهم على المسلحين في الحي أمس.", kb_dir)
    attack = only(events, "ASSAULT")
    assert attack.get("mode") == "shelling"
    assert texts(doc, attack.get("source")) == ["الجنود"]


def test_the_bomber_is_one_of_the_authors_named_beside_him(kb_dir: Path) -> None:
    doc, events = code("وشن المتمردون الهجوم على الموقع بسيارة مفخخة يقودها انتحاري أمس.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("source")) == ["المتمردون"]
    doc, events = code("وقتل عشرة أشخاص في تفجير سيارة مفخخة يقودها انتحاري أمس.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("source")) == ["انتحاري"]  # alone, he stays


def test_a_count_after_the_attackers_noun_is_whom_it_killed(kb_dir: Path) -> None:
    doc, events = code("وقتل انتحاري عشرة أشخاص في سوق ببغداد أمس.", kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("source")) == ["انتحاري"]
    assert texts(doc, attack.get("target")) == ["عشرة أشخاص"]


def test_an_attack_that_dates_an_act_has_no_author_in_its_subject(kb_dir: Path) -> None:
    _, events = code("واجتمعت الحكومة لتعزيز الأمن على الحدود بعد وقوع التفجير أمس.", kb_dir)
    assert only(events, "ASSAULT").get("source") == []  # it met after the bombing; it did not bomb
    text = "ومن المقرر أن يلتقي الوزير وفدا عشائريا من الأنبار، التي سقطت بيد المتطرفين إثر هجوم واسع في مايو."
    _, events = code(text, kb_dir)
    assert only(events, "ASSAULT").get("source") == []  # the minister meets; the attack only dates the fall


def test_a_strike_after_the_attack_it_answered_is_another_attack(kb_dir: Path) -> None:
    text = "قصفت دبابات تركية أمس مواقع لتنظيم داعش في سوريا بعد إطلاق نيران منها أدى إلى مقتل جندي تركي."
    doc, events = code(text, kb_dir)
    attacks = [e for e in events if e.get("type") == "ASSAULT"]
    assert len(attacks) == 2
    shelling = next(e for e in attacks if doc.span_text(e.get("trigger")) == "قصفت")
    assert texts(doc, shelling.get("source")) == ["دبابات تركية"]
    assert "جندي تركي" not in texts(doc, shelling.get("target"))  # killed by the fire from the positions
    fire = next(e for e in attacks if e is not shelling)
    assert fire.get("source") == [] and texts(doc, fire.get("target")) == ["جندي تركي"]


def test_the_dead_of_one_attack_are_not_the_authors_of_the_one_before(kb_dir: Path) -> None:
    text = "وقتل 21 شخصا الأربعاء في هجمات في بغداد، غداة تعرض مناطق مماثلة لتفجيرين تبناهما تنظيم داعش."
    doc, events = code(text, kb_dir)
    sources = [a for e in events if e.get("type") == "ASSAULT" for a in e.get("source")]
    assert "21 شخصا" not in texts(doc, sources)
    assert [a.get("id") for a in sources] == ["Q2429253"]  # the two bombings' claimed author


def test_the_attack_that_caused_deaths_gives_them_no_author_of_the_clause(kb_dir: Path) -> None:
    doc, events = code("الجيش التركي يقصف مواقع داعش بعد إطلاق نار تسبب بمقتل أحد جنوده", kb_dir)
    shelling = next(e for e in events if doc.span_text(e.get("trigger")) == "يقصف")
    assert not any("جنوده" in t for t in texts(doc, shelling.get("target")))  # killed by the fire before


def test_the_force_a_crowd_clashed_with_does_not_strike(kb_dir: Path) -> None:
    text = "اشتدت المواجهات أمس بين الطلاب المتظاهرين والشرطة، في وقت شلت فيه حركة البلاد بسبب إضراب عام."
    doc, events = code(text, kb_dir)
    sources = [a for e in events if e.get("type") == "PROTEST" for a in e.get("source")]
    assert sources and "الشرطة" not in texts(doc, sources)


def test_who_organized_or_called_a_protest_holds_it(kb_dir: Path) -> None:
    doc, events = code("وشلت حركة البلاد أمس بسبب مسيرات ضخمة نظمتها اتحادات العمال احتجاجا على الإصلاحات.", kb_dir)
    protest = only(events, "PROTEST")
    assert texts(doc, protest.get("source")) == ["اتحادات العمال"]
    assert [a.get("sector") for a in protest.get("source")] == ["LAB"]
    doc, events = code("وشارك الآلاف في بغداد أمس في إضراب دعت إليه النقابة.", kb_dir)
    assert texts(doc, only(events, "PROTEST").get("source")) == ["النقابة"]


def test_a_purpose_after_a_counted_group_is_not_its_name(kb_dir: Path) -> None:
    doc, events = code("وقال المدير إن المعهد تعاون مع عدد من الجامعات السورية لتنفيذ برامجه في دمشق.", kb_dir)
    targets = [a for e in events if e.get("type") == "COOPERATE" for a in e.get("target")]
    assert targets and not any("لتنفيذ" in t for t in texts(doc, targets))


def test_a_masculine_body_takes_no_feminine_word_for_its_adjective(kb_dir: Path) -> None:
    doc, events = code("وصادر الأمن الأسلحة من منزل في بغداد أمس.", kb_dir)
    assert texts(doc, only(events, "COERCE").get("source")) == ["الأمن"]  # the weapons are what was seized


def test_a_verb_after_an_indefinite_attack_noun_describes_the_attack(kb_dir: Path) -> None:
    # تفجير انتحاري قتل 32 شخصا: قتل opens the attack's relative clause (a verb), so the bombing is not the
    # verbal noun of a killing by the Turkish soldier named as the subject of the clause before
    text = (
        "قال مسؤول تركي كبير، اليوم (الخميس)، ان جنديا تركيا قتل وأصيب آخر في اشتباكات مع تنظيم داعش عبر الحدود"
        " مع سوريا اليوم، وذلك بعد تفجير انتحاري قتل 32 شخصا."
    )
    doc, events = code(text, kb_dir, [("تركيا", "LOC", 0), ("سوريا", "LOC", 0)])
    attacks = [e for e in events if e.get("type") == "ASSAULT"]
    bombing = next(e for e in attacks if "32 شخصا" in texts(doc, e.get("target")))
    assert texts(doc, bombing.get("source")) == ["انتحاري"]


def test_a_possessed_object_after_a_killing_verb_makes_it_active(kb_dir: Path) -> None:
    # شاب يقتل شقيقيه: his two brothers are killed; the young man before the verb kills (not "a young man is killed")
    doc, events = code("شاب يقتل شقيقيه وابن عمه", kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("source")) == ["شاب"]
    assert "شاب" not in texts(doc, attack.get("target"))


def test_who_went_as_far_as_an_attack_carries_it_out(kb_dir: Path) -> None:
    # أقدم شاب على قتل: the young man killed three
    doc, events = code("أقدم شاب مساء الثلاثاء على قتل ثلاثة أشخاص في المدينة.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("source")) == ["شاب"]


def test_a_casualty_verb_joined_with_wa_shares_the_subject_named_before(kb_dir: Path) -> None:
    # قتل شقيقيه وأصاب آخر: the young man also wounded another; he is not the wounded
    doc, events = code("أقدم شاب على قتل شقيقيه وأصاب آخر بعدما أطلق النار عليهم.", kb_dir)
    attacks = [e for e in events if e.get("type") == "ASSAULT"]
    assert attacks and all("شاب" not in texts(doc, e.get("target")) for e in attacks)
    assert any(texts(doc, e.get("source")) == ["شاب"] for e in attacks)
