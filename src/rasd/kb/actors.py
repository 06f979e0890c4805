"""Actor codes and ids: what an event coder needs to know about every mention.

PLOVER (like CAMEO) codes an actor by a country and a sector (SYR + GOV for the Syrian government, SYR + SPY
for its intelligence service, IGO for the United Nations). Linked entities take them from the knowledge base;
people take them from the office they held on the article's date; institutions composed in the text take
them from their parts. Mentions not in the knowledge base still get a stable id built from their normalized
name, so the archive can count them across articles, and people get a romanized English name.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from functools import lru_cache
from typing import Any

from rasd.kb.store import KB, Entry

_LATIN = {
    "ا": "a",
    "أ": "a",
    "إ": "i",
    "آ": "a",
    "ب": "b",
    "ت": "t",
    "ث": "th",
    "ج": "j",
    "ح": "h",
    "خ": "kh",
    "د": "d",
    "ذ": "dh",
    "ر": "r",
    "ز": "z",
    "س": "s",
    "ش": "sh",
    "ص": "s",
    "ض": "d",
    "ط": "t",
    "ظ": "z",
    "ع": "",
    "غ": "gh",
    "ف": "f",
    "ق": "q",
    "ك": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ه": "h",
    "و": "w",
    "ي": "y",
    "ى": "a",
    "ة": "a",
    "ء": "",
    "ؤ": "",
    "ئ": "",
    " ": "-",
}
ROLE_SECTOR = {
    "head_of_state": "GOV",
    "head_of_government": "GOV",
    "foreign_minister": "GOV",
    "defence_minister": "GOV",
    "interior_minister": "GOV",
    "intelligence_chief": "SPY",
    "other": "GOV",
}


def slug(text: str) -> str:
    """An ASCII slug of an Arabic or Latin name, for readable stable ids."""
    out = "".join(_LATIN.get(ch, ch if ch.isascii() and ch.isalnum() else "-" if ch in " -_" else "") for ch in text)
    out = re.sub(r"-+", "-", out.lower()).strip("-")
    return out[:48] or "x"


def nil_id(kind: str, normalized_name: str) -> str:
    """A stable id for a name the KB does not know: same name, same id, in every article."""
    digest = hashlib.sha1(normalized_name.encode("utf-8")).hexdigest()[:6]
    return f"rasd:nil/{kind.lower()}-{slug(normalized_name)}-{digest}"


def institution_id(country: str, name_en: str) -> str:
    return f"rasd:inst/{country.lower()}-{slug(name_en)}"


@lru_cache(maxsize=65536)
def romanize(name: str) -> str | None:
    """An English spelling of an Arabic personal name, from arabic-name-romanizer (MIT).

    Its dictionary of attested spellings and its rules, without its neural fallback: the dictionary covers
    common names, the rules the rest, at a fraction of a millisecond a name, where the neural model costs
    milliseconds for every unseen word and would dominate linking time.
    """
    romanizer = _romanizer()
    if romanizer is None or not name.strip():
        return None
    try:
        result = romanizer.transliterate(name)
    except Exception:  # the romanizer is best-effort; a failure must not stop linking
        return None
    return str(result) if result else None


@lru_cache(maxsize=1)
def _romanizer() -> Any:
    try:
        from arabic_name_romanizer.api import Transliterator
    except ImportError:  # optional at run time: without it, unknown people have no English name
        return None
    return Transliterator(auto_load_model=False)


def office_on(entry: Entry, day: date | None) -> tuple[str | None, str | None, str | None]:
    """(role, country, sector) of the office ``entry`` held on ``day`` (or currently, with no date)."""
    held = [o for o in entry.offices if o.held_on(day)]
    if not held and day is None and entry.offices:
        held = sorted(entry.offices, key=lambda o: o.start or "", reverse=True)[:1]
    if not held:
        return None, entry.country, entry.sectors[0] if entry.sectors else None
    office = held[0]
    return office.role, office.country or entry.country, ROLE_SECTOR.get(office.role, "GOV")


def entity_code(kb: KB, entry: Entry, day: date | None) -> tuple[str | None, str | None]:
    """(country ISO3, sector) of a linked entity as an actor."""
    if entry.type == "PER":
        _, country, sector = office_on(entry, day)
        return country, sector
    if entry.subtype in ("country", "territory"):
        return entry.country, None
    country = entry.country
    if not country and entry.part_of:
        parent = kb.get(entry.part_of)
        country = parent.country if parent else None
    sector = entry.sectors[0] if entry.sectors else None
    if sector is None and entry.subtype == "igo":
        sector = "IGO"
    return country, sector
