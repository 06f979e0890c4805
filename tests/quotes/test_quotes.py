"""The quotes stage over linked entities from the tests' small knowledge base."""

from __future__ import annotations

from pathlib import Path

from tests.minikb import linked_document

from rasd.document import Document
from rasd.kb.store import load
from rasd.quotes.stage import QuotesStage

TEXT = (
    "وكان وزير الخارجية والمغتربين، أسعد حسن الشيباني، قد وصل إلى الرياض، يوم الأحد.\n\n"
    "وأكد البيان الختامي للمشاركين في الاجتماع، التزامهم بهزيمة “داعش” في سوريا والعراق، وتعهدوا بمواصلة الدعم.\n\n"
    "وقال وزير الخارجية أسعد الشيباني: إن سوريا تستعيد اليوم زمام المبادرة، مؤكداً دورها في الشراكة.\n\n"
    "وأضاف الشيباني، في منشور عبر منصة “إكس” يوم أمس الإثنين: «كان اجتماعنا بنّاءً ومثمراً، ونؤكد أن دعم سوريا مسؤولية مشتركة»، "
    "كما أعرب عن شكره للمملكة العربية السعودية.\n\n"
    "وأضاف أن العمل سيستمر خلال الأشهر المقبلة."
)
NER = [("أسعد حسن الشيباني", "PER", 0), ("أسعد الشيباني", "PER", 0), ("الشيباني", "PER", 2), ("إكس", "MISC", 0)]


def quotes(text: str, kb_dir: Path, ner: list[tuple[str, str, int]]) -> tuple[Document, list]:
    doc = linked_document(text, load(str(kb_dir)), ner)
    QuotesStage()(doc)
    return doc, doc.layer("quotes")


def test_direct_indirect_and_statement(kb_dir: Path) -> None:
    doc, qs = quotes(TEXT, kb_dir, NER)
    kinds = [q.get("kind") for q in qs]
    assert kinds == ["statement", "indirect", "direct", "indirect"]
    statement, said, posted, added = qs
    assert doc.span_text(statement.get("cue")) == "وأكد"
    assert doc.span_text(statement.get("content")).startswith("التزامهم بهزيمة")
    assert doc.span_text(said.get("cue")) == "وقال"
    assert doc.span_text(said.get("content")).startswith("إن سوريا تستعيد اليوم زمام المبادرة")
    assert said.get("speaker").get("id") == "rasd:per/asaad-al-shaibani"
    assert doc.span_text(posted.get("content")) == "كان اجتماعنا بنّاءً ومثمراً، ونؤكد أن دعم سوريا مسؤولية مشتركة"
    assert doc.span_text(posted.get("cue")) == "وأضاف"
    assert posted.get("speaker").get("id") == "rasd:per/asaad-al-shaibani"
    assert doc.span_text(posted.get("speaker")) == "الشيباني"
    channel = posted.get("channel")
    assert channel.label == "post" and "إكس" in doc.span_text(channel)
    # "وأضاف" with no subject continues the previous speaker
    assert added.get("speaker").get("id") == "rasd:per/asaad-al-shaibani"


def test_quoted_names_are_not_quotes(kb_dir: Path) -> None:
    _, qs = quotes("رحب التحالف الدولي بانضمام سوريا إلى الحرب على “داعش” في المنطقة.", kb_dir, [])
    assert qs == []


def test_cue_after_the_quotation_and_non_entity_speaker(kb_dir: Path) -> None:
    doc, qs = quotes("«لن نقبل بأي تسوية لا تضمن حقوق اللاجئين»، قال مصدر دبلوماسي رفيع للصحفيين.", kb_dir, [])
    assert len(qs) == 1 and qs[0].get("kind") == "direct"
    assert doc.span_text(qs[0].get("cue")) == "قال"
    assert doc.span_text(qs[0].get("speaker")).startswith("مصدر دبلوماسي")
    assert qs[0].get("speaker").get("id") is None


def test_headline_speaker_but_not_a_dateline_or_a_date(kb_dir: Path) -> None:
    doc, qs = quotes("الشيباني: سوريا تستعيد زمام المبادرة في المنطقة", kb_dir, [("الشيباني", "PER", 0)])
    assert [doc.span_text(q.get("speaker")) for q in qs] == ["الشيباني"]
    _, qs = quotes("دمشق ـ سانا: وصل الوفد إلى المدينة صباح أمس", kb_dir, [])
    assert qs == []  # a dateline (place - agency) is not who speaks
    _, qs = quotes("13 يونيو 2007: اغتيال النائب في انفجار سيارة مفخخة", kb_dir, [])
    assert qs == []


def test_the_name_after_a_title_and_its_complement_speaks(kb_dir: Path) -> None:
    text = "وقال مدير العلاقات العامة في شركة النقل سليمان الخويطر إن الشركة بدأت التشغيل التجريبي."
    doc, qs = quotes(text, kb_dir, [("سليمان الخويطر", "PER", 0)])
    assert [doc.span_text(q.get("speaker")) for q in qs] == ["سليمان الخويطر"]


def test_a_person_in_an_institution_name_does_not_speak(kb_dir: Path) -> None:
    text = "وقال مدير مركز الملك سلمان للإغاثة عبد الله الربيعة إن القوافل بدأت التحرك نحو الميناء."
    doc, qs = quotes(text, kb_dir, [("الملك سلمان", "PER", 0), ("عبد الله الربيعة", "PER", 0)])
    assert [doc.span_text(q.get("speaker")) for q in qs] == ["عبد الله الربيعة"]


