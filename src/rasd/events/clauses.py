"""Clause shapes that decide who acts: a relative clause (العلمانيين الذين تظاهروا), whose antecedent is its
verb's subject unless the verb has a subject or a pronoun object of its own; a named actor that opens the
sentence right before its verb (إسرائيل تغتال 5 من جيش الإسلام), the headline's subject; the verbs of the main
clause, outside a reported أن-clause; the time phrases and honorifics between a verb and its subject; and a verbal
noun's genitive that is its subject because an object follows it (اتهام الرئيس نائبه، اعتقال الشرطة عدداً منهم);
bylines; and whether a position lies inside someone's quoted words."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from rasd.document import Span
from rasd.events.args import FUNCTION_WORDS, HONORIFICS, SKIPPABLE, TEMPORAL, counted, nisba_country
from rasd.events.detect import TIME_WORDS
from rasd.events.words import (
    PRONOUN_SUFFIXES,
    RELATIVES,
    TARGET_NOUNS,
    agent_sector,
    institution_heads,
    joined,
    one_person,
)
from rasd.text.clitics import analyze, candidates

_PARTICLES = frozenset({"في", "من", "الي", "علي", "عن", "مع", "هو", "هي", "هم", "كان", "كانت", "لم", "لا", "قد", "تم"})

if TYPE_CHECKING:
    from rasd.events.args import Actor, Sentence
    from rasd.kb.match import Tok



def governed(words: list[Tok], sent: Sentence, a: Actor, t: int) -> bool:
    """Is the actor before the verb at t the object of a preposition, with a comma or a semicolon between (على
    مرأى من الشرطة، تجمع ...؛ إلى أحد المستشفيات؛ ليقوم)? It is then no subject of the verb. Without the mark it
    may be: an indefinite noun and its verb make an unmarked relative clause (العثور على شرطيين قتلا)."""
    after_prep = sent.prep_of(a.first)[0] is not None or (a.first > sent.first and sent.prep_of(a.first - 1)[1])
    return after_prep and any(w.punct_before.strip() for w in words[a.last + 1 : t + 1])


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


def opening_subject(
    words: list[Tok], t: int, sent: Sentence, ending_at: Callable[[int, Sentence], Actor | None]
) -> Actor | None:
    """The named actor that opens the sentence and ends right before the verb at t, which carries no و: in
    إسرائيل تغتال 5 من جيش الإسلام the subject comes first (as headlines and nominal sentences put it), and the
    count after the verb is its object."""
    if t - 1 < sent.first or analyze(words[t].surface).prefix:
        return None
    opener = ending_at(t - 1, sent)
    return opener if opener is not None and opener.first == sent.first and opener.entity is not None else None


def main_verbs(words: list[Tok], verbs: list[int], sent: Sentence) -> set[int]:
    """The sentence's verbs (of ``verbs``) in the main clause: not inside a reported أن-clause (أكد X أن بغداد
    تدعم ...، وطالب ...); a verb with و after a comma resumes the main clause."""
    from rasd.quotes.cues import THAT

    main: set[int] = set()
    last_main: int | None = None
    for v in [x for x in verbs if sent.first <= x <= sent.last]:
        w = words[v]
        between = [words[k].norm for k in range(last_main + 1, v)] if last_main is not None else []
        resumes = w.norm.startswith(("و", "ف")) and w.punct_before.strip(" ") in ("،", ",")
        if last_main is None or resumes or not any(b in THAT for b in between):
            main.add(v)
            last_main = v
    return main


# أن / إن written bare (no pronoun on it): the clause it opens names its own subject right after it
_BARE_THAT = frozenset({"ان", "بان", "لان", "وان", "فان"})


def own_subject_between(words: list[Tok], t: int, sent: Sentence, verbs: list[int]) -> bool:
    """Is the verb at t inside a reported clause opened by a bare أن / إن, with words between the two (قالت
    المصادر إن بعض قادة الفرق العسكرية رفضوا)? Those words are the clause's subject, whether or not they name an
    actor: the reporting verb's subject (المصادر) is not the verb's. With a pronoun on أن (أعلن الجيش أنه قتل)
    the speaker does speak of itself, and the clause is not this one; past a quote closed by a comma the verb
    is the main clause's again (a name in quotes, «المسلم»، is no such end)."""
    for c in range(t - 1, sent.first, -1):
        mark = words[c + 1].punct_before
        if c in verbs or ":" in mark or (any(q in mark for q in '»"”') and any(q in mark for q in "،,")):
            return False  # a quote ended by a comma between: the verb resumes the main clause (»، كما أعرب)
        if words[c].norm in _BARE_THAT:
            return c < t - 1
    return False


