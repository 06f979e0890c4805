"""Is this sentence reporting an attack (or a protest) that happened, or only mentioning one?

Trigger words are easy to find and mostly misleading: "الهجوم" is as often the subject of analysis, a trial,
a condemnation or a threat as a report of an attack that took place. News reports of the day have a shape
the features below describe: casualty counts (قتل ثلاثة، مقتل 15 شخصا), a past-tense verb, a time of the
day (أمس، صباح اليوم), a place after في, a police or agency source; background mentions have definite or
plural nouns (الهجمات), condemnations, courts, intentions, questions and years long past.

A logistic regression over these features, one per event type, is trained by
``tools/train_event_detector.py`` on labelled sentences (the OEDA Arabic gold standard, development half) and
shipped as plain JSON weights in ``data/models/events/detector.json``; inference is a dot product.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from functools import lru_cache
from typing import Any

from rasd.data import path as data_path
from rasd.events.args import WEEKDAYS, case_of
from rasd.events.gates import CROWD_STEMS, license_met, purpose_met
from rasd.events.lexicon import Lexicon
from rasd.events.lexicon import load as load_lexicon
from rasd.events.words import spelled
from rasd.kb.match import Tok
from rasd.text.clitics import candidates

TIME_WORDS = WEEKDAYS | frozenset(
    {
        "امس",
        "اليوم",
        "الليلة",
        "فجر",
        "صباح",
        "مساء",
        "ظهر",
        "ليل",
        "امسية",
        "الماضية",
        "الماضي",
    }
)
NUMBER_WORDS = frozenset(
    {
        "اثنين",
        "اثنان",
        "ثلاثة",
        "اربعة",
        "خمسة",
        "ستة",
        "سبعة",
        "ثمانية",
        "تسعة",
        "عشرة",
        "عشرات",
        "مئات",
        "الاف",
        "الف",
        "شخصين",
        "جنديين",
        "عشرين",
        "ثلاثين",
        "اربعين",
        "خمسين",
        "مائة",
        "مئة",
        "شخصا",
        "اشخاص",
        "مدنيين",
        "جنود",
        "عناصر",
        "اخرون",
        "اخرين",
        "جريحا",
        "قتيلا",
        "العشرات",
    }
)
SOURCE_WORDS = frozenset(
    {
        "الشرطة",
        "مصادر",
        "مصدر",
        "المصادر",
        "شهود",
        "مسؤول",
        "مسؤولون",
        "الجيش",
        "وكالة",
        "افاد",
        "افادت",
        "اعلن",
        "اعلنت",
        "قال",
        "قالت",
        "ذكرت",
        "ذكر",
        "بحسب",
        "حسب",
        "وفق",
    }
)
CONDEMN_WORDS = frozenset({"ادان", "دان", "يدين", "تدين", "ندد", "استنكر", "ادانة", "تنديد", "شجب", "يستنكر"})
LEGAL_WORDS = frozenset(
    {
        "محكمة",
        "المحكمة",
        "حكم",
        "محاكمة",
        "المتهم",
        "المتهمين",
        "متهم",
        "القضاء",
        "التحقيق",
        "تحقيق",
        "السجن",
        "الاعدام",
        "قاضي",
        "القاضي",
        "الادعاء",
        "بتهمة",
        "اتهام",
        "اعترف",
    }
)
BACKGROUND_WORDS = frozenset(
    {
        "ذكري",
        "منذ",
        "سابقا",
        "الماضية",
        "تاريخ",
        "عام",
        "سنوات",
        "سنة",
        "خلال",
        "عقب",
        "بعد",
        "اثر",
        "اعقاب",
        "ضحايا",
        "مخاوف",
        "خطر",
        "احتمال",
        "ظاهرة",
        "سياسة",
        "حرب",
        "الحرب",
        "ضد",
        "مكافحة",
        "الارهاب",
        "تهديد",
        "خطة",
        "استراتيجية",
        "دراسة",
        "تقرير",
    }
)
PROTEST_WORDS = frozenset(
    {
        "متظاهرون",
        "المتظاهرين",
        "متظاهرين",
        "المتظاهرون",
        "محتجون",
        "المحتجين",
        "مسيرة",
        "تظاهرة",
        "مظاهرة",
        "تظاهر",
        "تظاهرات",
        "مظاهرات",
        "احتجاج",
        "احتجاجا",
        "احتجاجات",
        "اعتصام",
        "اعتصاما",
        "اضرابا",
        "وقفة",
        "وقفات",
        "احتجاجية",
        "الاحتجاجية",
        "تضامنية",
        "هتافات",
        "لافتات",
        "الشعارات",
        "رددوا",
        "خرج",
        "خرجوا",
        "تجمع",
        "تجمعوا",
        "فرقت",
        "الغاز",
        "المسيل",
        "للدموع",
        "شغب",
        "غاضبون",
        "الالاف",
        "مئات",
        "الاف",
    }
)
# what a protest is against or asks for, stated: a report of the protest itself, not a mention of one
GRIEVANCE_WORDS = frozenset(
    {
        "احتجاجا",
        "للاحتجاج",
        "تنديدا",
        "استنكارا",
        "اعتراضا",
        "مطالبين",
        "للمطالبة",
        "تطالب",
        "يطالبون",
        "طالبوا",
        "ضد",
        "مناهضة",
        "منددين",
        "منددة",
        "رافعين",
        "هاتفين",
        "مرددين",
    }
)
# Predicates that make a protest or attack an event that happened (people gathered; an explosion went off)
GATHER_WORDS = frozenset(
    {
        "خرج",
        "خرجوا",
        "خرجت",
        "نزل",
        "نزلوا",
        "احتشد",
        "احتشدوا",
        "تجمع",
        "تجمعوا",
        "تدفق",
        "تدفقوا",
        "ساروا",
        "سار",
        "اعتصم",
        "اعتصموا",
        "تظاهر",
        "تظاهروا",
        "احتج",
        "احتجوا",
        "اندلعت",
        "تجددت",
        "شهدت",
        "نظم",
        "نظموا",
        "انطلقت",
        "عمت",
        "رفعوا",
        "هتفوا",
        "رددوا",
        "اضرب",
        "اضربوا",
        "الشوارع",
        "شوارع",
        "ساحة",
        "امام",
        "احتشاد",
        "تجمهر",
    }
)
HAPPENED_WORDS = frozenset(
    {
        "وقع",
        "وقعت",
        "انفجرت",
        "انفجر",
        "اسفر",
        "اسفرت",
        "ادي",
        "ادت",
        "لقي",
        "لقوا",
        "مصرع",
        "مصرعهم",
        "جرح",
        "جرحي",
        "اصيب",
        "اصيبوا",
        "قتل",
        "قتلوا",
        "مقتل",
        "استشهد",
        "سقط",
        "سقوط",
        "استهدف",
        "استهدفت",
        "نفذ",
        "شن",
        "شنت",
        "هاجم",
        "هاجموا",
        "فجر",
        "اطلق",
    }
)
OBJECT_OF_FORCE = frozenset({"تفريق", "لتفريق", "قمع", "فض", "لفض", "ضد", "علي"})
_DIGIT = re.compile(r"^\d+$")
_YEAR = re.compile(r"^(19|20)\d\d$")


def _opened_at(words: list[Tok], j: int, first: int, last: int, typ: str, lex: Lexicon) -> bool:
    """Does a whole trigger written apart from the verb that licenses it start at j (أطلقت قوات الأمن النار على)?
    Such a phrase's first word alone (النار) says nothing of an attack."""
    for form in candidates(words[j].surface):
        for parts, t in lex.phrases.get(form, ()):
            licensed = "opened" in t.flags and license_met(t, words, j, first)
            if t.type == typ and licensed and spelled(words, j, last, parts):
                return True
    return False


