"""Join adjacent expressions that the text means as one: a date and its clock time, a weekday and the date
that follows it, the two ends of a range.

Rules stay small when each finds one thing ("يوم الأحد", "5 آذار 2026", "الساعة العاشرة صباحاً"); the
combinations ("يوم الأحد 5 آذار 2026 الساعة العاشرة صباحاً", "من 5 إلى 7 آذار") are then built here from
the words between them, so a new rule composes with the others without new patterns.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from rasd.dates.grammar import Ctx, Expr, lookup
from rasd.dates.lexicon import alt, lexicon

# Words allowed between a date and its clock time ("أمس، الساعة 10", "6 يناير 2015 في الساعة 5").
_GAP_DATE_TIME = re.compile(r"\s*[،,\-–]?\s*(?:(?:في|عند|علي|حوالي|نحو|تمام)\s+)*|t|\s*[،,]\s*")
# Between a clock time and its day ("الساعة العاشرة من صباح اليوم", "الساعة 10 مساء الأحد").
_GAP_TIME_DATE = re.compile(r"\s*[،,]?\s*(?:من\s+)?(?:يوم\s+)?")
# Between a weekday / relative day and the date that pins it ("الأحد 5 آذار", "اليوم الثلاثاء، الموافق 10").
_GAP_DAY_DATE = re.compile(r"\s*[،,\-–(]?\s*(?:(?:الموافق|الموافقة)\s*(?:ل\s*)?)?")
_CONNECT = re.compile(r"\s*(?:الي|حتي|لغاية|ولغاية|وحتي|و|-|–)\s*(?:ال(?=\s*\d)\s*)?")
_RANGE_PREFIX = re.compile(r"(?:^|(?<=\W))[وف]?(?P<p>من|بين|يومي)\s*$")


@cache
def _day_before() -> re.Pattern[str]:
    """A bare day number before a full date: "من 5 إلى 7 آذار", "بين 5 و7 آذار", "5-7 آذار"."""
    ords = alt(lexicon().ordinals)
    return re.compile(
        rf"(?:(?:^|(?<=\W))[وف]?(?P<p>من|بين|يومي)\s+(?:يوم\s+)?(?P<d>\d{{1,2}}|{ords})\s*"
        r"(?:الي|حتي|لغاية|و|-|–)\s*"
        r"|(?:^|(?<=\s))(?P<d2>\d{1,2})\s*[-–]\s*)$"
    )


def _is_day(e: Expr) -> bool:
    """Expressions that name one day, to which a clock time can attach."""
    if e.kind == "abs":
        return e.day is not None
    if e.kind == "relunit":
        return e.day is not None
    return e.kind in ("relday", "weekday", "nthwd") and e.hour is None


def _with_time(day: Expr, t: Expr, start: int, end: int) -> Expr:
    out = replace(day, start=start, end=end, hour=t.hour, minute=t.minute, flags=day.flags + t.flags)
    out.period = t.period or day.period
    return out


def _range_ok(a: Expr, b: Expr) -> bool:
    if a.kind == b.kind == "abs":
        if a.calendar != b.calendar or a.grain != b.grain:
            return False
        if b.day is not None:
            return a.day is not None
        if b.month is not None:
            return a.month is not None and a.day is None
        return a.year is not None and a.month is None and b.year is not None
    if a.kind == b.kind == "time":
        return True
    return a.kind in ("weekday", "relday") and b.kind in ("weekday", "relday")


def _range(a: Expr, b: Expr, start: int) -> Expr:
    lo = replace(a, flags=list(a.flags))
    if lo.kind == "abs" and b.kind == "abs":
        if lo.year is None and b.year is not None:
            lo.year = b.year
            lo.flags.append("year_from_range_end")
        if lo.month is None and b.month is not None:
            lo.month = b.month
    return Expr(start, b.end, "range", calendar=b.calendar, lo=lo, hi=b)


def _bare_day_range(b: Expr, ctx: Ctx) -> Expr | None:
    if b.kind not in ("abs", "relunit") or b.day is None:
        return None
    window_start = max(0, b.start - 40)
    m = _day_before().search(ctx.text, window_start, b.start)
    if not m:
        return None
    d_text = m.group("d") or m.group("d2")
    day = int(d_text) if d_text.isdigit() else lookup(lexicon().ordinals, d_text)
    if day is None or not 1 <= day <= 31 or day >= b.day:
        return None
    lo = replace(b, start=m.start("d") if m.group("d") else m.start("d2"), end=m.end("d") if m.group("d")
                 else m.end("d2"), day=day, hour=None, minute=None, flags=list(b.flags))
    start = m.start("p") if m.group("p") else m.start("d2")
    return Expr(start, b.end, "range", calendar=b.calendar, lo=lo, hi=b)


def compose(items: list[Expr], ctx: Ctx) -> list[Expr]:
    """Merge neighbours left to right; a merged expression can merge again (weekday + date + time)."""
    text = ctx.text
    out: list[Expr] = []
    for e in items:
        if e.day is not None:
            r = _bare_day_range(e, ctx)
            if r is not None and (not out or out[-1].end <= r.start):
                e = r
        while out:
            a = out[-1]
            gap = text[a.end : e.start]
            merged = _merge(a, e, gap, ctx)
            if merged is None:
                break
            out.pop()
            e = merged
        out.append(e)
    return out


def _merge(a: Expr, b: Expr, gap: str, ctx: Ctx) -> Expr | None:
    if len(gap) > 30:
        return None
    if b.kind == "time" and _is_day(a) and a.hour is None and _GAP_DATE_TIME.fullmatch(gap):
        return _with_time(a, b, a.start, b.end)
    if a.kind == "time" and _is_day(b) and _GAP_TIME_DATE.fullmatch(gap):
        merged = _with_time(b, a, a.start, b.end)
        if a.period is None and b.period is not None:
            merged.period = b.period
        return merged
    if (
        a.kind in ("weekday", "relday")
        and a.hour is None
        and b.kind == "abs"
        and b.day is not None
        and _GAP_DAY_DATE.fullmatch(gap)
    ):
        # The explicit date decides; the weekday and the relative day are checked against it.
        end = b.end
        if "(" in gap:  # "اليوم الخميس (23 يوليو 2015)": keep the brackets balanced
            close = re.match(r"\s*\)", ctx.text[b.end :])
            end = b.end + close.end() if close else end
        out = replace(b, start=a.start, end=end, flags=a.flags + b.flags)
        out.weekday = a.weekday
        out.daypart = a.daypart or b.daypart
        out.period = a.period or b.period
        if a.kind == "relday":
            out.stated = a.shift
        return out
    if _CONNECT.fullmatch(gap) and _range_ok(a, b):
        pm = _RANGE_PREFIX.search(ctx.text, max(0, a.start - 12), a.start)
        connector = gap.strip()
        if pm:
            return _range(a, b, pm.start("p"))
        if connector in ("-", "–") and a.kind == "abs" and b.kind == "abs" and b.year is not None:
            return _range(a, b, a.start)
    return None