def past_time(words: list[Tok], j: int, sent: Sentence) -> int:
    """The first word after the time phrases (قتل أول من أمس أربعة جنود، أصيب فجر أمس ثلاثة: a time of day only
    with the day after it) and honorifics (صاحب السمو الملكي، فخامة) between a verb and its subject."""
    while j <= sent.last:
        w = words[j].norm
        nxt = words[j + 1].norm if j + 1 <= sent.last else ""
        if w in SKIPPABLE or w in HONORIFICS:
            j += 1
        elif w == "صاحب" and nxt in HONORIFICS:  # عقد صاحب السمو الملكي الأمير ...: the title follows
            j += 2 + (j + 2 <= sent.last and words[j + 2].norm == "الملكي")
        elif w == "اول" and nxt == "من" and j + 2 <= sent.last and words[j + 2].norm == "امس":
            j += 3
        elif w in TIME_WORDS and (nxt in SKIPPABLE or nxt in TEMPORAL):
            j += 2
        else:
            break
    return j


def object_after_genitive(words: list[Tok], genitive: Actor, sent: Sentence) -> Actor | None:
    """A verbal noun's genitive is its subject when a second actor follows it in the same phrase, its object
    (اتهام رئيس البلاد سالفا كير نائبه رياك مشار، انتقاد الشيباني الحكومة العراقية). Not a bare office before
    the name it heads (زيارة وزير الخارجية محمد جواد ظريف), nor the same actor twice."""
    after = genitive.last + 1
    if after > sent.last or words[after].punct_before.strip() or sent.prep_of(after)[0] is not None:
        return None
    obj = sent.actor_at(after)
    if obj is None or obj.first != after or obj.key == genitive.key or obj.start < words[after].start:
        return None
    if genitive.entity is None and obj.entity is not None and obj.entity.label == "PER":
        return None
    head = words[after].norm
    if nisba_country(words[after]) or (head.startswith("ال") and head.endswith(("ية", "ي"))):
        return None  # الميليشيات الحوثية: the genitive's adjective
    if obj.entity is None and genitive.entity is not None:
        return None  # الأمير محمد بن نايف ولي العهد: his office after him
    return obj


def title_part(e: Span, sent: Sentence) -> bool:
    """Is this organization part of a person's title (رئيس جهاز الاستخبارات العامة، حسين السلامة)?"""
    if e.label != "ORG":
        return False
    nxt = [x for x in sent.entities if x.start > e.end and x.label == "PER"]
    return bool(nxt) and nxt[0].start - e.end <= 3


def byline(words: list[Tok], first: int, last: int, t: int, sent: Sentence) -> bool:
    """Is the phrase [first, last] a byline or a dateline, at the head of the sentence and before a colon
    within its first words (خالد السليمي- سبق- حائل: ناشدت معلمة ...)? Then it is no subject of the verb at t."""
    return first <= sent.first + 1 and any(
        ":" in words[k].punct_before for k in range(last + 1, min(t, sent.first + 6) + 1)
    )


