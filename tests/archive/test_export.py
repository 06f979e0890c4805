"""Export: what goes out comes back (documents re-ingest unchanged), and the events table has its columns."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.archive import Archive
from rasd.archive.export import COLUMNS, export, rows
from rasd.document import Document
from rasd.ingest import ingest


def _filled(tmp_path: Path, stories: list[Document]) -> Path:
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        for doc in stories:
            archive.add(doc)
    return db


def _docs(path: Path) -> list[dict[str, object]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        data = json.loads(line)
        data["meta"].pop("archive")
        out.append(data)
    return out


def test_documents_round_trip_through_jsonl_and_ingest(tmp_path: Path, stories: list[Document]) -> None:
    db = _filled(tmp_path, stories)
    first = tmp_path / "docs.jsonl"
    with Archive(db, readonly=True) as archive:
        assert export(archive.conn, "documents", "jsonl", first) == 3
    exported = _docs(first)
    assert exported == [d.to_dict() for d in stories]
    summary = ingest([first], db=tmp_path / "b.db", workers=0)
    assert (summary.ingested, summary.skipped) == (3, [])
    second = tmp_path / "docs2.jsonl"
    with Archive(tmp_path / "b.db", readonly=True) as archive:
        export(archive.conn, "documents", "jsonl", second)
        assert archive.count("events") == 2 and archive.count("story_events") == 1
    assert _docs(second) == exported


def test_events_csv_has_plover_cameo_actors_place_date_and_evidence(tmp_path: Path, stories: list[Document]) -> None:
    db = _filled(tmp_path, stories)
    out = tmp_path / "events.csv"
    with Archive(db, readonly=True) as archive:
        assert export(archive.conn, "events", "csv", out) == 2
        as_json = list(rows(archive.conn, "events"))
    with out.open(encoding="utf-8", newline="") as fh:
        table = list(csv.DictReader(fh))
    assert list(table[0]) == list(COLUMNS["events"])
    row = table[0]
    assert row["plover_type"] == "CONSULT" and row["cameo"] == "043" and row["plover_mode"] == "visit"
    assert row["source_ids"] == "Q6889305" and row["source_codes"] == "SAUGOV"
    assert row["source_names_ar"] == "ولي العهد السعودي" and row["source_names_en"] == "Crown Prince"
    assert row["target_ids"] == "Q29" and row["target_codes"] == "USAGOV"
    assert row["target_names_ar"] == "وزير الخارجية الأمريكي" and row["target_names_en"] == "US Secretary"
    assert row["factual"] == "1"
    assert row["date"] == "2026-02-08" and row["place_en"] == "Riyadh" and row["place_country"] == "SAU"
    assert row["sentence"].startswith("استقبل ولي العهد السعودي") and row["reports"] == "2"
    for csv_row, json_row in zip(table, as_json, strict=True):  # CSV and JSONL say the same
        flat = {k: " | ".join(v) if isinstance(v, list) else ("" if v is None else str(v)) for k, v in json_row.items()}
        assert csv_row == flat


@pytest.mark.parametrize("table", ["documents", "entities", "mentions", "quotes", "stories"])
def test_every_table_exports_as_csv_and_jsonl(tmp_path: Path, stories: list[Document], table: str) -> None:
    db = _filled(tmp_path, stories)
    with Archive(db, readonly=True) as archive:
        n_csv = export(archive.conn, table, "csv", tmp_path / "t.csv")
        n_jsonl = export(archive.conn, table, "jsonl", tmp_path / "t.jsonl")
    assert n_csv == n_jsonl > 0
    header = (tmp_path / "t.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.split(",") == list(COLUMNS[table])


def test_parquet_round_trip(tmp_path: Path, stories: list[Document]) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    db = _filled(tmp_path, stories)
    with Archive(db, readonly=True) as archive:
        assert export(archive.conn, "events", "parquet", tmp_path / "e.parquet") == 2
        expected = list(rows(archive.conn, "events"))
        export(archive.conn, "quotes", "parquet", tmp_path / "q.parquet")
    assert pq.read_table(tmp_path / "e.parquet").to_pylist() == expected
    assert pq.read_table(tmp_path / "q.parquet").num_rows == 1


def test_export_command_and_a_clear_error_without_pyarrow(tmp_path: Path, stories: list[Document]) -> None:
    db = _filled(tmp_path, stories)
    cmd = [
        sys.executable,
        "-m",
        "rasd.cli_archive",
        "export",
        "--db",
        str(db),
        "--table",
        "entities",
        "--format",
        "jsonl",
    ]
    out = subprocess.run(cmd, capture_output=True, timeout=120)
    assert out.returncode == 0, out.stderr
    ids = {json.loads(line)["id"] for line in out.stdout.decode().splitlines()}
    assert {"Q3692", "Q6889305", "Q29", "Q7430"} <= ids
    blocked = (
        "import sys; sys.modules['pyarrow'] = None; sys.argv = ['rasd'] + sys.argv[1:]; "
        "from rasd.cli_archive import main; main()"
    )
    args = ["export", "--db", str(db), "--format", "parquet", "--out", str(tmp_path / "x.parquet")]
    out = subprocess.run([sys.executable, "-c", blocked, *args], capture_output=True, timeout=120)
    err = out.stderr.decode()
    assert out.returncode == 2 and "pip install 'rasd[parquet]'" in err and "Traceback" not in err


def test_events_export_keeps_how_many_each_actor_counts(tmp_path: Path) -> None:
    # analysed by the real pipeline: the victims are "شخصا", counted 30, in the archive and in the export
    from rasd import analyze

    doc = analyze("وقتل أكثر من 30 شخصا في هجوم انتحاري استهدف سوقا شعبيا في بغداد صباح أمس.", published="2008-03-06")
    db = _filled(tmp_path, [doc])
    with Archive(db, readonly=True) as archive:
        events = [r for r in rows(archive.conn, "events") if r["plover_type"] == "ASSAULT"]
    assert len(events) == 1
    names = events[0]["target_names_ar"]
    assert "شخصا" in names
    assert events[0]["target_counts"][names.index("شخصا")] == "30"
