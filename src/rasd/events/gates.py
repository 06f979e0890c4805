"""The gates a lexicon entry passes before it counts as a trigger: a purpose or manner of protest after a
gathering (تجمعوا للتنديد بالاتفاق), a crowd after a dispersal (فرقت الشرطة المتظاهرين), and a licensing verb
before a trigger written apart from it (أطلقت قوات الأمن النار على، فرضت الولايات المتحدة عقوبات على). The coder and
the detector's features apply the same gate (``purpose_met``), so a sentence the coder would not code is never
scored as if it held the trigger."""

from __future__ import annotations

from typing import Any

from rasd.events.words import governor_forms, governor_groups
from rasd.kb.match import Tok
from rasd.text.clitics import candidates
from rasd.text.normalize import norm

# what a gathering is for or how it is held when it is a protest (تجمعوا للتنديد بالاتفاق، معلنين رفضهم)
PROTEST_PURPOSE = frozenset(
    norm(w)
    for w in ("للتنديد", "للمطالبة", "للاحتجاج", "للتضامن", "تنديدا", "رفضا", "استنكارا", "احتجاجا", "تضامنا",
              "مطالبين", "منددين", "رافضين", "هاتفين", "مرددين", "مطالبة", "منددة", "رافضة", "هاتفة", "مرددة",
              "معلنين", "معلنة")  # (tanween is folded away: تنديداً is تنديدا)
)
# their voice or their signs: للتعبير عن رفضهم، رافعين لافتات
_VOICED = frozenset(norm(w) for w in ("رفض", "غضب", "استنكار", "احتجاج", "تضامن", "سخط", "تنديد"))
_SIGNS = frozenset(norm(w) for w in ("لافتات", "اللافتات", "شعارات", "الشعارات", "صور", "صورا", "أعلام", "الأعلام"))


def protest_purpose(words: list[Tok], j: int, last: int) -> bool:
    """Is a gathering at j held as a protest: a purpose or manner of protest within the 14 words after it, in its
    own sentence (للتنديد بالاتفاق، معلنين رفضهم، للتعبير عن غضبهم، رافعين لافتات)?"""
    for k in range(j + 1, min(last, j + 14) + 1):
        w = words[k].norm.removeprefix("و")
        nxt = words[k + 1].norm if k + 1 <= last else ""
        after = words[k + 2].norm if k + 2 <= last else ""
        if w in PROTEST_PURPOSE and not (w in ("معلنين", "معلنة") and not nxt.startswith(tuple(_VOICED))):
            return True  # معلنين رفضهم, not معلنين بدء الاحتفال
        if w == "للتعبير" and nxt == "عن" and after.startswith(tuple(_VOICED)):
            return True
        if w in ("رافعين", "رافعة", "حاملين", "حاملة") and nxt in _SIGNS:
            return True
    return False


# what a force disperses (فرقت الشرطة المتظاهرين، لتفريق الف متظاهر، تفريق الاعتصام): a crowd or its gathering
_GATHERINGS = frozenset(
    {"حشود", "حشد", "جموع", "تظاهرة", "مظاهرة", "مظاهرات", "تظاهرات", "اعتصام", "احتجاجات", "احتجاج", "مسيرة", "مسيرات"}
)
# protesters' sound masculine plurals, whose ending shows the case (rasd.events.args.case_of): المتظاهرون
# nominative, المتظاهرين accusative or genitive
CROWD_STEMS = frozenset({"متظاهر", "محتج", "معتصم", "مضرب", "مشارك"})


def crowd_after(words: list[Tok], j: int, last: int) -> bool:
    """A crowd or a gathering within the three words after j (past a count: لتفريق ألف متظاهر); a plural crowd
    only as an object (not تفرق المتظاهرون, the crowd dispersing)."""
    for k in range(j + 1, min(last, j + 3) + 1):
        w = words[k].norm.removeprefix("و").removeprefix("ال")
        if w in _GATHERINGS or w in CROWD_STEMS or (w.endswith("ين") and w[:-2] in CROWD_STEMS):
            return True
    return False


def licensing_groups(trigger: Any) -> frozenset[str]:
    """The governors.tsv groups whose verbs license an entry written apart from them: flag ``opened`` (a verb
    that opens fire), or ``after:GROUP+GROUP`` (فرض for the sanctions of ``after:imposed``); empty when the entry
    stands alone."""
    groups = {"opens-fire"} if "opened" in trigger.flags else set()
    for flag in trigger.flags:
        if flag.startswith("after:"):
            groups |= set(flag.removeprefix("after:").split("+"))
    return frozenset(groups)


def licensed(words: list[Tok], j: int, first: int, groups: frozenset[str]) -> bool:
    """Is a verb of one of ``groups`` among the five words before ``j``, in its sentence? It licenses a trigger
    written apart from it, its subject and a time between (أطلقت قوات الأمن النار على، أطلقت الطائرات صباح أمس
    خمسة صواريخ على، فرضت الولايات المتحدة الأمريكية عقوبات على), which أشعل or a bare mention does not."""
    table = governor_groups()
    return any(table.get(f) in groups for k in range(max(first, j - 5), j) for f in governor_forms(words, k, first))


def _governed_by_preposition(word: Tok) -> bool:
    """Is ب, ل or ك written onto the word (لقواتها، بالعقوبات)?"""
    w = word.norm[1:] if word.norm[:1] in "وف" else word.norm
    return any(
        w != c and w.endswith(c) and w[: len(w) - len(c)] in ("ب", "ل", "ك", "بال", "لل", "كال")
        for c in candidates(word.surface)
    )


def license_met(trigger: Any, words: list[Tok], j: int, first: int) -> bool:
    """The entry found at j needs no licensing verb, or has one before it and is its object: a word with a
    preposition written onto it (نشرت الصحيفة صوراً لقواتها) is some other word's complement."""
    groups = licensing_groups(trigger)
    if not groups:
        return True
    if "opened" not in trigger.flags and _governed_by_preposition(words[j]):
        return False
    return licensed(words, j, first, groups)


def purpose_met(trigger: Any, words: list[Tok], j: int, first: int, last: int) -> bool:
    """A lexicon entry found at j stands, unless it is a gathering (flag ``purpose``) with no protest purpose after
    it, a dispersal (flag ``crowd``: فرق "separate" is also "disperse") with no crowd after it, or a word that needs
    a licensing verb before it (``after:``) with none there: the one gate the coder and the detector's features
    both apply."""
    if "crowd" in trigger.flags and not crowd_after(words, j, last):
        return False
    if not license_met(trigger, words, j, first):
        return False
    return "purpose" not in trigger.flags or protest_purpose(words, j, last)
