"""Clitic segmentation: وبالتحالف -> و + ب + ال + تحالف, ترحيبه -> ترحيب + ه.

Arabic writes conjunctions (و ف), prepositions (ب ل ك), the future marker (س), the article (ال) and object
or possessive pronouns (ه ها هم هما هن نا) as part of the word. Matching a name or a trigger word needs the
stem; but many words begin with the same letters as part of their root (بغداد، لبنان، بيروت، كركوك، وزير،
فرنسا). The guard has two parts: a lexicon of protected words (gazetteer names and common root-initial words,
in ``data/lexicons``) that are never split, and the rule that a bare preposition (ب ل ك) or ف is split off
only when what remains is a known word or starts with the article. The article, with its usual
prefixes, is split whenever a stem of two letters or more remains.

:func:`analyze` gives the best single analysis for the token layer; :func:`candidates` gives every
plausible reading, least stripped first, for lexicon lookups that can check each one.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache

from rasd.data import lexicon_words
from rasd.text.normalize import norm

_ENCLITICS = ("هما", "هم", "هن", "ها", "نا", "ه")
# Function words that look like clitic + stem but are not (normalized spellings).
_FUNCTION = frozenset(
    [
        "الي",
        "الا",
        "الان",
        "الذي",
        "التي",
        "الذين",
        "اللذان",
        "اللتان",
        "اللاتي",
        "اللواتي",
        "اللذين",
        "اللتين",
        "الله",
        "الف",
        "الاف",
        "اللهم",
        "لكن",
        "لكنه",
        "لكنها",
        "لذلك",
        "لهذا",
        "لهذه",
        "لان",
        "لانه",
        "لانها",
        "لدي",
        "لديه",
        "لديها",
        "لدى",
        "لقد",
        "لما",
        "لماذا",
        "لن",
        "لم",
        "لو",
        "لولا",
        "ليس",
        "ليست",
        "كما",
        "كان",
        "كانت",
        "كل",
        "كلا",
        "كلما",
        "كي",
        "كيف",
        "بل",
        "بعد",
        "بين",
        "بينما",
        "بدون",
        "بسبب",
        "بها",
        "به",
        "بهم",
        "فقط",
        "في",
        "فيه",
        "فيها",
        "فيما",
        "فان",
        "فوق",
        "وان",
        "ولا",
        "ولم",
        "ولن",
        "وهو",
        "وهي",
        "وقد",
        "وما",
        "ومن",
        "وفي",
        "وكان",
        "وكانت",
        "وهذا",
        "وهذه",
        "وذلك",
        "وكل",
        "ولكن",
        "واذا",
        "وبين",
        "هذه",
        "هذا",
        "ذلك",
        "تلك",
        "هناك",
        "هنا",
        "هنالك",
        "منه",
        "منها",
        "عنه",
        "عنها",
        "عليه",
        "عليها",
        "اليه",
        "اليها",
        "لها",
        "له",
        "لهم",
        "لنا",
    ]
)


@dataclass(frozen=True, slots=True)
class Analysis:
    """A word split into normalized proclitics, stem and enclitic (each possibly empty)."""

    prefix: str
    stem: str
    suffix: str

    @property
    def split(self) -> bool:
        return bool(self.prefix or self.suffix)


@lru_cache(maxsize=1)
def _protected() -> frozenset[str]:
    return frozenset(lexicon_words("clitic_guard.txt")) | _known_names()


@lru_cache(maxsize=1)
def _known_names() -> frozenset[str]:
    """Normalized names from the bundled gazetteers: a stem that is one of them is a real stem."""
    return frozenset(lexicon_words("gazetteer_names.txt"))


def _proclitic_readings(word: str) -> list[tuple[str, str]]:
    """(prefix, rest) pairs, from no prefix to the longest: conjunction, preposition, article."""
    out = [("", word)]
    conj = [""] + [c for c in "وف" if word.startswith(c)]
    for c in conj:
        rest = word[len(c) :]
        if c:
            out.append((c, rest))
        for p in "بلك":
            if rest.startswith(p):
                out.append((c + p, rest[1:]))
                if p == "ل" and rest.startswith("لل") and len(rest) > 3:
                    out.append((c + "لل", rest[2:]))  # ل + ال with the alef dropped
        if rest.startswith("س") and len(rest) >= 4 and rest[1] in "يتنا":
            out.append((c + "س", rest[1:]))
        for p in ("", "ب", "ك"):
            if rest.startswith(p + "ال"):
                out.append((c + p + "ال", rest[len(p) + 2 :]))
    return out


def _is_known(stem: str) -> bool:
    return stem in _known_names() or stem in _protected()


def analyze(token: str) -> Analysis:
    """The best single clitic analysis of a token (normalized)."""
    word = norm(token)
    return _analyze_norm(word)


@lru_cache(maxsize=200_000)
def _analyze_norm(word: str) -> Analysis:
    if len(word) < 3 or word in _FUNCTION or word in _protected() or not _is_arabic(word):
        return Analysis("", word, "")
    best_prefix, best_rest = "", word
    for prefix, rest in _proclitic_readings(word):
        if not prefix or len(rest) < 2:
            continue
        if rest in _FUNCTION and prefix in {"و", "ف"}:
            best_prefix, best_rest = prefix, rest
            continue
        if prefix.endswith(("ال", "لل")):
            ok = not prefix.endswith("كال") or _is_known(rest) or _is_known("ال" + rest)
        elif prefix.endswith("س"):
            # the future marker comes before an imperfect verb (سيعقد، ستواصل); foreign names such as
            # سيلفا، سيرغي، سيباستيان look alike but are longer or end in a vowel letter
            ok = 3 <= len(rest) <= 5 and rest[0] in "يتن" and rest[-1] not in "اوي"
        elif prefix == "و":
            ok = len(rest) >= 3 or _is_known(rest)
        else:  # ف, ب, ل, ك and conjunction + preposition: only before a known word or a derived noun
            # (انضمام، استضافة، اجتماع: verbal nouns of the derived forms start with a bare alef)
            ok = _is_known(rest) or (prefix[-1] in "بلك" and _is_derived_masdar(_strip_enclitic(rest)))
        if ok and len(prefix) > len(best_prefix):
            best_prefix, best_rest = prefix, rest
    stem, suffix = best_rest, ""
    if not best_prefix.endswith(("ال", "لل")) and stem not in _protected():
        for enc in _ENCLITICS:
            if stem.endswith(enc) and len(stem) - len(enc) >= 3:
                stem, suffix = stem[: -len(enc)], enc
                break
    return Analysis(best_prefix, stem, suffix)


def _strip_enclitic(word: str) -> str:
    for enc in _ENCLITICS:
        if word.endswith(enc) and len(word) - len(enc) >= 3:
            base = word[: -len(enc)]
            return base[:-1] + "ة" if base.endswith("ت") else base
    return word


def _is_derived_masdar(stem: str) -> bool:
    """Verbal nouns of derived forms (انضمام، اجتماع، استضافة، انسحاب) and not foreign names (كارلوس)."""
    base = stem[:-1] if stem.endswith("ة") else stem
    if len(base) < 5 or base[0] != "ا" or base[-2] != "ا":
        return False
    return base.startswith(("است", "ان")) or base[2] in "تطد"


def candidates(token: str) -> list[str]:
    """Every plausible stem of a token, normalized, least stripped first, without duplicates.

    A lexicon lookup tries them in order and keeps the first hit, so a protected word is found whole and
    ``لسوريا`` is found as ``سوريا``. A stem left with a final ت after an enclitic (استضافتها) is also given
    with its ta marbuta restored (استضافة).
    """
    word = norm(token)
    return list(_candidates_norm(word))


@lru_cache(maxsize=200_000)
def _candidates_norm(word: str) -> tuple[str, ...]:
    seen: dict[str, None] = {word: None}
    if not _is_arabic(word):
        return tuple(seen)
    for prefix, rest in _proclitic_readings(word):
        if len(rest) < 2:
            continue
        forms = [rest]
        if not prefix.endswith(("ال", "لل")):
            for enc in _ENCLITICS:
                if rest.endswith(enc) and len(rest) - len(enc) >= 2:
                    base = rest[: -len(enc)]
                    if not (base.endswith("وا") and len(base) >= 4):  # a plural verb drops its alef before a
                        forms.append(base)  # pronoun (دعوهم): دعواهم، شكواهم are دعوى، شكوى with one
                    if base.endswith("ت"):
                        forms.append(base[:-1] + "ة")
                    if base.endswith("ا") and enc in {"ه", "ها", "هم"}:
                        forms.append(base[:-1] + "ى")
        for f in forms:
            seen.setdefault(f, None)
        if prefix.endswith("لل"):
            seen.setdefault("ال" + rest, None)
    return tuple(seen)


def _is_arabic(word: str) -> bool:
    return bool(word) and "\u0621" <= word[0] <= "\u064a"


def proclitic_length(token: str, heads: Container[str] = frozenset()) -> int:
    """Characters of a conjunction or preposition written onto a name or an actor's head word (و، ف، ب، ل، ك):
    ``والعراق`` -> 1, ``لتنظيم`` -> 1, ``وبحركة`` -> 2; 0 for ``وزير``.

    ANERcorp's tokens keep clitics attached, so the tagger labels ``والعراق`` whole; a span trimmed by this is
    the name itself. The article stays, and ``لل`` (ل + ال with its alef dropped) is kept whole, since cutting
    it would leave no written article. Besides the analyzer's reading, ب / ل / ك is cut before a listed head
    word that is no name itself (تنظيم، حركة، قوات، مدينة، وزير: the NER's head and title lists), and ب / ل
    before a reading in the caller's own ``heads`` (the event coder's actor nouns: لطائراته).
    """
    word = norm(token)
    prefix = analyze(token).prefix
    if prefix in ("", "و", "ف"):
        prefix = max(prefix, _glued_preposition(word, heads), key=len)
    if prefix.endswith("لل"):
        return 0
    if prefix.endswith("ال"):
        prefix = prefix[:-2]
    if not prefix or not word.startswith(prefix) or len(word) - len(prefix) < 2:
        return 0
    for i in range(1, len(token) + 1):  # the prefix's length in the written token (diacritics, tatweel)
        if len(norm(token[:i])) == len(prefix) and (i == len(token) or norm(token[: i + 1]) != norm(token[:i])):
            return i
    return 0


@lru_cache(maxsize=1)
def _name_heads() -> frozenset[str]:
    files = ("ner_org_heads.txt", "ner_loc_heads.txt", "ner_misc_heads.txt", "ner_titles.txt")
    return frozenset(w for f in files for w in lexicon_words(f))


def _glued_preposition(word: str, heads: Container[str]) -> str:
    """ب / ل / ك (after و / ف) on a listed head word, which the analyzer keeps since the head is no name:
    لتنظيم داعش، بحركة حماس، لقوات سوريا الديمقراطية; ب / ل on any reading of one of ``heads``."""
    for lead in ("", "و", "ف"):
        for prep in ("ب", "ل", "ك"):
            p = lead + prep
            if not word.startswith(p) or word in _name_heads():
                continue
            rest = word[len(p) :]
            if rest in _name_heads() or (prep != "ك" and any(f in heads for f in candidates(rest))):
                return p
    return ""


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(lexicon_words("ner_titles.txt"))


def title_after_lam(token: str) -> bool:
    """Is ``token`` a title written with ل and its article as لل (للرئيس، للملك، وللأمير)? No span can leave the
    ل out (the article's alef is not written), so a person's name after it is spanned without the title."""
    w = norm(token)
    w = w[1:] if w[:1] in "وف" else w
    return w.startswith("لل") and "ال" + w[2:] in _titles()
