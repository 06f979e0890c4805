"""Word-level readings the coder's actor rules share: actor nouns and their sectors, case endings, the
construct state, nationality adjectives, and prepositions written onto an actor's first word."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from rasd.data import lexicon_words
from rasd.data import path as data_path
from rasd.events.lexicon import verb_forms
from rasd.kb.match import Tok
from rasd.text.clitics import analyze, candidates, proclitic_length
from rasd.text.normalize import norm

# Words the actor and side rules skip, stop at or count on (normalized: أ/إ/آ -> ا, ى -> ي).
SEPARATE_PREPS = frozenset(
    {
        "في",
        "الي",
        "من",
        "عن",
        "علي",
        "مع",
        "بين",
        "ضد",
        "لدي",
        "حول",
        "عبر",
        "خلال",
        "امام",
        "نحو",
        "حتي",
        "تجاه",
        "بحق",
        "داخل",
        "قرب",
        "عند",
        "منذ",
        "بعد",
        "قبل",
    }
)
PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "ه")
# Words that can stand between a verb and its subject without being part of either.
# Weekday names as rasd.text.normalize.norm folds them; several word classes below include them.
WEEKDAYS = frozenset({"الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت"})
SKIPPABLE = WEEKDAYS | frozenset(
    {
        "امس",
        "اليوم",
        "ايضا",
        "كذلك",
        "بدوره",
        "بدورها",
        "من",
        "جهته",
        "جهتها",
        "قد",
        "رسميا",
        "مجددا",
        "يوم",
        "اخيرا",
        "مؤخرا",
        "عمدا",
        "فعلا",
        "سابقا",
        "لاحقا",
        "تماما",
        "فقط",
    }
)
QUANTIFIERS = frozenset(
    {"جميع", "وجميع", "كل", "وكل", "بعض", "عدد", "عددا", "مئات", "الاف", "عشرات", "العشرات", "المئات", "الالاف",
     "نحو", "حوالي", "اكثر", "عدة"}
)
APPROXIMATE = frozenset({"نحو", "حوالي", "اكثر"})  # quantifiers that open a number, not a group
# quantifiers that belong to the phrase they open (جميع الدول): not a count of it
DETERMINERS = frozenset({"جميع", "وجميع", "كل", "وكل", "بعض"})
NUMBER_WORDS = frozenset(
    {"اثنين", "اثنان", "ثلاثة", "اربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "احد", "عشر", "عشرين",
     "ثلاثين", "اربعين", "خمسين", "مئة", "مائة", "الف", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشرات"}
)
COUNT_RE = re.compile(r"^\d+(?:[.,٫٬]\d+)*$")  # 28, 1.500, 43,928,658, 42.5
# what an attack is made with (word beginnings, clitics written on: قنابلهم، عبوة، صاروخ): never its target, and the
# noun after one is its kind (قذيفة هاون، صاروخ كاتيوشا), not who fired it
WEAPONS = (
    "قنبل", "قنابل", "عبوة", "عبوات", "عبوه", "حزام", "احزمة", "صاروخ", "صواريخ", "قذيف", "قذائف", "شحنة", "متفجر"
)


def counted(word_norm: str) -> bool:
    """A number or quantifier opening a noun phrase (ثمانية من، عشرات، 28): the phrase counts people."""
    return word_norm in QUANTIFIERS or COUNT_RE.match(word_norm) is not None or word_norm in NUMBER_WORDS


def count_dict(text: str, start: int, end: int) -> dict[str, Any]:
    """The count of an actor as a span with its number where the words say one (28، سبعة، أكثر من 30: 30;
    عشرات: null)."""
    from rasd.dates.lexicon import lexicon

    cardinals = lexicon().cardinals
    value: int | None = None
    for word in text[start:end].split():
        w = norm(word).removeprefix("و")
        if w.isdigit():
            value = int(w)
        elif w in cardinals:
            value = cardinals[w]
    return {"start": start, "end": end, "text": text[start:end], "value": value}


TEMPORAL = WEEKDAYS | frozenset(
    {
        "الاسبوع",
        "الماضي",
        "الماضية",
        "الجاري",
        "الجارية",
        "الحالي",
        "المقبل",
        "المقبلة",
        "الشهر",
        "العام",
        "السنة",
        "اليوم",
        "الليلة",
        "الفائت",
        "الاخير",
        "الاخيرة",
    }
)
# honorifics before a title (صاحب السمو الملكي الأمير، فخامة الرئيس، معالي الوزير), normalized

@lru_cache(maxsize=1)
def agents() -> dict[str, str]:
    """Generic actor nouns (الدول، المدنيين، المسلحين) -> sector code, from data/events/agents.tsv."""
    out: dict[str, str] = {}
    with data_path("events", "agents.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            forms, sector = line.rstrip("\n").split("\t")
            for f in forms.split(","):
                out.setdefault(norm(f.strip()), sector)
    return out


@lru_cache(maxsize=1)
def governor_groups() -> dict[str, str]:
    """Verbs that govern a verbal noun whose agent is their subject (أعرب X عن ترحيبه، قام مسلحون بخطف، خرج
    المئات في تظاهرة) -> why (statement, light-verb, opens-fire, ...), from data/events/governors.tsv."""
    out: dict[str, str] = {}
    with data_path("events", "governors.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                form, _, group = line.rstrip("\n").partition("\t")
                out[form.strip()] = group.strip()
    return out


def governor_forms(words: list[Tok], k: int, first: int) -> list[str]:
    """The forms to look word k up by in governors.tsv: its clitic readings, and after سوف those of the future
    form, which only a verb takes (سوف تقدم reads as ستقدم, not as تقدم "progress")."""
    forms = candidates(words[k].surface)
    if k > first and words[k - 1].norm.removeprefix("و") == "سوف":
        forms = forms + candidates("س" + words[k].surface)
    return forms


@lru_cache(maxsize=1)
def governors() -> frozenset[str]:
    """The governors that are verbs of their clause everywhere: not those whose object is an act (بدأ، أنهى، حاول،
    قرر: OBJECT_GOVERNORS), which govern only a verbal noun right after their subject and are no clause's verb
    otherwise (بدا ذلك واضحا: "it seemed")."""
    return frozenset(
        f for f, group in governor_groups().items() if group not in OBJECT_GOVERNORS and group not in LICENSE_ONLY
    )


def speaking_as_we(tok: Tok) -> bool:
    """A light verb in the first person plural (قمنا، نفذنا، نقوم; governors.tsv group light-verb-we): said in a
    quotation, the act is the speaker's side's."""
    return any(governor_groups().get(f) == "light-verb-we" for f in candidates(tok.surface))


# governors.tsv groups whose verb takes the act as its object: begun, continued or ended (phase); tried, decided,
# accepted or intended (attempt)
OBJECT_GOVERNORS = frozenset({"phase", "attempt"})
# groups that only license a trigger written apart from them (lexicon flag after:): منحت، رفعت govern no other noun,
# so they are no clause's verb by that list (رفع قيمة اللاعب، منحت الرئيس دورة ثانية)
LICENSE_ONLY = frozenset({"gives", "lifts", "receives", "withdraws", "deploys"})


def known_verb(form: str, lexicon_entries: dict[str, Any]) -> bool:
    """Is ``form`` a verb of the trigger lexicon (its ``words`` table) or a governor (يطالب، يطلق)?"""
    return form in governors() or any(t.pos == "verb" for t in lexicon_entries.get(form, ()))


def listed_verb(forms: list[str], lexicon_entries: dict[str, Any]) -> bool:
    """Is the whole word (or the word after its و / ف), as ``candidates`` gives it, a listed verb form? Those
    that open with ال (ألقت written القت، التقى) are verbs, never a noun with the article."""
    return any(known_verb(f, lexicon_entries) for f in forms[:2] if f.startswith("ال"))


# God, named in a formula (أمر به الله، ولله الحمد، قال الله تعالى), is no party to events
GOD = frozenset({"الله", "والله", "لله", "ولله", "بالله", "فالله"})
# مالي after these nouns is "financial" (دعم مالي، دعما ماليا، مساعدات مالية), not the country Mali (أعلنت مالي)
_FINANCIAL = frozenset({"مالي", "ماليا", "مالية"})
_FINANCED = frozenset(
    norm(w)
    for w in ("دعم", "دعما", "بدعم", "لدعم", "ودعم", "تمويل", "عجز", "فساد", "وضع", "مساعدات", "مساعدة",
              "منحة", "منح", "أزمة", "ازمة", "تعويض", "تعويضات", "مبلغ", "عائد", "مردود", "دخل", "مستشار")
)


def no_party(text: str, start: int, end: int) -> bool:
    """Is the entity at text[start:end] no party to events: God named in a formula, مالي read as the country
    where it is the adjective "financial" after a noun, or an office alone taken for a name (وكيل، رئيس: the
    office and whose it is are read as one phrase, وكيل وزارة الداخلية)?"""
    w, before = norm(text[start:end]), text[max(0, start - 40) : start].split()  # the last word is whole
    b = norm(before[-1]) if before else ""
    return w in GOD or (w in _FINANCIAL and b in _FINANCED) or w in PERSON_TITLES


# the sectors of a fighting force (an army, rebels, insurgents, unidentified gunmen)
ARMED = frozenset({"MIL", "REB", "INS", "UAF"})


def joined(tok: Tok) -> bool:
    """Is the word written with the conjunction و (وعراقيا، ونظيره), not a word whose own first letter is و
    (وزير، وليد، وفد)? A word so joined opens another item, never an adjective or a title of the one before."""
    if not analyze(tok.surface).prefix.startswith("و"):
        return False
    # وفداً، وزيراً: the accusative of a word whose و is its own (the analyser reads وفدا as و + فدا)
    return not (tok.norm.endswith("ا") and not analyze(tok.norm[:-1]).prefix)


def spelled(words: list[Tok], j: int, last: int, parts: tuple[str, ...]) -> bool:
    """Do the words from j on spell a lexicon phrase (its first word already matched at j)?"""
    return j + len(parts) - 1 <= last and all(
        words[j + k].norm == parts[k] or parts[k] in candidates(words[j + k].surface) for k in range(1, len(parts))
    )


def case_of(word: str) -> str | None:
    """The case or number an ending shows: a sound masculine plural (ون nominative, ين oblique), an -ات plural
    (which takes a feminine singular adjective), an indefinite accusative (اً); None when nothing shows."""
    if word.endswith("ون"):
        return "nom"
    if word.endswith("ين"):
        return "obl"
    if word.endswith("ات"):
        return "fem-pl"
    if word.endswith("ا") and not word.startswith("ال") and len(word) > 3:
        return "acc"
    return None


def heads_no_genitive(noun: str, following: str) -> bool:
    """A noun with the article (المتظاهرون) before a word without it: the word is neither its genitive (a noun
    with ال heads no construct) nor its adjective (which would carry ال too)."""
    return noun.lstrip("وف").startswith(("ال", "بال", "لل")) and not following.lstrip("وف").startswith(("ال", "لل"))


def nisba_country(tok: Tok, *, accusative: bool = False) -> str | None:
    """The country of a nationality adjective (العراقية، تركي); with ``accusative``, also its indefinite
    accusative or dual (فرنسياً، تركيا after جنديا، اميركيان after جنديان), which the knowledge base does not list
    and which can be a country's own name, so only where an indefinite noun of that case comes before it."""
    from rasd.kb.store import load

    kb = load()
    for f in candidates(tok.surface):
        entry = kb.country_of_nisba(f)
        if entry is None and accusative and len(f) > 4 and f.endswith(("يا", "يان")):
            entry = kb.country_of_nisba(f[:-1] if f.endswith("يا") else f[:-2])  # فرنسيا، اميركيان
        if entry is not None:
            return entry.country
    return None


