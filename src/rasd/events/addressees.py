"""Whom an appeal is addressed to, or an arrest takes, when no actor the coder knows is named there: the object
between the caller and the call's own preposition, the phrase after القبض على.

"حث الحقيل جميع الموظفين على مواصلة العمل", "طالب جروس إدارة ناديه بصرف النظر", "يحث منسوبي إمارة منطقة الرياض
على الارتقاء": Arabic puts the addressee of دعا / حث / طالب / ناشد between the subject and the preposition that
introduces what is asked (إلى، على، ب، or ل before a verbal noun). Whoever stands there is the addressee, named or
not; an analyst wants "all the ministry's employees" as a raw span rather than an appeal to no one. Only an
uninterrupted noun phrase right after the subject qualifies: a phrase after a preposition (في بيان، خلال كلمته)
belongs to that preposition, and one past a comma or a verb belongs to another clause. The same holds for an
arrest told by its phrase (القبض على الجاني المذكور، القبض على مجموعة المتحرشين): after على no subject can stand,
so the phrase there is whom it took.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.events.actor import Actor
from rasd.events.words import (
    PRONOUN_SUFFIXES,
    RELATIVES,
    SEPARATE_PREPS,
    SKIPPABLE,
    TEMPORAL,
    agent_sector,
    pronoun_object,
)
from rasd.text.clitics import analyze

if TYPE_CHECKING:
    from rasd.events.args import Sentence
    from rasd.events.lexicon import Trigger

_LONGEST = 6  # words in the addressee phrase
# what is asked, by the appeal's preposition: the lexicon's (إلى، على، ب) written apart or onto its verbal noun,
# and ل before a verbal noun for دعا (دعا المبتعثين لزيارة الموقع)
_ASKED_APART = frozenset({"الي", "علي"})
_QUOTES = frozenset("«»\"“”'")
# prepositions and adverbs that open a phrase of their own (في بيان، خلال كلمته، عبر التقرير)
_OPENERS = SEPARATE_PREPS | frozenset(
    {"خلال", "عبر", "امام", "اثناء", "بعد", "قبل", "منذ", "عند", "لدي", "حول", "وسط", "ضمن", "مع", "دون"}
)


def _asks(word: str, targets: tuple[str, ...]) -> bool:
    """Does this word open what is asked: the trigger's preposition alone (إلى، على) or on a verbal noun (بصرف،
    لزيارة)?"""
    w = word.removeprefix("و")
    if w in _ASKED_APART:
        return w in targets or (w == "الي" and "ل" in targets)
    glued = w[:1]
    return len(w) >= 4 and glued in ("ب", "ل") and (glued in targets or (glued == "ل" and "الي" in targets))


def addressee(sent: Sentence, k: int, trig: Trigger) -> Actor | None:
    """The noun phrase from word k (the first after the caller and the verb), past time words, up to the appeal's
    preposition, as a raw actor; None unless that phrase is short, uninterrupted and ends right before the
    preposition."""
    words = sent.words
    while k <= sent.last and (words[k].norm in SKIPPABLE or words[k].norm in TEMPORAL):
        k += 1  # حث الوزير أمس الموظفين: the time, then the object
    if k > sent.last or _asks(words[k].norm, trig.targets):
        return None  # طالب بارباع بتوعية الجمهور: what is asked comes first, no one is addressed
    if words[k - 1].norm.endswith("ا") and words[k].norm.endswith("ا"):
        return None  # يدعو 60 معلما جديدا: an indefinite accusative after another is its adjective
    for end in range(k, min(sent.last, k + _LONGEST) + 1):
        w = words[end]
        between = w.punct_before.strip()
        if between and not set(between) <= _QUOTES:
            return None  # past a comma: another clause, or the caller's apposition (دعا آندري، سفير ...)
        if end > k and _asks(w.norm, trig.targets):
            return _phrase(sent, k, end - 1)
        if w.norm.removeprefix("و") in _OPENERS or end in sent.verbs or pronoun_object(w.norm, adverbs=True):
            return None  # في بيان، خلال كلمته، فيها: a preposition's phrase; a verb: another clause
        if end < sent.last and analyze(w.surface).suffix in PRONOUN_SUFFIXES and not _asks(
            words[end + 1].norm, trig.targets
        ):
            return None  # كلمته منسوبي ...: a word with its pronoun ends a phrase (إدارة ناديه ends it right)
    return None


def _phrase(sent: Sentence, first: int, last: int) -> Actor:
    words = sent.words
    sector = agent_sector(words[last]) or agent_sector(words[first])
    return Actor(words[first].start, words[last].end, None, first, last, sector)


_FUNCTION = frozenset({"هو", "هي", "هم", "الذي", "التي", "الذين", "ما", "من", "ان", "انه", "الا", "لكن", "حيث", "كما"})
# heads that count or pick out of a group, which a partitive من continues (مجموعة من المتحرشين، أي من الفتاتين)
_PARTITIVE = frozenset({"مجموعة", "عدد", "الكثير", "العديد", "عشرات", "العشرات", "بعض", "اي", "احد", "احدي"})
_OPENING_QUOTES = "«\"“"
_HELD_LONGEST = 5


def held(sent: Sentence, k: int) -> Actor | None:
    """The noun phrase from word k, right after an arrest phrase's own على, as a raw actor: up to five words (a
    quoted name whole: «صاحب الألف وجه»; a partitive: مجموعة من المتحرشين), ending before punctuation, a
    preposition or one glued to a word (بالقريات، للاشتباه), a verb, a relative, a particle or a time word; None
    when the first word is no noun."""
    words = sent.words
    quoted = any(q in words[k].punct_before for q in _OPENING_QUOTES) if k <= sent.last else False
    if k > sent.last or words[k].punct_before.strip(" " + _OPENING_QUOTES) or words[k].norm in _FUNCTION | SKIPPABLE:
        return None
    if k in sent.verbs or words[k].norm in _OPENERS or pronoun_object(words[k].norm, adverbs=True):
        return None
    last = k
    for j in range(k + 1, min(sent.last, k + _HELD_LONGEST - 1) + 1):
        w = words[j]
        between = w.punct_before.strip()
        if quoted:
            if between:
                break  # the closing quote: the name is whole
            last = j
            continue
        if between and not set(between) <= _QUOTES:
            break
        if w.norm == "من" and j == k + 1 and words[k].norm in _PARTITIVE:
            last = j
            continue  # مجموعة من المتحرشين
        glued = w.norm[:1] in ("ب", "ل") and len(w.norm) >= 4 and (analyze(w.surface).prefix or w.norm[1:3] == "ال")
        stop = w.norm.removeprefix("و") in _OPENERS or w.norm in _FUNCTION | SKIPPABLE | TEMPORAL | RELATIVES
        if glued or stop or j in sent.verbs or w.norm.startswith("و"):
            break  # بالقريات، التي كانت، إلا أن؛ وأسفر التحقيق: the next clause or item
        last = j
    if words[last].norm == "من":
        return None  # مجموعة من ...: the group is not named
    return _phrase(sent, k, last)
