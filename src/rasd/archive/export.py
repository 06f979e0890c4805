"""Tables out of the archive as JSONL, CSV or Parquet, for analysts' own tools.

Each table has a fixed list of typed columns, so a CSV has its header and a Parquet file its schema even when
the table is empty, and a column never changes type between batches. List columns (an event's source actors)
stay lists in JSONL and Parquet and are joined with `` | `` in CSV. The events table carries what an event
dataset user expects on one row: PLOVER type and mode, CAMEO code, the source and target actors (ids,
CAMEO-style codes, Arabic and English names), date, place, the evidence sentence with its offsets, and the
merged story event with its report count. Documents export as JSONL holds the full rasd.document/1 objects
(``rasd ingest`` reads them back unchanged); as CSV or Parquet, one flat row per document.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from rasd.archive.prepare import decompress
from rasd.errors import ConfigError, InputError

FORMATS = ("jsonl", "csv", "parquet")
LIST_SEP = " | "

# column name -> type: int, float, str, list (of str)
COLUMNS: dict[str, dict[str, str]] = {
    "documents": {
        "id": "int",
        "content_hash": "str",
        "cluster_id": "int",
        "published": "str",
        "outlet": "str",
        "url": "str",
        "title": "str",
        "author": "str",
        "language": "str",
        "source": "str",
        "n_chars": "int",
        "n_mentions": "int",
        "n_events": "int",
        "n_quotes": "int",
        "ingested_at": "str",
        "text": "str",
    },
    "entities": {
        "id": "str",
        "name_ar": "str",
        "name_en": "str",
        "type": "str",
        "country": "str",
        "sector": "str",
        "mentions": "int",
        "documents": "int",
    },
    "mentions": {
        "id": "int",
        "document_id": "int",
        "start": "int",
        "end": "int",
        "text": "str",
        "label": "str",
        "entity_id": "str",
        "name_en": "str",
        "score": "float",
    },
    "events": {
        "id": "int",
        "document_id": "int",
        "cluster_id": "int",
        "story_event_id": "int",
        "reports": "int",
        "date": "str",
        "date_from": "str",
        "plover_type": "str",
        "plover_mode": "str",
        "cameo": "str",
        "confidence": "float",
        "factual": "int",
        "source_ids": "list",
        "source_codes": "list",
        "source_names_ar": "list",
        "source_names_en": "list",
        "source_counts": "list",
        "target_ids": "list",
        "target_codes": "list",
        "target_names_ar": "list",
        "target_names_en": "list",
        "target_counts": "list",
        "place_id": "str",
        "place_ar": "str",
        "place_en": "str",
        "place_country": "str",
        "trigger": "str",
        "sentence": "str",
        "sentence_start": "int",
        "sentence_end": "int",
        "outlet": "str",
        "url": "str",
        "published": "str",
        "title": "str",
    },
    "quotes": {
        "id": "int",
        "document_id": "int",
        "kind": "str",
        "speaker_id": "str",
        "speaker_text": "str",
        "speaker_name_en": "str",
        "cue": "str",
        "content": "str",
        "text": "str",
        "start": "int",
        "end": "int",
        "channel": "str",
        "date": "str",
        "outlet": "str",
        "url": "str",
        "published": "str",
    },
    "stories": {
        "id": "int",
        "cluster_id": "int",
        "plover_type": "str",
        "cameo": "str",
        "source_ids": "list",
        "target_ids": "list",
        "date": "str",
        "reports": "int",
        "outlets": "list",
        "document_ids": "list",
        "title": "str",
    },
}
TABLES = tuple(COLUMNS)


def rows(conn: sqlite3.Connection, table: str, *, batch: int = 500) -> Iterator[dict[str, Any]]:
    """The export rows of a table, in id order, fetched in batches (memory stays flat on large archives)."""
    if table not in COLUMNS:
        raise InputError(f"unknown table {table!r}", hint=f"Tables: {', '.join(TABLES)}.")
    query, shape = _QUERIES[table]
    last = -(2**63)
    while True:
        chunk = conn.execute(query, (last, batch)).fetchall()
        if not chunk:
            return
        for raw in chunk:
            yield shape(conn, raw)
        last = chunk[-1][0]


def _documents(conn: sqlite3.Connection, r: tuple[Any, ...]) -> dict[str, Any]:
    keys = list(COLUMNS["documents"])
    return dict(zip(keys, r, strict=True))


def _entities(conn: sqlite3.Connection, r: tuple[Any, ...]) -> dict[str, Any]:
    return dict(zip(COLUMNS["entities"], r[1:], strict=True))


def _mentions(conn: sqlite3.Connection, r: tuple[Any, ...]) -> dict[str, Any]:
    return dict(zip(COLUMNS["mentions"], r, strict=True))


def _events(conn: sqlite3.Connection, r: tuple[Any, ...]) -> dict[str, Any]:
    row = dict(zip(_EVENT_FIELDS, r, strict=True))
    actors = conn.execute(
        "SELECT role, entity_id, code, text, name_en, count, count_text FROM event_actors WHERE event_id = ? "
        "ORDER BY role, position",
        (row["id"],),
    ).fetchall()
    for role in ("source", "target"):
        mine = [a for a in actors if a[0] == role]
        row[f"{role}_ids"] = [a[1] or "" for a in mine]
        row[f"{role}_codes"] = [a[2] or "" for a in mine]
        row[f"{role}_names_ar"] = [a[3] or "" for a in mine]
        row[f"{role}_names_en"] = [a[4] or "" for a in mine]
        # how many, per actor: the number, else the count's words (عشرات), else empty
        row[f"{role}_counts"] = [str(a[5]) if a[5] is not None else (a[6] or "") for a in mine]
    return {k: row.get(k) for k in COLUMNS["events"]}


def _quotes(conn: sqlite3.Connection, r: tuple[Any, ...]) -> dict[str, Any]:
    return dict(zip(COLUMNS["quotes"], r, strict=True))


def _stories(conn: sqlite3.Connection, r: tuple[Any, ...]) -> dict[str, Any]:
    sid, cluster, etype, cameo, src, tgt, date, reports, outlets, sources, title = r
    docs = sorted({s["document_id"] for s in json.loads(sources)})
    return {
        "id": sid,
        "cluster_id": cluster,
        "plover_type": etype,
        "cameo": cameo,
        "source_ids": json.loads(src),
        "target_ids": json.loads(tgt),
        "date": date,
        "reports": reports,
        "outlets": json.loads(outlets),
        "document_ids": [str(d) for d in docs],
        "title": title,
    }


_EVENT_FIELDS = (
    "id",
    "document_id",
    "cluster_id",
    "story_event_id",
    "reports",
    "date",
    "date_from",
    "plover_type",
    "plover_mode",
    "cameo",
    "confidence",
    "factual",
    "place_id",
    "place_ar",
    "place_en",
    "place_country",
    "trigger",
    "sentence",
    "sentence_start",
    "sentence_end",
    "outlet",
    "url",
    "published",
    "title",
)

_QUERIES = {
    "documents": (
        "SELECT d.id, d.content_hash, d.cluster_id, d.published, d.outlet, d.url, d.title, d.author, d.language, "
        "d.source, d.n_chars, (SELECT count(*) FROM mentions WHERE document_id = d.id), "
        "(SELECT count(*) FROM events WHERE document_id = d.id), "
        "(SELECT count(*) FROM quotes WHERE document_id = d.id), "
        "d.ingested_at, d.text FROM documents d WHERE d.id > ? ORDER BY d.id LIMIT ?",
        _documents,
    ),
    "entities": (
        "SELECT e.rowid, e.id, e.name_ar, e.name_en, e.type, e.country, e.sector, "
        "(SELECT count(*) FROM mentions WHERE entity_id = e.id), "
        "(SELECT count(DISTINCT document_id) FROM mentions WHERE entity_id = e.id) "
        "FROM entities e WHERE e.rowid > ? ORDER BY e.rowid LIMIT ?",
        _entities,
    ),
    "mentions": (
        "SELECT m.id, m.document_id, m.start, m.end, m.text, m.label, m.entity_id, e.name_en, m.score "
        "FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id WHERE m.id > ? ORDER BY m.id LIMIT ?",
        _mentions,
    ),
    "events": (
        "SELECT v.id, v.document_id, d.cluster_id, v.story_event_id, s.reports, v.date, v.date_from, v.type, v.mode, "
        "v.cameo, v.confidence, v.factual, v.location_id, v.location_text, v.location_name_en, v.location_country, "
        "v.trigger, "
        "v.sentence, v.sentence_start, v.sentence_end, d.outlet, d.url, d.published, d.title "
        "FROM events v JOIN documents d ON d.id = v.document_id LEFT JOIN story_events s ON s.id = v.story_event_id "
        "WHERE v.id > ? ORDER BY v.id LIMIT ?",
        _events,
    ),
    "quotes": (
        "SELECT q.id, q.document_id, q.kind, q.speaker_id, q.speaker_text, q.speaker_name_en, q.cue, q.content, "
        "q.text, q.start, q.end, q.channel, q.date, d.outlet, d.url, d.published "
        "FROM quotes q JOIN documents d ON d.id = q.document_id WHERE q.id > ? ORDER BY q.id LIMIT ?",
        _quotes,
    ),
    "stories": (
        "SELECT s.id, s.cluster_id, s.type, s.cameo, s.source_ids, s.target_ids, s.date, s.reports, s.outlets, "
        "s.sources, c.title FROM story_events s LEFT JOIN clusters c ON c.id = s.cluster_id "
        "WHERE s.id > ? ORDER BY s.id LIMIT ?",
        _stories,
    ),
}


def documents_jsonl(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Full rasd.document/1 objects, each with ``meta.archive`` = {id, cluster, content_hash}."""
    last = 0
    while True:
        chunk = conn.execute(
            "SELECT id, cluster_id, content_hash, doc FROM documents WHERE id > ? ORDER BY id LIMIT 200", (last,)
        ).fetchall()
        if not chunk:
            return
        for doc_id, cluster, digest, blob in chunk:
            data = decompress(blob)
            data["meta"]["archive"] = {"id": doc_id, "cluster": cluster, "content_hash": digest}
            yield data
        last = chunk[-1][0]


