"""Offices and embassies as actors: who acts when a sentence names a post or a mission, not a person.

رئيس اللجنة الانتخابية، قائد الجيش، ممثل الأمم المتحدة: an office in the construct state before whose it is acts
for that body; السفارة العراقية، سفارة الولايات المتحدة: an embassy acts for its state's government; مقر
الحكومة، مكتب رئيس الوزراء، منزل القيادي: a building in the construct state stands for whose it is. A mixin of
:class:`rasd.events.args.Sentence`, which gives the lookups used here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.events.actor import Actor
from rasd.events.words import (
    EMBASSIES,
    HONORIFIC_TITLES,
    PERSON_TITLES,
    agent_sector,
    construct_head,
    joined,
    nisba_country,
    preposition_length,
)
from rasd.text.clitics import candidates

if TYPE_CHECKING:
    from collections.abc import Callable

    from rasd.document import Span
    from rasd.kb.match import Tok

# buildings in the construct state, which stand for whose they are (مقر الحكومة، منزل القيادي); not قصر, also a
# verb (قصر الرئيس صلاحياته), nor بيت, which begins place names (بيت لحم، بيت حانون)
SEATS = frozenset({"مقر", "مقار", "مقرات", "مكتب", "مكاتب", "مبني", "مباني", "منزل", "منازل"})


class OfficeActors:
    """See the module docstring."""

    words: list[Tok]
    first: int
    last: int
    at_word: dict[int, Span]
    verbs: set[int]

    # Sentence's lookups, which these readers call
    actor_at: Callable[..., Actor | None]
    inside_entity: Callable[[int], Span | None]
    entity_words: Callable[[Span], tuple[int, int]]
    prep_of: Callable[[int], tuple[str | None, bool]]

    def _embassy(self, j: int) -> Actor | None:
        """سفارة الولايات المتحدة، السفارة العراقية، لسفارة إستونيا: an embassy acts for its state's government, and
        is struck as it (a convoy of the embassy, a car bomb outside it)."""
        w = self.words[j]
        lead = 1 if w.norm[:1] in "ول" and w.norm[1:] in EMBASSIES else 0
        if (w.norm not in EMBASSIES and not lead) or j + 1 > self.last or self.words[j + 1].punct_before.strip():
            return None
        state = self.actor_at(j + 1)
        if state is not None and state.first == j + 1 and state.entity is not None:
            return Actor(w.start + lead, state.end, state.entity, j, state.last, "GOV", state.country)
        country = nisba_country(self.words[j + 1])
        return Actor(w.start + lead, self.words[j + 1].end, None, j, j + 1, "GOV", country) if country else None

    def seat(self, j: int) -> Actor | None:
        """مقر الحكومة، مكتب رئيس الوزراء، مقار الحزب، منزل القيادي: a building in the construct state stands for
        whose it is: protesters march on the seat and bombs strike it as the body itself. The phrase covers the
        building word, the span only the owner, as a count stays out of it: the building is where, the owner
        who (a name listed as a whole, مكتب التحقيقات الفيدرالي, is an entity read before this)."""
        w = self.words[j]
        listed = w.norm in SEATS or (w.norm[:1] in "ول" and w.norm[1:] in SEATS)  # ومقر، لمقر
        if not listed or j + 1 > self.last or j in self.verbs:
            return None
        k = j + 1
        if self.words[k].norm == "اقامة" and k + 1 <= self.last:
            k += 1  # مقر إقامة رئيس الوزراء: his residence
        if any(self.words[i].punct_before.strip() for i in range(j + 1, k + 1)):
            return None
        owner = self.actor_at(k)
        if owner is None or owner.first != k or owner.count is not None:
            return None
        return Actor(owner.start, owner.end, owner.entity, j, owner.last, owner.sector, owner.country)

    def _administration(self, j: int) -> Actor | None:
        """إدارة أوباما، إدارة الرئيس الأمريكي دونالد ترامب، الإدارة الأمريكية: a government named by its head or by
        its nationality acts as that country's government (GOV), the head's name in its phrase but not his id."""
        w = self.words[j]
        base = w.norm[1:] if w.norm[:1] == "و" and w.norm[1:] in ("ادارة", "الادارة") else w.norm
        if base not in ("ادارة", "الادارة") or j + 1 > self.last or self.words[j + 1].punct_before.strip():
            return None
        start = w.start + (base != w.norm)
        if base == "الادارة":
            country = nisba_country(self.words[j + 1])
            return Actor(start, self.words[j + 1].end, None, j, j + 1, "GOV", country) if country else None
        for k in (j + 1, j + 2, j + 3):  # إدارة الرئيس الأمريكي دونالد ترامب: past the head's title
            e = self.at_word.get(k)
            if e is not None and e.label == "PER" and self.entity_words(e)[0] == k:
                country = e.get("country") or (nisba_country(self.words[k - 1]) if k > j + 1 else None)
                return Actor(start, e.end, None, j, self.entity_words(e)[1], "GOV", country)
            if k > self.last or (k > j + 1 and self.words[k].punct_before.strip()):
                break
        return None

    def _office(self, j: int) -> Actor | None:
        """رئيس اللجنة الانتخابية، قائد الجيش، نائب الرئيس، ممثل الأمم المتحدة: an office in the construct state
        before whose it is, with no name after it (a name makes it a titled person, above). The holder acts for
        that body: its id when it is named, its sector when it is an actor noun, else the phrase alone."""
        w = self.words[j]
        if j + 1 > self.last or not construct_head(w.norm) or not set(candidates(w.surface)) & PERSON_TITLES:
            return None
        named = self.inside_entity(j - 1) if j > self.first else None
        if named is not None and named.label == "PER" and not w.punct_before.strip():
            return None  # جو بايدن نائب الرئيس الأميركي: the named man's own title
        nxt = self.words[j + 1]
        if nxt.punct_before.strip() or self.prep_of(j + 1)[0] is not None or j + 1 in self.verbs:
            return None
        # ورئيس، لمدير شرطة المنطقة، بممثل الأمم المتحدة: not the conjunction or the preposition
        start = w.start + (preposition_length(w) or (1 if joined(w) else 0))
        body = self.actor_at(j + 1)
        if body is not None and body.first == j + 1 and body.count is None:
            if self._named_after(body.last):
                return None
            if body.entity is not None and body.entity.label == "LOC":  # رئيس مصر: its state's government
                return Actor(start, body.end, None, j, body.last, "GOV", body.entity.get("country"))
            return Actor(start, body.end, body.entity, j, body.last, body.sector, body.country)
        if not nxt.norm.startswith("ال") or j + 1 in self.at_word:
            return None
        last = j + 1
        after = self.words[j + 2] if j + 2 <= self.last else None
        if (
            after is not None
            and after.norm.startswith("ال")
            and not after.punct_before.strip()
            and j + 2 not in self.at_word
            and j + 2 not in self.verbs
            and agent_sector(after) is None
        ):
            last = j + 2  # its adjective: اللجنة الانتخابية
        return None if self._named_after(last) else Actor(start, self.words[last].end, None, j, last)

    def _named_after(self, k: int) -> bool:
        """Is the office ending at word k followed by its holder's name, set off by a comma or not (نائب الرئيس
        الأميركي جو بايدن، مدير العلاقات العامة، محمد العنزي)? The name is then the actor."""
        for i in (k + 1, k + 2):
            e = self.at_word.get(i)
            if e is not None and e.label == "PER" and self.entity_words(e)[0] == i:
                return True
            if i > self.last or self.words[i].norm not in HONORIFIC_TITLES:
                break
        return False
