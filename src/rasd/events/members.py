"""Members and units as actors: who acts when a sentence names people of a body rather than the body.

أعضاء التحالف، عناصر الشرطة الأفغانية: members of a named body act for it; ضابطا في الشرطة، جنديا من الجيش السوري،
متظاهرون من حركة «الحرس الفتي»: one of a body's people, named after في or من, acts for that body; قوة من الشرطة،
دورية للجيش الأميركي: a unit acts for the body it is taken from; رجال الشرطة، أفراد الأمن: a member noun before a
body's common noun is that body. A mixin of :class:`rasd.events.args.Sentence`, which gives the lookups used here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.events.actor import Actor
from rasd.events.words import (
    BODY_HEADS,
    FUNCTION_WORDS,
    KIN_GROUPS,
    MEMBER_NOUNS,
    MEMBERS_OF,
    agent_sector,
    agents,
    from_verbs,
    nisba_country,
)
from rasd.text.clitics import candidates

if TYPE_CHECKING:
    from collections.abc import Callable

    from rasd.document import Document, Span
    from rasd.kb.match import Tok


class MemberActors:
    """See the module docstring."""

    doc: Document
    words: list[Tok]
    first: int
    last: int
    at_word: dict[int, Span]
    verbs: set[int]

    # Sentence's lookups, which these readers call
    actor_at: Callable[..., Actor | None]
    entity_words: Callable[[Span], tuple[int, int]]

    def _origin(self, first: int, k: int, *, kin: bool) -> tuple[int, Span | None] | None:
        """Where the people of a phrase (words first..k) come from, named right after من: a body (متظاهرون من حركة
        «الحرس الفتي»، 13 عنصراً من الحوثيين), whose last word and span are returned, or, for civilians
        (``kin``), their kin (متظاهرون من العشائر). Not a place (خرج المتظاهرون من ساحة التحرير: whence they
        set out), nor the من of the verb before them (طلب المتظاهرون من الأمم المتحدة: whom they asked)."""
        if k + 2 > self.last or self.words[k + 1].norm not in ("من", "في") or self.words[k + 1].punct_before.strip():
            return None
        inside = self.words[k + 1].norm == "في"
        member = self.words[k].norm.removeprefix("و") in MEMBER_NOUNS or agent_sector(self.words[k]) is not None
        if inside and not member:
            return None  # في is membership only after a member's noun (ضابطا في الشرطة), not where one is
        if not inside and first > self.first and set(candidates(self.words[first - 1].surface)) & from_verbs():
            return None
        body = self.words[k + 2]
        if (
            member
            and body.norm.startswith("ال")
            and agent_sector(body) not in (None, "CVL")  # القتلى من السياح: some of the tourists, no body
            and k + 2 not in self.at_word
            and k + 2 not in self.verbs
        ):
            # جنديا من الجيش، ضابطا في الشرطة العراقية: the body named by its common noun, its country after it
            nxt = self.words[k + 3] if k + 3 <= self.last else None
            if nxt is not None and not nxt.punct_before.strip() and nisba_country(nxt) is not None:
                return k + 3, None
            return k + 2, None
        for i in (k + 2, k + 3):
            e = self.at_word.get(i)
            if e is not None and e.label == "ORG" and self.entity_words(e)[0] == i:
                if i == k + 3 and (k + 2 in self.at_word or self.words[k + 2].norm not in BODY_HEADS):
                    return None
                return self.entity_words(e)[1], e
        return (k + 2, None) if kin and self.words[k + 2].norm in KIN_GROUPS else None

    def members(self, j: int) -> Actor | None:
        """Members of a linked entity named within two words (أعضاء التحالف، عناصر الشرطة الأفغانية): the phrase
        acts for that entity; None when ``j`` is no member noun or no entity follows."""
        if self.words[j].norm not in MEMBER_NOUNS:
            return None
        for k in range(j + 1, min(self.last, j + 2) + 1):
            punct = self.words[k].punct_before.strip()
            if punct.lstrip("«\"“") or (punct and k > j + 1):
                return None  # عناصر «كتائب القسام»: an opening quote before the body's name, right after the noun
            if k in self.at_word and nisba_country(self.words[k]) is not None and agent_sector(self.words[j]):
                return None  # قوات تركية: an adjective, not the country itself
            e = self.at_word.get(k)
            if e is not None:
                if e.label not in ("PER", "ORG", "LOC", "MISC"):
                    return None
                if e.label == "LOC" and self.words[j + 1].norm == "في":
                    return None  # ناشطين في الضفة الغربية: where they are active, not a body they belong to
                if e.label == "PER" and agent_sector(self.words[j]) == "MIL":
                    return None  # قوات صالح: a man's forces, read by actor_at (not his id)
                closing = self.doc.text[e.end : e.end + 1]
                quoted = bool(punct) and closing != "" and closing in "»\"”"
                return Actor(self.words[j].start, e.end + quoted, e, j, self.entity_words(e)[1])
        return None

    def _unit_of(self, j: int) -> Actor | None:
        """The body a unit (قوة، دورية، مجموعة) belongs to, named after "من" or with "ل" written onto it
        (دورية للجيش الأميركي), past one indefinite adjective (فرقة مظلية من قوات مكافحة الإرهاب), when one is
        named there."""
        if self.words[j].punct_before.strip():
            return None
        w = self.words[j].norm
        if (
            w != "من"
            and not w.startswith(("ال", "ل"))
            and j + 1 < self.last
            and self.words[j + 1].norm == "من"
            and j not in self.at_word
            and w not in FUNCTION_WORDS
            and agent_sector(self.words[j]) is None
        ):
            j += 1  # an adjective of the unit: مظلية، خاصة
        if self.words[j].norm == "من" and j + 1 <= self.last and not self.words[j + 1].punct_before.strip():
            j += 1
        elif not self.words[j].norm.startswith("ل"):
            return None
        inner = self.actor_at(j)
        return inner if inner is not None and inner.first == j else None

    def _member_phrase(self, j: int) -> tuple[str | None, int]:
        """(sector, last word) of a phrase that agents.tsv lists as several words (رجال الشرطة), or of a member
        noun before an actor noun (أفراد الأمن، منتسبي الجيش); (None, j) when there is none."""
        if j + 1 > self.last or self.words[j + 1].punct_before.strip():
            return None, j
        table = agents()
        for first in candidates(self.words[j].surface):
            key = f"{first} {self.words[j + 1].norm}"
            if key in table:
                return table[key], j + 1
            if first in MEMBERS_OF:
                sector = agent_sector(self.words[j + 1])
                if sector is not None:
                    return sector, j + 1
        return None, j