def agent_sector(tok: Tok) -> str | None:
    table = agents()
    for f in candidates(tok.surface):
        if f in table:
            return table[f]
    return None


# what one falls ill with (أصيب بالسرطان، الإصابة بالشلل الرعاش، إصابته بانخفاض في السكر): an illness, not a wound
ILLNESSES = frozenset(
    norm(w)
    for w in ("مرض", "أمراض", "داء", "شلل", "سرطان", "حمى", "التهاب", "فيروس", "إنفلونزا", "انفلونزا", "كورونا",
              "ربو", "سكري", "سكر", "انخفاض", "ارتفاع", "اضطراب", "اضطرابات", "جلطة", "نوبة", "أزمة", "زهايمر",
              "إيدز", "كوليرا", "ملاريا", "حصبة", "سل", "عدوى", "اكتئاب", "توحد", "عمى", "عور", "مس",
              "صرع", "ضغط", "فشل", "قصور", "تسمم", "وباء", "حساسية", "بدانة", "سمنة")
)


_CAUSE_OR_SETTING = frozenset({"في", "جراء", "اثر", "خلال", "نتيجة", "عقب", "اثناء", "اصابة", "بعد"})


def illness(words: list[Tok], j: int, last: int) -> bool:
    """Is the casualty word at j followed by ب and an illness, its subject between or not (أصيب بمرض، الإصابة
    بالشلل، أصيب الرئيس بفيروس كورونا)? Then someone fell ill: no attack's victim (أصيب بجروح، إصابته برصاصة are
    wounds). The first word written with ب within four words decides, or within fourteen past a count of people,
    its members and the time set off by commas (أصيب أكثر من 50 زائرا خليجيا منهم 22 مواطنا، صباح أول أمس الثلاثاء،
    بتسمم غذائي); بين of "among them" decides nothing."""
    people = any(counted(words[i].norm) or words[i].norm.isdigit() for i in range(j + 1, min(last, j + 3) + 1))
    for k in range(j + 1, min(last, j + (14 if people else 4)) + 1):
        if words[k].punct_before.strip() and not people:
            return False  # past a count of people only, its asides set off by commas
        w = words[k].norm
        if w in _CAUSE_OR_SETTING or (words[k].punct_before.strip() and w.startswith("و")):
            return False  # أصيب ثلاثة أشخاص في انفجار عبوة: the cause is told; ، وقال: another clause
        if w.startswith("ب") and w not in ("بينهم", "بينهن", "بين"):
            rest = w[1:]
            return rest in ILLNESSES or rest.removeprefix("ال") in ILLNESSES
    return False


