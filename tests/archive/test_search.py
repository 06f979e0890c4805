"""Arabic search as an analyst uses it: clitic and plural forms match, filters work, no query breaks it."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.archive import Archive
from rasd.archive.search import search, terms_of
from rasd.document import Document
from rasd.errors import InputError

from .conftest import story_doc

FORMS = ["التحالف", "للتحالف", "والتحالف", "بالتحالف", "فالتحالف", "التحالفات"]


def _archive(tmp_path: Path, docs: list[Document]) -> Archive:
    archive = Archive(tmp_path / "a.db")
    for doc in docs:
        archive.add(doc)
    return archive


def _clitic_docs() -> list[Document]:
    """One article per spelling of التحالف, each with otherwise unrelated words."""
    fillers = [
        "زراعة القمح في الشمال",
        "أسعار النفط في الأسواق",
        "مباراة كرة القدم",
        "مهرجان الشعر",
        "طقس الشتاء",
        "سوق الأسهم",
    ]
    docs = []
    for i, (form, filler) in enumerate(zip(FORMS, fillers, strict=True)):
        text = f"تقرير عن {filler}\n\nتحدث المسؤول عن {filler} وذكر {form} في حديثه عن الموسم المقبل."
        docs.append(story_doc(text, f"outlet{i}", f"https://example.org/{i}", layers=False))
    return docs


def test_every_clitic_form_finds_every_other(tmp_path: Path) -> None:
    assert len(set(terms_of(FORMS))) == 1
    with _archive(tmp_path, _clitic_docs()) as archive:
        for form in FORMS:
            hits = search(archive.conn, form, limit=20)
            assert sorted(h.url for h in hits) == [f"https://example.org/{i}" for i in range(len(FORMS))], form


def test_names_are_not_cut_and_spelling_variants_match(tmp_path: Path) -> None:
    assert terms_of(["بغداد", "وبغداد"]) == ["بغداد", "بغداد"]  # not غداد
    assert terms_of(["لبنان", "للبنان", "وبلبنان"]) == ["لبنان"] * 3
    assert terms_of(["السعودية", "السعوديه", "والسعودية"]) == [terms_of(["السعودية"])[0]] * 3
    assert terms_of(["الرياض", "بالرياض", "والرياض"]) == [terms_of(["الرياض"])[0]] * 3


def test_results_are_ranked_with_highlights_that_point_into_the_text(tmp_path: Path, stories: list[Document]) -> None:
    with _archive(tmp_path, stories) as archive:
        hits = search(archive.conn, "والتحالف اليمن")
        assert [h.outlet for h in hits] and {h.outlet for h in hits} <= {"spa", "okaz"}
        for hit in hits:
            text = archive.conn.execute("SELECT text FROM documents WHERE id = ?", (hit.id,)).fetchone()[0]
            marked = {text[s:e] for s, e in hit.highlights}
            assert marked and marked <= {"التحالف", "اليمن"}
            assert hit.snippet == text[hit.snippet_start : hit.snippet_start + len(hit.snippet)].replace("\n", " ")
        # a headline match outranks a match in the body only
        top = search(archive.conn, "معرض الكتاب")[0]
        assert top.outlet == "alriyadh"


def test_phrases_and_filters(tmp_path: Path, stories: list[Document]) -> None:
    with _archive(tmp_path, stories) as archive:
        assert len(search(archive.conn, '"التحالف بين البلدين"')) == 2
        assert search(archive.conn, '"البلدين التحالف"') == []
        assert {h.outlet for h in search(archive.conn, "الرياض", entity="Q3692")} == {"spa", "okaz"}
        assert search(archive.conn, "معرض", entity="Q3692") == []
        assert len(search(archive.conn, "", event="consult")) == 2
        assert [h.outlet for h in search(archive.conn, "", date_to="2026-02-07")] == ["alriyadh"]
        assert len(search(archive.conn, "الرياض", date_from="2026-02-08", date_to="2026-02-08")) == 2
        with pytest.raises(InputError, match="not a date"):
            search(archive.conn, "الرياض", date_from="yesterday")


HOSTILE = [
    '"',
    '""',
    "'",
    "*",
    "التحالف*",
    "NEAR(التحالف اليمن)",
    "التحالف AND OR NOT",
    "-التحالف",
    "title:التحالف",
    "(((",
    "^التحالف",
    "التحالف + اليمن",
    "{التحالف}",
    '"التحالف',
    "«التحالف»",
    "\x00",
    "؟؟؟",
    "😀 التحالف",
    "a" * 5000,
]


@pytest.mark.parametrize("query", HOSTILE)
def test_no_user_query_reaches_fts_as_syntax(tmp_path: Path, stories: list[Document], query: str) -> None:
    with _archive(tmp_path, stories[:1]) as archive:
        try:
            hits = search(archive.conn, query)
        except InputError as exc:
            assert "no words" in str(exc)
        else:
            assert isinstance(hits, list)


def test_search_command_table_and_json(tmp_path: Path, stories: list[Document]) -> None:
    import json

    import rasd.cli_archive  # noqa: F401  (registers the archive commands)
    from rasd.cli import app

    _archive(tmp_path, stories).close()
    db = str(tmp_path / "a.db")
    out = CliRunner().invoke(app, ["search", "للتحالف", "--db", db, "--format", "json"])
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert {r["outlet"] for r in rows} == {"spa", "okaz"} and all(r["highlights"] for r in rows)
    out = CliRunner().invoke(app, ["search", "التحالف", "--db", db])
    assert out.exit_code == 0 and "ولي العهد" in out.stdout
    out = CliRunner().invoke(app, ["search", "***", "--db", db])
    assert out.exit_code == 2 and "no words to search" in out.output
    out = CliRunner().invoke(app, ["search", "x", "--db", str(tmp_path / "none.db")])
    assert out.exit_code == 2 and "no archive here" in out.output
