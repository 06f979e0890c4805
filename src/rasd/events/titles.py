"""A person's own titles after the name, which are not the object of the verb before them.

استقبل الأمير محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية ... المهنئين: the titles after the
prince's name are his, and whom he received comes after them. A mixin of :class:`rasd.events.code.Coder`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.events.args import SKIPPABLE, TEMPORAL, Actor, Sentence, agent_sector, joined, nisba_country

if TYPE_CHECKING:
    from rasd.kb.match import Tok


class TitleRules:
    """See the module docstring."""

    words: list[Tok]

    def apposition(self, a: Actor, source: list[Actor], prev_end: int) -> bool:
        """A title in the construct state right after a person's name (or after such a title, ``prev_end``) is
        the person's own: استقبل الأمير محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء ... المهنئين. Not a title
        of another country, which names someone else (التقى محمود عباس وزير الخارجية الأمريكي), nor one with the
        article (واتهم بيركو الوزير: the minister is accused), nor a named body (طالب البابا الأمم المتحدة)."""
        head = self.words[a.first].norm
        if head.startswith(("ال", "وال", "نظير")) or (a.entity is not None and a.entity.label != "PER"):
            return False  # نظيره الأمريكي: a counterpart is someone else
        if not (a.sector or agent_sector(self.words[a.first])):
            return False
        if any(s.key == a.key for s in source):
            return True  # أسعد الشيباني وزير الخارجية السوري: the title is linked to the same person
        named = [
            s
            for s in source
            if s.last == a.first - 1 and s.entity is not None and s.entity.label == "PER"
            # ends in a name, not a nationality or a title (الرئيس المصري وزير الخارجية الأمريكي)
            and nisba_country(self.words[s.last]) is None and agent_sector(self.words[s.last]) is None
        ]
        if not named and prev_end != a.first - 1:
            return False
        if self.words[a.first].punct_before.strip() in ("،", ","):
            return True  # دعا لاري آندري، سفير الولايات المتحدة: set off by a comma, it describes him
        own = named[0].entity.get("country") if named and named[0].entity is not None else None
        theirs = (a.entity.get("country") if a.entity is not None else None) or a.country
        return theirs is None or theirs == own

    def title_run(self, last: int, sent: Sentence) -> int:
        """The last word of the titles that go on after a title ending at ``last`` (نائب رئيس مجلس الوزراء وزير
        الداخلية), up to a preposition, a time word, punctuation or a conjunction (رئيس الوزراء ونظيره فلان:
        the counterpart is someone else; وزير keeps its own و)."""
        k = last
        while k + 1 <= sent.last:
            w = self.words[k + 1]
            if w.punct_before.strip() or sent.prep_of(k + 1)[0] is not None or w.norm in SKIPPABLE | TEMPORAL:
                break
            if joined(w):
                break
            k += 1
        return k

    def heads_after_name(self, j: int, source: list[Actor]) -> bool:
        """Is word j (ل + a body) the body a person's title after the name heads, as in زيارة أحمد الجربا الرئيس
        السابق للائتلاف إلى موسكو: the coalition he led, not where he went?"""
        for a in source:
            run = range(a.last + 1, j)
            if a.entity is None or a.entity.label != "PER" or not run or agent_sector(self.words[a.last + 1]) is None:
                continue
            if all(agent_sector(self.words[k]) or self.words[k].norm in _TITLE_QUALIFIERS for k in run):
                return True
        return False


# words that qualify a title (الرئيس السابق، الأمين العام)
_TITLE_QUALIFIERS = frozenset(
    {"السابق", "السابقة", "الاسبق", "الحالي", "الحالية", "العام", "العامة", "الاعلي", "المكلف"}
)