def features(
    words: list[Tok],
    first: int,
    last: int,
    typ: str,
    lexicon: Lexicon | None = None,
    aux: dict[str, Any] | None = None,
    published_year: int | None = None,
) -> dict[str, float]:
    """Dense features of a sentence (words[first..last]) for the event type ``typ``."""
    lex = lexicon or load_lexicon()
    f: dict[str, float] = {"bias": 1.0}
    n = last - first + 1
    f["log_len"] = math.log(1 + n)
    hits = verbs = nouns = definite = casualty = phrase = 0
    first_hit = None
    for j in range(first, last + 1):
        w = words[j]
        forms = candidates(w.surface)
        entries = [
            t
            for form in forms
            for t in lex.words.get(form, ())
            if t.type == typ and purpose_met(t, words, j, first, last)
        ]
        if any(
            parts[0] == form and "opened" not in t.flags  # a split trigger is counted where it is found (below)
            for form in forms[:1]
            for parts, t in lex.phrases.get(form, ())
            if t.type == typ
        ):
            phrase += 1
        if not entries:
            continue
        hits += 1
        first_hit = j if first_hit is None else first_hit
        if any(t.pos == "verb" for t in entries) and not w.norm.startswith(("ال", "بال", "لل", "وال")):
            verbs += 1
        else:
            nouns += 1
            definite += w.norm.startswith(("ال", "بال", "لل", "وال"))
        casualty += any("casualty" in t.flags for t in entries)
    f["hits"] = min(hits, 5) / 5
    f["verbs"] = min(verbs, 3) / 3
    f["nouns"] = min(nouns, 3) / 3
    f["definite_share"] = definite / nouns if nouns else 0.0
    f["casualty"] = min(casualty, 3) / 3
    f["phrase"] = min(phrase, 2) / 2
    f["trigger_position"] = (first_hit - first) / n if first_hit is not None else 1.0
    norms = [words[j].norm for j in range(first, last + 1)]
    stems = [candidates(words[j].surface)[-1] for j in range(first, last + 1)]
    bag = set(norms) | set(stems)
    f["time"] = float(bool(bag & TIME_WORDS))
    f["number"] = float(any(_DIGIT.match(x) and not _YEAR.match(x) for x in norms) or bool(bag & NUMBER_WORDS))
    f["source"] = float(bool(bag & SOURCE_WORDS))
    f["condemn"] = float(bool(bag & CONDEMN_WORDS))
    f["legal"] = float(bool(bag & LEGAL_WORDS))
    f["background"] = min(len(bag & BACKGROUND_WORDS), 3) / 3
    f["protest_words"] = min(len(bag & PROTEST_WORDS), 3) / 3
    f["grievance"] = float(bool(bag & GRIEVANCE_WORDS))
    f["in_place"] = float(any(x in ("في", "ب") for x in norms))
    f["gather"] = min(len(bag & GATHER_WORDS), 3) / 3
    f["happened"] = min(len(bag & HAPPENED_WORDS), 3) / 3
    f["force_on_protesters"] = float(
        any(a in OBJECT_OF_FORCE and b.startswith(("المتظاهر", "المحتج")) for a, b in itertools.pairwise(norms))
    )
    f["question"] = float("؟" in "".join(w.punct_before for w in words[first : last + 1]))
    # local patterns: a gathering verb near a protest noun or crowd (خرج الآلاف في مسيرة), a casualty word
    # next to a count (مقتل 15 شخصا، قتل ثلاثة)
    # what the sentence is about: its opening words (قتل 28 شخصا / أدان الرئيس الهجوم / قال مصدر إن ...)
    lead_types: set[str] = set()
    typ_at: list[int] = []
    cue_at: list[int] = []
    from rasd.quotes.stage import cue_of

    for i, j in enumerate(range(first, last + 1)):
        forms = candidates(words[j].surface)
        types = {
            t.type
            for form in forms
            for t in lex.words.get(form, ())
            if purpose_met(t, words, j, first, last)
        }
        if typ in types:
            typ_at.append(i)
        if i < 4:
            lead_types |= types
        if cue_of(words[j]) is not None:
            cue_at.append(i)
    f["lead_trigger"] = float(typ in lead_types)
    f["lead_other_type"] = float(bool(lead_types - {typ}))
    f["reported_trigger"] = float(any(c < t for c in cue_at for t in typ_at))
    protest_at = [i for i, x in enumerate(stems) if x in PROTEST_WORDS or norms[i] in PROTEST_WORDS]
    gather_at = [i for i, x in enumerate(stems) if x in GATHER_WORDS or norms[i] in GATHER_WORDS]
    f["gather_near_protest"] = float(any(abs(a - b) <= 5 and a != b for a in protest_at for b in gather_at))
    count_at = [i for i, x in enumerate(norms) if (_DIGIT.match(x) and not _YEAR.match(x)) or x in NUMBER_WORDS]
    hurt_at = [i for i, x in enumerate(stems) if x in HAPPENED_WORDS or norms[i] in HAPPENED_WORDS]
    f["casualty_count"] = float(any(abs(a - b) <= 3 for a in count_at for b in hurt_at))
    f["protest_verb"] = float(
        any(
            x
            in (
                "تظاهر",
                "تظاهروا",
                "احتج",
                "احتجوا",
                "اعتصم",
                "اعتصموا",
                "اضرب",
                "اضربوا",
                "يتظاهرون",
                "يعتصم",
                "يعتصمون",
                "احتشد",
                "احتشدوا",
                "تجمع",
                "تجمعوا",
            )
            for x in norms + stems
        )
    )
    for stem in bag:
        if len(stem) >= 3 and not stem.isdigit():
            f["w:" + stem] = 1.0
    years = [int(x) for x in norms if _YEAR.match(x)]
    f["old_year"] = float(bool(years) and published_year is not None and max(years) < published_year - 1)
    f["year"] = float(bool(years))
    if typ == "PROTEST":
        f.update(crowd_features(norms))
    aux = aux or {}
    for key in ("negated", "future", "hypothetical", "historical"):
        f[f"aux_{key}"] = float(bool(aux.get(key)))
    return f


