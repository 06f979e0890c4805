"""The event coder: PLOVER events with their actors, place, date, modes and evidence, sentence by sentence.

For each trigger the lexicon finds, the coder reads the sentence around it the way Arabic reports events:
a verb takes its subject after it (or before it) and its target after the preposition the lexicon names; a
verbal noun takes its agent from its genitive (استضافة المملكة، انضمام سوريا) or, with a pronoun suffix
(ترحيبه، تقديرهم), from the subject of the verb that governs it (أعرب التحالف الدولي عن ترحيبه). A welcome
of an action targets the action's agent (رحب بانضمام سوريا -> Syria); an agreement "between X and Y" has both
parties. Dyadic types (SUPPORT, CONSULT, ...) need a target to be coded. Events the article reports twice
(headline and lead) are merged, keeping every trigger and sentence as evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rasd.document import Document, Span
from rasd.events import clauses
from rasd.events.actor import distinct
from rasd.events.addressees import held
from rasd.events.args import Actor, Sentence, agent_sector, agents, case_of, counted
from rasd.events.attacks import AttackSides, aims_at_doing
from rasd.events.casualties import CasualtyRules, among_dead
from rasd.events.clauses import RELATIVES, doer_before_object_with_lam, passive_release, purpose_agent
from rasd.events.detect import probability, sentence_features
from rasd.events.detect import threshold as detect_threshold
from rasd.events.domain import sports_positions, sports_report, sports_sentence
from rasd.events.gates import license_met, purpose_met
from rasd.events.lexicon import Lexicon, Trigger, after_article, after_preposition, given_names, marked_passive
from rasd.events.lexicon import load as load_lexicon
from rasd.events.mentions import told_of
from rasd.events.merging import merge
from rasd.events.modality import is_factual, modality
from rasd.events.nouns import NounRoles
from rasd.events.plover import cameo_code, score
from rasd.events.receiving import received
from rasd.events.roles import RoleFinder
from rasd.events.senses import TriggerSenses
from rasd.events.setting import SettingRules, drop_unfit, one_signing
from rasd.events.sides import SideRules
from rasd.events.spans import actor_span, date_span, place_span
from rasd.events.stance import StanceRules, cause_not_call
from rasd.events.titles import TitleRules
from rasd.events.words import (
    FIELD_HEADS,
    governor_groups,
    illness,
    no_party,
    pronoun_object,
    spelled,
)
from rasd.kb.match import Tok, word_tokens
from rasd.kb.mention import DIRECTION_WORDS
from rasd.text.clitics import analyze, candidates
from rasd.text.normalize import norm

# قوات مكافحة الشغب، مكافحة الإرهاب: what a body is there to counter is not an event (normalized, و / ل stripped)
_COUNTER = frozenset({"مكافحة", "مكافحه"})
# Types reported without named actors (an explosion killed ten people; protests broke out)
_ACTORLESS = frozenset({"ASSAULT", "PROTEST", "MOBILIZE", "COERCE"})
_OBJECT_PRONOUNS = frozenset({"ه", "ها", "هم", "هما"})
_PRONOUN_SUBJECTS = frozenset({"هو", "وهو", "فهو", "هي", "وهي", "فهي", "انا", "وانا"})


@dataclass
class Event:
    type: str
    trigger: Trigger
    trigger_word: int
    sentence: Span
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    location: Span | None = None
    aux: dict[str, Any] = field(default_factory=dict)
    confidence: float = 0.5
    date: dict[str, Any] | None = None
    mode: str | None = None
    evidence: list[tuple[Span, Span]] = field(default_factory=list)
    trigger_span: Span | None = None


class Coder(
    TriggerSenses, StanceRules, TitleRules, SettingRules, SideRules, AttackSides, CasualtyRules, NounRoles, RoleFinder
):
    """Codes the events of one document."""

    def __init__(self, doc: Document, lexicon: Lexicon | None = None) -> None:
        self.doc = doc
        self.lex = lexicon or load_lexicon()
        self.words = word_tokens(doc)
        named = [e for e in doc.layer("entities") if e.label in ("PER", "ORG", "LOC", "MISC")]
        self.entities = [e for e in named if not no_party(doc.text, e.start, e.end)]
        self.published = doc.published_day()
        self.quotes = doc.layer("quotes")
        dates = doc.layer("dates")
        self.date_words = frozenset(w.index for d in dates for w in self.words if d.start <= w.start < d.end)
        self.previous_subject: list[Actor] = []
        self.visitors: list[Actor] = []  # who made the last visit told of: the one a later الزيارة names
        self._subjects: dict[int, list[Actor]] = {}
        self._verbs: list[int] = []
        self._detected: dict[tuple[int, str], float | None] = {}
        self.trigger_entries: dict[int, list[Trigger]] = {}
        sports = sports_positions(self.words)
        self._sports = sports if sports_report(sports) else []  # a sports report's sports words

    # -- triggers -------------------------------------------------------------------------------------------
    def triggers(self, first: int, last: int, sent: Sentence) -> list[tuple[int, int, list[Trigger]]]:
        """(first word, last word, entries) of the triggers in a sentence, phrases before single words."""
        out: list[tuple[int, int, list[Trigger]]] = []
        j = first
        while j <= last:
            w = self.words[j]
            found = None
            forms = [w.norm] if w.norm in given_names() else candidates(w.surface)  # فيصل is not ف + يصل
            for form in forms:
                for parts, trig in self.lex.phrases.get(form, ()):
                    if spelled(self.words, j, last, parts) and license_met(trig, self.words, j, first):
                        found = (j, j + len(parts) - 1, [trig])
                        break
                if found:
                    break
            countered = j > first and self.words[j - 1].norm.removeprefix("و").removeprefix("ل") in _COUNTER
            if found is None and sent.inside_entity(j) is None and not countered:
                nxt = candidates(self.words[j + 1].surface) if j + 1 <= last else [""]
                entries = list(
                    dict.fromkeys(
                        t
                        for form in forms
                        if not any(self.lex.excluded(form, n, w.surface) for n in nxt)
                        for t in self.lex.words.get(form, ())
                        if t.pos != "verb"
                        or not (after_article(w.norm, form) or (after_preposition(w.norm, form) and form != t.lemma))
                    )
                )
                prev = self.words[j - 1].norm if j > first else ""
                entries = [e for e in entries if "signs" not in e.flags or self._signed(j, last)]
                entries = [e for e in entries if purpose_met(e, self.words, j, first, last)]
                entries = [e for e in entries if e.pos == "verb" or prev.removeprefix("و") not in FIELD_HEADS]
                aim = any(e.lemma == "استهدف" for e in entries)  # تستهدف الوزارة توفير السكن: an aim, no attack
                if aim and aims_at_doing(self.words, j, last, sent, self._is_trigger):
                    entries = [e for e in entries if e.lemma != "استهدف"]
                if any(e.lemma == "دعا" for e in entries) and cause_not_call(self.words, j, last):
                    entries = [e for e in entries if e.lemma != "دعا"]  # ما يدعو للقلق: a cause, no call
                if any("casualty" in e.flags for e in entries) and illness(self.words, j, last):
                    entries = [e for e in entries if "casualty" not in e.flags]  # أصيب بالسرطان: fell ill
                if any(e.type == "PROTEST" for e in entries) and self._not_protest(j, last):
                    entries = [e for e in entries if e.type != "PROTEST"]
                counted_noun = (  # 11869 طالبا: a counted noun (not after a year: في سبتمبر 1970 خطفت)
                    counted(prev) and not w.punct_before.strip() and not (len(prev) == 4 and prev[:2] in ("19", "20"))
                )
                if entries and (self.verb_with_tanween(j) or counted_noun or self._predicate_noun(j, first)):
                    entries = [e for e in entries if e.pos != "verb"]
                if entries:
                    found = (j, j, entries)
            if found and (head := clauses.adjective_of_noun(self.words, j, found, out[-1] if out else None)):
                out[-1], found = (out[-1][0], out[-1][1], head), None  # هجوم بغداد الانتحاري
            if found:
                out.append(found)
                j = found[1] + 1
            else:
                j += 1
        return out

    # -- coding ---------------------------------------------------------------------------------------------
    def code_sentence(self, sent_span: Span) -> list[Event]:
        rng = _word_range(self.words, sent_span)
        if rng is None:
            return []
        first, last = rng
        sent = Sentence(self.doc, self.words, first, last, self.entities)
        self._verbs = self.find_verbs(first, last)
        sent.verbs = set(self._verbs)
        found = self.triggers(first, last, sent)
        self.trigger_entries = {t: [self._choose(entries, t)] for t, _, entries in found}
        events: list[Event] = []
        events_at: dict[int, Event] = {}
        # هجوم انتحاري استهدف ثكنة / انفجار سيارة مفخخة قتل ...: a verb right after an attack noun is its relative
        # clause, and the attack, not a person, is its subject
        attack_spans = {
            t: end
            for t, end, entries in found
            if any(e.type == "ASSAULT" for e in entries) and self.is_noun(t, entries)
        }
        attack_nouns = set(attack_spans.values())
        # verbal nouns inside a prepositional target are coded first, so a welcome can point at them
        for t, end, entries in sorted(found, key=lambda x: -x[0]):
            trig = self.trigger_entries[t][0]  # the reading chosen above
            noun = self.is_noun(t, entries)
            relative = False
            if noun:
                source, genitive_object = self.source_for_noun(t, sent, trig, end)
                if end == t and (doer := doer_before_object_with_lam(self.words, t, sent)) is not None:
                    source, genitive_object = doer  # قصف الحوثيين لوحدة الاتصالات: the genitive did it
                if not source and trig.type in ("COERCE", "COOPERATE"):  # استخدمت الشرطة الرصاص لتفريق المحتجين
                    source = purpose_agent(self.words, t, sent, manner=trig.type == "COOPERATE")
                genitive_agent = bool(source) and source[0].first == end + 1  # قصف الطيران: named right after
                if (
                    trig.type == "ASSAULT"
                    and not genitive_agent
                    and self.reported_only(t, sent, statements="casualty" in trig.flags)
                ):
                    source = []  # أفاد المرصد بمقتل 12: who reports the dead did not kill them
            elif relative := trig.type == "ASSAULT" and (
                t - 1 in attack_nouns
                or (t - 2 in attack_nouns and self._adjective_like(t - 1))
                or self._describes_attack(t, attack_nouns, sent)
            ):
                source, genitive_object = [], None
            elif trig.type == "ASSAULT" and "obj" in trig.targets and end + 1 in attack_spans:  # واستهدفت غارة X
                source, genitive_object = [], self.attack_object(sent, attack_spans[end + 1])
            else:
                source, genitive_object = self.source_for_verb(t, sent), None
            target = (
                genitive_object if genitive_object is not None else self.targets(t, end, sent, trig, source, events_at)
            )
            if trig.type in ("ASSAULT", "COERCE") and not noun:
                source, target = self._fronted_object(t, end, sent) or (source, target)
            passive = "passive" in trig.flags or marked_passive(self.words[t].surface)  # أصيب، قُتل
            if trig.type in ("ASSAULT", "COERCE") and not noun and passive:
                # قُتل ضابط، خُطف صحفي: the passive, written out; its subject suffered: a person or a body next to
                # the verb (after it, or before it: الذي أصيب), not the subject of a verb before it or of the sentence
                # before (قال فلان ... وأصيب), nor a place (سقطت طفلة ... أبها وأصيبت)
                near = [a for a in source if (a.first > t or a.last >= t - 3) and a.first >= sent.first]
                hurt = [a for a in near if a.entity is None or a.entity.label != "LOC"]
                if not hurt:  # وأصيب نجلاه، أصيب والدي: any phrase right after a passive is its subject
                    bare = self.bare_object(t, end, sent, [], relative=True)
                    hurt = [a for a in bare if a.entity or self.words[a.first].norm[:1] != "ب"]  # not بإصابات: how
                source, target = [], hurt or ([] if source else target)
            if trig.mode == "release" and not noun and passive_release(self.words, t, end, sent, self._verbs):
                source = []  # وأطلق سراح المرأتين بكفالة: freed, by no one named
            agent = self.passive_agent(end, sent) if trig.type in ("ASSAULT", "COERCE") else None
            if agent is not None:  # خطف ... على يد مسلحين: the one named after على يد / من قبل acted
                if not noun:
                    target = target or [a for a in source if a.key != agent.key]  # and the subject suffered
                source = [agent]
            initial = t == sent.first or self.words[t].norm[:1] in ("و", "ف")
            # واختطف 9 عراقيين: passive too, unless the verb's plural ending names its subject (وخطفوا أربعة)
            plural = self.words[t].norm.endswith("وا")
            past = self.words[t].norm.removeprefix("و").removeprefix("ف")[:1] not in ("ي", "ت", "ن")  # not وتعتقل
            counted_victims = "casualty" in trig.flags or (trig.mode in ("abduct", "arrest") and not plural and past)
            if counted_victims and not noun and (initial or not source) and self._count_after(end, sent):
                # وأصيب حوالي تسعة: a count right after a clause's first verb is its subject, the hurt (after قد
                # قتلت, with its subject before, a count is the object and the subject stays)
                source, target = ([agent] if agent is not None else []), self.casualties(t, end, sent, [])
            accusative_object = bool(target) and case_of(self.words[target[0].first].norm) == "acc"
            if not noun and end < last and any(a.last < t for a in source):
                # شاب يقتل شقيقيه: a noun with a possessive pronoun right after the verb is its object, so the
                # subject before the verb killed (not a passive whose subject died)
                after = self.words[end + 1]
                owned = analyze(after.surface).suffix in _OBJECT_PRONOUNS and not pronoun_object(after.norm)
                accusative_object = accusative_object or (owned and not after.punct_before.strip())
            if (
                "casualty" in trig.flags
                and not noun
                and source
                and (
                    self._all_victims(source) or (not target and self._passive_casualty(end, sent, source))
                )
                and not accusative_object  # أصاب متظاهرون شرطياً: active, with its object
                # فقتلوه، الذي قتلته الشرطة: a verb with an object pronoun is active; its subject (before it with
                # the plural ending, else after it) killed him
                and not (self.words[t].norm.endswith(("وه", "وها", "وهم")) and source)
                and not (analyze(self.words[t].surface).suffix in _OBJECT_PRONOUNS and any(a.first > t for a in source))
                # قتل شقيقيه وأصاب آخر: a verb joined with و shares the subject named before the first one
                and not (analyze(self.words[t].surface).prefix[:1] == "و" and all(a.last < t - 1 for a in source))
            ):
                source, target = [], source  # قتل ثلاثة مدنيين / أصيب 37 شخصا: passive, the subject is the victim
            elif "casualty" in trig.flags and not noun and source and self.words[min(end + 1, last)].norm == "مع":
                # النائب الذي قتل مع تسعة مواطنين: killed along with others, a passive; all of them are victims
                along = sent.actor_at(end + 2) if end + 2 <= last else None
                source, target = [], source + ([along] if along is not None else [])
            if not target and "casualty" in trig.flags:
                target = self.casualties(t, end, sent, source)
            if not target and trig.type in ("ASSAULT", "COERCE") and "obj" in trig.targets:
                target = (
                    self.genitive_victim(t, sent) if noun else self.bare_object(t, end, sent, source, relative)
                )
            if not target and trig.type == "COERCE" and trig.pos == "phrase" and self.words[end].norm == "علي":
                target = [a] if (a := held(sent, end + 1)) is not None else []  # القبض على الجاني المذكور
            if not noun and (trig.type == "COERCE" or trig.mode == "abduct") and self._held_person(t, source, target):
                source, target = [], source  # واعتقل رضايان في طهران: a person after the verb, no object: was held
            if not target and trig.type == "ASSAULT":
                target = self.attack_target(sent, t) or self.fallen(sent, source)
            if trig.type == "PROTEST" and target and target[0].first - end > 4:
                # a preposition far from the trigger belongs to another clause (احتج المتظاهرون ... متهمين
                # الجنود بإطلاق النار على المدنيين): a demand or a stance comes first
                crowd = {a.key for a in source}
                stated = self.protest_addressee(sent, t, events_at, stated_only=True)
                target = [a for a in stated if a.key not in crowd] or target
            if not target and trig.type == "PROTEST":
                target = self.protest_addressee(sent, t, events_at)
            if trig.type == "AGREE" and not target and len(source) >= 2:
                source, target = source[:1], source[1:]  # اتفق وزراء الأردن والعراق ولبنان: they agree together
            if noun and (trig.type == "AGREE" or (trig.type == "ASSAULT" and "بين" in trig.targets)):
                # الاتفاق بين X وY: the parties agree with each other; اشتباكات بين X وY: they fight each other
                parties = self._between(t, sent, raw=trig.type == "ASSAULT" or not source)  # بين الدول الكبرى وإيران
                if len(parties) >= 2:
                    source, target = parties[:1], parties[1:]
            if trig.type in ("ASSAULT", "PROTEST", "COERCE"):
                # a phrase after ب / ل (بقواته، لقوات) is not who acts
                source = [
                    a
                    for a in source
                    if (not self._reporter_or_place(a) or self.reporter_acts(t, sent, noun))
                    and (
                        not (a.entity is None and (sent.prep_of(a.first)[0] or self._attached_prep(a.first)))
                        or (noun and a.first == end + 1)  # هجوما للمقاومة: the attack noun's own ل, its author
                    )
                ]
            if trig.type == "PROTEST" and noun and (organizer := self.organizer(sent, end)):
                source = organizer  # مسيرات نظمتها اتحادات العمال: a stated organizer beats one read from the clause
            if trig.type == "PROTEST" and not noun and not source:
                source = self.bare_subject(t, end, sent)
            g = self._governor(t, sent) if trig.type == "PROTEST" and noun and not source else None
            groups = governor_groups()
            if g is not None and any(groups.get(f) == "took-part" for f in candidates(self.words[g].surface)):
                source = self.bare_subject(g, g, sent)  # خرج الآلاف في مسيرة: the crowd that went out
            if trig.type == "ASSAULT":  # هجوم شنه مسلحون: a stated author beats one read from the clause
                author = self.attack_author(sent, t, end, nation="casualty" not in trig.flags) if noun else []
                own = self.bomber(t, end, sent)  # فجر نفسه: who blew himself up, before a subject read elsewhere
                source = author or ([] if noun else own) or source or own
            here = [a for a in source if sent_span.start <= a.start < sent_span.end]
            if noun and trig.type in ("PROTEST", "ASSAULT") and not any(a.entity is not None for a in here):
                # المتظاهرون، انتحاري: the trigger word names the actor itself, before anyone carried over from
                # an earlier sentence (ستة آلاف متظاهر تجمعوا after a paragraph about the prime minister)
                own_noun = agent_sector(self.words[t]) is not None  # not شاب النار (أضرم شاب النار في نفسه)
                for j in range(max(sent.first, t - 3), t + 1):  # with its count: ستة آلاف متظاهر
                    own = sent.actor_at(j)
                    # (or a vehicle phrase the trigger heads, with its owner's id: طائرة بدون طيار تابعة للجيش)
                    mine = own is not None and (own.entity is None or own.first == t)
                    if own is not None and mine and own.first <= t <= own.last and own_noun:
                        source = [own]
                        break
            # the dead did not act
            source = distinct([a for a in source if not among_dead(self.words, a)])
            if trig.type in ("ASSAULT", "PROTEST"):
                # an attack's author, a protest's crowd, is named in its own sentence: one carried over from an
                # earlier sentence carried out an earlier attack (انتحاريتان of 12 July did not set off last
                # Thursday's bomb) or did something else (Obama is not the crowd of the next sentence's march)
                source = [a for a in source if sent_span.start <= a.start < sent_span.end]
            target = self._without_others(distinct(target, self.doc.text))
            source = [a for a in self.own_forces(source, t) if not self._place_after_preposition(a)]
            if noun:  # تلقت اليمن مساعدات من السعودية: the giver after من (no setting), the receiver the verb's subject
                source, target = received(self.words, t, end, sent, trig.type, source, target)
            here = {a.key for a in target if sent_span.start <= a.start < sent_span.end}  # carried, not a target
            source = [a for a in source if a.key not in here or sent_span.start <= a.start < sent_span.end]
            keys = {a.key for a in source}  # and no target holds a source (العنيف من مليشيات الحوثي)
            target = [a for a in target if a.key not in keys and not any(a.clashes(s) for s in source)]
            ev = Event(
                trig.type,
                trig,
                t,
                sent_span,
                source,
                target,
                mode=trig.mode,
                trigger_span=Span(self.words[t].start, self.words[end].end, "trigger"),
            )
            ev.aux = modality(self.words, t, first, last, self.published.year if self.published else None, noun)
            if trig.type in ("AGREE", "REJECT") and told_of(self.words, t, first, last, sent.at_word):
                ev.aux["background"] = True  # الاتفاق النووي مع إيران، حق النقض: told of, not made or used
            events_at[t] = ev
            events.append(ev)
        agreements = [e for e in events if e.type == "AGREE" and e.trigger.pos != "phrase"]
        for ev in [e for e in events if e.type == "AGREE" and e.trigger.pos == "phrase"]:
            if agreements:  # وقف إطلاق النار as part of an agreement in the sentence: that agreement's mode
                agreements[0].mode = ev.mode
                events.remove(ev)
        events = self.one_attack_per_sentence(one_signing(events))
        self.attacked_crowd(events)
        if self._accident(found, sent):
            events = [e for e in events if e.type != "ASSAULT"]
        kept = []
        for ev in sorted(events, key=lambda e: e.trigger_word):
            if ev.trigger.dyadic and not ev.target:
                continue
            if ev.mode == "arrest" and not ev.target and ev.source and all(a.count for a in ev.source):
                ev.source, ev.target = [], ev.source  # نحو 500 شخص أوقفوا: a count of people was arrested
            if "person" in ev.trigger.flags and not any(
                a.entity or a.sector or a.count or counted(self.words[a.first].norm) for a in ev.target
            ):
                continue  # أوقفت الإدارة مستحقات اللاعب: stopped, not arrested (ثلاثة مشتبهين: people, counted)
            if "arrival" in ev.trigger.flags and not self._arrived(ev):
                continue
            if ev.mode == "visit" and self._home_visit(ev):
                continue  # زيارة الجبير للمملكة: a minister in his own country is no visit
            drop_unfit(ev, self.words)
            self.spoken_attack(ev)
            owned = self.own_members(ev.target, ev.trigger_word, sent)
            struck = {(a.start, a.end) for a, b in zip(ev.target, owned, strict=True) if a is not b}
            ev.source = [a for a in ev.source if (a.start, a.end) not in struck]  # their own were struck
            ev.target = owned
            if not ev.source and not ev.target and not self._actorless(ev):
                continue
            used = {a.key for a in ev.source + ev.target}
            ev.location = self.location(ev, sent, used)
            ev.date = self.event_date(sent_span)
            ev.aux["reported_by"] = self.reporter(sent_span) or self.accuser(ev, events)
            if sports_sentence(self._sports, first, last):
                ev.aux["sports"] = True  # يلتقي تشيلسي مع باريس سان جيرمان: a match, not a meeting
            ev.confidence = self.confidence(ev)
            p = self.detector_probability(sent_span, ev.type)
            if p is not None:  # types with a trained detector: is this an event of the day or a mention?
                ev.aux["background"] = p < detect_threshold(ev.type)
                ev.confidence = round(p, 3)
            kept.append(ev)
        if kept and kept[0].source:  # a named subject or a body is carried on (الشرطة); محتج، الأطفال are not
            self.previous_subject = [a for a in kept[0].source if a.entity is not None or a.sector not in (None, "CVL")]
        self.visitors = next(
            (e.source for e in kept if e.mode == "visit" and e.source and all(a.entity or a.sector for a in e.source)),
            self.visitors,
        )  # a named visitor or an actor noun's, not a stray phrase's
        return kept

    def _predicate_noun(self, j: int, first: int) -> bool:
        """فهو حتى الآن طالب في جامعة: a past-tense form right after a pronoun subject (past a time word) is the
        predicate noun (a student), not a verb (he demanded): هو is followed by a present verb (وهو يطالب)."""
        k = j - 1
        while k >= first and self.words[k].norm in ("الان", "حاليا", "حتي", "ايضا", "اليوم"):
            k -= 1
        w = self.words[j].norm
        return k >= first and self.words[k].norm in _PRONOUN_SUBJECTS and w[:1] not in "يتن" and not w.endswith("وا")

    @staticmethod
    def _actorless(ev: Event) -> bool:
        """Types reported with no one named (an explosion killed ten; protests broke out). A coercion so only as a
        verb or a phrase of arrest (اعتقل أكثر من 200، ألقي القبض): its noun alone is mostly a state or a word's
        other sense (قيد الاعتقال، معسكر الاعتقال، ترحيل المقررات الدراسية، طرد الملل)."""
        if ev.type == "COERCE":
            return ev.trigger.pos != "noun" and ev.mode != "deport"
        return ev.type in _ACTORLESS

    def _describes_attack(self, t: int, attack_nouns: set[int], sent: Sentence) -> bool:
        """غارة جوية لطيران التحالف، استهدفت آليات: a singular verb with no و, after a comma or the attack's ل
        author, right after an attack noun's phrase (no verb between), describes that attack: its subject; so
        does a verb of the attack's relative clause (التفجيرين الإرهابيين اللذين استهدفا مسجدين)."""
        w = self.words[t]
        if w.norm[:1] in ("و", "ف") or w.norm.endswith(("وا", "ون")):
            return False  # مسؤولون عن اغتيال رجل، قتلوا: a plural verb has the people for its subject
        if t - 2 >= sent.first and self.words[t - 1].norm in RELATIVES:  # التفجيرين الإرهابيين اللذين استهدفا
            return t - 2 in attack_nouns or (t - 3 in attack_nouns and self._adjective_like(t - 2))
        nouns = [e for e in attack_nouns if t - 7 <= e < t]
        if not nouns or any(k in sent.verbs for k in range(max(nouns) + 1, t)):
            return False
        # after a comma, or right after the attack's author with ل (هجوما للمقاومة الشعبية استهدف نقطة تفتيش)
        if "،" in w.punct_before or "," in w.punct_before:
            return True
        e = max(nouns) + 1
        author = sent.actor_at(e) if self.words[e].norm.startswith("ل") else None
        return author is not None and author.first == e and author.last == t - 1

    def _attached_prep(self, j: int) -> bool:
        """بحافلة، لقوات: an actor noun read through a ب / ل written onto it is inside a prepositional phrase."""
        w = self.words[j].norm.removeprefix("و")
        return (w[:1] in ("ب", "ل") and w not in agents() and w[1:] in agents()) or w.startswith("لل")

    def _reporter_or_place(self, a: Actor) -> bool:
        """Who reports an attack is not its author (قال مصدر أمني إن انتحاريا فجر ...), nor is the place where it
        happened (انفجرت قنبلة شمال إسبانيا); a country or a capital standing for its government can be."""
        for q in self.quotes:
            sp = q.get("speaker")
            if isinstance(sp, Span) and sp.start < a.end and a.start < sp.end:
                return True
        after = self.words[a.last + 1] if a.last + 1 < len(self.words) else None
        before = self.words[a.first - 1] if a.first > 0 else None
        dash = any(d in self.words[a.first].punct_before for d in "ـ-") or (
            before is not None and before.norm in ("ـ", "-")
        )
        if after is not None and ":" in after.punct_before and dash:
            return True  # بانكوك ـ رويترز: the dateline's agency
        if before is not None and before.norm.removeprefix("و") in ("بحسب", "حسب", "وفق", "وفقا", "طبقا"):
            return True  # وبحسب وكالة الأنباء السعودية، وصلت ...: whose account it is
        if before is not None and a.entity is not None and candidates(before.surface)[-1] in DIRECTION_WORDS:
            return True  # بشمال الكاميرون، شرق بغداد: a country named as where in it something happened
        e = a.entity
        if e is None:
            return False
        return bool(e.get("type") == "LOC" or (e.get("type") == "GPE" and not e.get("stands_for") and self._is_city(e)))

    def _place_after_preposition(self, a: Actor) -> bool:
        """لن تنسحب من أفغانستان رغم مقتل ...: a country or place after في / من / إلى / على / عن is a setting, never
        who acts. Not على X أن, what X must do (وبات على كييف أن تثبت اتهاماتها: Kyiv accuses)."""
        e = a.entity
        before = self.words[a.first - 1].norm if a.first > 0 else ""
        after = self.words[a.last + 1].norm if a.last + 1 < len(self.words) else ""
        if before == "علي" and after in ("ان", "أن"):
            return False
        return e is not None and e.get("type") in ("LOC", "GPE") and before in ("في", "من", "الي", "علي", "عن")

    def detector_probability(self, sent_span: Span, typ: str) -> float | None:
        key = (sent_span.start, typ)
        if key not in self._detected:
            feats = sentence_features(self.doc, sent_span, typ, self.words)
            text = self.doc.text[sent_span.start : sent_span.end]
            p = probability(feats, typ, text) if feats is not None else probability({}, typ)
            self._detected[key] = None if p is None else (p if feats is not None else 0.0)
        return self._detected[key]

    def _choose(self, entries: list[Trigger], t: int) -> Trigger:
        noun = self.is_noun(t, entries)
        # a verb whose past the word spells is read before one it is an inflection of: اصيب is أُصيب (the passive,
        # its own entry) before أُصيب "I hit" of أصاب, and اصاب is أصاب before أُصاب "I am hit"
        form = self.words[t].norm[bool(analyze(self.words[t].surface).prefix) :]
        for e in sorted(entries, key=lambda x: norm(x.lemma) != form):
            if (e.pos == "verb") != noun:
                return e
        return entries[0]

    def reporter(self, sent_span: Span) -> dict[str, Any] | None:
        for q in self.quotes:
            content = q.get("content")
            if isinstance(content, Span) and content.start <= sent_span.end and sent_span.start <= content.end:
                sp = q.get("speaker")
                if isinstance(sp, Span):
                    return {"id": sp.get("id"), "text": self.doc.text[sp.start : sp.end], "kind": q.get("kind")}
        return None

    def confidence(self, ev: Event) -> float:
        c = 0.45
        c += 0.15 if ev.source else 0.0
        c += 0.15 if ev.target else 0.0
        c += 0.1 * (sum(1 for a in ev.source + ev.target if a.entity is not None and a.entity.get("id")) > 0)
        c += 0.05 if ev.trigger.pos == "verb" else 0.0
        c -= 0.15 if not is_factual(ev.aux) else 0.0
        return round(max(0.05, min(0.95, c)), 2)

    def run(self) -> list[Span]:
        events: list[Event] = []
        for sent in self.doc.layer("sentences"):
            events.extend(self.code_sentence(sent))
        return [self.to_span(e) for e in merge(events)]

    def to_span(self, ev: Event) -> Span:
        text = self.doc.text
        w = self.words[ev.trigger_word]
        trigger = ev.trigger_span or Span(w.start, w.end, "trigger")
        cameo = cameo_code(ev.type, ev.trigger.cameo)
        attrs: dict[str, Any] = {
            "type": ev.type,
            "mode": ev.mode,
            "source": [actor_span(a, text) for a in ev.source],
            "target": [actor_span(a, text) for a in ev.target],
            "location": place_span(ev.location, text),
            "date": date_span(ev.date),
            "trigger": trigger,
            "sentence": Span(ev.sentence.start, ev.sentence.end, "sentence"),
            "aux": ev.aux,
            "factual": is_factual(ev.aux),
            "confidence": ev.confidence,
            "cameo": cameo,
            "score": score(cameo),
        }
        if ev.evidence:
            attrs["evidence"] = [
                {"trigger": Span(t.start, t.end, "trigger"), "sentence": Span(s.start, s.end, "sentence")}
                for t, s in ev.evidence
            ]
        return Span(trigger.start, trigger.end, ev.type, attrs)


def _word_range(words: list[Tok], span: Span) -> tuple[int, int] | None:
    idx = [w.index for w in words if span.start <= w.start and w.end <= span.end]
    return (idx[0], idx[-1]) if idx else None


class EventsStage:
    """Adds the ``events`` layer; uses ``dates`` and ``quotes`` when present."""

    name = "events"
    requires: tuple[str, ...] = ("sentences", "tokens", "entities")
    assigns: tuple[str, ...] = ("events",)

    def __call__(self, doc: Document) -> Document:
        doc.set_layer("events", Coder(doc).run())
        return doc
