"""The public result type and entry point: :func:`find_dates` returns :class:`DateMention` objects.

A mention carries both what the text says (``relative``: "the Monday before publication") and what that
means given the publication date (``value``: "2026-02-09"), so a reader can check the value against the
words, and a consumer without a publication date still gets the relative form.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from rasd.dates.compose import compose
from rasd.dates.grammar import Ctx, Expr, candidates, choose
from rasd.dates.resolve import Published, Resolved, resolve
from rasd.text.normalize import normalize

Value = str | dict[str, str] | None


@dataclass(frozen=True)
class DateMention:
    """One temporal expression: where it is, what it says, and its ISO value when it can be known.

    ``value`` is an ISO 8601 string ("2026-02-09", "2026-02-09T10:30", "2026-02", "2026", "2026-W06",
    "199" for a decade, "T10:30" for a clock time alone), or ``{"start": ..., "end": ...}`` for ranges and
    for Hijri months and years (which do not align with Gregorian months), or ``None`` when it cannot be
    known (no publication date, or a contradiction flagged in ``flags``). ``anchor`` says what fixed it:
    "explicit" (the text alone), "published" (the publication date), "unresolved" (nothing could).
    ``calendar`` is the calendar the text used; values are always Gregorian, and ``hijri`` keeps the Hijri
    date as written ("1447-05-05"). ``mod`` is "start", "mid" or "end" for "مطلع / منتصف / نهاية ...".
    """

    text: str
    start: int
    end: int
    label: str
    value: Value
    grain: str
    anchor: str
    relative: str | None
    calendar: str
    flags: list[str] = field(default_factory=list)
    mod: str | None = None
    hijri: str | None = None

    def attrs(self) -> dict[str, Any]:
        """The span attributes of this mention (everything but offsets, text and label)."""
        out = {k: v for k, v in asdict(self).items() if k not in ("text", "start", "end", "label")}
        for optional in ("mod", "hijri"):
            if out[optional] is None:
                del out[optional]
        return out


def parse_published(value: object) -> dt.date | dt.datetime | None:
    """A publication date from metadata: a date, a datetime or an ISO string; ``None`` if unreadable.

    A datetime keeps its wall-clock time and drops its time zone: news dates are local dates.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        parsed = dt.datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        return None
    if parsed.hour == parsed.minute == parsed.second == 0 and "T" not in text and " " not in text:
        return parsed.date()
    return parsed


def _label(e: Expr, r: Resolved) -> str:
    if e.kind == "range":
        return "RANGE"
    if e.kind == "within":
        return "DURATION"
    if r.grain in ("hour", "minute"):
        return "TIME"
    return "DATE"


def analyze(text: str, published: Published | str = None) -> list[tuple[Expr, DateMention]]:
    """The expressions of ``text`` with their mentions; :func:`find_dates` without the internals."""
    pub = parse_published(published)
    nz = normalize(text)
    ctx = Ctx(nz.text, nz)
    out: list[tuple[Expr, DateMention]] = []
    for e in compose(choose(candidates(ctx)), ctx):
        r = resolve(e, pub)
        start, end = nz.to_original(e.start, e.end)
        out.append((e, DateMention(
            text=text[start:end], start=start, end=end, label=_label(e, r), value=r.value, grain=r.grain,
            anchor=r.anchor, relative=r.relative, calendar=e.calendar, flags=list(r.flags), mod=e.mod, hijri=r.hijri,
        )))
    return out


def find_dates(text: str, published: Published | str = None) -> list[DateMention]:
    """Every date, time, duration and range mention of ``text``, resolved against ``published``.

    ``published`` is a date, a datetime (its clock time resolves "منذ ساعتين") or an ISO string.
    With ``published=None`` relative expressions keep ``value=None`` and say what they are relative to;
    nothing is ever resolved against the machine's clock.
    """
    return [m for _, m in analyze(text, published)]


def infer_published(text: str) -> tuple[dt.date, str] | None:
    """A publication date read from the article's own explicit dates, or ``None``.

    Only two kinds of evidence count: an explicit date stated beside a relative day ("اليوم الثلاثاء 10
    شباط 2026" means publication on 10 February), and a full explicit date in the first 300 characters
    (the dateline). Anything weaker is left unresolved rather than guessed.
    """
    found = analyze(text, None)
    for e, m in found:
        if e.kind == "abs" and e.stated is not None and m.anchor == "explicit" and isinstance(m.value, str):
            day = dt.date.fromisoformat(m.value[:10]) - dt.timedelta(days=e.stated)
            return day, m.text
    for e, m in found:
        if m.start > 300:
            break
        if e.kind == "abs" and m.anchor == "explicit" and e.day is not None and isinstance(m.value, str):
            return dt.date.fromisoformat(m.value[:10]), m.text
    return None
