"""Where and when an event happened: the place the sentence names after في / إلى / ب, and the date; and
whether an arrival is a visit (someone, not something, arrives at a named place not their own country).

A mixin of :class:`rasd.events.code.Coder`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from rasd.document import Document, Span
from rasd.events.args import APPROXIMATE, Actor, Sentence, counted
from rasd.events.clauses import nested
from rasd.events.detect import TIME_WORDS
from rasd.events.words import ARMED, pronoun_object

if TYPE_CHECKING:
    from rasd.events.code import Event
    from rasd.events.lexicon import Trigger
    from rasd.kb.match import Tok

_ADVERBS = frozenset({"غدا", "قريبا", "لاحقا", "مجددا", "ايضا"})  # between a verb and its subject
_THIS = frozenset({"هذا", "هذه"})  # هذا اليوم: before a time word


def a_country(e: Span) -> bool:
    """Is the entity a country (مقاطعة إسرائيل: a boycott of it, where مقاطعة هلمند is a province)?"""
    from rasd.kb.store import load

    entry = load().get(e.get("id"))
    return entry is not None and entry.subtype == "country"


class SettingRules:
    """See the module docstring."""

    doc: Document
    words: list[Tok]
    published: date | None
    _reporter_or_place: Callable[[Actor], bool]  # the Coder's
    _past_time: Callable[[int, Sentence], int]  # RoleFinder's
    trigger_entries: dict[int, list[Trigger]]

    def location(self, ev: Event, sent: Sentence, used: set[str]) -> Span | None:
        """Where: a place after في / إلى / ب in the sentence (the city visited, the region of an agreement);
        for a hosted meeting with no place named, the host."""
        best = None
        for e in sent.entities:
            if e.get("type") not in ("GPE", "LOC", "FAC") or e.get("stands_for") or nested(e, sent):
                continue
            f, _ = sent.entity_words(e)
            prep = sent.governing_prep(e)
            if prep is None:  # إلى العاصمة السعودية الرياض: the preposition governs the whole phrase
                k = f - 1
                while k >= sent.first and self.words[k].norm in (
                    "العاصمة",
                    "عاصمة",
                    "مدينة",
                    "بلدة",
                    "محافظة",
                    "منطقة",
                    "السعودية",
                ):
                    k -= 1
                if k < f - 1 and k >= sent.first:
                    prep, _ = sent.prep_of(k)
            if (
                prep in ("في", "ب", "الي")
                and (str(e.get("id")) not in used or e.get("subtype") != "country")
                and (best is None or e.get("type") != "GPE" or self._is_city(e))
            ):
                best = e
                if self._is_city(e) or e.get("type") == "LOC":
                    break
        if best is None and ev.type == "CONSULT" and ev.mode == "multilateral":
            host = [a.entity for a in ev.source if a.entity is not None and a.entity.get("type") == "GPE"]
            return host[0] if host else None
        return best

    def _is_city(self, e: Span) -> bool:
        from rasd.kb.store import load as load_kb

        entry = load_kb().get(e.get("id"))
        return entry is not None and entry.subtype not in ("country", "territory")

    def event_date(self, sent_span: Span) -> dict[str, Any] | None:
        for d in self.doc.layer("dates"):
            if sent_span.start <= d.start and d.end <= sent_span.end and d.get("grain") in ("day", "minute", "hour"):
                return {
                    "value": d.get("value"),
                    "start": d.start,
                    "end": d.end,
                    "text": self.doc.text[d.start : d.end],
                    "label": "DATE",
                    "from": "text",
                    "relative": d.get("relative"),
                }
        if self.published is not None:
            return {"value": self.published.isoformat(), "from": "published"}
        return None

    def _arrived(self, ev: Event) -> bool:
        """وصل الوزير إلى بغداد is a visit; ما يصل إلى 500 شخص, a suitcase's arrival and gold reaching a price are
        not: someone who is not a place arrives, and where they arrive is named (a place or an actor). Fighters
        reaching a city (وصل المتمردون إلى عدن) advance; they do not visit."""
        return (
            any(not self._reporter_or_place(a) for a in ev.source)
            and any(a.entity is not None for a in ev.target)
            and not all(_armed(a) for a in ev.source)
            and not self._vehicle_arrived(ev.trigger_word)
            and not self._reached_a_number(ev)
        )

    def _reached_a_number(self, ev: Event) -> bool:
        """وصل عدد الركاب إلى 43.928.658 راكبا، تصل قيمتها إلى نحو مليون دولار: a count or an amount reaches a
        number (right after the verb and إلى, or right before where it "arrived"); no one arrives anywhere."""
        k = ev.trigger_word + 1
        if k < len(self.words) and self.words[k].norm in ("الي", "حتي"):
            k += 1
        while k < len(self.words) and self.words[k].norm in APPROXIMATE:
            k += 1  # وصل إلى نحو 500
        if k < len(self.words) and counted(self.words[k].norm):
            return True
        return any(a.first > 0 and counted(self.words[a.first - 1].norm) for a in ev.target)

    def _vehicle_arrived(self, t: int) -> bool:
        """A plane, a ship or a cargo right after the verb, past the time, an ordinal and an aside in brackets or
        dashes, is what arrived (وصلت اليوم (الخميس) ثاني طائرة إلى مطار عدن، وصلت -بحفظ الله ورعايته- هذا اليوم
        أول طائرة): no one visits, whoever sent it."""
        aside = False
        for k in range(t + 1, min(len(self.words), t + 10)):
            w = self.words[k].norm.removeprefix("و")
            if w in _VEHICLES or w in _CARGO:
                return True
            mark = self.words[k].punct_before
            if any(c in mark for c in "-–"):
                aside = not aside  # a dash opens or closes an aside
            elif "(" in mark or ")" in mark:
                aside = "(" in mark
            skippable = w in TIME_WORDS or w in _ADVERBS or w in _ORDINALS or w in _THIS or k in self.date_words
            if not (skippable or aside or "(" in mark):
                return False
        return False

    def _home_visit(self, ev: Event) -> bool:
        """Every visitor's country is the visited country (a country or a place in it, named)."""

        def country(a: Actor) -> str | None:
            return (a.entity.get("country") if a.entity is not None else None) or a.country

        places = [country(a) for a in ev.target if a.entity is not None and a.entity.label == "LOC"]
        visitors = [country(a) for a in ev.source]
        return bool(places) and bool(visitors) and None not in visitors and set(visitors) <= set(places)

    def _after_destination(self, t: int, j: int, sent: Sentence) -> int | None:
        """The word after an arrival's destination written before its subject (يصل قريبا إلى إيطاليا منصور البلوي،
        ويصل إلى الرياض غدا الرئيس الفرنسي), past the time words; None for any other verb or order."""
        if not any("arrival" in e.flags for e in self.trigger_entries.get(t, ())):
            return None
        j += j < sent.last and self.words[j].norm in _ADVERBS
        if j >= sent.last or self.words[j].norm != "الي":
            return None
        place = sent.actor_at(j + 1)
        k = self._past_time((place.last if place is not None and place.first == j + 1 else j + 1) + 1, sent)
        k += k < sent.last and self.words[k].norm in _ADVERBS
        return k if k <= sent.last and not self.words[k].punct_before.strip() else None


