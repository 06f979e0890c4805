"""Token features for the entity tagger, shared by training and inference so both see the same thing.

A CRF is only as good as what it is shown. Arabic writes conjunctions, prepositions and the article into the
word, so besides the raw and normalized form every token also gives its clitic analysis (stem, proclitics,
enclitic) and affixes of the stem; gazetteer membership is tested on the stem so that ``لسوريا`` and
``والعراق`` hit the country list. Multi-word names (``الولايات المتحدة``، ``قوات سوريا الديمقراطية``) are
matched over the token sequence and given as B/I features. Trigger words (titles before a person, head nouns
of organizations and places) give the model knowledge it cannot learn from 125,000 tokens; distributional
word clusters (``lexicons/ner_clusters.tsv``) let a rare word borrow what is known of its cluster.

Speed matters (the tagger must run at 20,000 tokens/s on one core, feature extraction included), so
everything that depends on the word alone is computed once per word form and cached; only the window and
the multi-word matches are built per sentence.
"""

from __future__ import annotations

import math
import re
from collections.abc import Hashable, Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from rasd.data import path as data_path
from rasd.text.clitics import analyze, candidates
from rasd.text.normalize import norm

FEATURE_VERSION = 11
T = TypeVar("T")
CLUSTER_SIZES = (32, 128, 512)

# Lexicon files (data/lexicons/ner_*.txt) and the feature name each gives.
_WORD_LISTS = {
    "given": "ner_given_names.txt",
    "title": "ner_titles.txt",
    "orgh": "ner_org_heads.txt",
    "loch": "ner_loc_heads.txt",
    "misch": "ner_misc_heads.txt",
    "part": "ner_person_particles.txt",
    "pers": "ner_persons_extra.txt",
}
# Multi-word name lists: (feature name, file under data/, kind of file)
_PHRASE_LISTS = (
    ("country", "gazetteers/countries.tsv", "tsv:2"),
    ("city", "gazetteers/cities.tsv", "tsv:4"),
    ("place", "lexicons/ner_places_extra.txt", "txt"),
    ("org", "lexicons/ner_orgs_extra.txt", "txt"),
    # since version 8: organizations by kind, hand-written from general knowledge (not from any NER data)
    ("club", "lexicons/ner_orgs_sports.txt", "txt"),
    ("biz", "lexicons/ner_orgs_business.txt", "txt"),
    ("media", "lexicons/ner_orgs_media.txt", "txt"),
    ("polorg", "lexicons/ner_orgs_political.txt", "txt"),
    # since version 9: real people of public life and of culture, hand-written likewise (full and short forms)
    ("fper", "lexicons/ner_persons_public.txt", "txt"),
    ("fper", "lexicons/ner_persons_culture.txt", "txt"),
    # since version 10: places beyond countries and cities (regions, seas, provinces, camps), hand-written likewise
    ("geo", "lexicons/ner_places_geo.txt", "txt"),
    # since version 11: events, competitions, prizes, treaties, weapons, currencies, works, hand-written likewise
    ("miscn", "lexicons/ner_misc_names.txt", "txt"),
    ("pers", "lexicons/ner_persons_extra.txt", "txt"),
    ("kb", "gazetteers/ner_kb.tsv", "kind:1"),
    ("wdper", "lexicons/ner_name_full.txt", "txt"),  # real people's full names (tools/ner/build_name_units.py)
)
_STOP = frozenset(
    norm(w)
    for w in (
        "في من على إلى عن مع أن إن أنه أنها التي الذي الذين هذا هذه ذلك تلك كان كانت قد لا لم لن ما "
        "و أو ثم حتى بعد قبل خلال بين عند منذ كل بعض غير أي هو هي هم هما نحن أنا انت كما أيضا لكن "
        "إذا إلا الا لدى حول ضد دون عبر نحو وفق وقال قال وأضاف أضاف وأكد أكد"
    ).split()
)
_ARABIC = re.compile(r"^[\u0621-\u064a]+$")
_LATIN = re.compile(r"^[A-Za-z]+$")
_DIGITS = re.compile(r"^[0-9\u0660-\u0669\u06f0-\u06f9][0-9\u0660-\u0669\u06f0-\u06f9.,:/%-]*$")
_PUNCT = re.compile(r"^\W+$")


