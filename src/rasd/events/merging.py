"""One event per act an article reports: the headline and the lead, or a later recap, tell the same event again;
it is kept once, with every report's trigger and sentence as its evidence (spaCy keeps one span per entity the same
way, however often it is named)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.events.modality import is_factual

if TYPE_CHECKING:
    from rasd.events.code import Event


def merge(events: list[Event]) -> list[Event]:
    """One event per (type, source ids, target ids) in an article; later reports become evidence."""
    out: list[Event] = []
    seen: dict[tuple[str, frozenset[str], frozenset[str]], Event] = {}
    for ev in events:
        k = (
            ev.type,
            frozenset(a.key for a in ev.source if a.entity is not None),
            frozenset(a.key for a in ev.target if a.entity is not None),
        )
        if k in seen and (k[1] or k[2]) and is_factual(ev.aux) == is_factual(seen[k].aux):
            first = seen[k]
            assert ev.trigger_span is not None
            first.evidence.append((ev.trigger_span, ev.sentence))
            first.confidence = round(min(0.95, first.confidence + 0.05), 2)
            continue
        seen[k] = ev
        out.append(ev)
    return out
