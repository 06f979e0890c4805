"""Auxiliary modes of an event: is it negated, intended, hypothetical, historical, or reported by someone?

A coder that only spots trigger words codes "لدحر هذا التنظيم" (to defeat this organization) and "حتى القضاء
النهائي على داعش" (until the final elimination of Daesh) as attacks that happened. Arabic marks these
readings with a small set of words around the trigger, listed here as data-like tables: negation particles,
the future prefix and particles, purpose and commitment constructions, conditionals, and past years.
"""

from __future__ import annotations

import re
from typing import Any

from rasd.kb.match import Tok
from rasd.text.clitics import candidates

_NEGATION = frozenset({"لم", "لن", "لا", "ما", "ليس", "ليست", "غير", "عدم", "دون", "بدون", "ولم", "ولن", "ولا", "لما"})
_FUTURE = frozenset(
    {
        "سوف",
        "سيتم",
        "ستتم",
        "يعتزم",
        "تعتزم",
        "يخطط",
        "تخطط",
        "ينوي",
        "تنوي",
        "يسعي",
        "تسعي",
        "يتوقع",
        "يرتقب",
        "مرتقب",
        "المرتقب",  # من المرتقب أن تتعاون، من المقرر أن يزور، من المتوقع أن: expected, scheduled
        "المقرر",
        "المتوقع",
        "المقبل",
        "المقبلة",
        "القادم",
        "القادمة",
        "قريبا",
    }
)
# Nouns and verbs of intent, commitment or threat that govern the trigger: التزامهم بهزيمة، تعهدوا بمواصلة،
# استعداده للعمل، هدد بقصف
_INTENT = frozenset(
    {
        "التزام",
        "التزامهم",
        "التزامه",
        "التزامها",
        "تعهد",
        "تعهدوا",
        "تعهدت",
        "تعهده",
        "استعداد",
        "استعداده",
        "استعدادها",
        "نية",
        "عزم",
        "عزمه",
        "خطة",
        "خطط",
        "هدف",
        "بهدف",
        "سعي",
        "سعيه",
        "جهود",
        "لجهود",
        "ضرورة",
        "يجب",
        "ينبغي",
        "دعوة",
        "مطالبة",
        "حتي",
        "اجل",
        "لاجل",
        "امكانية",
        "احتمال",
        "قرار",
        "قررت",
        "قرر",
        "يريد",
        "تريد",
        "مشروع",
        "امل",
        "يهدف",
        "تهدف",
        # what a decision paves the way for (مما يمهد الطريق أمام رفع العقوبات، تمهيدا لانسحاب القوات)
        "يمهد",
        "تمهد",
        "تمهيدا",
        # a threat: هدد الجيش بقصف غزة، توعد بالرد (the act threatened has not happened)
        "هدد",
        "هددت",
        "هددوا",
        "يهدد",
        "تهدد",
        "يهددون",
        "توعد",
        "توعدت",
        "توعدوا",
        "يتوعد",
        "تتوعد",
        "تهديد",
        "تهديدات",
        "تهديده",
        "تهديدها",
    }
)
# ل before these is not "in order to": تعرض لهجوم (was attacked), أدى لمقتل (led to the death of)
_NOT_PURPOSE = frozenset(
    {
        "تعرض",
        "تعرضت",
        "تعرضوا",
        "يتعرض",
        "تتعرض",
        "ادي",
        "ادت",
        "يؤدي",
        "تؤدي",
        "نتيجة",
        "اثر",
        "عرضة",
        "مصدر",
        "مصادر",
        "وفقا",
        "طبقا",
        "بالنسبة",
        "خلافا",
    }
)
_REQUESTING = frozenset(
    {
        "شدد",
        "شددت",
        "شددوا",
        "دعا",
        "دعت",
        "دعوا",
        "طالب",
        "طالبت",
        "طالبوا",
        "حث",
        "حثت",
        "ناشد",
        "ناشدت",
        "يطالب",
        "تطالب",
        "يدعو",
        "تدعو",
        # the participles of a call made while doing something else (تجمعوا ... داعين الكونغرس إلى رفض الاتفاق)
        "داعين",
        "داعيا",
        "داعية",
        "مطالبين",
        "مطالبا",
    }
)
# what an act is discussed, studied or weighed as, right before its verbal noun in construct (لمناقشة رفع العقوبات،
# بحث إطلاق سراح، إمكانية رفع الحظر): the act is a matter, not a report that it happened. Not a topic word (وحول
# زيارة مشعل، صور تتعلق بهجوم انتحاري): what a text is about mostly happened
_ABOUT = frozenset({"مناقشة", "لمناقشة", "بحث", "لبحث", "دراسة", "لدراسة", "امكانية", "احتمال"})
# what may happen, in the trigger's clause: يمكن أن تقود إلى القبض على، من شأنه، ربما، من المحتمل
_MAY = frozenset(
    {"يمكن", "يمكنه", "يمكنها", "يمكنهم", "يمكننا", "ربما", "يحتمل", "المحتمل", "الممكن", "شانه", "شانها", "شانهم"}
)
_REFUSAL = frozenset(
    {"رفض", "رفضت", "رفضوا", "يرفض", "ترفض", "يرفضون", "رفضه", "رفضها", "رفضهم", "منع", "منعت", "يمنع", "تمنع",
     "يحظر", "تحظر", "حظرت"}  # a law that bars it (تحظر القوانين ترحيل المعتقلين)
)
_TIMES = frozenset({"امس", "اليوم", "الليلة", "صباح", "مساء"})
_TERMS = frozenset({"مقابل", "لقاء", "شريطة", "بشرط", "شرط"})
_YEAR = re.compile(r"^(19|20)\d\d$")