# a noun after these names a field, not an act: مدير إدارة شؤون الزيارة، تأشيرة الزيارة (a visit visa)
FIELD_HEADS = frozenset({"شؤون", "شئون", "تاشيرة", "تاشيرات", "تاشيره"})
# relative pronouns (normalized): الذي، التي، اللذين ...
RELATIVES = frozenset({"الذين", "الذي", "التي", "اللذين", "اللذان", "اللتين", "اللتان", "اللواتي", "اللاتي"})
# a protest's grievance: احتجاجاً على (اعتقال ...): the act protested is someone else's
GRIEVANCE = frozenset({"احتجاجا", "احتجاج", "للاحتجاج", "استنكارا", "تنديدا", "اعتراضا", "غضبا"})
# What an attack is aimed at when it is not an actor itself: the owner named after it is the target.
TARGET_NOUNS = frozenset(
    {"مواقع", "موقع", "مقر", "مقرات", "معسكر", "معسكرات", "مراكز", "مركز", "اهداف", "هدف", "تجمعات", "تجمع", "منازل",
     "منزل", "مخازن", "مستودعات", "مواكب", "مخابئ", "معاقل", "معقل", "قواعد", "قاعدة", "تحصينات", "مخيمات", "مناطق"}
)
# verbs of receiving an act (اكتسبت مساندة الجماهير، حظي بدعم الحكومة): the verbal noun's genitive acts
RECEIVED = frozenset(
    norm(w)
    for w in ("اكتسب", "اكتسبت", "اكتسبنا", "كسب", "كسبت", "حظي", "حظيت", "حظيا", "حظوا", "نال", "نالت", "نالوا",
              "لقي", "لقيت", "تلقى", "تلقت", "يحظى", "تحظى", "ينال", "تنال", "يلقى", "تلقى")
)
# what someone said, decided or did, rejected, condemned or backed in their stead: their author is the target
# (رفضت مصر تصريحات خامنئي، نفى المزاعم الأميركية، انتقد سياسة الحكومة، أيد قرار مجلس الأمن)
STATEMENTS = frozenset(
    norm(w)
    for w in ("تصريحات", "تصريح", "اتهامات", "اتهام", "مزاعم", "ادعاءات", "ادعاء", "انتقادات", "تهديدات", "بيان",
              "قرار", "قرارات", "طلب", "مطالب", "مطالبة", "دعوة", "دعوات", "سياسة", "سياسات", "موقف", "مواقف",
              "تدخل", "تدخلات", "مبادرة", "خطة", "مقترح", "مقترحات", "اقتراح", "شروط", "عرض", "رواية", "تقرير")
)
# الحدود مع سوريا: a border (or a crossing) "with" a country names a place, never a partner of the verb before it
BORDERS = frozenset({"الحدود", "حدود", "حدوده", "حدودها", "حدودهم", "حدودنا", "الحدودي", "الحدودية", "المعابر"})
# what a march's genitive or adjective may be when it is a march: its crowd, its cause, its manner (مسيرة
# الغضب، المسيرة السلمية); any other (مسيرة السلام، مسيرة المنتخب، المسيرة التعليمية) makes it a course
MARCH_WORDS = frozenset(
    norm(w)
    for w in ("الغضب", "العودة", "الشموع", "الأكفان", "المتظاهرين", "المحتجين", "الآلاف", "الألوف", "السلمية",
              "الاحتجاجية", "الحاشدة", "الشعبية", "الجماهيرية", "الراجلة", "الليلية", "الصامتة", "الغاضبة")
)