# a count heading the crowd (مئات المتظاهرين) takes the crowd's place in the clause, usually as its subject
CROWD_COUNTS = frozenset({"مئات", "المئات", "الاف", "الالاف", "الوف", "عشرات", "العشرات", "حشود", "عدة"})
# words that govern the crowd when it is not the actor: prepositions, force or harm done to it, support for it
CROWD_GOVERNORS = frozenset(
    {"امام", "ضد", "علي", "مع", "بين", "وفاة", "مقتل", "فرقت", "تفريق", "لتفريق", "قمع", "قمعت", "اعتقال", "اعتقلت",
     "اصابة", "استهدف", "دعم", "انصار", "تضامن", "تضامنهم", "مطالب", "مطالبات"}
)


def _in(word: str, table: frozenset[str]) -> bool:
    """``word`` is in ``table``, alone or after the conjunction و or ف written onto it."""
    return word in table or (word[:1] in "وف" and len(word) > 2 and word[1:] in table)


def crowd_case(word: str) -> str | None:
    """"nom" or "obl" for a protesters' plural (المتظاهرون، متظاهرين, و or ف on it or not); None otherwise."""
    for w in (word, word[1:]) if word[:1] in "وف" else (word,):
        case = case_of(w)
        if case in ("nom", "obl") and w.removeprefix("ال")[:-2] in CROWD_STEMS:
            return case
    return None


