"""Who said it: the subject of a reporting verb, read the way Arabic news writes it.

Arabic puts the verb first (وقال وزير الخارجية أسعد الشيباني إن ...): the speaker is the first person or body
named after the cue, before the complementizer, a colon or an adjunct (في منشور، عبر، خلال). A title word pulls
the name after it (المتحدث باسم الخارجية الأمريكية جون كيربي: Kirby, not the State Department). A cue followed
at once by an adjunct or a preposition (وأضاف في بيان، قال لـ«الوطن») has an implied subject: the previous
speaker. A speaking document (أكد البيان) speaks for the body named with it (بيان صادر عن ...); with none named,
the document itself is the speaker. Entities inside quoted words are never speakers.

A mixin of :class:`rasd.quotes.stage.QuoteFinder`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from rasd.document import Span
from rasd.quotes.cues import IMPLIED_SUBJECT, THAT, TITLE_WORDS, cue_of
from rasd.text.clitics import proclitic_length

if TYPE_CHECKING:
    from rasd.document import Document
    from rasd.kb.match import Tok

# the outlet word before a name it is named after: وكالة أنباء الإمارات، وكالة الأنباء السعودية، صحيفة «كيهان»
OUTLET = re.compile(r"(?:وكالة (?:أنباء|الأنباء|انباء|الانباء)|وكالة|صحيفة|قناة|إذاعة|تلفزيون) ?[«\"“]?$")
SPEAKER_WINDOW = 10  # words after a cue in which its subject is looked for
ADJUNCTS = frozenset({"في", "عبر", "خلال", "امام", "لدي", "اثناء", "عقب", "بعد", "قبل", "حيث", "يوم", "امس", "اليوم"})
_INSTITUTION_HEADS = frozenset(
    {"مركز", "مؤسسة", "جامعة", "مستشفي", "مدينة", "جائزة", "كلية", "معهد", "مطار", "ميناء", "شارع", "قاعدة", "مجمع"}
    | {"برنامج", "صندوق", "مسجد", "جامع", "مكتبة", "مشروع", "ملعب", "استاد", "مدرسة", "وقف", "دار"}
)
_SPEAKER_NOUNS = frozenset(
    {
        "مسؤول",
        "مسؤولون",
        "مسؤولين",
        "مصدر",
        "مصادر",
        "المصدر",
        "المصادر",
        "شهود",
        "سكان",
        "خبراء",
        "خبير",
        "محللون",
        "مراقبون",
        "ناشطون",
        "مسئول",
        "مصدرا",
    }
)
_CLAUSE_OPENERS = frozenset(
    {"كان", "كانت", "وكان", "وكانت", "ان", "الا", "لكن", "ولكن", "بينما", "فيما", "حيث", "قد", "وقد", "فقد", "اذ"}
)
_NOT_NOUN = frozenset(
    {
        "الي",
        "علي",
        "عن",
        "من",
        "في",
        "مع",
        "ل",
        "ان",
        "انه",
        "انها",
        "قد",
        "لقد",
        "كما",
        "ايضا",
        "امس",
        "اليوم",
        "يوم",
        "كذلك",
        "بدوره",
        "بدورها",
        "اول",
        "الماضي",
        "الماضية",
        "ذلك",
        "قائلا",
        "الذي",  # الحكومة التي تعمل من شرق ليبيا: the relative clause describes the speaker, it is not part of it
        "التي",
        "الذين",
        "اللذين",
        "اللتين",
        "اللذان",
        "اللتان",
    }
)


# a preposition with a pronoun right after a cue (قال فيه: "in it", the article or speech named before)
_IN_IT = frozenset({"فيه", "فيها", "خلاله", "خلالها", "عبره", "عبرها"})


def _person_first(found: list[Span]) -> Span | None:
    """The first person among the actors found, else the first of them."""
    return next((e for e in found if e.label == "PER"), found[0] if found else None)


class SpeakerResolver:
    """Speaker rules; see the module docstring."""

    doc: Document
    text: str
    words: list[Tok]
    entities: list[Span]
    last_speaker: dict[str, Any] | None
    inside_quotes: list[tuple[int, int]]

    def word_at(self, pos: int) -> int | None:
        for w in self.words:
            if w.start <= pos < w.end or w.start > pos:
                return w.index
        return None

    def sentence_of(self, pos: int) -> Span | None:
        for s in self.doc.layer("sentences"):
            if s.start <= pos < s.end:
                return s
        return None

    def _quoted(self, e: Span) -> bool:
        return any(s <= e.start and e.end <= t for s, t in self.inside_quotes)

    def actors_in(self, first: int, last: int) -> list[Span]:
        """Person, organization or nation entities starting within words [first, last], outside quotes."""
        if first > last or first >= len(self.words):
            return []
        lo, hi = self.words[first].start, self.words[min(last, len(self.words) - 1)].end
        return sorted(
            (
                e
                for e in self.entities
                if lo <= e.start < hi
                and e.get("type", e.label) not in ("LOC", "FAC")
                and not self._quoted(e)
                and not self._addressee(e)
            ),
            key=lambda e: e.start,
        )

    def _addressee(self, e: Span) -> bool:
        """لوكالة فرانس برس، لـ«الشرق الأوسط»، أبلغ ... رويترز: who was spoken to, not who spoke."""
        idx = self.word_at(e.start)
        if idx is None:
            return False
        w = self.words[idx]
        glued = self.text[w.start : e.start]
        if w.surface.startswith(("لـ", "ل")) and (glued.startswith("ل") or w.norm.startswith(("لل", "لو"))):
            return True
        return e.get("sector") == "MED" and e.get("type") == "ORG"

    def speaker_dict(self, ent: Span | None, fallback: tuple[int, int] | None = None) -> dict[str, Any] | None:
        if ent is not None and ent.get("sector") != "MED":
            # وكالة أنباء الجمهورية الإسلامية الإيرانية: the agency speaks, not the state it is named after
            outlet = OUTLET.search(self.text[max(0, ent.start - 24) : ent.start])
            if outlet is not None:
                start = ent.start - len(outlet.group(0))
                return {"id": None, "name_en": None, "start": start, "end": ent.end, "text": self.text[start : ent.end],
                        "label": "ORG", "country": ent.get("country"), "sector": "MED"}
        if ent is not None:
            return {
                "id": ent.get("id"),
                "name_en": ent.get("name_en"),
                "start": ent.start,
                "end": ent.end,
                "text": self.text[ent.start : ent.end],
                "label": ent.label,
                "country": ent.get("country"),
                "sector": ent.get("sector"),
            }
        if fallback is not None:
            s, e = fallback
            return {"id": None, "name_en": None, "start": s, "end": e, "text": self.text[s:e], "label": "NOUN"}
        return None

    def subject_window(self, cue_idx: int, limit_pos: int | None) -> int:
        """The last word that can belong to the cue's subject."""
        last = min(cue_idx + SPEAKER_WINDOW, len(self.words) - 1)
        if limit_pos is not None:
            bound = self.word_at(limit_pos)
            if bound is not None:
                last = min(last, bound - 1)
        titled = False
        for j in range(cue_idx + 1, last + 1):
            w = self.words[j]
            titled = titled or w.norm in TITLE_WORDS
            if titled and w.norm in ("في", "لدي") and self._name_after_title_complement(j, last):
                continue  # السفير المصري لدى الجزائر عمر أبو العيش، مدير العلاقات في شركة "سار" سليمان الخويطر
            if j > cue_idx + 1 and (w.norm in ADJUNCTS or w.norm in THAT or ":" in w.punct_before):
                return j - 1
            if (
                j > cue_idx + 1
                and w.punct_before.strip(" ") in ("،", ",")
                and self.actors_in(cue_idx + 1, j - 1)
                and not any(self.words[k].norm in TITLE_WORDS for k in range(cue_idx + 1, j))
            ):
                return j - 1  # (after a title, the name may follow a comma: المتحدث باسم الرئاسة، خالد شواني)
        return last

    def _named_institution(self, e: Span) -> bool:
        """مركز الملك سلمان للإغاثة، جامعة الملك سعود: a person's name after an institution noun names the
        institution, not who speaks."""
        k = self._word_of(e.start)
        return k > 0 and self.words[k - 1].norm in _INSTITUTION_HEADS

    def _name_after_title_complement(self, j: int, last: int) -> bool:
        """After a title, في / لدى + a short place or body, then a person's name: the name is still the subject."""
        for k in range(j + 1, min(last, j + 5) + 1):
            w = self.words[k]
            if w.norm in THAT or ":" in w.punct_before or w.norm in ADJUNCTS:
                return False
            if any(e.label == "PER" and e.start == w.start and not self._quoted(e) for e in self.entities):
                return k > j + 1
        return False

    def _sentence_subject(self, cue_idx: int, *, people_only: bool = False) -> dict[str, Any] | None:
        """The person or body a sentence is about, named before the cue: its first person, else (unless
        ``people_only``) its first named actor. Before a participle (أكد X ...، مشيراً إلى أن) it speaks; before
        قال فيه, the person first named wrote or gave what فيه refers to (كتب روبرت فيسك مقالا قال فيه)."""
        cue = self.words[cue_idx]
        sent = self.sentence_of(cue.start)
        if sent is None:
            return None
        first = self.word_at(sent.start) or 0
        found = [e for e in self.actors_in(first, cue_idx - 1) if e.end <= cue.start]
        pick = _person_first([e for e in found if e.label == "PER"] if people_only else found)
        return self.speaker_dict(pick) if pick is not None else None

    def _previous_reporter(self, cue_idx: int) -> dict[str, Any] | None:
        """أكد رئيس المجلس عبدالرحمن النمراوي فرار ... . وقال لـ"الوطن": a cue with no subject of its own, and no
        quote before it, continues the one who spoke in the sentence before: the subject after its reporting verb,
        though what he said there was no quote."""
        sent = self.sentence_of(self.words[cue_idx].start)
        before = [s for s in self.doc.layer("sentences") if sent is not None and s.end <= sent.start]
        prev = before[-1] if before else None
        first = self.word_at(prev.start) if prev is not None else None
        if prev is None or first is None:
            return None
        for j in range(first, cue_idx):
            if self.words[j].start >= prev.end:
                break
            if cue_of(self.words[j]) is not None:
                pick = _person_first(self.actors_in(j + 1, self.subject_window(j, prev.end)))
                return self.speaker_dict(pick) if pick is not None else None
        return None

    def speaker_for(self, cue_idx: int, *, limit_pos: int | None) -> dict[str, Any] | None:
        """The subject of the cue: the entity after it (VSO), just before it (SVO), or the previous speaker."""
        nxt = cue_idx + 1
        in_it = nxt < len(self.words) and self.words[nxt].norm in _IN_IT
        while nxt < len(self.words) and self._addressee_word(nxt):
            nxt += 1  # قال لـ«الاقتصادية» مختصون: the subject comes after who was spoken to
        if nxt < len(self.words):
            w = self.words[nxt]
            implied = (
                w.norm in THAT
                or w.norm in IMPLIED_SUBJECT
                or ":" in w.punct_before
                or (limit_pos is not None and w.start >= limit_pos)
            )
            if implied:  # وكان المالكي قال خلال مقابلة: a subject before the cue, else the previous speaker
                participle = cue_of(self.words[cue_idx])
                opens = self.doc.text[self.words[cue_idx].end : self.words[cue_idx].end + 3].strip()[:1]
                if participle is not None and participle.kind == "participle" and opens in (":", "«", '"', "“"):
                    # ونفى قالن الاتهامات ... قائلاً: «…»: the clause's subject speaks, not the name just before
                    author = self._sentence_subject(cue_idx, people_only=True)
                    if author is not None:
                        return author
                before = self._subject_before(cue_idx)
                if before is not None:
                    return self.speaker_dict(before)
                if in_it and (author := self._sentence_subject(cue_idx, people_only=True)) is not None:
                    return author  # كتب روبرت فيسك مقالا قال فيه: the one who wrote it
                return self._np_before(cue_idx) or self.last_speaker or self._previous_reporter(cue_idx)
        cue_idx = nxt - 1
        last = self.subject_window(cue_idx, limit_pos)
        found = self.actors_in(cue_idx + 1, last)
        if found:
            people = [e for e in found if e.label == "PER"]
            named = [e for e in people if e.get("source") != "office" and not self._named_institution(e)]
            first = found[0]
            # a title word before an organization or nationality: the person named after it speaks
            title = any(self.words[j].norm in TITLE_WORDS for j in range(cue_idx + 1, self._word_of(first.start) + 1))
            if named and (
                (first.label != "PER" and title) or first.get("source") == "office" or self._named_institution(first)
            ):
                return self.speaker_dict(named[0])  # السفير المصري لدى الجزائر عمر أبو العيش: the name
            if first.label != "PER" and self._speaker_noun(cue_idx + 1) and self._word_of(first.start) > cue_idx + 3:
                return self.speaker_dict(None, self._noun_phrase(cue_idx + 1, last))  # مسؤول تركي رفض ...
            return self.speaker_dict(first)
        if nxt <= last and self._speaker_noun(nxt):  # كشف مصدر مطلع في المجموعة: the phrase after the cue
            return self.speaker_dict(None, self._noun_phrase(nxt, last))
        before = self._subject_before(cue_idx)
        if before is not None:
            return self.speaker_dict(before)
        np_before = self._np_before(cue_idx)
        if np_before is not None:
            return np_before
        if nxt <= last:
            return self.speaker_dict(None, self._noun_phrase(nxt, last)) or self.last_speaker
        return self.last_speaker

    def _speaker_noun(self, j: int) -> bool:
        """مسؤول، مصدر، مصادر، المتحدث، شهود: a word that names a speaker without naming who."""
        return j < len(self.words) and (self.words[j].norm in TITLE_WORDS or self.words[j].norm in _SPEAKER_NOUNS)

    def _np_before(self, cue_idx: int) -> dict[str, Any] | None:
        """كان وزير سوري أبلغ / إلا أن المصدر الطبي قال / كانت الحكومة قالت: a subject phrase before the cue."""
        cue = self.words[cue_idx]
        sent = self.sentence_of(cue.start)
        j = cue_idx - 1
        if j < 0 or cue.punct_before.strip() or (sent is not None and self.words[j].start < sent.start):
            return None
        first = j
        while first > 0 and cue_idx - first < 4:
            prev = self.words[first - 1]
            if (
                prev.norm in _CLAUSE_OPENERS
                or self.words[first].punct_before.strip()
                or (sent is not None and prev.start < sent.start)
            ):
                break
            first -= 1
        opener = self.words[first - 1].norm if first > 0 else ""
        if opener not in _CLAUSE_OPENERS or not (self._speaker_noun(first) or self._agent(first)):
            return None
        return self.speaker_dict(None, (self.words[first].start, self.words[j].end))

    def _addressee_word(self, j: int) -> bool:
        """Words between a cue and its subject that are not the subject: whom it was said to (لـ«الشرق الأوسط»),
        or where (قال فيه، أكد فيها: in the article or speech named before)."""
        w = self.words[j]
        if w.surface.startswith("لـ") or (w.norm.startswith("لل") and len(w.norm) > 4) or w.norm == "ل":
            return True
        if w.norm in _IN_IT:
            return True
        prev = self.words[j - 1] if j > 0 else None
        return prev is not None and (prev.surface.endswith("لـ") or prev.norm == "ل") and any(
            c in w.punct_before for c in '"«“')

    def _owns(self, doc_last: int, e: Span) -> bool:
        """بيان الوزارة / بيان صادر عن X / البيان الختامي للقمة: the entity owns the document; not one in a
        relative clause (التقرير الذي نشر في موقع ...)."""
        k = self._word_of(e.start)
        between = [self.words[i].norm for i in range(doc_last + 1, k)]
        if any(b in ("الذي", "التي", "الذين") for b in between):
            return False
        glued = self.text[self.words[k].start : e.start]
        return k == doc_last + 1 or "عن" in between or glued.startswith("ل") or self.words[k].norm.startswith("لل")

    def _agent(self, j: int) -> bool:
        from rasd.events.args import agent_sector

        return agent_sector(self.words[j]) is not None

    def _word_of(self, pos: int) -> int:
        idx = self.word_at(pos)
        return idx if idx is not None else len(self.words) - 1

    def _subject_before(self, cue_idx: int) -> Span | None:
        """الوزير قال / X، قال: an entity right before the cue, at the start of its clause."""
        cue = self.words[cue_idx]
        sent = self.sentence_of(cue.start)
        if sent is None:
            return None
        cands = [
            e
            for e in self.entities
            if sent.start <= e.start
            and e.end <= cue.start
            and not self._quoted(e)
            and e.get("type", e.label) not in ("LOC", "FAC")
        ]
        if not cands:
            return None
        e = cands[-1]
        if e.label == "MISC":
            return None  # 236 مليون ريال، كشف ...: a comma closes the clause before the cue
        gap = [w for w in self.words if e.end <= w.start < cue.start]
        first = self._word_of(e.start)
        prev = self.words[first - 1].norm if first > 0 else ""
        if len(gap) <= 1 and prev not in ("الي", "علي", "عن", "من", "في", "مع", "ضد", "بين"):
            return e
        return None

    def _noun_phrase(self, first: int, last: int) -> tuple[int, int] | None:
        """A subject that is not a named entity (مصدر مطلع، المتحدث باسم الوزارة): nouns only, up to 4 words."""
        if self.words[first].norm in _NOT_NOUN or cue_of(self.words[first]) is not None:
            return None
        end = first
        while end < min(last, first + 3):
            nxt = self.words[end + 1]
            if nxt.punct_before.strip() or nxt.norm in _NOT_NOUN or nxt.norm in ADJUNCTS or nxt.norm in THAT:
                break
            if self._addressee_word(end + 1) or (nxt.norm[:1] == "ل" and proclitic_length(nxt.surface) > 0):
                break  # قال الوزير لقناة الجزيرة: whom he spoke to is not part of who spoke
            end += 1
        return self.words[first].start, self.words[end].end

    def statement_owner(self, subject: tuple[int, int], content_start: int) -> dict[str, Any]:
        """بيان صادر عن X / البيان الختامي للمشاركين: the body named with the document; else the document."""
        last = subject[1] + 6
        bound = self.word_at(content_start)
        if bound is not None:
            last = min(last, bound - 1)
        found = [e for e in self.actors_in(subject[1] + 1, last) if self._owns(subject[1], e)]
        if found:
            owner = self.speaker_dict(found[0])
            assert owner is not None
            return owner
        nxt = subject[1] + 1
        if nxt <= last and self._agent(nxt):  # البيان الختامي للمشاركين في الاجتماع: the participants
            end = nxt
            while end < last and not self.words[end + 1].punct_before.strip():
                end += 1
            return {
                "id": None,
                "name_en": None,
                "start": self.words[nxt].start,
                "end": self.words[end].end,
                "text": self.text[self.words[nxt].start : self.words[end].end],
                "label": "NOUN",
            }
        doc_words = self.words[subject[0] : subject[1] + 1]
        return {
            "id": None,
            "name_en": None,
            "start": doc_words[0].start,
            "end": doc_words[-1].end,
            "text": self.text[doc_words[0].start : doc_words[-1].end],
            "label": "DOCUMENT",
        }
