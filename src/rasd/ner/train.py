"""Train rasd's entity tagger: a linear-chain CRF over rich token features.

The shipped model is one CRF (python-crfsuite, L-BFGS with elastic-net regularisation, c1=0.05, c2=0.05)
over the features of :mod:`rasd.ner.features`, trained on the data plus a copy in which half of the entity
tokens have their word identity hidden (:func:`hide_names`), so that it learns to recognise unseen names.

Two extensions are implemented and can be switched on, but did not beat the plain CRF on the held-out last
10% of ANERcorp train, so they are not shipped (see the model card): a stacked second CRF pass that also
sees the first pass's labels and how the same word was labelled elsewhere in the article
(``fit(..., stacked=True)``; first-pass labels of the training data come from k-fold jackknifing), and a
BiLSTM averaged with the CRF (``train(..., neural=True)``, needs torch). crfsuite is deterministic for a
fixed feature order, and the hidden tokens are drawn from the seed, so the same data and seed give the same
model.

    rasd train ner --data ../shared/data/ner/anercorp/train.txt [--out DIR] [--seed N]
"""

from __future__ import annotations

import hashlib
import json
import random
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rasd.ner import Sentence, read_conll, to_iobes
from rasd.ner.features import FEATURE_VERSION, Featurizer, stack_features

DEFAULT_PARAMS: dict[str, Any] = {
    "c1": 0.05,
    "c2": 0.05,  # chosen by 5-fold CV over train with feature version 7 (0.01 before)
    "max_iterations": 300,
    "feature.possible_transitions": True,
}
DEFAULT_FOLDS = 5
DEFAULT_WINDOW = 20  # sentences on either side that count as "the same article" in a CoNLL file
DEFAULT_SCHEME = "iob2"
DEFAULT_COPIES = 1  # hidden-identity copies of the training data, each with its own draw
DEFAULT_HIDE = 0.5  # share of entity tokens whose identity is hidden in the second copy (see hide_names)
NN_WEIGHT = 0.5  # share of the BiLSTM in the averaged label probabilities (chosen on dev)


def _crf(xs: Sequence[list[list[str]]], ys: Sequence[Sequence[str]], out: Path, params: dict[str, Any]) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xs, ys, strict=True):
        trainer.append(x, list(y))
    trainer.set_params(params)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))


def _tag_all(model: Path, xs: Sequence[list[list[str]]]) -> list[list[str]]:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    try:
        return [tagger.tag(x) for x in xs]
    finally:
        tagger.close()


def jackknife(
    xs: Sequence[list[list[str]]], ys: Sequence[Sequence[str]], work: Path, folds: int, params: dict[str, Any]
) -> list[list[str]]:
    """Pass-one labels for every training sentence, each from a model that did not see it."""
    n = len(xs)
    bounds = fold_bounds(n, folds)
    labels: list[list[str]] = [[] for _ in range(n)]
    for k in range(folds):
        lo, hi = bounds[k], bounds[k + 1]
        model = work / f"fold{k}.crfsuite"
        _crf([*xs[:lo], *xs[hi:]], [*ys[:lo], *ys[hi:]], model, params)
        for i, tags in enumerate(_tag_all(model, xs[lo:hi])):
            labels[lo + i] = tags
        model.unlink()
    return labels


def fold_bounds(n: int, folds: int) -> list[int]:
    """Boundaries of ``folds`` contiguous blocks of ``n`` sentences (articles stay together)."""
    return [round(k * n / folds) for k in range(folds + 1)]


# Features that name a word itself (its forms and character n-grams), as opposed to what is known about it
# (gazetteers, triggers, shape, affixes) and its context; by the offset of the token that carries them.
_OWN_IDENTITY = ("w=", "n=", "s=", "cg=", "bg-=", "bg+=", "k0_")
_NEIGHBOUR_IDENTITY = {
    -2: ("+2n=", "+2s="),
    -1: ("+1n=", "+1s=", "bg+=", "k1_"),
    1: ("-1n=", "-1s=", "bg-=", "k-1_"),
    2: ("-2n=", "-2s="),
}


def hide_names(
    xs: Sequence[list[list[str]]], ys: Sequence[Sequence[str]], seed: int, rate: float
) -> list[list[list[str]]]:
    """Copies of the training sentences in which the identity of some entity words is hidden.

    A CRF trained on ANERcorp learns most names by heart (``w=بوش``) and gives little weight to what would
    recognise a name it has never seen: a gazetteer hit, a title before it, a given name, its shape. Hiding
    the identity of entity tokens (each with probability ``rate``; their own word features and those their
    neighbours see of them) in a second copy of the data makes the model learn those, which is what new text
    needs (word dropout, done on features).
    """
    rng = random.Random(seed)
    out: list[list[list[str]]] = []
    for x, y in zip(xs, ys, strict=True):
        drop: list[tuple[str, ...]] = [() for _ in x]
        for i, tag in enumerate(y):
            if tag == "O" or rng.random() >= rate:
                continue
            drop[i] += _OWN_IDENTITY
            for off, prefixes in _NEIGHBOUR_IDENTITY.items():
                if 0 <= i + off < len(x):
                    drop[i + off] += prefixes
        out.append([[f for f in fs if not f.startswith(d)] if d else fs for fs, d in zip(x, drop, strict=True)])
    return out


