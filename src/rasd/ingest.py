"""Ingest at volume: files and folders into the archive, the full pipeline on every article, on all cores.

The main process walks the inputs and splits container files (JSONL, JSON arrays, WARC, RSS/Atom) into one
task per article (:mod:`rasd.archive.sources`), so a single 10,000-record file still spreads over every
worker. Workers (separate
processes, each loading the pipeline once) read, check the content hash against the archive (so a re-run
skips finished articles before paying for analysis), run the pipeline and prepare every row. The main
process is the single writer: it commits each article in its own transaction as results arrive. A bad input
never stops the run; it is skipped with the reason a user would need (the :class:`InputError` message).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date, datetime
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from rasd.archive.cluster import LshParams
from rasd.archive.prepare import Prepared, content_hash, prepare
from rasd.archive.sources import Duplicate, Skip, Task, count_tasks, discover, feed_records, tasks_of
from rasd.archive.store import Archive
from rasd.document import SCHEMA_ID, Document
from rasd.errors import ConfigError, InputError, ModelError

__all__ = ["Duplicate", "Skip", "Summary", "Task", "feed_records", "ingest", "work"]


# -- the worker side ---------------------------------------------------------------------------------------
_STATE: dict[str, Any] = {}


def _init_worker(
    db: str | None, stages: Sequence[str] | None, published: str | None, params: LshParams, watch: bool = True
) -> None:
    from rasd.analysis import load_pipeline

    _STATE.update(pipeline=load_pipeline(stages), published=published, params=params, conn=None)
    if db:
        from rasd.archive.store import connect

        _STATE["conn"] = connect(db, readonly=True)
    if not watch:
        return
    parent = os.getppid()

    def orphaned() -> None:  # a worker whose writer was killed (kill -9) exits instead of waiting forever
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=orphaned, daemon=True).start()


def read_task(task: Task) -> Document:
    """The document of a task, read as rasd.read reads it (raises InputError with the reason)."""
    from rasd.read import read_bytes, read_path

    if task.kind == "file":
        return read_path(task.payload)
    if task.kind == "bytes":
        return read_bytes(task.payload, where=task.where, **task.meta)
    record = task.payload
    if task.kind == "line":
        try:
            record = json.loads(task.payload)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InputError(f"not valid JSON ({exc})", where=task.where) from None
    return _from_record(record, task.where)


def _from_record(record: Any, where: str) -> Document:
    from rasd.read import MAX_BYTES as limit
    from rasd.read import read_record

    if isinstance(record, dict) and record.get("schema") == SCHEMA_ID:
        try:
            doc = Document.from_dict(record)
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"not a valid {SCHEMA_ID} document ({exc})", where=where) from None
        doc.meta.pop("archive", None)  # where it was stored before, not part of the article
        return doc
    if isinstance(record, dict):
        body = record.get("html") or record.get("text") or record.get("content")
        if isinstance(body, str) and len(body.encode("utf-8", "ignore")) > limit:
            raise InputError(f"the record is over the {limit // 2**20} MB limit for an article", where=where)
    return read_record(record, where=where)


_MOJIBAKE = re.compile(r"[ØÙÚÛ][\u0080-\u00ff\u0152-\u0192\u02c6-\u02dc\u2013-\u203a\u20ac\u2122]")
_CP1256_OF_UTF8 = re.compile(r"[طظ][€پ‚ƒ„…†‡ˆ‰ٹ‹Œچژڈگ‘’“”•–—ک™ڑ›œںھ¢£¤¥¦§¨©«¬®¯°±²³´µ¶·¸¹»¼½¾]")


def check_readable(doc: Document, where: str) -> None:
    """Refuse text that was decoded with the wrong encoding (UTF-8 read as Latin-1 or as windows-1256).

    Such text is valid Unicode, so the readers accept it, but every stage would mis-analyse it silently.
    """
    sample = doc.text[:20000]
    words = max(1, len(sample.split()))
    for pattern, what in ((_MOJIBAKE, "UTF-8 read as Latin-1"), (_CP1256_OF_UTF8, "UTF-8 read as windows-1256")):
        hits = len(pattern.findall(sample))
        if hits >= 5 and hits / words > 0.05:
            raise InputError(f"the text is mis-encoded ({what}: {hits} garbled letters)", where=where)


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:?\d{2}|Z)?)?$")  # as in the document schema


def _normalize_published(doc: Document, default: str | None) -> None:
    """meta.published in ISO form (a record's '2015-07-23 19:28:17' becomes 2015-07-23T19:28), or dropped."""
    value = doc.meta.get("published")
    if isinstance(value, str) and _ISO.match(value):
        pass
    elif isinstance(value, str) and value.strip():
        try:
            parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            doc.meta.pop("published")
            doc.warn(f"the publication date {value!r} is not an ISO date; ignored")
        else:
            if len(value.strip()) == 10:
                doc.meta["published"] = parsed.date().isoformat()
            else:
                doc.meta["published"] = parsed.isoformat(timespec="minutes")
    elif value is not None:
        doc.meta.pop("published")
    if default and not doc.meta.get("published"):
        doc.meta["published"] = default


def work(task: Task) -> Prepared | Skip | Duplicate:
    """Read, de-duplicate, analyse and prepare one article; never raises (a failure is a Skip)."""
    try:
        doc = read_task(task)
        check_readable(doc, task.where)
        _normalize_published(doc, _STATE.get("published"))
        digest = content_hash(doc)
        conn: sqlite3.Connection | None = _STATE.get("conn")
        if conn is not None and conn.execute("SELECT 1 FROM documents WHERE content_hash = ?", (digest,)).fetchone():
            return Duplicate(task.where)
        if not doc.layers:  # a rasd document that already has layers is stored as it is
            if "source" not in doc.meta and task.kind != "record":
                doc.meta["source"] = task.where
            doc = _STATE["pipeline"](doc)
        return prepare(doc, _STATE["params"], where=task.where, digest=digest)
    except InputError as exc:
        return Skip(task.where, exc.message)
    except (ModelError, ConfigError):
        raise  # rasd itself cannot run (a missing model): every article would fail, so stop with the reason
    except RecursionError:
        return Skip(task.where, "the input is too deeply nested to read")
    except Exception as exc:  # a stage's bug must not stop an ingest of thousands of articles
        return Skip(task.where, f"analysis failed ({type(exc).__name__}: {exc})")


# -- the writer side ---------------------------------------------------------------------------------------
@dataclass
class Summary:
    """What an ingest did: counts, the skipped inputs with reasons, and the time it took."""

    found: int = 0
    ingested: int = 0
    duplicates: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.ingested / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "found": self.found,
            "ingested": self.ingested,
            "duplicates": self.duplicates,
            "skipped": len(self.skipped),
            "seconds": round(self.seconds, 2),
            "articles_per_second": round(self.rate, 2),
            "skipped_inputs": [{"input": w, "reason": r} for w, r in self.skipped],
        }

    def lines(self, *, limit: int = 30) -> list[str]:
        out = [
            f"ingested {self.ingested:,} article(s), {self.duplicates:,} duplicate(s), {len(self.skipped):,} skipped "
            f"in {self.seconds:.1f} s ({self.rate:.1f} articles/s)"
        ]
        if self.skipped:
            reasons = Counter(_reason_kind(r) for _, r in self.skipped)
            out.append("skipped: " + "; ".join(f"{n} {r}" for r, n in reasons.most_common()))
            out += [f"  {w}: {r}" for w, r in self.skipped[:limit]]
            if len(self.skipped) > limit:
                out.append(f"  ... and {len(self.skipped) - limit} more (--format json lists them all)")
        return out