def modality(
    words: list[Tok], trigger: int, sent_first: int, sent_last: int, published_year: int | None, is_noun: bool
) -> dict[str, Any]:
    """The auxiliary modes of the event whose trigger is word ``trigger`` of the sentence [first, last]."""
    aux: dict[str, Any] = {"negated": False, "future": False, "hypothetical": False, "historical": False}
    tw = words[trigger]
    before = [w.norm for w in words[max(sent_first, trigger - 3) : trigger]]
    if any(words[i].norm in _NEGATION and not _drone(words, i) for i in range(max(sent_first, trigger - 2), trigger)):
        aux["negated"] = True
    # a verbal noun that a refusal or a prevention governs did not happen (رفضت الهيئة أمس إطلاق سراح المتهمين، يمنع
    # الإفراج عنهم), in its clause: past a time set off by commas (رفضت دائرة العرض ...، أمس، إطلاق سراح)
    if is_noun:
        only_time = True  # only time words between this word and the trigger so far
        for i in range(trigger - 1, max(sent_first, trigger - 12) - 1, -1):
            w = words[i]
            if w.norm.lstrip("و") in _REFUSAL:
                aux["negated"] = True
                break
            only_time = only_time and w.norm in _TIMES
            if w.punct_before.strip() and not only_time:
                break
    # a matter discussed or asked about (لمناقشة رفع العقوبات): not a definite act told of, which happened (بحث الهجوم)
    if (
        is_noun
        and trigger > sent_first
        and not tw.norm.lstrip("وفبل").startswith("ال")
        and words[trigger - 1].norm.removeprefix("و") in _ABOUT
        and not tw.punct_before.strip()
    ):
        aux["hypothetical"] = True
    # in exchange for, on condition of: a term, not an act (مقابل تخفيف العقوبات)
    if is_noun and any(w.norm.lstrip("و") in _TERMS for w in words[max(sent_first, trigger - 2) : trigger]):
        aux["hypothetical"] = True
    # the future prefix on the verb itself (سيعقد) or a future word just before or after it
    bare = tw.norm[1:] if tw.norm[:2] in ("وس", "فس") else tw.norm  # وستستضيف: و, then the future prefix
    if bare.startswith(("سي", "ست", "سن")) and len(bare) > 4 and not is_noun:
        aux["future"] = True
    if any(b in _FUTURE for b in before) or any(
        w.norm in _FUTURE for w in words[trigger + 1 : min(sent_last + 1, trigger + 4)]
    ):
        aux["future"] = True
    if is_noun and _negated_attempt(words, trigger, sent_first):
        aux["negated"] = True  # لن تقبل طهران بإعادة فرض العقوبات، لم تقرر الحكومة الانسحاب
    if is_noun and _made_for(words, trigger, sent_first):
        aux["future"] = True  # الإصلاحات المطلوبة للتوصل إلى اتفاق، لتوقيع اتفاقية: an agreement to be made
    if is_noun and _future_governor(words, trigger, sent_first):
        aux["future"] = True  # ستفرض واشنطن عقوبات، سيعقد الوزير اجتماعاً: the verb that will make it
    # purpose (لدحر، لهزيمة) or an intent/commitment noun governing the trigger (التزامهم بهزيمة)
    if (
        is_noun
        and tw.norm.startswith("ل")
        and not tw.norm.startswith("لل")
        and (len(tw.norm) > 4 or (len(tw.norm) == 4 and not _whole_trigger(tw.norm)))  # لوقف، not لقاء
        # تعرضت دورية للجيش أمس لهجوم: the attack suffered, not one intended
        # (and past a longer subject: وتعرض بعض مراكز الجيش في الأيام الأخيرة لاعتداءات)
        and not any(w.norm.lstrip("و") in _NOT_PURPOSE for w in words[max(sent_first, trigger - 8) : trigger])
    ):
        aux["future"] = True
    # within the trigger's clause: a plan named before a comma governs nothing after it (أن بغداد تدعم الخطة،
    # وطالب المجتمع الدولي: the demand was made)
    start = max(sent_first, trigger - 4)
    start = next((i for i in range(trigger, start, -1) if any(c in "،,؛;.!?؟" for c in words[i].punct_before)), start)
    window = words[start:trigger]
    if any(f in _INTENT for w in window for f in candidates(w.surface)):
        aux["future"] = True
    # what is urged or demanded has not happened (شددت على ... مواصلة التنسيق، دعا إلى وقف القصف); the urging
    # itself has (شدد أعضاء التحالف على ضرورة: the phrase names the request, not what is requested)
    urging = tw.norm in ("علي", "الي") and trigger + 1 <= sent_last and words[trigger + 1].norm == "ضرورة"
    # (within twelve words, or twenty when the request's own إلى / على stands right before it: دعا المبعوث الخاص
    # ورئيس بعثة الأمم المتحدة ... برناردينو ليون إلى الإفراج)
    reach = 20 if trigger - 1 >= sent_first and words[trigger - 1].norm in ("الي", "علي") else 12
    if is_noun and not urging and any(
        w.norm.lstrip("و") in _REQUESTING for w in words[max(sent_first, trigger - reach) : trigger]
    ):
        aux["future"] = True
    clause = [w.norm for w in words[sent_first:trigger]]
    if any(c in ("اذا", "لو", "لولا") for c in clause) or ("في" in clause and "حال" in clause):
        aux["hypothetical"] = True
    if _may(words, trigger, sent_first):
        aux["hypothetical"] = True
    if _asked(words, trigger, sent_first, sent_last):
        aux["hypothetical"] = True  # هل ستقبل الرياض الانضمام إلى هذا التحالف؟ asked, not told
    if published_year is not None:
        years = [int(w.norm) for w in words[sent_first : sent_last + 1] if _YEAR.match(w.norm)]
        if years and max(years) < published_year - 1:
            aux["historical"] = True
    return aux