def _read_words(file: Path) -> set[str]:
    out: set[str] = set()
    if not file.exists():
        return out
    with file.open(encoding="utf-8") as fh:
        for line in fh:
            entry = line.split("#", 1)[0].strip()
            if entry and " " not in entry:
                out.add(norm(entry))
    return out


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """The key a name word is matched by: normalized, without the article, feminine nisba as masculine.

    The actor dictionary is lemmatised (``اتحاد أفريقي``) while news text is not (``الاتحاد الأفريقي``);
    folding both sides the same way lets one list match either.
    """
    if word.startswith("ال") and len(word) >= 4:
        word = word[2:]
    if word.endswith("ية") and len(word) >= 4:
        word = word[:-1]
    return word


def _read_phrases(file: Path, kind: str) -> set[tuple[str, tuple[str, ...]]]:
    """(sub-kind, folded words) of each name in a list; sub-kind is '' unless the file has a kind column."""
    out: set[tuple[str, tuple[str, ...]]] = set()
    if not file.exists():
        return out
    column = int(kind.split(":")[1]) if ":" in kind else None
    with file.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            sub = ""
            if column is None:
                entry = line.split("#", 1)[0].strip()
            else:
                cols = line.rstrip("\n").split("\t")
                entry = cols[column] if len(cols) > column else ""
                if kind.startswith("kind"):
                    sub = cols[0]
            entry = re.sub(r"\(.*?\)", " ", entry)
            words = tuple(fold(norm(w)) for w in re.findall(r"[^\s\-–()]+", entry))
            if words:
                out.add((sub, words))
    return out


def _tsv_rows(file: Path) -> Iterator[list[str]]:
    """The tab-separated columns of each line of a data file, comments skipped; nothing when it is absent."""
    if not file.exists():
        return
    with file.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


def _read_clusters(file: Path) -> dict[str, tuple[str, ...]]:
    """Folded stem -> its cluster ids (tools/ner/build_ner_clusters.py); empty when the file is absent."""
    return {word: tuple(ids) for word, *ids in _tsv_rows(file) if word and len(ids) == len(CLUSTER_SIZES)}


def _read_name_units(file: Path) -> dict[str, str]:
    """Name word -> its feature: given (g) or family (f) name, and how many people bear it (log10 bucket)."""
    out: dict[str, str] = {}
    for word, given, family in _tsv_rows(file):
        g, f = int(given), int(family)
        out[word] = f"{'g' if g >= f else 'f'}{min(4, len(str(g + f)))}"
    # the index writes ة as ه (فاطمه، حمزه): the text's spelling is matched too, unless it is a word of its own
    for word in [w for w in out if w.endswith("ه") and len(w) >= 3]:
        out.setdefault(word[:-1] + "ة", out[word])
    return out


def _read_name_shape(file: Path) -> dict[str, float]:
    """Character gram -> how much more often it occurs in names than in common words (log ratio)."""
    return {gram: float(ratio) for gram, ratio in _tsv_rows(file)}


def name_shape_grams(word: str) -> list[str]:
    """The character 3- and 4-grams of a word padded with < and > (tools/ner/build_name_shape.py's unit)."""
    padded = f"<{word}>"
    return [padded[k : k + n] for n in (3, 4) for k in range(len(padded) - n + 1)]


def _read_word_freq(file: Path) -> dict[str, str]:
    """Word -> its Zipf frequency in general Arabic, as a bucket (tools/ner/build_word_freq.py)."""
    return {word: str(min(6, int(float(zipf)))) for word, zipf in _tsv_rows(file)}


