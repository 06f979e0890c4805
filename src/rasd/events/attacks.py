"""Who carried out an attack and whom it struck, named away from its trigger.

- the target: the subject of تعرض / نجا (تعرضت قافلته لهجوم، نجا قائد الشرطة من محاولة اغتيال), the object of
  استهدف, or what a bomb went off at (انفجرت لدى مرور دورية للشرطة، فجر نفسه قرب موكب الشيخ);
- the author: the subject of a relative verb after the attack noun (هجوم شنه مسلحون، تفجير تبنته طالبان), who
  claims it (أعلن X مسؤوليته عن الهجوم), the one it is put down to (نسب إلى), the agent of a passive act
  (على يد مسلحين، برصاص الشرطة), or the country of a nationality adjective (غارة إسرائيلية);
- both, when the target is put first and the verb carries its pronoun (عسكريين ماليين خطفهم مقاتلو الطوارق).
- one attack per sentence: the factual attack triggers of a sentence (قتل ... عندما فجر انتحاري) are one event, and
  the side the dead fought (قتل جندي في اشتباكات مع داعش) is its author.

A mixin of :class:`rasd.events.code.Coder`, beside :class:`rasd.events.sides.SideRules`, whose ``_actor_near``
and ``_nisba_after`` it uses.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from rasd.events.actor import distinct
from rasd.events.args import TEMPORAL, Actor, Sentence, case_of, nisba_country
from rasd.events.clauses import THAT
from rasd.events.detect import TIME_WORDS
from rasd.events.words import ARMED, RELATIVES, SINCE
from rasd.text.clitics import analyze, candidates

if TYPE_CHECKING:
    from rasd.document import Document
    from rasd.events.code import Event
    from rasd.events.lexicon import Lexicon
    from rasd.kb.match import Tok

# Normalized forms (أ/إ/آ -> ا, ى -> ي).
_NEAR = frozenset({"قرب", "امام", "عند", "لدي", "داخل", "بالقرب", "بجانب", "خارج", "وسط", "استهدف", "مستهدفا"})
_SUFFERED = frozenset({"تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضوا", "نجا", "ينجو", "نجت", "نجوا"})
_AIMED = frozenset(
    {"استهدف", "استهدفت", "يستهدف", "تستهدف", "استهدفوا", "استهدفا", "مستهدفا", "مستهدفة", "مستهدفين"}
)
# relative verbs after an attack noun whose subject is its author: هجوم شنه مسلحون، تفجير تبنته طالبان، قذيفة
# أطلقتها الميليشيات، عبوة زرعها مسلحون
_ORGANIZED = frozenset({"نظمه", "نظمها", "نظمته", "نظمتها", "نظموه", "نظموها", "نظمتاها"})  # a protest's organizer
_CLAIMED = frozenset(
    {"شنه", "شنها", "شنته", "شنتها", "نفذه", "نفذها", "نفذته", "نفذتها", "تبناه", "تبنته", "تبنتها", "تبناها",
     "اطلقه", "اطلقها", "اطلقته", "اطلقتها", "اطلقوه", "اطلقوها", "زرعه", "زرعها", "زرعته", "زرعتها", "زرعوها",
     "شنهما", "شنتهما", "نفذهما", "نفذتهما", "تبناهما", "تبنتهما", "شنوه", "شنوها", "نفذوه", "نفذوها", "تبنوه",
     "تبنوها", "يشنه", "يشنها", "تشنه", "تشنها", "ينفذه", "ينفذها", "تنفذه", "تنفذها", "يشنونها", "ينفذونها"}
    # (the dual: تفجيرين تبناهما داعش; their plural authors: هجوم شنوه; an ongoing campaign: الغارات التي تشنها)
)
# who claims an attack: أعلن تنظيم داعش مسؤوليته عن التفجير، مع إعلان "داعش" مسؤوليته عن الهجومين
_RESPONSIBILITY = frozenset({"مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "المسؤولية", "مسئوليته", "مسئوليتها"})
# an attack put down to someone: هجوم نسب إلى المتمردين التاميل
_ATTRIBUTED = frozenset({"نسب", "ونسب", "نسبت", "ونسبت", "ينسب", "تنسب", "نسبه", "نسبها", "نسبته", "نسبتها"})
_TIMES = TEMPORAL | TIME_WORDS  # أمس، فجر اليوم: a time between an attack's phrase and its object
_EXPLODED = frozenset({"انفجرت", "انفجر", "وانفجرت", "وانفجر", "انفجرتا", "سقطت", "سقط", "وسقطت", "سقطتا"})

# what follows a verb of arrest used in the passive: how, where, when or how long, not whom
_HELD_HOW = frozenset(
    {"بشكل", "في", "خلال", "اثناء", "منذ", "عندما", "حين", "قبل", "بعد", "علي", "من", "لدي", "عند", "لمدة"}
)
_SIDE_OF = frozenset({("من", "جانب"), ("من", "قبل"), ("من", "طرف"), ("من", "جهة")})  # whose side fired
# words opening a clause that can report another attack (قتل 11 فيما لقي 42 مصرعهم في تفجيرين)
_OTHER_CLAUSE = frozenset({"فيما", "وفيما", "بينما", "وبينما", "بعدها", "وبعدها", "قبلها", "وقبلها"})

class AttackSides:
    """See the module docstring."""

    words: list[Tok]
    _actor_near: Callable[..., Actor | None]  # SideRules', mixed in with this class into the Coder
    _nisba_after: Callable[[int, Sentence], Actor | None]  # SideRules'
    _actor_ending_at: Callable[[int, Sentence], Actor | None]  # RoleFinder's
    _is_trigger: Callable[[int], bool]  # RoleFinder's
    _verbs: list[int]  # RoleFinder's: the sentence's known verbs
    _without_others: Callable[[list[Actor]], list[Actor]]  # CasualtyRules'
    doc: Document
    lex: Lexicon

    def one_attack_per_sentence(self, events: list[Event]) -> list[Event]:
        """قتل ثمانية ... عندما فجر انتحاري سيارة مفخخة: the casualty verb, the bombing and the car bomb are one
        attack. The factual ASSAULT (and PROTEST) triggers of a sentence become one event with every actor and
        every trigger as evidence; the first verb trigger leads. A clause reporting an attack of its own
        (_distinct_attacks) is a second event."""
        for typ in ("ASSAULT", "PROTEST"):
            group = [
                e
                for e in events
                if e.type == typ
                and not e.aux.get("negated")
                and not e.aux.get("future")
                and not e.aux.get("hypothetical")
            ]
            for part in self._distinct_attacks(group) if typ == "ASSAULT" else [group]:
                self._merge(part, events, typ)
        return events

    def _distinct_attacks(self, group: list[Event]) -> list[list[Event]]:
        """قتل 33 شخصا في هجوم انتحاري ...، وبعدها بأيام أصيب 25 مدنيا في هجوم استهدف مسجدا: a clause opened by
        فيما / بينما / في حين / وبعدها / وذلك بعد, where it and the clause before each name an attack of their own
        (not just the dead or hurt: قتل خمسة فيما أصيب عشرة في انفجار is one attack), reports another attack."""
        given = group
        group = sorted(group, key=lambda e: e.trigger_word)
        if not group:
            return []
        named = [e.trigger_word for e in group if "casualty" not in e.trigger.flags]  # an attack of its own
        struck = [e.trigger_word for e in group if "casualty" not in e.trigger.flags and e.trigger.pos == "verb"]
        parts = [[group[0]]]
        for prev, ev in itertools.pairwise(group):
            between = range(prev.trigger_word + 1, ev.trigger_word + 1)
            opened = next((k for k in between if self._opens_other_clause(k)), None)
            own = opened is not None and any(k > opened for k in named) and any(k < opened for k in named)
            # قصفت دبابات تركية مواقع لداعش بعد إطلاق نيران منها: a strike told, then the earlier attack it answered
            since = next((k for k in between if self.words[k].norm in SINCE), None)  # the attack it followed
            own = own or (since is not None and any(k > since for k in named) and any(k < since for k in struck))
            if own:
                parts.append([ev])
            else:
                parts[-1].append(ev)
        return [[e for e in given if any(e is x for x in part)] for part in parts]  # in the order coded

    def _opens_other_clause(self, k: int) -> bool:
        w = self.words[k].norm
        prev = self.words[k - 1].norm if k > 0 else ""
        return w in _OTHER_CLAUSE or (w == "حين" and prev == "في") or (w == "بعد" and prev == "وذلك")

    def _merge(self, group: list[Event], events: list[Event], typ: str) -> None:
        """One attack's (or protest's) events become its lead's, which keeps every actor and trigger."""
        if len(group) < 2:
            return
        lead = min(group, key=lambda e: (e.trigger.pos != "verb", e.trigger_word))
        others = [ev for ev in group if ev is not lead]
        fought = self.clash_partners(group)
        lead.source, lead.target = lead.source + fought, [a for a in lead.target if a not in fought]
        for ev in others:  # targets first: who was struck by one trigger is not the author of another
            for a in ev.target:
                if a.key not in {x.key for x in lead.target} and a.key not in {x.key for x in lead.source}:
                    lead.target.append(a)
        for ev in others:
            for a in ev.source:
                if a.key not in {x.key for x in lead.source} and a.key not in {x.key for x in lead.target}:
                    lead.source.append(a)
        for ev in others:
            if ev.trigger_span is not None:
                lead.evidence.append((ev.trigger_span, ev.sentence))
            if lead.mode is None and ev.mode is not None:
                lead.mode = ev.mode
            events.remove(ev)
        lead.source = distinct(lead.source)
        if typ == "PROTEST":
            lead.source = self._one_crowd(lead.source)
        else:
            lead.source = self._beside_bomber(lead.source)
        lead.target = self._without_others(distinct(lead.target, self.doc.text))
        lead.source.sort(key=lambda a: (a.entity is None, a.start))

    def _beside_bomber(self, actors: list[Actor]) -> list[Actor]:
        """شن المتمردون الهجوم بسيارة مفخخة يقودها انتحاري: the bomber, named by the attack's own word, is one of
        the authors named beside him, not a second author; he stays when no one else is named."""

        def bomber(a: Actor) -> bool:
            w = self.words[a.last]
            return a.entity is None and a.first == a.last and any(
                e.type == "ASSAULT" for f in candidates(w.surface) for e in self.lex.words.get(f, ())
            )

        named = [a for a in actors if not bomber(a)]
        return named or actors

    def _one_crowd(self, actors: list[Actor]) -> list[Actor]:
        """تظاهر الآلاف ... وتجمع المتظاهرون: the protesters (المتظاهرون، المحتجين, the protest's own word) named
        again are the crowd already named by who they are (الآلاف، الإيرانيين); with no such people named, the
        protesters stay once, as first named. Other actors (a party, the police) are kept as they are."""

        def protesters(a: Actor) -> bool:
            w = self.words[a.last]
            return a.entity is None and any(
                e.type == "PROTEST" for f in candidates(w.surface) for e in self.lex.words.get(f, ())
            )

        crowd = sorted((a for a in actors if protesters(a)), key=lambda a: a.start)
        people = [a for a in actors if not protesters(a) and a.entity is None and a.sector in (None, "CVL")]
        keep = {id(a) for a in actors if not protesters(a)} | ({id(crowd[0])} if crowd and not people else set())
        return [a for a in actors if id(a) in keep]

    def clash_partners(self, group: list[Event]) -> list[Actor]:
        """قُتل جندي في اشتباكات مع داعش، أسفرت الاشتباكات مع داعش عن مقتل جنديين: with no one but the dead named as
        acting in a sentence's attacks, they were killed by the side they fought, named after مع of a clash noun:
        the attack's source, not a second victim."""
        dead = [ev for ev in group if "casualty" in ev.trigger.flags and ev.target]
        victims = {a.key for ev in dead for a in ev.target}
        if not dead or any(a.key not in victims for ev in group for a in ev.source):
            return []
        return [
            a
            for ev in group
            if ev.trigger.pos == "noun" and "مع" in ev.trigger.targets
            for a in ev.target
            if a.first > 0 and self.words[a.first - 1].norm == "مع" and a.key not in victims
        ]

    def _held_person(self, t: int, source: list[Actor], target: list[Actor]) -> bool:
        """واعتقل رضايان في طهران، واختطف جيسون رضايان مراسل الصحيفة: an arrest or abduction verb, its plain past
        form (no feminine, dual or plural ending), with a person of no known office right after it and no object
        but his own description: a passive whose subject was held (an agency, a force or an official holds)."""
        w = self.words[t].norm.removeprefix("و").removeprefix("ف")
        if len(source) != 1 or analyze(self.words[t].surface).suffix:
            return False
        nxt = self.words[t + 1].norm if t + 1 < len(self.words) else ""
        if source[0].last == t - 1 and not target and source[0].entity is None and nxt == "لمدة":
            return source[0].sector in (None, "CVL")  # إنقاذ امرأة احتجزت لمدة عام: held for a year, by no one named
        if w.endswith(("ت", "وا", "ا")):
            return False
        person = source[0].entity
        if person is None or person.label != "PER" or person.get("role"):
            return False
        if source[0].last == t - 1 and not target and t + 1 < len(self.words):
            # موكلي اعتقل بشكل غير قانوني، X اعتقل في طهران: named before a verb with no object, then how, where
            # or when: he was held
            return nxt in _HELD_HOW or nxt in _TIMES or nxt.startswith("بتهم")
        if source[0].first != t + 1:
            return False
        return all(  # his own description (مراسل الصحيفة), not a plural or counted object (مسلحين، خمسة مسلحين)
            a.entity is None and a.count is None and a.first == source[0].last + 1
            and case_of(self.words[a.first].norm) not in ("obl", "acc")
            for a in target
        )

    def attack_target(self, sent: Sentence, t: int) -> list[Actor]:
        """The target of an attack named by تعرض / نجا / استهدف in the sentence."""
        for j in range(sent.first, sent.last + 1):
            w = self.words[j].norm
            base = w[1:] if w[:1] in ("و", "ف") and w[1:] in (_SUFFERED | _AIMED) else w
            if base in _AIMED:
                a = self._actor_near(j + 1, sent, span=2)
                if a is not None and a.sector == "INS" and a.first > j + 1:
                    a = None  # واستهدف تفجيران انتحاريان نقطة تفتيش: the attack's adjective, not whom it aimed at
                elif a is not None and a.sector == "INS" and a.last < sent.last:
                    a = self._actor_near(a.last + 1, sent, span=2)  # استهدف انتحاري دورية: he aimed, at the patrol
                if a is not None:
                    return sent.coordinated(a)
            elif base in _SUFFERED:
                # تعرضت قاعدة تابعة للجيش لهجوم، تعرض بعض مراكز الجيش لاعتداءات (VSO)
                a = self._actor_near(j + 1, sent, span=2)
                if a is None and j + 2 <= sent.last and self.words[j + 1].norm in ("بعض", "احد", "احدي", "كل"):
                    a = self._actor_near(j + 2, sent, span=2)  # بعض مراكز الجيش: the part is the body's
                if a is not None and (
                    t in range(j + 1, a.first + 1)
                    or any(sent.prep_of(k)[0] is not None for k in range(j + 1, a.first + 1))
                ):
                    a = None  # تعرضت للهجوم في خليج عدن: the place of what it suffered is no subject
                before = j - 1
                if before - 1 >= sent.first and self.words[before].norm in ("قد", "وقد", "لقد", "فقد"):
                    before -= 1  # وكانت قافلة للجيش قد تعرضت
                if before - 2 >= sent.first and (self.words[before - 1].norm, self.words[before].norm) == (
                    "علي",
                    "الاقل",
                ):
                    before -= 2  # 55 سفينة على الأقل تعرضت للهجوم
                opens = bool(self.words[j].punct_before.strip(" ،,"))  # «وتعرضوا: a new clause, its subject unsaid
                if a is None and before >= sent.first and not opens:  # المنطقة الخضراء ... تعرضت (SVO)
                    for k in range(max(sent.first, before - 2), before + 1):  # the longest: دورية للجيش الأمريكي
                        b = sent.actor_at(k)
                        if b is not None and b.last == before and sent.prep_of(b.first)[0] is None:
                            a = b
                            break
                if a is None and not opens:
                    a = self._subject_after_that(j, sent)
                if a is not None:
                    return [a]
        # انفجرت لدى مرور دورية للشرطة / فجر نفسه قرب موكب الشيخ: what a bomb went off at (a patrol, a convoy, an
        # organization's office), never a mere place
        for j in range(t + 1, sent.last + 1):
            w = self.words[j].norm
            blast = j - 1 >= sent.first and self.words[j - 1].norm in _EXPLODED
            if blast and w.startswith("ب") and j not in sent.at_word:  # انفجرت بحافلة للركاب
                a = sent.actor_at(j)
                if a is not None and a.first == j and a.entity is None:
                    a.start = self.words[j].start + 1  # the target, without the preposition written onto it
                    return [a]
            if w not in _NEAR and not (blast and w == "علي"):  # انفجرت على دورية بريطانية
                continue
            if j + 1 > sent.last:
                break
            k = j + 1
            if self.words[k].norm == "من" and k + 1 <= sent.last:  # بالقرب من
                k += 1
            if self.words[k].norm == "مرور" and k + 1 <= sent.last:
                k += 1  # (مقر الحزب، منزل القيادي: the building stands for its owner, read by actor_at)
            a = sent.actor_at(k)
            if a is not None and a.first == k and (a.entity is None or a.entity.label in ("ORG", "PER")):
                return [a]
        return []

    def _subject_after_that(self, j: int, sent: Sentence) -> Actor | None:
        """ان قائد أول مجلس للصحوة شكل في مدينة كركوك ... نجا من محاولة اغتيال: the actor right after the أن that
        opens the clause of the verb at j, past a relative clause of its own (الذي زار المدينة); none across
        another verb."""
        that = next((k for k in range(j - 2, max(sent.first, j - 15) - 1, -1) if self.words[k].norm in THAT), None)
        if that is None:
            return None
        for m in range(that + 1, j):
            if (m in self._verbs or self._is_trigger(m)) and not any(
                self.words[i].norm in RELATIVES for i in range(max(that + 1, m - 3), m)
            ):
                return None
        b = sent.actor_at(that + 1)
        return b if b is not None and b.first == that + 1 and sent.prep_of(that + 1)[0] is None else None

    def attack_object(self, sent: Sentence, noun_end: int) -> list[Actor]:
        """واستهدفت غارة جوية إسرائيلية فجر اليوم مجموعة من المسلحين / واستهدف هجوم انتحاري بسيارة مفخخة، أمس، موكبا
        لسفارة الولايات المتحدة: a verb whose subject is the attack noun right after it aims at the phrase after
        the attack's (past its adjectives, its car bomb and the time); none past a preposition or a verb."""
        k = noun_end + 1
        while k <= min(sent.last, noun_end + 8):
            w = self.words[k]
            if w.norm in _TIMES:
                k += 1  # فجر اليوم: the time, not فجّر
                continue
            if w.norm[:1] == "ب" and k not in sent.at_word and k not in self._verbs:
                k += 2  # بسيارة مفخخة: what it was carried out with
                continue
            if k in self._verbs or sent.prep_of(k)[0] is not None:
                return []  # في كابل: where, not whom
            a = sent.actor_at(k)
            if (
                a is not None
                and a.first == k
                and k == noun_end + 1
                and not self.words[noun_end].norm.startswith("ال")
                and a.count is None  # وقتل انتحاري عشرة أشخاص: a count is whom it struck, never whose attack
            ):
                k = a.last + 1  # وأصابت نيران قوات سوريا الديمقراطية ثلاثة مدنيين: whose fire, its author
                continue
            if a is not None and a.first == k and nisba_country(w) is None and a.sector != "INS":
                return sent.coordinated(a)
            k += 1
        return []

    def attack_author(self, sent: Sentence, t: int, end: int, *, nation: bool = True) -> list[Actor]:
        """هجوم شنه مسلحون / تفجير تبنته طالبان / من قبل X / على يد X: who carried the attack out; or who
        claims it before it (أعلن تنظيم داعش مسؤوليته عن الهجوم). With ``nation``, also a nationality right
        after it (غارة إسرائيلية); not after a death (مقتل سعوديين: who died)."""
        if t - 3 >= sent.first and self.words[t - 1].norm == "عن" and self.words[t - 2].norm in _RESPONSIBILITY:
            claimant = self._actor_ending_at(t - 3, sent)
            if claimant is not None:
                return [claimant]
        for j in range(end + 1, min(sent.last, end + 12) + 1):
            if self.words[j].norm in _CLAIMED:
                a = self._actor_near(j + 1, sent, span=2)
                if a is not None:
                    return sent.coordinated(a)
            if self.words[j].norm in _ATTRIBUTED and j + 1 <= sent.last and self.words[j + 1].norm in ("الي", "لي"):
                a = self._actor_near(j + 2, sent, span=2)
                if a is not None:
                    return sent.coordinated(a)
        agent = self.passive_agent(end, sent)
        if agent is not None:
            return sent.coordinated(agent)
        k = end + 1  # past an adjective: القصف العنيف من
        if k < sent.last and self.words[k].norm.startswith("ال") and not self.words[k].punct_before.strip():
            k += 1 if sent.actor_at(k) is None and not self._is_trigger(k) else 0
        if nation and k + 1 <= sent.last and self.words[k].norm == "من":  # not مقتل 3 من الجنود: who died
            armed = sent.actor_at(k + 1)  # القصف من الطائرات الحربية: where the fire came from fired it
            if armed is not None and armed.first == k + 1 and (armed.sector in ARMED or armed.sector == "COP"):
                return sent.coordinated(armed)
        country = self._nisba_after(end, sent) if nation else None  # غارة إسرائيلية: the country that struck
        return [country] if country is not None else []

    def organizer(self, sent: Sentence, end: int) -> list[Actor]:
        """مسيرات ضخمة نظمتها اتحادات العمال، إضراب دعت إليه النقابة: who organized or called the protest, named
        in a relative clause right after it (past its adjectives)."""
        for j in range(end + 1, min(sent.last, end + 3) + 1):
            w = self.words[j].norm
            called = w in ("دعت", "دعا", "دعتا") and j + 1 <= sent.last and self.words[j + 1].norm in ("اليه", "اليها")
            if w in _ORGANIZED or called:
                a = self._actor_near(j + (2 if called else 1), sent, span=2)
                return sent.coordinated(a) if a is not None else []
            if self.words[j].punct_before.strip() or w in ("في", "من", "الي", "علي"):
                break  # only its adjectives come between (ضخمة، الحاشدة)
        return []

    def passive_agent(self, end: int, sent: Sentence) -> Actor | None:
        """The agent of a passive act, named after its trigger: على يد / على أيدي / من قبل / بيد X within
        fourteen words, past where it happened (خطف في وسط مدينة تيزي وزو (110 كلم شرق العاصمة) من قبل أربعة
        مسلحين), or whose bullets, fire or shells (برصاص / بنيران / بقذائف X) within ten. Not past another
        trigger, whose own agent it would be."""
        for j in range(end + 1, min(sent.last, end + 14)):
            w, nxt = self.words[j].norm, self.words[j + 1].norm
            if (w, nxt) in (("علي", "يد"), ("علي", "ايدي"), ("من", "قبل")):
                first = j + 2
            elif j <= end + 9 and (w in ("بيد", "برصاص", "بنيران", "برصاصة", "بقذائف") or w == "بايدي"):
                first = j + 1  # قتل شاب برصاص الجيش الإسرائيلي: whose bullets (بنيران, itself a trigger word)
                if first + 1 <= sent.last and (self.words[first].norm, self.words[first + 1].norm) in _SIDE_OF:
                    first += 2  # برصاص من جانب «داعش»، بنيران من قبل الجيش: from that side
            elif self._is_trigger(j):
                break
            else:
                continue
            a = sent.actor_at(first) if first <= sent.last else None
            return a if a is not None and a.first == first else None
        return None

    def _fronted_object(self, t: int, end: int, sent: Sentence) -> tuple[list[Actor], list[Actor]] | None:
        """عسكريين ماليين خطفهم مقاتلو الطوارق: a singular verb whose object is a pronoun, between a phrase (what
        the pronoun stands for: the target, put first) and its subject after it; None when that is not the shape."""
        a = analyze(self.words[t].surface)
        if a.suffix not in ("ه", "ها", "هم", "هما", "هن") or a.stem.endswith("و") or end + 1 > sent.last:
            return None
        after = sent.actor_at(end + 1)
        k = t - 1 - (t - 1 >= sent.first and self.words[t - 1].norm in ("قد", "وقد", "لقد", "فقد"))
        before = self._actor_ending_at(k, sent) if k >= sent.first else None  # وكان الصحفي قد خطفه مسلحون
        if after is None or after.first != end + 1 or before is None or self.words[t].punct_before.strip():
            return None
        return [after], [before]


