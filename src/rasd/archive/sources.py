"""Where articles come from: files and folders, and the container formats that hold many articles.

Container files (JSONL, JSON arrays, WARC, RSS/Atom feeds) are split here into one task per article, in the
main process, so that a single file of ten thousand records still spreads over every worker; reading and
analysing each task happens in the workers (:mod:`rasd.ingest`). An input that cannot be opened at all
becomes a :class:`Skip` with the reason, never an exception that would stop the run.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from rasd.errors import InputError
from rasd.read import MAX_BYTES

TEXT_EXT = {".txt", ".text"}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSONL_EXT = {".jsonl", ".ndjson"}
FEED_EXT = {".rss", ".atom", ".xml"}


# -- tasks -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Task:
    """One article to read: a file, a JSONL line, a record dict, or page bytes (from a WARC or a fetch)."""

    kind: str  # file | line | record | bytes
    where: str
    payload: Any
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Skip:
    where: str
    reason: str


@dataclass(frozen=True)
class Duplicate:
    where: str


def kind_of(path: Path) -> str:
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    suffix = path.suffix.lower()
    if suffix in JSONL_EXT:
        return "jsonl"
    if suffix == ".json":
        return "json"
    if suffix in FEED_EXT:
        return "feed"
    if suffix in HTML_EXT:
        return "html"
    if suffix in TEXT_EXT:
        return "text"
    return "other"


def discover(paths: Sequence[str | Path]) -> Iterator[tuple[Path, str] | Skip]:
    """Files to read, folders walked recursively (hidden entries left out), each file once."""
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            yield Skip(str(p), "no such file or folder")
            continue
        if p.is_dir():
            files = sorted(
                f
                for f in p.rglob("*")
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            for f in files:
                if f.resolve() in seen:
                    continue
                seen.add(f.resolve())
                kind = kind_of(f)
                if kind == "other":
                    yield Skip(str(f), f"not an article format ({f.suffix or 'no extension'})")
                else:
                    yield f, kind
        elif p.resolve() not in seen:
            seen.add(p.resolve())
            kind = kind_of(p)
            yield p, ("text" if kind == "other" else kind)


def count_tasks(path: Path, kind: str) -> int:
    """How many articles a file will give (for the progress bar's total and ETA); 1 when unsure."""
    try:
        if kind == "jsonl":
            with path.open("rb") as fh:
                return max(1, sum(1 for line in fh if line.strip()))
        if kind == "json":
            data = json.loads(path.read_bytes())
            return max(1, len(data)) if isinstance(data, list) else 1
        if kind == "warc":
            return max(1, sum(1 for _ in _warc_tasks(path)))
        if kind == "feed":
            return max(1, sum(1 for _ in _feed_tasks(path)))
    except Exception:  # a file that cannot be counted is reported when it is read
        return 1
    return 1


def tasks_of(path: Path, kind: str) -> Iterator[Task | Skip]:
    if kind in ("text", "html"):
        yield Task("file", str(path), str(path))
    elif kind == "jsonl":
        yield from _jsonl_tasks(path)
    elif kind == "json":
        yield from _json_tasks(path)
    elif kind == "warc":
        yield from _warc_tasks(path)
    elif kind == "feed":
        yield from _feed_tasks(path)


def _jsonl_tasks(path: Path) -> Iterator[Task | Skip]:
    with path.open("rb") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                yield Task("line", f"{path}:{n}", line)


def _json_tasks(path: Path) -> Iterator[Task | Skip]:
    from rasd.read.encoding import decode

    try:
        raw, _ = decode(path.read_bytes(), where=str(path))
        data = json.loads(raw)
    except InputError as exc:
        yield Skip(str(path), exc.message)
        return
    except json.JSONDecodeError as exc:
        yield Skip(str(path), f"not valid JSON ({exc.msg}, line {exc.lineno})")
        return
    items = data if isinstance(data, list) else [data]
    for n, item in enumerate(items, 1):
        yield Task("record", f"{path}:{n}" if isinstance(data, list) else str(path), item)


def _warc_tasks(path: Path) -> Iterator[Task | Skip]:
    """HTML responses (status 2xx) of a WARC file; other records (images, redirects, requests) are not articles."""
    from warcio.archiveiterator import ArchiveIterator

    n = records = 0
    try:
        with path.open("rb") as fh:
            for rec in ArchiveIterator(fh):
                if not str(rec.format).startswith("warc"):  # warcio reads garbage as a (legacy) ARC record
                    raise ValueError("not a WARC record")
                records += 1
                if rec.rec_type not in ("response", "resource"):
                    continue
                headers = rec.http_headers
                if headers is not None:
                    status = headers.get_statuscode() or ""
                    if rec.rec_type == "response" and not str(status).startswith("2"):
                        continue
                    ctype = headers.get_header("Content-Type") or ""
                else:
                    ctype = rec.rec_headers.get_header("Content-Type") or ""
                if "html" not in ctype.lower() and "text/plain" not in ctype.lower():
                    continue
                url = rec.rec_headers.get_header("WARC-Target-URI") or ""
                data = rec.content_stream().read(MAX_BYTES + 1)
                n += 1
                yield Task("bytes", f"{path}#{url or n}", data, {"url": url} if url else {})
    except Exception as exc:  # warcio raises several kinds on truncated or non-WARC input
        yield Skip(str(path), f"corrupt WARC file after {records} record(s) ({type(exc).__name__}: {exc})")
        return
    if records == 0:
        yield Skip(str(path), "corrupt WARC file (no WARC record could be read)")


def _feed_tasks(path: Path) -> Iterator[Task | Skip]:
    data = path.read_bytes()
    if not re.search(rb"<(rss|feed|rdf:RDF)\b", data[:4096]):
        yield Skip(str(path), "an XML file that is not an RSS or Atom feed")
        return
    for n, record in enumerate(feed_records(data, where=str(path)), 1):
        if isinstance(record, Skip):
            yield record
        else:
            yield Task("record", f"{path}#{n}", record)


def feed_records(data: bytes, *, where: str) -> Iterator[dict[str, Any] | Skip]:
    """Feed entries with their content (or summary) as article records: title, text, url, published."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = f"not a valid RSS/Atom feed ({parsed.bozo_exception})" if parsed.bozo else "the feed has no entries"
        yield Skip(where, reason)
        return
    outlet = parsed.feed.get("title")
    for entry in parsed.entries:
        content = entry.get("content")
        html = content[0].get("value") if content else entry.get("summary") or entry.get("description") or ""
        record: dict[str, Any] = {
            "title": entry.get("title"),
            "text": html_to_text(html) if html else "",
            "url": entry.get("link"),
            "outlet": outlet,
            "author": entry.get("author"),
        }
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        if stamp:
            record["published"] = date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday).isoformat()
        yield {k: v for k, v in record.items() if v}


def html_to_text(html: str) -> str:
    """Paragraph text of an HTML fragment (a feed entry's content): one line per block element."""
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # not HTML after all: keep it as text
        return html
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        block.tail = "\n" + (block.tail or "")
    return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())
