"""The Arabic trigger lexicon: ``data/events/triggers.tsv`` loaded into a form index.

Verbs are written once (past and imperfect third person masculine singular) and their common inflections
are generated here (رحب -> رحبت، رحبوا، يرحب، ترحب، يرحبون …); nouns and verbal nouns are listed with their
plurals; multi-word expressions (وقف إطلاق النار، فرض عقوبات) are matched word by word. Clitics are handled
by trying each token's clitic readings (وأعرب، بانضمام، لاستضافتها), so the lexicon lists bare forms only.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from rasd.data import lexicon_words
from rasd.data import path as data_path
from rasd.errors import ModelError
from rasd.text.normalize import DIACRITICS, norm

TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: what a matched word (or phrase) means."""

    type: str
    mode: str | None
    cameo: str
    pos: str  # verb, noun, phrase
    lemma: str
    targets: tuple[str, ...]  # prepositions or "obj"
    flags: frozenset[str]

    @property
    def dyadic(self) -> bool:
        return "dyadic" in self.flags


@dataclass(frozen=True)
class Lexicon:
    words: dict[str, tuple[Trigger, ...]]  # normalized single-word form -> entries
    phrases: dict[str, tuple[tuple[tuple[str, ...], Trigger], ...]]  # first word -> (words, entry)
    entries: tuple[Trigger, ...]
    exclusions: frozenset[tuple[str, str]] = frozenset()  # (trigger form, next word) that is no event

    def excluded(self, form: str, next_word: str, surface: str = "") -> bool:
        """مؤتمر صحفي is a press conference, not a meeting; صادر عن is 'issued by', not 'confiscated'. A next
        word of ل+ excludes it before ل with a pronoun (يدعو له، دعت لهم: a prayer); one of ن+ before a word with
        ن, a verb in the first person plural (دعونا نعمل: let us work). A next
        word of * excludes the form before any word: توقف (it stopped) is not تُوقف (she arrests), أصل (origin)
        is not أَصِل (I arrive). Unless the word keeps a hamza that its trigger's own lemma has: هنا (here) is
        excluded, وهنأ (he congratulated) is not; or the trigger's own preposition follows: تغير (it changes) is
        excluded, تغير على (she raids) is not."""
        if (form, next_word) in self.exclusions:
            return True
        if (form, "ل+") in self.exclusions and next_word in _LAM_PRONOUNS:
            return True  # تدعو له: prays for him, no call on anyone
        if next_word[:1] == "ن" and len(next_word) >= 3 and next_word != "نحو":
            whole = norm(surface).removeprefix("و") if surface else form  # دعونا as written, read دعوا + نا too
            if (whole, "ن+") in self.exclusions:
                return True  # دعونا نعمل: "let us work", before a verb in the first person plural, no call
        if (form, "*") not in self.exclusions or any(next_word in t.targets for t in self.words.get(form, ())):
            return False
        hamza_lemma = any(c in _HAMZA for t in self.words.get(form, ()) for c in t.lemma)
        return not (hamza_lemma and any(c in _HAMZA for c in surface))

    def first_person(self, form: str, lemma: str) -> bool:
        """Is ``form`` (no conjunction) the first person of the verb ``lemma`` (نطالب، أدعو، ندين)? Its subject is the
        one speaking, never a noun after it. Not the past itself (اتهم، أدان), whose first letter is the root's."""
        if form[:1] not in ("ن", "ا") or len(form) < 4 or form == norm(lemma) or form.endswith(("وا", "ون")):
            return False  # اقتحموا، يقتحمون: third person plurals
        if form[:1] == "ا" and norm(lemma)[:1] == "ا":
            return False  # أصيب، أدين: of أصاب، أدان the passive past, far more often than "I hit", "I condemn"
        return any(t.lemma == lemma and t.pos == "verb" for t in self.words.get("ي" + form[1:], ()))

    def sizes(self) -> dict[str, dict[str, int]]:
        """Entries and matchable forms per type (the figures the closing note reports)."""
        out: dict[str, dict[str, int]] = {t: {"entries": 0, "forms": 0} for t in TYPES}
        for e in self.entries:
            out[e.type]["entries"] += 1
        for triggers in self.words.values():
            for t in {x.type for x in triggers}:
                out[t]["forms"] += 1
        for items in self.phrases.values():
            for _, trig in items:
                out[trig.type]["forms"] += 1
        return out


