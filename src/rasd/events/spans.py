"""An event's parts as the document's spans: its actors (with their count as a nested span), its place and
its date, in the form the ``rasd.document/1`` JSON writes (docs/schema.md)."""

from __future__ import annotations

from typing import Any

from rasd.document import Span
from rasd.events.args import Actor


def actor_span(a: Actor, text: str) -> Span:
    d = a.to_dict(text)
    if "count" in d:  # a nested span, like the trigger and the sentence
        c = d["count"]
        d["count"] = Span(c["start"], c["end"], "COUNT", {"value": c["value"]})
    return Span(d.pop("start"), d.pop("end"), d.pop("label"), {k: v for k, v in d.items() if k != "text"})


def place_span(e: Span | None, text: str) -> Span | None:
    if e is None:
        return None
    return Span(e.start, e.end, "PLACE", {"id": e.get("id"), "name_en": e.get("name_en"), "country": e.get("country")})


def date_span(d: dict[str, Any] | None) -> Any:
    if d is None:
        return None
    if "start" in d:
        return Span(
            d["start"],
            d["end"],
            "DATE",
            {"value": d.get("value"), "from": d.get("from"), "relative": d.get("relative")},
        )
    return {"value": d.get("value"), "from": d.get("from")}