def agent_before_object(words: list[Tok], n: int, sent: Sentence) -> Actor | None:
    """A generic actor right after a verbal noun (word n on) with an indefinite accusative after it: the noun's
    subject, the accusative its object (اعتقال الشرطة عدداً من المعلمين، استهداف الجيش مواقع). Not a time or an
    adverb after it (اختطاف الصحفي يوما): the accusative is a count or an actor."""
    a = sent.actor_at(n) if n <= sent.last and sent.prep_of(n)[0] is None else None
    if a is None or a.first != n or a.entity is not None or a.last + 1 > sent.last:
        return None
    nxt = words[a.last + 1]
    if nxt.punct_before.strip() or nxt.norm in SKIPPABLE | TEMPORAL | TIME_WORDS:
        return None
    accusative = nxt.surface.endswith(("اً", "ًا")) or (nxt.norm.endswith("ا") and not nxt.norm.startswith("ال"))
    obj = sent.actor_at(a.last + 1)  # a count or an accusative actor phrase: عدداً من المعلمين، ثلاثة صحفيين
    return a if counted(nxt.norm) or (accusative and obj is not None and obj.first == a.last + 1) else None


def in_direct_quote(quotes: list[Span], pos: int) -> bool:
    """Is the character at ``pos`` inside someone's quoted words (a direct quote's content)?"""
    spans = [q.get("content") for q in quotes if q.get("kind") == "direct"]
    return any(isinstance(c, Span) and c.start <= pos < c.end for c in spans)


def before_relative(words: list[Tok], t: int, sent: Sentence, verbs: list[int]) -> int | None:
    """The word before a relative clause that ends right before the verb at t, the clause's antecedent being the
    verb's subject (قوات الأمن التي انتشرت بأعداد كبيرة فرقت المظاهرة: the forces disperse); None when no such
    clause (its own verb right after الذي / التي, no other verb, complementizer or punctuation before t)."""
    from rasd.quotes.cues import THAT

    if words[t].punct_before.strip() or words[t].norm in ("بشكل", "بصورة", "بطريقة"):
        return None  # ...بشكل كامل، مشددا: a new clause after the comma; بشكل "in a manner" is no verb
    for r in range(t - 2, max(sent.first, t - 9), -1):
        if words[r + 1].punct_before.strip() or words[r + 1].norm in THAT:
            return None
        if words[r].norm in RELATIVES:
            head = words[r + 1].norm  # the clause's verb: a listed one, or a word no article or particle opens
            verb = r + 1 in verbs or not (head.startswith("ال") or head in FUNCTION_WORDS or head in _PARTICLES)
            own = verb and not any(k in verbs for k in range(r + 2, t))
            return r - 1 if own and r - 1 >= sent.first and not words[r].punct_before.strip() else None
    return None


def nested(e: Span, sent: Sentence) -> bool:
    """Is entity e inside another of the sentence (the داعش of التحالف الدولي ضد تنظيم داعش)?"""
    return any(o is not e and o.start <= e.start and e.end <= o.end for o in sent.entities)


def passive_release(words: list[Tok], t: int, end: int, sent: Sentence, verbs: list[int]) -> bool:
    """وأفرج عن المعتقلين، وأطلق سراح المرأتين: a release verb opening its sentence, in the masculine past with
    nothing between it and عن / سراح, is read as the passive (أُفرج، أُطلق): someone was freed, by no one the
    sentence names. With a subject between (أفرجت السلطات عن), a feminine verb (الشرطة ... وأطلقت سراح) or an
    earlier verb whose subject it shares (اعتقل الجيش عشرة ثم أفرج عن ثلاثة) it is active."""
    verb = words[t].norm.removeprefix("و").removeprefix("ف")
    if verb.endswith(("ت", "وا", "ا")) or verb.startswith(("ي", "ت")) or any(sent.first <= v < t for v in verbs):
        return False
    nxt = end + 1 if end > t else t + 1  # the phrase أطلق سراح ends in its object's slot; أفرج takes عن
    return (end > t or (nxt <= sent.last and words[nxt].norm == "عن")) and not words[t + 1].punct_before.strip()