class Lexicons:
    """Word lists and phrase gazetteers, loaded on first use (never at import time)."""

    def __init__(self) -> None:
        self.words: dict[str, frozenset[str]] = {
            name: frozenset(_read_words(data_path("lexicons", f))) for name, f in _WORD_LISTS.items()
        }
        phrases: dict[tuple[str, ...], set[str]] = {}
        single: dict[str, set[str]] = {}
        for name, rel, kind in _PHRASE_LISTS:
            for sub, words in _read_phrases(data_path(*rel.split("/")), kind):
                label = f"{name}_{sub}" if sub else name
                if len(words) == 1:
                    if len(words[0]) >= 2:
                        single.setdefault(words[0], set()).add(label)
                else:
                    phrases.setdefault(words, set()).add(label)
                    last = words[-1]
                    if sub == "per" and len(last) >= 4 and not last.endswith(("ي", "ة")):
                        single.setdefault(last, set()).add("family")
                    if sub == "per" and len(words[0]) >= 3:
                        single.setdefault(words[0], set()).add("given2")
        self.max_phrase = max((len(p) for p in phrases), default=1)
        self.prefixes = {p[:k] for p in phrases for k in range(1, len(p))}
        self.clusters = _read_clusters(data_path("lexicons", "ner_clusters.tsv"))
        self.name_units = _read_name_units(data_path("lexicons", "ner_name_units.tsv"))
        self.word_freq = _read_word_freq(data_path("lexicons", "ner_word_freq.tsv"))
        self.name_shape = _read_name_shape(data_path("lexicons", "ner_name_shape.tsv"))
        places = {"country", "city", "place", "act_place", "kb_place"}
        self.places = frozenset(w for w, kinds in single.items() if kinds & places)
        # tuples of strings, not sets: the garbage collector stops tracking them, so a process holding these
        # 100,000 entries does not rescan them on every full collection (a tenth of the tagger's time)
        self.phrases: dict[tuple[str, ...], tuple[str, ...]] = {k: tuple(sorted(v)) for k, v in phrases.items()}
        self.single: dict[str, tuple[str, ...]] = {k: tuple(sorted(v)) for k, v in single.items()}


@lru_cache(maxsize=1)
def default_lexicons() -> Lexicons:
    return Lexicons()


_CACHE_LIMIT = 500_000  # entries per cache: a long stream of text must not grow them without end


def _keep(cache: dict[Any, T], key: Hashable, value: T) -> T:
    """Remember ``value`` under ``key`` while the cache holds fewer than _CACHE_LIMIT entries; return it."""
    if len(cache) < _CACHE_LIMIT:
        cache[key] = value
    return value


def _shape(token: str) -> str:
    if _ARABIC.match(token):
        return "ar"
    if _DIGITS.match(token):
        return "num"
    if _LATIN.match(token):
        return "Lat" if token[:1].isupper() else "lat"
    if _PUNCT.match(token):
        return "p"
    return "mix"


_TRIGGERS = ("title", "orgh", "loch", "misch")
_OPEN = {"«": "»", "“": "”", '"': '"', "'": "'", "„": "“"}


def _quoted(tokens: Sequence[str]) -> list[str]:
    """'q' for tokens inside a short quotation (a name in quotes: تنظيم “داعش”، برنامج «مع نور»)."""
    out = [""] * len(tokens)
    i = 0
    while i < len(tokens):
        close = _OPEN.get(tokens[i])
        if close is None:
            i += 1
            continue
        for j in range(i + 1, min(len(tokens), i + 8)):
            if tokens[j] == close:
                if j > i + 1:
                    out[i + 1] = "qB"
                    for k in range(i + 2, j):
                        out[k] = "qI"
                i = j
                break
        i += 1
    return out


def _nisba_base(stem: str) -> list[str]:
    """Candidate place names behind a relational adjective: سوري -> سوريا, لبنانية -> لبنان."""
    base = stem[:-1] if stem.endswith("ة") else stem
    if not base.endswith("ي") or len(base) < 4:
        return []
    root = base[:-1]
    return [root, root + "ا", root + "ة", "ال" + root, root + "يا"]