def fit(
    sents: Sequence[Sentence],
    out: Path,
    *,
    params: dict[str, Any] | None = None,
    folds: int = DEFAULT_FOLDS,
    window: int = DEFAULT_WINDOW,
    stacked: bool = False,
    hide: float = DEFAULT_HIDE,
    seed: int = 0,
    scheme: str = DEFAULT_SCHEME,
    copies: int = DEFAULT_COPIES,
) -> dict[str, Any]:
    """Train pass one (and pass two when ``stacked``) on ``sents`` into the directory ``out``; ``scheme`` is
    the label encoding the CRF learns ("iob2" or "iobes"; tagging turns either back into IOB2)."""
    if scheme not in ("iob2", "iobes"):
        raise ValueError(f"unknown label scheme {scheme!r}: use iob2 or iobes")
    params = {**DEFAULT_PARAMS, **(params or {})}
    fz = Featurizer()
    toks = [s[0] for s in sents]
    ys = [to_iobes(s[1]) if scheme == "iobes" else s[1] for s in sents]
    xs = [fz.sentence(t) for t in toks]
    out.mkdir(parents=True, exist_ok=True)
    if hide > 0:
        hidden = [x for c in range(copies) for x in hide_names(xs, ys, seed + c, hide)]
        _crf([*xs, *hidden], [*ys] * (1 + copies), out / "pass1.crfsuite", params)
    else:
        _crf(xs, ys, out / "pass1.crfsuite", params)
    if stacked:
        first = jackknife(xs, ys, out, folds, params)
        _crf(stack_features(xs, toks, first, window), ys, out / "pass2.crfsuite", params)
    elif (out / "pass2.crfsuite").exists():
        (out / "pass2.crfsuite").unlink()
    return {"params": params, "folds": folds, "window": window, "stacked": stacked, "hide": hide, "scheme": scheme,
            "copies": copies}


def _sha256(file: Path) -> str:
    h = hashlib.sha256()
    with file.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def default_out() -> Path:
    from rasd.data import path

    return path("models", "ner")


def train(
    data: Path,
    out: Path | None = None,
    seed: int = 0,
    extra: list[Path] | None = None,
    *,
    neural: bool = False,
) -> dict[str, Any]:
    """Train the shipped model on ``data`` (plus ``extra`` CoNLL files) and write it with its metadata.

    ``out`` is a directory (default: the package's ``data/models/ner``). The shipped model is the CRF alone;
    ``neural=True`` also trains the BiLSTM that :class:`rasd.ner.model.NerModel` then averages with it
    (needs torch; on ANERcorp dev it did not beat the CRF, see the model card). Returns the metadata written
    to ``out/meta.json``: data files with their SHA-256, sentence and token counts, settings, seed, time
    taken. crfsuite's L-BFGS is deterministic by itself; the seed drives the BiLSTM's initialisation and
    batch order.
    """
    started = time.time()
    random.seed(seed)
    files = [Path(data), *(Path(p) for p in extra or [])]
    sents: list[Sentence] = []
    for f in files:
        sents.extend(read_conll(f))
    target = Path(out) if out is not None else default_out()
    settings = fit(sents, target, seed=seed)
    for stale in ("bilstm.npz", "bilstm.json"):
        (target / stale).unlink(missing_ok=True)
    if neural:
        from rasd.ner.train_neural import train_bilstm

        settings["neural"] = train_bilstm(sents, target, seed=seed)
        settings["nn_weight"] = NN_WEIGHT
    else:
        settings["neural"] = None
    meta: dict[str, Any] = {
        "model": "rasd-ner-crf-bilstm" if neural else "rasd-ner-crf",
        "feature_version": FEATURE_VERSION,
        "labels": ["PER", "ORG", "LOC", "MISC"],
        "data": [{"file": f.name, "sha256": _sha256(f)} for f in files],
        "sentences": len(sents),
        "tokens": sum(len(s[0]) for s in sents),
        "seed": seed,
        **settings,
        "trained": datetime.now(UTC).strftime("%Y-%m-%d"),
        "seconds": round(time.time() - started, 1),
    }
    (target / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return meta