_KINDS = (
    ("limit", "too large"),
    ("empty", "empty"),
    ("binary", "binary"),
    ("mis-encoded", "mis-encoded"),
    ("encoding", "undecodable"),
    ("JSON", "invalid JSON"),
    ('no "text"', "record without text"),
    ("no article text", "no article text"),
    ("WARC", "corrupt WARC"),
    ("feed", "not a feed"),
    ("not an article format", "not an article format"),
    ("no such file", "missing"),
    ("analysis failed", "analysis failed"),
    ("robots.txt", "refused by robots.txt"),
    ("HTTP", "HTTP error"),
)


def _reason_kind(reason: str) -> str:
    """A short name for a skip reason, to count them by kind in the summary."""
    return next((name for key, name in _KINDS if key in reason), reason.split(" (")[0][:60])


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise InputError(f"--published-default {value!r} is not a date", hint="Use YYYY-MM-DD.") from None


def ingest(
    paths: Sequence[str | Path] = (),
    *,
    db: str | Path,
    workers: int | None = None,
    published_default: str | None = None,
    stages: Sequence[str] | None = None,
    progress: bool = False,
    tasks: Iterable[Task | Skip] | None = None,
    total: int | None = None,
) -> Summary:
    """Ingest files and folders (or ready ``tasks``) into the archive at ``db``; returns the summary.

    ``workers=0`` runs everything in this process (for debugging and small jobs); the default is one worker
    per core.
    """
    published = _check_date(published_default)
    if stages is not None:
        from rasd.analysis import load_pipeline

        load_pipeline(stages)  # a bad stage name fails here, once, not in every worker
    n_workers = (os.cpu_count() or 1) if workers is None else max(0, workers)
    summary = Summary()
    start = time.perf_counter()
    with Archive(db) as archive:
        if tasks is None:
            listed = list(discover(paths))
            files = [x for x in listed if not isinstance(x, Skip)]
            summary.skipped += [(s.where, s.reason) for s in listed if isinstance(s, Skip)]
            total = sum(count_tasks(p, k) for p, k in files)
            source: Iterable[Task | Skip] = (t for p, k in files for t in tasks_of(p, k))
        else:
            source = tasks
        with _Progress(progress, total) as bar:

            def handle(result: Prepared | Skip | Duplicate) -> None:
                summary.found += 1
                if isinstance(result, Skip):
                    summary.skipped.append((result.where, result.reason))
                elif isinstance(result, Duplicate) or archive.add_prepared(result).status == "duplicate":
                    summary.duplicates += 1
                else:
                    summary.ingested += 1
                bar.advance(summary.ingested)

            if n_workers == 0:
                _init_worker(None, stages, published, archive.params, watch=False)
                _STATE["conn"] = archive.conn
                for item in source:
                    if isinstance(item, Skip):
                        summary.skipped.append((item.where, item.reason))
                    else:
                        handle(work(item))
            else:
                _run_pool(source, n_workers, str(db), stages, published, archive.params, handle, summary)
    summary.seconds = time.perf_counter() - start
    return summary


