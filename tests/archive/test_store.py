"""The archive file itself: versioned schema, WAL, exact round trip, idempotence, all-or-nothing writes."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from rasd.archive import Archive, latest_version
from rasd.archive.cluster import LshParams
from rasd.archive.prepare import prepare
from rasd.document import Document
from rasd.errors import InputError


def test_a_new_archive_is_versioned_and_in_wal_mode(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        versions = archive.conn.execute("SELECT version, name FROM schema_version").fetchall()
        assert versions[-1][0] == latest_version() >= 1
        assert archive.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert archive.settings()["stemmer"]
    with Archive(db) as again:  # opening again applies nothing twice
        assert again.conn.execute("SELECT count(*) FROM schema_version").fetchone()[0] == latest_version()
    with sqlite3.connect(db) as raw:
        raw.execute("INSERT INTO schema_version VALUES (999, 'future', 'now')")
    with pytest.raises(InputError, match="newer than this rasd"):
        Archive(db)


def test_files_that_are_not_archives_are_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(InputError, match="not a rasd archive"):
        Archive(junk)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as raw:
        raw.execute("CREATE TABLE t (x)")
    with pytest.raises(InputError, match="not a rasd archive"):
        Archive(other)
    with pytest.raises(InputError, match="no archive here"):
        Archive(tmp_path / "missing.db", readonly=True)


def test_a_document_comes_back_exactly_and_its_layers_become_rows(tmp_path: Path, stories: list[Document]) -> None:
    doc = stories[0]
    with Archive(tmp_path / "a.db") as archive:
        result = archive.add(doc)
        assert result.status == "added"
        assert archive.document(result.id).to_dict() == doc.to_dict()
        conn = archive.conn
        assert conn.execute("SELECT title, outlet, url, published FROM documents").fetchone() == (
            "ولي العهد يستقبل وزير الخارجية الأمريكي في الرياض",
            "spa",
            "https://spa.example/a",
            "2026-02-08",
        )
        mentions = conn.execute("SELECT text, label, entity_id FROM mentions ORDER BY start").fetchall()
        assert ("قصر اليمامة", "FAC", None) in mentions
        assert ("الرياض", "LOC", "Q3692") in mentions
        assert conn.execute("SELECT name_en, country FROM entities WHERE id = 'Q3692'").fetchone() == ("Riyadh", "SAU")
        assert conn.execute("SELECT text, value, grain FROM dates").fetchone() == ("يوم الأحد", "2026-02-08", "day")
        quote = conn.execute("SELECT kind, speaker_id, speaker_text, cue, content FROM quotes").fetchone()
        assert quote == (
            "indirect",
            "Q7430",
            "وكالة الأنباء السعودية",
            "وقالت",
            "اللقاء تناول فرص التعاون الاقتصادي والاستثمار المشترك",
        )
        event = conn.execute("SELECT type, cameo, date, location_name_en, trigger, sentence FROM events").fetchone()
        assert event[:5] == ("CONSULT", "043", "2026-02-08", "Riyadh", "استقبل")
        assert event[5].startswith("استقبل ولي العهد") and event[5].endswith("المنطقة.")
        actors = conn.execute("SELECT role, entity_id, code FROM event_actors ORDER BY role").fetchall()
        assert actors == [("source", "Q6889305", "SAUGOV"), ("target", "Q29", "USAGOV")]


def test_a_document_with_only_the_text_layers_is_stored_too(tmp_path: Path, stories: list[Document]) -> None:
    with Archive(tmp_path / "a.db") as archive:
        result = archive.add(stories[2])
        assert result.status == "added"
        assert archive.count("mentions") == archive.count("events") == 0
        assert archive.document(result.id).text == stories[2].text


def test_the_same_document_twice_adds_nothing(tmp_path: Path, stories: list[Document]) -> None:
    with Archive(tmp_path / "a.db") as archive:
        first = archive.add(stories[0])
        counts = {t: archive.count(t) for t in ("documents", "mentions", "events", "quotes", "dates", "clusters")}
        again = archive.add(Document.from_dict(stories[0].to_dict()))
        assert again.status == "duplicate" and again.id == first.id
        assert {t: archive.count(t) for t in counts} == counts


def test_a_failing_insert_leaves_no_part_of_the_article(tmp_path: Path, stories: list[Document]) -> None:
    with Archive(tmp_path / "a.db") as archive:
        prep = prepare(stories[0], archive.params)
        broken = replace(prep, quotes=[(None, None, None, *prep.quotes[0][3:])])  # NOT NULL fails late
        with pytest.raises(sqlite3.IntegrityError):
            archive.add_prepared(broken)
        for table in ("documents", "mentions", "entities", "dates", "events", "event_actors", "clusters"):
            assert archive.count(table) == 0, table
        assert archive.conn.execute("SELECT count(*) FROM minhash").fetchone()[0] == 0
        assert archive.add_prepared(prep).status == "added"
        assert archive.count("quotes") == 1


def test_readers_query_while_a_writer_holds_a_transaction(tmp_path: Path, stories: list[Document]) -> None:
    db = tmp_path / "a.db"
    with Archive(db) as writer:
        writer.add(stories[0])
        writer.conn.execute("BEGIN IMMEDIATE")
        writer.conn.execute("UPDATE documents SET title = 'x'")
        with Archive(db, readonly=True) as reader:
            assert reader.conn.execute("SELECT title FROM documents").fetchone()[0] != "x"
            assert reader.count() == 1
        writer.conn.execute("ROLLBACK")


def test_settings_are_those_of_the_archive_not_of_the_code(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        archive.conn.execute("UPDATE settings SET value = '0.5' WHERE key = 'threshold'")
    with Archive(db, readonly=True) as archive:
        assert archive.params.threshold == 0.5
        assert archive.params.bands * archive.params.rows <= LshParams.create().num_perm


def test_the_migrations_ship_with_the_package() -> None:
    """The .sql files are package data: without them an installed (non-editable) rasd cannot make an archive."""
    import fnmatch
    import tomllib

    root = Path(__file__).resolve().parents[2]
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]
    shipped = [p for p in patterns["rasd"] if fnmatch.fnmatch("archive/migrations/0001_initial.sql", p)]
    assert shipped, 'add "archive/migrations/*.sql" to [tool.setuptools.package-data] rasd'


def test_a_version_1_archive_is_migrated_in_place(tmp_path: Path) -> None:
    # an archive written before actor counts existed: opening it for writing adds their columns
    import sqlite3

    from rasd.archive.store import _init_settings, _statements, migrations

    db = tmp_path / "old.db"
    conn = sqlite3.connect(db, isolation_level=None)
    version, name, sql = migrations()[0]
    for statement in _statements(sql):
        conn.execute(statement)
    conn.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT)")
    conn.execute("INSERT INTO schema_version VALUES (?, ?, 'then')", (version, name))
    _init_settings(conn)
    conn.close()
    with Archive(db) as archive:
        assert archive.conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == latest_version() >= 2
        columns = {r[1] for r in archive.conn.execute("PRAGMA table_info(event_actors)")}
        assert {"count", "count_text"} <= columns
