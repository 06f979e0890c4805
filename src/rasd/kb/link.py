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
from functools import lru_cache
from typing import Any

from rasd.document import Document, Span
from rasd.kb.actors import entity_code, institution_id, nil_id, office_on, romanize
from rasd.kb.compose import Composer
from rasd.kb.match import (
    QUOTES,
    Match,
    close_quote,
    find_names,
    stem_start,
    whole_reading,
    word_tokens,
)
from rasd.kb.mention import (
    _COMPATIBLE,
    _LOCATIVE,
    _NESTED_CUES,
    _RANK,
    _TYPE_FOR_LABEL,
    NER_LABELS,
    Mention,
    _forms,
)
from rasd.kb.store import KB, PATRONYMIC, Entry, key, load
from rasd.text.clitics import analyze, candidates, title_after_lam


class Linker(Composer):
    """Links the mentions of one document; create one per document."""

    def __init__(self, doc: Document, kb: KB, *, keep_spans: bool = False) -> None:
        self.keep_spans = keep_spans
        self.doc = doc
        self.kb = kb
        self.words = word_tokens(doc)
        self.starts = [w.start for w in self.words]
        self.day = doc.published_day()
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
            if span.label == "ORG" and self._portfolio(rng[0]):
                continue  # the الخارجية الأمريكي of وزير الخارجية الأمريكي جون كيري: part of a title, not a body
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

    def _portfolio(self, i: int) -> bool:
        """Word i is a minister's portfolio inside his title (وزير الخارجية): not رئيس مجلس الأمن, whose
        genitive is a body of its own."""
        prev = self.words[i - 1] if i > 0 else None
        minister = prev is not None and any(f in ("وزير", "وزيرة") for f in candidates(prev.surface))
        return minister and self._in_title(i)

    def kb_mentions(self) -> list[Mention]:
        out = []
        for match in find_names(self.words, self.kb):
            entries = self.kb.lookup(match.key)
            if entries:
                m = self._from_match(match, entries[0], "kb", 0.9, candidates_=entries)
                # one word naming a town, a base or a region is often an ordinary word too (الخبر "the news",
                # العديد "many"): it needs the model's agreement; countries, capitals, groups need none
                if match.first == match.last and _hamza_added(self.words[match.first].surface, entries):
                    continue  # ترأس "headed" is not تراس (Truss): a word written with a hamza the name lacks
                if match.first == match.last and all(
                    e.type in ("GPE", "LOC", "FAC") and e.subtype not in ("country", "territory", "capital")
                    for e in entries
                ):
                    m.attrs["_needs_ner"] = True
                out.append(m)
        out.extend(self._dual_places())
        return out

    def _from_match(
        self, match: Match, entry: Entry, source: str, score: float, candidates_: list[Entry] | None = None
    ) -> Mention:
        label = {"PER": "PER", "ORG": "ORG"}.get(entry.type, "LOC")
        first, start = match.first, match.start
        if label == "PER" and first < match.last and title_after_lam(self.words[first].surface):
            first, start = first + 1, self.words[first + 1].start  # للرئيس عبدالفتاح السيسي: the name alone
        m = Mention(start, match.end, first, match.last, label, source, score, entry)
        if candidates_ and len(candidates_) > 1:
            m.attrs["_candidates"] = candidates_
        return m

    # -- choosing -------------------------------------------------------------------------------------
    def choose(self, pools: list[Mention]) -> list[Mention]:
        """Longest mentions first, then the most trusted source; nested references kept."""
        order = sorted(pools, key=lambda m: (m.first - m.last, -_RANK.get(m.source, 0), -m.length, m.start))
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
                    if (
                        c.source == "ner"
                        and c.first == m.first
                        and c.entry is None
                        and (c.label != "PER" or self._patronymic_after(m, c))
                        and m.entry is not None
                        and m.entry.type in _COMPATIBLE[c.label]
                        and not self.kb.ambiguous.get(self._key(m))
                    ):
                        c.entry, c.attrs["via"] = m.entry, "head"
        return sorted(chosen, key=lambda m: (m.start, -m.end))

    def _patronymic_after(self, m: Mention, c: Mention) -> bool:
        """A person's name the model read longer only by a father's or a family's name (محمد بن نايف بن عبدالعزيز
        after the known محمد بن نايف): the same person. Any other word after it may name someone else."""
        nxt = m.last + 1
        return nxt <= c.last and self.words[nxt].norm in ("بن", "ابن", "ال")

    def drop_conflicts(self, pools: list[Mention]) -> list[Mention]:
        """A dictionary match the model read otherwise (روما tagged as a person) gives way to the model, and a
        one-word town name the model did not tag at all is left out."""
        ner = {(m.start, m.end): m for m in pools if m.source == "ner"}
        ner_spans = [(m.start, m.end) for m in pools if m.source == "ner"]
        out = []
        for m in pools:
            if m.attrs.pop("_needs_ner", False) and not any(s < m.end and m.start < e for s, e in ner_spans):
                continue
            other = ner.get((m.start, m.end))
            if (
                m.source == "kb"
                and other is not None
                and m.entry is not None
                and other.score >= 0.6
                and m.entry.type not in _COMPATIBLE[other.label]
            ):
                continue
            out.append(m)
        return out

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
        self._disambiguate(mentions)
        self._titles(mentions)
        self._institution_of_person(mentions)
        self._coreference(mentions)
        for m in mentions:
            self._finish(m)

    def _disambiguate(self, mentions: list[Mention]) -> None:
        """Forms the KB marks ambiguous (عمان، السلامة، التحالف الدولي) link only with support from the
        article: the same entity named unambiguously elsewhere, or a place in the article's country."""
        confirmed = {m.entry.id for m in mentions if m.entry is not None and not self._is_ambiguous(m)}
        for m in mentions:
            if m.entry is None or not self._is_ambiguous(m):
                continue
            k = self._key(m)
            options = [self.kb.entries[i] for i in self.kb.names.get(k, ()) if i in self.kb.entries]
            if self._common_noun(m, k) or self._adjective(m, k):
                # «قاعدة العند» ... قرب القاعدة، القاعدة العسكرية: a base, not al-Qaeda; الأمتين العربية: Arab
                m.entry = None
                m.attrs["ambiguous"] = True
                continue
            supported = [e for e in options if e.id in confirmed]
            if not supported and m.source == "ner" and m.label != "MISC":
                # the model read the mention as a person, organization or place: if that leaves one reading, take it
                fitting = [e for e in options if e.type in _COMPATIBLE[m.label]]
                if len(fitting) == 1:
                    supported = fitting
            if (
                not supported
                and len(options) == 1
                and options[0].subtype in ("country", "territory")
                and k in {key(n) for n in options[0].names_ar}
            ):
                supported = options  # لبنان، مصر، الأردن: a country's own name is the country
            if not supported and self.context_country:
                supported = [e for e in options if e.country == self.context_country and e.type != "PER"]
            if not supported and m.first == m.last:  # مدينة مشهد، وجدة المغربية: the text says it is the place
                before = self.words[m.first - 1].norm if m.first > 0 else ""
                after = self.words[m.last + 1].norm if m.last + 1 < len(self.words) else ""
                nation = self.kb.nisba.get(after)
                country = self.kb.entries[nation].country if nation in self.kb.entries else None
                places = [e for e in options if e.type in ("GPE", "LOC")]
                if before in _TOWN_HEADS:
                    supported = places
                elif country:
                    supported = [e for e in places if e.country == country]
            if not supported and "ّ" in self.doc.text[m.start : m.end]:  # عمّان with shadda is Amman
                supported = [e for e in options if e.subtype in ("capital", "city")]
            if supported:
                m.entry = supported[0]
            else:
                m.entry = None
                m.attrs["ambiguous"] = True

    def _common_noun(self, m: Mention, k: str) -> bool:
        """Is a one-word name with the article (القاعدة) the common noun it also is? So it is when an adjective
        with the article follows it (القاعدة العسكرية، القاعدة الأمريكية) or when the same sentence, before it,
        wrote the noun without the article heading a phrase (قاعدة العند، قاعدة جوية) and now names it again as a
        place (قرب القاعدة، بالقاعدة)."""
        if " " in k or not k.startswith("ال") or len(k) < 5 or m.first != m.last:
            return False
        nxt = self.words[m.last + 1] if m.last + 1 < len(self.words) else None
        if nxt is not None and not nxt.punct_before.strip() and nxt.norm.startswith("ال") and nxt.norm.endswith("ية"):
            return True
        word = self.words[m.first]
        placed = m.first > 0 and self.words[m.first - 1].norm in (*_LOCATIVE, "علي", "لدي", "عند")
        if not placed and self.doc.text[word.start : m.start] not in ("ب", "وب"):
            return False  # وقالت القاعدة: a body that speaks is the group; the base is where things happen
        for i in range(m.first - 1, max(-1, m.first - 40), -1):
            w = self.words[i]
            if w.norm == k[2:] and not self.words[i + 1].punct_before.strip() and i + 1 < m.first:
                return True
            if any(c in w.punct_before for c in ".!?؟\n"):
                return False
        return False

    def _adjective(self, m: Mention, k: str) -> bool:
        """Is a body's one-word feminine name with the article (العربية، الحرة) the adjective it also is? So it is right
        after a noun with the article (الأمتين العربية والإسلامية، المنطقة الحرة), unless quotation marks set it
        apart as a name (قناة «العربية»)."""
        if " " in k or not k.startswith("ال") or not k.endswith("ة") or m.first != m.last or m.first == 0:
            return False
        if m.entry is None or m.entry.type != "ORG":
            return False  # الحكومة اليمنية: the country's adjective still names the country
        word, before = self.words[m.first], self.words[m.first - 1]
        definite = before.norm.startswith(("ال", "وال", "بال", "لل", "فال"))
        return definite and not word.punct_before.strip() and not word.quoted_before

    def _is_ambiguous(self, m: Mention) -> bool:
        return m.entry is not None and m.entry.id in self.kb.ambiguous.get(self._key(m), ())

    def _lookup_ner(self, m: Mention) -> Entry | None:
        word = self.words[m.first]
        if (
            m.label == "PER"
            and m.first == m.last
            and (word.norm.startswith("ال") or len(word.norm) >= 5)
            and word.norm not in _given_names()
        ):
            # a family name alone (المالكي، البارزاني): only when one person in the KB has it
            ids = set().union(*(self.kb.surnames.get(f, set()) for f, _ in _forms(word)))
            if len(ids) == 1:
                entry = self.kb.get(next(iter(ids)))
                if entry is not None and not self.kb.ambiguous.get(self.words[m.first].norm):
                    self._drop_preposition(m, next(f for f, _ in _forms(word) if self.kb.surnames.get(f)))
                    return entry
        key_rest = " ".join(w.norm for w in self.words[m.first + 1 : m.last + 1])
        for form, prefix in _forms(word):
            article = prefix.endswith(("ال", "لل"))  # the word has an article its reading drops
            suffixed = not whole_reading(word, form)  # a pronoun dropped
            entries = self.kb.lookup(f"{form} {key_rest}".strip())
            compatible = [
                e
                for e in entries
                if e.type in _COMPATIBLE[m.label]
                # للبنين is ل + البنين "for the boys", not Benin; المشهد, مشهدنا a scene, not Mashhad; المبارك not
                # Mubarak. A place or a person keeps its own article and takes no pronoun (a brand may gain an
                # article: الفيسبوك; a foreign name may end in ه: موشيه)
                and not ((article or suffixed) and e.type in ("GPE", "LOC", "FAC"))
                and not (article and e.type == "PER")
            ]
            if compatible:
                if not article:
                    self._drop_preposition(m, form)
                return self._prefer(compatible, m.label)
        return None

    def _drop_preposition(self, m: Mention, form: str) -> None:
        """لكارتر read as ل + كارتر: the name's span leaves out the preposition its reading dropped."""
        word = self.words[m.first]
        dropped = word.norm[: len(word.norm) - len(form)] if word.norm.endswith(form) else ""
        if m.start == word.start and dropped and "ال" not in dropped and "لل" not in dropped:
            m.start = stem_start(word, form)  # not الفضلي read as فضلي: an article stays in the name

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
            if self._is_ambiguous(m):
                continue
            if e is not None and e.type in ("GPE", "LOC"):
                code, _ = entity_code(self.kb, e, self.day)
                if code:
                    counts[code] += 2 if e.subtype in ("country", "territory") else 1
            country = m.attrs.get("_country_entry")
            if country is not None and country.country:
                counts[country.country] += 1
        return counts.most_common(1)[0][0] if counts else None

    def _coreference(self, mentions: list[Mention]) -> None:
        """Short forms refer to the full name met before; acronyms defined in the text link later uses."""
        people: list[Mention] = []
        for m in mentions:
            if m.label == "PER":
                words = [w.norm for w in self.words[m.first : m.last + 1]]
                for earlier in reversed(people):
                    full = [w.norm for w in self.words[earlier.first : earlier.last + 1]]
                    if len(words) < len(full) and set(words) <= set(full) and words[-1] == full[-1]:
                        # (طارق العيسى ... العيسى: the man named in full before, not another العيسى in the KB)
                        surname = m.first == m.last and m.source != "kb" and m.attrs.get("via") is None
                        named = full[0] in _given_names() or bool(PATRONYMIC & set(full)) or len(full) >= 3
                        if surname and m.entry is not None and earlier.entry is None and not named:
                            continue  # مليشيات الحوثي، آش كارتر: no man's full name known here; look further back
                        if m.entry is None or (
                            (earlier.entry is not None or surname) and m.entry.id != getattr(earlier.entry, "id", None)
                            and m.source != "kb"
                        ):
                            m.entry = earlier.entry
                        m.attrs["_coref"] = earlier
                        m.attrs["via"] = "coreference"
                        break
                people.append(m)

    def _finish(self, m: Mention) -> None:
        """Fill in id, English name, type and actor code."""
        sector_of_body = None  # the sector of the institution an entry was reached through (SPY, not GOV first)
        if "_institution" in m.attrs:
            inst = m.attrs.pop("_institution")
            country_entry = m.attrs.pop("_country_entry")
            how = m.attrs.pop("_country_from")
            if country_entry is None and self.context_country:
                country_entry = self.kb.country(self.context_country)
            named = None
            if country_entry is not None and country_entry.country and " " in inst.arabic:
                named = self.kb.named_institution(inst.arabic, inst.sector, country_entry.country)
            if named is not None:
                m.entry, sector_of_body = named, inst.sector  # المخابرات العامة الأردنية: the KB's directorate
            elif country_entry is not None and country_entry.country:
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
            if named is None:
                return
        coref = m.attrs.pop("_coref", None)
        if m.entry is not None:
            e = m.entry
            country, sector = entity_code(self.kb, e, self.day)
            m.attrs.update(id=e.id, name_en=e.name_en, type=e.type, country=country, sector=sector_of_body or sector)
            if e.type == "PER":
                role, _, _ = office_on(e, self.day)
                if role:
                    m.attrs["role"] = role
            if e.subtype == "capital" and self._acts(m):
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
            name_en = romanize(self.doc.text[m.start : m.end]) if typ == "PER" else None
            m.attrs.update(id=nil_id(typ, key), name_en=name_en, type=typ, country=None, sector=None)
        if m.attrs.get("country") is None and m.attrs.get("_title_country"):
            m.attrs["country"] = m.attrs["_title_country"]
        if m.attrs.get("sector") is None and m.attrs.get("_title_sector"):
            m.attrs["sector"] = m.attrs["_title_sector"]
        m.attrs.pop("_title_country", None)
        m.attrs.pop("_title_sector", None)

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
        chosen = self.choose(self.drop_conflicts(pools))
        if self.keep_spans:  # linking given mentions (evaluation): only the given spans come out
            given = {(m.start, m.end) for m in pools if m.source == "ner"}
            for m in pools:
                if m.source == "ner" and m not in chosen:
                    chosen.append(m)
            chosen = [m for m in chosen if m.source == "ner" and (m.start, m.end) in given]
        else:
            chosen += self.acronyms(chosen)
            chosen += self.head_references(chosen)
        chosen.sort(key=lambda m: (m.start, -m.end))
        self.resolve(chosen)
        # a name the KB marks ambiguous, found by the gazetteer alone and left unsupported by the article, is most
        # likely the common word it spells (كيف "how", not Kyiv): no entity at all, unless quotation marks set it
        # apart as a name (التقت «الجزيرة»: the newspaper)
        chosen = [
            m
            for m in chosen
            if not (m.source == "kb" and m.entry is None and m.attrs.get("ambiguous") and not self._quoted(m))
        ]
        return [self._span(m) for m in chosen]

    def _quoted(self, m: Mention) -> bool:
        """Is the mention written between quotation marks of its own («الجزيرة»، "فيفا")?"""
        return self.words[m.first].quoted_before and self.doc.text[m.end : m.end + 1] in QUOTES

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


