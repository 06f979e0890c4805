"""What each grammar rule's match means, and the checks that keep ambiguous words out.

A regex can say where "مارس" or "الاثنين" is; only the words around it say whether it is a date ("مارس
ضغوطاً" is a verb, "بين الاثنين" means "between the two"). Each handler turns one match into an
:class:`~rasd.dates.grammar.Expr` or rejects it, so those decisions sit in one readable place. This module
has the relative expressions and clock times; :mod:`rasd.dates.calendar_rules` the calendar dates.
"""

from __future__ import annotations

import re
from functools import cache

from rasd.dates.calendar_rules import (
    century,
    decade,
    direction_of,
    dmy,
    dom,
    hdmy,
    hmonth,
    holiday,
    hyear,
    month,
    numeric,
    year,
    yrange,
)
from rasd.dates.grammar import (
    Ctx,
    Expr,
    Handler,
    bare_variants,
    future_before,
    has_word,
    match_rule,
    words,
)
from rasd.dates.lexicon import key, lexicon
from rasd.text.normalize import norm

M = re.Match[str]
RANGE_START = frozenset({"من", "بين"})
# "بعد 3 أيام من الاجتماع" counts from an event; "بعد أسبوع من اليوم / الآن" from publication.
_FROM_EVENT = re.compile(r"\W+(?:من|علي|عن)(?!\w)(?!\s+(?:اليوم|الان)(?!\w))")
SURNAME_DAYS = frozenset({norm("الخميس"), norm("الجمعة"), norm("السبت")})
_TANWEEN = "\u064b"


def relday(m: M, ctx: Ctx) -> Expr | None:
    lx = lexicon()
    rel = key(m.group("rel"))
    part = m.group("part")
    prefixed = bool(part or m.group("yawm"))
    if rel in lx.reldays_prefixed and not prefixed:
        return None
    prev = ctx.prev_word(m.start())
    if has_word(prev, words("THAT_DAY")) and not m.group("wd"):
        return None
    quoted = ctx.text[m.start() - 1 : m.start()] == '"' == ctx.text[m.end() : m.end() + 1]
    if not prefixed and (has_word(prev, words("NAME_BEFORE_DAY")) or quoted):
        return None  # a newspaper, a channel, a title: صحيفة اليوم, لـ "اليوم", مسلسل "غدا نلتقي"
    wd = m.group("wd") or m.group("wdp")
    if rel == norm("اليوم") and not wd and ctx.next_word(m.end()) in words("NOT_AFTER_TODAY"):
        return None  # اليوم الوطني, اليوم الأول
    verb = _TANWEEN not in ctx.original(m.start("rel"), m.end("rel")) and prev in words("VERB_GHADA")
    if rel == norm("غدا") and not prefixed and not wd and verb:
        return None  # "لقد غدا الوضع صعباً": the verb "became"
    e = Expr(m.start(), m.end(), "relday", shift=lx.reldays[rel])
    if wd:
        e.weekday = lexicon().weekdays[key(wd)]
    _daypart(e, part)
    return e


def _daypart(e: Expr, part: str | None) -> None:
    if not part:
        return
    name, period = lexicon().dayparts[key(part)]
    e.daypart = name
    e.period = period
    if name == "noon":
        e.hour = 12
    elif name == "midnight":
        e.hour = 0


def weekday(m: M, ctx: Ctx) -> Expr | None:
    wd_text = key(m.group("wd"))
    nxt = ctx.next_word(m.end("wd"))
    prev = ctx.prev_word(m.start())
    if wd_text == norm("الأحد") and (nxt in (norm("عشر"), norm("عشرة")) or prev == norm("الواحد")):
        return None
    if wd_text == norm("الاثنين") and has_word(prev, words("TWO_WORDS")) and not m.group("yawm"):
        tail = ctx.text[m.end() : m.end() + 20]
        if not re.match(r"\s*(?:و|الي\s+|حتي\s+)\S*(?:ال(?:احد|ثلاثاء|اربعاء|خميس|جمعة|سبت))", tail):
            return None
    if wd_text == norm("الجمعة") and has_word(prev, words("PREACHER")) and not m.group("yawm"):
        return None
    family = wd_text in SURNAME_DAYS and _given_name(prev)
    if not (m.group("yawm") or m.group("part")) and (has_word(prev, words("HABITUAL")) or family):
        return None  # "أيام الأحد", "عطلة الجمعة": any Sunday; "محمد الخميس": a family name
    e = Expr(m.start(), m.end(), "weekday", weekday=lexicon().weekdays[wd_text])
    direction = direction_of(m.group("mod"))
    ba = key(m.group("ba")) if m.group("ba") else None
    if direction:
        e.direction = direction
        if ba:
            if (ba == "قبل") != (direction < 0):
                return None  # "الأحد قبل المقبل" is not a phrase
            e.direction = 2 * direction  # "الأحد قبل الماضي": the Sunday before last
    elif ba:
        return None
    elif m.group("mod"):
        e.end = m.end("wd")  # "الجاري" after a weekday adds nothing
    _daypart(e, m.group("part"))
    return e


