"""Small helpers shared by the KB data modules (tools/kb/*.py)."""

from __future__ import annotations

import re
import unicodedata


def slug(text: str) -> str:
    """ASCII slug for rasd ids: 'Asaad al-Shaibani' -> 'asaad-al-shaibani'."""
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    s = s.replace("'", "").replace("’", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def rid(kind: str, name_en: str) -> str:
    return f"rasd:{kind}/{slug(name_en)}"


def uniq(items):
    """Order-preserving de-duplication that drops empty strings."""
    seen, out = set(), []
    for x in items:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def al(word: str) -> str:
    """Prefix the article to every word of a (multi-word) adjective: 'كوري جنوبي' -> 'الكوري الجنوبي'."""
    return " ".join("ال" + w for w in word.split())


def nisba_forms(stems, plurals=()):
    """Adjective/demonym forms of a country's nisba.

    stems: masculine singular forms without the article ('سوري', or 'كوري جنوبي').
    plurals: extra (broken) plural forms without the article ('أتراك'); sound plurals are generated for
    one-word stems.
    """
    out = []
    for stem in stems:
        words = stem.split()
        fem = " ".join(w + "ة" for w in words)
        out += [al(stem), al(fem), stem, fem]
        if len(words) == 1:
            out += ["ال" + stem + "ون", "ال" + stem + "ين", stem + "ون", stem + "ين"]
    for p in plurals:
        out += ["ال" + p, p]
    return uniq(out)
