"""Arabic normalization for matching, with an offset map back to the original text.

News text spells one word many ways: hamza on or under alef or not at all, alef maqsura or ya at word end,
diacritics or none, tatweel for justification, Arabic-Indic or Persian digits, presentation-form ligatures
pasted from PDFs, invisible bidi marks, a dozen kinds of quotation marks. Every matcher in rasd (gazetteers,
the knowledge base, trigger lexicons, the date grammar, search) works on one normalized view, and every
match is mapped back to the original characters through :class:`Normalized`, so spans always point into
the unchanged document text.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

DIACRITICS = frozenset(
    [chr(c) for c in range(0x064B, 0x0660)]  # fathatan .. wavy hamza below
    + [chr(0x0670)]  # superscript alef
    + [chr(c) for c in range(0x0610, 0x061B)]  # honorific marks
    + [chr(c) for c in range(0x06D6, 0x06DD)]  # Quranic annotation signs
    + [chr(c) for c in range(0x06DF, 0x06E5)]
    + [chr(c) for c in range(0x06E7, 0x06E9)]
    + [chr(c) for c in range(0x06EA, 0x06EE)]
)
TATWEEL = "\u0640"
# Invisible characters that carry no letters: zero-width (non-)joiners and spaces, bidi controls, BOM,
# soft hyphen, Arabic letter mark.
INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad\u061c"
)
DOUBLE_QUOTES = "“”«»„‟″〝〞＂"
SINGLE_QUOTES = "‘’‚‛′‹›"

_ALEF = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا"}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
_PERSIAN_LETTERS = {"ی": "ي", "ک": "ك", "ۀ": "ه", "ە": "ه", "ې": "ي"}
_PUNCT = {"٫": ".", "٬": ",", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " "}


@dataclass(frozen=True)
class Options:
    """Which folds to apply. The defaults suit name and lexicon matching."""

    alef: bool = True
    maqsura: bool = True  # ى -> ي
    ta_marbuta: bool = False  # ة -> ه (off by default: it merges words such as ...ة / ...ه pronoun forms)
    diacritics: bool = True
    tatweel: bool = True
    digits: bool = True
    quotes: bool = True
    invisible: bool = True
    presentation: bool = True
    lower: bool = True  # Latin letters


DEFAULT = Options()


@lru_cache(maxsize=16)
def _table(opts: Options) -> dict[str, str]:
    """A char -> replacement map; '' deletes. Built once per option set."""
    table: dict[str, str] = {}
    if opts.alef:
        table.update(_ALEF)
    if opts.maqsura:
        table["ى"] = "ي"
    if opts.ta_marbuta:
        table["ة"] = "ه"
    if opts.diacritics:
        table.update(dict.fromkeys(DIACRITICS, ""))
    if opts.tatweel:
        table[TATWEEL] = ""
    if opts.digits:
        table.update(_DIGITS)
        table.update(_PUNCT)
    if opts.quotes:
        table.update(dict.fromkeys(DOUBLE_QUOTES, '"'))
        table.update(dict.fromkeys(SINGLE_QUOTES, "'"))
    if opts.invisible:
        table.update(dict.fromkeys(INVISIBLE, ""))
    table.update(_PERSIAN_LETTERS if opts.alef else {})
    return table


def _fold_char(ch: str, table: dict[str, str], opts: Options) -> str:
    rep = table.get(ch)
    if rep is not None:
        return rep
    code = ord(ch)
    if opts.presentation and (0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF):
        expanded = unicodedata.normalize("NFKC", ch)
        return "".join(_fold_char(c, table, opts) if c != ch else c for c in expanded)
    if opts.lower and "A" <= ch <= "Z":
        return ch.lower()
    return ch


@dataclass(frozen=True)
class Normalized:
    """A normalized string and, for each of its characters, the original range it came from.

    ``starts[i]`` / ``ends[i]`` are the original offsets of normalized character ``i``. A deleted
    diacritic or tatweel is attached to the letter before it, so a mapped span covers the whole written
    word; a ligature that expands to several letters maps each of them to the one original character.
    """

    text: str
    original: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized half-open range to the original text."""
        if start >= end:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def from_original(self, start: int, end: int) -> tuple[int, int]:
        """Map an original half-open range to the normalized text (the characters that came from it)."""
        lo = bisect_left(self.starts, start)
        hi = bisect_left(self.starts, end)
        return lo, hi


def normalize(text: str, opts: Options = DEFAULT) -> Normalized:
    """Normalize ``text`` and keep the offset map back to it."""
    table = _table(opts)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    attach = DIACRITICS | {TATWEEL}
    for i, ch in enumerate(text):
        rep = _fold_char(ch, table, opts)
        if rep == ch:
            out.append(ch)
            starts.append(i)
            ends.append(i + 1)
        elif rep == "":
            if ch in attach and ends and ends[-1] == i:
                ends[-1] = i + 1
        else:
            for c in rep:
                out.append(c)
                starts.append(i)
                ends.append(i + 1)
    return Normalized("".join(out), text, tuple(starts), tuple(ends))


@lru_cache(maxsize=200_000)
def norm(word: str, *, ta_marbuta: bool = False) -> str:
    """The normalized form of a short string (a token or a lexicon entry), without the offset map."""
    opts = Options(ta_marbuta=ta_marbuta) if ta_marbuta else DEFAULT
    table = _table(opts)
    return "".join(_fold_char(ch, table, opts) for ch in word)


def strip_diacritics(text: str) -> str:
    return "".join(ch for ch in text if ch not in DIACRITICS and ch != TATWEEL)


ARABIC_LETTERS = frozenset(chr(c) for c in range(0x0621, 0x064B)) | frozenset("ٱپچژگکیۀە")


def arabic_ratio(text: str) -> float:
    """Share of letters that are Arabic script; used to warn when a text is not Arabic."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if ch in ARABIC_LETTERS or 0xFB50 <= ord(ch) <= 0xFEFF) / len(letters)
