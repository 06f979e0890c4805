"""The word tables of the quotes stage: reporting verbs, channels, speaking documents, complementizers.

All are data files in ``data/lexicons`` (quote_cues.tsv, quote_channels.tsv, quote_documents.txt), loaded on
first use; lookups try a word's clitic readings so وقال, وأضافت, مؤكداً are found through قال, أضافت, مؤكدا.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rasd.data import lexicon_words
from rasd.data import path as data_path
from rasd.kb.match import Tok
from rasd.text.clitics import candidates
from rasd.text.normalize import norm

# إنّ / أنّ and their forms with pronouns: the complementizer that opens reported content (normalized).
THAT = frozenset(
    {
        "ان",
        "بان",
        "انه",
        "انها",
        "انهم",
        "انهن",
        "اننا",
        "انني",
        "انكم",
        "بانه",
        "بانها",
        "بانهم",
        "باننا",
        "لان",
        "وان",
        "فان",
        "انما",
    }
)
# Words that introduce a subject-less continuation after a cue (قال لـ«الوطن»، قائلاً): the speaker is implied.
IMPLIED_SUBJECT = frozenset({"في", "الي", "علي", "عن", "خلال", "عبر", "امام", "ل", "قائلا", "قائلة", "مضيفا"})
# Title words after which a nationality or organization belongs to the title, not the speaker
# (المتحدث باسم الخارجية الأمريكية جون كيربي).
TITLE_WORDS = frozenset(
    {
        "المتحدث",
        "الناطق",
        "متحدث",
        "ناطق",
        "وزير",
        "وزيرة",
        "مدير",
        "رئيس",
        "سفير",
        "السفير",
        "مبعوث",
        "المبعوث",
        "حاكم",
        "امين",
        "الامين",
        "قائد",
        "نائب",
        "مستشار",
        "المستشار",
        "عضو",
        "مسؤول",
        "المسؤول",
        "مندوب",
        "المندوب",
        "محافظ",
        "امير",
        "الامير",
        "الملك",
        "الرئيس",
        "ولي",
        "زعيم",
        "مؤسس",
        "عميد",
        "العميد",
        "اللواء",
        "العقيد",
        "الشيخ",
        "الدكتور",
    }
)


@dataclass(frozen=True)
class Cue:
    form: str
    lemma: str
    kind: str  # verb or participle


@lru_cache(maxsize=1)
def cues() -> dict[str, Cue]:
    out: dict[str, Cue] = {}
    with data_path("lexicons", "quote_cues.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            form, lemma, kind, _particle = line.rstrip("\n").split("\t")
            out[norm(form)] = Cue(norm(form), lemma, kind)
    return out


@lru_cache(maxsize=1)
def channels() -> dict[str, str]:
    out: dict[str, str] = {}
    with data_path("lexicons", "quote_channels.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            phrase, kind = line.rstrip("\n").split("\t")
            out[norm(phrase)] = kind
    return out


@lru_cache(maxsize=1)
def documents() -> frozenset[str]:
    return frozenset(lexicon_words("quote_documents.txt"))


def cue_of(tok: Tok) -> Cue | None:
    """The cue the word is, read through its clitics: only و، ف or the future س may stand before a verb (كيري is a
    name, not ك + يرى "he sees"; a preposition is written onto nouns alone)."""
    table = cues()
    for form in candidates(tok.surface):
        if form in table:
            i = tok.norm.find(form)
            if i > 0 and tok.norm[:i].strip("وفس"):
                continue
            return table[form]
    return None