def _armed(a: Actor) -> bool:
    """A fighting force: a generic armed noun (المتمردون، المسلحون، القوات) or a linked armed group or army; not
    a person, whose visit stays one (a chief of staff arriving)."""
    if a.entity is not None and a.entity.label == "PER":
        return False
    sector = a.sector if a.entity is None else (a.entity.get("sector") or a.sector)
    return sector in ARMED


# machines and vehicles: an attack's author or target (طائرات التحالف، حافلة للركاب), never who meets, helps or
# agrees (وصول الطائرة، في استقبال الطائرة)
_VEHICLES = frozenset(
    {"طائرة", "الطائرة", "طائرات", "الطائرات", "مروحيات", "المروحيات", "مروحية", "المروحية", "دبابات", "الدبابات",
     "سفينة", "السفينة", "سفن", "حافلة", "الحافلة", "حافلات", "قافلة", "القافلة", "شاحنة", "الشاحنة", "قطار", "القطار"}
)
_CARGO = frozenset({"شحنة", "الشحنة", "شحنات", "الشحنات", "المساعدات", "مساعدات", "الامدادات", "امدادات"})
_ORDINALS = frozenset({"اول", "ثاني", "ثالث", "رابع", "خامس", "اخر"})
_FORCEFUL = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "SANCTION"})