def course_not_march(words: list[Tok], j: int, last: int) -> bool:
    """مسيرة السلام، مسيرة المنتخب، المسيرة التعليمية، مسيرة نجاحه: a course or a career, not a march; the march
    is followed by where, when, against what or how (مسيرة حاشدة، مسيرة إلى البرلمان، مسيرة ضد الجدار), or by
    its crowd or manner (MARCH_WORDS, an actor noun: مسيرة المتظاهرين). Only the singular is read so."""
    if j + 1 > last or words[j + 1].punct_before.strip() or "مسيرة" not in candidates(words[j].surface):
        return False
    nxt = words[j + 1]
    if nxt.norm in MARCH_WORDS or nxt.norm in SEPARATE_PREPS or nxt.norm in RELATIVES or agent_sector(nxt) is not None:
        return False  # (إلى، التي begin as the article does)
    a = analyze(nxt.surface)
    return nxt.norm.startswith("ال") or (a.suffix in ("ه", "ها", "هم", "هما", "نا", "كم") and not a.prefix)


def three_words(words: list[Tok], j: int, last: int) -> str | None:
    """The sector of a three-word phrase agents.tsv lists starting at j (شرطة مكافحة الشغب), else None."""
    if j + 2 > last or any(words[i].punct_before.strip() for i in (j + 1, j + 2)):
        return None
    rest = f"{words[j + 1].norm} {words[j + 2].norm}"
    return next((agents()[k] for f in candidates(words[j].surface) if (k := f"{f} {rest}") in agents()), None)


