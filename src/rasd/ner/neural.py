"""A small BiLSTM tagger run in numpy, averaged with the CRF's marginals.

The CRF sees hand-made features; this network sees characters and learns its own, which helps with names
the features miss (transliterated foreign names, unseen spellings). Per token it reads embeddings of the
normalized word and of its clitic stem, a character CNN, and the CRF's lexicon indicators (gazetteer,
trigger, shape, clitic, phrase, quote features) as a multi-hot vector; a one-layer BiLSTM and a linear layer
give label probabilities. It is trained with torch (:mod:`rasd.ner.train_neural`, a training-only
dependency) and exported to an ``.npz`` file, so inference needs numpy only.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from rasd.ner.features import Featurizer
from rasd.text.clitics import analyze
from rasd.text.normalize import norm

LABELS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
# CRF features that the network also reads (lexicon and shape indicators, not word identities)
LEX_PREFIXES = ("G=", "g=", "al", "nisba", "stop", "sh=", "p=", "x=", "qB", "qI", "MB=", "MI=", "L3=", "BOS", "EOS")
MAX_CHARS = 16
UNK = 1


def lex_features(fz: Featurizer, tokens: Sequence[str]) -> list[list[str]]:
    return [[f for f in fs if f.startswith(LEX_PREFIXES)] for fs in fz.sentence(tokens)]


def token_keys(tokens: Sequence[str]) -> tuple[list[str], list[str], list[str]]:
    """The word, stem and character keys of each token, as the vocabularies index them."""
    words = [norm(t) for t in tokens]
    stems = [analyze(t).stem for t in tokens]
    return words, stems, [w[:MAX_CHARS] for w in words]


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


class BiLstmTagger:
    """Numpy forward pass of the exported network (weights in ``bilstm.npz``, vocabularies in ``bilstm.json``)."""

    def __init__(self, directory: Path) -> None:
        with np.load(directory / "bilstm.npz") as data:
            self.p = {k: data[k].astype(np.float32) for k in data.files}
        vocab = json.loads((directory / "bilstm.json").read_text(encoding="utf-8"))
        self.words = {w: i for i, w in enumerate(vocab["words"])}
        self.stems = {w: i for i, w in enumerate(vocab["stems"])}
        self.chars = {w: i for i, w in enumerate(vocab["chars"])}
        self.feats = {w: i for i, w in enumerate(vocab["feats"])}
        self.hidden = int(vocab["hidden"])

    def _inputs(self, tokens: Sequence[str], lex: list[list[str]]) -> np.ndarray:
        p = self.p
        words, stems, chars = token_keys(tokens)
        w = p["w"][[self.words.get(x, UNK) for x in words]]
        s = p["s"][[self.stems.get(x, UNK) for x in stems]]
        ids = np.zeros((len(tokens), MAX_CHARS), dtype=np.int64)
        for i, word in enumerate(chars):
            ids[i, : len(word)] = [self.chars.get(ch, UNK) for ch in word]
        ce = p["c"][ids]  # (n, MAX_CHARS, 24)
        padded = np.pad(ce, ((0, 0), (1, 1), (0, 0)))
        windows = np.concatenate([padded[:, k : k + MAX_CHARS] for k in range(3)], axis=2)  # (n, M, 72)
        conv = windows @ p["conv_w"] + p["conv_b"]
        ce = np.maximum(conv, 0.0).max(axis=1)
        f = np.zeros((len(tokens), len(self.feats)), dtype=np.float32)
        for i, fs in enumerate(lex):
            for x in fs:
                k = self.feats.get(x)
                if k is not None:
                    f[i, k] = 1.0
        f = np.maximum(f @ p["f_w"] + p["f_b"], 0.0)
        return np.concatenate([w, s, ce, f], axis=1)

    def _lstm(self, x: np.ndarray, suffix: str) -> np.ndarray:
        """One direction over a batch of equal-length sentences: x is (batch, time, input)."""
        p = self.p
        b, t, _ = x.shape
        hsz = self.hidden
        pre = x @ p["wih" + suffix] + p["b" + suffix]
        whh = p["whh" + suffix]
        h = np.zeros((b, hsz), dtype=np.float32)
        c = np.zeros((b, hsz), dtype=np.float32)
        out = np.empty((b, t, hsz), dtype=np.float32)
        steps = range(t - 1, -1, -1) if suffix == "_r" else range(t)
        for step in steps:
            g = pre[:, step] + h @ whh
            i, f, gg, o = (g[:, k * hsz : (k + 1) * hsz] for k in range(4))
            c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(gg)
            h = _sigmoid(o) * np.tanh(c)
            out[:, step] = h
        return out

    def probs(self, sents: Sequence[Sequence[str]], lex: Sequence[list[list[str]]]) -> list[np.ndarray]:
        """Label probabilities (tokens x LABELS) for each sentence; sentences of one length share a batch."""
        result: list[np.ndarray] = [np.zeros((0, len(LABELS)), dtype=np.float32)] * len(sents)
        by_len: dict[int, list[int]] = {}
        for i, s in enumerate(sents):
            if s:
                by_len.setdefault(len(s), []).append(i)
        for idx in by_len.values():
            x = np.stack([self._inputs(sents[i], lex[i]) for i in idx])
            h = np.concatenate([self._lstm(x, ""), self._lstm(x, "_r")], axis=2)
            logits = h @ self.p["out_w"] + self.p["out_b"]
            logits -= logits.max(axis=2, keepdims=True)
            e = np.exp(logits)
            pr = e / e.sum(axis=2, keepdims=True)
            for k, i in enumerate(idx):
                result[i] = pr[k]
        return result


def _transitions() -> tuple[np.ndarray, np.ndarray]:
    n = len(LABELS)
    trans = np.zeros((n, n), dtype=np.float64)
    for a, la in enumerate(LABELS):
        for b, lb in enumerate(LABELS):
            if lb.startswith("I-") and la[2:] != lb[2:]:
                trans[a, b] = -1e9
    start = np.array([-1e9 if lab.startswith("I-") else 0.0 for lab in LABELS])
    return trans, start


_TRANS, _START = _transitions()


def decode(probs: np.ndarray) -> tuple[list[str], list[float]]:
    """The most probable IOB2-valid label sequence under per-token probabilities, and each chosen probability."""
    n = probs.shape[0]
    if n == 0:
        return [], []
    logp = np.log(probs + 1e-9)
    score = logp[0] + _START
    back = np.zeros((n, len(LABELS)), dtype=np.int64)
    for i in range(1, n):
        cand = score[:, None] + _TRANS
        back[i] = cand.argmax(axis=0)
        score = cand.max(axis=0) + logp[i]
    best = [int(score.argmax())]
    for i in range(n - 1, 0, -1):
        best.append(int(back[i][best[-1]]))
    best.reverse()
    return [LABELS[j] for j in best], [float(probs[i, j]) for i, j in enumerate(best)]
