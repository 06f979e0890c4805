"""Who did what a verbal noun names, and to whom: its genitive (قصف الطيران: who shelled; قصف المدينة: what was
shelled; اتهام المالكي السعودية: the genitive accuses, the object is accused), a pronoun written onto it (ترحيبه,
مقتله), the ل of its author (هجوما للمقاومة), an armed body after a shelling, the subject of the verb governing it,
or, for a place named as its genitive (هجوم بغداد), no one.

A mixin of :class:`rasd.events.code.Coder`, beside :class:`rasd.events.roles.RoleFinder`, whose subjects it uses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from rasd.events import clauses
from rasd.events.args import WEAPONS, Actor, Sentence, agent_sector, heads_no_genitive
from rasd.events.setting import a_country
from rasd.events.words import (
    ARMED,
    OWNED,
    PERSON_TITLES,
    RECEIVED,
    RELATIVES,
    SEPARATE_PREPS,
    nisba_country,
    preposition_length,
)
from rasd.text.clitics import analyze, candidates

if TYPE_CHECKING:
    from rasd.events.lexicon import Trigger
    from rasd.kb.match import Tok


# a relative clause's verb naming who carries an act out: زيارة يقوم بها X، هجوم قام به X (with به / بها), or with
# its object pronoun (عملية نفذها X، زيارة أجراها X)
_CARRIED_OUT = frozenset({"يقوم", "تقوم", "قام", "قامت", "يقومون", "قاموا"})
_CARRIED_OUT_PRONOUN = frozenset({"نفذها", "نفذه", "نفذتها", "نفذته", "اجراها", "يجريها", "شنها", "شنه", "شنتها"})
# what someone is held or tried for: the act named next is the accused's, not the arrest's or the court's
_CHARGED_WITH = frozenset({"بتهمة", "بتهمه", "بتهم", "تهمة", "بجريمة", "بجرم", "لاتهامه", "لاتهامهم"})

class NounRoles:
    """See the module docstring."""

    words: list[Tok]
    previous_subject: list[Actor]
    _verbs: list[int]
    prev_norm: Callable[[int], str]  # RoleFinder's
    source_for_verb: Callable[[int, Sentence], list[Actor]]  # RoleFinder's
    governor_subject: Callable[..., list[Actor]]  # StanceRules'
    _noun_subject: Callable[[int, Sentence], list[Actor]]  # StanceRules'
    _actor_ending_at: Callable[[int, Sentence], Actor | None]  # RoleFinder's
    _in_setting: Callable[[int, Sentence], bool]  # RoleFinder's

    def source_for_noun(
        self, t: int, sent: Sentence, trig: Trigger, end: int | None = None
    ) -> tuple[list[Actor], list[Actor] | None]:
        """(source, genitive object) of a verbal noun ending at ``end`` (a phrase: غارة جوية لطيران التحالف)."""
        if t - 1 >= sent.first and self.words[t - 1].norm.removeprefix("و") in _CHARGED_WITH:
            accused = self._actor_ending_at(t - 2, sent) if t - 2 >= sent.first else None
            return ([accused] if accused is not None else []), None  # ضبطت الشرطة مواطنا بتهمة الاعتداء: he did
        n = (t if end is None or self.words[end].norm in SEPARATE_PREPS else end) + 1  # after the trigger, or
        # after its first word where it ends in a preposition (صواريخ على: what follows is what was struck)
        if (doer := self._done_by(n, sent)) is not None:
            return [doer], None  # زيارة يقوم بها الرئيس أوباما، الهجوم الذي قام به مسلحون: who carries it out
        if trig.type == "COERCE" and self.prev_norm(t) == "قيد" and (held_by := sent.actor_at(n)) is not None:
            return ([held_by] if held_by.first == n else []), None  # قيد اعتقال السلطات الإيرانية: in their custody
        if trig.type == "MOBILIZE" and (owner := self._forces_owner(n, sent)) is not None:
            return [owner], None  # قصف الطيران تعزيزات عسكرية تابعة للحوثيين: the Houthis' reinforcements
        if n <= sent.last and n - 1 > t and (
            any(c in self.words[n].punct_before for c in '("«“')  # حق النقض (فيتو)، حق النقض "فيتو": a gloss
            or (
                not self.words[n].norm.startswith("ال")
                and (candidates(self.words[n - 1].surface)[-1].startswith(WEAPONS) or nisba_country(self.words[n]))
            )
        ):
            return self._noun_subject(t, sent), None  # إطلاق صواريخ كاتيوشا، ضربة جوية أميركية: no genitive
        w = self.words[t]
        if analyze(self.words[t].surface).suffix:
            # ترحيبه after أعرب X: the subject of the governing verb; لاستضافتها: the actor just named
            # مقتله، إصابته: whom the pronoun names died or was hurt (بقتله is his killing of others, or of him)
            # (اصابته read as a noun through the verb أصابت: his injury, as إصابة's own entry says)
            if trig.mode == "abduct" and (taken := clauses.suffix_referent(self.words, t, sent)):
                return [], taken  # تم خطفهما: the two named before were taken
            dead = "casualty" in trig.flags and ("obj" not in trig.targets or trig.pos == "verb")
            host = sent.actor_at(t + 1) if t < sent.last and self.prev_norm(t) == "في" else None  # في استقباله X
            if host is not None and host.first == t + 1 and w.norm.startswith("استقبال"):  # X hosted the subject
                earlier = [v for v in self._verbs if sent.first <= v < t and self.words[v].norm not in clauses.KANA]
                guests = self.source_for_verb(earlier[-1], sent) if earlier else []
                return sent.coordinated(host), [a for a in guests if sent.first <= a.first and a.last < t]
            gov = [] if dead else self.governor_subject(t, sent, direct=True)
            if gov:
                return gov, None
            prev = [
                Actor(e.start, e.end, e, *sent.entity_words(e))
                for e in sent.entities
                if e.end <= w.start and not clauses.nested(e, sent) and e.label in ("PER", "ORG", "LOC")
            ]
            if dead:  # his (ه): a person named in the same clause, not the speaker of قال ديفيس إن مقتله
                opens = [k for k in range(sent.first, t) if clauses.THAT & set(candidates(self.words[k].surface))]
                that = max(opens, default=-1)
                mine = [a for a in prev if a.first > that and a.entity is not None and a.entity.label == "PER"]
                return [], (mine[-1:] if analyze(w.surface).suffix == "ه" and mine else None)
            return self._owner_of_pronoun(prev, sent, t), None
        said = trig.type in ("ACCUSE", "THREATEN", "REQUEST") and w.norm.endswith("ات")  # اتهامات المعارضة: theirs
        got = any(self.words[k].norm.removeprefix("و") in RECEIVED for k in range(max(sent.first, t - 3), t))
        said = said or got  # حظي الاتفاق بدعم الحكومة، اكتسبت مساندة الجماهير: the genitive acts
        said = said or trig.type == "REJECT"  # رفض حكومتهم: a rejection's genitive is who rejects
        nxt = sent.actor_at(n, raw=said) if n <= sent.last else None
        if nxt is None and trig.type == "ASSAULT" and n <= sent.last and self.words[n].norm.startswith("ل"):
            own = sent.actor_at(n)  # هجوما للمقاومة الشعبية، غارة لطائرات التحالف: the attack is theirs
            armed = own is not None and (own.sector in ARMED or (own.entity is not None and own.entity.label == "ORG"))
            if own is not None and own.first == n and armed:  # the phrase reader leaves a written-on ل out
                return [own], None
        if nxt is None and trig.mode in ("shelling", "aerial") and n <= sent.last:
            armed = sent.actor_at(n)  # قصف الطيران المروحي: an armed body after the shelling fired it
            if armed is not None and armed.first == n and armed.sector in ARMED and not sent.prep_of(n)[0]:
                return [armed], None
        if nxt is None and n <= sent.last and "casualty" not in trig.flags:  # مقتل الشاب مايكل براون: the dead
            titled = sent.actor_at(n)  # لقاء وزير الخارجية المصري سامح شكري: a title and the name it heads
            if (
                titled is not None
                and titled.entity is not None
                and titled.first == n
                and titled.entity.start > self.words[n].start
                # not مقتل 3042 من داعش: a count of the dead; رئيس البلاد سالفا كير: an office before a person
                and (
                    agent_sector(self.words[n]) is not None
                    or self.words[n].norm in PERSON_TITLES  # رئيس المفوضية الأوروبية: an office of a named body
                    or (titled.entity.label == "PER" and titled.start == self.words[n].start)  # no ل cut off
                )
            ):
                nxt = titled
        acts = trig.type in ("ASSAULT", "COERCE") and "casualty" not in trig.flags  # اعتقال الشرطة عدداً من المعلمين
        if nxt is None and acts and (agent := clauses.agent_before_object(self.words, n, sent)):
            return [agent], None  # the police arrest; the accusative after them is whom they arrested
        if nxt is not None and heads_no_genitive(w.norm, self.words[n].norm):
            nxt = None  # وسلم المتظاهرون جون أكيج مذكرة: a noun with ال heads no genitive; the name is an object
        if nxt is not None and candidates(w.surface)[-1].startswith(WEAPONS):
            nxt = None  # بقذيفة هاون: the weapon's kind, not who fired it
        if nxt is not None and sent.prep_of(n)[0] is None:
            after = nxt.last + 1
            accusative = after <= sent.last and self.words[after].surface.endswith(("اً", "ًا", "ا"))
            if accusative and trig.type == "COERCE" and sent.actor_at(after) is None:
                accusative = False  # أثار اعتقال جيسون رضايان توتراً: the accusative is another verb's, he was arrested
            purpose = after <= sent.last and (
                sent.prep_of(after)[0] == "ل"
                or (  # دعم دمشق لـ...: Damascus supports
                    self.words[after].norm.startswith("ل")
                    and len(self.words[after].norm) >= 4
                    and after not in sent.at_word
                )
            )
            sector = nxt.entity.get("sector") if nxt.entity is not None else nxt.sector  # الجيش السوري: MIL
            armed = sector in ARMED and trig.mode in ("shelling", "aerial")
            host = sent.actor_at(nxt.last + 1) if self.prev_norm(t) == "في" and w.norm == "استقبال" else None
            if host is not None and host.first == nxt.last + 1:  # كان في استقبال دي ميستورا ظريف: Zarif received
                return [host], sent.coordinated(nxt)
            place = nxt.entity is not None and nxt.entity.get("type") in ("GPE", "LOC") and not a_country(nxt.entity)
            dead = "casualty" in trig.flags  # مقتل سعوديين اثنين: a death's genitive is who died, never who killed
            direct = "obj" in trig.targets and not dead and not w.norm.startswith("ال")  # الاستقبال: no genitive
            obj = clauses.object_after_genitive(self.words, nxt, sent) if direct else None
            if obj is not None:  # اتهام المالكي السعودية بدعم الإرهاب: the genitive accuses, the object is accused
                return sent.coordinated(nxt), sent.coordinated(obj)
            if ("obj" in trig.targets or dead) and not accusative and not purpose and not armed and not said:
                # قصف المدينة: what was shelled; قصف الطيران (armed, below): who shelled
                return self._noun_subject(t, sent), sent.coordinated(nxt)
            if place and trig.type == "ASSAULT" and nxt.start == self.words[n].start:
                return self._noun_subject(t, sent), None  # هجوم بغداد الانتحاري: where it struck, not who
            visited = trig.mode == "visit" and nxt.entity is not None and nxt.entity.label == "LOC"
            onward = after <= sent.last and (
                self.words[after].norm == "الي" or (sent.prep_of(after)[0] == "ل" and after in sent.at_word)
            )
            if visited and not onward:
                # دعوة إلى السادات لزيارة القدس: the place visited, not a visitor (زيارة قطر إلى ...: Qatar goes)
                return self._noun_subject(t, sent), sent.coordinated(nxt)
            return sent.coordinated(nxt), None
        return self._noun_subject(t, sent), None

    def _owner_of_pronoun(self, prev: list[Actor], sent: Sentence, t: int) -> list[Actor]:
        """Whose act a verbal noun's pronoun names (زيارته، تفجيراته): the last name before it, or the previous
        sentence's subject. Not a name after a preposition when a person stands free before it (وأعرب مالكولم
        هونلاين، وهو من أبرز الشخصيات في الكونغرس، ... خلال زيارته: his visit, not Congress's), unless a relative
        clause opens right after that name (ضد تنظيم «داعش» الذي كثف تفجيراته: its bombings), nor such a name more
        than twelve words back."""
        if not prev:
            return list(self.previous_subject)
        last = prev[-1]
        relative = last.last < sent.last and self.words[last.last + 1].norm in RELATIVES
        governed = sent.governing_prep(last.entity) is not None or self._in_setting(last.first, sent)
        if governed and not relative:
            people = [
                a for a in prev[:-1]
                if a.entity is not None and a.entity.label == "PER" and sent.governing_prep(a.entity) is None
            ]
            if people:
                return people[-1:]
            if t - last.last > 12:
                return []  # المجاور للعراق ... لكل من يعبر عن رفضه: a place named in passing long before owns nothing
        return [last]

    def _forces_owner(self, n: int, sent: Sentence) -> Actor | None:
        """Whose forces or reinforcements the phrase right after a mobilization noun names (تابعة لميليشيات الحوثي،
        تتبع الحوثيين، للحوثيين): they moved them, whoever struck or reported them."""
        if n > sent.last:
            return None
        k = n + (self.words[n].norm in OWNED or self.words[n].norm in ("تتبع", "يتبع"))
        if k == n and not self.words[n].norm.startswith("ل"):
            return None
        a = sent.actor_at(k) if k <= sent.last else None
        if a is None or a.first != k:
            return None
        cut = preposition_length(self.words[k]) if a.start == self.words[k].start else 0
        return replace(a, start=a.start + cut) if cut else a  # لميليشيات الحوثي: the militias, not their ل

    def _done_by(self, n: int, sent: Sentence) -> Actor | None:
        """The actor after "which X carries out" right after a verbal noun (زيارة يقوم بها الرئيس الأميركي، الهجوم
        الذي قام به مسلحون، عملية نفذها التنظيم): that relative clause names the act's doer."""
        k = n + (n <= sent.last and self.words[n].norm in RELATIVES)
        if k > sent.last:
            return None
        w = self.words[k].norm
        if w in _CARRIED_OUT and k + 1 <= sent.last and self.words[k + 1].norm in ("به", "بها"):
            k += 2
        elif w in _CARRIED_OUT_PRONOUN:
            k += 1
        else:
            return None
        a = sent.actor_at(k) if k <= sent.last else None
        return a if a is not None and a.first == k else None