def crowd_features(norms: list[str]) -> dict[str, float]:
    """Are the protesters the ones acting? Arabic marks it by case: المتظاهرون (nominative) is a subject,
    المتظاهرين follows a preposition, a verb whose object they are, or a count (مئات المتظاهرين: subject again);
    a speech before them (أمام آلاف المتظاهرين), force against them (فرقت المتظاهرين) or their deaths make the
    sentence about something else."""
    cases = [crowd_case(x) for x in norms]
    nominative = "nom" in cases
    counted = governed = False
    for i, case in enumerate(cases):
        if case != "obl":
            continue
        head = i - 2 if i > 1 and norms[i - 1] == "من" else i - 1  # مئات من المتظاهرين
        counts = head >= 0 and _in(norms[head], CROWD_COUNTS)
        if counts:
            head -= 1
        # the governor next to the crowd (or its count), or one word before it: a verb with its subject between
        # (فرقت الشرطة المتظاهرين)
        if any(_in(norms[j], CROWD_GOVERNORS) for j in range(max(0, head - 1), head + 1)):
            governed = True
        elif counts:
            counted = True
    return {
        "crowd_subject": float(nominative or counted),
        "crowd_governed": float(governed and not (nominative or counted)),
    }


@lru_cache(maxsize=1)
def _weights() -> dict[str, Any]:
    file = data_path("models", "events", "detector.json")
    if not file.exists():
        return {}
    model = json.loads(file.read_text(encoding="utf-8"))
    for typ in model.get("types", {}).values():
        chars = typ.get("chars")
        if chars:  # tuples of floats, which the garbage collector stops tracking (as lists they slowed every pass)
            chars["grams"] = {g: (float(iw[0]), float(iw[1])) for g, iw in chars["grams"].items()}
        if typ.get("trees"):
            from rasd.events.trees import freeze

            typ["trees"] = freeze(typ["trees"])
    return model


