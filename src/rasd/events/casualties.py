"""Who an attack killed or wounded, and when a killing verb is passive.

قتل ثلاثة مدنيين، أصيب 37 شخصا: a killing verb with a count after it, or with no object, is passive and its subject
is the victim (قد قتلت في هجوم انتحاري); a count after the verb (مقتل عشرة أشخاص، قتل ثمانية من عناصر الشرطة) or
before it (خمسة مدنيين قتلوا) names the victims, with who is among them (بينهم ثلاثة من رجال الشرطة); the dead of
a road accident, a fire or a drowning are no attack's. A mixin of :class:`rasd.events.code.Coder`.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from rasd.events.args import APPROXIMATE, Actor, Sentence, agents, case_of, counted, nisba_country
from rasd.text.clitics import candidates

if TYPE_CHECKING:
    from rasd.events.lexicon import Lexicon, Trigger
    from rasd.kb.match import Tok

# what kills without an attack (normalized; ب / و stripped): a road accident, a fire, a drowning
_ACCIDENTS = frozenset(
    {"مروري", "مرورية", "المروري", "المرورية", "تصادم", "اصطدام", "غرق", "حريق", "الحريق", "حرائق", "اختناق",
     "اختناقات", "صعق"}
)
_ACCIDENT_PAIRS = frozenset(
    {("حادث", "سير"), ("حوادث", "سير"), ("انقلاب", "سيارة"), ("انقلاب", "مركبة"), ("انقلاب", "حافلة")}
)
_CASUALTIES = frozenset({"قتلي", "القتلي", "جرحي", "الجرحي", "قتيل", "قتيلا", "جريح", "جريحا"})


def among_dead(words: list[Tok], a: Actor) -> bool:
    """Is the actor the dead or wounded (للقتلى، بعض قتلى الحادثة)? They did not act."""
    k = a.first + (a.first < a.last and words[a.first].norm in ("بعض", "احد", "كل", "جميع", "معظم"))
    return bool({*candidates(words[a.last].surface), words[k].norm} & _CASUALTIES)


_OTHERS = frozenset({"اخرون", "اخرين", "اخر", "اخري", "الاخرون", "الاخرين"})  # normalized: آخرون -> اخرون
_FELL = frozenset({"سقط", "سقطوا", "سقطت"})  # fell (as casualties): عشرات الحوثيين سقطوا بين قتيل وجريح
# what follows a killing verb used in the passive: how or where, not whom (قتل في هجوم، قتلت برصاص قناص)
_PASSIVE_CUES = frozenset(
    {"في", "خلال", "جراء", "اثر", "عقب", "بنيران", "برصاص", "بجروح", "بانفجار", "بقصف", "بهجوم", "بتفجير", "بغارة",
     "بعد", "اثناء", "عندما", "حين", "برصاصة"}
)


class CasualtyRules:
    """See the module docstring."""

    words: list[Tok]
    lex: Lexicon
    _past_time: Callable[[int, Sentence], int]  # RoleFinder's, mixed in with this class into the Coder
    before_at_least: Callable[[int, Sentence], int]  # RoleFinder's

    def _accident(self, found: list[tuple[int, int, list[Trigger]]], sent: Sentence) -> bool:
        """توفي أربعة أشخاص وأصيب 13 في حوادث مرورية / أصيب 6 باختناقات جراء الحريق: deaths and injuries in a
        road accident, a fire or a drowning, with no attack named in the sentence (هجوم، تفجير، إطلاق نار), are
        not an assault."""
        if any(e.type == "ASSAULT" and "casualty" not in e.flags for _, _, entries in found for e in entries):
            return False
        norms = [self.words[j].norm.removeprefix("و").removeprefix("ب") for j in range(sent.first, sent.last + 1)]
        return any(n in _ACCIDENTS for n in norms) or any(p in _ACCIDENT_PAIRS for p in itertools.pairwise(norms))

    def _passive_casualty(self, end: int, sent: Sentence, source: list[Actor]) -> bool:
        """بي نظير بوتو قد قتلت في هجوم انتحاري، قتل جندي وأصيب آخر: a killing verb with no object, followed by
        how or where (في، جراء، برصاص) or by another casualty verb, is passive: its subject is the victim. Only
        for people and generic phrases, never a body or a country (قتلت القوات في غزة ثلاثة)."""
        if any(a.entity is not None and a.entity.label != "PER" for a in source):
            return False
        after = max([end] + [a.last for a in source if a.first > end])
        j = self._past_time(after + 1, sent)
        if j <= sent.last and "(" in self.words[j].punct_before:  # محمد علاونة (22 عاما) بعد إصابته: his age
            while j <= sent.last and ")" not in self.words[j].punct_before:
                j += 1
        if j > sent.last:
            return True
        w = self.words[j].norm
        return w in _PASSIVE_CUES or (
            w[:1] == "و"
            and any(t.pos == "verb" and "casualty" in t.flags for t in self.lex.words.get(w[1:], ()))
        )  # وأصيب آخر: another casualty verb, as the trigger lexicon lists them

    def _victims(self, a: Actor) -> bool:
        """A counted phrase or civilians: who is killed or wounded rather than who kills."""
        first = self.words[a.first].norm
        dual = first.endswith("ان") and first[:-2] in agents()  # جنديان، شرطيان: a count of two
        counted_members = a.count is not None and counted(first)  # سبعة من عناصر الشرطة: people of a body
        return (a.entity is None or counted_members) and (
            a.sector == "CVL" or first[:1].isdigit() or counted(first) or dual
        )

    def _all_victims(self, source: list[Actor]) -> bool:
        """Every subject is a victim; a count before coordinated phrases counts them all (قتل ثلاثة عناصر من
        الجيش والشرطة: the police are among the three, not the killers)."""
        head = source[0]
        shared = head.count is not None and all(a.entity is None and a.first > head.last for a in source[1:])
        return all(self._victims(a) for a in source) or (shared and self._victims(head))

    def casualties(self, t: int, end: int, sent: Sentence, source: list[Actor]) -> list[Actor]:
        """مقتل عشرة أشخاص / قتل ثمانية من عناصر الشرطة / خمسة مدنيين قتلوا: the victims of an attack."""
        keys = {a.key for a in source}
        if t - 2 >= sent.first and self.words[t - 1].norm == "بين":
            # سقط عشرات العراقيين بين قتيل وجريح: the phrase before بين are the casualties, the second kind after
            # the trigger (وجريح) is no one of its own
            stop = t - 2
            if self.words[stop].norm.removeprefix("و") in _FELL and stop > sent.first:
                stop -= 1  # عشرات الحوثيين سقطوا بين قتيل وجريح
            return self._ending_at(stop, sent, keys)
        after = sent.actor_at(end + 1) if end + 1 <= sent.last else None
        if after is None and end + 1 <= sent.last and counted(self.words[end + 1].norm):
            # إصابة عشرة بينهم ثلاثة من رجال الشرطة: a count alone counts people; 32 متمردا: with its noun
            last = end + 1
            if self.words[last].norm in APPROXIMATE and last + 1 <= sent.last and counted(self.words[last + 1].norm):
                last += 1  # إصابة حوالي تسعة: the whole count
            noun = self.words[last + 1].norm if last + 1 <= sent.last else ""
            if self.words[last].norm.isdigit() and case_of(noun) in ("acc", "obl"):
                last += 1  # 32 متمردا، إصابة 3 مقيمين: the digits' noun
            n = self.words[end + 1]
            w = self.words[last]
            number_end = self.words[last - 1].end if last > end + 1 and not counted(w.norm) else w.end
            after = Actor(w.start, w.end, None, end + 1, last, "CVL", count=(n.start, number_end))
        if after is None and end + 1 <= sent.last and not self.words[end + 1].punct_before.strip():
            w = self.words[end + 1]  # مقتل فلسطيني: after a casualty word, a nationality alone is one of its people
            country = None if w.norm.startswith(("ال", "و")) else nisba_country(w)
            after = Actor(w.start, w.end, None, end + 1, end + 1, "CVL", country) if country else None
        if after is not None and after.key not in keys:
            found = sent.coordinated(after)
            nxt = found[-1].last + 1
            if nxt + 2 <= sent.last and (self.words[nxt].norm, self.words[nxt + 1].norm) == ("علي", "الاقل"):
                nxt += 2  # مقتل 30 شخصا على الأقل بينهم قضاة
            if nxt + 1 <= sent.last and self.words[nxt].norm in ("بينهم", "منهم", "بينها"):
                among = sent.actor_at(nxt + 1)  # ... بينهم ثلاثة من رجال الشرطة: who among them
                if among is not None:
                    found.extend(sent.coordinated(among))
            elif nxt + 1 <= sent.last and self.words[nxt].norm in ("بين", "من") and counted(self.words[end + 1].norm):
                among = sent.actor_at(nxt + 1)  # أكثر من ألف قتيل بين المتمردين، 32 قتيلا من المدنيين: whose dead
                if among is not None and among.first == nxt + 1:
                    found.extend(sent.coordinated(among))
            return found
        stop = self.before_at_least(t - 1, sent)  # 28 شخصا على الأقل قتلوا
        return self._ending_at(stop, sent, keys)

    def _ending_at(self, stop: int, sent: Sentence, keys: set[str]) -> list[Actor]:
        """The longest actor phrase ending at word ``stop`` (28 شخصا، عشرات العراقيين) not in ``keys``."""
        for j in range(max(sent.first, stop - 2), stop + 1):
            a = sent.actor_at(j)
            if a is not None and a.last == stop and a.key not in keys:
                return [a]
        return []

    def _count_after(self, end: int, sent: Sentence) -> bool:
        """A count right after a passive casualty verb (أصيب 12، قتل حوالي ثلاثين): its victims, not its subject."""
        k = end + 1
        if k <= sent.last and self.words[k].norm in APPROXIMATE:
            k += 1
        return k <= sent.last and not self.words[k].punct_before.strip() and counted(self.words[k].norm)

    def _without_others(self, actors: list[Actor]) -> list[Actor]:
        """قتل أربعة أشخاص وأصيب ستة آخرون: آخرون / آخرين alone are more of the victims already named, not an
        actor of their own; they stay only when no one else is named."""

        def others(a: Actor) -> bool:
            head = self.words[a.last]
            return a.entity is None and a.start >= head.start - 1 and head.norm.removeprefix("و") in _OTHERS

        named = [a for a in actors if not others(a)]
        return named if named else actors

    def fallen(self, sent: Sentence, source: list[Actor]) -> list[Actor]:
        """أسفرت عن سقوط 12 قتيلا: the count after سقوط is the dead (the word alone is not a trigger: سقوط النظام);
        أوقع هجوم بسيارة مفخخة على حفل زفاف سبعة قتلى: the first count after أوقع, past its subject, is; so is a
        count right after أسفر ... عن (فأسفر عن ثمانية قتلى بينهم ثلاثة أجانب)."""
        for j in range(sent.first, sent.last):
            at = None
            if self.words[j].norm in ("سقوط", "وسقوط") and counted(self.words[j + 1].norm):
                at = j
            elif self.words[j].norm.removeprefix("و") in ("اوقع", "اوقعت"):
                after = range(j + 1, min(sent.last, j + 10) + 1)
                at = next((k - 1 for k in after if counted(self.words[k].norm)), None)
            elif self.words[j].norm.removeprefix("و").removeprefix("ف") in ("اسفر", "اسفرت"):
                after = range(j + 1, min(sent.last - 1, j + 8) + 1)  # فأسفر الهجوم عن ثمانية قتلى
                at = next((k for k in after if self.words[k].norm == "عن" and counted(self.words[k + 1].norm)), None)
            if at is not None:
                # people, not things (سقوط عدد من قذائف الهاون): an actor noun, an entity, or a count alone
                found = self.casualties(at, at, sent, source)
                return [a for a in found if a.sector is not None or a.entity is not None]
        return []