def construct_head(norm: str) -> bool:
    """Can a word with this normal form head a genitive construct (وكيل وزارة الداخلية)? Not with the article,
    a sound plural's or dual's nun (مسلحون، جنديان: the construct drops it) or tanween (صحفيا)."""
    w = norm.removeprefix("و")
    return not (w.startswith("ال") or w.endswith(("ون", "ين", "ان", "ا")))


def preposition_length(head: Tok) -> int:
    """Characters of a preposition (with its conjunction) written onto an actor's first word, which the
    actor's span leaves out: بالرئيس الأمريكي دونالد ترامب، لتنظيم داعش، لطائراته (an actor noun of rasd's own
    list); 0 for a bare conjunction, which the actor rules cut themselves, and for لل (no article left)."""
    cut = proclitic_length(head.surface, _agent_heads())
    return cut if cut and head.norm.removeprefix("و").removeprefix("ف")[:1] in ("ب", "ل", "ك") else 0


@lru_cache(maxsize=1)
def _agent_heads() -> frozenset[str]:
    """agents.tsv's nouns and the first words of its phrases (لخادم الحرمين الشريفين: خادم opens one)."""
    return frozenset(agents()) | frozenset(k.split()[0] for k in agents() if " " in k)


def plural_adjective(noun: str, adjective: str, *, participles: bool = True) -> bool:
    """يساريون after محتجون: a plural relative adjective in the noun's case, who they are (the actor's phrase takes
    it); with ``participles``, also غاضبون after متظاهرون، ملثمين after مسلحين (فاعلون، مُفعَلون): how they were,
    read past, not into the actor. An imperfect verb (يرددون) is neither."""
    for ending in ("ون", "ين"):
        if noun.endswith(ending) and adjective.endswith(ending):
            stem = adjective[:-2]
            participle = (stem[:1] == "م" and len(stem) >= 4) or (len(stem) == 4 and stem[1] == "ا")
            return stem.endswith("ي") or (participles and participle)
    return False


# broken plurals among the people nouns of agents.tsv (a group, never one person a name could follow)
GROUPS = frozenset(
    {"اطفال", "نساء", "اهالي", "سكان", "شبان", "قتلي", "جرحي", "رهائن", "اجانب", "سياح", "زوار", "انصار", "اتباع",
     "حشود", "اسري", "سجناء", "طلاب", "عمال", "ركاب", "مارة", "حجاج", "مصلين", "قطارات", "سفن", "حافلات"}
)


def one_person(norm: str) -> bool:
    """Does this people noun name one person (رجل، الصحفي، المتهم), not a group (المدنيين، الأطفال)?"""
    w = norm.removeprefix("و").removeprefix("ال")
    return not w.endswith(("ون", "ين", "ات", "ان", "تين")) and w not in GROUPS


def agrees(noun: str, adjective: str) -> bool:
    """Can ``adjective`` qualify ``noun`` by its sound plural ending, or its gender? مسلحون مجهولون does; in اغتال
    مجهولون رجل الدين the singular رجل is the object, not an adjective of the plural subject."""
    for ending in ("ون", "ين"):
        if noun.endswith(ending):
            return adjective.endswith(ending)
    # a masculine nisba (انتحاري) takes no feminine one: in استهدف انتحاري دورية the patrol is struck (ضابطي شرطة،
    # ضابطا شرطة are a dual's construct, its genitive a noun)
    return not (noun.endswith("ي") and adjective.endswith("ية"))


