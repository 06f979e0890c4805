"""Support and aid told from the side that gets them: who gave, who received.

Arabic news reports aid as often from the receiver's side as from the giver's: "تلقت اليمن مساعدات من
السعودية", "حصلت الحكومة على دعم من الاتحاد الأوروبي", "مع الدعم من سوفت بانك". Read like any verbal noun, the
subject of the verb before it would be the aid's giver, and the phrase after من its target: both sides reversed.
The giver is the actor after the noun's من (past its adjectives); the receiver is the subject of a verb of
receiving (governors.tsv group ``receives``), which governs no other noun (``rasd.events.words.LICENSE_ONLY``).
"""

from __future__ import annotations

from rasd.events.args import Actor, Sentence
from rasd.events.words import governor_forms, governor_groups
from rasd.kb.match import Tok

_TYPES = frozenset({"SUPPORT", "AID"})


def giver(words: list[Tok], end: int, sent: Sentence) -> list[Actor]:
    """The actor after the من that follows an aid or support noun ending at ``end``, past up to two adjectives
    (مساعدات إنسانية من السعودية، الدعم العسكري من)."""
    k = end + 1
    while k <= min(sent.last, end + 2) and words[k].norm != "من" and not words[k].punct_before.strip():
        if sent.actor_at(k) is not None or words[k].norm in ("في", "الي", "علي", "ل", "عن", "مع"):
            return []  # the noun's genitive or another preposition: no giver named here
        k += 1
    if k + 1 > sent.last or words[k].norm != "من" or words[k].punct_before.strip():
        return []
    a = sent.actor_at(k + 1)
    return sent.coordinated(a) if a is not None and a.first == k + 1 else []


def receiving_verb(words: list[Tok], t: int, sent: Sentence) -> int | None:
    """The verb of receiving (تلقت، حصلت على، نال) within the six words before the noun at ``t``, in its clause."""
    table = governor_groups()
    for j in range(t - 1, max(sent.first, t - 6) - 1, -1):
        if words[j + 1].punct_before.strip():
            return None
        if any(table.get(f) == "receives" for f in governor_forms(words, j, sent.first)):
            return j
    return None


def received(
    words: list[Tok], t: int, end: int, sent: Sentence, typ: str, source: list[Actor], target: list[Actor]
) -> tuple[list[Actor], list[Actor]]:
    """(source, target) of a SUPPORT or AID noun: the giver after من is the source, and the subject of a verb of
    receiving before the noun (read by the coder as the noun's source) the target. Unchanged when neither is
    named, or for other types."""
    if typ not in _TYPES:
        return source, target
    given = giver(words, end, sent)
    j = receiving_verb(words, t, sent)
    if j is None:
        if not given:
            return source, target
        keys = {a.key for a in given}
        return given, [a for a in target if a.key not in keys]
    # the receiver named in this sentence (one carried over from an earlier sentence is not known to receive)
    here = [a for a in source if sent.first <= a.first <= sent.last and (a.first > j or a.last < j)]
    receivers = here or (
        [a] if (a := sent.actor_at(j + 1)) is not None and a.first == j + 1 and a.last < t else []
    )
    keys = {a.key for a in given}
    return given, [a for a in receivers if a.key not in keys]