_RHETORICAL = frozenset({"الم", "اليس", "اليست", "الا"})  # a negated question: "was he not right ...?"
# question words that take the act they ask about as done: who, why, how, when, where (not هل, whether)
_WH = frozenset({"لماذا", "لما", "كيف", "متي", "اين", "ماذا"})


# words that end the reach of a verb back over its object: a relative, a time conjunction, a purpose (ستعقد الحكومة
# اجتماعاً لبحث الهجوم: the attack is no object of the future meeting)
_CLAUSE_BREAKS = frozenset({"الذي", "التي", "الذين", "بعد", "قبل", "اثر", "عقب", "حيث", "عندما", "بينما", "فيما"})


def _negated_attempt(words: list[Tok], trigger: int, sent_first: int) -> bool:
    """Is the noun at ``trigger`` what a negated verb of trying, deciding, accepting, beginning or ending takes
    (governors.tsv groups attempt and phase: لن تقبل بإعادة فرض، لم تقرر الانسحاب، لم يبدأ الانسحاب), within five
    words before it in its clause? Not a negated statement or claim (لم تعلن أي جهة مسؤوليتها عن الهجوم), which says
    nothing of whether the act took place."""
    from rasd.events.words import OBJECT_GOVERNORS, governor_forms, governor_groups

    groups = governor_groups()
    for i in range(trigger - 1, max(sent_first, trigger - 5) - 1, -1):
        if words[i + 1].punct_before.strip():
            return False
        if any(groups.get(f) in OBJECT_GOVERNORS for f in governor_forms(words, i, sent_first)):
            return i > sent_first and words[i - 1].norm.removeprefix("و") in ("لم", "لن", "لا")
    return False


def _made_for(words: list[Tok], trigger: int, sent_first: int) -> bool:
    """Is the noun at ``trigger`` what a verbal noun of making it, with the ل of purpose, aims at (للتوصل إلى اتفاق،
    لتوقيع اتفاقية، لإبرام صفقة)? The making's words are mentions.tsv's (group ``makes``)."""
    from rasd.events.mentions import groups

    k = trigger - 1
    if k > sent_first and words[k].norm in ("الي", "علي") and not words[trigger].punct_before.strip():
        k -= 1
    if k < sent_first or words[k + 1].punct_before.strip():
        return False
    w = words[k].norm.removeprefix("و")
    if not w.startswith("ل") or (w.startswith("لل") and len(w) < 5):
        return False
    stem = "ال" + w[2:] if w.startswith("لل") else w[1:]  # للتوصل: ل + التوصل; لتوقيع: ل + توقيع
    return stem in groups().get("makes", frozenset())