# vehicles and convoys, which stand for whom they belong to or carry (حافلة مملوكة للحرس الثوري، قافلة تضم جنودا)
CARRIERS = frozenset(
    {"طائرة", "طائرات", "مروحية", "مروحيات", "حافلة", "الحافلة", "حافلات", "الحافلات", "قافلة", "القافلة", "قوافل",
     "موكب", "موكبا", "الموكب", "سيارة", "سيارات", "شاحنة", "شاحنات", "الشاحنة", "الشاحنات", "سفينة", "السفينة",
     "مركبة", "مركبات", "اليات", "قارب", "رتل", "رتلا", "الرتل"}
)
# an embassy or consulate, which stands for its state (موكبا لسفارة الولايات المتحدة، أمام السفارة الصينية)
EMBASSIES = frozenset({"السفارة", "سفارة", "القنصلية", "قنصلية", "السفارات"})
# premises an attack strikes, which stand for whom they belong to (قاعدة تابعة للجيش، مقر للصحوة), and places
# of worship for their congregation (مسجدين للشيعة)
PREMISES = frozenset(
    {"قاعدة", "مقر", "مقرا", "موقع", "موقعا", "مركز", "مركزا", "نقطة", "معسكر", "معسكرا", "ثكنة", "مخفر", "مبنى",
     "مبني", "مسجد", "مسجدا", "مسجدين", "كنيسة", "كنيستين", "حسينية", "معبد", "معبدا"}
)
# places and things an attack may strike that are no actor unless their owner is named after them (هاجم مسلحون
# سوقا، قصفت الطائرات الأحياء السكنية، استهدف مسجدا، مناطق في بغداد): where it struck, for the location, not whom
PLACES_STRUCK = TARGET_NOUNS | PREMISES | frozenset(
    norm(w)
    for w in ("سوق", "سوقا", "أسواق", "حي", "حيا", "أحياء", "قرية", "قرى", "قريتي", "قريتين", "بلدة", "بلدات",
              "منطقة", "منطقتين", "مدينة", "مدن", "مساجد", "كنائس", "مدرسة", "مدارس", "مستشفى", "مستشفيات",
              "محطة", "محطتي", "أماكن", "مكان", "شارع", "طريق", "منزلا", "منزلًا", "بيت", "بيتا", "بيوت", "دبابة",
              "مبان", "مباني", "عقبة", "جسر", "جسرا")
)
# what ties a carrier to its owner (تابعة للجيش، مملوكة للحرس) or its passengers (تقل عناصر من الحرس الثوري)
OWNED = frozenset({"تابعة", "التابعة", "تابع", "التابع", "مملوكة", "المملوكة", "مملوك", "المملوك"})
CARRYING = frozenset({"تقل", "يقل", "تنقل", "ينقل", "تضم", "يضم", "تحمل", "يحمل", "تقلان", "تقلهم"})
# people named by whom they follow (أنصار الحريري، مؤيدي الرئيس)
FOLLOWERS = frozenset({"انصار", "مؤيدي", "مؤيدو", "اتباع", "مناصري", "مناصرو", "محازبي"})
# people named by where they live (سكان أحياء وسط الخرطوم، أهالي قرية نعلين)
RESIDENTS = frozenset({"سكان", "اهالي", "السكان", "الاهالي"})
# generic heads of a body's name, before the name a tagger finds (حركة «الحرس الفتي»، جماعة الإخوان المسلمين)
BODY_HEADS = frozenset({"حركة", "جماعة", "حزب", "منظمة", "تنظيم", "جمعية", "اتحاد", "نقابة", "تيار", "ائتلاف"})
# verbs whose complement is من (طلب المتظاهرون من الأمم المتحدة، حذر مسؤولون من داعش): a body after من right
# after their subject is that complement, not the body the subject belongs to
_FROM_VERBS = (
    ("طلب", "يطلب"), ("حذر", "يحذر"), ("تمكن", "يتمكن"), ("منع", "يمنع"), ("انسحب", "ينسحب"), ("فر", "يفر"),
    ("هرب", "يهرب"), ("اقترب", "يقترب"), ("خاف", "يخاف"), ("سخر", "يسخر"), ("استفاد", "يستفيد"), ("تخلص", "يتخلص"),
    ("اشتكى", "يشتكي"), ("تبرأ", "يتبرأ"), ("اعتذر", "يعتذر"), ("عانى", "يعاني"), ("سأل", "يسأل"), ("التمس", "يلتمس"),
    ("تلقى", "يتلقى"), ("تسلم", "يتسلم"), ("استلم", "يستلم"), ("انتقم", "ينتقم"), ("نال", "ينال"), ("استاء", "يستاء"),
)


@lru_cache(maxsize=1)
def from_verbs() -> frozenset[str]:
    return frozenset(form for past, imperfect in _FROM_VERBS for form in verb_forms(past, imperfect))


