from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from rasd.errors import InputError
from rasd.read import read_html, read_path


def _tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text))


def token_f1(got: str, want: str) -> float:
    g, w = _tokens(got), _tokens(want)
    common = sum((g & w).values())
    if not common:
        return 0.0
    p, r = common / sum(g.values()), common / sum(w.values())
    return 2 * p * r / (p + r)


def test_cnn_arabic_body_and_title(shared: Path) -> None:
    folder = shared / "data" / "pages" / "cnn-arabic"
    doc = read_path(folder / "arabic_article.html")
    expected = (folder / "arabic_article.txt").read_text(encoding="utf-8")
    meta = json.loads((folder / "arabic_article.metadata.json").read_text(encoding="utf-8"))
    assert doc.meta["title"] == meta["title"]
    body = doc.text.split("\n\n", 1)[1]
    assert token_f1(body, expected) >= 0.95
    # the page's footer says "© 2013 Cable News Network": the date must not come from it
    assert doc.meta["published"] == "2013-08-03"
    assert doc.meta["published_source"] == "url"
    assert doc.meta["outlet"] == "CNNArabic"


def test_assabah_snippets(shared: Path) -> None:
    folder = shared / "data" / "pages" / "assabah"
    spec = next(iter(json.loads((folder / "evaldata.assabah.json").read_text(encoding="utf-8")).values()))
    doc = read_path(folder / spec["file"])
    for snippet in spec["with"]:
        assert snippet in doc.text
    for snippet in spec["without"]:
        assert snippet not in doc.text
    assert doc.meta["title"].startswith("الناشط الحقوقي السوداني")


def _page(head: str = "", body_extra: str = "") -> str:
    para = "<p>" + "أعلنت وزارة الخارجية اليوم عن زيارة رسمية للوزير إلى الرياض لبحث العلاقات الثنائية. " * 3 + "</p>"
    return (
        f"<html><head><meta charset='utf-8'><title>عنوان الصفحة</title>{head}</head><body>"
        f"<h1>الوزير يزور الرياض</h1>{body_extra}<article>{para}{para}</article>"
        "<footer>© 2019 جميع الحقوق محفوظة</footer></body></html>"
    )


def test_date_from_json_ld_then_meta_then_time() -> None:
    ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-02-10T09:30:00+03:00","author":{"name":"سارة"}}</script>'
    doc = read_html(_page(ld))
    assert doc.meta["published"] == "2026-02-10T09:30"
    assert doc.meta["author"] == "سارة"
    doc = read_html(_page('<meta property="article:published_time" content="2025-12-31">'))
    assert doc.meta["published"] == "2025-12-31"
    doc = read_html(_page(body_extra='<time datetime="2024-05-06">٦ مايو</time>'))
    assert doc.meta["published"] == "2024-05-06"


def test_date_from_arabic_page_text_never_from_copyright() -> None:
    doc = read_html(_page(body_extra="<div class='date'>الثلاثاء، ١٠ شباط/فبراير ٢٠٢٦</div>"))
    assert doc.meta["published"] == "2026-02-10"
    doc = read_html(_page())
    assert "published" not in doc.meta


def test_headline_is_first_paragraph() -> None:
    doc = read_html(_page())
    assert doc.text.split("\n\n")[0] == doc.meta["title"]
    assert "جميع الحقوق" not in doc.text


def test_page_without_article_text() -> None:
    with pytest.raises(InputError, match="no article text"):
        read_html("<html><body><nav>الرئيسية</nav></body></html>")