def probability(feats: dict[str, float], typ: str, text: str | None = None) -> float | None:
    """P(the sentence reports an event of ``typ`` that happened); None when no model covers the type.

    Where the type's model has a character part (``rasd.events.chars``) and the sentence's ``text`` is given,
    the two models' probabilities are averaged with the weight the training tool stored; where it has a
    trees part (``rasd.events.trees``), that average is averaged in turn with the trees' probability."""
    model = _weights().get("types", {}).get(typ)
    if not model:
        return None
    weights = model["weights"]
    from rasd.events.chars import logistic
    from rasd.events.chars import probability as char_probability

    p = logistic(sum(weights.get(k, 0.0) * v for k, v in feats.items()))
    chars = model.get("chars")
    if chars and text is not None:
        w = float(chars.get("weight", 0.5))
        p = (1 - w) * p + w * char_probability(chars, text)
    trees = model.get("trees")
    if trees:
        from rasd.events.trees import probability as tree_probability

        w = float(trees.get("weight", 0.2))
        p = (1 - w) * p + w * tree_probability(trees, feats)
    return p


def threshold(typ: str) -> float:
    return float(_weights().get("types", {}).get(typ, {}).get("threshold", 0.5))


def sentence_features(doc: Any, sentence: Any, typ: str, words: list[Tok] | None = None) -> dict[str, float] | None:
    """Features of one sentence of a document for ``typ``; None when no trigger of that type is in it.

    The auxiliary modes are those of the sentence's first trigger of the type, as the coder computes them.
    """
    from rasd.events.modality import modality
    from rasd.kb.match import word_tokens

    ws = words if words is not None else word_tokens(doc)
    idx = [w.index for w in ws if sentence.start <= w.start and w.end <= sentence.end]
    if not idx:
        return None
    first, last = idx[0], idx[-1]
    lex = load_lexicon()
    trig = next(
        (
            j
            for j in idx
            if any(
                t.type == typ and "opened" not in t.flags and purpose_met(t, ws, j, first, last)
                for f in candidates(ws[j].surface)
                for t in (*lex.words.get(f, ()), *(x[1] for x in lex.phrases.get(f, ())))
            )
            or _opened_at(ws, j, first, last, typ, lex)
        ),
        None,
    )
    if trig is None:
        return None
    published = str(doc.meta.get("published") or "")[:4]
    year = int(published) if published.isdigit() else None

    is_noun = not any(t.pos == "verb" for f in candidates(ws[trig].surface) for t in lex.words.get(f, ()))
    aux = modality(ws, trig, first, last, year, is_noun)
    return features(ws, first, last, typ, lex, aux, year)
