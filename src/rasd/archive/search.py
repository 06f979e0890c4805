"""Arabic full-text search over the archive: FTS5 on normalized, light-stemmed terms.

Arabic glues conjunctions, prepositions and the article to the word (والتحالف، للتحالف، بالتحالف) and
inflects it for number (التحالفات), so a plain word index finds one spelling in five. Each word is therefore
indexed as a *term*: rasd's normalization (alef forms, ya, diacritics, digits), then its clitic analysis
(which protects names such as بغداد and لبنان from being split), then a light suffix stemmer (plural, dual,
nisba and feminine endings; ta marbuta and ha alike, so a missing dot does not lose a match). Snowball's
Arabic stemmer was tried and rejected: it strips a leading ب و ل from any word (بغداد -> غداد, وزير -> زير)
and stems التحالفات and تحالفات differently once the article is gone. A query goes through exactly
the same steps, and every term is sent to FTS5 quoted, so nothing a user types (quotes, ``*``, ``NEAR``,
parentheses, ``AND``) is ever read as FTS syntax. Snippets are cut from the stored article text with the
matching words located by their character offsets, so a highlight is always verifiable against the text.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rasd.errors import InputError
from rasd.text.clitics import analyze, candidates
from rasd.text.normalize import norm
from rasd.text.segment import tokenize

STEMMER = "rasd-light/1"  # clitic analysis + light suffix stripping
_WORD_KINDS = ("word", "latin", "num")
_NON_TERM = re.compile(r"[^\w]+")
_PHRASE = re.compile(r'"([^"]*)"|“([^”]*)”|«([^»]*)»')


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    from rasd.data import lexicon_words

    return frozenset(lexicon_words("gazetteer_names.txt"))


_SUFFIX2 = ("ات", "ون", "ين", "ان", "ية", "يه")
_SUFFIX1 = ("ة", "ه", "ي")


def light_stem(base: str) -> str:
    """Strip one plural / nisba / feminine suffix pair from a clitic-free normalized word (light10 style).

    At least three letters always remain, and a gazetteer name is never touched (لبنان، إيران، عمان).
    """
    if len(base) < 4 or base in _names():
        return base
    for suffix in _SUFFIX2:
        if base.endswith(suffix) and len(base) - 2 >= 3:
            base = base[:-2]
            break
    for suffix in _SUFFIX1:
        if base.endswith(suffix) and len(base) - 1 >= 3:
            base = base[:-1]
            break
    return base


@lru_cache(maxsize=500_000)
def term_key(base: str) -> str:
    """The index term of a normalized word whose clitics are already removed."""
    if base and "\u0621" <= base[0] <= "\u064a":
        if base.startswith("ال") and len(base) >= 5:  # names kept whole by the clitic guard: الرياض
            base = base[2:]
        base = light_stem(base)
    return _NON_TERM.sub("", base)


@lru_cache(maxsize=500_000)
def word_term(surface: str, kind: str = "word") -> str:
    """The term of one word as written in a text or a query (the same function for both sides).

    A reading of the word that is a gazetteer name wins over the clitic analysis (للبنان is ل + لبنان).
    """
    if kind != "word":
        return _NON_TERM.sub("", norm(surface))
    base = analyze(surface).stem
    names = _names()
    if base not in names:
        for cand in candidates(surface)[1:]:
            if cand in names:
                base = cand
                break
    return term_key(base)


def text_terms(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, term) for every word of ``text[start:end]``, when no token layer is at hand."""
    out = []
    for tok in tokenize(text, start, end):
        if tok.kind in _WORD_KINDS:
            term = word_term(text[tok.start : tok.end], tok.kind)
            if term:
                out.append((tok.start, tok.end, term))
    return out


def document_terms(text: str, tokens: Sequence[Any] | None) -> tuple[list[str], list[str]]:
    """The terms of the headline (first paragraph) and of the body, from the token layer when present.

    Tokens are :class:`~rasd.document.Span` objects of the text stage (their offsets and kinds spare a second
    tokenization); each word's term comes from :func:`word_term`, exactly as a query word's does.
    """
    head_end = text.find("\n\n")
    head_end = len(text) if head_end < 0 else head_end
    title: list[str] = []
    body: list[str] = []
    if tokens:
        for tok in tokens:
            if tok.label not in _WORD_KINDS:
                continue
            term = word_term(text[tok.start : tok.end], tok.label)
            if term:
                (title if tok.start < head_end else body).append(term)
    else:
        for start, _end, term in text_terms(text):
            (title if start < head_end else body).append(term)
    return title, body