def _future_governor(words: list[Tok], trigger: int, sent_first: int) -> bool:
    """Is the verbal noun at ``trigger`` the object of a verb in the future (ستفرض، سيعقد، سوف تقدم) that governs
    such nouns (governors.tsv: فرض عقوبات، عقد اجتماعاً، قدم مساعدات), within five words before it in its clause,
    only its subject and a time between?"""
    from rasd.events.words import governor_forms, governor_groups

    groups = governor_groups()
    for i in range(trigger - 1, max(sent_first, trigger - 6) - 1, -1):
        if words[i + 1].punct_before.strip():
            return False  # the clause ends between this word and the one after it
        w = words[i]
        bare = w.norm[1:] if w.norm[:2] in ("وس", "فس") else w.norm
        future = (bare.startswith(("سي", "ست", "سن")) and len(bare) >= 4) or (
            i > sent_first and words[i - 1].norm.removeprefix("و") == "سوف"
        )
        if future and any(f in groups for f in governor_forms(words, i, sent_first)):
            return True
        if (bare.startswith("ل") and len(bare) > 3) or w.norm in _CLAUSE_BREAKS:
            return False
    return False


def _asked(words: list[Tok], trigger: int, sent_first: int, sent_last: int) -> bool:
    """Is the event asked about: هل before it in its sentence, or a question mark closing its clause (no comma or
    stop between: in «... اعتقل المئات. فهل ...؟» the arrest is told, the question is the next sentence's)?"""
    for k in range(trigger, sent_first - 1, -1):
        if words[k].norm.lstrip("وف") == "هل":
            return True
        if any(c in words[k].punct_before for c in ".!؟?"):
            break
    if words[sent_first].norm.lstrip("وف") in _RHETORICAL:
        return False  # ألم يكن العبادي محقا عندما اتهم خلال زيارته ...؟ the question asserts what it asks
    opener = words[sent_first].norm.removeprefix("و").removeprefix("ف")
    if opener in _WH or (opener == "من" and trigger == sent_first + 1):
        return False  # من قتل سارة؟ لماذا اعتقلت الشرطة ...؟ asks who or why of an act it takes as done
    for k in range(trigger + 1, min(sent_last + 1, len(words) - 1) + 1):
        between = words[k].punct_before
        if "؟" in between or "?" in between:
            return True
        if between.strip(" «»\"“”()"):
            return False
    # the document's last sentence: what closes it follows its last word (هل ... الانضمام إلى التحالف؟)
    return sent_last == len(words) - 1 and any(c in words[sent_last].punct_after for c in "؟?")


def _may(words: list[Tok], trigger: int, sent_first: int) -> bool:
    """Is the event only possible: a modal word (يمكن، ربما، من شأنه) within six words before it in its clause,
    or قد before an imperfect verb with ي or ن (قد يؤدي إلى: may lead to; قد قتل is "has killed")?"""
    for i in range(trigger, max(sent_first, trigger - 6) - 1, -1):
        w = words[i].norm
        if i < trigger and (w.removeprefix("و") in _MAY or (
            # (not ت: تعرضت، تظاهروا are past tenses too, and وكانت الشرطة قد تمكنت is a pluperfect)
            w.removeprefix("و") == "قد" and words[i + 1].norm[:1] in "ين" and len(words[i + 1].norm) > 3
        )):
            return True
        if any(c in "،,؛;.!?؟" for c in words[i].punct_before):
            return False
    return False


def _drone(words: list[Tok], i: int) -> bool:
    """طائرة بدون طيار / من دون طيار is a drone: its دون names no negation (أطلقت طائرة بدون طيار صاروخا)."""
    return words[i].norm in ("دون", "بدون") and i + 1 < len(words) and words[i + 1].norm == "طيار"


def _whole_trigger(word: str) -> bool:
    """Is the word a trigger form as written (لقاء: a meeting), so its ل is no preposition (لوقف: to stop)?"""
    from rasd.events.lexicon import load

    lex = load()
    return word in lex.words or word in lex.phrases


def is_factual(aux: dict[str, Any]) -> bool:
    """An event the text reports as having happened: not negated, intended or hypothetical, not a mere
    background mention (``background`` is set by the sentence detector, :mod:`rasd.events.detect`) and not a
    sports report's (``sports``, :mod:`rasd.events.domain`). A historical event happened: it stays factual,
    with its ``historical`` mode set."""
    return not (
        aux.get("negated") or aux.get("future") or aux.get("hypothetical") or aux.get("background")
        or aux.get("sports")
    )
