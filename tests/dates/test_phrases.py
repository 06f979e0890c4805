"""rasd's own phrase table (tests/dates/phrases.tsv): every form the grammar handles, with the value, grain
and anchor each must resolve to, cases without a publication date, month / year / leap-year boundaries,
Hijri conversions, ranges, clock times, and phrases that must not yield a date at all.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hijridate import Hijri

from rasd.dates import DateMention, find_dates
from tests.dates.helpers import Phrase, load_phrases

PHRASES = load_phrases()


def test_table_is_large_enough() -> None:
    assert len(PHRASES) >= 150
    assert sum(p.value == "NONE" for p in PHRASES) >= 15
    assert sum(p.published is None for p in PHRASES) >= 10


def _mention(p: Phrase, mentions: list[DateMention]) -> DateMention:
    hits = [m for m in mentions if m.text == p.mention]
    assert hits, f"line {p.line}: no mention {p.mention!r} in {[m.text for m in mentions]}"
    return hits[0]


@pytest.mark.parametrize("p", PHRASES, ids=[f"{p.line}:{p.text}" for p in PHRASES])
def test_phrase(p: Phrase) -> None:
    mentions = find_dates(p.text, dt.date.fromisoformat(p.published) if p.published and "T" not in p.published
                          else dt.datetime.fromisoformat(p.published) if p.published else None)
    for m in mentions:
        assert p.text[m.start : m.end] == m.text
    if p.value == "NONE":
        assert mentions == [], f"line {p.line}: expected no date, got {[(m.text, m.value) for m in mentions]}"
        return
    m = _mention(p, mentions)
    got = (m.value, m.grain, m.anchor)
    assert got == (p.value, p.grain, p.anchor), f"line {p.line} ({p.note}): {got} != {(p.value, p.grain, p.anchor)}"
    for flag in filter(None, p.extra.get("flags", "").split(",")):
        assert flag in m.flags, f"line {p.line}: flag {flag} missing from {m.flags}"
    if "mod" in p.extra:
        assert m.mod == p.extra["mod"]
    if "label" in p.extra:
        assert m.label == p.extra["label"]
    if "rel" in p.extra:
        assert m.relative is not None and p.extra["rel"] in m.relative, m.relative
    if "hijri" in p.extra:
        assert m.hijri == p.extra["hijri"]
        assert m.calendar == "hijri"


def _hijri_gregorian(hijri: str) -> tuple[str, str]:
    """The Gregorian first and last day of a Hijri date, month or year, computed with hijridate."""
    parts = [int(x) for x in hijri.split("-")]
    if len(parts) == 3:
        day = Hijri(*parts).to_gregorian().isoformat()
        return day, day
    y = parts[0]
    m0, m1 = (parts[1], parts[1]) if len(parts) == 2 else (1, 12)
    first = Hijri(y, m0, 1).to_gregorian()
    end = Hijri(y, m1, 1)
    last = dt.date.fromisoformat(end.to_gregorian().isoformat()) + dt.timedelta(days=end.month_length() - 1)
    return first.isoformat(), last.isoformat()


@pytest.mark.parametrize("p", [p for p in PHRASES if "hijri" in p.extra], ids=lambda p: f"{p.line}")
def test_hijri_rows_agree_with_hijridate(p: Phrase) -> None:
    """The table's Gregorian values for Hijri phrases are hijridate's conversions (not rasd's own)."""
    first, last = _hijri_gregorian(p.extra["hijri"])
    value = p.value
    if isinstance(value, dict):
        assert (value["start"], value["end"]) == (first, last)
    else:
        assert isinstance(value, str) and value[:10] == first == last


def test_no_clock_without_publication_date() -> None:
    """Nothing is resolved against the machine's clock: relative phrases without a date stay None."""
    for text in ("أمس", "اليوم", "غداً", "الأسبوع الماضي", "منذ 3 أيام", "يوم الأحد", "الشهر المقبل", "5 آذار",
                 "رمضان المقبل", "منتصف الشهر", "العام الماضي", "الساعة العاشرة من صباح اليوم"):
        (m,) = find_dates(text)
        assert m.value is None and m.anchor == "unresolved", (text, m)
        assert m.relative, text


def test_reference_phrases_without_date_read_as_relative() -> None:
    (m,) = find_dates("يوم أمس الإثنين")
    assert m.relative == "the Monday before publication"
    assert m.value is None