# -- queries ---------------------------------------------------------------------------------------------
@dataclass
class Query:
    """A parsed user query: required terms and required phrases, all already turned into index terms."""

    terms: list[str] = field(default_factory=list)
    phrases: list[list[str]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.terms and not self.phrases

    def all_terms(self) -> set[str]:
        return set(self.terms) | {t for p in self.phrases for t in p}

    def fts(self) -> str:
        """The FTS5 MATCH expression: every term and phrase double-quoted, joined by implicit AND."""
        parts = [f'"{t}"' for t in dict.fromkeys(self.terms)]
        parts += ['"' + " ".join(p) + '"' for p in self.phrases]
        return " ".join(parts)


def parse_query(query: str) -> Query:
    """Words are all required; text in double quotes (or « » / “ ”) is a phrase, in order."""
    q = Query()
    rest = []
    pos = 0
    for m in _PHRASE.finditer(query):
        rest.append(query[pos : m.start()])
        inner = next(g for g in m.groups() if g is not None)
        words = [t for _, _, t in text_terms(inner)]
        if len(words) == 1:
            q.terms.append(words[0])
        elif words:
            q.phrases.append(words)
        pos = m.end()
    rest.append(query[pos:])
    for chunk in rest:
        q.terms.extend(t for _, _, t in text_terms(chunk))
    return q


# -- results ---------------------------------------------------------------------------------------------
@dataclass
class Hit:
    """One search result; ``highlights`` are character ranges of the document text (verifiable)."""

    id: int
    score: float
    title: str
    outlet: str | None
    published: str | None
    url: str | None
    cluster_id: int | None
    snippet: str
    snippet_start: int
    highlights: list[tuple[int, int]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "score": round(self.score, 4),
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published,
            "url": self.url,
            "cluster": self.cluster_id,
            "snippet": self.snippet,
            "snippet_start": self.snippet_start,
            "highlights": [list(h) for h in self.highlights],
        }


def snippet(text: str, terms: set[str], *, width: int = 28) -> tuple[str, int, list[tuple[int, int]]]:
    """A window of about ``width`` words of the body with the most distinct query terms, and the matches.

    Returns the snippet text, its start offset in ``text`` and the highlighted ranges in document offsets.
    The headline is skipped when the body has a match, since the result already shows the headline.
    """
    head_end = text.find("\n\n")
    body_start = head_end + 2 if head_end >= 0 else 0
    words = text_terms(text, body_start) or text_terms(text)
    if not words:
        return "", 0, []
    hits = [i for i, (_, _, t) in enumerate(words) if t in terms]
    best_lo = 0
    if hits:
        best_score = -1
        for i in hits:
            lo = max(0, i - width // 4)
            window = {words[j][2] for j in hits if lo <= j < lo + width}
            if len(window) > best_score:
                best_score, best_lo = len(window), lo
    lo, hi = best_lo, min(len(words), best_lo + width)
    start, end = words[lo][0], words[hi - 1][1]
    para_start = text.rfind("\n", 0, start) + 1
    if start - para_start < 40:
        start = para_start
    marks = [(s, e) for s, e, t in words[lo:hi] if t in terms and s >= start]
    piece = text[start:end].replace("\n", " ")
    return piece, start, marks


def search(
    conn: sqlite3.Connection,
    query: str,
    *,
    entity: str | None = None,
    event: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 10,
) -> list[Hit]:
    """Ranked documents matching ``query`` (BM25, headline weighted 3:1), filtered, with snippets.

    A query with no words but some filters lists the matching documents, newest first. A query with no
    words and no filters is refused with an :class:`InputError` (one clear line, not an FTS error).
    """
    q = parse_query(query)
    where: list[str] = []
    params: list[Any] = []
    if entity:
        where.append("d.id IN (SELECT document_id FROM mentions WHERE entity_id = ?)")
        params.append(entity)
    if event:
        where.append("d.id IN (SELECT document_id FROM events WHERE type = ?)")
        params.append(event.strip().upper())
    if date_from:
        where.append("substr(d.published, 1, 10) >= ?")
        params.append(_check_date(date_from, "--from"))
    if date_to:
        where.append("substr(d.published, 1, 10) <= ?")
        params.append(_check_date(date_to, "--to"))
    cols = "d.id, d.title, d.outlet, d.published, d.url, d.cluster_id, d.text"
    if q.empty:
        if not where:
            raise InputError("the query has no words to search for", hint="Type Arabic words, or give a filter.")
        sql = f"SELECT {cols}, 0.0 FROM documents d WHERE {' AND '.join(where)} ORDER BY d.published DESC, d.id DESC"
        rows = conn.execute(sql + " LIMIT ?", [*params, limit]).fetchall()
    else:
        filt = "".join(f" AND {w}" for w in where)
        sql = (
            f"SELECT {cols}, bm25(search, 3.0, 1.0) AS rank FROM search JOIN documents d ON d.id = search.rowid "
            f"WHERE search MATCH ?{filt} ORDER BY rank LIMIT ?"
        )
        rows = conn.execute(sql, [q.fts(), *params, limit]).fetchall()
    terms = q.all_terms()
    hits = []
    for doc_id, title, outlet, published, url, cluster, text, rank in rows:
        piece, start, marks = snippet(text, terms)
        hits.append(Hit(doc_id, -float(rank), title or "", outlet, published, url, cluster, piece, start, marks))
    return hits


def _check_date(value: str, option: str) -> str:
    from datetime import date

    try:
        return date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        raise InputError(f"{option} {value!r} is not a date", hint="Use YYYY-MM-DD.") from None


def highlight_markup(hit: Hit, *, style: str = "bold yellow") -> str:
    """The snippet as rich markup with the matches highlighted (for the table view)."""
    from rich.markup import escape

    out: list[str] = []
    pos = hit.snippet_start
    text = hit.snippet
    for s, e in hit.highlights:
        out.append(escape(text[pos - hit.snippet_start : s - hit.snippet_start]))
        out.append(f"[{style}]{escape(text[s - hit.snippet_start : e - hit.snippet_start])}[/]")
        pos = e
    out.append(escape(text[pos - hit.snippet_start :]))
    return "".join(out)


def terms_of(words: Iterable[str]) -> list[str]:
    """Index terms of a list of words (used by the bench and the tests to see what a word becomes)."""
    return [word_term(w) for w in words]
