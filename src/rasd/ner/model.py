"""The bundled entity model: loaded on first use, never at import time.

``tag(tokens)`` labels one sentence and ``tag_document(sentences)`` an article; :class:`NerModel` does the
work for a model directory written by :func:`rasd.ner.train.train`. The shipped model is one CRF; a
directory may also hold a stacked second pass (``pass2.crfsuite``) or a BiLSTM (``bilstm.npz``), which are
then used. Confidence is the model's marginal probability of each token's chosen label, averaged over the
entity's tokens; tokens relabelled by the completion rules (:func:`complete`) get :data:`RULE_SCORE`.
"""

from __future__ import annotations

import gc
import json
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from rasd.errors import ModelError
from rasd.ner import to_iob2
from rasd.ner.features import FEATURE_VERSION, Featurizer, stack_features
from rasd.ner.neural import LABELS, LEX_PREFIXES, BiLstmTagger, decode
from rasd.text.clitics import candidates
from rasd.text.normalize import norm

Entity = tuple[int, int, str, float]
# Confidence given to tokens that the completion rules relabel: they come from curated lists and the KB, and
# on the reference texts they are right far more often than the CRF's own marginals for them suggest.
RULE_SCORE = 0.85


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a text is tagged.

    Tagging allocates hundreds of thousands of short-lived feature lists, none of them in a reference cycle,
    so reference counting frees them all; but their number sets off the cyclic collector again and again, and
    each full pass walks the lexicons and the per-word caches (a sixth to a fifth of the tagger's time on
    one core). The collector's state is restored afterwards, also when tagging fails.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class ModelMissing(ModelError):
    """The entity model files are not where they should be (a broken install or a wrong path)."""


