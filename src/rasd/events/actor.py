"""An event's actor: a span of the text (a linked entity, or a raw noun phrase) with the words it covers, and
the sector and country its head noun or adjective gives when nothing is linked. Kept apart from the phrase
reader (rasd.events.args) so that every module of the coder can name the type without importing the reader."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rasd.document import Span
from rasd.events.words import count_dict
from rasd.text.normalize import norm


@dataclass
class Actor:
    start: int
    end: int
    entity: Span | None
    first: int  # word indexes covered
    last: int
    sector: str | None = None  # for a generic actor noun
    country: str | None = None  # from a nisba adjective after it (دبابات تركية)
    count: tuple[int, int] | None = None  # character range of the count before it (سبعة من، أكثر من 30)

    def to_dict(self, text: str) -> dict[str, Any]:
        e = self.entity
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": text[self.start : self.end],
            "label": "ACTOR",
        }
        if e is not None:
            out.update(
                id=e.get("id"),
                name_en=e.get("name_en"),
                type=e.get("type", e.label),
                country=e.get("country") or self.country,  # الصحفي الأمريكي جيمس فولي: a name the KB lacks
                sector=e.get("sector") or self.sector,
            )
            if e.get("stands_for"):
                sf = e.get("stands_for")
                out.update(country=sf.get("country"), sector=sf.get("sector"), stands_for=sf.get("id"))
        else:
            out.update(id=None, name_en=None, type=None, country=self.country, sector=self.sector)
        if self.count is not None:
            out["count"] = count_dict(text, *self.count)
        return out

    def clashes(self, other: Actor) -> bool:
        """Do the two share words without this one lying inside the other? A target may sit inside its source's
        phrase (المتظاهرون المناهضون للحكومة: whom they oppose); one that holds the source, or overlaps it in part
        (الموالية للأحزاب / للأحزاب اليسارية), is a misreading."""
        same = (self.start, self.end) == (other.start, other.end)
        inside = other.start <= self.start and self.end <= other.end and not same
        return self.start < other.end and other.start < self.end and not inside

    @property
    def key(self) -> str:
        if self.entity is not None and self.entity.get("id"):
            return str(self.entity.get("id"))
        return f"raw:{self.start}"


def distinct(actors: list[Actor], text: str | None = None) -> list[Actor]:
    """One actor per stretch of text: a phrase inside another (المتظاهرين in مئات المتظاهرين) is the same actor,
    named by the longer phrase; so is one that shares words with it (a tagger's name أفغان اول across the
    phrase متظاهرون أفغان اول من أمس): two actors never share a word, unless they are two entities the linker
    found in one span (الحكومتين السورية والعراقية). Given the ``text``, one generic actor per
    name too: احتجاجات ضد الحكومة ... متظاهرون معارضون للحكومة name one government, not two."""
    out: list[Actor] = []
    for a in sorted(actors, key=lambda x: -(x.end - x.start)):
        if not any(b.start < a.end and a.start < b.end and not _two_named(a, b) for b in out):
            out.append(a)
    out.sort(key=lambda x: actors.index(x))
    if text is None:
        return out
    seen: set[tuple[str, str | None, str | None]] = set()
    named = []
    for a in out:
        name = (_bare_name(text[a.start : a.end]), a.sector, a.country)
        if a.entity is None and a.count is None and name in seen:
            continue
        seen.add(name)
        named.append(a)
    return named


def _two_named(a: Actor, b: Actor) -> bool:
    """Two entities the linker found in one span, each its own (الحكومتين السورية والعراقية: Syria's and Iraq's
    governments): both stay."""
    if a.entity is None or b.entity is None or (a.start, a.end) != (b.start, b.end):
        return False
    return a.entity.get("id") != b.entity.get("id")


def _bare_name(surface: str) -> str:
    """The phrase without the conjunction or preposition written onto it (والحكومة، للحكومة، بالحكومة: الحكومة)."""
    words = norm(surface).split()
    if words:
        head = words[0].removeprefix("و")
        head = "ال" + head[2:] if head.startswith("لل") else head.removeprefix("ب") if head.startswith("بال") else head
        words[0] = head
    return " ".join(words)
