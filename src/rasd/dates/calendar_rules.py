"""Rules for dates the calendar names: day-month-year in every tradition, numeric and Hijri dates, years,
decades, centuries and feasts.

The regex finds a month name; these checks decide whether it is one: a year needs year context ("عام",
"في", "منذ") and must not count things ("في 2000 منزل"), an ambiguous month ("مارس" also means "he
exercised") needs date context, a combined form ("شباط/فبراير") must name the same month twice.
"""

from __future__ import annotations

import calendar
import re

from rasd.dates.grammar import (
    CENTURY_WORDS,
    Ctx,
    Expr,
    has_word,
    lookup,
    words,
)
from rasd.dates.lexicon import key, lexicon
from rasd.text.normalize import norm

M = re.Match[str]
RANGE_START = frozenset({"من", "بين"})

def _day(text: str | None) -> int | None:
    if not text:
        return None
    if text.isdigit():
        return int(text)
    return lookup(lexicon().ordinals, text)


def _valid_day(day: int, month: int, year: int | None) -> bool:
    """Does the day exist in that month (in some leap year when no year is given)?"""
    if not 1 <= month <= 12 or day < 1:
        return False
    return day <= calendar.monthrange(year if year else 2024, month)[1]


def _month(m: M, ctx: Ctx) -> tuple[int, bool] | None:
    """The month of a (possibly combined, "شباط/فبراير") month slot, and whether it is ambiguous alone."""
    lx = lexicon()
    first = key(m.group("m"))
    num = lx.months[first]
    other = m.group("mb") or m.group("mc") or m.group("md")
    if other is not None:
        if lx.months[key(other)] != num:
            return None
        return num, False
    return num, first in lx.months_ambiguous


def _year_ok(y: int, strong: bool) -> bool:
    return (1000 <= y <= 2199) if strong else (1900 <= y <= 2100)


def _counted_after(ctx: Ctx, pos: int) -> bool:
    nxt = ctx.next_word(pos)
    return bool(nxt) and has_word(nxt, words("COUNTED"))


def _year_from(m: M, ctx: Ctx) -> int | bool | None:
    """The year of a YEARPART group: None when absent, False when present but not a year."""
    if m.group("y") is None:
        return None
    y = int(m.group("y"))
    if not 1000 <= y <= 2199 or _counted_after(ctx, m.end()):
        return False
    return y


def dmy(m: M, ctx: Ctx) -> Expr | None:
    day = _day(m.group("d"))
    if day is None or (not m.group("d").isdigit() and not (m.group("min") or m.group("shahr"))):
        return None  # "الأول مارس" is not Arabic; an ordinal day needs "من"
    mon = _month(m, ctx)
    year = _year_from(m, ctx)
    if mon is None or year is False:
        return None
    if not _valid_day(day, mon[0], year):
        return None
    e = Expr(m.start(), m.end(), "abs", year=year, month=mon[0], day=day)
    e.direction = direction_of(m.group("mod"))
    _year_shift(e, m)
    if m.group("era"):
        e.flags.append("era_marked")
    return e


def _year_shift(e: Expr, m: M) -> bool:
    """ "مايو من العام الماضي": the month of the year before publication."""
    if m.group("ymod") is None:
        return False
    e.unit, e.shift = "year", direction_of(m.group("ymod")) or 0
    return True


def dom(m: M, ctx: Ctx) -> Expr | None:
    day = _day(m.group("d"))
    if day is None or not 1 <= day <= 31:
        return None
    return Expr(m.start(), m.end(), "relunit", unit="month", shift=direction_of(m.group("mod")) or 0, day=day)


def direction_of(mod: str | None) -> int | None:
    return lookup(lexicon().modifiers, mod)