def drop_unfit(ev: Event, words: list[Tok]) -> None:
    """Actors that cannot play their part: a vehicle in a meeting, aid or agreement (استقبال الطائرة), a news
    medium or a geographic feature in a consultation, and a place as whom an arrest took."""
    ev.source = [a for a in ev.source if not _preposition(a, words)]  # قال فيه: "in it", no one
    ev.target = [a for a in ev.target if not _preposition(a, words)]
    if ev.type not in _FORCEFUL:
        if ev.type == "CONSULT" and ev.target and all(_vehicle(a, words) or _press(a) for a in ev.target):
            ev.source = []  # في استقبال الطائرة: a plane received; في اتصال هاتفي مع وكالة رويترز: an interview
        ev.source = [a for a in ev.source if not _vehicle(a, words)]
        ev.target = [a for a in ev.target if not _vehicle(a, words)]
    if ev.type == "CONSULT":  # في اتصال هاتفي مع وكالة رويترز: an interview; استقبلتها ميناء ضبا: a port
        ev.source = [a for a in ev.source if not _press(a) and not _feature(a)]
        ev.target = [a for a in ev.target if not _press(a)]  # a town visited stays (وصل الوزير إلى الحبانية)
        if ev.mode != "visit":  # قمة بروسيا، مؤتمر ... بولاية كاليفورنيا: where it met, not whom it met
            ev.target = [a for a in ev.target if not _met_in(a, words)]
    if ev.type == "PROTEST":  # ساحة لابورتا ديل سول: a square or a region hosts a protest, it is not addressed
        ev.target = [a for a in ev.target if not _venue(a, words) and not _crowd(a, words)]
    if (ev.type, ev.mode) in (("COERCE", "arrest"), ("ASSAULT", "abduct")):
        # people are arrested or kidnapped, not a place or the state it stands for
        ev.target = [a for a in ev.target if a.entity is None or a.entity.label != "LOC"]


def _met_in(a: Actor, words: list[Tok]) -> bool:
    """A place after ب, written onto it (بروسيا، بالمملكة المتحدة) or onto the class noun before it (بولاية
    كاليفورنيا، بمدينة جدة): the meeting's place."""
    e = a.entity
    if e is None or e.label != "LOC":
        return False
    w = words[a.first]
    glued = "ب" in w.surface[: a.start - w.start]  # وبريطانيا: the ب is the name's own
    before = words[a.first - 1].norm.removeprefix("و") if a.first > 0 else ""
    return glued or (before[:1] == "ب" and before[1:] in _CLASS_NOUNS)


def _preposition(a: Actor, words: list[Tok]) -> bool:
    """A bare preposition or adverb with its pronoun (قال فيه، خلالها): it points at something, it is no actor."""
    return a.entity is None and a.first == a.last and pronoun_object(words[a.first].norm, adverbs=True)


def _press(a: Actor) -> bool:
    """A news medium (sector MED): one speaks to it, one does not consult it."""
    return a.entity is not None and a.entity.get("sector") == "MED"


def _feature(a: Actor) -> bool:
    """A place that is not a state or a city that stands for one (a port, a region: type LOC): it hosts no one."""
    e = a.entity
    return e is not None and e.get("type") == "LOC" and not e.get("stands_for")


# nouns naming a place's class before its name (ولاية كاليفورنيا، مدينة جدة)
_CLASS_NOUNS = frozenset({"ولاية", "مدينة", "محافظة", "منطقة", "العاصمة", "عاصمة", "جزيرة", "مقاطعة", "اقليم"})
# what a place name follows when it names a square, a street or a quarter (ساحة لابورتا ديل سول)
_VENUES = frozenset({"ساحة", "ميدان", "شارع", "حي", "منطقة", "مخيم", "قرية", "بلدة", "جادة", "دوار"})


def _venue(a: Actor, words: list[Tok]) -> bool:
    """A place a protest is held in: a place the knowledge base lists as a feature (a camp, a region), or a name
    written after a word for a square or a street; an unlisted name alone may be a country (بريطانيا)."""
    e = a.entity
    if e is None or e.label != "LOC" or e.get("stands_for"):
        return False
    listed = e.get("type") == "LOC" and not str(e.get("id") or "").startswith("rasd:nil/")
    named = a.first > 0 and words[a.first - 1].norm.removeprefix("و").removeprefix("ب").removeprefix("ال") in _VENUES
    return listed or named


def _crowd(a: Actor, words: list[Tok]) -> bool:
    """The protesters themselves (في كلمة أمام المتظاهرين): never whom their protest addresses."""
    head = words[a.last].norm.removeprefix("و").removeprefix("ال")
    return a.entity is None and head.startswith(("متظاهر", "محتج", "معتصم"))


def _vehicle(a: Actor, words: list[Tok]) -> bool:
    return a.entity is None and words[a.first].norm.removeprefix("و") in _VEHICLES


def one_signing(events: list[Event]) -> list[Event]:
    """وقع على مذكرة التفاهم X مع Y: the signing verb and the agreement it signs (within five words after it) are one
    event. The agreement's event stays, with the sides and the negation or intent either reading found."""
    out = list(events)
    for verb in [e for e in events if e.type == "AGREE" and "signs" in e.trigger.flags]:
        signed = [
            e for e in out
            if e is not verb and e.type == "AGREE" and verb.trigger_word < e.trigger_word <= verb.trigger_word + 5
        ]
        if not signed:
            continue
        deal = signed[0]
        deal.source = deal.source or verb.source
        sources = {a.key for a in deal.source}
        deal.target = deal.target or [a for a in verb.target if a.key not in sources]
        deal.aux.update({k: v for k, v in verb.aux.items() if v})
        out.remove(verb)
    return out
