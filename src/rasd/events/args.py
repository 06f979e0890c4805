"""Finding an event's actors in an Arabic sentence: subjects, objects, prepositional targets, genitives.

Arabic news mostly writes verb-subject-object (رحبت الدول الأعضاء بتولي سوريا …), also subject-verb (وكان
الوزير … قد وصلا), and very often reports an event with a verbal noun whose genitive is its agent
(استضافة المملكة العربية السعودية اجتماعاً، انضمام سوريا إليه). The helpers here read a sentence's word
tokens and the linked entities over them: the actor at a position (an entity, or a short raw noun phrase
when nothing is linked), the target after a preposition with coordination (للمملكة العربية السعودية،
والولايات المتحدة، وجميع الدول المشاركة), and pronouns attached to prepositions (إليه) resolved to the
sentence's subject.
"""

from __future__ import annotations

from rasd.document import Document, Span
from rasd.events.actor import Actor
from rasd.events.members import MemberActors
from rasd.events.offices import OfficeActors
from rasd.events.words import (  # noqa: F401  (re-exported: the coder's modules import them from here)
    APPROXIMATE,
    BODY_HEADS,
    CARRIERS,
    CARRYING,
    COUNTED_PEOPLE,
    DETERMINERS,
    EMBASSIES,
    FIRE_HEADS,
    FOLLOWERS,
    FORCE_ADJECTIVES,
    FUNCTION_WORDS,
    HONORIFIC_TITLES,
    HONORIFICS,
    KIN_GROUPS,
    MEMBER_NOUNS,
    MEMBERS_OF,
    NUMBER_WORDS,
    ONE_WORD_TITLES,
    OWNED,
    PERSON_TITLES,
    PREMISES,
    PRONOUN_SUFFIXES,
    QUANTIFIERS,
    RESIDENTS,
    SEPARATE_PREPS,
    SKIPPABLE,
    SOLDIERS,
    STANCE_STEMS,
    TEMPORAL,
    UNITS,
    WEAPONS,
    WEEKDAYS,
    agent_sector,
    agents,
    agrees,
    case_of,
    construct_head,
    count_dict,
    counted,
    from_verbs,
    heads_no_genitive,
    joined,
    nisba_country,
    one_person,
    plural_adjective,
    preposition_length,
    three_words,
    titled_name,
)
from rasd.kb.match import Tok
from rasd.text.clitics import analyze, proclitic_length
from rasd.text.normalize import norm

# numbers after a definite plural (القوى العالمية الست), which carry no feminine ending
_ORDINAL_COUNTS = frozenset({"الثلاث", "الاربع", "الخمس", "الست", "السبع", "الثماني", "التسع", "العشر"})
# forces that a man's name after them owns (قوات صالح، طيران الأسد), unlike an army of its own (الجيش)
_MASCULINE_BODIES = frozenset({"الجيش", "الامن", "الحرس", "النظام", "التحالف", "الائتلاف", "الطيران"})
_FORCES_OF = frozenset({"قوات", "ميليشيات", "مليشيات", "كتائب", "طيران", "طائرات"})


# the adjectives of a definite office that are neither a nisba (الأمريكي) nor a participle (المكلف، المستقيل)
_OFFICE_ADJECTIVES = frozenset({"السابق", "الاسبق", "الجديد", "العام", "الاول", "الراحل", "الاعلي", "الخاص", "الدائم"})


def _office_adjective(word: str) -> bool:
    """Can ``word`` follow a definite office as its adjective (الرئيس الأمريكي، الوزير المكلف، الأمين العام)?"""
    return word.endswith(("ي", "ية")) or word.startswith("الم") or word in _OFFICE_ADJECTIVES


