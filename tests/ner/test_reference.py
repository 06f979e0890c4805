"""The reference article (headline + body): every PER, ORG and LOC mention of its entity table is found.

The article lives in ../shared (never copied into the repository); the test skips when that folder is absent.
The lead's reader removes the byline and the site chrome, so the text tested here is the headline and the ten
body paragraphs, exactly as ``fidaa-coalition.expected.md`` describes the article text.
"""

from __future__ import annotations

import re

import pytest

from rasd.document import Document, Span
from rasd.ner.stage import EntitiesStage
from rasd.text.segment import split_sentences, tokenize
from tests.conftest import shared_dir

# (mention as written, labels accepted for it); every occurrence must be covered by an entity of those labels.
MENTIONS: list[tuple[str, set[str]]] = [
    ("أسعد حسن الشيباني", {"PER"}),
    ("أسعد الشيباني", {"PER"}),
    ("الشيباني", {"PER"}),
    ("حسين السلامة", {"PER"}),
    ("التحالف الدولي", {"ORG"}),
    ("المجموعة المصغرة", {"ORG"}),
    ("داعش", {"ORG"}),
    ("قوات سوريا الديمقراطية", {"ORG"}),
    ("قسد", {"ORG"}),
    ("الحكومة السورية", {"ORG"}),
    ("جهاز الاستخبارات العامة", {"ORG"}),
    ("العراق", {"LOC"}),
    ("المملكة العربية السعودية", {"LOC"}),
    ("الولايات المتحدة", {"LOC"}),
    ("الرياض", {"LOC"}),
    ("دمشق", {"LOC"}),
    ("بغداد", {"LOC"}),
    ("الهول", {"LOC"}),
    ("روج", {"LOC"}),
    ("إكس", {"ORG", "MISC"}),
]


def article_text() -> str:
    shared = shared_dir()
    if shared is None:
        pytest.skip("../shared is absent (set RASD_SHARED): the reference article is not in the repository")
    raw = (shared / "reference" / "fidaa-coalition-article.txt").read_text(encoding="utf-8")
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    assert lines[1].startswith("الفداء_"), "the byline is the second line of the scraped page"
    assert lines[-3].startswith("#"), "the site chrome is the last three lines"
    return "\n\n".join([lines[0], *lines[2:-3]])


def tagged(text: str) -> Document:
    doc = Document(text)
    doc.set_layer("tokens", [Span(t.start, t.end, t.kind) for t in tokenize(text)])
    doc.set_layer("sentences", [Span(a, b, "sentence") for a, b in split_sentences(text)])
    return EntitiesStage()(doc)


def occurrences(text: str, mention: str) -> list[tuple[int, int]]:
    """Where ``mention`` occurs as a whole word (a conjunction or preposition may be written onto it)."""
    pattern = re.compile(
        rf"(?<![\u0621-\u063a\u0641-\u064a])(?:[وفبلك]|وب|ول)?({re.escape(mention)})(?![\u0621-\u064a])"
    )
    return [m.span(1) for m in pattern.finditer(text)]


def test_every_listed_mention_is_found() -> None:
    text = article_text()
    doc = tagged(text)
    ents = doc.layer("entities")
    missed = []
    for mention, labels in MENTIONS:
        found = occurrences(text, mention)
        assert found, f"{mention} is not in the article text"
        for a, b in found:
            if not any(e.start < b and a < e.end and e.label in labels for e in ents):
                missed.append(f"{mention} at {a}: {text[max(0, a - 20) : b + 20]!r}")
    assert not missed, "missed mentions:\n" + "\n".join(missed)


def test_syria_as_a_place() -> None:
    """سوريا is LOC everywhere except inside the name قوات سوريا الديمقراطية (which is ORG as a whole)."""
    text = article_text()
    ents = tagged(text).layer("entities")
    sdf = occurrences(text, "قوات سوريا الديمقراطية")
    for a, b in occurrences(text, "سوريا"):
        inside_sdf = any(x <= a and b <= y for x, y in sdf)
        labels = {e.label for e in ents if e.start < b and a < e.end}
        assert labels & ({"ORG"} if inside_sdf else {"LOC"}), f"سوريا at {a} tagged {labels or 'nothing'}"


def test_no_entity_crosses_a_paragraph_or_is_a_function_word() -> None:
    text = article_text()
    for e in tagged(text).layer("entities"):
        surface = text[e.start : e.end]
        assert "\n" not in surface
        assert surface not in {"في", "من", "على", "إلى", "عن", "مع", "كما", "يوم", "أمس"}
