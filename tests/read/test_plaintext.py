from __future__ import annotations

from pathlib import Path

import pytest

from rasd.read import read_path, read_text


def _expected_body(raw: str) -> tuple[str, list[str]]:
    """Headline and body paragraphs as expected.md describes them: no byline, hashtag or chrome."""
    lines = [ln.strip() for ln in raw.splitlines() if ln.strip()]
    title = lines[0]
    body = [ln for ln in lines[1:] if not ln.startswith(("الفداء_", "#")) and ln not in ("المزيد...", "آخر الأخبار")]
    return title, body


def test_reference_article_metadata_and_text(shared: Path) -> None:
    path = shared / "reference" / "fidaa-coalition-article.txt"
    doc = read_path(path)
    title, body = _expected_body(path.read_text(encoding="utf-8"))
    assert doc.meta["title"] == "التحالف الدولي ضد تنظيم “داعش” يرحب بانضمام سوريا إليه ويؤكد دعم دمشق لهزيمته"
    assert doc.meta["title"] == title
    assert doc.meta["outlet"] == "الفداء"
    assert doc.meta["author"] == "أحمد العلي"
    assert doc.meta["hashtags"] == ["صحيفة_الفداء"]
    assert doc.meta["language"] == "ar"
    assert len(body) == 10
    assert doc.text == "\n\n".join([title, *body])
    for chrome in ("الفداء_", "#", "المزيد", "آخر الأخبار", "أحمد العلي"):
        assert chrome not in doc.text


def test_bylines_of_several_styles() -> None:
    doc = read_text("عنوان الخبر عن الاجتماع\nكتب: محمد حسن\nعقد الوزراء اجتماعاً في الرياض أمس.")
    assert doc.meta["author"] == "محمد حسن"
    assert "كتب" not in doc.text
    doc = read_text("عنوان الخبر عن الاجتماع\nبقلم سارة أحمد\nعقد الوزراء اجتماعاً في الرياض أمس.")
    assert doc.meta["author"] == "سارة أحمد"
    doc = read_text("عنوان الخبر عن الاجتماع\n– سانا\nعقد الوزراء اجتماعاً في الرياض أمس.")
    assert doc.meta["outlet"] == "سانا"
    assert doc.text == "عنوان الخبر عن الاجتماع\n\nعقد الوزراء اجتماعاً في الرياض أمس."


def test_dateline_is_kept_in_text_and_noted() -> None:
    doc = read_text("وزير الخارجية يلتقي نظيره\nدمشق - سانا: التقى وزير الخارجية نظيره التركي اليوم.")
    assert doc.meta["dateline"] == {"place": "دمشق", "agency": "سانا"}
    assert "دمشق - سانا:" in doc.text


def test_site_chrome_is_removed_and_related_links_with_it() -> None:
    raw = (
        "انطلاق مؤتمر الحوار الوطني في العاصمة\n"
        "انطلقت اليوم أعمال المؤتمر بمشاركة واسعة.\n"
        "اقرأ أيضاً:\n"
        "عنوان خبر آخر لا علاقة له\n"
        "وأكد المشاركون أهمية الحوار.\n"
        "شارك الخبر\n"
        "تابعونا على تلغرام\n"
        "فيسبوك تويتر واتساب\n"
        "#مؤتمر_الحوار #سوريا\n"
        "جميع الحقوق محفوظة © 2026\n"
    )
    doc = read_text(raw)
    assert doc.text == (
        "انطلاق مؤتمر الحوار الوطني في العاصمة\n\nانطلقت اليوم أعمال المؤتمر بمشاركة واسعة.\n\n"
        "وأكد المشاركون أهمية الحوار."
    )
    assert doc.meta["hashtags"] == ["مؤتمر_الحوار", "سوريا"]


def test_whitespace_is_collapsed_inside_paragraphs() -> None:
    doc = read_text("  عنوان   الخبر  الطويل هنا \n\n\n نص\tالخبر   هنا. \n")
    assert doc.text == "عنوان الخبر الطويل هنا\n\nنص الخبر هنا."


def test_non_arabic_text_gets_a_warning() -> None:
    doc = read_text("Ministers met in Riyadh on Monday\n\nThe meeting discussed the coalition.")
    assert doc.meta["language"] != "ar"
    assert any("not Arabic" in w for w in doc.meta["warnings"])


@pytest.mark.parametrize("raw", ["", "   \n\n  ", "المزيد...\nآخر الأخبار\n", "عنوان\nالمزيد...\nآخر الأخبار"])
def test_no_article_is_an_error(raw: str) -> None:
    from rasd.errors import InputError

    with pytest.raises(InputError):
        read_text(raw)
