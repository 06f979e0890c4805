"""Find Arabic temporal expressions and say what they mean, without resolving them yet.

The grammar works on the normalized view of the text (:mod:`rasd.text.normalize`: hamza and alef folded,
diacritics dropped, Arabic-Indic and Persian digits as ASCII), so one pattern covers "الإثنين" and
"الاثنين", "١٤٤٧ هـ" and "1447 ه". Every match is mapped back to the original characters.

Why a trigger table instead of one big regex: Python's ``re`` tries every alternative of a large
alternation at every position, which is slow on long articles. Instead the text is split into words once,
each word (and the word without a leading و/ف/ب/ل/ك clitic) is looked up in a table of the words that can
start a rule, and only those rules are tried, anchored at that word. Candidates are then chosen longest
first and adjacent ones are composed (a date and its clock time, a weekday and its date, the two ends of a
range) by :mod:`rasd.dates.compose`.

The result of a rule is an :class:`Expr`: what the words say ("the Monday before publication", "5 March of
an unstated year"), leaving the arithmetic against the publication date to :mod:`rasd.dates.resolve`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from rasd.dates.lexicon import Lexicon, alt, key, lexicon
from rasd.text.normalize import Normalized, norm


@dataclass(slots=True)
class Expr:
    """One temporal expression as the text states it (offsets into the normalized text).

    kind: abs (calendar fields, some may be missing), relday (days from publication), weekday, relunit
    (this / last / next week, month, year, decade, century; with ``day`` a day of that month), ago
    (N units before / after publication), within (the N units before / after publication), time (a clock
    time alone), nthwd (the nth weekday of a month), range (``lo`` .. ``hi``).
    """

    start: int
    end: int
    kind: str
    calendar: str = "gregorian"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    period: str | None = None  # am / pm / noon / night, to place a clock hour on the 24-hour clock
    daypart: str | None = None  # morning, evening ... of a day ("صباح اليوم")
    unit: str | None = None
    shift: int = 0
    direction: int | None = None  # -1 the last one before publication, 1 the next one after, 0 current
    weekday: int | None = None  # ISO weekday stated in the text (to resolve, or to check)
    nth: int | None = None
    mod: str | None = None  # start / mid / end of the period
    grain: str | None = None  # for abs: year / decade / century when only those are given
    stated: int | None = None  # a relative day stated beside an explicit date ("اليوم الثلاثاء 10 شباط")
    base: Expr | None = None  # nthwd: the month it counts in
    lo: Expr | None = None
    hi: Expr | None = None
    flags: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Ctx:
    """The text a rule is matched against, with helpers to look at neighbouring words."""

    text: str  # normalized
    norm: Normalized

    def prev_word(self, pos: int) -> str:
        m = _PREV_WORD.search(self.text, 0, pos)
        return m.group(1) if m else ""

    def next_word(self, pos: int) -> str:
        m = _NEXT_WORD.match(self.text, pos)
        return m.group(1) if m else ""

    def original(self, start: int, end: int) -> str:
        lo, hi = self.norm.to_original(start, end)
        return self.norm.original[lo:hi]


_PREV_WORD = re.compile(r"(\w+)\W*$")
_NEXT_WORD = re.compile(r"\W*?(\w+)")
Handler = Callable[[re.Match[str], Ctx], Expr | None]


def bare_variants(word: str) -> list[tuple[int, str]]:
    """A word and the word without leading clitics (و ف then ب ل ك; لل -> ال), with their offsets."""
    out = [(0, word)]
    i = 1 if len(word) > 2 and word[0] in "وف" else 0
    if i:
        out.append((1, word[1:]))
    rest = word[i:]
    if len(rest) > 3 and rest.startswith("لل"):
        out.append((i + 1, "ا" + rest[1:]))
    elif len(rest) > 2 and rest[0] in "بلك":
        out.append((i + 1, rest[1:]))
    return out


def has_word(word: str, vocab: frozenset[str]) -> bool:
    """Is ``word``, or ``word`` without its leading clitics, in ``vocab``?"""
    return any(w in vocab for _, w in bare_variants(word))


def words(name: str) -> frozenset[str]:
    """A set of context words from ``data/dates/context.tsv`` (normalized), e.g. ``words("COUNTED")``."""
    return lexicon().context[name]


@cache
def _future_words() -> re.Pattern[str]:
    forms = sorted(words("FUTURE_MARKERS"), key=len, reverse=True)
    alts = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in forms)
    return re.compile(rf"(?:^|\s)(?:{alts})(?=\s)|(?:^|\s)[وف]?(?P<verb>س[يتن]\w{{2,}})(?=\s)")


def future_before(text: str) -> bool:
    """Does ``text`` (the words before "خلال N") put what follows after publication?

    A marker word ("المقرر", "سوف") or a verb with the future prefix س ("سيتم", "ستبدأ"); words that only
    look like one ("سنة", "سياسة", "ستة") are listed in NOT_FUTURE.
    """
    for m in _future_words().finditer(text):
        if not m.group("verb") or m.group("verb") not in words("NOT_FUTURE"):
            return True
    return False


def _compile(template: str, frags: dict[str, str]) -> re.Pattern[str]:
    return re.compile(re.sub(r"<([A-Z]+)>", lambda m: frags[m.group(1)], template))


@cache
def _fragments() -> dict[str, str]:
    lx = lexicon()
    ah = r"\s*(?:ه|هجري|هجرية|الهجري|الهجرية|للهجرة)(?!\w)"
    month = alt(lx.months)
    frags = {
        "MONTHC": rf"(?P<m>{month})(?:\s*[/\\|\-–]\s*(?P<mb>{month})|\s*\(\s*(?P<mc>{month})\s*\)|\s+(?P<md>{month}))?",
        "HMONTH": alt(lx.hijri_months),
        "WD": alt(lx.weekdays),
        "WDB": alt(lx.weekdays_bare),
        "REL": alt(lx.reldays),
        "DP": alt(lx.dayparts),
        "PER": alt(lx.periods),
        "PERW": alt(p for p in lx.periods if len(p) > 1),
        "UNIT": alt(lx.units),
        "CARD": alt(lx.cardinals),
        "ORD": alt(lx.ordinals),
        "HOUR": alt(lx.hours),
        "DEC": alt(list(lx.decades) + ["ال" + d for d in lx.decades]),
        "MOD": alt(lx.modifiers),
        "PART": alt(lx.parts),
        "HOL": alt(lx.holidays),
        "CWA": alt(lx.clock_wa),
        "CILLA": alt(lx.clock_illa),
        "AH": ah,
        "ERA": r"(?P<era>\s*(?:م|ميلادي|ميلادية|للميلاد)(?!\w))",
        "YKW": r"(?:[لب]?(?:عام|العام|سنة|السنة)\s+)",
        "YEAR": r"(?P<y>\d{4})(?!\d)(?![%٪]|[.,:/\-]\d)",
    }
    frags["YREL"] = r"(?:\s+من\s+(?:العام|السنة|عام)\s+(?P<ymod>" + frags["MOD"] + "))"
    frags["DAY"] = r"(?P<d>\d{1,2}(?!\d)(?![:/.\-]\d)|" + frags["ORD"] + ")"
    frags["YEARPART"] = r"(?:\s*[،,]?\s*(?:من\s+)?<YKW>?<YEAR><ERA>?)"
    frags["YEARPART"] = re.sub(r"<([A-Z]+)>", lambda m: frags[m.group(1)], frags["YEARPART"])
    frags["MIN"] = (
        r"(?:\s+و\s*(?:(?P<mw><CWA>)|(?P<mn>\d{1,2}|<CARD>)\s*(?:دقيقة|دقائق)?)"
        r"|\s+الا\s+(?:(?P<iw><CILLA>)|(?P<inn>\d{1,2}|<CARD>)\s*(?:دقيقة|دقائق)?))"
    )
    frags["MIN"] = re.sub(r"<([A-Z]+)>", lambda m: frags[m.group(1)], frags["MIN"])
    return frags


# name -> (template, first words that trigger it). "#num" = a word starting with a digit.
_TEMPLATES: dict[str, str] = {
    "dmy": r"(?P<yawm>يوم\s+)?<DAY>(?P<min>\s+من)?\s+(?P<shahr>(?:شهر|الشهر)\s+)?<MONTHC>"
    r"(?:<YEARPART>|\s+(?P<mod><MOD>)|<YREL>)?",
    "dom": r"(?P<yawm>يوم\s+)?<DAY>(?:\s+من)?\s+(?:الشهر|شهر)\s+(?P<mod><MOD>)",
    "month": r"(?P<shahr>(?:شهر|الشهر|لشهر)\s+)?<MONTHC>(?:<YEARPART>|\s+(?P<mod><MOD>)|<YREL>)?",
    "hdmy": r"(?P<yawm>يوم\s+)?<DAY>(?P<min>\s+من)?\s+(?:(?:شهر|الشهر)\s+)?(?P<hm><HMONTH>)"
    r"(?:\s+(?P<mod><MOD>))?(?:\s*[،,]?\s*(?:من\s+)?<YKW>?(?P<y>\d{4})(?!\d))?(?P<ah><AH>)?",
    "hmonth": r"(?P<shahr>(?:شهر|لشهر)\s+)?(?P<hm><HMONTH>)(?:\s+(?P<mod><MOD>|المبارك|الفضيل|الكريم))?"
    r"(?:\s+(?:من\s+)?<YKW>?(?P<y>\d{4})(?!\d))?(?P<ah><AH>)?",
    "hyear": r"<YKW>?(?P<y>\d{4})<AH>",
    "numeric": r"(?P<yawm>يوم\s+)?(?P<a>\d{1,4})\s?(?P<s>[/.\-])\s?(?P<b>\d{1,2})\s?(?P=s)\s?(?P<c>\d{1,4})(?!\d)"
    r"(?![/.\-]\d)(?:<ERA>|(?P<ah><AH>))?",
    "year": r"(?P<kw>[لب]?(?:عام|العام|سنة|السنة|عامي)\s+)?<YEAR><ERA>?",
    "yrange": r"(?:(?P<pre>بين|من)\s+)?(?:(?P<kw>عامي|العامين|سنتي|الاعوام|السنوات|عام|العام|سنة"
    r"|الفترة(?:\s+(?:من|بين|ما\s+بين))?)\s+)?(?P<y1>\d{4})(?!\d)\s*(?P<con>-|–|/|الي|حتي|و|ولغاية|لغاية|وحتي)"
    r"\s*(?:(?:عام|العام|سنة)\s+)?(?P<y2>\d{4})(?!\d)(?![%٪]|[.,]\d)(?P<ah><AH>)?",
    "relday": r"(?:(?P<part><DP>)\s+)?(?P<yawm>يوم\s+)?(?P<rel><REL>)"
    r"(?:\s*[،,]?\s*(?:يوم\s+)?(?P<wd><WD>)|\s*\(\s*(?P<wdp><WD>)\s*\))?",
    "weekday": r"(?:(?P<part><DP>)\s+)?(?P<yawm>يوم\s+)?(?P<wd><WD>)(?:\s+(?P<ba>قبل\s+|بعد\s+)?(?P<mod><MOD>))?",
    "unitrel": r"(?:(?P<this>هذا|هذه)\s+)?(?P<u>(?:ال|(?<=ل)ل)(?:اسبوع|شهر|عام|سنة|عقد|قرن))(?!\w)"
    r"(?:\s+(?P<ba>قبل|بعد)(?=\s+<MOD>))?(?:\s+(?P<mod><MOD>))?",
    "part": r"(?P<part><PART>)\s+(?:من\s+)?",
    "ago": r"(?P<op>منذ|قبل|بعد|خلال)\s+(?:(?P<approx>نحو|حوالي|قرابة|زهاء|ما\s+يقارب|ما\s+يزيد\s+(?:عن|علي)"
    r"|اكثر\s+من|اقل\s+من)\s+)?(?P<al>ال\s*)?(?:(?P<n>\d{1,3}(?!\d)|<CARD>)\s*)?(?P<unit><UNIT>)"
    r"(?:\s+(?P<one>واحد|واحدة)(?!\w))?(?:\s+(?P<mod><MOD>|الاخيرة|الاخير)(?!\w))?"
    r"(?P<now>\s+من\s+(?:اليوم|الان)(?!\w))?",
    "clock": r"(?P<saa>الساعة)\s+(?:ال\s*)?(?P<h>\d{1,2}(?:[:.]\d{2})?(?![\d:])|<HOUR>)<MIN>?"
    r"(?:\s+(?:من\s+)?(?P<per><PER>))?",
    "hourword": r"(?P<h><HOUR>)<MIN>?\s+(?P<per><PERW>)",
    "hhmm": r"(?P<h>\d{1,2}:\d{2}(?![\d:])|\d{1,2}(?![\d:.,/])(?=\s*<PERW>))(?:\s*(?P<per><PER>))?",
    "decade": r"(?P<dec><DEC>)(?:\s+(?:من\s+)?القرن\s+(?P<cent>الماضي|المنصرم|العشرين|التاسع\s+عشر|الحالي"
    r"|الجاري|الحادي\s+والعشرين)(?!\w))?",
    "century": r"القرن\s+(?:(?P<cent>الماضي|المنصرم|الحالي|الجاري|المقبل|القادم)(?!\w)|(?P<ord><ORD>))"
    r"(?:\s+(?P<era>الميلادي|للميلاد|الهجري|للهجرة)(?!\w))?",
    "nthwd": r"(?:(?P<ord>اول|ثاني|ثالث|رابع|اخر)\s+(?P<wdb><WDB>)|(?P<wd><WD>)\s+(?P<ord2>الاول|الثاني|الثالث"
    r"|الرابع|الاخير)(?!\w))\s+(?:من|في)\s+",
    "holiday": r"(?P<hol><HOL>)(?:\s+(?P<mod><MOD>|المبارك|السعيد))?"
    r"(?:\s+(?:من\s+)?<YKW>?(?P<y>\d{4})(?!\d)(?P<ah><AH>)?)?",
}

CENTURY_WORDS = {
    "العشرين": (19, None), "التاسع عشر": (18, None), "الثامن عشر": (17, None), "الحادي والعشرين": (20, None),
    "الماضي": (None, -1), "المنصرم": (None, -1), "الحالي": (None, 0), "الجاري": (None, 0),
    "المقبل": (None, 1), "القادم": (None, 1),
}


def _first_words(lx: Lexicon) -> dict[str, list[str]]:
    """For each rule, the words that can start it (first word of each form)."""

    def firsts(forms: object) -> list[str]:
        return [f.split()[0] for f in forms]  # type: ignore[attr-defined]

    day = ["#num", "يوم", *firsts(lx.ordinals)]
    years = ["عام", "العام", "سنة", "السنة"]
    return {
        "dmy": day,
        "dom": day,
        "month": ["شهر", "الشهر", *firsts(lx.months)],
        "hdmy": day,
        "hmonth": ["شهر", *firsts(lx.hijri_months)],
        "hyear": ["#num", *years],
        "numeric": ["#num", "يوم"],
        "year": ["#num", *years, "عامي"],
        "yrange": ["#num", "بين", "من", "عامي", "العامين", "سنتي", "الاعوام", "السنوات", "الفترة", *years],
        "relday": ["يوم", *firsts(lx.reldays), *firsts(lx.dayparts)],
        "weekday": ["يوم", *firsts(lx.weekdays), *firsts(lx.dayparts)],
        "unitrel": ["هذا", "هذه", "الاسبوع", "الشهر", "العام", "السنة", "العقد", "القرن"],
        "part": firsts(lx.parts),
        "ago": ["منذ", "قبل", "بعد", "خلال"],
        "clock": ["الساعة"],
        "hourword": firsts(lx.hours),
        "hhmm": ["#num"],
        "decade": firsts(lx.decades) + ["ال" + d for d in lx.decades],
        "century": ["القرن"],
        "nthwd": ["اول", "ثاني", "ثالث", "رابع", "اخر", *firsts(lx.weekdays)],
        "holiday": firsts(lx.holidays),
    }


@cache
def rules() -> tuple[dict[str, re.Pattern[str]], dict[str, tuple[str, ...]]]:
    """Compiled rule patterns and the trigger table (word -> rule names), built once on first use."""
    from rasd.dates import handlers  # the handlers import this module's helpers

    frags = _fragments()
    patterns = {name: _compile(t, frags) for name, t in _TEMPLATES.items()}
    triggers: dict[str, list[str]] = {}
    for name, words in _first_words(lexicon()).items():
        if name not in handlers.HANDLERS:
            continue
        for w in words:
            bucket = triggers.setdefault(w if w == "#num" else norm(w), [])
            if name not in bucket:
                bucket.append(name)
    return patterns, {w: tuple(names) for w, names in triggers.items()}


_WORD = re.compile(r"\w+")
PRIORITY = {name: i for i, name in enumerate(_TEMPLATES)}


def match_rule(name: str, ctx: Ctx, pos: int) -> Expr | None:
    """Try one rule anchored at ``pos``."""
    from rasd.dates.handlers import HANDLERS

    patterns, _ = rules()
    m = patterns[name].match(ctx.text, pos)
    if not m:
        return None
    return HANDLERS[name](m, ctx)


def candidates(ctx: Ctx) -> list[Expr]:
    """Every rule match at every trigger word, before choosing among overlaps."""
    _, triggers = rules()
    found: list[Expr] = []
    seen: set[tuple[int, str]] = set()
    for w in _WORD.finditer(ctx.text):
        for offset, word in bare_variants(w.group()):
            names = triggers.get("#num" if word[:1].isdigit() else word)
            if not names:
                continue
            pos = w.start() + offset
            for name in names:
                if (pos, name) in seen:
                    continue
                seen.add((pos, name))
                expr = match_rule(name, ctx, pos)
                if expr is not None:
                    expr.flags.append(f"rule:{name}")
                    found.append(expr)
    return found


def choose(found: list[Expr]) -> list[Expr]:
    """Keep the longest of overlapping candidates (earlier rule on ties), in text order."""
    def rank(e: Expr) -> tuple[int, int, int]:
        rule = next((f[5:] for f in e.flags if f.startswith("rule:")), "")
        return (-(e.end - e.start), PRIORITY.get(rule, 99), e.start)

    taken: list[Expr] = []
    for e in sorted(found, key=rank):
        if all(e.end <= t.start or t.end <= e.start for t in taken):
            taken.append(e)
    for e in taken:
        e.flags[:] = [f for f in e.flags if not f.startswith("rule:")]
    return sorted(taken, key=lambda e: e.start)


def lookup(table: dict[str, int], text: str | None) -> int | None:
    return table.get(key(text)) if text else None
