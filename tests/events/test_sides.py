"""Sides of protests and attacks named away from the trigger (rasd.events.sides), on sentences written for
these tests, through the coder over the tests' small knowledge base."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.events.test_events import code
from tests.minikb import linked_document

from rasd.document import Document, Span
from rasd.events.code import EventsStage
from rasd.kb.store import load


def texts(doc: Document, actors: list[Span]) -> list[str]:
    """Each actor as the report phrases it: from its count, when it has one (خمسة من رجال الشرطة)."""
    return [doc.text[(a.get("count") or a).start : a.end] for a in actors]


def only(events: list[Span], typ: str) -> Span:
    found = [e for e in events if e.get("type") == typ]
    assert len(found) == 1, [e.get("type") for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a demand names the addressee
        ("وتظاهر المئات في المدينة أمس مطالبين الحكومة بالإفراج عن المعتقلين.", "الحكومة"),
        # يطالبون بـ + a verbal noun: its genitive
        ("وقال منظمو التظاهرة إن المحتجين يطالبون بتدخل الحكومة.", "الحكومة"),
        # ضد
        ("وخرجت مظاهرة ضد الحكومة في وسط العاصمة.", "الحكومة"),
        # the institution a crowd stands before, with its nisba
        ("واعتصم العشرات خارج السفارة التركية مساء أمس.", "السفارة التركية"),
        # a construct phrase
        ("وتجمع المتظاهرون أمام مجلس المحافظة صباح اليوم.", "مجلس المحافظة"),
        # an authority's construct phrase with its adjective
        ("واعتصم العشرات أمام مبنى هيئة الأوراق المالية مطالبين بإلغاء القرار.", "هيئة الأوراق المالية"),
        # a demand past a day: الرئيس alone is the head of state
        ("وتظاهر الآلاف في العاصمة مطالبين السبت باستقالة الرئيس.", "الرئيس"),
        # the crowd as subject before its verb, and the building that verb acts on
        ("وكان متظاهرون قد حطموا يوم الأحد مقر الحكومة في المدينة.", "الحكومة"),
        # whom the crowd clashed with: مع after the crowd, or the other side of بين ... و
        ("واشتبك المتظاهرون مع الشرطة في وسط المدينة أمس.", "الشرطة"),
        ("ودارت مواجهات جديدة بين الشرطة والمتظاهرين في العاصمة أمس.", "الشرطة"),
        ("واندلعت اشتباكات بين المتظاهرين والجيش في العاصمة أمس.", "الجيش"),
        # what the crowd handed someone, or whom it petitions
        ("وتظاهر المئات أمس وسلموا مذكرة إلى الرئيس.", "الرئيس"),
        ("واعتصم العشرات أمس بهدف الالتماس من الحكومة وقف الحرب.", "الحكومة"),
        # what its banners condemn, by its nisba when no one is named
        ("وتظاهر الآلاف أمس ورفعوا لافتات تندد بالغارات الإسرائيلية.", "الإسرائيلية"),
    ],
)
def test_protest_addressee(kb_dir: Path, text: str, target: str) -> None:
    doc, events = code(text, kb_dir)
    protest = only(events, "PROTEST")
    assert texts(doc, protest.get("target")) == [target]


def test_a_demand_outranks_the_place_the_crowd_stands(kb_dir: Path) -> None:
    doc, events = code("وتجمع المتظاهرون أمام مجلس المحافظة مطالبين الحكومة بتحسين الخدمات.", kb_dir)
    assert texts(doc, only(events, "PROTEST").get("target")) == ["الحكومة"]


@pytest.mark.parametrize(
    "text",
    [
        # a clash the crowd is not part of
        "وتظاهر المئات أمس فيما دارت اشتباكات بين الجيش والمسلحين في الشمال.",
        # a condemnation that is not the banners'
        "وتظاهر المئات أمس فيما يندد الرئيس بالغارات الإسرائيلية.",
    ],
)
def test_others_clashes_and_condemnations_name_no_addressee(kb_dir: Path, text: str) -> None:
    doc, events = code(text, kb_dir)
    assert texts(doc, only(events, "PROTEST").get("target")) == []


def test_heading_to_a_country_is_not_an_addressee(kb_dir: Path) -> None:
    # إلى + a country is where someone went, not whom a protest faces
    _, events = code("وتظاهر المئات أمس قبل أن يغادر الرئيس إلى سوريا.", kb_dir)
    assert only(events, "PROTEST").get("target") == []


def test_attack_author_after_the_attack_noun(kb_dir: Path) -> None:
    doc, events = code("وقتل أربعة جنود أمس في هجوم شنه مسلحون على ثكنة عسكرية.", kb_dir)
    attack = only(events, "ASSAULT")
    assert "مسلحون" in texts(doc, attack.get("source"))


def test_bomber_before_a_relative_clause(kb_dir: Path) -> None:
    doc, events = code("وقال مصدر أمني إن انتحاريا يقود سيارة مفخخة فجر نفسه قرب دورية للشرطة.", kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("source")) == ["انتحاريا"]  # not the source who reports it
    assert texts(doc, attack.get("target")) == ["دورية للشرطة"]  # the patrol, with the body it belongs to


def test_subject_of_taarrada_is_the_target(kb_dir: Path) -> None:
    doc, events = code("وتعرضت دورية للجيش أمس لهجوم بعبوة ناسفة.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("target")) == ["دورية للجيش"]


def test_object_no_gazetteer_lists(kb_dir: Path) -> None:
    doc, events = code("واختطف مسلحون مجهولون نقيب الصيادلة من منزله أمس.", kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("target")) == ["نقيب الصيادلة"]


def test_dawn_is_not_a_bombing(kb_dir: Path) -> None:
    _, events = code("ووصل الوفد إلى المدينة فجر أمس.", kb_dir)
    assert not [e for e in events if e.get("type") == "ASSAULT"]
    _, events = code("واقتحمت القوات البلدة فجراً.", kb_dir)
    assert not [e for e in events if e.get("type") == "ASSAULT"]


def test_subject_before_qad(kb_dir: Path) -> None:
    doc, events = code("وكانت قوات الأمن قد قتلت ثلاثة مسلحين في اشتباك.", kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("source")) == ["قوات الأمن"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("أضرب العمال في المصنع أمس احتجاجا على القرار.", "العمال"),  # a people or group after the verb
        ("وتظاهر الآلاف في الساحة.", "الآلاف"),
        # the singular after a count is the crowd, with its count
        ("وتجمع أكثر من مائة متظاهر أمام البرلمان.", "أكثر من مائة متظاهر"),
    ],
)
def test_protest_crowd(kb_dir: Path, text: str, source: str) -> None:
    doc, events = code(text, kb_dir)
    assert texts(doc, only(events, "PROTEST").get("source")) == [source]


def test_genitive_after_an_attack_noun_is_the_victim(kb_dir: Path) -> None:
    doc, events = code("وأدان البيان اغتيال النائب وليد عيدو في المدينة.", kb_dir, [("وليد عيدو", "PER", 0)])
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("target")) == ["النائب وليد عيدو"]  # the title is part of whom it struck
    assert attack.get("source") == []


def test_indefinite_object_keeps_its_nationality(kb_dir: Path) -> None:
    doc, events = code("وخطف مسلحون مجهولون صحفيا سوريا من منزله أمس.", kb_dir)
    target = only(events, "ASSAULT").get("target")
    assert texts(doc, target) == ["صحفيا سوريا"]  # the accusative adjective, not Syria the country
    assert target[0].get("country") == "SYR"


def test_a_dual_subject_of_a_casualty_verb_is_the_victim(kb_dir: Path) -> None:
    doc, events = code("وقتل جنديان سوريان وأصيب ثلاثة مدنيين في هجوم انتحاري في المدينة.", kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("target")) == ["جنديان سوريان", "ثلاثة مدنيين"]
    assert attack.get("source") == []  # the wounded are not the attack's author


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the crowd's own verb acts on whom the protest faces
        ("ورشق مئات المتظاهرين الشرطة بالحجارة في وسط المدينة.", "الشرطة"),
        ("وهاجم آلاف المتظاهرين مقر الحكومة في العاصمة.", "الحكومة"),
        # a stance adjective with the article, and معارضين لـ
        ("وتجمع المتظاهرون المناهضون للحكومة في الساحة.", "للحكومة"),
        ("وسار آلاف المتظاهرين المعارضين للحكومة في الشوارع.", "للحكومة"),
        ("وتظاهر المئات في الساحة مطالبين السلطة بوقف المفاوضات.", "السلطة"),
    ],
)
def test_protest_target_from_the_crowd(kb_dir: Path, text: str, target: str) -> None:
    doc, events = code(text, kb_dir)
    protest = only(events, "PROTEST")
    assert texts(doc, protest.get("target")) == [target]


def test_the_opposition_alone_is_not_a_stance(kb_dir: Path) -> None:
    # المعارضون is who protests, not a stance on the next actor (والعمال): the building's owner is faced
    doc, events = code("وتظاهر المعارضون والعمال أمام مقر الحكومة أمس.", kb_dir)
    assert texts(doc, only(events, "PROTEST").get("target")) == ["الحكومة"]


def test_nationality_after_an_attack_noun_is_the_attacker(kb_dir: Path) -> None:
    doc, events = code("وقتل خمسة مسلحين في القصف الجوي العراقي على المدينة أمس.", kb_dir)
    source = only(events, "ASSAULT").get("source")
    assert texts(doc, source) == ["العراقي"] and source[0].get("country") == "IRQ"
    doc, events = code("وقتل خمسة مسلحين في هجوم انتحاري على المدينة أمس.", kb_dir)
    assert only(events, "ASSAULT").get("source") == []  # a manner, not a nationality


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("وقام مسلحون بخطف صحفي من منزله أمس.", "مسلحون"),
        ("ونفذت القوات ضربة جوية على مواقع المسلحين أمس.", "القوات"),
        ("وقال السكان إن دبابات عراقية أطلقت نيرانها على الحي.", "دبابات عراقية"),
    ],
)
def test_subject_of_a_light_verb_carries_out_the_attack(kb_dir: Path, text: str, source: str) -> None:
    doc, events = code(text, kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("source")) == [source]


def test_the_dead_are_not_the_attacker(kb_dir: Path) -> None:
    doc, events = code("وقال سكان إن القوات أطلقت النار على المنطقة، وإن القتلى ليسوا من المسلحين.", kb_dir)
    sources = [doc.span_text(a) for e in events if e.get("type") == "ASSAULT" for a in e.get("source")]
    assert "القتلى" not in sources


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the victims before the verb, past على الأقل
        ("وقال المصدر إن 28 شخصا على الأقل قتلوا في الانفجار.", ["28 شخصا"]),
        # the next clause's verb is not an object; a count and its noun are one phrase
        ("وقال المصدر إن المسلحين قتلوا وأصيب ثلاثة من المارة.", []),
        ("واقتحم مسلحون مجهولون القرية وخطفوا أربعة أوروبيين أمس.", ["أربعة أوروبيين"]),
    ],
)
def test_victims_around_a_casualty_verb(kb_dir: Path, text: str, target: list[str]) -> None:
    doc, events = code(text, kb_dir)
    attack = next(e for e in events if e.get("type") == "ASSAULT")
    assert "وأصيب" not in texts(doc, attack.get("target"))
    if target:
        assert texts(doc, attack.get("target"))[: len(target)] == target


def test_a_people_named_by_its_plural_nisba(kb_dir: Path) -> None:
    doc, events = code("وخطف مسلحون مجهولون ثلاثة عراقيين قرب الحدود أمس.", kb_dir)
    target = only(events, "ASSAULT").get("target")
    assert texts(doc, target) == ["ثلاثة عراقيين"] and target[0].get("country") == "IRQ"


def test_against_an_act_of_a_country(kb_dir: Path) -> None:
    doc, events = code("وتظاهر الآلاف ضد الوجود العراقي في المدينة.", kb_dir)
    target = only(events, "PROTEST").get("target")
    assert texts(doc, target) == ["العراقي"] and target[0].get("country") == "IRQ"


def test_an_object_does_not_agree_with_the_crowd(kb_dir: Path) -> None:
    doc, events = code("وأصاب متظاهرون شرطيا بجروح في المدينة أمس.", kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("source")) == ["متظاهرون"]  # active أصاب with its object, not a passive
    assert texts(doc, attack.get("target")) == ["شرطيا"]
    doc, events = code("ومنع المتظاهرون الشاحنات من دخول المدينة أمس.", kb_dir)
    assert texts(doc, only(events, "PROTEST").get("source")) == ["المتظاهرون"]


def test_subject_past_an_adjective_and_object_past_a_time(kb_dir: Path) -> None:
    doc, events = code("وقالت المصادر إن وحدة عراقية خاصة اغتالت قبل ظهر أمس ناشطا في المدينة.", kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("source")) == ["وحدة عراقية"]
    assert texts(doc, attack.get("target")) == ["ناشطا"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("وقال المصدر إن عبوة ناسفة انفجرت على دورية عراقية على الطريق.", "دورية عراقية"),
        ("وقال المصدر إن سيارة مفخخة انفجرت بحافلة للركاب قرب المدينة.", "حافلة"),
        ("وانفجرت سيارة مفخخة لدى مرور حافلة تقل عمالا.", "حافلة"),
    ],
)
def test_what_a_bomb_went_off_at(kb_dir: Path, text: str, target: str) -> None:
    doc, events = code(text, kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("target")) == [target]
    assert attack.get("source") == []  # the bus is not the bomber


def test_passive_casualty_verb(kb_dir: Path) -> None:
    doc, events = code("وقال المصدر إن أربعة مدنيين أصيبوا بجروح إثر انفجار عبوة ناسفة.", kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("target")) == ["أربعة مدنيين"]


def test_whom_the_slogans_name(kb_dir: Path) -> None:
    doc, events = code("وتظاهر المئات أمس مرددين هتافات «ارحل يا أسعد الشيباني» في الساحة.", kb_dir, [("أسعد الشيباني", "PER", 0)])
    assert texts(doc, only(events, "PROTEST").get("target")) == ["أسعد الشيباني"]


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        # the members of a body: رجال / أفراد before an actor noun
        ("وفجر انتحاري نفسه فقتل خمسة من رجال الشرطة.", ["خمسة من رجال الشرطة"]),
        ("وأصيب ثلاثة من أفراد الأمن بجروح في انفجار عبوة ناسفة.", ["ثلاثة من أفراد الأمن"]),
        # a time phrase between the verb and its subject
        ("وقتل اول من امس أربعة جنود في هجوم على ثكنة.", ["أربعة جنود", "ثكنة"]),
        ("وأصيب فجر أمس ثلاثة جنود في انفجار عبوة ناسفة.", ["ثلاثة جنود"]),
        # a count alone, and who among them
        ("وأسفر انفجار سيارة ملغومة عن إصابة عشرة بينهم ثلاثة من رجال الشرطة.", ["عشرة", "ثلاثة من رجال الشرطة"]),
        # a count with its noun in the accusative, a count of a count, the dead after سقوط
        ("وسقطت صواريخ على وزيرستان فقتلت 32 متمردا.", ["32 متمردا"]),
        ("وقتل أكثر من 30 شخصا في هجمات انتحارية.", ["أكثر من 30 شخصا"]),
        ("وشنت طائرة غارة جوية فجر أمس أسفرت عن سقوط 12 قتيلا.", ["12 قتيلا"]),
    ],
)
def test_victims(kb_dir: Path, text: str, victims: list[str]) -> None:
    doc, events = code(text, kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("target")) == victims
    assert not any(v in texts(doc, attack.get("source")) for v in victims)


def test_passive_killing_of_a_named_person(kb_dir: Path) -> None:
    # قد قتلت في هجوم: no object, then how: the person named before is the victim, not the killer
    text = "وكانت رئيسة الوزراء السابقة، بي نظير بوتو، قد قتلت في هجوم انتحاري في روالبندي."
    doc, events = code(text, kb_dir, [("بي نظير بوتو", "PER", 0)])
    attack = only(events, "ASSAULT")
    assert any("بوتو" in t for t in texts(doc, attack.get("target")))
    assert not any("بوتو" in t for t in texts(doc, attack.get("source")))


def test_active_killing_by_a_body_keeps_its_author(kb_dir: Path) -> None:
    doc, events = code("وقتلت القوات الإسرائيلية أمس ثلاثة فلسطينيين في غزة.", kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("source")) == ["القوات الإسرائيلية"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a body reporting its own act: إنها after its reporting verb
        ("وقالت القوات الأمريكية إنها قتلت 20 مسلحا في غارة جوية.", ["القوات الأمريكية"], ["20 مسلحا"]),
        # the verbal noun قتل after نجح في: the subject of نجح killed, its genitive was killed
        ("وقالوا ان الجيش نجح في قتل العشرات من المسلحين.", ["الجيش"], ["العشرات من المسلحين"]),
    ],
)
def test_who_killed(kb_dir: Path, text: str, source: list[str], target: list[str]) -> None:
    doc, events = code(text, kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("source")) == source
    assert texts(doc, attack.get("target")) == target


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the crowd named once, by its longest phrase, though both the verb and the noun name it
        ("واحتج مئات المتظاهرين أمس أمام مقر الحكومة.", ["مئات المتظاهرين"]),
        # a plural verb after قد: its subject stands before قد
        ("وكان آلاف الطلاب قد تظاهروا أمس في العاصمة.", ["آلاف الطلاب"]),
    ],
)
def test_protesters(kb_dir: Path, text: str, source: list[str]) -> None:
    doc, events = code(text, kb_dir)
    assert texts(doc, only(events, "PROTEST").get("source")) == source


@pytest.mark.parametrize(
    ("text", "actor", "count", "value"),
    [
        ("وفجر انتحاري نفسه فقتل خمسة من رجال الشرطة.", "رجال الشرطة", "خمسة", 5),
        ("وقتل أكثر من 30 شخصا في هجمات انتحارية.", "شخصا", "أكثر من 30", 30),
        ("وقتل أمس 4 جنود في هجوم.", "جنود", "4", 4),
        ("وقتل عشرات المدنيين في قصف على المدينة.", "المدنيين", "عشرات", None),
        # the group a number is taken from, named by no actor noun
        ("وأدت الضربة الجوية الى مقتل ثمانية من مقاتلي البيشمركة.", "مقاتلي البيشمركة", "ثمانية", 8),
        ("وأسفر الانفجار عن مقتل اثنين من مجلس أعيان الصحوة.", "مجلس أعيان الصحوة", "اثنين", 2),
    ],
)
def test_a_count_is_not_part_of_the_actor(kb_dir: Path, text: str, actor: str, count: str, value: int | None) -> None:
    # whom an attack struck is the actor (the police, civilians); how many is its count, a span of its own
    doc, events = code(text, kb_dir)
    victim = only(events, "ASSAULT").get("target")[0]
    assert doc.span_text(victim) == actor
    assert doc.span_text(victim.get("count")) == count
    assert victim.get("count").get("value") == value


def test_a_determiner_stays_in_the_actor(kb_dir: Path) -> None:
    doc, events = code("وتظاهر جميع الطلاب أمس أمام مقر الحكومة.", kb_dir)
    source = only(events, "PROTEST").get("source")
    assert [doc.span_text(a) for a in source] == ["جميع الطلاب"]
    assert source[0].get("count") is None


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("وقال شهود إن مجهولين ألقوا قنبلة على دورية للشرطة أمس.", "bombing"),
        ("ونفذت الجماعة عمليات انتحارية في المدينة الشهر الماضي.", "bombing"),
        ("وتعرض النزلاء للضرب المبرح على أيدي الحراس.", "beating"),
    ],
)
def test_more_ways_to_say_an_attack(kb_dir: Path, text: str, mode: str) -> None:
    _, events = code(text, kb_dir)
    assert only(events, "ASSAULT").get("mode") == mode


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the agent of a passive act, after على يد / على أيدي / من قبل
        ("وأعلنت الشرطة أن المهندس خطف في وسط المدينة من قبل أربعة مسلحين.", ["أربعة مسلحين"]),
        ("وقال مسؤول إن خمسة من الرهائن خطفوا على أيدي مسلحين يوم الخميس.", ["مسلحين"]),
    ],
)
def test_passive_agent(kb_dir: Path, text: str, source: list[str]) -> None:
    doc, events = code(text, kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("source")) == source


def test_a_woman_or_a_man_can_act(kb_dir: Path) -> None:
    # people named by what they are (امرأة، رجل، شاب) are actors like any civilian noun
    doc, events = code("وقامت امرأة بتفجير نفسها قرب دورية للشرطة جنوب المدينة.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("source")) == ["امرأة"]


def test_a_unit_acts_for_its_body(kb_dir: Path) -> None:
    doc, events = code("وهاجمت دورية من الجيش مسلحين قرب المدينة.", kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("source")) == ["دورية من الجيش"]
    assert texts(doc, attack.get("target")) == ["مسلحين"]


def test_a_unit_before_its_verb_is_the_subject(kb_dir: Path) -> None:
    text = "وقال سكان إن قوة من الشرطة العراقية قامت بمداهمة المسجد واعتدت على المصلين بالضرب."
    doc, events = code(text, kb_dir, [("الشرطة العراقية", "ORG", 0)])
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("source")) == ["قوة من الشرطة العراقية"]


def test_who_is_among_them_is_not_the_subject(kb_dir: Path) -> None:
    doc, events = code("وقال مصدر إن ثمانية أشخاص، بينهم طفلان، قتلوا جراء ضربة جوية.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("target")) == ["ثمانية أشخاص"]


def test_a_unit_with_its_body_written_on(kb_dir: Path) -> None:
    doc, events = code("وأعلن مصدر مقتل شخص في انفجار سيارة مفخخة لدى مرور دورية للجيش الأميركي.", kb_dir)
    assert "دورية للجيش الأميركي" in texts(doc, only(events, "ASSAULT").get("target"))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # marching up to a building: whom it stands for
        ("وسار المتظاهرون حتى السفارة الإسرائيلية في الضاحية الشمالية.", "السفارة الإسرائيلية"),
        ("وتظاهر المئات أثناء توجههم لمقر الحكومة وسط العاصمة.", "الحكومة"),
    ],
)
def test_where_a_march_heads(kb_dir: Path, text: str, target: str) -> None:
    doc, events = code(text, kb_dir)
    assert texts(doc, only(events, "PROTEST").get("target")) == [target]


def test_a_title_of_office_is_an_actor(kb_dir: Path) -> None:
    doc, events = code("وتظاهر الآلاف أمس مطالبين رئيس الوزراء بالاستقالة.", kb_dir)
    assert texts(doc, only(events, "PROTEST").get("target")) == ["رئيس الوزراء"]


def test_a_title_before_a_name_is_that_person(kb_dir: Path) -> None:
    text = "وتظاهر الآلاف أمس مطالبين رئيس الوزراء السابق رفيق الحريري بالعودة."
    doc, events = code(text, kb_dir, [("رفيق الحريري", "PER", 0)])
    target = only(events, "PROTEST").get("target")
    assert texts(doc, target) == ["رئيس الوزراء السابق رفيق الحريري"]
    assert target[0].get("type") == "PER"  # the person's entity, not a generic title


def test_the_presidents_title_names_the_person_after_it(kb_dir: Path) -> None:
    text = "ورفع المتظاهرون أمس شعارات معادية للرئيس الإيراني محمود أحمدي نجاد."
    doc, events = code(text, kb_dir, [("محمود أحمدي نجاد", "PER", 0)])
    target = only(events, "PROTEST").get("target")
    assert len(target) == 1 and texts(doc, target)[0].endswith("محمود أحمدي نجاد")
    assert target[0].get("type") == "PER"  # the person, not the office


def test_a_suicide_bomber_aiming_at_a_patrol(kb_dir: Path) -> None:
    doc, events = code("وقامت امرأة بتفجير نفسها مستهدفة دورية للقوات الأميركية جنوب بغداد.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("target")) == ["دورية للقوات الأميركية"]


def test_an_attack_put_down_to_someone_names_its_author(kb_dir: Path) -> None:
    text = "وتعرضت قاعدة للجيش أمس الى هجوم انتحاري، نسب الى المتمردين، واسفر عن مقتل اربعة جنود."
    doc, events = code(text, kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("source")) == ["المتمردين"]


def test_a_relative_clause_verb_is_not_the_object(kb_dir: Path) -> None:
    # مسلحون يرتدون زي الشرطة: the verb of the clause that describes the gunmen is not whom they seized
    doc, events = code("وخطف مسلحون يرتدون زي الشرطة خمسة موظفين من مركز للكمبيوتر أمس.", kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("source")) == ["مسلحون"]
    assert "يرتدون" not in " ".join(texts(doc, attack.get("target")))


def test_pirates_named_far_after_the_attack(kb_dir: Path) -> None:
    text = "واعلن المكتب البحري ان 55 سفينة تعرضت للهجوم في خليج عدن والمحيط الهندي منذ يناير في عمليات نفذها قراصنة."
    doc, events = code(text, kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("source")) == ["قراصنة"]


def test_others_are_more_of_the_victims_already_named(kb_dir: Path) -> None:
    doc, events = code("وقتل أربعة أشخاص وأصيب ستة آخرون بجروح في هجوم انتحاري أمس.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("target")) == ["أربعة أشخاص"]
    # alone, they are the victims
    doc, events = code("وأصيب ستة آخرون بجروح في هجوم انتحاري أمس.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("target")) == ["ستة آخرون"]


def test_an_approximate_count_alone(kb_dir: Path) -> None:
    doc, events = code("وقتل خمسة أشخاص وأصيب حوالي تسعة بجروح في هجوم انتحاري.", kb_dir)
    counts = [doc.text[a.get("count").start : a.get("count").end] for a in only(events, "ASSAULT").get("target")]
    assert counts == ["خمسة", "حوالي تسعة"]


def test_shells_that_fell_are_not_the_dead(kb_dir: Path) -> None:
    doc, events = code("وأسفر الهجوم عن سقوط عدد من قذائف الهاون على منطقة سكنية.", kb_dir)
    assert "قذائف" not in " ".join(texts(doc, only(events, "ASSAULT").get("target")))


def test_a_verb_after_an_attack_noun_is_its_relative_clause(kb_dir: Path) -> None:
    # هجوم انتحاري استهدف ثكنة عسكرية: the attack did the aiming; the barracks is what it struck
    doc, events = code("وقتل 28 شخصاً في هجوم انتحاري استهدف ثكنة عسكرية أمس.", kb_dir)
    attack = only(events, "ASSAULT")
    assert "ثكنة عسكرية" in texts(doc, attack.get("target"))
    assert "ثكنة" not in " ".join(texts(doc, attack.get("source")))


def test_the_protesters_named_again_are_the_crowd_already_named(kb_dir: Path) -> None:
    doc, events = code("وتظاهر الآلاف أمس في وسط المدينة، وتجمع المتظاهرون أمام مجلس المحافظة.", kb_dir)
    assert texts(doc, only(events, "PROTEST").get("source")) == ["الآلاف"]


def test_who_went_out_in_a_protest_protested(kb_dir: Path) -> None:
    doc, events = code("خرج المئات من أبناء العشائر العربية في تظاهرة امس مطالبين بتشكيل مجالس الإسناد.", kb_dir)
    assert texts(doc, only(events, "PROTEST").get("source")) == ["المئات من أبناء العشائر العربية"]


def test_the_datelines_agency_is_not_the_crowd(kb_dir: Path) -> None:
    doc, events = code("بانكوك ـ رويترز: خرج الآلاف في مسيرة بوسط العاصمة امس.", kb_dir, [("رويترز", "ORG", 0)])
    assert "رويترز" not in texts(doc, only(events, "PROTEST").get("source"))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an actor noun of another kind after an actor is whom it acts on, not its adjective
        ("ودعا الرئيس المواطنين إلى التظاهر ضد الحكومة.", "الرئيس"),
        # the same kind, a member noun, or a phrase the table lists stays one actor
        ("وقتلت قوات الشرطة ثلاثة مسلحين أمس.", "قوات الشرطة"),
        ("وتمكنت سلطات الأمن من اعتقال عشرة أشخاص أمس.", "سلطات الأمن"),
    ],
)
def test_an_actor_followed_by_another_kind_of_actor(kb_dir: Path, text: str, source: str) -> None:
    doc, events = code(text, kb_dir)
    assert source in [t for e in events for t in texts(doc, e.get("source"))]


def test_what_was_set_off_is_not_whom_it_struck(kb_dir: Path) -> None:
    doc, events = code("وفجر المهاجمون قنابلهم على متن ثلاثة قطارات للمترو أمس.", kb_dir)
    assert "قنابلهم" not in " ".join(texts(doc, only(events, "ASSAULT").get("target")))


def test_the_protesters_named_by_the_trigger_beat_an_earlier_sentences_subject(kb_dir: Path) -> None:
    text = "وقال الوزير إن الحكومة ستواصل الإصلاحات. إلا أن ستة آلاف متظاهر تجمعوا أمام البرلمان في المساء."
    doc, events = code(text, kb_dir)
    assert texts(doc, only(events, "PROTEST").get("source")) == ["ستة آلاف متظاهر"]


def test_a_subject_past_an_adverb_of_time(kb_dir: Path) -> None:
    doc, events = code("وتظاهر أخيرا عمال في القطاع الخاص وسط العاصمة.", kb_dir)
    assert texts(doc, only(events, "PROTEST").get("source")) == ["عمال"]


def test_the_day_is_not_part_of_a_counted_group(kb_dir: Path) -> None:
    doc, events = code("واعتصم عدد من المعلمين الإيرانيين أمس أمام مبنى البرلمان.", kb_dir)
    assert texts(doc, only(events, "PROTEST").get("source")) == ["عدد من المعلمين الإيرانيين"]


@pytest.mark.parametrize(
    "text",
    [
        "قتل شاب صباح أمس برصاص الجيش الإسرائيلي قرب المدينة.",
        "وقتل ثلاثة أشخاص بنيران القوات الحكومية أمس.",
        "وقتل ثلاثة أشخاص برصاص من جانب القوات الحكومية أمس.",  # from that side
    ],
)
def test_whose_bullets_or_fire_killed_is_the_author(kb_dir: Path, text: str) -> None:
    doc, events = code(text, kb_dir)
    attack = only(events, "ASSAULT")
    source = texts(doc, attack.get("source"))
    assert source and source[0] in ("الجيش الإسرائيلي", "القوات الحكومية")
    assert attack.get("target")


def test_a_counted_group_stops_before_the_next_verb(kb_dir: Path) -> None:
    doc, events = code("وقتل اثنان من رجال المقاومة وأصيب ثلاثة آخرون في الاشتباك.", kb_dir)
    targets = texts(doc, only(events, "ASSAULT").get("target"))
    assert not any("أصيب" in t for t in targets)


def test_two_women_bombers(kb_dir: Path) -> None:
    doc, events = code("وقامت انتحاريتان بتفجير نفسيهما في السوق المركزي أمس.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("source")) == ["انتحاريتان"]


def test_after_inna_the_subject_comes_before_its_verb(kb_dir: Path) -> None:
    doc, events = code("وقالت مصادر طبية أمس إن القوات قتلت المدنيين في المدينة.", kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("source")) == ["القوات"]
    assert texts(doc, attack.get("target")) == ["المدنيين"]


def test_who_reports_the_dead_did_not_kill_them(kb_dir: Path) -> None:
    text = "وأفاد المرصد بمقتل 12 مدنيا في قصف الطيران المروحي صباح الأربعاء."
    doc, events = code(text, kb_dir)
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("source")) == ["الطيران المروحي"]  # the shelling's own genitive: who shelled
    assert "المرصد" not in " ".join(texts(doc, attack.get("source")))


def test_the_genitive_of_a_shelling_is_what_was_shelled_unless_armed(kb_dir: Path) -> None:
    doc, events = code("وأدى قصف الجيش للأحياء السكنية إلى مقتل خمسة مدنيين.", kb_dir)
    assert texts(doc, only(events, "ASSAULT").get("source")) == ["الجيش"]


def test_a_linked_army_after_a_shelling_fired_it() -> None:
    # the shipped knowledge base links الجيش السوري to a body of sector MIL: armed, so it shelled
    doc = linked_document("وقتل 20 مدنيا جراء قصف الجيش السوري على المدينة.", load(), [], "2015-07-23")
    EventsStage()(doc)
    attack = only(doc.layer("events"), "ASSAULT")
    assert texts(doc, attack.get("source")) == ["الجيش السوري"]
    assert "الجيش السوري" not in texts(doc, attack.get("target"))


def test_a_forces_aircraft_act_for_it(kb_dir: Path) -> None:
    text = "واستهدف طيران التحالف الدولي مواقع التنظيم أمس."
    doc, events = code(text, kb_dir)
    source = only(events, "ASSAULT").get("source")
    assert texts(doc, source) == ["طيران التحالف الدولي"]
    assert source[0].get("id") == "rasd:org/global-coalition"  # the coalition itself, linked


@pytest.mark.parametrize(
    ("text", "assault"),
    [
        ("وتوفي أربعة أشخاص وأصيب 13 آخرون أمس في سبعة حوادث مرورية في المنطقة.", False),
        ("وأصيب ستة أشخاص أمس باختناقات جراء الحريق الذي اندلع في شقة سكنية.", False),
        ("وأدى انقلاب سيارة على الطريق إلى وفاة ثلاثة أشخاص وإصابة ثلاثة آخرين.", False),
        # an attack named beside the accident word is still an attack
        ("وقتل ثلاثة أشخاص في هجوم انتحاري أدى إلى حريق في السوق.", True),
    ],
)
def test_deaths_in_an_accident_are_not_an_assault(kb_dir: Path, text: str, assault: bool) -> None:
    _, events = code(text, kb_dir)
    assert any(e.get("type") == "ASSAULT" for e in events) is assault


@pytest.mark.parametrize(
    "text",
    [
        "ودعا الوزير إلى دفع مسيرة السلام بين الجانبين.",
        "وهو كاتب يتظاهر بأنه يعرف كل شيء.",
        "ويعمل أحدهما في قوات مكافحة الشغب.",  # what a body is there to counter
    ],
)
def test_other_senses_of_protest_words(kb_dir: Path, text: str) -> None:
    _, events = code(text, kb_dir)
    assert not any(e.get("type") == "PROTEST" for e in events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a noun with ال heads no construct: the name after المتظاهرون is the object of وسلم, not their genitive
        ("وسلم المتظاهرون حزب الأمة مذكرة احتجاج أمس.", ["المتظاهرون"], ["حزب الأمة"]),
        # without the article it may head one: the party's march is the party's
        ("وانطلقت أمس مظاهرة حزب الأمة في وسط العاصمة.", ["حزب الأمة"], []),
    ],
)
def test_a_definite_crowd_heads_no_genitive(kb_dir: Path, text: str, source: list[str], target: list[str]) -> None:
    doc, events = code(text, kb_dir, [("حزب الأمة", "ORG", 0)])
    protest = only(events, "PROTEST")
    assert texts(doc, protest.get("source")) == source
    assert texts(doc, protest.get("target")) == target


@pytest.mark.parametrize(
    "text",
    [
        "ونزل المتظاهرون إلى الشوارع وسط غضب متزايد من قرار بريطانيا منح الجائزة للكاتب.",
        "وخرج المئات في مظاهرة أمس تعبيرا عن استياء من سياسة بريطانيا في المنطقة.",
    ],
)
def test_anger_at_someone_names_whom_the_protest_faces(kb_dir: Path, text: str) -> None:
    doc, events = code(text, kb_dir, [("بريطانيا", "LOC", 0)])
    assert texts(doc, only(events, "PROTEST").get("target")) == ["بريطانيا"]


def test_who_fired_the_shell_is_the_author_not_its_kind(kb_dir: Path) -> None:
    # the NER tags the mortar (هاون) as a name; the noun after a weapon is its kind, and the relative clause
    # (أطلقتها ...) names who fired it. أحد مسلحي المقاومة: one of the resistance's fighters was killed
    text = "قتل أحد مسلحي المقاومة الشعبية بقذيفة هاون أطلقتها ميليشيات الحوثي في المدينة أمس."
    doc, events = code(text, kb_dir, [("هاون", "MISC", 0), ("ميليشيات الحوثي", "ORG", 0)])
    attack = only(events, "ASSAULT")
    assert texts(doc, attack.get("source")) == ["ميليشيات الحوثي"]
    assert texts(doc, attack.get("target")) == ["أحد مسلحي المقاومة الشعبية"]


def test_a_bomb_planted_by_someone_names_its_author(kb_dir: Path) -> None:
    doc, events = code("وانفجرت عبوة ناسفة زرعها مسلحون قرب دورية للشرطة أمس.", kb_dir)
    assert "مسلحون" in texts(doc, only(events, "ASSAULT").get("source"))


def test_a_protest_is_against_whom_the_crowd_accuses_not_a_far_preposition(kb_dir: Path) -> None:
    # على المدنيين belongs to the shooting, not to احتج
    doc, events = code("واحتج مئات المتظاهرين في دمشق أمس متهمين قوات الأمن بإطلاق النار على المدنيين.", kb_dir)
    assert texts(doc, only(events, "PROTEST").get("target")) == ["قوات الأمن"]


def test_a_protest_at_a_killing_is_against_the_killer(kb_dir: Path) -> None:
    _, events = code("وخرج متظاهرون في بغداد أمس للاحتجاج على مقتل ثلاثة مدنيين على يد تنظيم داعش.", kb_dir)
    assert [a.get("id") for a in only(events, "PROTEST").get("target")] == ["Q2429253"]


def test_a_protest_against_a_bodys_plans_is_against_the_body(kb_dir: Path) -> None:
    doc, events = code("وتظاهر مئات الطلاب في بغداد أمس ضد خطط الحكومة.", kb_dir)
    assert texts(doc, only(events, "PROTEST").get("target")) == ["الحكومة"]


def test_a_crowd_heading_for_an_office_in_a_building_faces_its_body(kb_dir: Path) -> None:
    doc, events = code("وتوجه مئات المتظاهرين أمس نحو مقر مكتب الحكومة في دمشق.", kb_dir)
    assert texts(doc, only(events, "PROTEST").get("target")) == ["الحكومة"]


def test_supporters_gathered_to_reject_a_nomination_face_the_nominee(kb_dir: Path) -> None:
    ner = [("الحريري", "PER", 0), ("ميقاتي", "PER", 0)]
    doc, events = code("وتجمع عدد من أنصار الحريري في الساحة معلنين رفضهم لترشيح ميقاتي.", kb_dir, ner)
    protest = only(events, "PROTEST")
    source = protest.get("source")
    assert [t.removeprefix("عدد من ") for t in texts(doc, source)] == ["أنصار الحريري"]  # whose supporters
    assert source[0].get("id") is None
    assert texts(doc, protest.get("target")) == ["ميقاتي"]  # the rejection they voice names whom they face


def test_whose_thing_a_crowd_burns_is_whom_it_protests(kb_dir: Path) -> None:
    # أحرق المتظاهرون طائرة ... تابعة لـ X: the owner named after تابعة is whom the protest faces, not the aircraft
    _doc, events = code("وأحرق المتظاهرون طائرة هليكوبتر صغيرة تابعة لتنظيم داعش في دمشق أمس.", kb_dir)
    protest = only(events, "PROTEST")
    assert [a.get("id") for a in protest.get("target")] == ["Q2429253"]
