"""The date grammar's word tables, read from ``rasd/data/dates/*.tsv`` on first use.

The words live in data files rather than in code so that a missing spelling (a regional month name, a
variant of "يوم أمس") is a one-line data change reviewed like any lexicon entry. Every form is stored in
its normalized spelling (:func:`rasd.text.normalize.norm`), because the grammar matches on the normalized
view of the text; the tables are loaded once, lazily, so importing :mod:`rasd.dates` costs nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rasd.data import path
from rasd.text.normalize import norm


def key(text: str) -> str:
    """The lookup key of a matched phrase: normalized, with runs of spaces collapsed."""
    return " ".join(norm(text).split())


def alt(forms: object, *, group: str | None = None) -> str:
    """A regex alternation of word forms, longest first, that cannot end inside a longer word.

    Longest first, because Python's ``re`` takes the first alternative that matches: "تشرين الأول" must be
    tried before a shorter form could win. Spaces inside a form match any run of whitespace.
    """
    items = sorted({str(f) for f in forms}, key=lambda f: (-len(f), f))  # type: ignore[attr-defined]
    body = "|".join(r"\s+".join(re.escape(part) for part in f.split()) for f in items)
    head = f"(?P<{group}>" if group else "(?:"
    return f"{head}{body})(?!\\w)"


def _rows(name: str) -> list[list[str]]:
    rows: list[list[str]] = []
    with path("dates", name).open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            rows.append([cell.strip() for cell in line.rstrip("\n").split("\t")])
    return rows


@dataclass(frozen=True)
class Lexicon:
    """All word tables, keyed by normalized form."""

    months: dict[str, int]
    months_ambiguous: frozenset[str]
    hijri_months: dict[str, int]
    hijri_ambiguous: frozenset[str]
    weekdays: dict[str, int]  # definite forms: الأحد
    weekdays_bare: dict[str, int]  # after an ordinal: أول خميس
    reldays: dict[str, int]
    reldays_prefixed: frozenset[str]  # forms that need يوم / بعد / a day part before them
    dayparts: dict[str, tuple[str, str]]  # prefix forms -> (part, period)
    periods: dict[str, str]  # forms after a clock time -> period
    units: dict[str, tuple[str, int]]
    cardinals: dict[str, int]  # 1-99 and 100, with compounds
    ordinals: dict[str, int]  # 1-31, both genders, with compounds
    hours: dict[str, int]  # feminine ordinals 1-12 used for clock hours
    decades: dict[str, int]
    modifiers: dict[str, int]
    parts: dict[str, str]
    holidays: dict[str, tuple[str, int, int]]
    clock_wa: dict[str, int]
    clock_illa: dict[str, int]
    context: dict[str, frozenset[str]]


def _numbers(rows: list[list[str]]) -> tuple[dict[str, int], dict[str, int], dict[str, int], dict[str, int]]:
    """Cardinals 1-99, ordinals 1-31, clock hours 1-12 and decades, compounds built from the table."""
    cardinals: dict[str, int] = {}
    ordinals: dict[str, int] = {}  # day ordinals: الأول .. الحادي والثلاثين
    unit_ords: dict[str, int] = {}  # forms that combine: الحادي / الثاني .. التاسع (both genders)
    hours: dict[str, int] = {}  # feminine ordinals for clock hours: الواحدة .. الثانية عشرة
    decades: dict[str, int] = {}
    tens: dict[str, int] = {}
    ordinal_tens: dict[str, int] = {}
    one_fem = norm("الواحدة")
    for form, value, kind in rows:
        n, v = norm(form), int(value)
        if kind in ("cardinal", "tens"):
            cardinals[n] = v
            if kind == "tens":
                tens[n] = v
        elif kind == "ordinal":
            if n == one_fem:
                hours[n] = 1
                continue
            ordinals[n] = v
            if 2 <= v <= 9:
                unit_ords[n] = v
            if n.endswith("ة") and v <= 10:
                hours[n] = v
        elif kind == "ordinal_unit":
            unit_ords[n] = v
        elif kind == "ordinal_tens":
            ordinal_tens[n] = v
            ordinals[n] = v
        elif kind == "decade":
            decades[n] = v
    for f, v in [(f, v) for f, v in cardinals.items() if 1 <= v <= 9]:
        for tf, tv in tens.items():
            cardinals[f"{f} و{tf}"] = v + tv
    for f, v in unit_ords.items():
        fem = f.endswith("ة")
        teen = 10 + v
        ordinals[f"{f} {'عشرة' if fem else 'عشر'}"] = teen
        if fem and teen <= 12:
            hours[f"{f} عشرة"] = teen
        for tf, tv in ordinal_tens.items():
            if tv + v <= 31:
                ordinals[f"{f} و{tf}"] = tv + v
    return cardinals, ordinals, hours, decades


@cache
def lexicon() -> Lexicon:
    """Load every table once; called by the grammar on first use, never at import time."""
    months: dict[str, int] = {}
    months_amb: set[str] = set()
    for form, month, _tradition, ambiguous in _rows("months.tsv"):
        months[norm(form)] = int(month)
        if ambiguous == "1":
            months_amb.add(norm(form))
    hijri: dict[str, int] = {}
    hijri_amb: set[str] = set()
    for form, month, ambiguous in _rows("hijri_months.tsv"):
        hijri[norm(form)] = int(month)
        if ambiguous == "1":
            hijri_amb.add(norm(form))
    weekdays: dict[str, int] = {}
    bare: dict[str, int] = {}
    for form, wd, definite in _rows("weekdays.tsv"):
        (weekdays if definite == "1" else bare)[norm(form)] = int(wd)
    reldays: dict[str, int] = {}
    prefixed: set[str] = set()
    for form, offset, needs in _rows("relative_days.tsv"):
        reldays[norm(form)] = int(offset)
        if needs == "1":
            prefixed.add(norm(form))
    dayparts: dict[str, tuple[str, str]] = {}
    periods: dict[str, str] = {}
    for form, part, period, prefix, clock in _rows("dayparts.tsv"):
        if prefix == "1":
            dayparts[norm(form)] = (part, period)
        if clock == "1":
            periods[norm(form)] = period
    units = {norm(f): (u, int(c)) for f, u, c in _rows("units.tsv")}
    cardinals, ordinals, hours, decades = _numbers(_rows("numbers.tsv"))
    clock_wa: dict[str, int] = {}
    clock_illa: dict[str, int] = {}
    for form, minutes, after in _rows("clock.tsv"):
        (clock_wa if after == "wa" else clock_illa)[norm(form)] = int(minutes)
    context: dict[str, set[str]] = {}
    for name, word in _rows("context.tsv"):
        context.setdefault(name, set()).add(norm(word))
    return Lexicon(
        months=months,
        months_ambiguous=frozenset(months_amb),
        hijri_months=hijri,
        hijri_ambiguous=frozenset(hijri_amb),
        weekdays=weekdays,
        weekdays_bare=bare,
        reldays=reldays,
        reldays_prefixed=frozenset(prefixed),
        dayparts=dayparts,
        periods=periods,
        units=units,
        cardinals=cardinals,
        ordinals=ordinals,
        hours=hours,
        decades=decades,
        modifiers={norm(f): int(d) for f, d in _rows("modifiers.tsv")},
        parts={norm(f): m for f, m in _rows("parts.tsv")},
        holidays={norm(f): (c, int(m), int(d)) for f, c, m, d in _rows("holidays.tsv")},
        clock_wa=clock_wa,
        clock_illa=clock_illa,
        context={k: frozenset(v) for k, v in context.items()},
    )