def export(conn: sqlite3.Connection, table: str, fmt: str, out: str | Path | None = None) -> int:
    """Write ``table`` in ``fmt`` to the file ``out`` (standard output when None); returns the row count."""
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}", hint=f"Formats: {', '.join(FORMATS)}.")
    if table not in COLUMNS:
        raise InputError(f"unknown table {table!r}", hint=f"Tables: {', '.join(TABLES)}.")
    if fmt == "parquet":
        return _parquet(conn, table, out)
    if out is None:
        return _write_text(conn, table, fmt, sys.stdout)
    with open(out, "w", encoding="utf-8", newline="") as fh:
        return _write_text(conn, table, fmt, fh)


def _write_text(conn: sqlite3.Connection, table: str, fmt: str, fh: IO[str]) -> int:
    n = 0
    if fmt == "jsonl":
        source = documents_jsonl(conn) if table == "documents" else rows(conn, table)
        for row in source:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
        return n
    writer = csv.DictWriter(fh, fieldnames=list(COLUMNS[table]))
    writer.writeheader()
    for row in rows(conn, table):
        writer.writerow({k: LIST_SEP.join(v) if isinstance(v, list) else v for k, v in row.items()})
        n += 1
    return n


def _arrow_schema(table: str) -> Any:
    import pyarrow as pa

    types = {"int": pa.int64(), "float": pa.float64(), "str": pa.string(), "list": pa.list_(pa.string())}
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS[table].items()])


def _parquet(conn: sqlite3.Connection, table: str, out: str | Path | None) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ModuleNotFoundError:
        raise ConfigError(
            "Parquet export needs pyarrow, which is not installed", hint="Install it with: pip install 'rasd[parquet]'"
        ) from None
    schema = _arrow_schema(table)
    sink: Any = io.BytesIO() if out is None else str(out)
    n = 0
    with pq.ParquetWriter(sink, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows(conn, table):
            batch.append(row)
            if len(batch) >= 1000:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    if out is None:
        sys.stdout.buffer.write(sink.getvalue())
        sys.stdout.flush()
    return n
