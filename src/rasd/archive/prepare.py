"""A document turned into the rows the archive stores, computed where the pipeline ran.

Ingestion runs the pipeline in worker processes and commits from one writer. Everything that does not need
the database (the JSON, its compression, search terms, the MinHash signature, the relational rows) is
computed here, in the worker, so the single writer only executes inserts and stays off the critical path.
Layers are read from the document's JSON form, so a layer that is absent simply gives no rows, and an
attribute a later stage adds (or changes the shape of) is kept in the stored JSON even when no column has
been made for it yet.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from rasd.archive.cluster import LshParams, band_keys, signature
from rasd.archive.search import document_terms
from rasd.document import Document


def content_hash(doc: Document) -> str:
    """What makes two inputs the same article: its fixed text, its URL and its outlet.

    The outlet and URL are part of it so that an agency story reprinted word for word by two outlets stays
    two reports of one story (the clustering counts them), while re-ingesting a file or page adds nothing.
    """
    h = hashlib.sha256()
    for part in (doc.text, str(doc.meta.get("url") or ""), str(doc.meta.get("outlet") or "")):
        h.update(part.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


@dataclass
class Prepared:
    """Everything the writer inserts for one document, in plain picklable values."""

    content_hash: str
    where: str
    meta: dict[str, Any]
    text: str
    blob: bytes
    title_terms: str
    body_terms: str
    signature: bytes | None
    bands: list[int]
    entities: list[tuple[Any, ...]] = field(default_factory=list)
    mentions: list[tuple[Any, ...]] = field(default_factory=list)
    dates: list[tuple[Any, ...]] = field(default_factory=list)
    quotes: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[tuple[tuple[Any, ...], list[tuple[Any, ...]]]] = field(default_factory=list)

    def sig_array(self) -> np.ndarray | None:
        return None if self.signature is None else np.frombuffer(self.signature, dtype=np.uint32)


def compress(data: dict[str, Any]) -> bytes:
    return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)


def decompress(blob: bytes) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(zlib.decompress(blob).decode("utf-8"))
    return result


def _json(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _num(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _text(value: Any) -> str | None:
    """A nested span's text, or a plain string, or None."""
    if isinstance(value, dict):
        value = value.get("text")
    return value if isinstance(value, str) and value else None


def _date_range(value: Any) -> tuple[str | None, str | None, str | None]:
    """(value as stored, first day, last day) of a date layer value: ISO string, {start, end}, or null."""
    if isinstance(value, dict):
        start, end = value.get("start"), value.get("end")
        return _json(value), _json(start), _json(end)
    if isinstance(value, str):
        return value, value, value
    return None, None, None


def _event_date(value: Any) -> tuple[str | None, str | None]:
    if isinstance(value, dict):
        inner = value.get("value")
        source = value.get("from")
        if isinstance(inner, dict):
            inner = _json({k: inner.get(k) for k in ("start", "end")})
        return (inner if isinstance(inner, str) else None), (source if isinstance(source, str) else None)
    if isinstance(value, str):
        return value, None
    return None, None


def actor_code(actor: dict[str, Any]) -> str | None:
    """A CAMEO-style actor code: ISO3 country followed by the sector code (SAUGOV), when known."""
    country = actor.get("country") if isinstance(actor.get("country"), str) else ""
    sector = actor.get("sector") if isinstance(actor.get("sector"), str) else ""
    code = (country or "") + (sector or "")
    return code.upper() or None