# time words after which an attack dates another act (انسحبوا بعد هجوم، قصفت ... بعد إطلاق نيران): not its author's
SINCE = frozenset({"بعد", "عقب", "اثر", "غداة"})
# kin groups a crowd is drawn from (متظاهرون من العشائر)
KIN_GROUPS = frozenset({"العشائر", "القبائل", "عشائر", "قبائل", "عشيرة", "قبيلة"})
# one soldier or policeman, whose name may follow (الجندي محمد علي), unlike the force itself (الجيش)
SOLDIERS = frozenset({"جندي", "الجندي", "ضابط", "الضابط", "شرطي", "الشرطي", "مجند", "المجند", "الحارس", "حارس"})
# indefinite adjectives of a force or a vehicle that a nisba may follow (دورية عسكرية ألمانية، قافلة أمنية عراقية)
FORCE_ADJECTIVES = frozenset({"عسكرية", "عسكري", "عسكريا", "عسكريين", "امنية", "امني", "امنيا", "مسلحة"})
# honorifics between a description and a name (رجل الدين الشيعي حجة الإسلام هشام سيموري)
HONORIFIC_TITLES = frozenset(
    {"حجة", "الاسلام", "اية", "الله", "الشيخ", "السيد", "الدكتور", "المهندس", "الحاج", "العلامة", "الامام", "المرجع",
     "الراحل", "الراحلة"}
)
# singular people nouns a number above ten counts (500 طالب، 1000 لاجئ من التبت، مئتي راهب): an actor only after a
# count, since alone طالب is also "he demanded"
COUNTED_PEOPLE = frozenset(
    norm(w)
    for w in ("طالب", "طالبا", "لاجئ", "لاجئا", "عامل", "عاملا", "ناشط", "ناشطا", "مهاجر", "مهاجرا", "راهب", "راهبا",
              "معلم", "معلما", "موظف", "موظفا", "طبيب", "طبيبا", "مدرس", "مدرسا", "صحفي", "صحفيا", "صحافي", "صحافيا",
              "سجين", "سجينا", "مزارع", "مزارعا", "تاجر", "تاجرا")
)


# offices written in the construct state before whose they are and then the holder's name (رئيس وزراء تركيا رجب
# طيب أردوغان، قائد كتائب القسام أحمد الجعبري، زعيم حزب الله حسن نصر الله)
PERSON_TITLES = frozenset(
    norm(w)
    for w in ("رئيس", "رئيسة", "نائب", "وزير", "وزيرة", "ملك", "أمير", "زعيم", "قائد", "حاكم", "محافظ", "مدير",
              "مستشار", "أمين", "سفير", "مبعوث", "ممثل", "مرشد", "مفتي", "متحدث", "ناطق", "وكيل", "مساعد", "عميد",
              "مندوب", "منسق", "سكرتير", "قاضي")
)


def titled_name(words: list[Tok], j: int, last: int, at_word: dict[int, Any], stops: set[int]) -> int | None:
    """The first word of the name an office at j belongs to, past that office's genitive (وزراء تركيا، كتائب
    القسام، حزب العمال الكردستاني): a person's name (in ``at_word``) within five words, with no punctuation, separate
    preposition, conjunction or verb (``stops``) between, the words between being the genitive, named (``at_word``)
    or not. None when the office has the article or no name follows (رئيس الوزراء قال: the office alone)."""
    if words[j].norm.removeprefix("و").startswith("ال") or not any(
        f in PERSON_TITLES for f in candidates(words[j].surface)
    ):
        return None
    for k in range(j + 1, min(last, j + 5) + 1):
        w = words[k]
        if w.punct_before.strip() or w.norm in SEPARATE_PREPS | SKIPPABLE | TEMPORAL or joined(w) or k in stops:
            return None
        e = at_word.get(k)
        if e is not None and e.label == "PER" and e.start == w.start:
            if w.norm.removeprefix("ال") in PERSON_TITLES:
                return None  # وزيرة الخارجية ... رئيس الوزراء العراقي: another office, someone else
            before = k - 1
            while before > j + 1 and words[before].norm in HONORIFIC_TITLES:
                before -= 1
            head = words[before].norm  # (an institution's head takes the name as its genitive, so no article)
            if before == j or (before not in at_word and head in institution_heads() and head[:2] != "ال"):
                return None  # رئيس أحمد; مدير جامعة الإمام محمد بن سعود: a name inside an institution's
            return k
        if e is None and not w.norm.startswith("ال") and w.norm.endswith("ي"):
            return None  # ممثل هزلي بريطاني: an indefinite adjective, so no construct
    return None


# countries whose names are masculine: a verb in the feminine is never theirs (طالبت العراق: she asked Iraq)
MASCULINE_COUNTRIES = frozenset({"العراق", "الاردن", "لبنان", "السودان", "اليمن", "المغرب", "البحرين"})


