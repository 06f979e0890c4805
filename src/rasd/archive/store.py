"""The archive's SQLite file: connection settings, migrations, and the one-document-per-transaction writer.

One file, so an analyst can copy it, open it in any SQLite tool, or attach it to another database. WAL mode
lets readers (search, export, a notebook) query while an ingest writes. Each article is inserted with all of
its rows (entities, mentions, dates, quotes, events and actors, its search terms, its story) in a single
transaction: a process killed at any instant leaves either the whole article or none of it, and since the
article's content hash is unique, running the same ingest again adds exactly what is missing.

The schema is versioned: ``migrations/NNNN_name.sql`` files are applied in order, each in its own
transaction, and recorded in ``schema_version``. An archive written by a newer rasd is refused rather than
misread. See docs/archive.md.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from rasd.archive.cluster import LshParams, assign
from rasd.archive.prepare import Prepared, content_hash, decompress, prepare
from rasd.archive.search import STEMMER
from rasd.document import Document
from rasd.errors import InputError

DEFAULT_DB = "rasd.db"
_MIGRATION = re.compile(r"^(\d{4})_([\w-]+)\.sql$")


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, SQL) of every migration shipped with this rasd, in order."""
    folder = resources.files("rasd.archive") / "migrations"
    out = []
    for entry in folder.iterdir():
        m = _MIGRATION.match(entry.name)
        if m:
            out.append((int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    out.sort()
    if [v for v, _, _ in out] != list(range(1, len(out) + 1)):
        raise RuntimeError(f"migrations are not numbered 1..n: {[v for v, _, _ in out]}")
    return out


def latest_version() -> int:
    return len(migrations())


def connect(path: str | Path, *, readonly: bool = False, timeout: float = 30.0) -> sqlite3.Connection:
    """A connection with the archive's settings (WAL, foreign keys, busy timeout); autocommit mode.

    Transactions are opened explicitly (``BEGIN IMMEDIATE`` for writes) so that one article is exactly one
    transaction, whatever the sqlite3 module's implicit transaction rules would do.
    """
    p = Path(path)
    if readonly:
        if not p.exists():
            raise InputError("no archive here", where=str(p), hint="Create one with `rasd ingest PATH --db FILE`.")
        conn = sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout, isolation_level=None)
    else:
        if p.is_dir():
            raise InputError("this is a folder, not an archive file", where=str(p))
        p.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(p), timeout=timeout, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        if not readonly:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise InputError(f"could not switch the archive to WAL mode (it is {mode})", where=str(p))
            conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise InputError(f"not a rasd archive ({exc})", where=str(p)) from None
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    has = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").fetchone()
    if not has:
        return 0
    row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(conn: sqlite3.Connection, *, where: str = "archive") -> int:
    """Bring the archive up to this rasd's schema; returns the version it is at."""
    known = migrations()
    current = schema_version(conn)
    if current > len(known):
        raise InputError(
            f"this archive has schema version {current}, newer than this rasd understands ({len(known)})",
            where=where,
            hint="Upgrade rasd.",
        )
    for version, name, sql in known[current:]:
        conn.execute("BEGIN IMMEDIATE")
        try:
            now = schema_version(conn)
            if now >= version:  # another process migrated meanwhile
                conn.execute("ROLLBACK")
                continue
            if now == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise InputError("this SQLite file is not a rasd archive (it has other tables)", where=where)
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                "applied_at TEXT NOT NULL)"
            )
            if version == 1:
                _init_settings(conn)
            conn.execute("INSERT INTO schema_version VALUES (?, ?, ?)", (version, name, _now()))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return len(known)


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (sqlite3.complete_statement knows about strings and triggers)."""
    out, buf = [], ""
    for line in sql.splitlines(keepends=True):
        if not buf and line.strip().startswith("--"):
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


def _init_settings(conn: sqlite3.Connection) -> None:
    params = LshParams.create()
    values = {
        "stemmer": STEMMER,
        "shingle": params.shingle,
        "num_perm": params.num_perm,
        "threshold": params.threshold,
        "lsh_bands": params.bands,
        "lsh_rows": params.rows,
        "created_at": _now(),
    }
    conn.executemany("INSERT OR REPLACE INTO settings VALUES (?, ?)", [(k, str(v)) for k, v in values.items()])


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class AddResult:
    status: str  # "added" or "duplicate"
    id: int
    cluster_id: int | None = None


class Archive:
    """An open archive. Writers (``readonly=False``) migrate it on open; readers never change it."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self.conn = connect(self.path, readonly=readonly)
        try:
            if readonly:
                version = schema_version(self.conn)
                if version == 0:
                    raise InputError("not a rasd archive (no schema version)", where=str(self.path))
                if version > latest_version():
                    raise InputError(
                        f"this archive has schema version {version}, newer than this rasd understands",
                        where=str(self.path),
                    )
            else:
                migrate(self.conn, where=str(self.path))
            self.params = self._params()
        except BaseException:
            self.conn.close()
            raise

    def _params(self) -> LshParams:
        s = self.settings()
        return LshParams(
            threshold=float(s["threshold"]),
            num_perm=int(s["num_perm"]),
            shingle=int(s["shingle"]),
            bands=int(s["lsh_bands"]),
            rows=int(s["lsh_rows"]),
        )

    def settings(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT key, value FROM settings").fetchall())

    # -- context manager ------------------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------------------
    def has(self, digest: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE content_hash = ?", (digest,)).fetchone() is not None

    def add(self, doc: Document, *, where: str = "") -> AddResult:
        """Store an analysed document (the library call; ingestion prepares in workers instead)."""
        digest = content_hash(doc)
        row = self.conn.execute("SELECT id FROM documents WHERE content_hash = ?", (digest,)).fetchone()
        if row:
            return AddResult("duplicate", int(row[0]))
        return self.add_prepared(prepare(doc, self.params, where=where, digest=digest))

    def add_prepared(self, prep: Prepared) -> AddResult:
        """Insert one prepared document and everything it carries, in one transaction (all or nothing)."""
        if self.readonly:
            raise InputError("the archive is open read-only", where=str(self.path))
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            meta = prep.meta
            row = conn.execute(
                "INSERT INTO documents (content_hash, url, title, outlet, author, published, language, source, text, "
                "n_chars, ingested_at, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (content_hash) DO NOTHING RETURNING id",
                (
                    prep.content_hash,
                    _str(meta.get("url")),
                    _str(meta.get("title")),
                    _str(meta.get("outlet")),
                    _str(meta.get("author")),
                    _str(meta.get("published")),
                    _str(meta.get("language")),
                    _str(meta.get("source")) or prep.where or None,
                    prep.text,
                    len(prep.text),
                    _now(),
                    prep.blob,
                ),
            ).fetchone()
            if row is None:
                existing = conn.execute(
                    "SELECT id, cluster_id FROM documents WHERE content_hash = ?", (prep.content_hash,)
                ).fetchone()
                conn.execute("ROLLBACK")
                return AddResult("duplicate", int(existing[0]), existing[1])
            doc_id = int(row[0])
            self._insert_layers(doc_id, prep)
            conn.execute(
                "INSERT INTO search (rowid, title, body) VALUES (?, ?, ?)", (doc_id, prep.title_terms, prep.body_terms)
            )
            cluster_id = assign(conn, doc_id, prep.sig_array(), prep.bands, self.params)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return AddResult("added", doc_id, cluster_id)

    def _insert_layers(self, doc_id: int, prep: Prepared) -> None:
        conn = self.conn
        conn.executemany(
            "INSERT INTO entities (id, name_ar, name_en, type, country, sector) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET name_en = coalesce(entities.name_en, excluded.name_en), "
            "type = coalesce(entities.type, excluded.type), country = coalesce(entities.country, excluded.country), "
            "sector = coalesce(entities.sector, excluded.sector)",
            [tuple(_str(v) for v in e) for e in prep.entities],
        )
        conn.executemany(
            "INSERT INTO mentions (document_id, start, end, text, label, entity_id, score) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, *m) for m in prep.mentions],
        )
        conn.executemany(
            "INSERT INTO dates (document_id, start, end, text, value, value_start, value_end, grain, anchor, relative) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, *d) for d in prep.dates],
        )
        conn.executemany(
            "INSERT INTO quotes (document_id, start, end, text, kind, content, cue, speaker_id, speaker_text, "
            "speaker_name_en, channel, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, *(_str(v) if i > 2 else v for i, v in enumerate(q))) for q in prep.quotes],
        )
        for row, actors in prep.events:
            cur = conn.execute(
                "INSERT INTO events (document_id, start, end, text, type, mode, cameo, confidence, score, date, "
                "date_from, location_id, location_text, location_name_en, location_country, trigger, sentence, "
                "sentence_start, sentence_end, aux, factual) VALUES (" + ", ".join("?" * 21) + ")",
                (doc_id, *(_str(v) if isinstance(v, dict | list) else v for v in row)),
            )
            conn.executemany(
                "INSERT INTO event_actors (event_id, role, position, entity_id, text, name_en, country, sector, code, "
                "count, count_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(cur.lastrowid, *(_str(v) if i > 1 else v for i, v in enumerate(a))) for a in actors],
            )

    def recluster(self, threshold: float) -> int:
        """Rebuild every story with a new similarity threshold (kept in settings); returns the story count."""
        from rasd.archive.cluster import recluster

        if not 0.05 <= threshold <= 0.95:
            raise InputError(f"the clustering threshold must be between 0.05 and 0.95, not {threshold}")
        params = LshParams.create(threshold, self.params.num_perm, self.params.shingle)
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            n = recluster(self.conn, params)
            values = {"threshold": params.threshold, "lsh_bands": params.bands, "lsh_rows": params.rows}
            rows = [(str(v), k) for k, v in values.items()]
            self.conn.executemany("UPDATE settings SET value = ? WHERE key = ?", rows)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.params = params
        return n

    # -- reading ---------------------------------------------------------------------------------------
    def document(self, doc_id: int) -> Document:
        """The stored document, exactly as it was analysed (its JSON is kept whole)."""
        row = self.conn.execute("SELECT doc FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise InputError(f"no document {doc_id} in the archive", where=str(self.path))
        return Document.from_dict(decompress(row[0]))

    def documents(self, *, batch: int = 200) -> Iterator[tuple[int, dict[str, Any]]]:
        """(id, document JSON) for every document, in id order, read in batches."""
        last = 0
        while True:
            rows = self.conn.execute(
                "SELECT id, doc FROM documents WHERE id > ? ORDER BY id LIMIT ?", (last, batch)
            ).fetchall()
            if not rows:
                return
            for doc_id, blob in rows:
                yield doc_id, decompress(blob)
            last = rows[-1][0]

    def count(self, table: str = "documents") -> int:
        if table not in _TABLES:
            raise InputError(f"unknown table {table!r}", hint=f"Tables: {', '.join(_TABLES)}.")
        return int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def info(self) -> dict[str, Any]:
        """Counts, schema version, settings and file size: what `rasd archive-info` prints."""
        files = [self.path.with_name(self.path.name + suffix) for suffix in ("", "-wal", "-shm")]
        size = sum(p.stat().st_size for p in files if p.is_file())
        return {
            "path": str(self.path),
            "schema_version": schema_version(self.conn),
            "bytes": size,
            "counts": {t: self.count(t) for t in _TABLES},
            "multi_report_stories": int(
                self.conn.execute("SELECT count(*) FROM clusters WHERE size > 1").fetchone()[0]
            ),
            "settings": self.settings(),
        }


_TABLES = (
    "documents",
    "entities",
    "mentions",
    "dates",
    "quotes",
    "events",
    "event_actors",
    "clusters",
    "story_events",
)


def _str(value: Any) -> Any:
    """Scalars pass; lists and dicts become JSON text (a stage may give richer values than a column holds)."""
    if isinstance(value, dict | list):
        import json

        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value