def verb_forms(past: str, imperfect: str) -> set[str]:
    """Common inflections of a verb, normalized: third person past, imperfect, dual and plural."""
    p, i = norm(past), norm(imperfect)
    forms = {p}
    if p.endswith(("ي", "ا")):  # التقى، دعا: weak final letter
        base = p[:-1]
        forms |= {base + "ت", base + "وا", base + "يا", base + "تا", base + "و"}
    else:
        forms |= {p + "ت", p + "وا", p + "ا", p + "تا", p + "ن", p + "و", p + "تم", p + "نا"}
    stem = i[1:] if i[:1] in "يتنا" else i
    for pre in ("ي", "ت", "ن", "ا"):
        forms.add(pre + stem)
    if stem.endswith("و"):
        forms |= {"ي" + stem + "ن", "ت" + stem + "ن", "ي" + stem + "ا"}
    elif stem.endswith("ي"):
        forms |= {"ي" + stem[:-1] + "ون", "ت" + stem[:-1] + "ون", "ي" + stem[:-1] + "وا", "ي" + stem + "ان"}
    else:
        forms |= {
            "ي" + stem + "ون",
            "ت" + stem + "ون",
            "ي" + stem + "وا",
            "ت" + stem + "وا",
            "ي" + stem + "ان",
            "ت" + stem + "ان",
        }
    return forms


_DAMMA = "\u064f"


def after_article(word: str, form: str) -> bool:
    """الطالب، للطالب: the form was reached by taking off the article, so the word is a noun (the student), never
    the verb the bare form spells (طالب, he demanded). التقى keeps its own ال: nothing was taken off."""
    i = word.find(form)
    return i > 0 and word[:i].endswith(("ال", "لل"))


def after_preposition(word: str, form: str) -> bool:
    """باحث، بطالب: the form was reached by taking off ب or ك, which are written only onto nouns; a verb form
    other than its lemma (which for a first-form verb is also its verbal noun: بقتل) is then no verb at all
    (باحث is a researcher, not ب + أحث "I urge")."""
    i = word.find(form)
    return i > 0 and word[:i].lstrip("وف") in ("ب", "ك")


def marked_passive(surface: str) -> bool:
    """قُتل، وأُصيب، خُطفوا: a damma on a past verb's first letter writes out the passive, whose subject is the one
    who suffered. The same vowel on ي، ت، ن opens an active present (يُصيب), so those are left to the rules."""
    s = surface
    if s[:1] in ("و", "ف") and len(s) > 2:
        s = s[1:].lstrip("".join(DIACRITICS))  # the conjunction and its own vowel
    return len(s) > 1 and s[0] not in "يتن" and s[1] == _DAMMA


_LAM_PRONOUNS = frozenset({"له", "لها", "لهم", "لهما", "لهن", "لك", "لكم", "لنا", "لي"})
_HAMZA = frozenset("ءأإآؤئ")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names (data/lexicons/ner_given_names.txt, the list the linker and the dates use): such a word is
    not read through a clitic, فيصل is not ف + يصل (he arrives)."""
    return frozenset(lexicon_words("ner_given_names.txt"))


@lru_cache(maxsize=1)
def load() -> Lexicon:
    file = data_path("events", "triggers.tsv")
    words: dict[str, list[Trigger]] = defaultdict(list)
    phrases: dict[str, list[tuple[tuple[str, ...], Trigger]]] = defaultdict(list)
    entries: list[Trigger] = []
    with file.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 7 or cols[0] not in TYPES:
                raise ModelError(
                    f"line {n} is not a trigger entry (7 tab-separated columns, a PLOVER type)", where=str(file)
                )
            typ, mode, cameo, pos, forms, target, flags = cols
            lemma = forms.split("|")[0].split(",")[0]
            trig = Trigger(
                typ,
                None if mode == "-" else mode,
                cameo,
                pos,
                lemma,
                tuple(t if t == "obj" else norm(t) for t in target.split(",") if t and t != "-"),
                frozenset(f for f in flags.split(",") if f and f != "-"),
            )
            entries.append(trig)
            if pos == "verb":
                past, imperfect = forms.split("|")
                for f in verb_forms(past, imperfect):
                    words[f].append(trig)
            else:
                for item in forms.split(","):
                    parts = tuple(norm(x) for x in item.split())
                    if len(parts) == 1:
                        words[parts[0]].append(trig)
                    elif parts:
                        phrases[parts[0]].append((parts, trig))
    exclusions: set[tuple[str, str]] = set()
    excl_file = data_path("events", "exclusions.tsv")
    if excl_file.exists():
        for line in excl_file.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                trigger_form, next_word = line.split("\t")[:2]
                exclusions.add((norm(trigger_form.strip()), norm(next_word.strip())))
    return Lexicon(
        {k: tuple(v) for k, v in words.items()},
        {k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in phrases.items()},
        tuple(entries),
        frozenset(exclusions),
    )