def office_after_feminine(verb: Tok, lemma: str, office: Tok) -> bool:
    """التقت «الجزيرة» رئيس الوحدة، وطالبت العراق بالانسحاب: a past verb with the feminine ت (its lemma, the
    masculine past, plus ت) cannot have a man's office or a masculine country after it for subject; that word
    is its object."""
    lem = norm(lemma)
    past = (lem[:-1] if lem[-1:] in ("ي", "ا") else lem) + "ت"  # أعلنت، التقت
    feminine = verb.norm in (past, "و" + past, "ف" + past)
    title = office.norm.removeprefix("و")
    return feminine and ((title in PERSON_TITLES and not title.endswith("ة")) or title in MASCULINE_COUNTRIES)


@lru_cache(maxsize=1)
def institution_heads() -> frozenset[str]:
    """Nouns that head a named institution or place (جامعة، مسجد، شارع), from the NER's head lists."""
    return frozenset(norm(w) for f in ("ner_org_heads.txt", "ner_loc_heads.txt") for w in lexicon_words(f))


def pronoun_object(word_norm: str, *, adverbs: bool = False) -> bool:
    """Is the word a preposition with an attached pronoun (إليه، له، بها، معهم)? With ``adverbs``, an adverb of
    place or time with one too (لديه، خلالها، بينهم)."""
    w = word_norm[1:] if word_norm.startswith("و") else word_norm
    heads = ("الي", "علي", "من", "عن", "مع", "في", "ل", "ب") + (_ADVERBS_TAKING if adverbs else ())
    return any(w.startswith(p) and w[len(p) :] in PRONOUN_SUFFIXES for p in heads)


_ADVERBS_TAKING = ("لدي", "عند", "خلال", "بين", "حول", "ضد")


# -- the actor phrase reader's word lists (rasd.events.args) --------------------------------------------------
HONORIFICS = frozenset({"السمو", "الجلالة", "المعالي", "الفخامة", "السعادة", "فخامة", "معالي", "سمو", "جلالة", "سعادة"})
# one-word titles: الرئيس, الوزير, السفير, the king and princes, and the counterpart of diplomatic news (نظيره
# الأمريكي جون كيري)
ONE_WORD_TITLES = frozenset(
    {"الرئيس", "للرئيس", "والرئيس", "وللرئيس", "بالرئيس", "فالرئيس", "نظيره", "نظيرها", "نظيرهم", "ونظيره",
     "بنظيره", "لنظيره", "ونظيرها", "بنظيرها", "لنظيرها", "نظرائه", "نظرائها", "نظرائهم", "الوزير", "والوزير",
     "وزير", "السفير", "سفير", "المبعوث", "مبعوث", "الملك", "والملك", "للملك", "بالملك", "الامير", "والامير",
     "للامير", "بالامير", "العاهل"}
)
# units taken from a body, which act for it (قوة من الشرطة العراقية، دورية من الجيش)
STANCE_STEMS = ("مناهض", "مناوئ", "مناوي", "مؤيد", "موءيد", "معارض", "موال", "مناصر", "مساند", "داعم")
FIRE_HEADS = frozenset({"رصاص", "نيران", "قذائف", "صواريخ", "طلقات", "غارات", "مدفعية"})  # heads of "X's fire"
UNITS = frozenset(
    {"قوة", "وحدة", "فرقة", "مجموعة", "دورية", "مفرزة", "كتيبة", "سرية", "وفد", "وفدا", "حشد", "حشود", "جموع"}
)
# words for the members of a body, heading an actor phrase with the body's sector (رجال الشرطة، أفراد الجيش)
MEMBERS_OF = frozenset({"رجال", "افراد", "عناصر", "منتسبي", "منتسبو", "اعضاء", "ضباط", "جنود"})
MEMBER_NOUNS = frozenset(
    {"اعضاء", "عضو", "دول", "قادة", "وزراء", "ممثلو", "ممثلي", "وفد", "قوات", "عناصر", "قيادي", "القيادي", "قياديا",
     "قياديين", "قياديون", "قيادات", "مقاتلو", "مقاتلي", "ناشط", "ناشطا", "ناشطين", "ناشطون", "الناشط", "زعماء", "زعيم"}
)
FUNCTION_WORDS = frozenset(
    {"الذي", "التي", "الذين", "هذا", "هذه", "ذلك", "تلك", "ان", "انه", "انها", "كما", "قد", "لقد", "ما", "لا",
     "لم", "لن", "او", "ثم", "كل", "كان", "كانت", "هو", "هي", "هم", "بما", "ضمن", "الا", "غير", "بعض", "جميع",
     "عدد", "اي", "وهو", "وهي", "بينما", "عندما", "حين", "حيث", "بعدما", "فيما",
     "الجميع"}
)
