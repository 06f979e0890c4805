"""Finding knowledge-base names, institutions and titles in a document's tokens.

Matching works on word tokens with quotation marks skipped (تنظيم “داعش” matches the name تنظيم داعش) and
tries the clitic readings of the first token (لسوريا, والعراق, بالتحالف), longest match first. A match's span
starts after a conjunction or preposition but keeps the article, so it reads as the name (سوريا in لسوريا,
العراق in والعراق); a word written with ل + ال (للتحالف) keeps its whole written form, since the name's alef
is not in the text to point at.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from rasd.document import Document
from rasd.kb.store import KB
from rasd.text.clitics import candidates
from rasd.text.normalize import normalize

QUOTES = frozenset("\"“”«»„'‘’")
WORD_KINDS = ("word", "latin", "num")


@dataclass
class Tok:
    """A word token with what matching needs."""

    index: int  # position in the word list
    start: int
    end: int
    surface: str
    norm: str
    quoted_before: bool  # a quotation mark directly precedes it
    punct_before: str  # the punctuation between the previous word and this one ('' if none)
    punct_after: str = ""  # the last word of the document only: what follows it (a closing «؟»)


def word_tokens(doc: Document) -> list[Tok]:
    """Word tokens of the document, with the punctuation that separated each from the previous word."""
    out: list[Tok] = []
    pending = ""
    for span in doc.layer("tokens"):
        surface = doc.text[span.start : span.end]
        if span.label not in WORD_KINDS:
            pending += surface
            continue
        if out and "\n" in doc.text[out[-1].end : span.start]:
            pending += "\n"
        out.append(
            Tok(
                len(out),
                span.start,
                span.end,
                surface,
                span.get("norm") or surface,
                any(c in QUOTES for c in pending),
                pending,
            )
        )
        pending = ""
    if out and pending:
        out[-1] = replace(out[-1], punct_after=pending)
    return out


def _joinable(tok: Tok) -> bool:
    """Can this token continue a multi-word name? Only quotation marks may stand between words of a name."""
    return all(c in QUOTES or c.isspace() for c in tok.punct_before) and "\n" not in tok.punct_before


@dataclass
class Match:
    first: int  # word index, inclusive
    last: int  # word index, inclusive
    start: int  # char offsets of the mention
    end: int
    key: str
    prefix: str  # the clitic reading used on the first token ('' for the token as written)


def stem_start(tok: Tok, form: str) -> int:
    """Where ``form`` (a clitic reading of the token) starts in the original text.

    A reading that is a suffix of the written word starts after the stripped letters, one with its article
    restored from لل (ل + ال) at the لل; any other reading (a stem with its enclitic removed) keeps the whole
    written word.
    """
    written = form
    if form.startswith("ال") and not tok.norm.endswith(form) and tok.norm.endswith("ل" + form[1:]):
        written = "ل" + form[1:]  # وللمملكة read as المملكة: the word from its لل on, the و left out
    if written == tok.norm or not tok.norm.endswith(written):
        return tok.start
    cut = len(tok.norm) - len(written)
    s, _ = normalize(tok.surface).to_original(cut, len(tok.norm))
    return tok.start + s


def first_forms(tok: Tok) -> list[tuple[str, str]]:
    """(form, stripped prefix) readings of a token as the first word of a name, the word as written first."""
    cached = tok.__dict__.get("_forms")
    if cached is not None:
        return cached
    out: list[tuple[str, str]] = []
    for f in candidates(tok.surface):
        prefix = tok.norm[: len(tok.norm) - len(f)] if tok.norm.endswith(f) else ""
        out.append((f, prefix))
    tok.__dict__["_forms"] = out
    return out


def whole_reading(tok: Tok, form: str) -> bool:
    """Does the reading ``form`` of a token keep its end, no pronoun suffix dropped? وللمملكة read as المملكة is
    whole (و + ل + المملكة, the article's ا dropped after ل); إكراه read as أكرا is not."""
    return tok.norm.endswith(form) or (form[:2] == "ال" and tok.norm.endswith("ل" + form[2:]))


def find_names(words: list[Tok], kb: KB) -> list[Match]:
    """At every word, the longest KB name starting there (overlapping and nested matches included).

    The caller decides between overlapping matches; keeping the nested ones lets it see the داعش inside
    التحالف الدولي لمكافحة تنظيم “داعش”.
    """
    out: list[Match] = []
    for i in range(len(words)):
        best = find_in_table(words, kb.names, i, max_len=min(kb.max_name_tokens, 10), names=True)
        if best is not None:
            out.append(best)
    return out


def find_in_table(
    words: list[Tok], table: Mapping[str, object], start: int, max_len: int = 6, *, names: bool = False
) -> Match | None:
    """The longest key of ``table`` starting at word ``start`` (first word read with its clitics).

    Readings that drop the article are not tried: names are listed as written, with their article, and
    السورية without its article would otherwise read as سورية, a spelling of the country. With ``names`` no
    reading drops a pronoun suffix either: a proper name takes none (إكراه "coercion" is not أكرا + ه).
    """
    best: Match | None = None
    prefixes = _prefixes(table)
    for form, prefix in first_forms(words[start]):
        if prefix.endswith(("ال", "لل")) or form not in prefixes:
            continue  # لل is ل + ال: the reading with the article restored (للحكومة: الحكومة) is the one
        if names and not whole_reading(words[start], form):
            continue
        k = form
        for j in range(start, min(len(words), start + max_len)):
            if j > start:
                if not _joinable(words[j]):
                    break
                k = f"{k} {words[j].norm}"
                if k not in prefixes:
                    break
            if k in table and (best is None or j > best.last):
                best = Match(start, j, stem_start(words[start], form), words[j].end, k, prefix)
    return best


_PREFIX_CACHE: dict[int, tuple[Mapping[str, object], frozenset[str]]] = {}


def _prefixes(table: Mapping[str, object]) -> frozenset[str]:
    """Every word-boundary prefix of the table's keys, so a match stops as soon as no key can follow."""
    cached = _PREFIX_CACHE.get(id(table))
    if cached is not None and cached[0] is table and len(cached[1]) >= len(table):
        return cached[1]
    out: set[str] = set()
    for key in table:
        parts = key.split(" ")
        for i in range(1, len(parts) + 1):
            out.add(" ".join(parts[:i]))
    frozen = frozenset(out)
    _PREFIX_CACHE[id(table)] = (table, frozen)
    return frozen


def singular_forms(word: str) -> list[str]:
    """A dual or sound plural institution noun and its singular (الحكومتين -> الحكومة)."""
    out = [word]
    for suffix, repl in (("تين", "ة"), ("تان", "ة"), ("ين", ""), ("ان", ""), ("ات", "ة")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.append(word[: -len(suffix)] + repl)
    return out


def close_quote(text: str, start: int, end: int) -> int:
    """Extend a mention over the closing quotation mark of a quote it opens (تنظيم “داعش”)."""
    inside = sum(1 for ch in text[start:end] if ch in QUOTES)
    if inside % 2 == 1 and end < len(text) and text[end] in QUOTES:
        return end + 1
    return end
