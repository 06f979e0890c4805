"""Clause shapes that decide who acts: a relative clause (العلمانيين الذين تظاهروا), whose antecedent is its
verb's subject unless the verb has a subject or a pronoun object of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.text.clitics import analyze

if TYPE_CHECKING:
    from rasd.events.args import Sentence
    from rasd.kb.match import Tok

RELATIVES = frozenset({"الذين", "الذي", "التي", "اللذين", "اللذان", "اللتين", "اللتان", "اللواتي", "اللاتي"})


def subject_relative(words: list[Tok], t: int, j: int, sent: Sentence, plural: bool) -> bool:
    """Is the verb at t right after الذي / التي / الذين, with its antecedent for subject? Not when its object
    is a pronoun (محمد علاونة الذي قتلته قوات الأمن) or, for a singular verb, a subject follows it (الأمر الذي
    رفض الرئيس أوباما إقراره): the antecedent is then the object. ``j``: the word after the verb and its time
    words; ``plural``: the verb carries the plural ending, which names its subject."""
    if t - 2 < sent.first or words[t - 1].norm not in RELATIVES or words[t].punct_before.strip():
        return False
    if analyze(words[t].surface).suffix and not plural:
        return False
    if plural or j > sent.last or sent.prep_of(j)[0] is not None or words[j].punct_before.strip(" ،,"):
        return True
    after = sent.actor_at(j)
    return after is None or after.first != j
