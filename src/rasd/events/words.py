"""Word-level readings the coder's actor rules share: actor nouns and their sectors, case endings, the
construct state, nationality adjectives, and prepositions written onto an actor's first word."""

from __future__ import annotations

from functools import lru_cache

from rasd.data import path as data_path
from rasd.kb.match import Tok
from rasd.text.clitics import candidates, proclitic_length
from rasd.text.normalize import norm


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


def construct_head(norm: str) -> bool:
    """Can a word with this normal form head a genitive construct (وكيل وزارة الداخلية)? Not with the article,
    a sound plural's or dual's nun (مسلحون، جنديان: the construct drops it) or tanween (صحفيا)."""
    w = norm.removeprefix("و")
    return not (w.startswith("ال") or w.endswith(("ون", "ين", "ان", "ا")))


def preposition_length(head: Tok) -> int:
    """Characters of a preposition (with its conjunction) written onto an actor's first word, which the
    actor's span leaves out: بالرئيس الأمريكي دونالد ترامب، لتنظيم داعش، لطائراته (an actor noun of rasd's own
    list); 0 for a bare conjunction, which the actor rules cut themselves, and for لل (no article left)."""
    cut = proclitic_length(head.surface, agents())
    return cut if cut and head.norm.removeprefix("و").removeprefix("ف")[:1] in ("ب", "ل", "ك") else 0