class NerModel:
    """A one- or two-pass CRF tagger read from a directory written by :func:`rasd.ner.train.train`."""

    def __init__(self, directory: Path | None = None, *, window: int | None = None) -> None:
        if directory is None:
            from rasd.ner.train import default_out

            directory = default_out()
        self.directory = Path(directory)
        meta_file = self.directory / "meta.json"
        self.meta: dict[str, Any] = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}
        if self.meta.get("feature_version", FEATURE_VERSION) != FEATURE_VERSION:
            raise ModelMissing(
                f"the NER model in {self.directory} was trained with feature version "
                f"{self.meta.get('feature_version')}, this rasd computes version {FEATURE_VERSION}",
                hint="Retrain it with `rasd train ner`.",
            )
        self.window = window if window is not None else int(self.meta.get("window", 20))
        self._lock = threading.Lock()
        self._taggers: dict[str, Any] = {}
        self._neural: BiLstmTagger | None = None
        self.nn_weight = float(self.meta.get("nn_weight", 0.5))
        self.featurizer = Featurizer()
        if not (self.directory / "pass1.crfsuite").exists():
            raise ModelMissing(
                f"no NER model in {self.directory} (pass1.crfsuite is missing)",
                hint="Reinstall rasd, or train one with `rasd train ner --data FILE --out DIR`.",
            )

    @property
    def stacked(self) -> bool:
        return (self.directory / "pass2.crfsuite").exists()

    @property
    def neural(self) -> BiLstmTagger | None:
        """The BiLSTM averaged with the CRF, when the model directory has one (loaded on first use)."""
        if self._neural is None and (self.directory / "bilstm.npz").exists():
            self._neural = BiLstmTagger(self.directory)
        return self._neural

    def _tagger(self, name: str) -> Any:
        tagger = self._taggers.get(name)
        if tagger is None:
            import pycrfsuite

            tagger = pycrfsuite.Tagger()
            tagger.open(str(self.directory / f"{name}.crfsuite"))
            self._taggers[name] = tagger
        return tagger

    @_gc_paused()
    def _run(
        self, sents: Sequence[Sequence[str]], passes: int, scores: bool, rules: str = "none"
    ) -> tuple[list[list[str]], list[list[float]]]:
        with self._lock:
            xs = [self.featurizer.sentence(s) if s else [] for s in sents]
            tagger = self._tagger("pass1")
            tags = [tagger.tag(x) if x else [] for x in xs]
            if passes > 1 and self.stacked:
                xs = stack_features(xs, sents, tags, self.window)
                tagger = self._tagger("pass2")
                tags = [tagger.tag(x) if x else [] for x in xs]
            probs: list[list[float]] = []
            if self.neural is not None and self.nn_weight > 0:
                tags, probs = self._ensemble(tagger, xs, sents)
            elif scores:
                for x, y in zip(xs, tags, strict=True):
                    if x:
                        tagger.set(x)
                    probs.append([tagger.marginal(label, i) for i, label in enumerate(y)])
        out = [to_iob2(list(t)) for t in tags]
        if rules != "none":
            before = out
            out = propagate(sents, out, PROPAGATE_WINDOW)
            if scores:
                probs = [
                    [PROPAGATED_SCORE if a != b else p for a, b, p in zip(old, new, ps, strict=True)]
                    for old, new, ps in zip(before, out, probs, strict=True)
                ]
            done = [complete(self.featurizer, s, t, scope=rules) for s, t in zip(sents, out, strict=True)]
            done = harmonize(sents, [quoted_works(s, t) for s, t in zip(sents, done, strict=True)], PROPAGATE_WINDOW)
            if scores:  # a token the rules relabelled gets the rules' confidence, not the CRF's
                probs = [
                    [RULE_SCORE if a != b else p for a, b, p in zip(old, new, ps, strict=True)]
                    for old, new, ps in zip(out, done, probs, strict=True)
                ]
            out = done
        return out, probs

    def _ensemble(
        self, tagger: Any, xs: Sequence[list[list[str]]], sents: Sequence[Sequence[str]]
    ) -> tuple[list[list[str]], list[list[float]]]:
        """Average the CRF's per-token marginals with the BiLSTM's probabilities and decode (IOB2-valid)."""
        net = self.neural
        assert net is not None
        lex = [[[f for f in fs if f.startswith(LEX_PREFIXES)] for fs in x] for x in xs]
        nn_probs = net.probs(sents, lex)
        known = set(tagger.labels())
        tags: list[list[str]] = []
        probs: list[list[float]] = []
        for x, p_nn in zip(xs, nn_probs, strict=True):
            if not x:
                tags.append([])
                probs.append([])
                continue
            tagger.set(x)
            p_crf = np.array(
                [[tagger.marginal(lab, i) if lab in known else 0.0 for lab in LABELS] for i in range(len(x))]
            )
            y, p = decode(self.nn_weight * p_nn + (1.0 - self.nn_weight) * p_crf)
            tags.append(y)
            probs.append(p)
        return tags, probs

    def tag_corpus(self, sents: Sequence[Sequence[str]], passes: int = 2, *, rules: bool = False) -> list[list[str]]:
        """IOB2 tags for each sentence; sentences are taken as consecutive text (an article or a corpus).

        Without ``rules`` this is the CRF alone, following ANERcorp's conventions, which is what
        :mod:`rasd.evaluate.ner` scores; with them, the completion rules of :func:`complete` are applied.
        """
        return self._run(sents, passes, scores=False, rules=rules)[0]

    def entities(self, sents: Sequence[Sequence[str]], *, rules: str = "all") -> list[list[Entity]]:
        """(first_token, end_token_exclusive, label, confidence) per sentence of one document.

        The completion rules are on by default: the pipeline wants whole knowledge-base names
        (``قوات سوريا الديمقراطية``, ``الحكومة السورية``) that ANERcorp's annotation leaves out or cuts.
        """
        tags, probs = self._run(sents, 2, scores=True, rules=rules)
        return [_trimmed(s, _spans(t, p)) for s, t, p in zip(sents, tags, probs, strict=True)]


# Gazetteer kinds trusted to decide a whole phrase's label after the CRF (curated lists and rasd's KB; the
# GeoNames city list and the other hand-written lists are features only). ``fper``, the hand-written lists of
# real people, joined in feature version 9: 5-fold CV 0.7906 -> 0.7913, better on 3 folds, equal on 2.
_PHRASE_LABELS = {
    "kb_org": "ORG",
    "org": "ORG",
    "kb_place": "LOC",
    "country": "LOC",
    "place": "LOC",
    "kb_per": "PER",
    "fper": "PER",
}
# the kinds completed under ``scope="names"`` too (ANERcorp's conventions): people only
_NAMES_KINDS = frozenset({"kb_per", "fper"})
_PLACE_KINDS = frozenset({"kb_place", "kb_place_amb", "place"})
_GOVERNMENT = frozenset({"حكومة", "حكومه"})


PROPAGATE_WINDOW = 10  # sentences on either side (chosen on dev: 10 > 20 > 40)
PROPAGATED_SCORE = 0.6


