"""Reading articles: raw input (scraped text, HTML, JSONL records) to a :class:`~rasd.document.Document`.

Every reader ends in :func:`build`, which fixes the document's text once: the headline as the first
paragraph, then the body paragraphs, separated by blank lines. Metadata keys are the same whatever the
source: title, outlet, author, published, url, language, hashtags, warnings, source.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rasd.document import Document
from rasd.errors import InputError
from rasd.read.encoding import decode
from rasd.read.html import looks_like_html, parse_html
from rasd.read.plaintext import parse
from rasd.text.normalize import arabic_ratio

MAX_BYTES = 20 * 1024 * 1024  # larger inputs are not articles
META_KEYS = ("title", "outlet", "author", "published", "url", "language", "hashtags")


def build(title: str, paragraphs: list[str], meta: dict[str, Any], *, where: str) -> Document:
    """The one place a document's text is composed; checks that there is an article at all."""
    paragraphs = [p for p in paragraphs if p]
    if not title and not paragraphs:
        raise InputError("no article text found", where=where, hint="Is this page an article?")
    if not paragraphs and len(title.split()) < 4:
        raise InputError("no article text found (only a short title)", where=where)
    text = "\n\n".join([title, *paragraphs]) if title else "\n\n".join(paragraphs)
    meta = {k: v for k, v in meta.items() if v not in (None, "", [])}
    meta["title"] = title
    ratio = arabic_ratio(text)
    if ratio >= 0.5:
        meta["language"] = "ar"
    else:
        meta["language"] = "und" if ratio == 0 else "mixed"
        meta.setdefault("warnings", []).append(
            f"the text is not Arabic ({ratio:.0%} of letters are Arabic script): analysis may be poor"
        )
    doc = Document(text=text, meta=meta)
    return doc


def read_text(text: str, *, where: str = "text", **meta: Any) -> Document:
    """A scraped plain-text article (or an HTML page passed as a string)."""
    if looks_like_html(text):
        return read_html(text, where=where, **meta)
    parsed = parse(text)
    merged = {**parsed.meta, **{k: v for k, v in meta.items() if v is not None}}
    return build(parsed.title, parsed.paragraphs, merged, where=where)


def read_html(html: str, *, where: str = "html", url: str | None = None, **meta: Any) -> Document:
    title, paragraphs, found = parse_html(html, url=url, where=where)
    merged = {**found, **{k: v for k, v in meta.items() if v is not None}}
    if url:
        merged["url"] = url
    return build(title, paragraphs, merged, where=where)


def read_bytes(data: bytes, *, where: str = "input", encoding: str | None = None, **meta: Any) -> Document:
    if not data.strip():
        raise InputError("the input is empty", where=where)
    if len(data) > MAX_BYTES:
        raise InputError(
            f"the input is {len(data) / 1e6:.1f} MB, over the {MAX_BYTES // 2**20} MB limit for an article", where=where
        )
    text, enc = decode(data, encoding=encoding, where=where)
    if not text.strip():
        raise InputError("the input is empty", where=where)
    doc = read_text(text, where=where, **meta)
    if enc not in ("utf-8", "utf_8", "ascii"):
        doc.meta["encoding"] = enc
    return doc


def read_path(path: str | Path, *, encoding: str | None = None, **meta: Any) -> Document:
    """Read one article file (.txt, .html, .htm, or anything textual)."""
    p = Path(path)
    where = str(p)
    if not p.exists():
        raise InputError("no such file", where=where)
    if p.is_dir():
        raise InputError("this is a folder, not a file", where=where, hint="Pass article files.")
    if p.stat().st_size > MAX_BYTES:
        raise InputError(
            f"the file is {p.stat().st_size / 1e6:.1f} MB, over the {MAX_BYTES // 2**20} MB limit for an article",
            where=where,
        )
    doc = read_bytes(p.read_bytes(), where=where, encoding=encoding, **meta)
    doc.meta.setdefault("source", where)
    return doc


def read_records(path: str | Path, **defaults: Any) -> Iterator[Document]:
    """JSONL (one JSON object per line) or a JSON array: ``{"text"|"html", "url", "published", ...}``.

    Other keys (title, outlet, author, ...) become metadata; a record's own title wins over the one the
    reader would find. A bad line raises :class:`InputError` naming the line.
    """
    p = Path(path)
    if not p.exists():
        raise InputError("no such file", where=str(p))
    raw, _ = decode(p.read_bytes(), where=str(p))
    stripped = raw.lstrip()
    if stripped.startswith("["):
        try:
            items = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(f"not valid JSON ({exc.msg}, line {exc.lineno})", where=str(p)) from None
        numbered = list(enumerate(items, 1))
    else:
        numbered = []
        for n, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                numbered.append((n, json.loads(line)))
            except json.JSONDecodeError as exc:
                raise InputError(f"line {n} is not valid JSON ({exc.msg})", where=str(p)) from None
    for n, record in numbered:
        yield read_record(record, where=f"{p}:{n}", **defaults)


def read_record(record: Any, *, where: str = "record", **defaults: Any) -> Document:
    if not isinstance(record, dict):
        raise InputError("a record must be a JSON object", where=where)
    body = record.get("html") or record.get("text") or record.get("content")
    if not isinstance(body, str) or not body.strip():
        raise InputError('the record has no "text" or "html"', where=where)
    extra = {k: v for k, v in record.items() if k not in ("html", "text", "content") and v not in (None, "")}
    meta = {**defaults, **extra}
    if "date" in meta and "published" not in meta:
        meta["published"] = meta.pop("date")
    title = meta.pop("title", None)
    if record.get("html"):
        doc = read_html(body, where=where, **meta)
    elif title:
        # Plain text with a separate title: the title is the headline, the text is all body.
        parsed = parse(f"{title}\n{body}")
        doc = build(parsed.title, parsed.paragraphs, {**parsed.meta, **meta}, where=where)
    else:
        doc = read_text(body, where=where, **meta)
    return doc
