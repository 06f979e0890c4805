"""Triggers the lexicon finds in their inflected and split forms (rasd.events.code.Coder.triggers), on sentences
written for these tests, through the coder over the tests' small knowledge base."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.events.test_events import code
from tests.events.test_sides import only, texts


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the subject between the verb and النار
        ("وأطلقت قوات الجيش السوري النار على المتظاهرين أمس.", "قوات الجيش السوري", "المتظاهرين"),
        ("وفتح مسلحون مجهولون النار على دورية للجيش السوري أمس.", "مسلحون مجهولون", "دورية للجيش السوري"),
        # the imperfect and feminine forms written together
        ("وقال شهود إن قوات الجيش السوري فتحت النار على المتظاهرين.", "قوات الجيش السوري", "المتظاهرين"),
    ],
)
def test_opening_fire_is_an_attack_on_whom_it_is_opened(kb_dir: Path, text: str, source: str, target: str) -> None:
    doc, events = code(text, kb_dir)
    attack = only(events, "ASSAULT")
    assert attack.get("mode") == "firearms"
    assert texts(doc, attack.get("source")) == [source]
    assert texts(doc, attack.get("target")) == [target]


def test_setting_fire_is_no_shooting(kb_dir: Path) -> None:
    _, events = code("وأشعل المحتجون النار على الطريق الرئيسي أمس.", kb_dir)
    assert not [e for e in events if e.get("type") == "ASSAULT"]


def test_who_fires_on_a_crowd_is_not_its_protester(kb_dir: Path) -> None:
    doc, events = code("وأطلقت قوات الجيش السوري النار على المتظاهرين أمس.", kb_dir)
    protests = [e for e in events if e.get("type") == "PROTEST"]
    assert all("الجيش" not in " ".join(texts(doc, e.get("source"))) for e in protests)


def test_rockets_launched_with_subject_and_time_between(kb_dir: Path) -> None:
    doc, events = code("وقال شهود إن قوات الجيش السوري أطلقت صباح أمس خمسة صواريخ على المدينة.", kb_dir)
    attack = only(events, "ASSAULT")
    assert attack.get("mode") == "shelling"
    assert texts(doc, attack.get("source")) == ["قوات الجيش السوري"]


def test_fighters_reaching_a_city_do_not_visit_it(kb_dir: Path) -> None:
    _, events = code("وكان المطار أغلق بعد أن وصل المتمردون إلى بغداد.", kb_dir)
    assert not [e for e in events if e.get("type") == "CONSULT"]
    _, events = code("ووصل أسعد الشيباني إلى بغداد أمس.", kb_dir, [("أسعد الشيباني", "PER", 0)])
    assert only(events, "CONSULT").get("mode") == "visit"  # a person still visits


def test_an_angry_crowd_is_no_mobilization(kb_dir: Path) -> None:
    _, events = code("وتعرض الجنود لهجوم من قبل حشد غاضب في دمشق أمس.", kb_dir)
    assert not [e for e in events if e.get("type") == "MOBILIZE"]
    _, events = code("وحشد الجيش السوري قواته على الحدود أمس.", kb_dir)
    assert only(events, "MOBILIZE")


@pytest.mark.parametrize(
    "text",
    [
        "وقال باحث سوري في شؤون الجماعات المتطرفة إن الوضع خطير.",  # a researcher, not ب + أحث "I urge"
        "وأعلنت الجامعة قبول 11869 طالبا وطالبة في برامجها.",  # a counted noun (students), not "they demanded"
    ],
)
def test_nouns_that_spell_a_verb_form(kb_dir: Path, text: str) -> None:
    _, events = code(text, kb_dir)
    assert not [e for e in events if e.get("type") == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "ونال الحزب نصيب الأسد من المقاعد في البرلمان.",  # a share, not نُصيب "we hit"
        "وكان نصيبها من العقد خمسة ملايين ريال.",
    ],
)
def test_a_share_is_no_attack(kb_dir: Path, text: str) -> None:
    _, events = code(text, kb_dir)
    assert not [e for e in events if e.get("type") == "ASSAULT"]
    _, events = code("وقالت الشرطة إن مسلحين أصابوا ثلاثة مدنيين في بغداد أمس.", kb_dir)  # أصاب itself still is
    assert only(events, "ASSAULT")


def test_a_change_is_no_raid_but_a_raid_on_something_is(kb_dir: Path) -> None:
    # تغير / يغير: the imperfect of غيّر (to change) and of أغار (to raid) are spelled alike; the raid has its على
    for text in ("وقال الوزير إن إيران لن تغير سياستها في المنطقة.", "ولم يغير الاتفاق شيئا على الأرض."):
        _, events = code(text, kb_dir)
        assert not [e for e in events if e.get("type") == "ASSAULT"], text
    doc, events = code("وقالت المصادر إن الطائرات الإسرائيلية تغير على مواقع في جنوب لبنان منذ الصباح.", kb_dir)
    raid = only(events, "ASSAULT")
    assert (raid.get("mode"), doc.span_text(raid.get("trigger"))) == ("aerial", "تغير")


def test_a_vehicle_is_not_whom_officials_receive(kb_dir: Path) -> None:
    doc, events = code("وكان في استقبال الطائرة لحظة وصولها أسعد الشيباني.", kb_dir, [("أسعد الشيباني", "PER", 0)])
    for ev in events:
        assert "الطائرة" not in texts(doc, ev.get("target")) + texts(doc, ev.get("source"))


def test_a_city_is_not_whom_the_police_arrested(kb_dir: Path) -> None:
    doc, events = code("وقال مدير شرطة بغداد إن أربعة أشخاص تم القبض عليهم.", kb_dir)
    for ev in events:
        assert "بغداد" not in texts(doc, ev.get("target"))


def test_signing_needs_an_agreement_and_what_happened_is_not_signed(kb_dir: Path) -> None:
    _, events = code("ويسلط الهجوم الذي وقع في المدينة على الحدود مع سوريا الضوء على الخسائر.", kb_dir)
    assert not [e for e in events if e.get("type") == "AGREE"]
    _, events = code("ووقعت السعودية مع العراق مذكرة تفاهم أمس.", kb_dir)
    assert [a.get("id") for a in only(events, "AGREE").get("target")] == ["Q796"]


def test_the_signers_after_the_agreement_include_offices_of_a_named_body(kb_dir: Path) -> None:
    # the subject after the object (VOS), an office of a named body coordinated with a minister
    ner = [("المفوضية الأوروبية", "ORG", 0)]
    text = "ووقع على مذكرة التفاهم رئيس المفوضية الأوروبية ووزير الخارجية السعودي أمس."
    doc, events = code(text, kb_dir, ner)
    agree = only(events, "AGREE")
    assert texts(doc, agree.get("source")) == ["رئيس المفوضية الأوروبية"]
    assert texts(doc, agree.get("target")) == ["وزير الخارجية السعودي"]


def test_the_signing_verb_and_the_agreement_it_signs_are_one_event(kb_dir: Path) -> None:
    text = "ووقع على مذكرة التفاهم أسعد الشيباني مع وزير الخارجية السعودي أمس."
    doc, events = code(text, kb_dir)
    (agree,) = [e for e in events if e.get("type") == "AGREE"]
    assert [a.get("id") for a in agree.get("source")] == ["rasd:per/asaad-al-shaibani"]
    assert texts(doc, agree.get("target")) == ["وزير الخارجية السعودي"]
    # a negated signing leaves the agreement negated
    _, events = code("ولم توقع السعودية على مذكرة التفاهم مع العراق.", kb_dir)
    (agree,) = [e for e in events if e.get("type") == "AGREE"]
    assert agree.get("aux").get("negated")


def test_whose_account_it_is_did_not_act(kb_dir: Path) -> None:
    _, events = code("وبحسب قوات سوريا الديمقراطية، وصلت، أمس، إلى بغداد طائرة مساعدات.", kb_dir)
    assert not [e for e in events if e.get("type") == "CONSULT"]


@pytest.mark.parametrize(
    ("text", "ner"),
    [
        ("ونسأل الله أن يحفظ قائد مسيرتنا ويوفقه.", []),  # a course or a career, not a march
        ("وأشاد الوزير بالرئيس ودوره في مسيرتها التنموية.", []),
        ("وقالت إنها انتقلت للعيش في مقاطعة فلوريدا ثم بغداد.", [("فلوريدا", "LOC", 0)]),  # a province
    ],
)
def test_other_senses_of_protest_words(kb_dir: Path, text: str, ner: list[tuple[str, str, int]]) -> None:
    _, events = code(text, kb_dir, ner)
    assert not [e for e in events if e.get("type") == "PROTEST"]


def test_the_crowd_that_went_out_in_a_march_protests(kb_dir: Path) -> None:
    doc, events = code("وخرج الآلاف في مسيرة حاشدة وسط العاصمة أمس.", kb_dir)
    assert texts(doc, only(events, "PROTEST").get("source")) == ["الآلاف"]


def test_a_call_with_a_news_agency_is_no_consultation() -> None:
    from rasd.analysis import load_pipeline
    from rasd.document import Document

    doc = load_pipeline()(Document("وأضاف وزير الخارجية الأمريكي في اتصال هاتفي مع وكالة رويترز أن المحادثات مستمرة."))
    for ev in doc.layer("events"):
        assert "وكالة رويترز" not in [doc.text[a.start : a.end] for a in ev.get("target") + ev.get("source")]


def test_an_expulsion_written_as_a_verbal_noun(kb_dir: Path) -> None:
    doc, events = code("وكانت قوات سوريا الديمقراطية قد تمكنت من طرد المتمردين من المدينة.", kb_dir)
    expulsion = only(events, "COERCE")
    assert [a.get("id") for a in expulsion.get("source")] == ["rasd:org/sdf"]
    assert texts(doc, expulsion.get("target")) == ["المتمردين"]
    _, events = code("وتقرر تخفيض عدد أجهزة الطرد المركزي بواقع الثلثين.", kb_dir)  # centrifuges
    assert not [e for e in events if e.get("type") == "COERCE"]


@pytest.mark.parametrize(
    ("text", "typ", "mode"),
    [
        ("وقال مصدر محلي إن غارتين جويتين استهدفتا صباح أمس موكب وزير الداخلية.", "ASSAULT", "aerial"),
        ("ونظم الطلاب أمس مظاهرتين في دمشق ضد الحكومة.", "PROTEST", "demonstration"),
    ],
)
def test_a_dual_names_two_of_the_same_event(kb_dir: Path, text: str, typ: str, mode: str) -> None:
    # two strikes, two marches: the dual is its own form, neither singular nor plural; the strikes give the
    # attack its mode (the verb alone says only that something was aimed at)
    _, events = code(text, kb_dir)
    assert only(events, typ).get("mode") == mode


def test_hitting_is_no_strike_but_a_strike_from_food_is(kb_dir: Path) -> None:
    # يضرب: "hits" before an object; يُضرب عن الطعام / عن العمل: goes on strike
    _, events = code("الجيش التركي يضرب مسلحين في شمال العراق.", kb_dir)
    assert not [e for e in events if e.get("type") == "PROTEST"]
    _, events = code("ويضرب المعتقلون عن الطعام منذ أسبوع.", kb_dir)
    assert only(events, "PROTEST").get("mode") == "strike"


def test_rallying_support_is_no_mobilization(kb_dir: Path) -> None:
    _, events = code("وتسعى المنظمة إلى حشد الدعم الدولي لمكافحة الفقر.", kb_dir)
    assert not [e for e in events if e.get("type") == "MOBILIZE"]
    _, events = code("وحشد الجيش السوري قواته أمس قرب الحدود.", kb_dir)
    assert only(events, "MOBILIZE").get("mode") == "troops"


@pytest.mark.parametrize(
    "text",
    [
        "وتجمع حوالي ألف شخص أمس في ساحة تايمز سكوير للتنديد بالاتفاق النووي.",
        "وتجمع عدد من أنصار الحريري بعد الظهر في ساحة عبد الحميد كرامي معلنين رفضهم لترشيح ميقاتي.",
        "وتجمهر العشرات أمام مقر المحافظة رافعين لافتات تطالب بالإفراج عن المعتقلين.",
    ],
)
def test_a_gathering_held_to_protest_is_a_protest(kb_dir: Path, text: str) -> None:
    # no protest noun in the sentence: what makes it one is why the crowd gathered, or how
    doc, events = code(text, kb_dir)
    protest = only(events, "PROTEST")
    assert doc.span_text(protest.get("trigger")).removeprefix("و") in ("تجمع", "تجمهر")


@pytest.mark.parametrize(
    "text",
    [
        "وتجمع النساء في القاعة لتبادل التهاني بالعيد.",
        "وأكد الوزير أن العلاقات التاريخية تجمع بين البلدين.",
        "وتجمع المشاركون في الساحة معلنين بدء الاحتفال.",
    ],
)
def test_a_gathering_for_anything_else_is_no_protest(kb_dir: Path, text: str) -> None:
    _, events = code(text, kb_dir)
    assert not [e for e in events if e.get("type") == "PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "وتحدث الرئيس عن مسيرة السلام مع إسرائيل.",  # the course of peace
        "وسأل الله أن يحفظ قائد المسيرة المباركة.",  # the blessed course (of a reign)
        "وقال المدرب إن الفريق يواصل مسيرة نجاحه في البطولة.",  # its run of success
    ],
)
def test_a_course_is_no_march(kb_dir: Path, text: str) -> None:
    _, events = code(text, kb_dir)
    assert not [e for e in events if e.get("type") == "PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "وخرج الآلاف في مسيرة حاشدة إلى البرلمان احتجاجا على القانون.",
        "ونظمت المعارضة مسيرة الغضب في وسط العاصمة أمس.",
        "وشارك المئات في المسيرة السلمية التي جابت شوارع المدينة أمس.",
        "وانطلقت مسيرة المتظاهرين من ساحة التحرير أمس.",
        "وتجمع الطلاب في فناء الجامعة أمس، وأعقبت التجمع مسيرة إلى مبنى البرلمان.",  # إلى looks like ال + ي
        "وقال شهود إن المسيرة التي انطلقت من الجامعة أمس جابت شوارع المدينة.",
    ],
)
def test_a_march_with_its_crowd_cause_or_manner_is_a_protest(kb_dir: Path, text: str) -> None:
    doc, events = code(text, kb_dir)
    march = only(events, "PROTEST")
    assert doc.span_text(march.get("trigger")) in ("مسيرة", "المسيرة")


@pytest.mark.parametrize(
    "text",
    [
        "وأظهرت الدراسة أن الدواء يقلل من مخاطر الإصابة بالشلل الرعاش.",
        "وتعذر حضور المتهم بسبب إصابته بانخفاض في مستوى السكر.",
        "وأصيب الرئيس بفيروس كورونا الأسبوع الماضي.",
    ],
)
def test_falling_ill_is_no_attack(kb_dir: Path, text: str) -> None:
    _, events = code(text, kb_dir)
    assert not [e for e in events if e.get("type") == "ASSAULT"]


def test_wounds_after_a_subject_are_still_an_attack(kb_dir: Path) -> None:
    for text in ("وأصيب ثلاثة مدنيين بجروح في القصف أمس.", "وأصيب جندي برصاص قناص في بغداد أمس."):
        _, events = code(text, kb_dir)
        assert only(events, "ASSAULT"), text


def test_issued_by_is_no_confiscation(kb_dir: Path) -> None:
    # صادر من / صادر عن: the participle 'issued by', not the verb صادر 'confiscated'
    _, events = code("وأوضح تقرير صادر من اللجنة الإعلامية أن عدد الزوار ارتفع.", kb_dir)
    assert not [e for e in events if e.get("type") == "COERCE"]


def test_dispersing_a_crowd_is_repression_and_the_crowd_faced_the_force(kb_dir: Path) -> None:
    doc, events = code("وفرقت الشرطة المتظاهرين الذين تجمعوا في الساحة أمس.", kb_dir)
    repression = only(events, "COERCE")
    assert repression.get("mode") == "repress" and repression.get("cameo") == "175"
    assert texts(doc, repression.get("source")) == ["الشرطة"]
    assert texts(doc, repression.get("target")) == ["المتظاهرين"]
    assert texts(doc, only(events, "PROTEST").get("target")) == ["الشرطة"]
    # a crowd that names whom it faces (the parliament it gathered before) faces that one, not the police
    doc, events = code("وفرقت الشرطة المتظاهرين الذين تجمعوا أمام البرلمان أمس.", kb_dir)
    assert texts(doc, only(events, "PROTEST").get("target")) == ["البرلمان"]
    # فرّق "to tell apart", and a crowd dispersing on its own, are no repression
    for text in ("وقال الوزير إن القانون فرق بين الحق والباطل.", "وتفرق المتظاهرون بعد ساعتين."):
        _, events = code(text, kb_dir)
        assert not [e for e in events if e.get("type") == "COERCE"], text


def test_a_danger_is_no_threat_made(kb_dir: Path) -> None:
    # تهديد محتمل: a potential danger; a threat still needs someone making it (هددت X بـ)
    text = "وتواجه الحكومة العراقية مقاومة لترحيل الذين ينظر اليهم على انهم تهديد محتمل الي سوريا."
    _, events = code(text, kb_dir)
    assert not [e for e in events if e.get("type") == "THREATEN"]
    _, events = code("وهددت الحكومة السورية بقصف مواقع داعش.", kb_dir)
    assert [e for e in events if e.get("type") == "THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "وأكدت المصادر أن إدارة النادي أوقفت مستحقات حارس الفريق.",  # stopped payments
        "فهلا استيقظنا وأوقفنا الإسراف الكبير في الإنفاق؟",
        "وأوقفت شرطة المرور سيارتيهما على الطريق السريع.",
    ],
)
def test_stopping_a_thing_is_no_arrest(kb_dir: Path, text: str) -> None:
    _, events = code(text, kb_dir)
    assert not [e for e in events if e.get("type") == "COERCE"], text


def test_stopping_people_is_an_arrest(kb_dir: Path) -> None:
    doc, events = code("وأوقفت الشرطة ثلاثة مشتبهين في بغداد أمس.", kb_dir)
    assert texts(doc, only(events, "COERCE").get("target")) == ["ثلاثة مشتبهين"]
    doc, events = code("وأوقفت الشرطة الرجل بعد مطاردة في بغداد.", kb_dir)
    assert texts(doc, only(events, "COERCE").get("target")) == ["الرجل"]


def test_a_count_of_people_before_an_arrest_verb_was_arrested(kb_dir: Path) -> None:
    doc, events = code("وقال المصدر إن 30 شخصا اعتقلوا أمس في بغداد.", kb_dir)
    arrest = only(events, "COERCE")
    assert arrest.get("source") == []
    assert texts(doc, arrest.get("target")) == ["30 شخصا"]


def test_an_issued_law_is_no_confiscation(kb_dir: Path) -> None:
    _, events = code("ويحل القانون محل قانون صادر في 2003 وفق البيان الصادر أمس عن الوزارة.", kb_dir)
    assert not [e for e in events if e.get("type") == "COERCE"]


def test_a_prayer_for_someone_is_no_call(kb_dir: Path) -> None:
    _, events = code("وقالت إنها تتمنى أن تلتقي الملك وتدعو له بالتوفيق في بغداد.", kb_dir)
    assert not [e for e in events if e.get("type") == "REQUEST"]
    doc, events = code("ودعا الرئيس المواطنين إلى اليقظة في بغداد.", kb_dir)
    assert texts(doc, only(events, "REQUEST").get("target")) == ["المواطنين"]


def test_let_us_is_no_call(kb_dir: Path) -> None:
    # دعونا before a verb in the first person plural is "let us"; before a name it is still a call
    _, events = code("وقال أسعد الشيباني «دعونا نعمل بتكتم مع الحكومة السورية».", kb_dir)
    assert not [e for e in events if e.get("type") == "REQUEST"]
    from rasd.events.lexicon import load

    assert load().excluded("دعوا", "نعمل", "دعونا") and not load().excluded("دعوا", "الحكومة", "دعونا")


def test_a_count_of_people_taken_ill_past_its_asides_is_no_attack(kb_dir: Path) -> None:
    text = "أصيب أكثر من 50 زائرا منهم 22 مواطنا سوريا، صباح أول أمس الثلاثاء، بتسمم غذائي في أحد الفنادق."
    _, events = code(text, kb_dir)
    assert not [e for e in events if e.get("type") == "ASSAULT"]
    _, events = code("أصيب ثلاثة أشخاص، بينهم طفل، برصاص قناصة في دمشق.", kb_dir)
    assert [e for e in events if e.get("type") == "ASSAULT"]  # wounds by bullets: an attack