def propagate(sents: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], window: int) -> list[list[str]]:
    """A name the model recognised once is the same name where it recurs nearby (the same article).

    Every entity found within ``window`` sentences is looked up again as a word sequence (normalized); an
    exact match the model left untagged gets the same label. A person's surname (the last word of a
    multi-word PER) is propagated on its own too (الشيباني after أسعد حسن الشيباني). One-word names need three
    letters or more. Chosen on dev: entity F1 0.732 -> 0.758 on the last 10% of ANERcorp train. A one-word
    name is also found behind a proclitic (وإيلات after إيلات): 5-fold CV over train, see the model card.
    """
    normed = [[norm(t) for t in s] for s in sents]
    found: list[list[tuple[tuple[str, ...], str]]] = []
    for words, t in zip(normed, tags, strict=True):
        names: list[tuple[tuple[str, ...], str]] = []
        for a, b, label in _entities_of(t):
            key = tuple(words[a:b])
            if len(key) >= 2 or len(key[0]) >= 3:
                names.append((key, label))
            if label == "PER" and len(key) >= 2 and len(key[-1]) >= 3:
                names.append(((key[-1],), "PER"))
        found.append(names)
    out = [list(t) for t in tags]
    for i, words in enumerate(normed):
        known: dict[tuple[str, ...], str] = {}
        for j in range(max(0, i - window), min(len(normed), i + window + 1)):
            for key, label in found[j]:
                known.setdefault(key, label)
        by_first: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}
        for order, (key, label) in enumerate(known.items()):
            by_first.setdefault(key[0], []).append((order, key, label))
        # longest names first, then in the order they were found, then left to right
        matches = sorted(
            (-len(key), order, k, key, label)
            for k, w in enumerate(words)
            for order, key, label in by_first.get(w, ())
            if tuple(words[k : k + len(key)]) == key
        )
        for _, _, k, key, label in matches:
            n = len(key)
            if all(x == "O" for x in out[i][k : k + n]):
                out[i][k : k + n] = ["B-" + label] + ["I-" + label] * (n - 1)
        for k, w in enumerate(words):  # وإيلات after إيلات, للأمم المتحدة after الأمم المتحدة: behind a proclitic
            if out[i][k] != "O" or len(w) < 4:
                continue
            for _, key, label in sorted((x for b in _bare(w) for x in by_first.get(b, ())), key=lambda x: -len(x[1])):
                n = len(key)
                if tuple(words[k + 1 : k + n]) == key[1:] and all(x == "O" for x in out[i][k : k + n]):
                    out[i][k : k + n] = ["B-" + label] + ["I-" + label] * (n - 1)
                    break
    return out


def harmonize(sents: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], window: int) -> list[list[str]]:
    """A name tagged with two types nearby (the same article) takes the type it is given most often there.

    The CRF reads each mention in its own context, so the same club or newspaper can come out ORG in one
    sentence and LOC in the next; the article means one thing by it. Ties keep each mention's own type.
    Chosen by 5-fold CV over train: 0.7794 -> 0.7803, better on 3 folds, equal on 2.
    """
    normed = [[norm(t) for t in s] for s in sents]
    mentions = [
        [(tuple(w[a:b]), label, a, b) for a, b, label in _entities_of(t)] for w, t in zip(normed, tags, strict=True)
    ]
    out = [list(t) for t in tags]
    # only a name given two types somewhere in the text can change; the others are not counted (speed)
    types: dict[tuple[str, ...], set[str]] = {}
    for own in mentions:
        for key, label, _, _ in own:
            types.setdefault(key, set()).add(label)
    mixed = {key for key, labels in types.items() if len(labels) > 1}
    for i, own in enumerate(mentions):
        own = [m for m in own if m[0] in mixed]
        if not own:
            continue
        counts: dict[tuple[str, ...], Counter[str]] = {}
        for j in range(max(0, i - window), min(len(mentions), i + window + 1)):
            for key, label, _, _ in mentions[j]:
                if key in mixed:
                    counts.setdefault(key, Counter())[label] += 1
        for key, label, a, b in own:
            best, n = counts[key].most_common(1)[0]
            if best != label and n > counts[key][label]:
                out[i][a:b] = ["B-" + best] + ["I-" + best] * (b - a - 1)
    return out


_PROCLITICS = ("وب", "ول", "و", "ب", "ل", "ف")