def described_noun(words: list[Tok], t: int, sent: Sentence, verbs: set[int] | list[int]) -> int | None:
    """The indefinite actor noun right before the verb at t that the verb describes, an unmarked relative clause
    whose subject it is: وجه القضاء تهمة إلى رجل هاجم السفير (the man attacked; the ambassador is the object), in a
    prepositional phrase or not. Not across a conjunction or a mark, not when the verb carries an object pronoun
    (شرطي هاجمه مسلحون: whom they attacked), and only when noun and verb agree in number."""
    if t - 1 < sent.first or t - 1 in verbs or words[t].punct_before.strip():
        return None
    noun, verb = words[t - 1], analyze(words[t].surface)
    if verb.prefix[:1] in ("و", "ف") or verb.suffix in PRONOUN_SUFFIXES:
        return None
    if noun.norm.startswith(("ال", "وال", "بال", "لل", "كال")) or agent_sector(noun) is None:
        return None
    plural_noun = noun.norm.endswith(("ين", "ون"))
    if words[t].norm.endswith(("وا", "ون")) != plural_noun:
        return None
    feminine = verb.stem.endswith("ت")  # هاجمت (a present تهاجم is not told from the fifth form تعهد)
    # number and gender: هجوم انتحاري اتهمت السلطات ... (the authorities accused; انتحاري describes the attack)
    return t - 1 if plural_noun or feminine == noun.norm.endswith(("ة", "ات")) else None


# ل-phrases after a verbal noun's genitive that say how long, why or for whom, not what the act is done to
_NOT_OBJECT = frozenset(
    {"لمدة", "لساعات", "لايام", "لاسابيع", "لاشهر", "لسنوات", "لفترة", "لعدة", "لاسباب", "لسبب", "لاكثر", "للمرة",
     "لاول", "لصالح", "للاشتباه", "لليوم", "لليلة"}
)


_DEMONSTRATIVES = frozenset({"تلك", "هذه", "هذا", "ذلك", "هؤلاء", "هاتين", "هذين"})


def _lam(words: list[Tok], j: int, sent: Sentence) -> bool:
    """Is ل written onto word j? Also where the clitic reader leaves it on before an actor, a count or what an
    attack aims at (لركاب القطار، لعدد، لمواقع); not a verb that begins with the letter (لبّاها)."""
    if sent.prep_of(j) == ("ل", False):
        return True
    if j in sent.at_word:  # لأوروبا: a name the clitic reader leaves whole, its ل before the mention
        e = sent.at_word[j]
        return e.start > words[j].start and sent.governing_prep(e) == "ل"
    if words[j].norm[:1] != "ل":
        return False
    rest = candidates(words[j].surface)[-1]
    named = rest in TARGET_NOUNS or rest in _DEMONSTRATIVES or sent.actor_at(j) is not None  # لتلك الانتخابات
    return rest != words[j].norm and (rest == "عدد" or named)


def doer_before_object_with_lam(words: list[Tok], t: int, sent: Sentence) -> tuple[list[Actor], list[Actor]] | None:
    """(agents, object) of a verbal noun at t whose genitive actor is followed by the object after ل: قصف الحوثيين
    وقوات صالح لوحدة الاتصالات، اعتقال الشرطة لعدد من المعلمين. The construct then puts the doer first (without
    the ل, اغتيال النائب names whom it struck). The object is [] when no actor is named there."""
    k = t + 1
    if k > sent.last or words[k].punct_before.strip() or sent.prep_of(k)[0] is not None or _lam(words, k, sent):
        return None  # شكره للدول الأعضاء لحرصهم: no genitive, the ل-phrase is the object itself
    first = sent.actor_at(k)
    if first is None or first.first != k:
        return None
    agents = sent.coordinated(first)
    nxt = agents[-1].last + 1
    if nxt > sent.last or words[nxt].punct_before.strip() or words[nxt].norm in _NOT_OBJECT:
        return None
    skipped = not _lam(words, nxt, sent)
    if skipped and ((found := _past_setting(words, nxt, sent)) is None or words[found].norm in _NOT_OBJECT):
        return None
    nxt = found if skipped else nxt
    obj = sent.actor_at(nxt)
    if obj is None and candidates(words[nxt].surface)[-1] in TARGET_NOUNS and nxt + 1 <= sent.last:
        obj = sent.actor_at(nxt + 1)  # لمواقع حماس: whose positions
        return agents, [obj] if obj is not None and obj.first == nxt + 1 else []
    if obj is None and nxt + 2 <= sent.last and words[nxt + 1].norm == "من":
        obj = sent.actor_at(nxt + 2)  # لعدد من المعلمين: whom the count is of
        return agents, [obj] if obj is not None and obj.first == nxt + 2 else []
    if skipped and (obj is None or obj.first != nxt):
        return None  # past the place and time only to a named object (not في المدينة لمدة يومين)
    return agents, ([obj] if obj is not None and obj.first == nxt else [])