def test_quoted_through_qawluhu(kb_dir: Path) -> None:
    text = "ونقلت وسائل الإعلام عن المتحدث باسم الرئاسة خالد شواني قوله: “التصريحات شخصية ولا تمثل الموقف الرسمي”."
    doc, qs = quotes(text, kb_dir, [("خالد شواني", "PER", 0)])
    assert [doc.span_text(q.get("speaker")) for q in qs] == ["خالد شواني"]
    assert doc.span_text(qs[0].get("content")).startswith("التصريحات شخصية")


def test_an_outlet_named_after_a_country_speaks_not_the_country(kb_dir: Path) -> None:
    # وكالة الأنباء السعودية reports; Saudi Arabia, whose name it bears, does not speak
    doc, qs = quotes(
        "وذكرت وكالة الأنباء السعودية أن الوفد وصل إلى الرياض أمس.", kb_dir, [("السعودية", "LOC", 0)]
    )
    assert [doc.span_text(q.get("speaker")) for q in qs] == ["وكالة الأنباء السعودية"]
    assert qs[0].get("speaker").get("id") is None


def test_a_colon_after_the_outlet_in_quotation_marks_opens_the_speech(kb_dir: Path) -> None:
    # the outlet's closing mark stands before the colon: it closes a name, it opens no quotation
    text = "عنوان الخبر\n\nوقال فيصل المقداد لـ«الوطن»: الحكومة ستواصل العمل على إعادة الإعمار في كل المحافظات."
    doc, qs = quotes(text, kb_dir, [("فيصل المقداد", "PER", 0)])
    assert len(qs) == 1
    assert doc.span_text(qs[0].get("content")).startswith("الحكومة ستواصل العمل")
    assert qs[0].get("speaker").get("id") == "rasd:per/old-minister"


def test_a_cue_without_a_subject_continues_who_spoke_in_the_sentence_before(kb_dir: Path) -> None:
    text = (
        "عنوان الخبر\n\nوأكد وزير الخارجية فيصل المقداد استمرار التعاون مع العراق في مكافحة الإرهاب.\n\n"
        "وقال للصحفيين: إن الحكومة ستواصل العمل على إعادة الإعمار في كل المحافظات."
    )
    doc, qs = quotes(text, kb_dir, [("فيصل المقداد", "PER", 0)])
    said = next(q for q in qs if doc.span_text(q.get("cue")) == "وقال")
    assert said.get("speaker").get("id") == "rasd:per/old-minister"


def test_a_relative_clause_after_the_speaker_is_not_part_of_it(kb_dir: Path) -> None:
    text = "عنوان الخبر\n\nوقالت الحكومة التي تعمل من شرق ليبيا في بيانها: نطالب الجميع بالتوقف فورا عن القتال."
    doc, qs = quotes(text, kb_dir, [])
    assert [doc.span_text(q.get("speaker")) for q in qs] == ["الحكومة"]


def test_in_it_after_the_cue_is_not_the_speaker_but_the_writer_before(kb_dir: Path) -> None:
    text = "عنوان الخبر\n\nوكتب فيصل المقداد مقالا في صحيفة الوطن قال فيه: «الحكومة ستواصل العمل على إعادة الإعمار»."
    _, qs = quotes(text, kb_dir, [("فيصل المقداد", "PER", 0)])
    assert len(qs) == 1
    assert qs[0].get("speaker").get("id") == "rasd:per/old-minister"


def test_a_participle_cue_before_a_quotation_ends_the_report_before_it_and_the_clauses_subject_speaks(
    kb_dir: Path,
) -> None:
    # ونفى X الاتهامات التي تقول إن ... قائلاً: «…»: the reported charge ends at قائلاً; X says the quotation,
    # not the name just before the participle
    text = (
        "عنوان الخبر\n\nونفى فيصل المقداد الاتهامات التي تقول إن سوريا لم تقم بأية عمليات ضد تنظيم داعش قائلاً: "
        "«لقد وضعت سوريا داعش في قائمة الإرهاب منذ سنوات»."
    )
    doc, qs = quotes(text, kb_dir, [("فيصل المقداد", "PER", 0)])
    direct = [q for q in qs if q.get("kind") == "direct"]
    assert len(direct) == 1 and direct[0].get("speaker").get("id") == "rasd:per/old-minister"
    assert all("لقد وضعت" not in doc.span_text(q.get("content")) for q in qs if q.get("kind") != "direct")


def test_a_name_that_reads_as_a_preposition_and_a_cue_is_no_cue(kb_dir: Path) -> None:
    # كيري is not ك + يرى ("he sees"): no preposition is written onto a verb
    doc, qs = quotes("وقال كيري لقناة الجزيرة إنه بحث الأزمة مع الشيباني.", kb_dir, [("كيري", "PER", 0)])
    (said,) = qs
    assert doc.span_text(said.get("cue")) == "وقال"
    assert doc.span_text(said.get("speaker")) == "كيري"


def test_whom_a_speaker_spoke_to_is_not_part_of_the_speaker(kb_dir: Path) -> None:
    doc, qs = quotes("وقال الوزير لقناة الجزيرة إن الحكومة ستواصل الحوار مع المعارضة.", kb_dir, [])
    (said,) = qs
    assert doc.span_text(said.get("speaker")) == "الوزير"
