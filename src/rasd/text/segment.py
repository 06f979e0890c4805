"""Paragraphs, sentences and word tokens, all as character offsets into the original text.

Tokenization follows the convention of Arabic newswire corpora such as ANERcorp: punctuation is split off,
clitics stay attached to the word (they are analysed separately, see :mod:`rasd.text.clitics`), a number
with its decimal or date separators is one token. Sentences never cross a paragraph break; they end at
``.``, ``!``, ``?``, ``؟`` and ``…`` except after abbreviations and inside a quotation that closes in the same
paragraph; a closing quote or bracket right after the stop belongs to the sentence. Commas (``،``),
semicolons (``؛``) and colons do not end a sentence: in Arabic news they join clauses of one statement.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_AR = (
    "\u0621-\u063a\u0641-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff"
    "\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"
)
_AR_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"

TOKEN_RE = re.compile(
    rf"""
    (?P<url>(?:https?://|www\.)[^\s<>"«»“”]+[^\s<>"«»“”.,،؛:!?؟)\]]
      |[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
    |(?P<num>[{_DIGIT}]+(?:[.,٫٬:/\-][{_DIGIT}]+)*%?)
    |(?P<ar>[{_AR}][{_AR}{_AR_MARKS}]*|\u0640+)
    |(?P<lat>[^\W\d_{_AR}](?:[^\W\d_{_AR}]|['’][^\W\d_{_AR}])*)
    |(?P<ellipsis>\.{{2,}}|…)
    |(?P<dash>-{{2,}}|[–—])
    |(?P<punct>[^\s])
    """,
    re.VERBOSE,
)

_SENT_END = {".", "!", "?", "؟", "…", "..."}
_CLOSERS = set("\"'»”’)]}>")
_OPEN_CLOSE = {"«": "»", "“": "”", "(": ")", "[": "]"}
# Abbreviations after which a full stop does not end a sentence (normalized spellings). Single Arabic
# letters cover initials and the usual "د." (doctor), "م." (AD / metre), "ص." (page), "ق." (BC).
_ABBREVIATIONS = {
    "ج",
    "د",
    "م",
    "ص",
    "ق",
    "هـ",
    "ه",
    "ب",
    "أ",
    "ا",
    "س",
    "ك",
    "ل",
    "ف",
    "ع",
    "ت",
    "ش",
    "ط",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "no",
    "vs",
    "etc",
    "inc",
    "ltd",
    "jr",
    "sr",
    "u.s",
    "gen",
}


@dataclass(frozen=True, slots=True)
class Tok:
    start: int
    end: int
    kind: str  # word (Arabic), latin, num, url, punct


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Word, number and punctuation tokens of ``text[start:end]`` with offsets into ``text``."""
    out: list[Tok] = []
    for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        kind = m.lastgroup or "punct"
        if kind == "ar":
            kind = "word"
        elif kind == "lat":
            kind = "latin"
        elif kind in {"ellipsis", "dash"}:
            kind = "punct"
        out.append(Tok(m.start(), m.end(), kind))
    return out


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Non-blank lines, stripped of surrounding spaces, as (start, end)."""
    pos = 0
    for line in text.split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if lo < hi:
            yield lo, hi


def _is_abbreviation(text: str, toks: list[Tok], i: int) -> bool:
    """Is the full stop at ``toks[i]`` the end of an abbreviation rather than of a sentence?"""
    if i == 0:
        return False
    prev = toks[i - 1]
    if prev.end != toks[i].start:
        return False
    word = text[prev.start : prev.end].lower()
    if word in _ABBREVIATIONS:
        # "ج. م. ع" style initials or a title; but a one-letter word at paragraph end is still an end.
        return i + 1 < len(toks)
    return False


def sentence_bounds(text: str, para: tuple[int, int], toks: list[Tok]) -> list[tuple[int, int]]:
    """Sentences of one paragraph given its tokens."""
    if not toks:
        return []
    # Quotation marks that open and close inside this paragraph: no sentence ends inside them.
    protected: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    ascii_open: int | None = None
    for t in toks:
        ch = text[t.start : t.end]
        if ch in _OPEN_CLOSE and ch not in "([":
            stack.append((_OPEN_CLOSE[ch], t.start))
        elif stack and ch == stack[-1][0]:
            _, lo = stack.pop()
            protected.append((lo, t.end))
        elif ch == '"':
            # a mark with a space before it and a word right after it opens a quotation: an earlier one left
            # open was never closed (ان "وزيرة العدل ... واستنتاجاتها. كتبت "يسرائيل هيوم"), so this starts anew
            opens = (t.start == 0 or text[t.start - 1].isspace()) and t.end < len(text) and text[t.end].isalnum()
            if ascii_open is None or opens:
                ascii_open = t.start
            else:
                protected.append((ascii_open, t.end))
                ascii_open = None

    def inside_quote(i: int) -> bool:
        pos = toks[i].start
        for lo, hi in protected:
            if lo < pos < hi - 1:
                # A stop right before the closing mark ends the quotation and may end the sentence.
                j = i + 1
                while j < len(toks) and text[toks[j].start : toks[j].end] in _SENT_END:
                    j += 1
                return not (j < len(toks) and toks[j].end == hi)
        return False

    out: list[tuple[int, int]] = []
    sent_start = toks[0].start
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        ch = text[t.start : t.end]
        is_end = ch in _SENT_END or (t.kind == "punct" and ch.startswith(".."))
        if is_end and ch == "." and _is_abbreviation(text, toks, i):
            is_end = False
        if is_end and inside_quote(i):
            is_end = False
        if is_end:
            j = i + 1
            while j < n and text[toks[j].start : toks[j].end] in _SENT_END:
                j += 1
            while j < n and text[toks[j].start : toks[j].end] in _CLOSERS:
                j += 1
            end = toks[j - 1].end
            out.append((sent_start, end))
            if j < n:
                sent_start = toks[j].start
            i = j
            continue
        i += 1
    if sent_start < para[1] and (not out or out[-1][1] < para[1]):
        out.append((sent_start, toks[-1].end))
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """All sentences of a text as (start, end)."""
    result: list[tuple[int, int]] = []
    for para in paragraphs(text):
        result.extend(sentence_bounds(text, para, tokenize(text, *para)))
    return result
