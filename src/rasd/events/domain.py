"""Is an event read in a sports report? Sports pages use the words of conflict and diplomacy in their own
senses: a team's attacks (تتمثل قوة المنتخب في سرعة هجماته), a match between two clubs (يلتقي تشيلسي مع باريس
سان جيرمان), a player's contract (وقع بامفورد عقداً مع تشيلسي). PLOVER codes political events, so an event
read in a sentence with a sports word, in a document with at least ``SPORTS_MIN`` of them, is marked
``sports`` in its aux modes and is not factual (:func:`rasd.events.modality.is_factual`). One sports word in
a political report (النادي الدبلوماسي، كرة) does not make it one; a sports report's political sentence (a
minister at the stadium) keeps its events when it has no sports word.

The words are plain data, ``data/events/sports.txt``, loaded lazily; the threshold was set by reading the
events of one day of SaudiNewsNet (bench corpus), not fitted to any score.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from rasd.data import lexicon_words
from rasd.text.clitics import candidates

if TYPE_CHECKING:
    from rasd.kb.match import Tok

SPORTS_MIN = 5  # sports words in a document for it to be a sports report


@lru_cache(maxsize=1)
def sports_words() -> frozenset[str]:
    return frozenset(lexicon_words("sports.txt", folder="events"))


def sports_positions(words: list[Tok]) -> list[int]:
    """Indexes of the words that are sports words, alone or with clitics (بالمباراة، لاعبيه)."""
    table = sports_words()
    return [i for i, w in enumerate(words) if any(f in table for f in candidates(w.surface))]


def sports_report(positions: list[int]) -> bool:
    return len(positions) >= SPORTS_MIN


def sports_sentence(positions: list[int], first: int, last: int) -> bool:
    return any(first <= i <= last for i in positions)