class Sentence(OfficeActors, MemberActors):
    """Word tokens and entities of one sentence, with the lookups the coder needs."""

    def __init__(self, doc: Document, words: list[Tok], first: int, last: int, entities: list[Span]) -> None:
        self.doc = doc
        self.text = doc.text
        self.words = words
        self.first = first
        self.last = last
        lo, hi = words[first].start, words[last].end
        self.entities = [e for e in entities if lo <= e.start < hi]
        self.verbs: set[int] = set()  # the coder's verbs of the sentence, once it has found them
        self.at_word: dict[int, Span] = {}
        for e in sorted(self.entities, key=lambda e: (e.start, -(e.end - e.start))):
            for w in range(first, last + 1):
                if words[w].start <= e.start < words[w].end and w not in self.at_word:
                    self.at_word[w] = e

    def entity_words(self, e: Span) -> tuple[int, int]:
        first = next(w for w in range(self.first, self.last + 1) if self.words[w].end > e.start)
        last = first
        while last + 1 <= self.last and self.words[last + 1].start < e.end:
            last += 1
        return first, last

    def inside_entity(self, w: int) -> Span | None:
        pos = self.words[w].start
        for e in self.entities:
            if e.start <= pos < e.end and e.label in ("ORG", "MISC", "PER"):
                return e
        return None

    def actor_at(self, j: int, *, raw: bool = True) -> Actor | None:
        """The actor starting at word ``j``: a linked entity, or a short noun phrase (الدول الأعضاء)."""
        if j > self.last or j < self.first:
            return None
        e = self.at_word.get(j)
        if e is not None and e.label in ("PER", "ORG", "LOC", "MISC"):
            f, last = self.entity_words(e)
            return Actor(e.start, e.end, e, f, last)
        if not raw:
            return None
        w = self.words[j]
        if "\n" in w.punct_before:
            return None
        if (k := titled_name(self.words, j, self.last, self.at_word, self.verbs)) is not None:
            e = self.at_word[k]  # قائد كتائب القسام أحمد الجعبري: the holder, his office included
            return Actor(w.start + proclitic_length(w.surface), e.end, e, j, self.entity_words(e)[1])
        if (members := self.members(j)) is not None:
            return members
        if (embassy := self._embassy(j) or self._administration(j) or self.seat(j)) is not None:
            return embassy
        if w.norm.removeprefix("و") in FIRE_HEADS and j + 1 <= self.last and not self.words[j + 1].punct_before.strip():
            e = self.at_word.get(j + 1)  # رصاص الجيش الإسرائيلي، نيران القوات: whose fire it is acts
            if e is not None and e.label in ("ORG", "LOC") and e.start == self.words[j + 1].start:
                lead = 1 if joined(w) else 0
                return Actor(w.start + lead, e.end, e, j, self.entity_words(e)[1])
        start_word = j
        count: tuple[int, int] | None = None
        if counted(w.norm):
            j += 1  # جميع الدول المشاركة، ثمانية من عناصر الشرطة، 28 شخصا: the count belongs to the phrase
            last_count = start_word
            partitive = False
            if j <= self.last and self.words[j].norm == "من" and not self.words[j].punct_before.strip():
                # ثلاثة من الجنود: a group; not after "about / more than" (أكثر من 30), nor before a second count
                partitive = w.norm.removeprefix("و") not in APPROXIMATE
                j += 1
            elif w.norm.removeprefix("و") in ("احد", "احدي"):
                partitive = True  # أحد مسلحي المقاومة: "one of" before the group's construct phrase
            if j < self.last and counted(self.words[j].norm) and not self.words[j + 1].punct_before.strip():
                last_count = j
                partitive = False
                j += 1  # أكثر من 30 شخصا، نحو ثلاثة آلاف: a second count
            if j > self.last or self.words[j].punct_before.strip():
                return None
            if w.norm not in DETERMINERS:  # the count is told apart from whom it counts (7 / أشخاص)
                lead = 1 if w.norm.startswith("و") and w.norm[1:] in QUANTIFIERS | NUMBER_WORDS else 0
                count = (w.start + lead, self.words[last_count].end)
            e = self.at_word.get(j)
            people = self.counted_people(j)
            if e is not None and people:
                # 13 إثيوبياً: a count of a people (its indefinite accusative nisba), not the country
                return Actor(count[0] if count else self.words[start_word].start, self.words[j].end, None,
                             start_word, j, "CVL", people, count)
            if e is not None and e.label in ("PER", "ORG", "LOC", "MISC"):
                f, last = self.entity_words(e)
                start = e.start if count or start_word == f else self.words[start_word].start  # لتنظيم داعش
                return Actor(start, e.end, e, start_word, last, count=count)
            if (members := self.members(j)) is not None:  # سبعة من عناصر الشرطة الأفغانية
                return Actor(members.start, members.end, members.entity, start_word, members.last, count=count)
        noun_first = j
        if (listed := three_words(self.words, j, self.last)) is not None:
            sector, j = listed, j + 2  # قوات مكافحة الشغب: riot police, not the army that قوات alone is
        elif (sector := agent_sector(self.words[j])) is None:  # رجال الشرطة، أفراد الأمن: members of a body
            if count is not None and self.words[j].norm in COUNTED_PEOPLE:
                sector = "CVL"  # 500 طالب، 1000 لاجئ: a count's singular noun (not the verb طالب)
            else:
                sector, j = self._member_phrase(j)
        country: str | None = None
        head = self.words[j].norm
        plural = head.endswith(("يين", "يون", "يان"))
        if plural or (sector == "CVL" and head.endswith("يا") and not head.startswith("ال")):
            # الإيرانيين، فلسطينيون، عراقيان: people, by a plural or dual nisba; فلسطينيا: one of them, indefinite
            country = nisba_country(self.words[j], accusative=head.endswith(("يا", "يان")))
            if country is not None:
                start = self.words[noun_first].start if count else self.words[start_word].start
                if not count and joined(self.words[start_word]):
                    start += 1  # وعراقيا، والإيرانيين: not the conjunction
                return Actor(start, self.words[j].end, None, start_word, j, "CVL", country, count)
        head_noun = self.words[noun_first].norm
        head_noun = head_noun if head_noun in UNITS else head_noun.removeprefix("و")  # وفدا: not و + فدا
        inner = None
        if (sector is None or head_noun in ("وفد", "وفدا")) and head_noun in UNITS and j + 1 <= self.last:
            inner = self._unit_of(j + 1)  # مجموعة من المتمردين الأكراد: a unit of whom it is taken from
        if inner is None and head_noun in CARRIERS | PREMISES:
            inner = self._carried(noun_first + 1)  # حافلة مملوكة للحرس الثوري: whose vehicle it is
        if inner is not None:  # the phrase stands for the group inside it, from its head (ومجموعة: not the و)
            start = self.words[noun_first].start if count else self.words[start_word].start
            if start_word == noun_first and joined(self.words[start_word]) and head_noun != self.words[start_word].norm:
                start += 1
            if head_noun.removeprefix("و") in ("مجموعة", "حشد", "حشود", "جموع"):  # not a patrol or a delegation
                start = inner.start  # مجموعة من المسلحين، حشد من المصلين: the span is whom the group is of
            return Actor(start, inner.end, inner.entity, start_word, inner.last, inner.sector, inner.country, count)
        if sector is None:
            if count is not None and partitive:  # ثمانية من مقاتلي البيشمركة، اثنين من مجلس أعيان الصحوة
                return self._partitive_phrase(noun_first, start_word, count)
            return self._office(j) if count is None and j == start_word else None
        k = j
        while k + 1 <= min(self.last, j + 2):
            nxt = self.words[k + 1]
            if nxt.punct_before.strip() or nxt.norm in SEPARATE_PREPS or nxt.norm in FUNCTION_WORDS:
                break
            if joined(nxt):
                break  # فلسطينيا وعراقيا: a second actor, no adjective
            here = self.words[k].norm
            nation = nisba_country(nxt, accusative=here.endswith(("ا", "ان")) and not here.startswith("ال"))
            if nation is not None:  # دبابات تركية، القوات العراقية: the adjective gives the actor its country
                country = nation
                k += 1
                break
            ours, theirs = case_of(here), case_of(nxt.norm)  # (an unmarked singular is not accusative)
            if (ours and theirs and ours != theirs) or (theirs == "acc" and ours is None):
                break  # اصاب متظاهرون شرطيا، قتل مسلح شرطيا، منع المتظاهرون الشاحنات: an object, not an adjective
            if (
                not self.words[k].norm.startswith("ال")
                and not nxt.norm.startswith("ال")
                and (
                    (agent_sector(nxt) is not None and agrees(here, nxt.norm))
                    or plural_adjective(here, nxt.norm, participles=False)
                )
                and k + 1 not in self.at_word
                and self.prep_of(k + 1)[0] is None
            ):  # مسلحون مجهولون، محتجون يساريون: an indefinite actor noun and its indefinite adjective
                k += 1
                break
            if nxt.norm in FORCE_ADJECTIVES and not here.startswith(("ال", "وال")) and k + 1 not in self.at_word:
                if nxt.norm.startswith("عسكر") and self.words[noun_first].norm.removeprefix("و") in CARRIERS:
                    sector = "MIL"  # قافلة عسكرية: a military convoy, no longer the passengers a convoy is
                k += 1  # دورية عسكرية ألمانية: a force's indefinite adjective, then perhaps its country
                continue
            if k + 1 in self.at_word or not nxt.norm.startswith("ال") or nxt.norm in TEMPORAL or k + 1 in self.verbs:
                break  # (الشرطة ألقت القبض: a verb written القت, not an adjective)
            office = here.removeprefix("و").removeprefix("ال") in PERSON_TITLES  # one man: المحافظ، الرئيس
            if here.startswith(("ال", "وال")) and (here.endswith("ة") or office) and (
                nxt.norm.endswith(("ات", "ين", "ون") + (("ة",) if office else ()))
                or (agent_sector(nxt) and (office or not nxt.norm.endswith("ة")))
            ):  # نفت الحكومة الاتهامات، دعت الوزارة المتقدمين، طالب المحافظ الحكومة: no adjective; its object
                break
            lead = self.words[noun_first].norm.removeprefix("و")
            if lead.startswith("ال") and lead[2:] in PERSON_TITLES and not _office_adjective(nxt.norm):
                break  # رفض الوزير الطلب، انتقد الرئيس القرار: the object (الرئيس الأمريكي، الوزير المكلف go on)
            feminine = nxt.norm.endswith(("ة", "ي", "ا")) or nxt.norm in _ORDINAL_COUNTS
            if here.startswith(("ال", "وال")) and here.endswith("ة") and not feminine:
                break  # أطلقت الشرطة الغاز: a feminine's adjective is feminine (العراقية، العليا، الكبرى، الست)
            head = k == noun_first == start_word and (
                k == self.first or k - 1 in self.verbs or self.words[k].punct_before.strip() != ""
            )  # not a genitive: طائرات النظام المروحية
            if head and here.removeprefix("و") in _MASCULINE_BODIES and nxt.norm.endswith("ة"):
                # وصادر الأمن الأسلحة: a masculine body's adjective is masculine (الأمن العام، الجيش الحر); as a
                # genitive it may have its head's (قوات الجيش الموالية، طائرات النظام المروحية)
                break
            if (
                agent_sector(nxt) not in (None, sector)
                and not (sector == "MIL" and agent_sector(nxt) == "COP")
                and here.removeprefix("و") not in MEMBERS_OF
                and f"{here.removeprefix('و')} {nxt.norm}" not in agents()  # سلطات الأمن: listed as one
            ):
                # رشق المتظاهرين الشرطة / دعا الرئيس المواطنين: an actor and then whom it acts on, not an
                # adjective (قوات الشرطة، عناصر الجيش stay one actor)
                break
            k += 1
        if k > j and self.words[j].norm.removeprefix("و") in MEMBERS_OF and (body := agent_sector(self.words[j + 1])):
            sector = body  # عناصر الجيش، أفراد الشرطة: the body's people, not the militants عناصر alone are
        k = self._stance_complement(k)
        if k == noun_first and self.words[k].norm.removeprefix("و") in RESIDENTS:
            k = self._construct_chain(k)  # سكان أحياء وسط الخرطوم: the residents of a place
        member_of: Span | None = None
        followed = self.at_word.get(k + 1) if self.words[k].norm.removeprefix("و") in FOLLOWERS else None
        if k == noun_first and followed is not None and followed.label in ("PER", "ORG"):
            # أنصار الحريري: whose supporters they are, in the phrase, but not his id (they are not him)
            k, country = self.entity_words(followed)[1], country or followed.get("country")
        elif (origin := self._origin(start_word, k, kin=sector in ("CVL", "UAF"))) is not None:
            k, member_of = origin  # متظاهرون من حركة «الحرس الفتي»: members of a body act for it
            if member_of is None and (body_sector := agent_sector(self.words[k])) is not None:
                sector = body_sector  # ضابطا في الشرطة: a police officer, not the army's
            elif member_of is None and k > 0 and (nation := nisba_country(self.words[k])) is not None:
                sector, country = agent_sector(self.words[k - 1]) or sector, nation  # من الشرطة العراقية
        start = self.words[start_word].start
        pair = start_word < self.last and f"{self.words[start_word].norm} {self.words[start_word + 1].norm}"
        if pair and start_word + 2 <= self.last and f"{pair} {self.words[start_word + 2].norm}" in agents():
            pair = f"{pair} {self.words[start_word + 2].norm}"  # ولي ولي العهد
        if self.words[start_word].norm.startswith("و") and pair not in agents() and (  # ولي العهد keeps its و
            start_word != j or joined(self.words[j])
        ):
            start += 1  # والجيش، وثلاثة: the conjunction is not the actor's (وزارة keeps its و)
        if cut := preposition_length(self.words[start_word]):
            start = self.words[start_word].start + cut  # بالرئيس الأمريكي دونالد ترامب: not its preposition
        if count is not None:
            start = self.words[noun_first].start
        if member_of is not None:
            return Actor(start, member_of.end, member_of, start_word, k, sector, country, count)
        named = self._past_honorifics(k + 1, min(self.last, k + 3))  # حجة الإسلام، الشيخ، الدكتور
        for n in (named, named + 1):  # رئيس الوزراء السابق رفيق الحريري: a title names the person after it
            person = self.at_word.get(n)
            # a title of several words (رئيس الوزراء) or الرئيس itself (للرئيس الإيراني محمود أحمدي نجاد)
            titled = (sector == "GOV" and (j > noun_first or self.words[noun_first].norm in ONE_WORD_TITLES)) or (
                n == named
                and count is None
                and (sector in ("CVL", "CRM", "INS") or self.words[j].norm.removeprefix("و") in SOLDIERS)
                and one_person(self.words[j].norm)
            )  # رجل الدين الشيعي هشام سيموري، المتهم محمد علي، الجندي محمد علي: one person described, then named
            if (
                titled
                and person is not None
                and person.label == "PER"
                and not any(self.words[i].punct_before.strip(' ()') for i in range(k + 1, n + 1))  # (الراحل)
                # another person joined by و (رئيس الوزراء ونظيره فلان، رئيس الوزراء وخالد العبيدي)
                and not any(joined(self.words[i]) for i in range(k + 1, n + 1))
                and self.has_name(person)  # not another title (الرئيس وزير الخارجية الأمريكي)
            ):
                last = self.entity_words(person)[1]
                return Actor(start, person.end, person, start_word, last, None, country, count)
        # a name right after a one-word head noun, as its genitive: the body the actor belongs to
        body = self.at_word.get(k + 1) if k == noun_first else None
        if body is not None and (body.start != self.words[k + 1].start or self.words[k + 1].punct_before.strip()):
            body = None
        if (
            sector == "MIL"
            and body is not None
            and body.label in ("ORG", "GPE")
            and not self.words[k + 1].norm.startswith(("و", "ل", "ب"))
        ):  # طيران التحالف، طائرات النظام: a force's aircraft act for it
            return Actor(start, body.end, body, start_word, self.entity_words(body)[1], count=count)
        forces = self.words[k].norm.removeprefix("و").removeprefix("ل") in _FORCES_OF  # not الجيش X
        if forces and body is not None and body.label == "PER" and self.words[k + 1].norm[:1] not in "ولب":
            # قوات صالح: a man's forces, his name in their phrase but not his id (they are not him)
            last = self.entity_words(body)[1]
            return Actor(start, body.end, None, start_word, last, sector, body.get("country") or country, count)
        if sector == "GOV" and body is not None and body.label in ("LOC", "ORG") and construct_head(self.words[k].norm):
            # سفير سوريا، مبعوث التحالف الدولي: an official of a state (its government) or of a body (the body)
            last = self.entity_words(body)[1]
            if body.label == "ORG":
                return Actor(start, body.end, body, start_word, last, count=count)
            if body.get("country"):
                return Actor(start, body.end, None, start_word, last, sector, str(body.get("country")), count)
        if self.words[noun_first].norm.removeprefix("و") in UNITS and k + 1 <= self.last:
            inner = self._unit_of(k + 1)  # قوة من الشرطة العراقية: the unit acts for the body it is taken from
            if inner is not None:
                return Actor(start, inner.end, inner.entity, start_word, inner.last, inner.sector or sector,
                             inner.country or country, count)
        # القوة التنفيذية التابعة لوزارة الداخلية: a force acts for the body it belongs to
        owner = self._carried(k + 1) if k + 1 <= self.last and self.words[k + 1].norm in OWNED else None
        if owner is not None and owner.entity is not None:
            country = owner.country or country
            return Actor(start, owner.end, owner.entity, start_word, owner.last, sector, country, count)
        return Actor(start, self.words[k].end, None, start_word, k, sector, country, count)

    def _stance_complement(self, k: int) -> int:
        """The last word of a stance adjective's complement (المتظاهرين المناوئين للحكومة التايلندية، المتظاهرون
        المناهضون للفاشية): whom the crowd is for or against belongs to its name; else k."""
        adjective = self.words[k].norm.removeprefix("و").removeprefix("ال")
        if not adjective.startswith(STANCE_STEMS) or k + 1 > self.last:
            return k
        nxt = self.words[k + 1]
        if nxt.punct_before.strip() or not nxt.norm.startswith("ل") or (k + 1) in self.verbs:
            return k
        k += 1
        e = self.at_word.get(k)
        if e is not None:
            return self.entity_words(e)[1]
        if k + 1 <= self.last and not self.words[k + 1].punct_before.strip() and nisba_country(self.words[k + 1]):
            k += 1  # للحكومة التايلندية: its nationality adjective (not an object after it: للفاشية الشوارع)
        return k

    def counted_people(self, j: int) -> str | None:
        """The country of a people named after a count by its indefinite accusative nisba (13 إثيوبياً), which
        entity linking takes for the country itself; None otherwise."""
        e = self.at_word.get(j)
        w = self.words[j]
        if e is None or e.label != "LOC" or self.entity_words(e)[1] != j or not w.norm.endswith("يا"):
            return None
        if j - 1 < self.first or not counted(self.words[j - 1].norm) or w.punct_before.strip():
            return None
        return nisba_country(w, accusative=True)

    def _construct_chain(self, k: int) -> int:
        """The last word of an indefinite construct chain after k that ends in a definite word or a name within
        three words (سكان أحياء وسط الخرطوم); k itself when there is none."""
        for n in range(k + 1, min(self.last, k + 3) + 1):
            w = self.words[n]
            if w.punct_before.strip() or w.norm in SEPARATE_PREPS or w.norm in FUNCTION_WORDS or n in self.verbs:
                return k
            if n in self.at_word:
                return self.entity_words(self.at_word[n])[1]
            if w.norm.startswith("ال"):
                return n
            if joined(w) or (w.norm.startswith(("ب", "ل", "ك", "ف")) and not w.norm.startswith("بل")):
                return k
        return k

    def _carried(self, j: int) -> Actor | None:
        """Whom a vehicle or convoy belongs to or carries, after one adjective at most (قافلة عسكرية تضم جنودا،
        سيارات تابعة للجيش، حافلة تقل عناصر من الحرس الثوري، موكبا لسفارة الولايات المتحدة)."""
        for k in (j, j + 1):
            if k > self.last or self.words[k].punct_before.strip():
                return None
            w = self.words[k].norm
            if w in OWNED or (w in CARRYING and self.words[j - 1].norm.removeprefix("و") in CARRIERS):
                first = k + 1
            elif w.startswith("ل") and k == j and (k in self.at_word or agent_sector(self.words[k]) is not None):
                first = k  # قافلة للأمم المتحدة، قاعدة للجيش: the body's own
            elif k == j and self.words[j - 1].norm.removeprefix("و") in CARRIERS and (owner := self._owner(k)):
                return owner
            elif k == j and not w.startswith("ال") and k not in self.at_word and w not in FUNCTION_WORDS:
                if w == "بدون" and k + 1 < self.last and self.words[k + 1].norm == "طيار":
                    return self._carried(k + 2)  # طائرة بدون طيار تابعة للجيش: a drone
                continue  # one indefinite adjective: قافلة عسكرية، حافلة صغيرة
            else:
                return None
            if first > self.last or self.words[first].punct_before.strip():
                return None
            if w in OWNED and not self.words[first].norm.startswith("ل"):
                return None
            inner = self.actor_at(first)
            return inner if inner is not None and inner.first == first else None
        return None

    def _past_honorifics(self, j: int, limit: int) -> int:
        """Where a name may start: the first word from j that is no honorific, looking no further than limit."""
        while j <= limit and self.words[j].norm in HONORIFIC_TITLES:
            j += 1
        return j

    def _owner(self, k: int) -> Actor | None:
        """The genitive (or the ل) right after a vehicle that names whose it is: موكب وزير الداخلية، سيارة الشرطة,
        past honorifics (موكب الشيخ عبد الكريم نصيف), or an embassy for its state (موكبا لسفارة الولايات المتحدة).
        Not an adjective (سيارة مفخخة); nor after premises, whose genitive is mostly their name (معسكر المنار)."""
        named = self._past_honorifics(k, min(self.last - 1, k + 1))
        if named > k:
            person = self.at_word.get(named)
            if person is None or person.label != "PER" or self.entity_words(person)[0] != named:
                return None
            return Actor(self.words[k].start, person.end, person, k, self.entity_words(person)[1])
        a = self.actor_at(k)
        return a if a is not None and a.first == k and a.count is None else None

    def _partitive_phrase(self, j: int, start_word: int, count: tuple[int, int]) -> Actor | None:
        """The group a number is taken from (ثمانية من مقاتلي البيشمركة): a construct phrase of up to three
        words, through an entity that starts inside it, when no actor noun heads it."""
        w = self.words[j]
        if w.norm in FUNCTION_WORDS or w.norm in TEMPORAL or (w.norm.startswith(("من", "في")) and len(w.norm) <= 4):
            return None  # منهم، فيها: a pronoun points back; no group is named here
        k = j
        while k + 1 <= min(self.last, j + 2):
            nxt = self.words[k + 1]
            if nxt.punct_before.strip(' «"“') or nxt.norm in SEPARATE_PREPS or nxt.norm in FUNCTION_WORDS:
                break
            if nxt.norm in TEMPORAL or nxt.norm in SKIPPABLE or counted(nxt.norm) or k + 1 in self.verbs:
                break  # عدد من المعلمين الإيرانيين أمس / اثنان من رجال المقاومة وأصيب: the day, the next verb
            purpose = nxt.norm.startswith("لت") and len(nxt.norm) >= 6 and nxt.norm[-2] == "ي" and nxt.norm != "لتنظيم"
            if purpose and k + 1 not in self.at_word:
                break  # عدد من الجامعات السعودية لتنفيذ برامجه: ل + a verbal noun (تفعيل) is a purpose, not a name
            k += 1
        e = next((self.at_word[i] for i in range(j, k + 1) if i in self.at_word), None)
        if e is not None:
            k = max(k, self.entity_words(e)[1])
        sector = next((agent_sector(self.words[i]) for i in range(j, k + 1) if agent_sector(self.words[i])), None)
        return Actor(w.start, self.words[k].end, None, start_word, k, sector, None, count)

    def coordinated(self, actor: Actor) -> list[Actor]:
        """An actor and those joined to it by و (and ،): السورية والعراقية، للمملكة، والولايات المتحدة."""
        out = [actor]
        j = actor.last + 1
        while j <= self.last and len(out) < 6:
            w = self.words[j]
            # وزير، وليد، وفد: a و that is the word's own letter joins nothing
            if not (joined(w) and w.punct_before.strip(" ") in ("", "،", ",")):
                break
            nxt = self.actor_at(j)
            if nxt is None or nxt.first != j or self._opens_clause(actor, nxt):
                break
            out.append(nxt)
            j = nxt.last + 1
        # two actors sharing one span (الحكومتين السورية والعراقية) come as separate entities
        extra = [
            Actor(e.start, e.end, e, *self.entity_words(e))
            for e in self.entities
            if actor.entity is not None and e is not actor.entity and (e.start, e.end) == (actor.start, actor.end)
        ]
        return out[:1] + extra + out[1:]

    def _opens_clause(self, first: Actor, nxt: Actor) -> bool:
        """Is the joined actor the subject of the verb right after it, a clause of its own (تصريحات خامنئي
        والسيسي يعتبر)? Not after بين, whose two sides are the subject's (الاتفاق بين إيران والغرب يعتبر)."""
        k = nxt.last + 1
        return (
            k in self.verbs
            and not self.words[k].norm.startswith(("و", "ف"))
            and not (first.first > self.first and self.words[first.first - 1].norm == "بين")
        )

    def has_name(self, e: Span) -> bool:
        """A person entity with a name in it (الملك سلمان بن عبد العزيز), not only a title and a nationality
        (وزير الخارجية الأمريكي): a word with no article that is neither an actor noun nor a nisba."""
        first, last = self.entity_words(e)
        return any(
            not self.words[i].norm.startswith("ال")
            and agent_sector(self.words[i]) is None
            and nisba_country(self.words[i]) is None
            for i in range(first, last + 1)
        )

    def prep_of(self, j: int) -> tuple[str | None, bool]:
        """(preposition, separate?) of word j: إلى as a word, or ب/ل glued to it (بانضمام، للمملكة)."""
        w = self.words[j]
        base = w.norm[1:] if w.norm.startswith(("و", "ف")) and w.norm[1:] in SEPARATE_PREPS else w.norm
        if base in SEPARATE_PREPS:
            return base, True
        for p in ("الي", "علي", "من", "عن", "مع"):
            if base.startswith(p) and base[len(p) :] in ("ه", "ها", "هم", "هما", "هن"):
                return p, True
        pre = analyze(w.surface).prefix
        pre = pre[1:] if pre.startswith(("و", "ف")) else pre
        if pre.startswith("ل") or pre == "لل":
            return "ل", False
        if pre.startswith("ب"):
            return "ب", False
        if not pre and w.norm[:1] in "بل" and w.norm[1:3] == "ال":
            return w.norm[0], False
        return None, False

    def governing_prep(self, e: Span) -> str | None:
        """The preposition an entity stands after: glued to its first word (للمملكة) or the word before (في)."""
        f, _ = self.entity_words(e)
        if self.words[f].start < e.start:  # the mention starts after a glued clitic: بسوريا، لسوريا
            glued = norm(self.text[self.words[f].start : e.start]).lstrip("وف")
            if glued[:1] in ("ب", "ل"):
                return glued[0]
        prep, separate = self.prep_of(f)
        if prep is not None and not separate:
            return prep
        if f - 1 >= self.first:
            prev = self.words[f - 1].norm
            prev = prev[1:] if prev.startswith(("و", "ف")) and prev[1:] in SEPARATE_PREPS else prev
            if prev in SEPARATE_PREPS:
                return prev
        return None