def month(m: M, ctx: Ctx, *, context: bool = False) -> Expr | None:
    mon = _month(m, ctx)
    year = _year_from(m, ctx)
    if mon is None or year is False:
        return None
    num, ambiguous = mon
    e = Expr(m.start(), m.end(), "abs", year=year, month=num, direction=direction_of(m.group("mod")))
    if _year_shift(e, m):
        return e
    if year is not None or e.direction is not None or m.group("shahr") or context:
        return e
    prev = ctx.prev_word(m.start())
    if has_word(prev, words("MONTH_CONTEXT")):
        return e
    if not ambiguous and has_word(prev, words("MONTH_CONTEXT_WEAK")):
        return e
    if has_word(prev, RANGE_START) and _month_follows(ctx, m.end()):
        return e  # "من مارس إلى مايو"
    return None


def _month_follows(ctx: Ctx, pos: int) -> bool:
    c = re.match(r"\s*(?:الي|حتي|لغاية|و|-|–)\s*", ctx.text[pos : pos + 12])
    if not c:
        return False
    nxt = ctx.next_word(pos + c.end())
    return nxt in lexicon().months or any(f.startswith(nxt + " ") for f in lexicon().months)


def hdmy(m: M, ctx: Ctx) -> Expr | None:
    day = _day(m.group("d"))
    if day is None or day > 30 or (not m.group("d").isdigit() and not m.group("min")):
        return None
    e = Expr(m.start(), m.end(), "abs", calendar="hijri", month=lookup(lexicon().hijri_months, m.group("hm")),
             day=day, direction=direction_of(m.group("mod")))
    if m.group("y"):
        y = int(m.group("y"))
        if not 1300 <= y <= 1600:
            e.end = m.start("y")
            return e if not m.group("ah") else None
        e.year = y
    return e


def hmonth(m: M, ctx: Ctx, *, context: bool = False) -> Expr | None:
    lx = lexicon()
    form = key(m.group("hm"))
    e = Expr(m.start(), m.end(), "abs", calendar="hijri", month=lx.hijri_months[form])
    mod = m.group("mod")
    e.direction = direction_of(mod)
    if m.group("y"):
        y = int(m.group("y"))
        if not 1300 <= y <= 1600:
            return None
        e.year = y
    blessed = mod is not None and e.direction is None  # "رمضان المبارك"
    if e.year or e.direction is not None or blessed or m.group("shahr") or context:
        return e
    if form not in lx.hijri_ambiguous or has_word(ctx.prev_word(m.start()), words("MONTH_CONTEXT")):
        return e
    return None


def hyear(m: M, ctx: Ctx) -> Expr | None:
    y = int(m.group("y"))
    if not 1300 <= y <= 1600:
        return None
    return Expr(m.start(), m.end(), "abs", calendar="hijri", year=y)


def numeric(m: M, ctx: Ctx) -> Expr | None:
    if m.start("a") > 0 and ctx.text[m.start("a") - 1] in "/.-:":
        return None
    a, b, c = m.group("a"), int(m.group("b")), m.group("c")
    flags: list[str] = []
    if len(a) == 4 and len(c) <= 2:
        y, mo, d = int(a), b, int(c)
    elif len(c) == 4 and len(a) <= 2:
        d, mo, y = int(a), b, int(c)
        if mo > 12 and d <= 12:
            d, mo = mo, d
            flags.append("month_first")
    else:
        return None
    cal = "hijri" if m.group("ah") else "gregorian"
    if cal == "gregorian" and 1350 <= y <= 1500 and not m.group("era"):
        cal = "hijri"
        flags.append("calendar_inferred")
    if cal == "hijri":
        if not (1 <= mo <= 12 and 1 <= d <= 30):
            return None
    elif not (1000 <= y <= 2199 and _valid_day(d, mo, y)):
        return None
    return Expr(m.start(), m.end(), "abs", calendar=cal, year=y, month=mo, day=d, flags=flags)


def year(m: M, ctx: Ctx, *, context: bool = False) -> Expr | None:
    y = int(m.group("y"))
    kw = m.group("kw")
    strong = bool(kw) or context
    if m.group("era"):
        strong = strong or 1900 <= y <= 2100  # "2014م" is a year wherever it stands
    elif not (strong or has_word(ctx.prev_word(m.start()), words("YEAR_CONTEXT")) or _after_year(ctx, m.start())):
        return None
    if not _year_ok(y, strong) or _counted_after(ctx, m.end()):
        return None
    start = m.start("y") if kw and key(kw) == norm("عامي") else m.start()
    if not m.group("era") and 1420 <= y <= 1470:
        return Expr(start, m.end(), "abs", calendar="hijri", year=y, flags=["calendar_inferred"])
    e = Expr(start, m.end(), "abs", year=y)
    if m.group("era"):
        e.flags.append("era_marked")
    return e


