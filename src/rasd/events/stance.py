"""Whose act a statement names: condemnations, charges, calls, welcomes and threats.

A verbal noun governed by a verb usually shares its subject: شنت القوات هجوماً، أعرب عن ترحيبه، هدد بقصف
غزة. Not when the verb speaks about someone else's act:

- أدان الرئيس اللبناني الهجوم، ندد الاتحاد الأوروبي بالهجوم الإرهابي: the one who condemns did not attack;
- اتهمت الحكومة اليمنية إيران بدعم الحوثيين: the act charged is the accused's (Iran's);
- دعا الرئيس الفرنسي إسرائيل إلى الانسحاب، حث الوزير الحكومة على الإفراج: the one called on acts;
- طالب مجلس الأمن بوقف القصف، رحب الرئيس بانسحاب القوات: the act is not the speaker's.

The act then belongs to the one the statement names before it (إيران، إسرائيل) or to no one it names; and
the statement's own target is that act's author (أدانت الخارجية السعودية الهجوم الذي شنه الحوثيون: the
Houthis), or, when the act is the speaker's own (هدد الجيش بقصف غزة), the act's target (Gaza).

Here too: the subject a governing verb lends its verbal noun, and a form both a past verb and a verbal noun
read as the object after a verb and its subject (أدان الرئيس المصري قصف المدينة: the president did not shell).
A mixin of :class:`rasd.events.code.Coder`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from rasd.document import Span
from rasd.events.args import SKIPPABLE, TEMPORAL, Actor, Sentence, agent_sector, case_of, counted
from rasd.events.words import ARMED, GRIEVANCE, OBJECT_GOVERNORS, SINCE, governor_groups, speaking_as_we
from rasd.text.clitics import analyze, candidates
from rasd.text.normalize import norm

if TYPE_CHECKING:
    from rasd.document import Document
    from rasd.events.code import Event
    from rasd.events.lexicon import Lexicon, Trigger
    from rasd.kb.match import Tok

_FORCES = ARMED | {"COP"}
_OWNER_SUFFIXES = frozenset({"ه", "ها", "هم"})  # طائراته، قواتها، عناصرهم
# إنها / إنهم after a reporting verb: its subject, who reports its own act (قالت القوات إنها قتلت ...); إنه only
# before a light verb (see self_reports)
SELF_REPORTED = frozenset({"انها", "انهم", "بانها", "بانهم"})
# statement types whose object is someone else's act (a SUPPORT only as praise or welcome, not دعم / تأييد)
_OF_OTHERS = frozenset({"ACCUSE", "REQUEST"})
# a preposition written apart that joins the one called on to the act: دعا إسرائيل إلى الانسحاب، حثها على
_LINKS = frozenset({"الي", "علي", "ب"})


# the words that make an agreement, not only name it: sign, reach, conclude, hold (a summit's accord)
_MAKES_AGREEMENT = ("وقع", "توقيع", "يوقع", "توصل", "يتوصل", "ابرم", "ابرام", "يبرم", "عقد", "يعقد", "اتفق")


# who carried an attack out, named by a noun heading it (منفذ الهجوم، مرتكبي التفجير)
_PERPETRATORS = frozenset(
    {"منفذ", "منفذي", "منفذو", "منفذا", "منفذة", "المنفذ", "مرتكب", "مرتكبي", "مرتكبو", "مدبر", "مدبري", "مدبرو"}
)
# an attack that happened (بعد وقوع التفجير، إثر حدوث الانفجار): told as an occurrence, with no author in view
_HAPPENED = frozenset({"وقوع", "ووقوع", "بوقوع", "لوقوع", "حدوث", "وحدوث", "بحدوث", "لحدوث"})
# the site of an attack (موقع التفجير، مكان الهجوم): the attack is one told of, whoever goes there did not carry it out
_SITE = frozenset({"موقع", "مكان", "مسرح"})

# a directive or an order: what it names is done by whoever gave it (توجيهات الملك بتقديم المساعدات)
_ORDERS = frozenset({"توجيهات", "توجيه", "اوامر", "تعليمات", "توجيهاته", "اوامره", "تعليماته"})
_SECURITY = frozenset({"COP", "MIL", "SPY"})  # the state's forces, which put protests down
_RESULTED = frozenset({"ادي", "ادت", "اسفر", "اسفرت", "تسبب", "تسببت", "خلف", "خلفت", "اوقع", "اوقعت"})
_CARRYING_OUT = frozenset({"اطلاق", "شن", "تنفيذ", "وقوع"})  # the verbal noun carrying an attack out
_AFTER = SINCE | {"قبل", "بعيد", "قبيل"}

# what a situation "calls for" (يدعو إلى القلق، ما يدعو للتفاؤل): a feeling it gives, no one calling on anyone
_FEELINGS = frozenset(
    {"القلق", "الريبة", "التفاؤل", "الاستغراب", "الدهشة", "الفخر", "الاعتزاز", "الاسف", "الحيرة", "التساؤل",
     "الشك", "الاطمئنان", "السخرية", "الضحك", "الخوف", "الحذر", "الارتياح", "التشاؤم", "الاستهجان", "العجب", "الحزن",
     "التامل", "الذعر", "الهلع"}
)


def cause_not_call(words: list[Any], j: int, last: int) -> bool:
    """Is the دعا at j a cause (ما يدعو لاتخاذ إجراءات، بشكل يدعو إلى الريبة، يدعو للقلق) and not a call on someone?
    So it is after ما ("what calls for": لا يوجد ما يدعو) or before a feeling, with إلى or ل or none."""
    if j > 0 and words[j - 1].norm in ("ما", "بما", "مما"):
        return True
    k = j + 1 if j + 1 <= last and words[j + 1].norm in ("الي", "ل") else j
    if k + 1 > last:
        return False
    nxt = words[k + 1]
    return any(f in _FEELINGS for f in candidates(nxt.surface)) or nxt.norm in _FEELINGS


# who tells of an act without taking part in it: a document, a medium, an informant (bare forms; the article and
# a conjunction are read off by the clitic readings)
_TELLERS = frozenset(
    norm(w)
    for w in ("وثيقة", "وثائق", "تقرير", "تقارير", "دراسة", "مذكرة", "صحيفة", "وكالة", "مصدر", "مصادر", "شهود",
              "معلومات", "أنباء", "تحقيقات", "مراسل", "مراسلنا")
)


def _teller(tok: Tok) -> bool:
    """Is the word a document or an informant, under any clitic reading (الوثيقة، والمصادر)?"""
    return any(f in _TELLERS for f in candidates(tok.surface))

# acts that talks take up after others did them (بحث الوزير الهجوم، ناقش المجلس الاعتقالات); not a cooperation or an
# agreement, which the talks' own parties make (بحث الوزيران تعزيز التعاون)
_DONE_BY_OTHERS = frozenset({"ASSAULT", "PROTEST", "COERCE"})

class StanceRules:
    """See the module docstring."""

    words: list[Tok]
    lex: Lexicon
    doc: Document
    trigger_entries: dict[int, list[Trigger]]  # the Coder's: the reading of the trigger found at each word
    entities: list[Span]
    quotes: list[Span]
    previous_subject: list[Actor]
    visitors: list[Actor]  # the Coder's: who made the last visit told of
    _verbs: list[int]
    # RoleFinder's, mixed in with this class into the Coder
    _governor: Callable[[int, Sentence], int | None]
    _is_trigger: Callable[[int], bool]
    source_for_verb: Callable[[int, Sentence], list[Actor]]

    def governor_subject(self, t: int, sent: Sentence, *, direct: bool = False) -> list[Actor]:
        """The subject of the verb governing the verbal noun at t (أعرب X عن ترحيبه، جدد دعمه).

        With ``direct``, only a governor with nothing but its subject and a preposition between."""
        j = self._governor(t, sent)
        if j is None or (direct and any(self._is_trigger(k) for k in range(j + 1, t))):
            return []
        # ألقت الشرطة القبض: the subject's phrase ends before the verbal noun, never takes it as an adjective
        subject = [
            replace(a, end=self.words[t - 1].end, last=t - 1) if a.entity is None and a.first < t <= a.last else a
            for a in self.source_for_verb(j, sent)
        ]
        if self.speaks_of_others(j, t):  # أدان الهجوم، اتهم X إيران بدعم: not the speaker's act (stance.py)
            return self.named_actor(j, t, sent, subject)
        return subject

    def _noun_subject(self, t: int, sent: Sentence) -> list[Actor]:
        """The governing verb's subject, else the subject carried over from before; never that one when the
        governor speaks of someone else's act (طالب مجلس الأمن بوقف القصف: no one named shells)."""
        j = self._governor(t, sent)
        attack = any(e.type == "ASSAULT" for e in self.trigger_entries.get(t) or [])
        dead = j is not None and any(
            "casualty" in e.flags for k in range(j + 1, t) for e in self.trigger_entries.get(k, ())
        )
        if attack and dead:
            return []  # أعلن الجيش مقتل اثنين من جنوده في هجوم: the statement governs the deaths, not the attack
        led = t - 2 >= sent.first and self.words[t - 1].norm in ("الي", "عن") and self.words[t - 2].norm in _RESULTED
        led = led or (t - 1 >= sent.first and self.words[t].norm[:1] == "ب" and self.words[t - 1].norm in _RESULTED)
        if attack and led:
            return []  # إطلاق نيران أدى إلى مقتل جندي: what led to the deaths is an act, its author is the act's
        if attack and t > sent.first and self.words[t - 1].norm.removeprefix("و") in _PERPETRATORS:
            return []  # اعتقلت المخابرات خال منفذ الهجوم: the noun before names who attacked, not the verb's subject
        k = t - 1 if t - 1 > sent.first and self.words[t - 1].norm in _CARRYING_OUT else t  # بعد إطلاق نيران
        if attack and k > sent.first and self.words[k - 1].norm.removeprefix("و") in _AFTER:
            return []  # سقطت بيد المتطرفين إثر هجوم: the attack dates the act; whoever acts did not carry it out
        if attack and t > sent.first and self.words[t - 1].norm in _HAPPENED:
            return []  # اجتمعت الحكومة بعد وقوع التفجير: it met after the bombing happened; it did not bomb
        if attack and t > sent.first and self.words[t - 1].norm.removeprefix("و") in _SITE:
            return []  # يزور أوباما موقع التفجير: the site of an attack told of before; the visitor did not bomb
        if self._named_agreement(t, sent):
            return []  # دافع روحاني عن الاتفاق النووي: the deal was made before, not by him
        if self.visitors and self._told_visit(t, j):  # كشفت وثيقة أن التدابير الأمنية للزيارة: not the document's
            return list(self.visitors)  # visit; the one told of before (وصل الرئيس إلى الرياض ... وقال إن الزيارة)
        subject = self.governor_subject(t, sent)
        killed = j is not None and any("casualty" in e.flags for e in self.trigger_entries.get(j, ()))
        if attack and killed and subject and all(a.count or counted(self.words[a.first].norm) for a in subject):
            return []  # قتل 21 شخصا في هجمات: the dead, counted, are the passive verb's subject, not the attackers
        # اشتدت المواجهات بين الطلاب والشرطة ... بسبب إضراب عام: the force a crowd clashed with, read from the
        # clause or carried over, does not strike or march
        protest = any(e.type == "PROTEST" for e in self.trigger_entries.get(t) or [])
        subject = [a for a in subject if not (protest and a.sector in _SECURITY)]
        if subject or (j is not None and self.speaks_of_others(j, t)):
            return subject
        if (ordered := self._ordered_by(t, sent)) is not None:
            return [ordered]
        return [a for a in self.previous_subject if not (protest and a.sector in _SECURITY)]

    def _ordered_by(self, t: int, sent: Sentence) -> Actor | None:
        """إنفاذاً لتوجيهات خادم الحرمين الشريفين القاضية بتقديم المساعدات، بتوجيه من الملك: with no verb to govern it, a
        verbal noun a directive or an order names is the act of whoever gave the order (his government's)."""
        for k in range(t - 1, max(sent.first, t - 16) - 1, -1):
            if k in self._verbs:
                return None
            w = self.words[k]
            if not (_ORDERS & set(candidates(w.surface)) or w.norm in ("بامر", "وبامر")):
                continue
            n = k + 1 + (k + 1 < t and self.words[k + 1].norm == "من")  # بتوجيه من الملك
            a = sent.actor_at(n) if n < t else None
            return a if a is not None and a.first == n and a.last < t else None
        return None

    def _told_visit(self, t: int, j: int | None) -> bool:
        """A visit named with the article (الزيارة، للزيارة، بالزيارة) is one the article told of before; the
        subject of the clause it sits in did not make it (كشفت وثيقة أن التدابير الأمنية للزيارة، تكاليف وزارة
        الدفاع التي نفذت مهمات لنقل المعدات الخاصة بالزيارة), unless a verb that carries out, begins or ends an
        act governs it (قام الوزير بالزيارة، اختتم الرئيس الزيارة). Its visitor is the last visit's; an arrival
        (قبل الوصول إلى الكنيست) is the clause subject's own."""
        w = self.words[t].norm.removeprefix("و")
        if not w.startswith(("ال", "بال", "لل", "كال")) or analyze(self.words[t].surface).suffix:
            return False
        entries = self.trigger_entries.get(t, ())
        if not any(e.mode == "visit" and e.pos == "noun" and "arrival" not in e.flags for e in entries):
            return False
        groups = governor_groups()
        carried = j is not None and any(
            groups.get(f, "").startswith("light-verb") or groups.get(f) in OBJECT_GOVERNORS
            for f in candidates(self.words[j].surface)
        )
        return not carried

    def _named_agreement(self, t: int, sent: Sentence) -> bool:
        """An agreement noun with the article (الاتفاق، للاتفاقية) names a deal already made, which the sentence
        defends, criticizes or explains; whoever does so made no agreement, unless the words just before sign,
        reach or conclude it (وقع، توصل إلى، أبرم، عقد)."""
        w = self.words[t].norm.removeprefix("و")
        if not w.startswith(("ال", "بال", "لل", "كال")) or "توقيع" in w:
            return False  # (التوقيع is the signing itself, an act, not a deal named)
        if not any(e.type == "AGREE" and e.pos == "noun" for e in self.trigger_entries.get(t, ())):
            return False
        before = [self.words[k].norm.removeprefix("و") for k in range(max(sent.first, t - 3), t)]
        return not any(b.removeprefix("ال").startswith(_MAKES_AGREEMENT) for b in before)

    def _after_verb_and_subject(self, j: int) -> bool:
        """Word j follows a verb and the name right after it (its subject, in verb-subject-object order)."""
        named = next((e for e in self.entities if e.end == self.words[j - 1].end), None) if j > 0 else None
        if named is None:
            return False
        k = j - 1
        while k > 0 and self.words[k].start > named.start:
            k -= 1
        return self.words[k].start <= named.start and k - 1 in self._verbs

    def reported_only(self, t: int, sent: Sentence, *, statements: bool) -> bool:
        """أفاد المرصد بقصف / أعلن الجيش مقتل جنديين: the verb governing the verbal noun at t reports it (or, with
        ``statements``, states it); its subject tells of the act, it did not carry it out."""
        from rasd.quotes.stage import cue_of

        j = self._governor(t, sent)
        if j is None:
            return False
        groups = governor_groups()
        forms = candidates(self.words[j].surface)
        stated = statements and any(groups.get(f) == "statement" for f in forms)
        return stated or (cue_of(self.words[j]) is not None and not any(f in groups for f in forms))

    def self_reports(self, j: int) -> bool:
        """The pronoun before the verb at j is the reporter itself, who acts. إنه / أنه only before a light
        verb with its verbal noun (أعلن الجيش أنه شن غارات) or a verb with an accusative object after it (قال
        الحلف إنه قتل عددا من زعماء طالبان): before other verbs it is mostly the pronoun of the matter (قالت
        الشرطة إنه قتل ثلاثة: it is that three were killed)."""
        before = self.words[j - 1].norm if j > 0 else ""
        if before in SELF_REPORTED:
            return True
        light = any(governor_groups().get(f, "").startswith("light-verb") for f in candidates(self.words[j].surface))
        active = j + 1 < len(self.words) and case_of(self.words[j + 1].norm) == "acc"
        return before in ("انه", "بانه") and (light or active)

    def reporter_acts(self, t: int, sent: Sentence, noun: bool) -> bool:
        """The trigger at t follows such a pronoun, or, a verbal noun, the light verb governing it does (أعلنت
        الوزارة أنها نفذت ضربة جوية)."""
        j = self._governor(t, sent) if noun else None
        near = j is not None and t - j <= 2  # its object, not a noun further on (قاموا بتجنيد متشددين للقتال)
        if near and j is not None and speaking_as_we(self.words[j]) and self._quote_speaker(j, inside=True):
            return True  # «قمنا بطرد 600 شخص»: the speaker's side acts
        return self.self_reports(t) or (near and self.self_reports(j))

    def _stance_entries(self, k: int) -> list[Trigger]:
        """The condemnation, charge, call or praise read by the coder at word k (its reading, with its
        exclusions: بحث is a discussion, not ب + حث; سامح شكري is a name, not a thanks)."""
        return [
            e
            for e in self.trigger_entries.get(k, ())
            if e.type in _OF_OTHERS or (e.type == "SUPPORT" and e.mode == "praise")
        ]

    def spoken_attack(self, ev: Event) -> None:
        """هاجم الجبير السياسات الإيرانية، خامنئي يهاجم أمريكا: a named person or an official who attacks is
        criticizing, not striking; the event becomes ACCUSE (criticize, CAMEO 111). An armed body, a crowd or an
        unnamed man (رجل هاجم السفير) still strikes."""
        if ev.type != "ASSAULT" or ev.trigger.pos != "verb" or ev.trigger.lemma != "هاجم" or not ev.source:
            return

        def speaker(a: Actor) -> bool:
            if a.entity is not None:
                return a.entity.label == "PER" and (a.entity.get("sector") or a.sector) not in ARMED
            return a.sector in ("GOV", "OPP", "PTY", "LEG", "JUD")

        critic = next((x for x in self.lex.words.get("انتقد", ()) if x.type == "ACCUSE"), None)
        if critic is not None and all(speaker(a) for a in ev.source):
            ev.type, ev.mode, ev.trigger = "ACCUSE", critic.mode, critic

    def speaks_of_others(self, j: int, t: int) -> bool:
        """A condemnation, charge, call or welcome between the governing verb at j and the verbal noun at t
        (أدان الهجوم، أعرب عن إدانته للهجوم is not: the noun there is the condemnation itself). A call to
        protest is the caller's own (دعا الاتحاد النقابي إلى الإضراب: the union organizes the strike)."""
        said = any(e.type in ("ACCUSE", "THREATEN", "REQUEST") for e in self.trigger_entries.get(t, ()))
        if said and any(e.type == "REJECT" for e in self.trigger_entries.get(j, ())):
            return True  # نفت الوزارة الاتهامات، رفض المطالب: the charges and demands are someone else's
        if self._stance_entries(t):
            return False  # شكرها وتقديرها، إدانته واستنكاره: a second statement beside the first, not its object
        discussed = any(e.type == "CONSULT" and e.pos == "verb" for e in self.trigger_entries.get(j, ()))
        if discussed and any(e.type in _DONE_BY_OTHERS for e in self.trigger_entries.get(t, ())):
            return True  # بحث الوزير الهجوم على دمشق: the attack is what was discussed, not the discussers' act
        protest = any(e.type == "PROTEST" for e in self.trigger_entries.get(t, ()))
        acts_on = [e for e in self.trigger_entries.get(j, ()) if e.pos == "verb" and "obj" in e.targets]
        if protest and any(e.type in ("ASSAULT", "COERCE") for e in acts_on):
            return True  # فرقت قوات الأمن المظاهرة: the protest is what the force acts on, not its own
        if not protest and any(self.words[k].norm in GRIEVANCE for k in range(j, t)):
            return True  # اعتصم المعلمون احتجاجاً على اعتقال زملائهم: the arrest is not the crowd's
        return any(e.type != "REQUEST" or not protest for k in range(j, t) for e in self._stance_entries(k))

    def named_actor(self, j: int, t: int, sent: Sentence, subject: list[Actor]) -> list[Actor]:
        """Whom the statement (from j, the governing verb, on) names as the one who acts at t: the actor right
        before the verbal noun, or before the preposition written apart from it, that is not the statement's
        own ``subject`` (اتهم X إيران بدعم، دعا X إسرائيل إلى الانسحاب); [] when it names no one."""
        ends = {t - 1}
        before = self.words[t - 1].norm if t - 1 > j else ""
        if before in _LINKS or (before[:1] in ("ب", "ل") and len(before) >= 5 and not before.startswith("ال")):
            ends.add(t - 2)  # دعا إسرائيل إلى الانسحاب، طالب المجتمع الدولي بزيادة المساعدات
        keys = {a.key for a in subject}
        k = max([j] + [a.last for a in subject if a.first > j]) + 1
        # only the charge itself or a time between: not دعا المبعوث الخاص ورئيس البعثة برناردينو ليون إلى (the
        # envoy's own name, in apposition)
        while k < t and (self._stance_entries(k) or self.words[k].norm in SKIPPABLE | TEMPORAL):
            k += 1
        a = sent.actor_at(k) if k < t else None
        if a is not None and a.first == k and a.last in ends and a.key not in keys:
            return [a]
        return []

    def act_side(self, typ: str, source: list[Actor], inner: Any, sent: Sentence) -> list[Actor]:
        """The target of a ``typ`` event from the act it names: the act's author (رحب بانسحاب القوات الإسرائيلية،
        أدان الهجوم الذي شنه الحوثيون), or, for a threat of the speaker's own act (هدد الجيش بقصف غزة), the
        act's target; [] when the act has no other author named in the sentence (أدان اعتقال الصحفي: not the
        journalist; not a subject carried over from an earlier sentence)."""
        keys = {a.key for a in source}
        theirs = [a for a in inner.source if a.key not in keys and sent.first <= a.first <= sent.last]
        if inner.type == "AGREE":  # للتنديد بالاتفاق بين X وY: both parties
            return theirs + [a for a in inner.target if a.key not in keys]
        if theirs:
            return theirs
        if inner.source and typ == "THREATEN":
            return list(inner.target)
        return []

    def accuser(self, ev: Any, events: list[Any]) -> dict[str, Any] | None:
        """Who charged the actor of ``ev`` with it (اتهمت الحكومة إيران بدعم الحوثيين: the support is the
        government's charge, reported by it, not a fact the article states); None when no charge names it."""
        if not ev.source or not self.words[ev.trigger_word].norm.startswith("ب"):
            return None
        for acc in events:
            if (
                acc.type == "ACCUSE"
                and acc.source
                and acc.trigger_word < ev.trigger_word
                and {a.key for a in ev.source} <= {a.key for a in acc.target}
            ):
                a = acc.source[0]
                who = a.entity.get("id") if a.entity is not None else None
                return {"id": who, "text": self.doc.text[a.start : a.end], "kind": "accusation"}
        return None

    def attacked_crowd(self, events: list[Event]) -> None:
        """أطلقت قوات الأمن النار على المتظاهرين: who fires on a crowd is not the crowd's protester. A protest
        whose trigger is inside an attack's target has that crowd, not the attacker, as its source, and, when it
        names no one else, the attacker (or whoever disperses it) as whom it faced."""
        for attack in (e for e in events if e.type in ("ASSAULT", "COERCE")):
            hit = {a.key for a in attack.source}
            for ev in events:
                at = self.words[ev.trigger_word].start
                crowd = [a for a in attack.target if a.start <= at < a.end]
                # فرقت قوات الأمن المظاهرة: the protest named as the act's object, no actor of its own
                actor = any(a.start <= at < a.end for a in attack.source)  # هاجم المتظاهرون مركز الشرطة: it acts
                transitive = attack.trigger.pos == "verb" and "obj" in attack.trigger.targets  # not انفجرت مظاهرات
                acted_on = crowd or (0 < ev.trigger_word - attack.trigger_word <= 2 and transitive and not actor)
                # لتفريق الف متظاهر احتجوا على ...: the protest's own crowd is the one the force acted on
                hit_crowd = {a.key for a in attack.target}
                acted_on = acted_on or (ev.type == "PROTEST" and any(a.key in hit_crowd for a in ev.source))
                if ev.type == "PROTEST" and acted_on and any(a.key in hit for a in ev.source):
                    ev.source = [a for a in ev.source if a.key not in hit] or crowd
                if ev.type == "PROTEST" and acted_on and not ev.target:
                    ev.target = list(attack.source)  # فرقت الشرطة المتظاهرين: the crowd faced the police

    def own_forces(self, actors: list[Actor], t: int) -> list[Actor]:
        """قال الجيش التركي إن طائراته قصفت ...، قالت الشرطة إن عناصرها اعتقلوا: forces named with a pronoun (its
        aircraft, their fighters) inside a statement are the speaker's own; they act for the speaker's entity, or
        take the sector of a speaker no gazetteer lists. Only as the subject right after إن / أن in reported
        speech, where the pronoun's owner is the one who speaks, not a pronoun with an antecedent of its own
        (القيادة التي توجه عناصرها)."""
        out = []
        for a in actors:
            opens = a.first > 0 and self.words[a.first - 1].norm in ("ان", "بان", "وان")
            own = opens and a.entity is None and a.sector in _FORCES
            own = own and analyze(self.words[a.first].surface).suffix in _OWNER_SUFFIXES
            speaker = self._speaker_of(t) if own else None
            if speaker is not None:
                entity, sector = speaker
                a = replace(a, entity=entity) if entity is not None else replace(a, sector=sector or a.sector)
            out.append(a)
        return out

    def own_members(self, actors: list[Actor], t: int, sent: Sentence) -> list[Actor]:
        """أعلن الجيش الأمريكي مقتل اثنين من جنوده / قالت الشرطة إن ثلاثة من عناصرها قتلوا: members counted out of
        forces named with a pronoun are the announcer's or the speaker's own, and take its entity (or sector)."""
        out = []
        for a in actors:
            head = next((i for i in range(a.first, a.last + 1) if self.words[i].start >= a.start), a.first)
            own = a.entity is None and a.sector in _FORCES and head - 1 >= sent.first
            own = own and self.words[head - 1].norm == "من"  # counted out: اثنين من جنوده
            own = own and analyze(self.words[head].surface).suffix in _OWNER_SUFFIXES
            owner = self._speaker_of(t) if own else None
            j = self._governor(t, sent) if own and owner is None else None
            groups = governor_groups()
            if j is not None and any(groups.get(f) == "statement" for f in candidates(self.words[j].surface)):
                announcer = next((x for x in self.source_for_verb(j, sent) if x.last < a.first), None)
                owner = (announcer.entity, announcer.sector) if announcer is not None else None
            if owner is not None:
                entity, sector = owner
                a = replace(a, entity=entity) if entity is not None else replace(a, sector=sector or a.sector)
            out.append(a)
        return out

    def _speaker_of(self, t: int) -> tuple[Span | None, str | None] | None:
        """The speaker of the quote holding word t: its linked entity, else the sector of its head noun."""
        pos = self.words[t].start
        for q in self.quotes:
            content, sp = q.get("content"), q.get("speaker")
            if isinstance(content, Span) and content.start <= pos < content.end and isinstance(sp, Span):
                head = next((w for w in self.words if w.start >= sp.start), None)
                return self.linked(sp), agent_sector(head) if head is not None and head.start < sp.end else None
        return None

    def linked(self, speaker: Span) -> Span | None:
        """The entity a quote's speaker is linked to (the same id), if any."""
        return next((e for e in self.entities if e.get("id") and e.get("id") == speaker.get("id")), None)

    def _quote_speaker(self, t: int, *, inside: bool = False) -> Actor | None:
        """The speaker of the quote whose cue is word t (``inside``: whose words hold it): a linked entity, or a
        phrase (the participants)."""
        w = self.words[t]
        for q in self.quotes:
            cue, sp, content = q.get("cue"), q.get("speaker"), q.get("content")
            held = inside and isinstance(content, Span) and content.start <= w.start < content.end
            if not ((held or (isinstance(cue, Span) and cue.start == w.start)) and isinstance(sp, Span)):
                continue
            first = self._first_word(sp, t)
            last = max(first, next((x.index for x in reversed(self.words) if x.start < sp.end), first))
            ent = self.linked(sp)
            if ent is not None:
                return Actor(sp.start, sp.end, ent, first, last)
            if sp.label == "NOUN" and not _teller(self.words[first]):
                return Actor(sp.start, sp.end, None, first, last, agent_sector(self.words[first]))
        return None

    def _unfit_speaker(self, t: int) -> bool:
        """Is word t the cue of a quote whose speaker is a document or an informant (كشفت وثيقة تخطيط، قال مصدر
        خاص)? It acts in nothing it tells of, and who does is not known."""
        w = self.words[t]
        for q in self.quotes:
            cue, sp = q.get("cue"), q.get("speaker")
            if isinstance(cue, Span) and cue.start == w.start and isinstance(sp, Span) and sp.label == "NOUN":
                return _teller(self.words[self._first_word(sp, t)])
        return False

    def _first_word(self, span: Span, default: int) -> int:
        """The index of the first word a span touches (``default`` when none does)."""
        return next((x.index for x in self.words if x.end > span.start), default)
