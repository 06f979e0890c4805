"""Sides named by a bare noun phrase, one no gazetteer lists and no actor list holds: the object right after an
attack verb (اغتالوا ضابطاً في الشرطة، اختطفوا نقيب الصيادلة), the people after a protest verb (أضرب العرب في
إسرائيل، تظاهر الآلاف), a counted object past the subject's relative clause (خطف مسلحون يرتدون زي الشرطة خمسة
بريطانيين). Read only where the verb's subject is known, so the phrase cannot be the subject itself. A mixin of
:class:`rasd.events.sides.SideRules`, kept apart so each stays one reader.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rasd.events.args import (
    FUNCTION_WORDS,
    SKIPPABLE,
    TEMPORAL,
    WEAPONS,
    Actor,
    Sentence,
    agent_sector,
    counted,
    joined,
    nisba_country,
    plural_adjective,
)
from rasd.events.detect import TIME_WORDS
from rasd.events.words import PLACES_STRUCK, PREMISES, PRONOUN_SUFFIXES, TARGET_NOUNS
from rasd.text.clitics import analyze, candidates

if TYPE_CHECKING:
    from rasd.kb.match import Tok

_SPANS = frozenset({"ايام", "يوما", "يومين", "اسابيع", "اسبوعين", "اشهر", "شهرين", "ساعات", "ساعة", "دقائق"})
DAYTIME = TIME_WORDS | {"منتصف", "ليلة", "عصر", "الليل", "صباحا"}  # قبل ظهر أمس، بعد منتصف الليل
SELF = frozenset({"نفسه", "نفسها", "نفسيهما", "انفسهم"})  # فجر نفسه: who blew himself up


def _imperfect_plural(norm: str) -> bool:
    """يرتدون، يحملون، يعملان: a plural or dual present verb (a relative clause after an indefinite subject), told
    from plural nisbas (يمنيون، يابانيون) by their ending and from short nouns (تعاون، تطوان) by its length."""
    plural = norm.endswith(("ون", "ان")) and not norm.endswith(("يون", "يان"))
    return norm[:1] in ("ي", "ت") and plural and len(norm) >= 6




# what an attacker strikes with when written with ب before the object (بدراجة نارية مفخخة، بسيارة مفخخة)
_VEHICLES = frozenset({"دراجة", "دراجات", "سيارة", "سيارات", "شاحنة", "عربة", "طائرة", "طائرات", "مسيرة", "زورق"})


class BarePhrases:
    """See the module docstring."""

    words: list[Tok]
    _verbs: list[int]
    _is_trigger: Callable[[int], bool]  # RoleFinder's

    def _phrase_after(self, end: int, sent: Sentence, skip: set[int], adjectives: int) -> tuple[int, int] | None:
        """(first, last) word of the bare noun phrase right after word ``end``: time words and ``skip`` passed,
        no preposition or punctuation before it, at most ``adjectives`` definite words after its head."""
        j = end + 1
        timed = False  # a time was passed: a comma may then set off the object (خطف مسلحون أمس، عدداً من ...)
        while j <= sent.last:
            w = self.words[j].norm
            nxt = self.words[j + 1].norm if j + 1 <= sent.last else ""
            if j in skip:
                j += 1
            elif (
                w in SKIPPABLE | TEMPORAL | DAYTIME
                or (w in ("قبل", "بعد", "اول") and nxt in DAYTIME | SKIPPABLE | TEMPORAL)  # قبل ظهر أمس، أول أمس
            ):
                j, timed = j + 1, True
            elif w in ("قبل", "منذ") and counted(nxt) and j + 2 <= sent.last and self.words[j + 2].norm in _SPANS:
                j, timed = j + 3, True  # قبل خمسة أيام: a span of time told by a count, not the object
            elif w == "ما" and nxt in ("مجموعه", "مجموعة"):
                j += 2  # ما مجموعه 14 شخصا: in all
            else:
                break
        # a comma may set off the time before the object (خطف مسلحون قبل خمسة أيام، عدداً من الأشخاص)
        punct = self.words[j].punct_before.strip(" ،," if timed else " ") if j <= sent.last else ""
        if j > sent.last or punct or sent.prep_of(j)[0] is not None:
            return None
        if self.words[j].norm in ("و", "ف", "لمدة", "لفترة", "طيلة", "طوال"):
            return None  # ضابط و3 جنود: a conjunction split from a number; احتجزت لمدة عام: how long, no object
        last = j
        while (
            last + 1 <= min(sent.last, j + adjectives)
            and not self.words[last + 1].punct_before.strip()
            and self.words[last + 1].norm.startswith("ال")
            and self.words[last + 1].norm not in TEMPORAL
        ):
            last += 1
        if (
            last == j
            and last + 1 <= sent.last
            and not self.words[j].norm.startswith("ال")
            and not self.words[last + 1].punct_before.strip()
            and not self.words[last + 1].norm.startswith("ال")
            and self.words[j].norm.endswith("ا")
            and nisba_country(self.words[last + 1], accusative=True) is not None
        ):
            last += 1  # مصورا فرنسيا، جنديا تركيا: an indefinite accusative noun and its nisba adjective
        return j, last

    def _bare(self, first: int, last: int) -> list[Actor]:
        w = self.words[first]
        return [Actor(w.start, self.words[last].end, None, first, last, agent_sector(w))]

    def _named_or_bare(self, first: int, last: int, sent: Sentence) -> list[Actor]:
        """The entity a bare phrase starts with (محمد علاونة, not محمد alone), else the phrase itself."""
        # عناصر الشرطة الأفغانية: the police's; مقر حزب البعث: the party's building, the party
        a = sent.actor_at(first, raw=False) or sent.members(first) or sent.seat(first)
        if a is not None and a.first == first:
            return [a]
        person = sent.at_word.get(last + 1)
        if (
            person is not None
            and person.label == "PER"
            and person.start == self.words[last + 1].start
            and not self.words[last + 1].punct_before.strip()
            and sent.has_name(person)
        ):  # رجل الدين الشيعي هشام سيموري: a description, then the person's name
            return [Actor(self.words[first].start, person.end, person, first, sent.entity_words(person)[1])]
        readings = (candidates(self.words[first].surface)[-1], self.words[first].norm)  # (سوقا keeps its alef)
        if any(r.removeprefix("ال") in PLACES_STRUCK for r in readings):
            return []  # هجمات استهدفت مناطق في بغداد، هاجموا سوقا: places whose owner is not named are no actor
        return self._bare(first, last)

    def bare_object(
        self, t: int, end: int, sent: Sentence, source: list[Actor], relative: bool = False
    ) -> list[Actor]:
        """اغتالوا ضابطاً في الشرطة / اختطفوا نقيب الصيادلة: the object of an attack verb is often a person or a
        thing no gazetteer lists. Taken only when the subject is known (or written into the verb, خطفوا, or is
        the attack noun the verb's ``relative`` clause follows: تفجير استهدف سيارات), so the phrase after the verb
        cannot be its subject."""
        if not source and not relative and not self.words[t].norm.endswith("وا"):
            return []
        if analyze(self.words[end].surface).suffix in PRONOUN_SUFFIXES:
            return []  # خطفوه من منزله: the pronoun is whom they took, not the phrase after it
        skip = {w for a in source for w in range(a.first, a.last + 1)}
        after = [a.last + 1 for a in source if a.last < sent.last]  # هاجم متظاهرون غاضبون: how it was, no object
        skip |= {k for k in after if plural_adjective(self.words[k - 1].norm, self.words[k].norm)}
        found = self._phrase_after(end, sent, skip, 2)
        if found is None:
            return []
        first, last = found
        head = self.words[first].norm
        if first > end + 1 and joined(self.words[first]):  # (right after the verb: أصيب والدي، تستهدف وطننا)
            return []  # هاجم الجيش مجددا ورشقه: past the subject, a word with و opens another clause or item
        if _imperfect_plural(head) and source:
            return self._counted_past_clause(first, sent)
        past_plural = head.startswith("و") and head.endswith("وا") and len(head) >= 5  # فقتلوا وشردوا
        if first in self._verbs or self._is_trigger(first) or _imperfect_plural(head) or past_plural:
            return []  # قتلوا وأصيب / مسلحون يرتدون زي الشرطة: the next clause's verb, not an object
        if counted(head) or head[:1].isdigit():
            a = sent.actor_at(first)  # خطفوا أربعة أوروبيين: the counted noun makes the phrase
            if a is not None and a.first == first:
                return [a]
            nxt = first + 1
            if nxt > sent.last or self.words[nxt].punct_before.strip() or sent.prep_of(nxt)[0] is not None:
                return []
            noun = self.words[nxt].norm
            if noun in FUNCTION_WORDS or counted(noun) or nxt in self._verbs or self._is_trigger(nxt):
                return []
            if noun in TARGET_NOUNS or noun in PREMISES:
                return []  # اقتحم الجيش عدة منازل: buildings whose owner is not named are no actor
            return self._bare(first, nxt)
        if head in FUNCTION_WORDS or head in SELF or head.startswith(WEAPONS):
            return []  # فجر المهاجمون قنابلهم: what was set off is not whom it struck
        if head[:1] == "ب" and (head[1:].startswith(WEAPONS) or head[1:] in _VEHICLES):
            return []  # استهدف تنظيم داعش بدراجة نارية مفخخة: what it struck with, not whom
        return self._named_or_bare(first, last, sent)

    def _counted_past_clause(self, first: int, sent: Sentence) -> list[Actor]:
        """خطف مسلحون يرتدون زي الشرطة خمسة بريطانيين: past the subject's relative clause (its verb at ``first``),
        a counted phrase in the same clause is the object; nothing else there is surely one."""
        for k in range(first + 1, min(sent.last, first + 6) + 1):
            if self.words[k].punct_before.strip() or k in self._verbs or self._is_trigger(k):
                return []
            if counted(self.words[k].norm) or self.words[k].norm[:1].isdigit():
                a = sent.actor_at(k)
                return [a] if a is not None and a.first == k else []
        return []

    def bare_subject(self, t: int, end: int, sent: Sentence) -> list[Actor]:
        """أضرب العرب في إسرائيل / تظاهر الآلاف: the subject after a protest verb is often a people or a crowd
        no list holds; the definite noun phrase right after the verb."""
        found = self._phrase_after(end, sent, set(), 1)
        if found is None:
            return []
        head = self.words[found[0]].norm
        if not head.startswith("ال") or head in FUNCTION_WORDS or head in TEMPORAL:
            return []
        return self._bare(*found)