def _past_setting(words: list[Tok], k: int, sent: Sentence) -> int | None:
    """استقبال الملك في قصر السلام بجدة أمس لوزير الدفاع الأمريكي: where and when may stand between the doer and
    the object after ل. The ل-word past one place after في (its noun, then its genitive or a place with ب) and
    time words, within six words; None when something else stands there."""
    j, placed = k, False
    while j <= min(sent.last, k + 6):
        w = words[j].norm
        if words[j].punct_before.strip():
            return None
        if _lam(words, j, sent):
            return j
        if w in TEMPORAL or w in SKIPPABLE or (placed and (w.startswith("ال") or w[:1] == "ب")):
            j += 1
        elif w == "في" and not placed and j + 1 <= sent.last and _place_word(words, j + 1, sent):
            j, placed = j + 2, True  # في قصر: the preposition and the place's noun (not في تأمين: an act)
        else:
            return None
    return None


# buildings and halls where a reception or a meeting is held, beside the heads of named places (institution_heads)
_VENUES = frozenset({"قصر", "مقر", "مبني", "قاعة", "فندق", "قاعدة", "ديوان", "مكتبه", "مكتبها", "مقره", "مقرها"})


def _place_word(words: list[Tok], j: int, sent: Sentence) -> bool:
    """Is word j a place: a named place or the head of one (قصر السلام، مدينة جدة، الرياض)?"""
    e = sent.at_word.get(j)
    if e is not None and e.label == "LOC":
        return True
    w = words[j].norm.removeprefix("ال")
    return w in _VENUES or w in institution_heads() or words[j].norm in institution_heads()


def purpose_agent(words: list[Tok], t: int, sent: Sentence, *, manner: bool = False) -> list[Actor]:
    """The one who acts in a verbal noun of purpose with ل at t (استخدمت قوات الأمن الرصاص المطاطي لتفريق المحتجين:
    the security forces disperse), or, with ``manner``, of manner with ب (أعادت المقاومة الشعبية بالتنسيق مع قوات
    التحالف افتتاح المطار: the resistance coordinates): the subject right after the verb that opens the sentence,
    before t. [] when the sentence opens with a preposition, a name or a noun with the article instead."""
    first = sent.first
    for j in range(sent.first + 1, min(t, sent.first + 10)):
        if ":" in words[j].punct_before:
            first = j  # بلعين (الضفة الغربية) ـ ا.ف.ب: استخدم الجيش: past the dateline
    place = sent.at_word.get(first + 1) if sent.prep_of(first)[0] == "في" else None
    if place is not None and place.label in ("LOC", "GPE") and sent.entity_words(place)[0] == first + 1:
        first = sent.entity_words(place)[1] + 1  # وفي دمشق استخدمت الشرطة: past where
        if first >= t or words[first].punct_before.strip(" ،,"):
            return []
    w = words[first]
    if first + 1 >= t or first in sent.at_word or w.norm.startswith(("ال", "وال")) or sent.prep_of(first)[0]:
        return []
    glued = ("ب", "بال", "وب", "وبال") if manner else ("ل", "ول", "فل")
    lam = analyze(words[t].surface).prefix in glued  # not the article of ألقي read as ال
    if not lam and not (words[t].norm[:1] == glued[0] and len(candidates(words[t].surface)) > 1):
        return []  # لتفريق، بتنسيق: the clitic reader may leave the preposition on
    a = sent.actor_at(first + 1)
    if a is None or a.first != first + 1 or a.last >= t or sent.prep_of(first + 1)[0] is not None:
        return []
    return [] if manner and t - a.last > 8 else [a]  # a manner qualifies its verb's clause, close by


