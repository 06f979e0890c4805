"""Reading an event's roles in its sentence: which words are verbs, the subject of a verb, the verb governing a
verbal noun, the target after the lexicon's preposition, the place and the date (a verbal noun's own agent and
object are :mod:`rasd.events.nouns`').

A mixin of :class:`rasd.events.code.Coder`, kept apart so each module stays readable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rasd.document import Document, Span
from rasd.events import clauses
from rasd.events.addressees import addressee
from rasd.events.args import (
    SKIPPABLE,
    TEMPORAL,
    Actor,
    Sentence,
    agent_sector,
    case_of,
    construct_head,
)
from rasd.events.clauses import main_verbs, opening_subject, past_time, subject_relative
from rasd.events.detect import TIME_WORDS
from rasd.events.gates import licensing_groups
from rasd.events.lexicon import Lexicon, Trigger
from rasd.events.words import (
    BORDERS,
    OBJECT_GOVERNORS,
    PRONOUN_SUFFIXES,
    RELATIVES,
    TARGET_NOUNS,
    counted,
    governor_forms,
    governor_groups,
    governors,
    joined,
    known_verb,
    listed_verb,
    office_after_feminine,
    pronoun_object,
    speaking_as_we,
)
from rasd.text.clitics import analyze, candidates
from rasd.text.normalize import norm

if TYPE_CHECKING:
    from datetime import date

    from rasd.events.code import Event
    from rasd.kb.match import Tok

_THAT = clauses.THAT  # إنّ / أنّ (normalized), after which a noun is the subject
_KANA = clauses.KANA  # كان before its subject and then the verb
# words a verb never follows, so a word both verb and verbal noun after them is the noun (جراء إصابته: his injury,
# not أصابته "she hit him"; بعد اعتقاله)
_BEFORE_NOUN = frozenset(
    {"عن", "علي", "الي", "من", "في", "جراء", "اثر", "عقب", "نتيجة", "بسبب", "اثناء", "خلال", "بعد"}
)
_BEFORE_SUBJECT = _THAT | _KANA
_VERB_OPENERS = frozenset(
    {"قد", "لقد", "كما", "ثم", "وقد", "ولقد", "فقد", "حيث", "عندما", "بعدما", "الذي", "التي", "الذين", "وكان", "كان",
     "كانت", "وكانت", "اذ", "حين", "لما", "بعد", "ان", "امس", "اليوم"}
)


_HEADED_BY = frozenset({"برئاسة", "بقيادة", "يترأسه", "يرأسه", "يقوده", "ترأسه", "يتقدمه"})
# a meeting's or conference's participants, named after it (ستستضيف اجتماعا ... بمشاركة المفوضية، عقد المجلس
# جلسة بحضور الوزير): its target when the lexicon's slots hold none
_ATTENDED_BY = frozenset({"بمشاركة", "وبمشاركة", "بحضور", "وبحضور"})
# what a state recognizes in another: اعترف بدولة فلسطين، باستقلال كوسوفو، بحكومة الوفاق
_RECOGNIZED = frozenset({"دولة", "حكومة", "استقلال", "سيادة", "جمهورية", "شرعية", "كيان", "مجلس", "سلطة"})
_PARTICLES = frozenset({"ان", "كان", "قد", "لا", "ما", "لم", "لن", "هو", "هي", "انه", "انها", "لكن", "حيث", "ثم"})
_CEREMONIES = frozenset({"حفل", "حفلا", "حفلة", "مراسم", "مادبة", "احتفال", "احتفالية"})


class RoleFinder:
    """Role-finding rules; see the module docstring."""

    doc: Document
    lex: Lexicon
    words: list[Tok]
    entities: list[Span]
    published: date | None
    quotes: list[Span]
    previous_subject: list[Actor]
    _subjects: dict[int, list[Actor]]
    _verbs: list[int]
    trigger_entries: dict[int, list[Trigger]]  # the Coder's: the reading of the trigger found at each word
    date_words: frozenset[int]  # the words of the dates layer's spans (ليل أول من أمس)
    # StanceRules', mixed in with this class into the Coder
    governor_subject: Callable[..., list[Actor]]
    _noun_subject: Callable[[int, Sentence], list[Actor]]
    _after_verb_and_subject: Callable[[int], bool]
    _quote_speaker: Callable[..., Actor | None]
    _unfit_speaker: Callable[[int], bool]
    _after_destination: Callable[[int, int, Sentence], int | None]  # SettingRules'
    apposition: Callable[[Actor, list[Actor], int], bool]  # TitleRules'
    statement_owner: Callable[[int, Sentence], Actor | None]  # SideRules'
    title_run: Callable[[int, Sentence], int]
    heads_after_name: Callable[[int, list[Actor]], bool]  # TitleRules'
    act_side: Callable[[str, list[Actor], Any, Sentence], list[Actor]]
    self_reports: Callable[[int], bool]
    _is_city: Callable[[Span], bool]  # SettingRules'

    def is_noun(self, j: int, entries: list[Trigger]) -> bool:
        w = self.words[j]
        # فتحت النار، ألقت القبض: a phrase opened by a verb form (its object written on) is read as that word
        # would be, a verb or its verbal noun (إبان فرض العقوبات)
        verb_phrase = bool(entries) and all(t.pos == "phrase" for t in entries) and j in self._verbs
        if all(t.pos != "verb" for t in entries) and not verb_phrase:
            return True
        stem = analyze(w.surface).stem
        if verb_phrase and (stem.endswith(("ت", "وا")) or stem.startswith(("ي", "ت"))):
            return False  # فتحت، أطلقوا، يطلقون: written only as a verb
        if all(t.pos == "verb" for t in entries):
            # نجح في حث البرلمان على: no verb follows في، عن، على، إلى; a form written like the verb is its noun
            prev = self.words[j - 1].surface if j > 0 else ""  # as written: the name علي is no على
            return prev.removeprefix("و") in ("في", "عن", "على", "إلى", "الى")
        if w.norm.startswith(("ال", "بال", "لل", "وال", "ب", "ل")) or self.prev_norm(j) in _BEFORE_NOUN:
            return True
        if j - 1 in self._verbs:  # ويؤكد دعم دمشق: the object of a verb is a verbal noun
            return True
        a = analyze(w.surface)
        if (
            a.suffix
            and not a.prefix
            and any(t.pos == "verb" for t in self.lex.words.get(a.stem, ()))
            and a.stem.endswith("ت")
        ):
            return False  # اجتماع استضافته العاصمة: a verb with its object pronoun (she hosted it)
        if a.suffix and not a.prefix and j + 1 < len(self.words) and not self.words[j + 1].punct_before.strip():
            nxt = self.words[j + 1]
            if agent_sector(nxt) is not None and (nxt.norm.endswith(("ون", "و")) and not nxt.norm.startswith("ال")):
                return False  # خطفهم مقاتلو الطوارق، قتله مسلحون: a noun with a pronoun takes no subject after it
        # جهودها ودعمها: a word coordinated with a noun carrying the same pronoun is a noun too
        suffix = analyze(w.surface).suffix
        if suffix and w.norm.startswith("و") and self.prev_norm(j).endswith(suffix):
            return True
        if self._after_verb_and_subject(j):  # أدان الرئيس المصري قصف المدينة: the verb's object
            return True
        # a form both a past verb and a verbal noun (دعم، قصف، رفض): a verb opens a clause or follows its
        # subject; anywhere else it is the noun (بمواصلة دعم الحكومتين)
        return not self._clause_initial(j)

    def _after_attack_noun(self, j: int) -> bool:
        """Does the word at j follow an indefinite attack noun and come before a count (هجوم قتل 5 أشخاص،
        تفجير انتحاري قتل 32 شخصا)? Then it is the verb of a relative clause describing the attack, not a verbal
        noun in the construct state with it."""
        before = self.words[j - 1]
        if before.norm.removeprefix("و").startswith("ال") or j + 1 >= len(self.words):
            return False
        entries = [t for f in candidates(before.surface) for t in self.lex.words.get(f, ())]
        attack = any(t.type == "ASSAULT" and t.pos != "verb" for t in entries)
        return attack and counted(self.words[j + 1].norm)

    def _clause_initial(self, j: int) -> bool:
        w = self.words[j]
        if j == 0 or w.punct_before.strip() or "\n" in w.punct_before:
            return True
        prev = self.prev_norm(j)
        if prev in _VERB_OPENERS or self.self_reports(j):
            return True  # قال الحلف إنه قتل عددا من زعماء طالبان: a verb with its object
        if self._after_attack_noun(j):
            return True  # تفجير انتحاري قتل 32 شخصا: the attack's unmarked relative clause, opened by its verb
        return any(e.end == self.words[j - 1].end for e in self.entities)

    def prev_norm(self, j: int) -> str:
        return self.words[j - 1].norm if j > 0 else ""

    def source_for_verb(self, t: int, sent: Sentence) -> list[Actor]:
        """The subject of the verb at word t: after it (VSO), shared with the verb before it in the
        sentence (رحبت الدول ... وشددت), before it (SVO: وكان الوزير ... قد وصل), or the previous sentence's."""
        if t in self._subjects:
            return self._subjects[t]
        self._subjects[t] = []  # guards against cycles
        result = self._subject(t, sent)
        self._subjects[t] = result
        return result

    def _subject(self, t: int, sent: Sentence) -> list[Actor]:
        speaker = self._quote_speaker(t)
        if speaker is not None:  # وأكد المشاركون ...: the participants speak
            return [speaker]
        if self._unfit_speaker(t):
            return []  # كشفت وثيقة تخطيط أن ...: a document, no actor
        lemma = next((e.lemma for e in self.trigger_entries.get(t, ()) if e.pos == "verb"), "")
        form = self.words[t].norm[bool(analyze(self.words[t].surface).prefix) :]
        speaker = self._quote_speaker(t, inside=True) if lemma else None  # أدعو (not أصيب) only in a quote
        if lemma and self.lex.first_person(form, lemma) and (form[:1] == "ن" or speaker is not None):
            return [speaker] if speaker is not None else []  # نطالب الدول: we ask the states
        if not lemma and speaking_as_we(self.words[t]):
            # قمنا بطرد، نقوم بتنفيذ: a light verb in the first person plural, the speaker's side acts
            return [speaker] if (speaker := self._quote_speaker(t, inside=True)) is not None else []
        if t - 1 > sent.first and self.self_reports(t):  # قالت القوات إنها قتلت، أعلن الجيش أنه شن غارات
            reporting = [v for v in self._verbs if sent.first <= v < t - 1]
            if reporting:
                own = self.source_for_verb(reporting[-1], sent)
                if own:
                    return own
        if t - 2 >= sent.first and self.words[t - 1].norm == "ان" and self.words[t - 2].norm in ("سبق", "سبقت"):
            return self.source_for_verb(t - 2, sent)  # الجيش الذي سبق أن رفض: سبق's subject is the verb's
        if (opener := opening_subject(self.words, t, sent, self._actor_ending_at)) is not None:
            return [opener]
        j = self._past_time(t + 1, sent)
        if j < sent.last and pronoun_object(self.words[j].norm):  # أكد له الوزير، تحتجز فيه الولايات المتحدة
            j = self._past_time(j + 1, sent)
        earlier = [v for v in self._verbs if sent.first <= v < t]
        # a verb written with the plural ending (خطفوا، قتلوا) follows its subject: what comes after is the object
        norm_t = self.words[t].norm
        imperfect_plural = (  # يطلقون، يطالبون: a known singular imperfect with the plural ending (not يتعاون)
            norm_t.startswith("ي") and norm_t.endswith("ون") and known_verb(norm_t[:-2], self.lex.words)
        )
        plural_verb = norm_t.endswith("وا") or imperfect_plural
        plural_svo = plural_verb and t - 1 >= sent.first
        if (
            plural_svo
            and earlier
            and self.words[earlier[-1]].norm.endswith("وا")
            and analyze(self.words[t].surface).prefix.startswith(("و", "ف"))
        ):  # اقتحموا منزلاً لتوقيف فلان، وأطلقوا النار: a plural verb joined to an earlier one shares its subject
            shared = self.source_for_verb(earlier[-1], sent)
            if shared:
                return shared
        if kana := clauses.subject_after_kana(self.words, t, sent, self._verbs, self._actor_ending_at):
            return kana  # وكان الأهالي وأنصارهم من اليهود والأجانب ينظمون
        # في سوريا والعراق، وتعهدوا: a verb with و past a comma opens a clause; the name before is not its subject
        new_clause = "،" in self.words[t].punct_before or "," in self.words[t].punct_before
        if plural_svo and not (new_clause and joined(self.words[t])):
            k = self.before_at_least(t - 1, sent)
            a = self._actor_ending_at(k, sent)
            if a is None and t - 2 >= sent.first and self.words[t - 1].norm in ("قد", "وقد", "لقد", "فقد"):
                k = self.before_at_least(t - 2, sent)  # وكان 1000 لاجئ على الأقل قد احتشدوا
                a = self._actor_ending_at(k, sent)
            if a is None and k - 2 >= sent.first and self.words[k - 1].norm == "من":
                a = self._actor_ending_at(k - 2, sent)  # 1000 لاجئ من التبت: the people, past where they come from
            if a is not None and a.first - 2 >= sent.first and self.words[a.first - 1].norm in ("بينهم", "منهم"):
                a = self._actor_ending_at(a.first - 2, sent) or a  # ثمانية أشخاص، بينهم طفلان، قتلوا
            if a is not None:
                return [a]
        if subject_relative(self.words, t, j, sent, plural_svo):
            a = self._actor_ending_at(t - 2, sent)  # العلمانيين الذين تظاهروا: the relative's antecedent acts
            people = self.words[t - 2]
            plural = people.norm.endswith(("ين", "ون")) and people.norm.startswith(("ال", "وال"))
            if a is None and self.words[t - 1].norm == "الذين" and plural:
                # الذين is said of people: a plural noun no list names (العلمانيين) is a group of civilians
                a = Actor(people.start + people.norm.startswith("و"), people.end, None, t - 2, t - 2, "CVL")
            return [a] if a is not None else []  # not the subject of an earlier verb (أثار أردوغان ...)
        # after إنّ / أنّ or كان the subject comes before its verb, past where it is: إن القوات قتلت المدنيين، أن
        # الشرطة في بغداد اعتقلت، وكانت الحكومة المحلية في الأنبار دعت أهالي الفلوجة
        k = t - 3 if t - 3 >= sent.first and self.words[t - 2].norm == "في" and t - 1 in sent.at_word else t - 1
        a = self._actor_ending_at(k, sent) if k - 1 >= sent.first else None
        if a is not None and a.first - 1 >= sent.first and self.words[a.first - 1].norm in _BEFORE_SUBJECT:
            return [a]
        if (
            t - 2 >= sent.first
            and self.words[t - 1].norm in ("قد", "وقد", "لقد", "فقد")
            and not self._plural_form(t, lemma)
        ):  # وكانت قوات الأمن قد قتلت ثلاثة: the subject stands before قد (dual and plural verbs: see below)
            a = self._actor_ending_at(t - 2, sent)
            if a is not None:
                return [a]
        casualty = any("casualty" in e.flags for e in self.trigger_entries.get(t, ()))  # شخصا قتل: passive
        if not casualty and (k := clauses.described_noun(self.words, t, sent, self._verbs)) is not None:
            a = next((x for i in range(max(sent.first, k - 2), k + 1) if (x := sent.actor_at(i)) and x.last == k), None)
            if a is not None:  # إلى رجل هاجم السفير: the man who attacked
                return [a]
        if (
            not plural_verb  # وطالبوا وزارة التجارة: whom they asked, opening the sentence too
            and j <= sent.last
            and self.prev_norm(t).lstrip("وف") not in ("هو", "هي", "هم", "هما")  # وهو يهاجم أمريكا: he attacks
            and sent.prep_of(j)[0] is None
            and not self.words[j].punct_before.strip(" ،,\"«“")  # a name in quotes is a subject too: رفض "فيفا"
        ):
            a = sent.actor_at(j)
            if a is not None and lemma and office_after_feminine(self.words[t], lemma, self.words[j]):
                a = None  # التقت الجزيرة رئيس الوحدة: the office is whom she met
            if a is not None and a.entity is None and a.count is None and case_of(self.words[a.first].norm) == "obl":
                a = None  # كما حث العاملين على: a plural in -ين after the verb is its object, not its subject
            if a is not None:
                wa = analyze(self.words[t].surface).prefix.startswith(("و", "ف")) or (  # not فجر "set off"
                    norm_t.startswith("ف") and known_verb(norm_t[1:], self.lex.words)
                )
                if a.entity is None and earlier and wa:
                    # وأكد فؤاد حسين ...، وطالب المجتمع الدولي بـ: the generic phrase is the one addressed
                    main = main_verbs(self.words, self._verbs, sent)
                    chain = [v for v in earlier if v in main] or earlier
                    prior = self.source_for_verb(chain[-1], sent)
                    if any(x.entity is not None for x in prior):
                        return prior
                return sent.coordinated(a)
        if (k := self._after_destination(t, j, sent)) is not None and not self._plural_form(t, lemma):
            a = sent.actor_at(k)  # وصل إلى بغداد أمس وزير الخارجية الإيراني: where (and when) first, then who
            if a is not None and a.first == k and a.entity is not None and a.entity.label in ("PER", "ORG"):
                return sent.coordinated(a)
        # أن بغداد تدعم / ان مجهولين خطفوا: the actor right before the verb is its subject; not before one with و
        if t - 1 >= sent.first and analyze(self.words[t].surface).prefix[:1] not in ("و", "ف"):  # (زار X ويلتقي)
            a = self._actor_ending_at(t - 1, sent)
            if a is None and t - 2 >= sent.first and self._adjective_like(t - 1):
                a = self._actor_ending_at(t - 2, sent)  # إن وحدة إسرائيلية خاصة اغتالت: past one more adjective
            if a is None and (k := clauses.before_relative(self.words, t, sent, self._verbs)) is not None:
                a = self._actor_ending_at(k, sent)  # قوات الأمن التي انتشرت بأعداد كبيرة فرقت المظاهرة
            if a is not None and not clauses.governed(self.words, sent, a, t):
                return [a]
        if earlier:
            if clauses.own_subject_between(self.words, t, sent, self._verbs):
                return []  # قالت المصادر إن بعض قادة الفرق رفضوا: not the sources
            main = main_verbs(self.words, self._verbs, sent)
            chain = [v for v in earlier if v in main] if t in main else earlier
            if chain:
                return self.source_for_verb(chain[-1], sent)
        before = []
        governed_to = -2  # the last word of the last name a preposition governs
        for e in sent.entities:
            if e.end <= self.words[t].start and e.label in ("PER", "ORG", "LOC", "MISC"):
                if clauses.nested(e, sent):
                    continue  # the داعش inside التحالف الدولي ضد تنظيم داعش is not the subject
                f, last = sent.entity_words(e)
                lead_in = clauses.byline(self.words, f, last, t, sent)  # خالد السليمي- سبق- حائل: ناشدت
                if sent.governing_prep(e) is not None or self._in_setting(f, sent) or (
                    f == governed_to + 1 and joined(self.words[f])  # في سوريا والعراق: both where
                ):
                    governed_to = last
                    continue
                if not clauses.title_part(e, sent) and not lead_in:
                    before.append(Actor(e.start, e.end, e, f, last))
        if before:
            plural = self._plural_form(t, lemma)
            return before if plural else before[-1:]
        return list(self.previous_subject)

    def _in_setting(self, f: int, sent: Sentence) -> bool:
        """Is the name starting at word f the genitive of a noun a preposition governs (في شمال الضفة، إلى خرائب
        مستوطنة «شانور»)? Then it says where or of what, and is no subject."""
        for k in range(f - 1, max(sent.first, f - 3) - 1, -1):
            if self.words[k + 1].punct_before.strip(" \"«»“”"):
                return False
            prep, separate = sent.prep_of(k)
            if prep is not None:
                return separate or k < f - 1
            if self.words[k].norm.startswith("ال") or k in sent.at_word or k in self._verbs:
                return False
            w = self.words[k].norm
            if w in _PARTICLES or (w[:1] in "وفبل" and w[1:] in _PARTICLES):
                return False  # ونبه إلى أن «داعش»: أن opens a clause, the name is its subject
        return False

    def _plural_form(self, t: int, lemma: str) -> bool:
        """Is the verb at t dual or plural (قتلا، قتلوا، قتلتا)? Not a verb whose own lemma ends in alef (ودعا رئيس
        الكنيست: he called), which a final ا alone would make a dual."""
        norm_t = self.words[t].norm
        if norm_t.endswith(("وا", "تا")):
            return True
        form = norm_t[bool(analyze(self.words[t].surface).prefix) :]
        return norm_t.endswith("ا") and not (lemma and form == norm(lemma))

    def before_at_least(self, j: int, sent: Sentence) -> int:
        """The word before على الأقل when words j-1, j are that phrase (خمسة أشخاص على الأقل قتلوا), else j."""
        if j - 2 >= sent.first and (self.words[j - 1].norm, self.words[j].norm) == ("علي", "الاقل"):
            return j - 2
        return j

    def _past_time(self, j: int, sent: Sentence) -> int:
        return past_time(self.words, j, sent)

    def _adjective_like(self, j: int) -> bool:
        """A word that can only qualify the noun before it: an adjectival ending, no verb, no clause break."""
        w = self.words[j]
        return (
            not w.punct_before.strip()
            and j not in self._verbs
            and not self._is_trigger(j)
            and w.norm.removeprefix("ال").endswith(("ة", "ية", "ي", "ون", "ين"))
            and len(w.norm) >= 4
        )

    def _actor_ending_at(self, j: int, sent: Sentence) -> Actor | None:
        """An entity or a generic actor phrase whose last word is j, not inside a prepositional phrase."""
        e = sent.at_word.get(j) or next((x for x in sent.entities if x.end == self.words[j].end), None)
        if (
            e is not None
            and e.label in ("PER", "ORG", "LOC", "MISC")
            and sent.governing_prep(e) is None
            and not clauses.nested(e, sent)
            and not sent.counted_people(j)  # 13 إثيوبياً: the counted phrase below
        ):
            f, last = sent.entity_words(e)
            wider = sent.actor_at(f - 1) if f - 1 >= sent.first and last == j else None
            if wider is not None and wider.entity is None and wider.country and wider.last == j:
                return wider  # جنديا تركيا قتل: a Turkish soldier (its nationality read as Turkey by the tagger)
            if last == j:
                return Actor(e.start, e.end, e, f, last)
        for k in range(max(sent.first, j - 6), j + 1):  # the longest phrase: قوات الأمن, not الأمن
            a = sent.actor_at(k)
            unit = a is not None and a.entity is not None and a.start < a.entity.start  # قوة من الشرطة العراقية
            if a is not None and (a.entity is None or unit) and a.last == j and sent.prep_of(k)[0] is None:
                return a
        return None

    def find_verbs(self, first: int, last: int) -> list[int]:
        """Words that are verbs for subject tracking: trigger verbs, governors, reporting verbs, outside quotes."""
        from rasd.quotes.stage import cue_of

        inside = [
            (q.get("content").start, q.get("content").end)
            for q in self.quotes
            if q.get("kind") == "direct" and isinstance(q.get("content"), Span)
        ]
        out = []
        for j in range(first, last + 1):
            w = self.words[j]
            if any(s <= w.start < e for s, e in inside):
                continue
            forms = candidates(w.surface)
            if w.norm.startswith(("ال", "وال", "بال", "لل", "فال")) and not listed_verb(forms, self.lex.words):
                continue  # a word with the article is not a verb (التحالف); ألقت، التقى only look like one
            entries = [t for f in forms for t in self.lex.words.get(f, ())]
            is_trigger_verb = any(t.pos == "verb" for t in entries) and not self.is_noun(j, entries)
            if is_trigger_verb or any(f in governors() for f in forms) or cue_of(w) is not None:
                out.append(j)
        return out

    def _governor(self, t: int, sent: Sentence) -> int | None:
        """The nearest verb before the verbal noun at t: a verb of the sentence or a listed governor, or a verb
        that licenses the trigger read at t."""
        licence = frozenset(g for e in self.trigger_entries.get(t, ()) for g in licensing_groups(e))
        for j in range(t - 1, sent.first - 1, -1):
            noun = self.words[j].norm.removeprefix("و").startswith("ال")  # التوصل إلى اتفاق: a verbal noun
            if (  # مئات من المتظاهرين تدعمهم الأحزاب احتجاجا: a relative clause's verb, not the noun's governor
                j in self._verbs
                and j > sent.first
                and analyze(self.words[j].surface).suffix in ("ه", "ها", "هم", "هما")
                and self._actor_ending_at(j - 1, sent) is not None
            ):
                continue
            forms = governor_forms(self.words, j, sent.first)  # سوف تقدم: the future form
            if not noun and j not in self._verbs and any(governor_groups().get(f) in OBJECT_GOVERNORS for f in forms):
                if self._object_of_act(j, t, sent):
                    return j
                continue  # بدأت فرق في مسح ... التي خلفتها المواجهات: some other verb's noun
            if j in self._verbs or (not noun and any(f in governors() for f in forms)):
                return j
            if not noun and any(governor_groups().get(f) in licence for f in forms):
                return j  # رفعت السعودية العقوبات: the verb that licenses the trigger (lexicon flag after:)
        return None

    def _object_of_act(self, j: int, t: int, sent: Sentence) -> bool:
        """Is the verbal noun at t the object of the verb at j that begins, ends, tries or decides an act
        (OBJECT_GOVERNORS): nothing but its subject and time words between (بدأ الرئيس أمس زيارة، حاولت الشرطة
        اعتقاله)? Those verbs take other objects too (بدأ عامه الثاني قيد الاعتقال, a year begun in detention),
        whose later nouns are not the subject's act."""
        k = j + 1
        while k < t:
            a = sent.actor_at(k)
            if self.words[k].norm in TIME_WORDS | TEMPORAL:
                k += 1
            elif a is not None and a.first == k and a.last < t:
                k = a.last + 1
            else:
                return False
        return True

    def targets(
        self, t: int, end: int, sent: Sentence, trig: Trigger, source: list[Actor], events_at: dict[int, Event]
    ) -> list[Actor]:
        """The target after the lexicon's preposition (or the direct object), with its coordination."""
        src_words = {w for a in source for w in range(a.first, a.last + 1)}
        if trig.pos == "phrase" and end > t and candidates(self.words[end].surface)[-1] in trig.targets:
            # القبض على X، القبض عليهم: the phrase ends in its own preposition, and the target follows it
            if pronoun_object(self.words[end].norm):
                return list(self.pronoun_referent(t, sent, source))
            a = sent.actor_at(end + 1) if end + 1 <= sent.last else None
            if a is not None and a.first == end + 1 and end + 1 not in src_words:
                return sent.coordinated(a)
        anchor = max([end] + [a.last for a in source if a.first > end])  # after the trigger and its genitive agent
        limit = min(sent.last, anchor + (14 if trig.pos == "verb" else 9))
        quoted = clauses.in_direct_quote
        for j in range(end + 1, limit + 1):  # the target is not inside someone's quoted words
            if quoted(self.quotes, self.words[j].start) and not quoted(self.quotes, self.words[t].start):
                limit = j - 1
                break
        nxt = end + 1
        if (
            "obj" in trig.targets
            and trig.pos != "verb"
            and nxt <= sent.last
            and nxt not in src_words
            and sent.prep_of(nxt)[0] is None
            and sent.actor_at(nxt) is None
            and not self.words[nxt].punct_before.strip()
            and (self.words[nxt].norm.startswith("ال") or self.words[nxt].norm in ("هذا", "هذه", "ذلك", "تلك"))
        ):
            return []  # دعم الجهود: the object is not an actor
        pronoun_done = trig.pos == "verb" and analyze(self.words[end].surface).suffix in PRONOUN_SUFFIXES
        if pronoun_done and t - 2 >= sent.first and self.words[t - 1].norm in RELATIVES:
            # the antecedent ends right before الذي, or before a parenthesis (الشاب (24 عاما) الذي قتلته)
            after = t - 1
            if ")" in self.words[t - 1].punct_before:
                opened = (k for k in range(t - 2, max(sent.first, t - 8), -1) if "(" in self.words[k].punct_before)
                after = next(opened, after)
            ante = [
                a for k in range(max(sent.first, after - 8), after) if (a := sent.actor_at(k)) and a.last == after - 1
            ]
            return [a for a in ante[:1] if a.key not in {x.key for x in source}]  # أبو خالد الذي اغتاله «داعش»
        for raw in (False, True):  # named actors first; a generic phrase (المسؤولين) only when none is named
            obj_done = pronoun_done  # استهدفهما، خطفوه: the verb's own pronoun is its object
            skip_to = titles_to = -1  # passed over; the titles alone are a name's (not في بغداد خمسة مسلحين)
            for j in range(anchor + 1 if "obj" in trig.targets else end + 1, limit + 1):
                if j in src_words or j <= skip_to:
                    continue
                if self.words[j].norm in _HEADED_BY and (head := sent.actor_at(j + 1)) is not None:
                    skip_to = head.last  # وفد من حماس برئاسة إسماعيل هنية: the delegation's head, not whom it met
                    continue
                prep, separate = sent.prep_of(j)
                if prep == "ب" and trig.type == "ACCUSE" and "ب" not in trig.targets:
                    break  # اتهام X بالترويج لكوريا الشمالية: the charge follows, and what it names is the charge's
                w = self.words[j]
                if (
                    prep is None
                    and w.norm[:1] in ("ب", "ل")
                    and w.norm[:1] in trig.targets
                    and len(w.norm) >= 5
                    and (j not in sent.at_word or sent.at_word[j].start > w.start)  # بدولة فلسطين: the name after ب
                    and j - max([end] + [a.last for a in source if a.first > end]) <= 4
                ):
                    prep = w.norm[0]  # بتولي: a preposition the clitic guard left on an unknown word
                if prep is None and "obj" in trig.targets:
                    # the object is the first phrase after the verb (and its subject) or the verbal noun
                    dated = j in self.date_words and trig.pos == "verb"  # not استقبال عيد الفطر: its object
                    if obj_done or dated or w.norm in SKIPPABLE or w.norm in TEMPORAL:
                        continue  # اعتقلت الشرطة ليل أول من أمس خمسة: the date, then the object
                    if self.words[j].norm in TIME_WORDS and j < limit and self.words[j + 1].norm in TIME_WORDS:
                        continue  # قتلت القوات فجر أمس محمد علاونة: the time of day, then the object
                    a = sent.actor_at(j, raw=raw)
                    title = a or sent.actor_at(j)  # a title is passed over before named actors are looked for too
                    if title is not None and title.first == j and self.apposition(title, source, titles_to):
                        # الأمير محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء: his titles, not whom he received
                        skip_to = titles_to = self.title_run(title.last, sent)
                        limit = min(sent.last, limit + skip_to - title.first + 1)
                        continue
                    if a is not None and a.first == j and a.entity is not None and any(
                        s.entity is None and s.last == j - 1 and construct_head(self.words[s.last].norm) for s in source
                    ):
                        skip_to = a.last  # استقبل سفير سوريا ...: the genitive of a title, not its object
                        continue
                    if a is not None and a.first == j:
                        return sent.coordinated(a)
                    inner = events_at.get(j) if not self.words[j].norm.startswith("و") else None
                    side = self.act_side(trig.type, source, inner, sent) if inner else []
                    if side:  # أدان الهجوم الذي شنه الحوثيون: the act's author (not قتل وأصيب آخر: a new clause)
                        return side
                    if self.words[j].norm in TARGET_NOUNS or any(
                        f in TARGET_NOUNS for f in candidates(self.words[j].surface)
                    ):
                        owner = sent.actor_at(j + 1, raw=False) if j + 1 <= sent.last else None
                        if owner is not None and owner.first == j + 1:  # مواقع لتنظيم داعش: whose positions
                            return sent.coordinated(owner)
                    owner = self.statement_owner(j, sent) if trig.type in ("ACCUSE", "REJECT", "SUPPORT") else None
                    if owner is not None:
                        return sent.coordinated(owner)  # رفضت مصر تصريحات خامنئي: whose words
                    # the caller named right after the verb or right before it, in this sentence
                    caller = any(a.last == anchor > end or t - 3 <= a.last < t for a in source)
                    if raw and caller and trig.type == "REQUEST" and (asked := addressee(sent, anchor + 1, trig)):
                        return [asked]  # حث الوزير جميع الموظفين على: whom the appeal names, raw
                    obj_done = True  # أن بغداد تدعم الخطة: the object slot holds something else
                    continue
                if prep == "ل" and self.heads_after_name(j, source):
                    continue  # زيارة أحمد الجربا الرئيس السابق للائتلاف إلى موسكو: the body he led
                border = prep == "مع" and self.words[j - 1].norm in BORDERS  # الحدود مع سوريا: a place
                if prep is None or border or (prep not in trig.targets and not ("ل" in trig.targets and prep == "الي")):
                    place = sent.actor_at(j + 1) if separate and j < sent.last else None
                    if place is not None and place.first == j + 1 and place.entity and place.entity.label == "LOC":
                        skip_to = place.last  # استقبل الملك في الرياض أمس رئيس الوزراء: where, then whom
                    continue
                if pronoun_object(self.words[j].norm):
                    if any(end < v < j for v in self._verbs):
                        continue  # التقت X وأجرت معه: another verb's
                    before = self.words[j - 1].norm
                    if j - 1 > end and before[:1] in ("ي", "ت") and len(before) >= 4 and j - 1 not in sent.at_word:
                        continue  # معسكرا يسيطر عليه الحوثيون: a present verb's pronoun (the camp they hold)
                    return list(self.pronoun_referent(t, sent, source))
                k = j + 1 if separate else j
                if k > sent.last:
                    break
                inner = events_at.get(k)
                if inner is not None:  # رحب بانضمام سوريا: the welcomed action's agent; الاتفاق بين X وY: both
                    return self.act_side(trig.type, source, inner, sent)
                if self._is_trigger(k):
                    a2 = sent.actor_at(k + 1, raw=False)
                    if a2 is not None:
                        return sent.coordinated(a2)
                a = sent.actor_at(k, raw=raw)
                if a is not None:
                    return sent.coordinated(a)
                parties = self._between(k, sent)
                if parties:
                    return parties
                genitive = sent.actor_at(k + 1, raw=False) if k + 1 <= sent.last else None
                recognized = trig.mode != "recognize" or candidates(self.words[k].surface)[-1] in _RECOGNIZED
                if genitive is not None and sent.prep_of(k + 1)[0] is None and recognized:
                    # بتولي سوريا: the action's agent; اعترفت السويد بدولة فلسطين: the state (not اعترف بتدخل
                    # إيران: an act admitted, no state recognized)
                    return sent.coordinated(genitive)
                # nothing there (لكبار المسؤولين): look further for the same preposition (من المجموعة المصغرة)
        if (
            trig.type == "CONSULT"
            and not (trig.pos != "verb" and t > sent.first and self._is_trigger(t - 1))
            and not (t > sent.first and self.words[t - 1].norm.removeprefix("و") in _CEREMONIES)
        ):
            # (not for the meeting a hosting verb takes as its object: that verb's event has them; not for a
            # ceremony's guests: حفل استقبال بحضور نائب الرئيس is a reception party)
            for j in range(end + 1, limit):
                if self.words[j].norm in _ATTENDED_BY and (a := sent.actor_at(j + 1)) is not None and a.first == j + 1:
                    return [x for x in sent.coordinated(a) if x.key not in {s.key for s in source}]
        return []

    def _is_trigger(self, j: int) -> bool:
        return any(f in self.lex.words for f in candidates(self.words[j].surface))