def _after_year(ctx: Ctx, pos: int) -> bool:
    """ "في 2018 و2022": a year joined by و to a year before it is a year too."""
    k = ctx.text.rfind("و", max(0, pos - 3), pos)
    if k < 0 or ctx.text[k + 1 : pos].strip():
        return False
    prev = ctx.prev_word(k)
    return len(prev) == 4 and prev.isdigit() and 1900 <= int(prev) <= 2100


def yrange(m: M, ctx: Ctx) -> Expr | None:
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    con = m.group("con")
    if m.group("ah"):
        if not (1300 <= y1 < y2 <= 1600 and y2 - y1 <= 50):
            return None
        lo = Expr(m.start("y1"), m.end("y1"), "abs", calendar="hijri", year=y1)
        hi = Expr(m.start("y2"), m.end("y2"), "abs", calendar="hijri", year=y2)
        return Expr(m.start(), m.end(), "range", calendar="hijri", lo=lo, hi=hi)
    strong = bool(m.group("kw"))
    if not (_year_ok(y1, strong) and _year_ok(y2, strong)) or y2 <= y1 or y2 - y1 > 300:
        return None
    if _counted_after(ctx, m.end()):
        return None
    pre = m.group("pre")
    if con in "/-–":
        if con == "/" and y2 != y1 + 1:
            return None  # "2024/2025" is a season; "2011/2024" is not a range
        if not (pre or strong or has_word(ctx.prev_word(m.start()), words("YEAR_CONTEXT"))):
            return None
    elif not (pre or strong) or (con == "و" and pre == "من" and not strong):
        return None  # "بين 2011 و2024" is a range, "من 2011 و..." is not
    lo = Expr(m.start("y1"), m.end("y1"), "abs", year=y1)
    hi = Expr(m.start("y2"), m.end("y2"), "abs", year=y2)
    return Expr(m.start(), m.end(), "range", lo=lo, hi=hi)


def decade(m: M, ctx: Ctx) -> Expr | None:
    d = re.sub(r"^ال", "", key(m.group("dec")))
    tens = lexicon().decades.get(d)
    if tens is None:
        return None
    cent = m.group("cent")
    century, rel = CENTURY_WORDS.get(key(cent), (19, None)) if cent else (19, None)
    e = Expr(m.start(), m.end(), "abs", grain="decade")
    if rel is not None:
        e.kind, e.unit, e.shift, e.nth = "relunit", "century", rel, tens
        return e
    e.year = (century or 19) * 100 + tens
    return e


def century(m: M, ctx: Ctx) -> Expr | None:
    era = m.group("era")
    if era and "هجر" in era:
        return None  # Hijri centuries do not map to one Gregorian century value
    if m.group("cent"):
        _, rel = CENTURY_WORDS[key(m.group("cent"))]
        return Expr(m.start(), m.end(), "relunit", unit="century", shift=rel or 0)
    n = lookup(lexicon().ordinals, m.group("ord"))
    if n is None or not 1 <= n <= 21:
        return None
    return Expr(m.start(), m.end(), "abs", year=(n - 1) * 100, grain="century")


def holiday(m: M, ctx: Ctx) -> Expr | None:
    cal, mon, day = lexicon().holidays[key(m.group("hol"))]
    e = Expr(m.start(), m.end(), "abs", calendar=cal, month=mon, day=day, direction=direction_of(m.group("mod")))
    if m.group("y"):
        y = int(m.group("y"))
        ok = 1300 <= y <= 1600 if cal == "hijri" else 1900 <= y <= 2100
        if not ok:
            return None
        e.year = y
    if cal == "hijri":
        e.flags.append("approximate")
    return e