def _bare(word: str) -> tuple[str, ...]:
    """What ``word`` may be without a proclitic (لل stands for ل + ال): ولبنان is و + لبنان, not ول + بنان."""
    out = ["ال" + word[2:]] if word.startswith("لل") else []
    out += [word[len(p) :] for p in _PROCLITICS if word.startswith(p) and len(word) - len(p) >= 3]
    return tuple(out)


def _entities_of(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    return [(a, b, label) for a, b, label, _ in _spans(tags, [])]


def complete(fz: Featurizer, tokens: Sequence[str], tags: Sequence[str], *, scope: str = "all") -> list[str]:
    """Rules applied after the CRF, each for a case the ANERcorp-trained model cannot learn.

    ``scope="names"`` applies only rules that agree with ANERcorp's conventions (person names from the
    knowledge base and the lists of real people, places after a place noun); ``"all"`` also makes whole
    institution names, as the knowledge base writes them, which ANERcorp cuts or leaves out.

    1. A name from the curated gazetteers or rasd's knowledge base (``قوات سوريا الديمقراطية``,
       ``التحالف الدولي``, ``حسين السلامة``) becomes one entity of the list's type, replacing what the CRF
       found strictly inside it; a CRF entity that reaches outside the phrase wins (it saw a longer name).
    2. A one-word place from the gazetteers right after a place head noun (``مخيم الهول``، ``مخيمي الهول
       وروج``) is LOC even when the CRF missed it or ran two coordinated places together; one-word names
       elsewhere are left to the CRF, since many are also common words (الباب، الخبر، العديد).
    3. ``الحكومة`` + a place's relational adjective (``الحكومة السورية``) is ORG: ANERcorp leaves it untagged,
       but a news analysis needs the government as an actor.
    4. A word written with tanween (``مؤخراً``، ``دولارًا``) is indefinite, so no part of a name: the CRF's
       entity stops before it (``سعود مؤخراً``) or starts after it.
    """
    out = list(tags)
    from rasd.text.clitics import analyze

    for start, end, kinds in fz.phrase_matches(tokens):
        labels = {_PHRASE_LABELS[k] for k in kinds if k in _PHRASE_LABELS}
        if len(labels) != 1:
            continue
        label = labels.pop()
        if scope != "all" and not kinds & _NAMES_KINDS:
            continue
        if any(a < end and start < b and (a < start or b > end) for a, b, _ in _entities_of(out)):
            continue
        out[start:end] = ["B-" + label] + ["I-" + label] * (end - start - 1)
    for i, tok in enumerate(tokens):
        # مخيمي الهول وروج: after a place head noun, a و-word that is a place itself starts a second place even
        # when the CRF ran the two together (البوسنة والهرسك, with no head noun before it, stays one)
        second = out[i] == "I-LOC" and norm(tok).startswith("و")
        if (out[i] != "O" and not second) or fz.is_place_head(tok) or not (fz.single_kinds(tok) & _PLACE_KINDS):
            continue
        if fz.is_nisba(tok):  # الدولة السورية: an adjective, not a place
            continue
        j = i - 1
        while j >= 0 and j >= i - 3 and out[j].endswith("LOC") and not fz.is_place_head(tokens[j]):
            j -= 1
        if j >= 0 and fz.is_place_head(tokens[j]) and (j == i - 1 or norm(tok).startswith("و")):
            out[i] = "B-LOC"
    for i in range(len(tokens) - 1 if scope == "all" else 0):
        if (
            out[i] == "O"
            and out[i + 1] in {"O", "B-LOC"}
            and analyze(tokens[i]).stem in _GOVERNMENT
            and fz.is_nisba(tokens[i + 1])
        ):
            out[i], out[i + 1] = "B-ORG", "I-ORG"
    for i, tok in enumerate(tokens):
        if out[i] != "O" and any(c in _TANWEEN for c in tok):
            out[i] = "O"
            if i + 1 < len(out) and out[i + 1].startswith("I-"):
                out[i + 1] = "B-" + out[i + 1][2:]
    return out


_TANWEEN = frozenset("\u064b\u064c\u064d")


@lru_cache(maxsize=1)
def _work_heads() -> frozenset[str]:
    from rasd.data import path as data_path
    from rasd.ner.features import _read_words

    return frozenset(_read_words(data_path("lexicons", "ner_work_heads.txt")))


def quoted_works(tokens: Sequence[str], tags: Sequence[str]) -> list[str]:
    """رواية "خان الخليلي" و"زقاق المدق": a short title in quotation marks after a noun that announces a work
    (``lexicons/ner_work_heads.txt``), or listed right after such a title, is MISC. The CRF sees such titles
    as common words (a street, a palace); chosen by 5-fold CV over train: 0.7803 -> 0.7819.
    """
    out = list(tags)
    heads = _work_heads()
    listed = False
    i = 0
    while i < len(tokens):
        if norm(tokens[i]) != '"':  # every double quotation mark folds to " (rasd.text.normalize)
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and norm(tokens[j]) != '"' and j - i <= 6:
            j += 1
        if j >= len(tokens) or norm(tokens[j]) != '"' or not 1 <= j - i - 1 <= 5:
            i += 1
            continue
        cue = any(f in heads for t in tokens[max(0, i - 2) : i] for f in candidates(t))  # رواياته، الرواية
        follows = listed and i >= 1 and norm(tokens[i - 1]) in ("و", ",", "،")
        if (cue or follows) and all(t == "O" for t in out[i + 1 : j]):
            out[i + 1 : j] = ["B-MISC"] + ["I-MISC"] * (j - i - 2)
            listed = True
        else:
            listed = False
        i = j + 1
    return out


def surnames(fz: Featurizer, sents: Sequence[Sequence[str]], tags: Sequence[list[str]]) -> list[list[str]]:
    """Later mentions of a person by the last word of a name found earlier in the article are PER.

    News gives a person's full name first and then the family name alone (هورست كوبل ... كوبل); a word that
    ends a person name of two words or more earlier in the document, seen again untagged, is tagged PER.
    """
    from rasd.ner.features import context_key

    out = [list(t) for t in tags]
    known: set[str] = set()
    for si, (toks, ys) in enumerate(zip(sents, out, strict=True)):
        for i, tag in enumerate(ys):
            key = context_key(toks[i]) if tag == "O" else ""
            if key and key in known and len(key) >= 3 and not fz.is_nisba(toks[i]):
                ys[i] = "B-PER"
        for a, b, label in _entities_of(ys):
            if label == "PER" and b - a >= 2:
                key = context_key(sents[si][b - 1])
                if key and key not in _PARTICLE_KEYS:
                    known.add(key)
    return out


_PARTICLE_KEYS = frozenset({"بن", "ابن", "ابو", "بنت", "عبد"})


# words that open a clause after a name and never end one (المدرب غروس والتي طالب بها: not "غروس والتي")
_NEVER_LAST = frozenset({"التي", "الذي", "الذين", "والتي", "والذي", "والذين", "اللذين", "اللتين", "اللذان"})


# what a person sends or gives right after his name, the tagger's most common overrun of a long name (بعث الأمير
# محمد بن نايف بن عبدالعزيز آل سعود برقية تهنئة): these nouns end no person's name
_NEVER_LAST_PER = frozenset(
    {"برقية", "برقيتي", "برقيه", "رسالة", "رساله", "رسالتين", "اتصالا", "كلمة", "بيانا", "تصريحا"}
)


def _trimmed(tokens: Sequence[str], spans: list[Entity]) -> list[Entity]:
    out: list[Entity] = []
    for first, end, label, score in spans:
        while end - 1 > first and (
            norm(tokens[end - 1]) in _NEVER_LAST or (label == "PER" and norm(tokens[end - 1]) in _NEVER_LAST_PER)
        ):
            end -= 1
        out.append((first, end, label, score))
    return out


def _spans(tags: Sequence[str], probs: Sequence[float]) -> list[Entity]:
    out: list[Entity] = []
    i = 0
    while i < len(tags):
        if tags[i].startswith("B-"):
            kind = tags[i][2:]
            j = i + 1
            while j < len(tags) and tags[j] == "I-" + kind:
                j += 1
            score = sum(probs[i:j]) / (j - i) if probs else 1.0
            out.append((i, j, kind, round(float(score), 4)))
            i = j
        else:
            i += 1
    return out


@lru_cache(maxsize=1)
def default_model() -> NerModel:
    """The model shipped in ``rasd/data/models/ner``, loaded once per process."""
    return NerModel()


def tag(tokens: list[str]) -> list[Entity]:
    """Entities of one sentence as (first_token, end_token_exclusive, label, confidence).

    The pipeline's completion rules are applied (``scope="all"``), as in the ``entities`` stage.
    """
    return default_model().entities([tokens])[0]


def tag_document(sentences: list[list[str]]) -> list[list[Entity]]:
    """Entities of each sentence of one document; the second pass pools evidence across the document."""
    return default_model().entities(sentences)