def prepare(doc: Document, params: LshParams, *, where: str = "", digest: str | None = None) -> Prepared:
    """Compute everything the writer needs for ``doc`` (call it in the process that ran the pipeline)."""
    data = doc.to_dict()
    layers = data["layers"]
    title_terms, body_terms = document_terms(doc.text, doc.layers.get("tokens"))
    sig = signature(title_terms + body_terms, params)
    prep = Prepared(
        content_hash=digest or content_hash(doc),
        where=where or str(doc.meta.get("source") or ""),
        meta=dict(doc.meta),
        text=doc.text,
        blob=compress(data),
        title_terms=" ".join(title_terms),
        body_terms=" ".join(body_terms),
        signature=None if sig is None else sig.tobytes(),
        bands=[] if sig is None else band_keys(sig, params),
    )
    entities: dict[str, tuple[Any, ...]] = {}
    for s in layers.get("entities", []):
        ident = s.get("id") if isinstance(s.get("id"), str) else None
        if ident and ident not in entities:
            entities[ident] = (
                ident,
                s.get("name_ar") or s.get("name") or s["text"],
                s.get("name_en"),
                s.get("type") or s.get("label"),
                s.get("country"),
                s.get("sector"),
            )
        prep.mentions.append((s["start"], s["end"], s["text"], s.get("label"), ident, _num(s.get("score"))))
    for s in layers.get("dates", []):
        value, first, last = _date_range(s.get("value"))
        relative = s.get("relative")
        prep.dates.append(
            (
                s["start"],
                s["end"],
                s["text"],
                value,
                first,
                last,
                _json(s.get("grain")),
                _json(s.get("anchor")),
                None if relative is None else int(bool(relative)),
            )
        )
    for s in layers.get("quotes", []):
        speaker = s.get("speaker") if isinstance(s.get("speaker"), dict) else {}
        sp_id = speaker.get("id") if isinstance(speaker.get("id"), str) else None
        if sp_id and sp_id not in entities:
            entities[sp_id] = (
                sp_id,
                speaker.get("name") or speaker.get("text"),
                speaker.get("name_en"),
                "PER",
                speaker.get("country"),
                speaker.get("sector"),
            )
        qdate = s.get("date")
        prep.quotes.append(
            (
                s["start"],
                s["end"],
                s["text"],
                _json(s.get("kind")),
                _text(s.get("content")),
                _text(s.get("cue")),
                sp_id,
                _text(speaker) if speaker else None,
                speaker.get("name_en"),
                _json(s.get("channel")),
                _event_date(qdate)[0] if isinstance(qdate, dict) else _json(qdate),
            )
        )
    for s in layers.get("events", []):
        loc = s.get("location") if isinstance(s.get("location"), dict) else {}
        sentence = s.get("sentence") if isinstance(s.get("sentence"), dict) else None
        date, date_from = _event_date(s.get("date"))
        row = (
            s["start"],
            s["end"],
            s["text"],
            _json(s.get("type")),
            _json(s.get("mode")),
            _json(s.get("cameo")),
            _num(s.get("confidence")),
            _num(s.get("score")),
            date,
            date_from,
            loc.get("id"),
            loc.get("text"),
            loc.get("name_en"),
            loc.get("country"),
            _text(s.get("trigger")),
            sentence["text"] if sentence else s["text"],
            sentence["start"] if sentence else s["start"],
            sentence["end"] if sentence else s["end"],
            _json(s.get("aux")) if s.get("aux") not in (None, {}, []) else None,
            None if s.get("factual") is None else int(bool(s.get("factual"))),
        )
        actors = []
        for role in ("source", "target"):
            items = s.get(role) or []
            if isinstance(items, dict):
                items = [items]
            for pos, a in enumerate(x for x in items if isinstance(x, dict)):
                ident = a.get("id") if isinstance(a.get("id"), str) else None
                if ident and ident not in entities:
                    entities[ident] = (
                        ident,
                        a.get("name_ar") or a.get("text"),
                        a.get("name_en"),
                        a.get("type"),
                        a.get("country"),
                        a.get("sector"),
                    )
                count = a.get("count") if isinstance(a.get("count"), dict) else {}
                actors.append(
                    (
                        role,
                        pos,
                        ident,
                        a.get("text"),
                        a.get("name_en"),
                        a.get("country"),
                        a.get("sector"),
                        actor_code(a),
                        count.get("value") if isinstance(count.get("value"), int) else None,
                        count.get("text") if isinstance(count.get("text"), str) else None,
                    )
                )
        prep.events.append((row, actors))
    prep.entities = list(entities.values())
    return prep