def suffix_referent(words: list[Tok], t: int, sent: Sentence) -> list[Actor]:
    """Whom the pronoun on a verbal noun at t names (تم خطفهما، لدى خطفهم، بعد يومين من خطفه: who was taken): the
    nearest actors before it of the pronoun's number (ه / ها one person, هما two joined by و, هم a group), never a
    speaker (قال مصدر) nor a phrase after a preposition. [] when none fits."""
    from rasd.quotes.stage import cue_of

    suffix = analyze(words[t].surface).suffix
    if suffix not in ("ه", "ها", "هما", "هم"):
        return []
    found: list[Actor] = []
    k = sent.first
    while k < t:
        a = sent.actor_at(k)
        if a is None or a.first != k or a.last >= t:
            k += 1
            continue
        if not (k > sent.first and cue_of(words[k - 1]) is not None) and sent.prep_of(k)[0] is None:
            found.append(a)
        k = a.last + 1
    if not found:
        return []
    last = found[-1]
    person = last.entity.label == "PER" if last.entity is not None else one_person(words[last.first].norm)
    if suffix == "هما":
        pair = len(found) > 1 and joined(words[last.first]) and found[-2].last == last.first - 1
        return found[-2:] if pair else []
    return [last] if person == (suffix != "هم") and (last.entity is None or last.entity.label == "PER") else []


KANA = frozenset({"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"})
THAT = frozenset({"ان", "بان", "وان", "لان"})  # إنّ / أنّ / بأن (normalized): a noun after them is the subject


def subject_after_kana(
    words: list[Tok], t: int, sent: Sentence, verbs: list[int], ending_at: Callable[[int, Sentence], Actor | None]
) -> list[Actor]:
    """The actors right after a كان opening the verb at t's clause (no verb or punctuation between), as its
    subject: where a من-phrase follows them (وكان الأهالي وأنصارهم من اليهود والأجانب ينظمون: all of them, not
    الأجانب alone) or where no actor ends right before the verb (وكان أنصار بهانغا قاموا). [] otherwise."""
    kana = next((i for i in range(t - 1, max(sent.first, t - 10) - 1, -1) if words[i].norm in KANA), None)
    if kana is None or kana + 1 >= t or any(kana < v < t for v in verbs):
        return []
    if any(words[i].punct_before.strip() for i in range(kana + 1, t + 1)):
        return []
    b = sent.actor_at(kana + 1)
    both = sent.coordinated(b) if b is not None and b.first == kana + 1 and b.last < t else []
    before = t - 2 if words[t - 1].norm in ("قد", "وقد") else t - 1  # (كان X قد قتلت)
    whence = bool(both) and both[-1].last + 1 < t and sent.prep_of(both[-1].last + 1) == ("من", True)
    return both if both and (whence or ending_at(before, sent) is None) else []


def adjective_of_noun(words: list[Tok], j: int, found: tuple[int, int, list[Any]], head: Any) -> list[Any] | None:
    """هجوم بغداد الانتحاري: a definite trigger word (الانتحاري, a bomber when it stands alone) right after the
    genitive of a trigger noun of its type written without ال (``head``, the trigger before it: first word, last
    word, entries) is that noun's adjective, carried past its genitive: not a second event, nor its actor. Returns
    the noun's entries, given the adjective's mode, or None when ``found`` is no such adjective."""
    typ, mode = found[2][0].type, found[2][0].mode
    if head is None or head[1] != j - 2 or words[j - 2].norm.removeprefix("و").startswith(("ال", "لل", "بال")):
        return None
    if not any(e.type == typ and e.pos != "verb" for e in head[2]) or found[0] != found[1]:
        return None
    if not words[j].norm.startswith("ال") or (words[j].punct_before + words[j - 1].punct_before).strip():
        return None
    return [replace(e, mode=e.mode or mode) if e.type == typ else e for e in head[2]]