class Featurizer:
    """Turns a sentence's tokens into crfsuite feature lists (one list of strings per token)."""

    def __init__(self, lex: Lexicons | None = None) -> None:
        self.lex = lex or default_lexicons()
        self._cache: dict[str, tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]] = {}
        self._kcache: dict[tuple[int, tuple[str, ...]], list[str]] = {}
        self._tcache: dict[str, list[str]] = {}
        self._scache: dict[str, tuple[str, tuple[str, ...]]] = {}
        self._mcache: dict[tuple[str, ...], tuple[tuple[int, int, frozenset[str]], ...]] = {}
        self._kinds: dict[str, frozenset[str]] = {}
        self._nisba: dict[str, bool] = {}
        self._heads: dict[str, bool] = {}
        self._shapes: dict[str, str] = {}

    # -- one word form ------------------------------------------------------------------------------------
    def _word(self, token: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
        """Features of a word form alone, and the short versions its neighbours see at -2..+2."""
        hit = self._cache.get(token)
        if hit is not None:
            return hit
        lex = self.lex
        n = norm(token)
        shape = _shape(token)
        feats = ["b", f"w={token}", f"n={n}", f"sh={shape}"]
        core = [f"n={n}", f"sh={shape}"]
        if shape == "ar":
            a = analyze(token)
            stem = a.stem
            feats += [
                f"s={stem}",
                f"p={a.prefix}",
                f"x={a.suffix}",
                f"s2={stem[:2]}",
                f"s3={stem[:3]}",
                f"e2={stem[-2:]}",
                f"e3={stem[-3:]}",
                f"e4={stem[-4:]}",
                f"n2={n[:2]}",
                f"ne2={n[-2:]}",
                f"ln={min(len(stem), 9)}",
            ]
            core += [f"s={stem}", f"p={a.prefix}"]
            padded = f"<{stem}>"
            feats.extend(dict.fromkeys(f"cg={padded[k : k + 3]}" for k in range(1, len(padded) - 3)))
            if a.prefix.endswith(("ال", "لل")):
                feats.append("al")
                core.append("al")
                if stem.endswith("ي") and len(stem) >= 4:
                    feats.append("alY")  # family names such as الشيباني، الحريري
                    core.append("alY")
                if stem.endswith("ية"):
                    feats.append("alYa")
                    core.append("alYa")
            if n in _STOP:
                feats.append("stop")
                core.append("stop")
            forms = [n, stem] if stem != n else [n]
            if a.prefix.endswith(("ال", "لل")):
                forms.append("ال" + stem)
            found: set[str] = set()
            for f in forms:
                found.update(lex.single.get(fold(f), ()))
                for name, words in lex.words.items():
                    if f in words:
                        found.add(name)
            weak: set[str] = set()
            for f in candidates(token)[1:]:
                if len(f) >= 3 and f not in forms:
                    weak.update(lex.single.get(fold(f), ()))
            for name in sorted(found):
                feats.append(f"G={name}")
                core.append(f"G={name}")
            # how common the word is in general Arabic: the nearest thing to a capital letter (absent: rare)
            zipf = lex.word_freq.get(n, "r") if lex.word_freq else None
            if zipf is not None:
                stem_zipf = lex.word_freq.get(stem, "r")
                feats += [f"zf={zipf}", f"zs={stem_zipf}"]
                core.append(f"zs={stem_zipf}")
            if lex.name_shape and len(stem) >= 3 and n not in _STOP:
                shape_bucket = self._name_shape(fold(stem))
                feats += [f"nl={shape_bucket}", f"nlz={shape_bucket}|{lex.word_freq.get(stem, 'r')}"]
                core.append(f"nl={shape_bucket}")
            unit = next((lex.name_units[f] for f in forms if f in lex.name_units), None)
            if unit is not None and n not in _STOP:  # a name word of real people (Arabic has no capitals)
                feats.append(f"nu={unit}")
                core.append(f"nu={unit[0]}")
            for name in sorted(weak - found):
                feats.append(f"g={name}")
            if any(b in lex.places for b in _nisba_base(stem)):
                feats.append("nisba")
                core.append("nisba")
        elif shape in {"Lat", "lat", "mix"}:
            feats += [f"e3={n[-3:]}"]
        window = tuple(tuple(f"{off}{f}" for f in core) for off in ("-2", "-1", "+1", "+2"))
        out = (tuple(feats), window)  # tuples: cached for the process, untracked by the garbage collector
        return _keep(self._cache, token, out)

    def _name_shape(self, stem: str) -> str:
        """How name-like a word's spelling is, as a bucket from -4 (a common word) to 4 (a transliteration)."""
        hit = self._shapes.get(stem)
        if hit is None:
            table = self.lex.name_shape
            ratios = [r for r in map(table.get, name_shape_grams(stem)) if r is not None]
            bucket = str(max(-4, min(4, math.floor(2 * sum(ratios) / len(ratios))))) if ratios else "u"
            hit = _keep(self._shapes, stem, bucket)
        return hit

    # -- multi-word names ------------------------------------------------------------------------------------
    def phrase_matches(self, tokens: Sequence[str]) -> list[tuple[int, int, frozenset[str]]]:
        """Longest gazetteer phrases (two words or more) as (start, end, kinds); the first word may have clitics.

        Both the features and the completion rules ask for a sentence's matches, so they are kept for the
        sentences of the current stretch of text (the cache is emptied when it grows large).
        """
        key = tuple(tokens)
        hit = self._mcache.get(key)
        if hit is None:
            hit = self._phrase_matches(key)
            if len(self._mcache) >= 50_000:
                self._mcache.clear()
            self._mcache[key] = hit
        return list(hit)

    def _starts(self, token: str) -> tuple[str, tuple[str, ...]]:
        """A token's folded form, and its folded readings (clitics off) that can begin a listed phrase."""
        hit = self._scache.get(token)
        if hit is None:
            normed = fold(norm(token))
            firsts = [fold(c) for c in candidates(token)] if _ARABIC.match(normed) else [normed]
            starts = tuple(f for f in dict.fromkeys(firsts) if (f,) in self.lex.prefixes)
            hit = _keep(self._scache, token, (normed, starts))
        return hit

    def _phrase_matches(self, tokens: tuple[str, ...]) -> tuple[tuple[int, int, frozenset[str]], ...]:
        lex = self.lex
        out: list[tuple[int, int, frozenset[str]]] = []
        if not lex.phrases:
            return ()
        starts = [self._starts(t) for t in tokens]
        i = 0
        while i < len(tokens):
            best: tuple[int, tuple[str, ...]] | None = None
            for first in starts[i][1]:
                key: tuple[str, ...] = (first,)
                j = i + 1
                while j < len(tokens) and j - i < lex.max_phrase:
                    key = (*key, starts[j][0])
                    if key in lex.phrases and (best is None or j + 1 - i > best[0]):
                        best = (j + 1 - i, lex.phrases[key])
                    if key not in lex.prefixes:
                        break
                    j += 1
            if best is None:
                i += 1
                continue
            out.append((i, i + best[0], frozenset(best[1])))
            i += best[0]
        return tuple(out)

    def _phrase_tags(self, tokens: Sequence[str]) -> list[list[str]]:
        """B-/I- features of the gazetteer phrases found in a sentence."""
        out: list[list[str]] = [[] for _ in tokens]
        for start, end, kinds in self.phrase_matches(tokens):
            for k in range(start, end):
                tag = "B" if k == start else "I"
                out[k].extend(f"M{tag}={kind}" for kind in sorted(kinds))
        return out

    def single_kinds(self, token: str) -> frozenset[str]:
        """Gazetteer kinds of a one-word name (clitics stripped): for the post-CRF completion rules."""
        hit = self._kinds.get(token)
        if hit is None:
            hit = _keep(self._kinds, token, self._single_kinds(token))
        return hit

    def _single_kinds(self, token: str) -> frozenset[str]:
        n = norm(token)
        if not _ARABIC.match(n) or n in _STOP:
            return frozenset()
        a = analyze(token)
        found: set[str] = set()
        for f in (n, a.stem, "ال" + a.stem if a.prefix.endswith(("ال", "لل")) else a.stem):
            found.update(self.lex.single.get(fold(f), ()))
        return frozenset(found)

    def is_nisba(self, token: str) -> bool:
        """A relational adjective of a known place (السورية، العراقي)."""
        hit = self._nisba.get(token)
        if hit is None:
            places = self.lex.places
            nisba = bool(_ARABIC.match(norm(token))) and any(b in places for b in _nisba_base(analyze(token).stem))
            hit = _keep(self._nisba, token, nisba)
        return hit

    def is_place_head(self, token: str) -> bool:
        """A noun that announces a place (مخيم، مدينة، محافظة), clitics stripped."""
        hit = self._heads.get(token)
        if hit is None:
            stem = analyze(token).stem
            heads = self.lex.words["loch"]
            hit = _keep(self._heads, token, stem in heads or ("ال" + stem) in heads)
        return hit

    # -- a sentence -----------------------------------------------------------------------------------------
    def sentence(self, tokens: Sequence[str]) -> list[list[str]]:
        """Feature lists for each token of one sentence."""
        words = [self._word(t) for t in tokens]
        phrases = self._phrase_tags(tokens)
        n = len(tokens)
        quoted = _quoted(tokens)
        clusters = self.lex.clusters
        cids = [clusters.get(context_key(t)) for t in tokens] if clusters else [None] * n
        out: list[list[str]] = []
        trig = ""
        trig_at = -9
        for i in range(n):
            feats = list(words[i][0])
            feats.extend(phrases[i])
            if quoted[i]:
                feats.append(quoted[i])
            for off in (-1, 0, 1):
                ids = cids[i + off] if 0 <= i + off < n else None
                if ids is not None:
                    feats.extend(self._cluster_feats(off, ids))
            if i - trig_at <= 3:
                feats.append(f"L3={trig}")
            kinds = self._trigger_kinds(tokens[i], words[i][0])
            if kinds:
                trig, trig_at = kinds[0], i
            if i == 0:
                feats.append("BOS")
            else:
                feats.extend(words[i - 1][1][1])
                feats.extend(f"-1{f}" for f in phrases[i - 1])
                feats.append(f"bg-={words[i - 1][0][2][2:]}|{words[i][0][2][2:]}")
                if i > 1:
                    feats.extend(words[i - 2][1][0])
            if i == n - 1:
                feats.append("EOS")
            else:
                feats.extend(words[i + 1][1][2])
                feats.extend(f"+1{f}" for f in phrases[i + 1])
                feats.append(f"bg+={words[i][0][2][2:]}|{words[i + 1][0][2][2:]}")
                if i < n - 2:
                    feats.extend(words[i + 2][1][3])
            out.append(feats)
        return out

    def _cluster_feats(self, off: int, ids: tuple[str, ...]) -> list[str]:
        """The cluster features a token gives at offset ``off`` (built once per cluster triple: speed)."""
        key = (off, ids)
        hit = self._kcache.get(key)
        if hit is None:
            hit = [f"k{off}_{size}={c}" for size, c in zip(CLUSTER_SIZES, ids, strict=True)]
            self._kcache[key] = hit
        return hit

    def _trigger_kinds(self, token: str, feats: list[str]) -> list[str]:
        hit = self._tcache.get(token)
        if hit is None:
            hit = _keep(self._tcache, token, [f[2:] for f in feats if f.startswith("G=") and f[2:] in _TRIGGERS])
        return hit

    def sentences(self, sents: Iterable[Sequence[str]]) -> list[list[list[str]]]:
        return [self.sentence(s) for s in sents]


# -- second pass: what the first pass said about the same word elsewhere in the document ---------------------


@lru_cache(maxsize=200_000)
def context_key(token: str) -> str:
    """The key under which a word's other mentions are pooled: folded stem; '' for words not worth pooling."""
    n = norm(token)
    if not _ARABIC.match(n):
        return n if len(n) >= 3 and n[:1].isalpha() else ""
    if n in _STOP or len(n) < 3:
        return ""
    return fold(analyze(token).stem)


def stack_features(
    feats: list[list[list[str]]],
    sents: Sequence[Sequence[str]],
    first: Sequence[Sequence[str]],
    window: int,
) -> list[list[list[str]]]:
    """Add first-pass labels and their document-level agreement to each token's features.

    ``first`` holds the first-pass tags of ``sents``; the context of a sentence is the ``window`` sentences
    on either side (a whole article in the pipeline, a stretch of articles in a CoNLL file). A name tagged
    PER three times and missed once is given, at the miss, the evidence of the other three
    (Krishnan & Manning 2006's label consistency, done as stacking).
    """
    keys = [[context_key(t) for t in s] for s in sents]
    out: list[list[list[str]]] = []
    n = len(sents)
    # running counts over the window: key -> type -> count
    from collections import Counter

    def add(counter: dict[str, Counter[str]], si: int, sign: int) -> None:
        for k, tag in zip(keys[si], first[si], strict=True):
            if k and tag != "O":
                counter.setdefault(k, Counter())[tag[2:]] += sign

    counts: dict[str, Counter[str]] = {}
    for si in range(min(n, window + 1)):
        add(counts, si, 1)
    for si in range(n):
        if si - window - 1 >= 0:
            add(counts, si - window - 1, -1)
        if si + window < n and si + window > window:
            add(counts, si + window, 1)
        tags = first[si]
        sent_out: list[list[str]] = []
        for i, fs in enumerate(feats[si]):
            extra = [f"p1={tags[i]}"]
            extra.append(f"p1-={tags[i - 1] if i else 'BOS'}")
            extra.append(f"p1+={tags[i + 1] if i + 1 < len(tags) else 'EOS'}")
            k = keys[si][i]
            c = counts.get(k) if k else None
            if c:
                own = tags[i][2:] if tags[i] != "O" else ""
                seen = {t: v - (1 if t == own else 0) for t, v in c.items()}
                seen = {t: v for t, v in seen.items() if v > 0}
                if seen:
                    best = max(sorted(seen), key=lambda t: seen[t])
                    extra.append(f"dm={best}")
                    extra.append(f"dm={best}|{tags[i][:1]}")
                    extra.extend(f"dc={t}" for t in sorted(seen))
            sent_out.append(fs + extra)
        out.append(sent_out)
    return out