def _given_name(word: str) -> bool:
    """Is ``word`` a given name? Gulf family names include الخميس, الجمعة, السبت (محمد الخميس)."""
    from rasd.data import lexicon_words

    return bool(word) and word in _names(lexicon_words("ner_given_names.txt"))


@cache
def _names(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(words)


def unitrel(m: M, ctx: Ctx, *, bare: bool = False) -> Expr | None:
    unit = {"اسبوع": "week", "شهر": "month", "عام": "year", "سنة": "year", "عقد": "decade", "قرن": "century"}[
        re.sub(r"^(?:ال|ل)", "", m.group("u"))
    ]
    mod = m.group("mod")
    direction = direction_of(mod)
    if m.group("this"):
        if direction not in (None, 0):
            return None
        direction = 0
    elif direction is None:
        if not bare:
            return None
        direction = 0
    if m.group("ba"):
        if direction == 0 or (direction < 0) != (m.group("ba") == "قبل"):
            return None
        direction *= 2
    if unit == "year" and mod and key(mod) in words("DEFINITE_ADJ_MODS") and not m.group("this"):
        prev = ctx.prev_word(m.start())
        if prev and any(w.startswith("ال") for _, w in bare_variants(prev)):
            return None  # "المدير العام السابق": a former director general
    if unit == "decade" and mod and (direction == 0 or key(mod) in words("DEFINITE_ADJ_MODS")):
        return None  # "العقد الحالي / السابق" is usually a contract, not a decade
    return Expr(m.start(), m.end(), "relunit", unit=unit, shift=direction)


def part(m: M, ctx: Ctx) -> Expr | None:
    mod = lexicon().parts[key(m.group("part"))]
    pos = m.end()
    best: Expr | None = None
    for name, fn in _PART_RESTS:
        if name in ("year",) and key(m.group("part")) in (norm("أول"), norm("آخر")):
            continue
        sub = _sub(name, fn, ctx, pos)
        if sub is not None and (best is None or sub.end > best.end):
            best = sub
    if best is None or best.kind == "range":
        return None
    best.start = m.start()
    best.mod = mod
    return best


def _sub(name: str, fn: Handler, ctx: Ctx, pos: int) -> Expr | None:
    from rasd.dates.grammar import rules

    patterns, _ = rules()
    sm = patterns[name].match(ctx.text, pos)
    return fn(sm, ctx) if sm else None


def ago(m: M, ctx: Ctx) -> Expr | None:
    lx = lexicon()
    unit, count = lx.units[key(m.group("unit"))]
    n_text = m.group("n")
    if n_text:
        n = int(n_text) if n_text.isdigit() else lx.cardinals[key(n_text)]
        if count == 2 or n <= 0:
            return None
    elif count == 0 or m.group("al"):
        return None  # "منذ أيام" is vague; "خلال الشهر" is not a count
    else:
        n = count
        if count == 1 and not m.group("one"):
            nxt = ctx.next_word(m.end("unit"))
            if nxt[:1].isdigit() or nxt.startswith("ال") or nxt in lx.reldays or nxt in lx.weekdays:
                return None  # "منذ عام 2011", "منذ يوم الجمعة", "قبل يوم أمس"
    op = key(m.group("op"))
    end = m.end()
    direction = direction_of(m.group("mod"))
    if op in (norm("قبل"), norm("بعد")) and _FROM_EVENT.match(ctx.text, end):
        return None  # "بعد 3 أيام من الاجتماع": counted from an event, not from publication
    flags = ["approximate"] if m.group("approx") else []
    if op == norm("خلال"):
        mod = m.group("mod")
        if mod and key(mod) in (norm("الأخيرة"), norm("الأخير")):
            direction = -1
        elif direction is None and mod:
            end = m.start("mod") - 1
        if direction is None:
            # "خلال 12 شهراً" is a period before or after publication depending on the verb's tense;
            # only an explicit future marker just before it decides.
            window = ctx.text[max(0, m.start() - 60) : m.start()]
            direction = 1 if future_before(window) else None
        if direction is None:
            flags.append("direction_unknown")
        sign = -1 if direction == -1 else 1
        return Expr(m.start(), end, "within", unit=unit, shift=sign * n, flags=flags)
    if m.group("mod") and not m.group("now"):
        end = m.end("unit") if not m.group("one") else m.end("one")
    sign = 1 if op == norm("بعد") else -1
    return Expr(m.start(), end, "ago", unit=unit, shift=sign * n, flags=flags)


def _minutes(m: M) -> int | None:
    lx = lexicon()
    if m.group("mw"):
        return lx.clock_wa[key(m.group("mw"))]
    if m.group("iw"):
        return -lx.clock_illa[key(m.group("iw"))]
    for g, sign in (("mn", 1), ("inn", -1)):
        t = m.group(g)
        if t:
            v = int(t) if t.isdigit() else lx.cardinals.get(key(t))
            if v is None or not 0 < v < 60:
                return None
            return sign * v
    return None


def clock(m: M, ctx: Ctx) -> Expr | None:
    h_text = m.group("h")
    minute: int | None = None
    if h_text[:1].isdigit():
        if ":" in h_text or "." in h_text:
            hh, mm = re.split(r"[:.]", h_text)
            hour, minute = int(hh), int(mm)
        else:
            hour = int(h_text)
    else:
        hour = lexicon().hours[key(h_text)]
    if "mw" in m.re.groupindex:
        extra = _minutes(m)
        if extra is not None:
            if minute is not None:
                return None
            if extra < 0:
                hour, minute = (hour - 1) % 24, 60 + extra
            else:
                minute = extra
    if not (0 <= hour <= 24 and (minute is None or 0 <= minute <= 59)):
        return None
    per = m.group("per") if "per" in m.re.groupindex else None
    e = Expr(m.start(), m.end(), "time", hour=hour % 24, minute=minute)
    if per:
        e.period = lexicon().periods[key(per)]
    return e


def hhmm(m: M, ctx: Ctx) -> Expr | None:
    if m.start() > 0 and ctx.text[m.start() - 1] in ":/.":
        return None
    return clock(m, ctx)


_ORDS = {"اول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "اخر": -1, "الاول": 1, "الثاني": 2, "الثالث": 3,
         "الرابع": 4, "الاخير": -1}


def nthwd(m: M, ctx: Ctx) -> Expr | None:
    lx = lexicon()
    if m.group("wdb"):
        wd, nth = lx.weekdays_bare[key(m.group("wdb"))], _ORDS[m.group("ord")]
    else:
        wd, nth = lx.weekdays[key(m.group("wd"))], _ORDS[m.group("ord2")]
    base: Expr | None = None
    for name, fn in (("month", _month_ctx), ("hmonth", _hmonth_ctx), ("unitrel", _unitrel_bare)):
        sub = _sub(name, fn, ctx, m.end())
        if sub is not None and ((sub.kind == "abs" and sub.day is None and sub.month is not None)
                                or (sub.kind == "relunit" and sub.unit == "month")):
            base = sub
            break
    if base is None:
        return None
    return Expr(m.start(), base.end, "nthwd", weekday=wd, nth=nth, base=base, calendar=base.calendar)


def _month_ctx(m: M, ctx: Ctx) -> Expr | None:
    return month(m, ctx, context=True)


def _hmonth_ctx(m: M, ctx: Ctx) -> Expr | None:
    return hmonth(m, ctx, context=True)


def _unitrel_bare(m: M, ctx: Ctx) -> Expr | None:
    return unitrel(m, ctx, bare=True)


def _unitrel_part(m: M, ctx: Ctx) -> Expr | None:
    e = unitrel(m, ctx, bare=True)
    if e is None or m.group("mod") or m.group("this"):
        return e
    if e.unit in ("decade", "century") or ctx.next_word(m.end()).startswith("ال"):
        return None  # "أواخر القرن السابع", "منتصف العام الدراسي": another period, named by what follows
    return e


def _year_ctx(m: M, ctx: Ctx) -> Expr | None:
    return year(m, ctx, context=True)


_PART_RESTS: tuple[tuple[str, Handler], ...] = (
    ("month", _month_ctx),
    ("hmonth", _hmonth_ctx),
    ("unitrel", _unitrel_part),
    ("year", _year_ctx),
    ("century", century),
)

HANDLERS: dict[str, Handler] = {
    "dmy": dmy,
    "dom": dom,
    "month": month,
    "hdmy": hdmy,
    "hmonth": hmonth,
    "hyear": hyear,
    "numeric": numeric,
    "year": year,
    "yrange": yrange,
    "relday": relday,
    "weekday": weekday,
    "unitrel": unitrel,
    "part": part,
    "ago": ago,
    "clock": clock,
    "hourword": clock,
    "hhmm": hhmm,
    "decade": decade,
    "century": century,
    "nthwd": nthwd,
    "holiday": holiday,
}

__all__ = ["HANDLERS", "match_rule"]
