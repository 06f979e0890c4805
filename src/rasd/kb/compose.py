"""Mentions the text composes rather than names: institutions with a country (الحكومة السورية), offices
held on the article's date (وزير الخارجية السوري), regions by direction (شمال شرق سوريا), places after a
dual class noun (مخيمي الهول وروج), acronyms defined in the text, and titles that give people their office.

A mixin of :class:`rasd.kb.link.Linker`; it uses the linker's words, knowledge base and context.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from rasd.kb.actors import slug
from rasd.kb.match import Match, find_in_table, singular_forms, stem_start
from rasd.kb.mention import _CLASS_NOUNS, _DIRECTIONS, Mention, _forms
from rasd.kb.store import PATRONYMIC, Entry, key

if TYPE_CHECKING:
    from rasd.kb.match import Tok
    from rasd.kb.store import KB


# a country's name opening with these stands for it by its first word (المملكة العربية السعودية ... المملكة)
_STATE_HEADS = frozenset({"المملكة", "الجمهورية"})
# names never shortened to their head: المملكة alone is not the United Kingdom
_IN_FULL = frozenset({"المملكة المتحدة"})


class Composer:
    """Composition rules; see the module docstring."""

    words: list[Tok]
    kb: KB
    inst_table: dict[str, Any]
    context_country: str | None
    doc: Any
    day: Any

    def _dual_places(self) -> list[Mention]:
        """مخيمي الهول وروج: a dual class noun before two names is two places (مخيم الهول، مخيم روج)."""
        out = []
        for i, w in enumerate(self.words[:-1]):
            cls = _CLASS_NOUNS.get(w.norm)
            if cls is None:
                continue
            j = i + 1
            while j < len(self.words) and j <= i + 4:
                forms = [f for f, _ in _forms(self.words[j])]
                hit = next((self.kb.lookup(f"{cls} {f}") for f in forms if self.kb.lookup(f"{cls} {f}")), None)
                if hit is None:
                    break
                word = self.words[j]
                start = stem_start(word, next(f for f in forms if self.kb.lookup(f"{cls} {f}")))
                out.append(Mention(start, word.end, j, j, "LOC", "kb", 0.85, hit[0]))
                j += 1
        return out

    def institution_mentions(self) -> list[Mention]:
        out = []
        i = 0
        while i < len(self.words):
            match = self._institution_at(i)
            if match is None:
                i += 1
                continue
            inst = self.inst_table[match.key]
            countries, end_word = self._countries_after(match.last + 1)
            if " " not in match.key and self._in_title(i):
                i = match.last + 1  # the الخارجية of وزير الخارجية is part of a title, not a mention
                continue
            if not countries and " " not in match.key:
                i += 1  # a bare one-word institution noun (القضاء، الخارجية) is too ambiguous without a country
                continue
            if countries:
                span_end = self.words[end_word].end
                for country in countries:
                    out.append(self._institution(match, inst, country, span_end, end_word, "text"))
                i = end_word + 1
            else:
                out.append(self._institution(match, inst, None, match.end, match.last, "context"))
                i = match.last + 1
        return out

    def _in_title(self, i: int) -> bool:
        """Is word ``i`` part of an office title (the الخارجية of وزير الخارجية)?"""
        for back in range(0, 4):
            j = i - back
            if j < 0:
                break
            m = find_in_table(self.words, self.kb.titles, j, max_len=6)
            if m is not None and m.first < i <= m.last:
                return True
        return False

    def _institution_at(self, i: int) -> Match | None:
        w = self.words[i]
        m = find_in_table(self.words, self.inst_table, i)
        if m is None:
            for single in singular_forms(w.norm)[1:]:  # الحكومتين -> الحكومة
                if single in self.inst_table:
                    return Match(i, i, w.start, w.end, single, "")
        return m

    def _countries_after(self, j: int) -> tuple[list[Entry], int]:
        """Countries named right after an institution noun: nisba adjectives or a country name. A name is the
        noun's genitive (رئيس إيران، حكومة العراق), which a noun with the article cannot take: in اتهم الرئيس
        إيران, Iran is the object."""
        found: list[Entry] = []
        end = j - 1
        definite = j > 0 and self.words[j - 1].norm.startswith(("ال", "وال", "فال", "بال", "لل"))
        while j < len(self.words) and len(found) < 4:
            w = self.words[j]
            if j > end + 1 or "\n" in w.punct_before or (w.punct_before.strip(" ") and found):
                break
            country = None
            for form, _ in _forms(w):
                country = self.kb.country_of_nisba(form)
                if country is None and not found and not definite:
                    hits = [e for e in self.kb.lookup(form) if e.subtype in ("country", "territory")]
                    country = hits[0] if hits else None
                if country is not None:
                    break
            if country is None:
                break
            found.append(country)
            end = j
            j += 1
        return found, end

    def _institution(self, match: Match, inst: Any, country: Entry | None, end: int, last: int, how: str) -> Mention:
        m = Mention(match.start, end, match.first, last, "ORG", "institution", 0.9)
        m.attrs["_institution"] = inst
        m.attrs["_country_entry"] = country
        m.attrs["_country_from"] = how
        return m

    def _institution_of_person(self, mentions: list[Mention]) -> None:
        """رئيس جهاز الاستخبارات العامة، حسين السلامة: the institution in a person's title is of his country."""
        for i, m in enumerate(mentions):
            if m.source != "institution" or m.attrs.get("_country_entry") is not None:
                continue
            person = next((p for p in mentions[i + 1 :] if p.label == "PER"), None)
            if person is None or person.first - m.last > 3:
                continue
            country = person.attrs.get("_title_country") or (person.entry.country if person.entry else None)
            if country and self.kb.country(country) is not None:
                m.attrs["_country_entry"] = self.kb.country(country)
                m.attrs["_country_from"] = "title"

    def _titles(self, mentions: list[Mention]) -> None:
        """A title right before a person gives the office; a title alone names the office holder. A title
        without a country takes that of the official named just before (وزير الخارجية السوري، X، ورئيس
        جهاز الاستخبارات العامة، Y: one delegation), else the article's country."""
        previous: Mention | None = None
        for m in mentions:
            if m.label != "PER":
                continue
            title = self._title_before(m.first)
            if title is None:
                previous = m
                continue
            t, country = title
            if country is None and m.entry is not None:
                country = m.entry.country
            if country is None and previous is not None and m.first - previous.last <= 10:
                country = (previous.entry.country if previous.entry else None) or previous.attrs.get("_title_country")
            country = country or self.context_country
            previous = m
            m.attrs["role"] = t.role
            m.attrs["_title_country"] = country
            m.attrs["_title_sector"] = t.sector
            if m.entry is None and country:
                holders = self.kb.office_holders(t.role, country, self.day)
                names = [w.norm for w in self.words[m.first : m.last + 1]]
                for holder in holders:
                    if _names_holder(names, holder):
                        m.entry, m.attrs["via"] = holder, "title"
                        break
            if key(t.arabic) in _HONORIFICS and not (m.entry and any(o.role == t.role for o in m.entry.offices)):
                del m.attrs["role"]  # الأمير سطام، الشيخ السديس: a prince or a sheikh, not the head of state

    def _title_before(self, first: int) -> tuple[Any, str | None] | None:
        for back in range(1, 7):
            i = first - back
            if i < 0:
                return None
            m = find_in_table(self.words, self.kb.titles, i, max_len=6)
            if m is None:
                continue
            countries, end = self._countries_after(m.last + 1)
            if end + 1 != first and m.last + 1 != first:
                continue
            country = countries[0].country if countries else None
            return self.kb.titles[m.key], country
        return None

    def acronyms(self, mentions: list[Mention]) -> list[Mention]:
        """قوات سوريا الديمقراطية “قسد” / (قسد): the quoted short form names the entity before it."""
        defined: dict[str, Mention] = {}
        text = self.doc.text
        for m in mentions:
            nxt = m.last + 1
            if m.label not in ("ORG", "MISC") or nxt >= len(self.words):
                continue
            w = self.words[nxt]
            between = text[m.end : w.start]
            closer = text[w.end : w.end + 1]
            opened = between.strip()
            if opened in ("“", "«", '"', "(", "”") and closer in ("”", "»", '"', ")", "“") and len(w.norm) <= 8:
                defined.setdefault(w.norm, m)
        out = []
        taken = {(x.start, x.end) for x in mentions}
        for w in self.words:
            forms = [f for f, _ in _forms(w)]
            hit = next((f for f in forms if f in defined), None)
            if hit is None:
                continue
            start = stem_start(w, hit)
            if any(s <= start < e for s, e in taken):
                continue
            owner = defined[hit]
            if owner.start >= w.start:
                continue
            m = Mention(start, w.end, w.index, w.index, owner.label, "acronym", 0.85, owner.entry)
            m.attrs["via"] = "acronym"
            m.attrs["_coref"] = owner
            out.append(m)
        return out

    def head_references(self, mentions: list[Mention]) -> list[Mention]:
        """التحالف alone after التحالف الدولي, المملكة alone after المملكة العربية السعودية: the first word of an
        organization's or a kingdom's or republic's name, standing alone later in the article (not opening
        another name), refers back to it. المملكة alone is also the one kingdom the article names in any form
        (السعودية), wherever it stands, when it names just one."""
        heads: dict[str, tuple[str, Entry]] = {}
        states = {m.entry.id: m.entry for m in mentions if m.entry is not None and m.entry.subtype == "country"}
        # a kingdom the article names only through its capital, its institutions or its people (العاصمة الأردنية،
        # خارجية الأردن، وزير الخارجية الأردني); not a republic: رئيس الجمهورية is said of whichever republic the
        # article is about, however it is named
        codes = sorted({m.entry.country for m in mentions if m.entry is not None and m.entry.country})
        implied = [c for c in map(self.kb.country, codes) if c is not None]
        for head in _STATE_HEADS:
            named = _headed(states.values(), head, set())
            if not named and head == "المملكة":
                named = _headed(implied, head, _IN_FULL)
            if len(named) == 1:
                heads[head] = ("LOC", named[0])
        taken = [(m.start, m.end) for m in mentions]
        out = []
        for w in self.words:
            if any(s <= w.start < e for s, e in taken):
                for m in mentions:
                    if m.start != w.start or m.entry is None or m.last == m.first:
                        continue
                    head = next((f for f, _ in _forms(w) if f.startswith("ال")), w.norm)  # للمملكة: المملكة
                    if m.label == "ORG" or (m.entry.subtype == "country" and head in _STATE_HEADS):
                        heads.setdefault(head, (m.label, m.entry))
                continue
            for form, _ in _forms(w):
                owner = heads.get(form)
                if owner is None or len(form) < 5 or not form.startswith("ال"):
                    continue
                nxt = self.words[w.index + 1] if w.index + 1 < len(self.words) else None
                if nxt is not None and not nxt.punct_before.strip() and nxt.norm.startswith("ال"):
                    break  # التحالف الوطني: another name
                start = stem_start(w, form)
                m = Mention(start, w.end, w.index, w.index, owner[0], "coref", 0.7, owner[1])
                m.attrs["via"] = "head"
                out.append(m)
                break
        return out

    def _offices(self, pools: list[Mention]) -> list[Mention]:
        """وزير الخارجية السوري with no name after it, or a title only one country's office holder bears
        (خادم الحرمين الشريفين, not before another title or a name): whoever held that office on the article's date."""
        out = []
        person_starts = {m.first for m in pools if m.label == "PER"}
        i = 0
        while i < len(self.words):
            m = find_in_table(self.words, self.kb.titles, i, max_len=6)
            if m is None:
                i += 1
                continue
            countries, end = self._countries_after(m.last + 1)
            nxt = (end if countries else m.last) + 1
            title = self.kb.titles[m.key]
            # a country named after the title, or the one country whose office holder alone bears it
            country = countries[0].country if countries else title.country
            if (
                country
                and nxt not in person_starts
                and not (nxt < len(self.words) and self._comma_then_person(nxt, person_starts))
                and not (
                    not countries
                    and nxt < len(self.words)
                    and find_in_table(self.words, self.kb.titles, nxt, max_len=6) is not None
                )
            ):
                # only the offices the KB tracks one holder of (not "other": ambassadors, imams, ...)
                holders = self.kb.office_holders(title.role, country, self.day) if title.role != "other" else []
                if len(holders) == 1:
                    mention = Mention(m.start, self.words[end].end, i, end, "PER", "office", 0.8, holders[0])
                    mention.attrs.update(via="office", role=title.role)
                    out.append(mention)
            i = max(nxt, i + 1)
        return out

    def _comma_then_person(self, j: int, person_starts: set[int]) -> bool:
        return j in person_starts and self.words[j].punct_before.strip() in ("،", ",")

    def _directions(self, pools: list[Mention]) -> list[Mention]:
        """شمال شرق سوريا: a compass direction before a known place is a region of it."""
        out = []
        places = {m.first: m for m in pools if m.entry is not None and m.entry.type in ("GPE", "LOC")}
        for i, w in enumerate(self.words):
            for length in (2, 1):
                if i + length >= len(self.words):
                    continue
                phrase = " ".join(x.norm for x in self.words[i : i + length])
                direction = _DIRECTIONS.get(phrase)
                place = places.get(i + length)
                if (
                    direction
                    and place is not None
                    and place.entry is not None
                    and place.entry.subtype in ("country", "territory", "province", "region")
                ):
                    if self.kb.lookup(f"{phrase} {self._key(place)}"):
                        break  # the KB knows this region by name: its own match covers it
                    name_en = f"{direction} {place.entry.name_en}"
                    region = Entry(
                        id=f"rasd:loc/{slug(name_en)}",
                        type="LOC",
                        name_en=name_en,
                        names_ar=(),
                        country=place.entry.country,
                        part_of=place.entry.id,
                        subtype="region",
                    )
                    out.append(Mention(w.start, place.end, i, place.last, "LOC", "kb", 0.8, region))
                    break
        return out