def _hamza_added(surface: str, entries: list[Entry]) -> bool:
    """Does a one-word match carry a hamza that no Arabic name of its entries has? Writers drop a name's
    hamza (احمد for أحمد) but do not add one it lacks, so the word is another (ترأس against تراس)."""
    hamzas = set(surface) & _HAMZAS
    people = all(e.type == "PER" for e in entries)  # (places are listed in fewer spellings: إسطنبول، اسطنبول)
    return people and bool(hamzas) and not any(hamzas <= set(n) for e in entries for n in e.names_ar)


_HAMZAS = frozenset("أإآؤئ")
# nouns that announce a town (مدينة مشهد): not the NER model's wider list of place heads, whose directions and
# areas (شمال، المنطقة) come before common words as often as before towns
_TOWN_HEADS = frozenset({"مدينة", "بمدينة", "لمدينة", "ومدينة", "مدينه", "بلدة", "ببلدة", "محافظة", "بمحافظة"})


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Given names are not family names: عمرو alone is not Mohamed Kamel Amr."""
    from rasd.data import lexicon_words

    return frozenset(lexicon_words("ner_given_names.txt"))


def _name_words(name: str) -> list[str]:
    from rasd.kb.store import key

    return key(name).split()


class LinkingStage:
    """Refines the entities layer with knowledge-base links and actor codes (see the module docstring)."""

    name = "linking"
    requires: tuple[str, ...] = ("tokens", "sentences", "entities")
    assigns: tuple[str, ...] = ("entities",)

    def __init__(self, kb: KB | None = None, *, keep_spans: bool = False) -> None:
        self._kb = kb
        self.keep_spans = keep_spans

    def __call__(self, doc: Document) -> Document:
        kb = self._kb or load()
        doc.set_layer("entities", Linker(doc, kb, keep_spans=self.keep_spans).run())
        return doc