def aims_at_doing(words: list[Tok], j: int, last: int, sent: Sentence, attack_word: Callable[[int], bool]) -> bool:
    """تستهدف الوزارة توفير السكن، يستهدف الاستيلاء على: استهدف before a verbal noun of doing (past a one-word
    actor, its subject) aims to do something and strikes nothing; not before an actor (تنظيم داعش، التنظيم) or an attack
    noun (استهدف التفجير موكبا: the bombing is its subject)."""
    subject = j + 1 <= last and (a := sent.actor_at(j + 1)) is not None and a.first == a.last == j + 1
    for k in (j + 1, j + 2) if subject else (j + 1,):  # (استهدف نقطة تفتيش: تفتيش is the object's genitive)
        if k > last or words[k].punct_before.strip():
            return False
        base = words[k].norm.removeprefix("و")
        base = base[2:] if base.startswith("ال") else base
        doing = (len(base) == 5 and base[0] == "ت" and base[3] == "ي") or (
            len(base) >= 6 and base[-2] == "ا" and (base.startswith("است") or (base[0] == "ا" and base[2] == "ت"))
        )  # تفعيل، استفعال، افتعال: توسيع، توفير، الاستيلاء، احتواء
        if doing and sent.actor_at(k) is None and not attack_word(k):
            return True
    return False
