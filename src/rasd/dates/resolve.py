"""Resolve what the grammar found to ISO 8601 values against the publication date.

News dates are mostly relative ("أمس", "الأحد الماضي", "منذ ثلاثة أيام") and only the publication date
gives them a value. This module does that arithmetic and nothing else, so the rules are testable on their
own: a bare weekday is the most recent such day on or before publication, a day and month without a year
take the year that puts them nearest before (or shortly after) publication, and with no publication date
every relative expression stays unresolved (value ``None``) with a readable relative form. The machine's
clock is never consulted.

A stated weekday is a check, not a guess: "يوم أمس الإثنين" published on a Wednesday contradicts itself,
so it gets the ``weekday_mismatch`` flag and no value rather than a silently chosen one.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from hijridate import Gregorian, Hijri

from rasd.dates.grammar import Expr

Published = dt.date | dt.datetime | None

WEEKDAYS = ("", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
HIJRI_MONTHS = ("", "Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhirah",
                "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah")


@dataclass
class Resolved:
    """The resolution of one expression; ``day`` / ``last`` bound it in days when it has a value."""

    value: Any = None
    grain: str = "day"
    anchor: str = "explicit"
    relative: str | None = None
    flags: list[str] = field(default_factory=list)
    hijri: str | None = None
    day: dt.date | None = None
    last: dt.date | None = None


def _pub_day(pub: Published) -> dt.date | None:
    if pub is None:
        return None
    return pub.date() if isinstance(pub, dt.datetime) else pub


def _clock(hour: int, period: str | None) -> int:
    """A stated hour on the 24-hour clock, given the part of the day that follows it."""
    if hour > 12 or period is None:
        return hour % 24
    if period == "am":
        return 0 if hour == 12 else hour
    if period == "pm":
        return hour if hour == 12 else hour + 12
    if period == "noon":
        return hour if hour >= 11 else hour + 12
    if period == "night":
        return 0 if hour == 12 else (hour + 12 if hour >= 6 else hour)
    return hour


def _plural(n: int, unit: str) -> str:
    return f"{n} {unit}" + ("" if n == 1 else "s")


def _side(n: int) -> str:
    return "before" if n < 0 else "after"


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + n
    return idx // 12, idx % 12 + 1


def _finish_day(e: Expr, r: Resolved, day: dt.date | None) -> Resolved:
    """Give a day-level resolution its value, with the clock time when the text states one."""
    r.day = r.last = day
    if e.hour is not None:
        r.grain = "minute" if e.minute is not None else "hour"
        hh = _clock(e.hour, e.period)
        mm = e.minute or 0
        clock = f"{hh:02d}:{mm:02d}"
        if r.relative:
            r.relative += f", at {clock}"
        if day is not None:
            r.value = f"{day.isoformat()}T{clock}"
        return r
    r.grain = "day"
    if e.daypart and r.relative:
        r.relative += f" ({e.daypart})"
    r.value = day.isoformat() if day is not None else None
    return r


def _pick(
    cands: list[tuple[Any, dt.date, dt.date]], pub: dt.date, direction: int | None, current: Any = None
) -> Any:
    """Choose among yearly candidates (key, first day, last day) the one the text most likely means.

    -1: the last one before publication; 1: the first one after; 0: the one of the publication year
    (``current``); None: the nearest, where a future date counts double (news reports the recent past).
    """
    if direction == -1:
        past = [c for c in cands if c[2] < pub]
        return max(past, key=lambda c: c[1])[0] if past else None
    if direction == 1:
        future = [c for c in cands if c[1] > pub]
        return min(future, key=lambda c: c[1])[0] if future else None
    if direction == 0:
        same = [c for c in cands if c[0] == current or (isinstance(c[0], tuple | dt.date) and _year(c[0]) == current)]
        return same[0][0] if same else None

    if not cands:
        return None

    def cost(c: tuple[Any, dt.date, dt.date]) -> int:
        if c[1] <= pub <= c[2]:
            return 0
        return (pub - c[2]).days if c[2] < pub else 2 * (c[1] - pub).days

    return min(cands, key=cost)[0]


def _year(k: Any) -> int:
    return k.year if isinstance(k, dt.date) else k[0]


def _month_bounds(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def _hijri_bounds(y: int, m: int) -> tuple[dt.date, dt.date]:
    h = Hijri(y, m, 1)
    first = h.to_gregorian()
    start = dt.date(first.year, first.month, first.day)
    return start, start + dt.timedelta(days=h.month_length() - 1)


def _hijri_day(y: int, m: int, d: int) -> dt.date:
    g = Hijri(y, m, d).to_gregorian()
    return dt.date(g.year, g.month, g.day)


def _describe_partial(e: Expr) -> str:
    names = HIJRI_MONTHS if e.calendar == "hijri" else MONTHS
    what = f"{e.day} {names[e.month or 0]}" if e.day else names[e.month or 0]
    if e.unit == "year":
        year = "the year of publication" if e.shift == 0 else f"the year {_side(e.shift)} publication"
        return f"{what} of {year}"
    return what + {
        None: ", the nearest to publication",
        -1: ", the last before publication",
        1: ", the next after publication",
        0: ", in the year of publication",
    }.get(e.direction, "")


def _abs(e: Expr, pub: Published) -> Resolved:
    r = Resolved()
    if e.calendar == "hijri":
        return _hijri(e, pub, r)
    if e.grain == "decade":
        r.value, r.grain = f"{(e.year or 0) // 10:03d}", "decade"
        return r
    if e.grain == "century":
        r.value, r.grain = f"{(e.year or 0) // 100:02d}", "century"
        return r
    if e.year is not None:
        if e.day is not None and e.month is not None:
            day = dt.date(e.year, e.month, e.day)
            _check_explicit(e, day, pub, r)
            return _finish_day(e, r, day)
        if e.month is not None:
            r.value, r.grain = f"{e.year:04d}-{e.month:02d}", "month"
            r.day, r.last = _month_bounds(e.year, e.month)
            return r
        r.value, r.grain = f"{e.year:04d}", "year"
        r.day, r.last = dt.date(e.year, 1, 1), dt.date(e.year, 12, 31)
        return r
    r.relative = _describe_partial(e)
    p = _pub_day(pub)
    if p is None:
        r.anchor = "unresolved"
        return _finish_day(e, r, None) if e.day else _grain(r, "month")
    r.anchor = "published"
    month = e.month or 1
    if e.unit == "year":  # "مايو من العام الماضي"
        y = p.year + e.shift
        if e.day is None:
            r.value, r.grain = f"{y:04d}-{month:02d}", "month"
            r.day, r.last = _month_bounds(y, month)
            return r
        if e.day > calendar.monthrange(y, month)[1]:
            r.flags.append("invalid_date")
            return _finish_day(e, r, None)
        return _finish_day(e, r, dt.date(y, month, e.day))
    if e.day is not None:
        cands = []
        for y in range(p.year - 4, p.year + 2):
            if e.day <= calendar.monthrange(y, month)[1]:
                d = dt.date(y, month, e.day)
                cands.append((d, d, d))
        near = [c for c in cands if abs(c[0].year - p.year) <= 1] or cands
        if e.weekday and e.direction is None:
            near = [c for c in near if c[0].isoweekday() == e.weekday] or near
        day = _pick(near, p, e.direction, p.year)
        if day is not None:
            _check_explicit(e, day, pub, r)
        return _finish_day(e, r, day)
    cands_m = [((y, month), *_month_bounds(y, month)) for y in (p.year - 1, p.year, p.year + 1)]
    ym = _pick(cands_m, p, e.direction, p.year)
    if ym is None:
        return r
    r.value, r.grain = f"{ym[0]:04d}-{ym[1]:02d}", "month"
    r.day, r.last = _month_bounds(*ym)
    return r


def _grain(r: Resolved, grain: str) -> Resolved:
    r.grain = grain
    return r


def _check_explicit(e: Expr, day: dt.date, pub: Published, r: Resolved) -> None:
    """A weekday or relative day stated beside an explicit date must agree with it; flag when not."""
    if e.weekday and day.isoweekday() != e.weekday:
        r.flags.append("weekday_mismatch")
    p = _pub_day(pub)
    if e.stated is not None and p is not None and p + dt.timedelta(days=e.stated) != day:
        r.flags.append("relative_day_mismatch")


def _hijri(e: Expr, pub: Published, r: Resolved) -> Resolved:
    try:
        return _hijri_inner(e, pub, r)
    except (ValueError, OverflowError):
        r.value = None
        r.flags.append("invalid_date")
        return r


def _hijri_inner(e: Expr, pub: Published, r: Resolved) -> Resolved:
    year = e.year
    p = _pub_day(pub)
    if year is None:
        r.relative = _describe_partial(e)
        if p is None:
            r.anchor = "unresolved"
            return _finish_day(e, r, None) if e.day else _grain(r, "month")
        r.anchor = "published"
        hy = Gregorian(p.year, p.month, p.day).to_hijri().year
        if e.day is not None:
            cands = []
            for y in (hy - 1, hy, hy + 1):
                if e.day <= Hijri(y, e.month or 1, 1).month_length():
                    d = _hijri_day(y, e.month or 1, e.day)
                    cands.append((y, d, d))
            year = _pick(cands, p, e.direction, hy)
        else:
            cands = [(y, *_hijri_bounds(y, e.month or 1)) for y in (hy - 1, hy, hy + 1)]
            year = _pick(cands, p, e.direction, hy)
        if year is None:
            return r
    if e.day is not None and e.month is not None:
        day = _hijri_day(year, e.month, e.day)
        r.hijri = f"{year:04d}-{e.month:02d}-{e.day:02d}"
        _check_explicit(e, day, pub, r)
        return _finish_day(e, r, day)
    if e.month is not None:
        start, last = _hijri_bounds(year, e.month)
        r.hijri = f"{year:04d}-{e.month:02d}"
        r.grain = "month"
    else:
        start = _hijri_bounds(year, 1)[0]
        last = _hijri_bounds(year, 12)[1]
        r.hijri = f"{year:04d}"
        r.grain = "year"
    r.value = {"start": start.isoformat(), "end": last.isoformat()}
    r.day, r.last = start, last
    return r


def _relday(e: Expr, pub: Published) -> Resolved:
    r = Resolved(anchor="published")
    n = e.shift
    base = "publication day" if n == 0 else f"{_plural(abs(n), 'day')} {_side(n)} publication"
    if e.weekday:
        w = WEEKDAYS[e.weekday]
        base = {-1: f"the {w} before publication", 1: f"the {w} after publication"}.get(n, f"{base}, a {w}")
    r.relative = base
    p = _pub_day(pub)
    if p is None:
        r.anchor = "unresolved"
        return _finish_day(e, r, None)
    day = p + dt.timedelta(days=n)
    if e.weekday and day.isoweekday() != e.weekday:
        r.flags.append("weekday_mismatch")
        return _finish_day(e, r, None)
    return _finish_day(e, r, day)


def _weekday(e: Expr, pub: Published) -> Resolved:
    w = WEEKDAYS[e.weekday or 1]
    r = Resolved(anchor="published", relative={
        None: f"the {w} on or before publication",
        -1: f"the {w} before publication",
        -2: f"the {w} before last, before publication",
        1: f"the {w} after publication",
        2: f"the {w} after next, after publication",
    }.get(e.direction, f"the {w} of the week of publication"))
    p = _pub_day(pub)
    if p is None:
        r.anchor = "unresolved"
        return _finish_day(e, r, None)
    return _finish_day(e, r, weekday_from(p, e.weekday or 1, e.direction))


def weekday_from(p: dt.date, weekday: int, direction: int | None) -> dt.date:
    """The day with ``weekday`` relative to ``p``: on or before (None), before (-1, -2), after (1, 2)."""
    back = (p.isoweekday() - weekday) % 7
    if direction is None or direction == 0:
        return p - dt.timedelta(days=back)
    if direction < 0:
        return p - dt.timedelta(days=(back or 7) + 7 * (-direction - 1))
    ahead = (weekday - p.isoweekday()) % 7 or 7
    return p + dt.timedelta(days=ahead + 7 * (direction - 1))


_UNIT_NAMES = {"week": "week", "month": "month", "year": "year", "decade": "decade", "century": "century",
               "day": "day", "hour": "hour", "minute": "minute"}


def _relunit(e: Expr, pub: Published) -> Resolved:
    unit = e.unit or "year"
    n = e.shift
    name = _UNIT_NAMES[unit]
    if n == 0:
        rel = f"the {name} of publication"
    elif abs(n) == 1:
        rel = f"the {name} {_side(n)} publication"
    else:
        rel = f"{_plural(abs(n), name)} {_side(n)} publication"
    if e.nth is not None:
        rel = f"the {e.nth}s of {rel}"
    if e.day is not None:
        rel = f"day {e.day} of {rel}"
    r = Resolved(anchor="published", relative=rel, grain=unit if e.nth is None else "decade")
    p = _pub_day(pub)
    if p is None:
        r.anchor = "unresolved"
        return _finish_day(e, r, None) if e.day is not None else r
    if unit == "week":
        d = p + dt.timedelta(weeks=n)
        iso = d.isocalendar()
        r.value = f"{iso.year:04d}-W{iso.week:02d}"
        r.day = d - dt.timedelta(days=d.isoweekday() - 1)
        r.last = r.day + dt.timedelta(days=6)
    elif unit == "month":
        y, m = _add_months(p.year, p.month, n)
        if e.day is not None:
            if e.day > calendar.monthrange(y, m)[1]:
                r.flags.append("invalid_date")
                return _finish_day(e, r, None)
            return _finish_day(e, r, dt.date(y, m, e.day))
        r.value = f"{y:04d}-{m:02d}"
        r.day, r.last = _month_bounds(y, m)
    elif unit == "year":
        r.value = f"{p.year + n:04d}"
        r.day, r.last = dt.date(p.year + n, 1, 1), dt.date(p.year + n, 12, 31)
    elif unit == "decade":
        r.value = f"{p.year // 10 + n:03d}"
    elif unit == "century":
        c = p.year // 100 + n
        r.value = f"{c:02d}{e.nth // 10}" if e.nth is not None else f"{c:02d}"
    return r


def _shift(p: Published, unit: str, n: int) -> tuple[Any, str, dt.date | None]:
    """Publication moved by ``n`` units: (value, grain, day)."""
    assert p is not None
    day = _pub_day(p)
    assert day is not None
    if unit in ("day", "week"):
        d = day + dt.timedelta(days=n * (7 if unit == "week" else 1))
        return d.isoformat(), "day", d
    if unit == "month":
        y, m = _add_months(day.year, day.month, n)
        return f"{y:04d}-{m:02d}", "month", dt.date(y, m, 1)
    if unit == "year":
        return f"{day.year + n:04d}", "year", dt.date(day.year + n, 1, 1)
    if unit == "decade":
        return f"{day.year // 10 + n:03d}", "decade", None
    if not isinstance(p, dt.datetime):
        return None, unit, None
    t = p + (dt.timedelta(hours=n) if unit == "hour" else dt.timedelta(minutes=n))
    fmt = "%Y-%m-%dT%H:00" if unit == "hour" else "%Y-%m-%dT%H:%M"
    return t.strftime(fmt), unit, t.date()


def _ago(e: Expr, pub: Published) -> Resolved:
    unit, n = e.unit or "day", e.shift
    r = Resolved(anchor="published", relative=f"{_plural(abs(n), unit)} {_side(n)} publication")
    r.grain = {"week": "day"}.get(unit, unit)
    if pub is None:
        r.anchor = "unresolved"
        return r
    r.value, r.grain, r.day = _shift(pub, unit, n)
    r.last = r.day
    if r.value is None:
        r.anchor = "unresolved"
        r.flags.append("publication_time_unknown")
    return r


def _within(e: Expr, pub: Published) -> Resolved:
    unit, n = e.unit or "day", e.shift
    rel = f"the {_plural(abs(n), unit)} {_side(n)} publication"
    r = Resolved(anchor="published", relative=rel, grain={"week": "day"}.get(unit, unit))
    if "direction_unknown" in e.flags:
        r.relative = f"a period of {_plural(abs(n), unit)}, before or after publication"
        r.anchor = "unresolved" if pub is None else "published"
        return r
    if pub is None:
        r.anchor = "unresolved"
        return r
    here, _, d0 = _shift(pub, unit, 0)
    there, r.grain, d1 = _shift(pub, unit, n)
    if here is None or there is None:
        r.anchor = "unresolved"
        r.flags.append("publication_time_unknown")
        return r
    lo, hi = (there, here) if n < 0 else (here, there)
    r.value = {"start": lo, "end": hi}
    r.day, r.last = (d1, d0) if n < 0 else (d0, d1)
    return r


def _time(e: Expr) -> Resolved:
    hh = _clock(e.hour or 0, e.period)
    if e.minute is not None:
        return Resolved(value=f"T{hh:02d}:{e.minute:02d}", grain="minute")
    return Resolved(value=f"T{hh:02d}:00", grain="hour")


def _nthwd(e: Expr, pub: Published) -> Resolved:
    assert e.base is not None
    base = resolve(e.base, pub)
    ordinal = {1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"}[e.nth or 1]
    what = base.relative or (base.value if isinstance(base.value, str) else base.hijri or "")
    r = Resolved(anchor=base.anchor, relative=f"the {ordinal} {WEEKDAYS[e.weekday or 1]} of {what}",
                 flags=base.flags)
    if base.day is None or base.last is None:
        return _finish_day(e, r, None)
    days = [base.day + dt.timedelta(days=i) for i in range((base.last - base.day).days + 1)]
    hits = [d for d in days if d.isoweekday() == e.weekday]
    idx = (e.nth or 1) - 1 if (e.nth or 1) > 0 else -1
    return _finish_day(e, r, hits[idx] if -len(hits) <= idx < len(hits) else None)


def _range(e: Expr, pub: Published) -> Resolved:
    assert e.lo is not None and e.hi is not None
    lo, hi = resolve(e.lo, pub), resolve(e.hi, pub)
    if e.hi.kind == "weekday" and e.hi.direction is None and lo.day is not None:
        # "من الإثنين إلى الأربعاء": the end is the first such weekday on or after the start.
        ahead = ((e.hi.weekday or 1) - lo.day.isoweekday()) % 7
        rel = f"the following {WEEKDAYS[e.hi.weekday or 1]}"
        hi = _finish_day(e.hi, Resolved(anchor=lo.anchor, relative=rel), lo.day + dt.timedelta(days=ahead))
    if lo.day and hi.day and lo.day > hi.day and "year_from_range_end" in e.lo.flags and e.lo.year:
        e.lo.year -= 1
        lo = resolve(e.lo, pub)
    anchors = {lo.anchor, hi.anchor}
    r = Resolved(grain=lo.grain, flags=sorted(set(lo.flags + hi.flags) - {"year_from_range_end"}))
    r.anchor = "unresolved" if "unresolved" in anchors else "published" if "published" in anchors else "explicit"
    if lo.relative or hi.relative:
        r.relative = f"from {lo.relative or lo.value} to {hi.relative or hi.value}"
    start = lo.value["start"] if isinstance(lo.value, dict) else lo.value
    end = hi.value["end"] if isinstance(hi.value, dict) else hi.value
    if start is not None and end is not None:
        r.value = {"start": start, "end": end}
    r.day, r.last = lo.day, hi.last
    if lo.hijri or hi.hijri:
        r.hijri = f"{lo.hijri}/{hi.hijri}"
    return r


def resolve(e: Expr, pub: Published) -> Resolved:
    """The value of one expression given the publication date (or ``None``).

    Arithmetic that leaves Python's date range (a publication date in year 1 or 9999) gives no value and
    the ``out_of_range`` flag rather than an exception in the middle of a batch.
    """
    try:
        return _resolve(e, pub)
    except (ValueError, OverflowError):
        return Resolved(anchor="published" if pub is not None else "unresolved", flags=["out_of_range"])


def _resolve(e: Expr, pub: Published) -> Resolved:
    if e.kind == "abs":
        r = _abs(e, pub)
    elif e.kind == "relday":
        r = _relday(e, pub)
    elif e.kind == "weekday":
        r = _weekday(e, pub)
    elif e.kind == "relunit":
        r = _relunit(e, pub)
    elif e.kind == "ago":
        r = _ago(e, pub)
    elif e.kind == "within":
        r = _within(e, pub)
    elif e.kind == "time":
        r = _time(e)
    elif e.kind == "nthwd":
        r = _nthwd(e, pub)
    elif e.kind == "range":
        r = _range(e, pub)
    else:  # pragma: no cover - the grammar makes no other kinds
        raise ValueError(f"unknown expression kind {e.kind!r}")
    for f in e.flags:
        if f not in r.flags and f != "year_from_range_end":
            r.flags.append(f)
    return r