# titles that are also honorifics of many who hold no office: the office only when its holder is named
_HONORIFICS = frozenset({"الامير", "امير", "الشيخ"})
_PARTICLES = PATRONYMIC | {"ال", "آل", "اب"}
_HONORIFIC_WORDS = frozenset({"سيد", "السيد", "الشيخ", "شيخ", "الدكتور", "د", "المهندس", "الحاج", "السيدة"})


def _names_holder(names: list[str], holder: Entry) -> bool:
    """Do the words of a name after a title name this office holder? One name word may be his given or family
    name (الملك سلمان، الرئيس الأسد); a longer name must begin with his given name (past an honorific: السيد
    عباس عراقجي). Neither may be his father's or his house's name: الأمير سطام بن عبدالعزيز and الأمير سعود
    are other princes than King Salman bin Abdulaziz Al Saud."""
    own: set[str] = set()
    kin: set[str] = set()  # his father's or his house's name (بن عبدالعزيز، آل سعود): other men's too
    for n in holder.names_ar:
        words = _compounds(key(n).split())
        own.update(words)
        kin.update(b for a, b in itertools.pairwise(words) if a in _PARTICLES)
    names = _compounds([w for w in names if w not in _HONORIFIC_WORDS] or names)
    if len(names) > 1:
        return names[0] in own - kin
    return bool((set(names) - _PARTICLES) & (own - kin))


def _compounds(words: list[str]) -> list[str]:
    """عبد الله -> عبدالله: a name written in two words is one word of the name."""
    out: list[str] = []
    for w in words:
        if out and out[-1] in ("عبد", "ابو"):
            out[-1] += w
        else:
            out.append(w)
    return out


def _headed(states: Any, head: str, unless: set[str] | frozenset[str]) -> list[Entry]:
    """The states whose Arabic name opens with ``head`` (المملكة الأردنية الهاشمية), that name not in ``unless``."""
    return [e for e in states if any(key(n).startswith(head + " ") and key(n) not in unless for n in e.names_ar)]
