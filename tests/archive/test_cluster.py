"""Stories across outlets, and one event per story however many outlets report it."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from rasd.archive import Archive
from rasd.archive.cluster import LshParams, recluster
from rasd.document import Document
from rasd.read import read_record

from .conftest import STORY_A, story_doc


def _clusters(archive: Archive) -> dict[str, int]:
    return dict(archive.conn.execute("SELECT outlet, cluster_id FROM documents").fetchall())


def test_the_same_story_from_two_outlets_is_one_cluster(tmp_path: Path, stories: list[Document]) -> None:
    with Archive(tmp_path / "a.db") as archive:
        for doc in stories:
            archive.add(doc)
        c = _clusters(archive)
        assert c["spa"] == c["okaz"] != c["alriyadh"]
        row = archive.conn.execute("SELECT size, outlets, first_published FROM clusters WHERE id = ?", (c["spa"],))
        assert row.fetchone() == (2, 2, "2026-02-08")


def test_stories_do_not_depend_on_the_ingest_order(tmp_path: Path, stories: list[Document]) -> None:
    groups = []
    for name, order in (("f.db", stories), ("r.db", stories[::-1])):
        with Archive(tmp_path / name) as archive:
            for doc in order:
                archive.add(doc)
            by_outlet = _clusters(archive)
            groups.append({frozenset(o for o in by_outlet if by_outlet[o] == c) for c in by_outlet.values()})
    assert groups[0] == groups[1] == {frozenset({"spa", "okaz"}), frozenset({"alriyadh"})}


def test_one_event_reported_by_ten_outlets_is_one_event_with_ten_reports(tmp_path: Path) -> None:
    with Archive(tmp_path / "a.db") as archive:
        for i in range(10):
            archive.add(story_doc(STORY_A, f"outlet{i}", f"https://outlet{i}.example/story"))
        assert archive.count("events") == 10
        merged = archive.conn.execute(
            "SELECT type, source_ids, target_ids, date, reports, outlets, sources FROM story_events"
        )
        rows = merged.fetchall()
        assert len(rows) == 1
        etype, src, tgt, date, reports, outlets, sources = rows[0]
        assert (etype, json.loads(src), json.loads(tgt), date, reports) == (
            "CONSULT",
            ["Q6889305"],
            ["Q29"],
            "2026-02-08",
            10,
        )
        assert json.loads(outlets) == sorted(f"outlet{i}" for i in range(10))
        assert sorted(s["url"] for s in json.loads(sources)) == sorted(
            f"https://outlet{i}.example/story" for i in range(10)
        )
        linked = archive.conn.execute("SELECT count(DISTINCT story_event_id) FROM events").fetchone()[0]
        assert linked == 1


def test_events_on_different_dates_stay_apart(tmp_path: Path) -> None:
    with Archive(tmp_path / "a.db") as archive:
        archive.add(story_doc(STORY_A, "spa", "https://spa.example/1", published="2026-02-08"))
        archive.add(story_doc(STORY_A, "okaz", "https://okaz.example/1", published="2026-03-01"))
        assert archive.count("clusters") == 1
        assert sorted(r[0] for r in archive.conn.execute("SELECT reports FROM story_events")) == [1, 1]


def test_reclustering_with_another_threshold(tmp_path: Path, stories: list[Document]) -> None:
    with Archive(tmp_path / "a.db") as archive:
        for doc in stories:
            archive.add(doc)
        archive.conn.execute("BEGIN IMMEDIATE")
        assert recluster(archive.conn, LshParams.create(threshold=0.95)) == 3
        archive.conn.execute("ROLLBACK")
        assert archive.count("clusters") == 2
        assert archive.recluster(0.2) == 2
        assert archive.settings()["threshold"] == "0.2" and archive.params.threshold == 0.2


def test_real_reports_of_one_story_from_two_saudi_outlets(tmp_path: Path, shared: Path) -> None:
    """SaudiNewsNet, 2015-07-23: Al-Eqtisadiya and Al-Jazirah on the same bank's Eid reception."""
    zpath = shared / "data" / "bench" / "saudinewsnet-NC" / "2015-07-23.zip"
    with zipfile.ZipFile(zpath) as zf:
        articles = json.loads(zf.read(zf.namelist()[0]))
    wanted = [a for a in articles if a["title"].strip() == "مصرف الإنماء يعايد منسوبيه"]
    others = [a for a in articles if a["source"] in ("aleqtisadiya", "aljazirah") and a not in wanted][:30]
    assert {a["source"] for a in wanted} == {"aleqtisadiya", "aljazirah"}
    from rasd.analysis import load_pipeline

    pipe = load_pipeline(["text"])
    with Archive(tmp_path / "a.db") as archive:
        for a in [*others, *wanted]:
            doc = read_record({"title": a["title"], "text": a["content"], "url": a["url"], "outlet": a["source"]})
            archive.add(pipe(doc))
        rows = archive.conn.execute(
            "SELECT cluster_id FROM documents WHERE title = 'مصرف الإنماء يعايد منسوبيه'"
        ).fetchall()
        assert len(rows) == 2 and rows[0] == rows[1]
        size = archive.conn.execute("SELECT size FROM clusters WHERE id = ?", rows[0]).fetchone()[0]
        assert size == 2