def _run_pool(
    source: Iterable[Task | Skip],
    n_workers: int,
    db: str,
    stages: Sequence[str] | None,
    published: str | None,
    params: LshParams,
    handle: Any,
    summary: Summary,
) -> None:
    """Feed tasks to the workers with a bounded queue (memory stays flat on huge inputs) and commit results."""
    from concurrent.futures.process import BrokenProcessPool

    ctx = get_context("spawn")
    inflight = n_workers * 4
    items = iter(source)
    pending: set[Future[Prepared | Skip | Duplicate]] = set()
    with ProcessPoolExecutor(
        n_workers, mp_context=ctx, initializer=_init_worker, initargs=(db, stages, published, params)
    ) as pool:
        try:
            exhausted = False
            while True:
                while not exhausted and len(pending) < inflight:
                    item = next(items, None)
                    if item is None:
                        exhausted = True
                    elif isinstance(item, Skip):
                        summary.skipped.append((item.where, item.reason))
                    else:
                        pending.add(pool.submit(work, item))
                if not pending:
                    break
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for fut in done:
                    handle(fut.result())
        except BrokenProcessPool:
            raise InputError(
                "a worker process died (out of memory?)", hint="Committed articles are kept; run again to resume."
            ) from None
        except BaseException:
            for fut in pending:
                fut.cancel()
            raise


class _Progress:
    """A rich progress bar on stderr with the article rate and ETA; silent when not wanted or not a terminal."""

    def __init__(self, enabled: bool, total: int | None) -> None:
        self.enabled = enabled
        self.total = total
        self.bar: Any = None
        self.task: Any = None
        self.start = time.perf_counter()

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            console = Console(stderr=True)
            self.bar = Progress(
                TextColumn("ingest"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]:>6.1f} articles/s"),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                TimeElapsedColumn(),
                console=console,
                disable=not console.is_terminal,
            )
            self.bar.__enter__()
            self.task = self.bar.add_task("ingest", total=self.total, rate=0.0)
        return self

    def advance(self, ingested: int) -> None:
        if self.bar is not None:
            rate = ingested / max(time.perf_counter() - self.start, 1e-6)
            self.bar.update(self.task, advance=1, rate=rate)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
