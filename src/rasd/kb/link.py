"""The linking stage: every entity mention gets an id, an English name, a type and an actor code.

It refines the ``entities`` layer the NER stage made. Mentions come from three places, in this order of
trust: institutions composed in the text (الحكومة السورية -> Government of Syria, SYR/GOV), names the
knowledge base knows (found over clitic readings of the tokens, so لسوريا and والعراق are found), and the
NER model's spans. Overlaps keep the longest mention; an entity named inside another name is kept when it is
a real reference (the داعش of التحالف الدولي لمكافحة تنظيم “داعش”). Then, within the article: titles give
people their office and country (وزير الخارجية والمغتربين، أسعد حسن الشيباني); a surname or a shorter form
refers back to the full name met earlier; an acronym defined in the text (قوات سوريا الديمقراطية “قسد”) links
when used alone later; a capital that acts (التنسيق مع دمشق) stands for its government. What the knowledge
base does not know gets a stable per-name id.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rasd.document import Document, Span
from rasd.kb.actors import entity_code, institution_id, nil_id, office_on, romanize, slug
from rasd.kb.match import (
    Match,
    Tok,
    close_quote,
    find_in_table,
    find_names,
    singular_forms,
    stem_start,
    word_tokens,
)
from rasd.kb.store import KB, Entry, load
from rasd.text.clitics import analyze, candidates

NER_LABELS = ("PER", "ORG", "LOC", "MISC")
_TYPE_FOR_LABEL = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
_COMPATIBLE = {
    "PER": {"PER"},
    "ORG": {"ORG", "MISC"},
    "LOC": {"GPE", "LOC", "FAC"},
    "MISC": {"ORG", "MISC", "FAC", "LOC", "GPE"},
}
# Words before a nested name that make it a reference of its own (the coalition *against* Daesh).
_NESTED_CUES = frozenset("ضد لمكافحة مكافحة لهزيمة هزيمة لمحاربة محاربة لقتال قتال تنظيم على".split())
# A place after these is a location, not an actor; a capital elsewhere may stand for its government.
_LOCATIVE = frozenset(
    "في الي من عن قرب نحو داخل خارج حول شمال جنوب شرق غرب شمالي جنوبي شرقي غربي ريف العاصمة مدينة محافظة "
    "مطار وسط انحاء ضواحي بمدينة بالعاصمة عاصمة".split()
)
_CLASS_NOUNS = {
    "مخيمي": "مخيم",
    "مخيمات": "مخيم",
    "مدينتي": "مدينة",
    "محافظتي": "محافظة",
    "بلدتي": "بلدة",
    "قريتي": "قرية",
}
_DIRECTIONS = {
    "شمال شرق": "northeast",
    "شمال غرب": "northwest",
    "جنوب شرق": "southeast",
    "جنوب غرب": "southwest",
    "شمال شرقي": "northeast",
    "شمال غربي": "northwest",
    "جنوب شرقي": "southeast",
    "جنوب غربي": "southwest",
    "شمال": "north",
    "جنوب": "south",
    "شرق": "east",
    "غرب": "west",
    "شمالي": "north",
    "جنوبي": "south",
    "شرقي": "east",
    "غربي": "west",
    "وسط": "central",
}
_RANK = {"institution": 3, "kb": 2, "office": 2, "ner": 1, "acronym": 2}


@dataclass
class Mention:
    start: int
    end: int
    first: int
    last: int
    label: str
    source: str
    score: float = 1.0
    entry: Entry | None = None
    attrs: dict[str, Any] = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start


class Linker:
    """Links the mentions of one document; create one per document."""

    def __init__(self, doc: Document, kb: KB) -> None:
        self.doc = doc
        self.kb = kb
        self.words = word_tokens(doc)
        self.starts = [w.start for w in self.words]
        self.day = _published(doc)
        self.inst_table = {}
        for k, inst in kb.institutions.items():
            self.inst_table[k] = inst
            if k.startswith("ال"):
                self.inst_table[k[2:]] = inst  # حكومة سوريا: construct state without the article
        self.context_country: str | None = None

    # -- collecting -------------------------------------------------------------------------------------
    def word_range(self, start: int, end: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.starts, start) - 1
        if i < 0 or self.words[i].end <= start:
            i += 1
        j = bisect.bisect_left(self.starts, end) - 1
        if i >= len(self.words) or j < i:
            return None
        return i, j

    def ner_mentions(self) -> list[Mention]:
        out = []
        for span in self.doc.layer("entities"):
            rng = self.word_range(span.start, span.end)
            if rng is None or span.label not in NER_LABELS:
                continue
            first = self.words[rng[0]]
            start = span.start
            if start == first.start:  # drop a conjunction or preposition glued to the first word
                pre = analyze(first.surface).prefix
                nonarticle = pre[:-2] if pre.endswith("ال") else pre
                if nonarticle and not pre.endswith("لل") and not nonarticle.endswith("س"):
                    start = stem_start(first, first.norm[len(nonarticle) :])
            m = Mention(start, span.end, rng[0], rng[1], span.label, "ner", float(span.get("score", 1.0)))
            out.append(m)
        return out

    def kb_mentions(self) -> list[Mention]:
        out = []
        for match in find_names(self.words, self.kb):
            entries = self.kb.lookup(match.key)
            if entries:
                out.append(self._from_match(match, entries[0], "kb", 0.9, candidates_=entries))
        out.extend(self._dual_places())
        return out

    def _from_match(
        self, match: Match, entry: Entry, source: str, score: float, candidates_: list[Entry] | None = None
    ) -> Mention:
        label = {"PER": "PER", "ORG": "ORG"}.get(entry.type, "LOC")
        m = Mention(match.start, match.end, match.first, match.last, label, source, score, entry)
        if candidates_ and len(candidates_) > 1:
            m.attrs["_candidates"] = candidates_
        return m

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
        """Countries named right after an institution noun: nisba adjectives or a country name."""
        found: list[Entry] = []
        end = j - 1
        while j < len(self.words) and len(found) < 4:
            w = self.words[j]
            if j > end + 1 or "\n" in w.punct_before or (w.punct_before.strip(" ") and found):
                break
            country = None
            for form, _ in _forms(w):
                country = self.kb.country_of_nisba(form)
                if country is None and not found:
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

    # -- choosing -------------------------------------------------------------------------------------
    def choose(self, pools: list[Mention]) -> list[Mention]:
        """Longest mentions first, then the most trusted source; nested references kept."""
        order = sorted(pools, key=lambda m: (-m.length, -_RANK.get(m.source, 0), m.start))
        chosen: list[Mention] = []
        for m in order:
            clash = [c for c in chosen if c.start < m.end and m.start < c.end]
            if not clash or (
                m.source == "institution"
                and all(c.source == "institution" and (c.start, c.end) == (m.start, m.end) for c in clash)
            ):
                chosen.append(m)  # (two institutions sharing a span: الحكومتين السورية والعراقية)
            elif all(c.start <= m.start and m.end <= c.end for c in clash) and self._nested_reference(m, clash[0]):
                if not any(c.start == m.start and c.end == m.end for c in chosen):
                    chosen.append(m)
            elif m.source == "kb" and any(c.source == "ner" and c.entry is None and c.first == m.first for c in clash):
                for c in clash:  # the model's span starts with a known name: link it by its head
                    if c.source == "ner" and c.first == m.first and c.entry is None:
                        c.entry, c.attrs["via"] = m.entry, "head"
        return sorted(chosen, key=lambda m: (m.start, -m.end))

    def _nested_reference(self, inner: Mention, outer: Mention) -> bool:
        if inner.entry is None or (outer.entry is not None and inner.entry.id == outer.entry.id):
            return False
        w = self.words[inner.first]
        prev = self.words[inner.first - 1].norm if inner.first > outer.first else ""
        return w.quoted_before or prev in _NESTED_CUES

    # -- resolving -------------------------------------------------------------------------------------
    def resolve(self, mentions: list[Mention]) -> None:
        for m in mentions:
            if m.entry is None and m.source == "ner":
                m.entry = self._lookup_ner(m)
            if "_candidates" in m.attrs:
                m.entry = self._prefer(m.attrs.pop("_candidates"), m.label)
        self.context_country = self._dominant_country(mentions)
        self._titles(mentions)
        self._coreference(mentions)
        for m in mentions:
            self._finish(m)

    def _lookup_ner(self, m: Mention) -> Entry | None:
        key_rest = " ".join(w.norm for w in self.words[m.first + 1 : m.last + 1])
        for form, _ in _forms(self.words[m.first]):
            entries = self.kb.lookup(f"{form} {key_rest}".strip())
            compatible = [e for e in entries if e.type in _COMPATIBLE[m.label]]
            if compatible:
                return self._prefer(compatible, m.label)
        return None

    def _prefer(self, entries: list[Entry], label: str) -> Entry:
        def rank(e: Entry) -> tuple[int, int, int]:
            return (
                int(e.type in _COMPATIBLE.get(label, set())),
                int(self.context_country is not None and e.country == self.context_country),
                int(e.subtype in ("country", "capital")),
            )

        return max(entries, key=rank)

    def _dominant_country(self, mentions: list[Mention]) -> str | None:
        counts: Counter[str] = Counter()
        for m in mentions:
            e = m.entry
            if e is not None and e.type in ("GPE", "LOC"):
                code, _ = entity_code(self.kb, e, self.day)
                if code:
                    counts[code] += 2 if e.subtype in ("country", "territory") else 1
            country = m.attrs.get("_country_entry")
            if country is not None and country.country:
                counts[country.country] += 1
        return counts.most_common(1)[0][0] if counts else None

    def _titles(self, mentions: list[Mention]) -> None:
        """A title right before a person gives the office; a title alone names the office holder."""
        for m in mentions:
            if m.label != "PER":
                continue
            title = self._title_before(m.first)
            if title is None:
                continue
            t, country = title
            m.attrs["role"] = t.role
            m.attrs["_title_country"] = country
            m.attrs["_title_sector"] = t.sector
            if m.entry is None and country:
                holders = self.kb.office_holders(t.role, country, self.day)
                names = {w.norm for w in self.words[m.first : m.last + 1]}
                for holder in holders:
                    if any(names & set(_name_words(n)) for n in holder.names_ar):
                        m.entry, m.attrs["via"] = holder, "title"
                        break

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
            country = countries[0].country if countries else self.context_country
            return self.kb.titles[m.key], country
        return None

    def _coreference(self, mentions: list[Mention]) -> None:
        """Short forms refer to the full name met before; acronyms defined in the text link later uses."""
        people: list[Mention] = []
        for m in mentions:
            if m.label == "PER":
                words = [w.norm for w in self.words[m.first : m.last + 1]]
                for earlier in reversed(people):
                    full = [w.norm for w in self.words[earlier.first : earlier.last + 1]]
                    if len(words) < len(full) and set(words) <= set(full) and words[-1] == full[-1]:
                        if m.entry is None or (
                            earlier.entry is not None and m.entry.id != earlier.entry.id and m.source != "kb"
                        ):
                            m.entry = earlier.entry
                        m.attrs["_coref"] = earlier
                        m.attrs["via"] = "coreference"
                        break
                people.append(m)

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

    def _finish(self, m: Mention) -> None:
        """Fill in id, English name, type and actor code."""
        if "_institution" in m.attrs:
            inst = m.attrs.pop("_institution")
            country_entry = m.attrs.pop("_country_entry")
            how = m.attrs.pop("_country_from")
            if country_entry is None and self.context_country:
                country_entry = self.kb.country(self.context_country)
            if country_entry is not None and country_entry.country:
                name_en = inst.name_en_pattern.format(country=country_entry.name_en)
                m.attrs.update(
                    id=institution_id(country_entry.country, name_en),
                    name_en=name_en,
                    type="ORG",
                    country=country_entry.country,
                    sector=inst.sector,
                    country_from=how,
                )
                if inst.headed_by:
                    m.attrs["headed_by"] = inst.headed_by
            else:
                name_en = inst.name_en_pattern.format(country="").strip()
                m.attrs.update(
                    id=nil_id("org", self._key(m)),
                    name_en=name_en or None,
                    type="ORG",
                    country=None,
                    sector=inst.sector,
                )
            return
        coref = m.attrs.pop("_coref", None)
        if m.entry is not None:
            e = m.entry
            country, sector = entity_code(self.kb, e, self.day)
            m.attrs.update(id=e.id, name_en=e.name_en, type=e.type, country=country, sector=sector)
            if e.type == "PER":
                role, _, _ = office_on(e, self.day)
                if role:
                    m.attrs["role"] = role
            if e.subtype in ("capital", "city") and self._acts(m):
                govt = self._government_of(country)
                if govt:
                    m.attrs["stands_for"] = govt
                    m.attrs["sector"] = "GOV"
        elif coref is not None and "id" in coref.attrs:
            for k in ("id", "name_en", "type", "country", "sector"):
                m.attrs[k] = coref.attrs.get(k)
        else:
            key = self._key(m)
            typ = _TYPE_FOR_LABEL.get(m.label, "MISC")
            name_en = romanize(self.doc.text[m.start : m.end]) if typ == "PER" else self._direction_name(m)
            m.attrs.update(id=nil_id(typ, key), name_en=name_en, type=typ, country=None, sector=None)
        if m.attrs.get("country") is None and m.attrs.get("_title_country"):
            m.attrs["country"] = m.attrs["_title_country"]
        if m.attrs.get("sector") is None and m.attrs.get("_title_sector"):
            m.attrs["sector"] = m.attrs["_title_sector"]
        m.attrs.pop("_title_country", None)
        m.attrs.pop("_title_sector", None)

    def _direction_name(self, m: Mention) -> str | None:
        return None

    def _acts(self, m: Mention) -> bool:
        if m.first == 0:
            return True
        j = m.first - 1
        while j > 0 and (
            self.words[j].norm in ("العاصمة", "عاصمة", "مدينة", "بالعاصمة", "العاصمه")
            or self.kb.country_of_nisba(self.words[j].norm) is not None
        ):
            if self.words[j].norm.startswith(("بال", "في")):
                return False
            j -= 1
        prev = self.words[j].norm
        if j < m.first - 1 and prev in ("العاصمة", "عاصمة", "مدينة"):
            return False
        word = self.words[m.first]
        glued = self.doc.text[word.start : m.start]  # a clitic cut off the mention: بدمشق is "in Damascus"
        return prev not in _LOCATIVE and "ب" not in glued

    def _government_of(self, country: str | None) -> dict[str, Any] | None:
        entry = self.kb.country(country)
        if entry is None or not country:
            return None
        name_en = f"Government of {entry.name_en}"
        return {"id": institution_id(country, name_en), "name_en": name_en, "country": country, "sector": "GOV"}

    def _key(self, m: Mention) -> str:
        words = [w.norm for w in self.words[m.first : m.last + 1]]
        forms = _forms(self.words[m.first])
        if m.start > self.words[m.first].start and forms:
            words[0] = next((f for f, p in forms if p and words[0].endswith(f)), words[0])
        return " ".join(words)

    def run(self) -> list[Span]:
        pools = self.institution_mentions() + self.kb_mentions() + self.ner_mentions()
        pools += self._directions(pools)
        pools += self._offices(pools)
        for m in pools:
            m.end = close_quote(self.doc.text, m.start, m.end)
        chosen = self.choose(pools)
        chosen += self.acronyms(chosen)
        chosen.sort(key=lambda m: (m.start, -m.end))
        self.resolve(chosen)
        return [self._span(m) for m in chosen]

    def _offices(self, pools: list[Mention]) -> list[Mention]:
        """وزير الخارجية السوري with no name after it: whoever held that office on the article's date."""
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
            if (
                countries
                and nxt not in person_starts
                and not (nxt < len(self.words) and self._comma_then_person(nxt, person_starts))
            ):
                title = self.kb.titles[m.key]
                holders = self.kb.office_holders(title.role, countries[0].country or "", self.day)
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
                if direction and place is not None and place.entry is not None:
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

    def _span(self, m: Mention) -> Span:
        attrs: dict[str, Any] = {"score": round(m.score, 3)}
        for k in ("id", "name_en", "type", "country", "sector"):
            attrs[k] = m.attrs.get(k)
        attrs["source"] = m.source
        for k in ("role", "via", "stands_for", "country_from", "headed_by"):
            if m.attrs.get(k) is not None:
                attrs[k] = m.attrs[k]
        if m.entry is not None and m.entry.name_ar:
            attrs["name_ar"] = m.entry.name_ar
        return Span(m.start, m.end, m.label, attrs)


def _forms(tok: Tok) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for f in candidates(tok.surface):
        out.append((f, tok.norm[: len(tok.norm) - len(f)] if tok.norm.endswith(f) else ""))
    return out


def _name_words(name: str) -> list[str]:
    from rasd.kb.store import key

    return key(name).split()


def _published(doc: Document) -> date | None:
    value = doc.meta.get("published") or (doc.meta.get("published_inferred") or {}).get("value")
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


class LinkingStage:
    """Refines the entities layer with knowledge-base links and actor codes (see the module docstring)."""

    name = "linking"
    requires: tuple[str, ...] = ("tokens", "sentences", "entities")
    assigns: tuple[str, ...] = ("entities",)

    def __init__(self, kb: KB | None = None) -> None:
        self._kb = kb

    def __call__(self, doc: Document) -> Document:
        kb = self._kb or load()
        doc.set_layer("entities", Linker(doc, kb).run())
        return doc
