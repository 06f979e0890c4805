"""The document: rasd's one central type.

A document's ``text`` is fixed once a reader produces it (headline as the first paragraph, then the body).
Everything a stage finds is a :class:`Span` in a named layer, pointing into that text with half-open
character offsets (Python ``str`` indices, i.e. Unicode code points). Normalized or derived forms live in
span attributes, never in the text, so every claim rasd makes can be checked against the words it came from.

The JSON form (schema id ``rasd.document/1``) is the single exchange format for the CLI, the archive, the API
and Spark; ``docs/rasd.document.schema.json`` describes it and ``docs/schema.md`` explains it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

SCHEMA_ID = "rasd.document/1"

# Keys a span's JSON object always has; attributes may not shadow them.
_SPAN_KEYS = ("start", "end", "text", "label")


class SpanError(ValueError):
    """A span that does not fit its document: a bug in the stage that made it."""


@dataclass(slots=True)
class Span:
    """A half-open ``[start, end)`` range of characters of a document's text, with a label and attributes.

    Attributes hold what a stage learned about the span (a normalized form, a link id, a resolved date).
    An attribute value may itself be a span (a quote's cue, an event's trigger) or a list of spans.
    """

    start: int
    end: int
    label: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not (isinstance(self.start, int) and isinstance(self.end, int)):
            raise SpanError(f"span offsets must be integers, got {self.start!r}, {self.end!r}")
        if self.start < 0 or self.end < self.start:
            raise SpanError(f"span [{self.start}, {self.end}) is not a valid half-open range")
        clash = set(self.attrs) & set(_SPAN_KEYS)
        if clash:
            raise SpanError(f"span attribute names {sorted(clash)} are reserved")

    def __len__(self) -> int:
        return self.end - self.start

    def get(self, key: str, default: Any = None) -> Any:
        return self.attrs.get(key, default)

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def to_dict(self, text: str) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": text[self.start : self.end],
            "label": self.label,
        }
        for key, value in self.attrs.items():
            out[key] = _attr_to_json(value, text)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        attrs = {k: _attr_from_json(v) for k, v in data.items() if k not in _SPAN_KEYS}
        return cls(int(data["start"]), int(data["end"]), str(data.get("label", "")), attrs)


def _attr_to_json(value: Any, text: str) -> Any:
    if isinstance(value, Span):
        return value.to_dict(text)
    if isinstance(value, list):
        return [_attr_to_json(v, text) for v in value]
    if isinstance(value, dict):
        return {k: _attr_to_json(v, text) for k, v in value.items()}
    return value


def _looks_like_span(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and isinstance(value.get("start"), int)
        and isinstance(value.get("end"), int)
        and "text" in value
    )


def _attr_from_json(value: Any) -> Any:
    if _looks_like_span(value):
        return Span.from_dict(value)
    if isinstance(value, list):
        return [_attr_from_json(v) for v in value]
    if isinstance(value, dict):
        return {k: _attr_from_json(v) for k, v in value.items()}
    return value


@dataclass
class Document:
    """Article text, its metadata, and named layers of spans.

    ``meta`` keys used by rasd: title, outlet, author, published (ISO date or datetime), url, language,
    hashtags, warnings, source (where it was read from), plus whatever a reader adds.
    """

    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    layers: dict[str, list[Span]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError("Document.text must be a str")

    # -- layers -----------------------------------------------------------------------------------------
    def layer(self, name: str) -> list[Span]:
        """The spans of a layer, or an empty list when no stage has added it."""
        return self.layers.get(name, [])

    def has_layer(self, name: str) -> bool:
        return name in self.layers

    def set_layer(self, name: str, spans: Iterable[Span]) -> None:
        """Add a whole layer at once, checked and in reading order, so stages cannot leave it half-built."""
        items = sorted(spans, key=lambda s: (s.start, -s.end))
        for span in items:
            self._check(span, name)
        self.layers[name] = items

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def spans_in(self, name: str, within: Span) -> Iterator[Span]:
        for span in self.layer(name):
            if within.contains(span):
                yield span

    def published_day(self) -> date | None:
        """The day relative dates and KB terms are read against: the given publication date, else the one the
        dates stage inferred from the text; ``None`` when neither reads as an ISO date."""
        value = self.meta.get("published") or (self.meta.get("published_inferred") or {}).get("value")
        if not value:
            return None
        try:
            return date.fromisoformat(str(value)[:10])
        except ValueError:
            return None

    def warn(self, message: str) -> None:
        self.meta.setdefault("warnings", [])
        if message not in self.meta["warnings"]:
            self.meta["warnings"].append(message)

    def _check(self, span: Span, layer: str) -> None:
        if span.end > len(self.text):
            raise SpanError(
                f"span [{span.start}, {span.end}) in layer {layer!r} runs past the text ({len(self.text)} chars)"
            )
        for value in span.attrs.values():
            for inner in _inner_spans(value):
                self._check(inner, layer)

    def validate(self) -> None:
        """Check every span against the text; raises :class:`SpanError` on the first that does not fit."""
        for name, spans in self.layers.items():
            for span in spans:
                self._check(span, name)

    # -- JSON -------------------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_ID,
            "text": self.text,
            "meta": self.meta,
            "layers": {name: [s.to_dict(self.text) for s in spans] for name, spans in self.layers.items()},
        }

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        schema = data.get("schema")
        if schema != SCHEMA_ID:
            raise ValueError(f"not a {SCHEMA_ID} document (schema is {schema!r})")
        doc = cls(text=data["text"], meta=dict(data.get("meta") or {}))
        for name, spans in (data.get("layers") or {}).items():
            parsed = [Span.from_dict(s) for s in spans]
            for raw, span in zip(spans, parsed, strict=True):
                if raw.get("text") != doc.text[span.start : span.end]:
                    raise SpanError(
                        f"layer {name!r}: span [{span.start}, {span.end}) says {raw.get('text')!r} "
                        f"but the text there is {doc.text[span.start : span.end]!r}"
                    )
            doc.set_layer(name, parsed)
        return doc

    @classmethod
    def from_json(cls, raw: str) -> Document:
        return cls.from_dict(json.loads(raw))


def _inner_spans(value: Any) -> Iterator[Span]:
    if isinstance(value, Span):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _inner_spans(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _inner_spans(v)
