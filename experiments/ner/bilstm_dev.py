"""Dev experiment: a small BiLSTM tagger (torch, CPU) alone and averaged with the CRF's marginals.

Inputs per token: embeddings of the normalized word and its clitic stem (trained here, words seen twice or
more), a character CNN, and the CRF's lexicon indicators (gazetteer, trigger, shape, clitic, phrase and quote
features) as a multi-hot vector. Trained on the first 90% of ANERcorp train, scored on the last 10%.

    .venv/bin/python experiments/ner/bilstm_dev.py --crf /tmp/ner_dev_p1 [--epochs 12] [--seed 0]
"""

from __future__ import annotations

import argparse
import math
import random
import time
from collections import Counter
from pathlib import Path

import numpy as np
import torch
from seqeval.metrics import classification_report, f1_score
from seqeval.scheme import IOB2
from torch import nn

from rasd.ner import read_conll, to_iob2
from rasd.ner.features import Featurizer
from rasd.ner.model import NerModel
from rasd.text.clitics import analyze
from rasd.text.normalize import norm

TRAIN = Path(__file__).resolve().parents[3] / "shared/data/ner/anercorp/train.txt"
LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
LEX_PREFIXES = ("G=", "g=", "al", "nisba", "stop", "sh=", "p=", "x=", "qB", "qI", "MB=", "MI=", "L3=", "BOS", "EOS")
MAXC = 16


def lex_feats(fz: Featurizer, toks: list[str]) -> list[list[str]]:
    return [[f for f in fs if f.startswith(LEX_PREFIXES)] for fs in fz.sentence(toks)]


class Vocab:
    def __init__(self, counts: Counter[str], min_count: int) -> None:
        self.itos = ["<pad>", "<unk>", *sorted(w for w, c in counts.items() if c >= min_count)]
        self.stoi = {w: i for i, w in enumerate(self.itos)}

    def __call__(self, w: str) -> int:
        return self.stoi.get(w, 1)


class Tagger(nn.Module):
    def __init__(self, nw: int, ns: int, nc: int, nf: int, hidden: int = 96) -> None:
        super().__init__()
        self.w = nn.Embedding(nw, 64, padding_idx=0)
        self.s = nn.Embedding(ns, 64, padding_idx=0)
        self.c = nn.Embedding(nc, 24, padding_idx=0)
        self.conv = nn.Conv1d(24, 64, 3, padding=1)
        self.f = nn.Linear(nf, 48)
        self.drop = nn.Dropout(0.35)
        self.lstm = nn.LSTM(64 + 64 + 64 + 48, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, len(LABELS))

    def forward(self, w, s, c, f):  # type: ignore[no-untyped-def]
        b, t, m = c.shape
        ce = self.c(c.view(b * t, m)).transpose(1, 2)
        ce = torch.relu(self.conv(ce)).max(dim=2).values.view(b, t, -1)
        x = torch.cat([self.w(w), self.s(s), ce, torch.relu(self.f(f))], dim=-1)
        h, _ = self.lstm(self.drop(x))
        return self.out(self.drop(h))


def encode(sents, fz, wv, sv, cv, fv):  # type: ignore[no-untyped-def]
    out = []
    for toks in sents:
        lf = lex_feats(fz, toks)
        w = [wv(norm(t)) for t in toks]
        s = [sv(analyze(t).stem) for t in toks]
        c = [[cv(ch) for ch in norm(t)[:MAXC]] for t in toks]
        f = [[fv.stoi[x] for x in fs if x in fv.stoi] for fs in lf]
        out.append((w, s, c, f))
    return out


def batch(items, nf, word_drop=0.0, rng=None):  # type: ignore[no-untyped-def]
    b = len(items)
    t = max(len(it[0]) for it in items)
    w = torch.zeros(b, t, dtype=torch.long)
    s = torch.zeros(b, t, dtype=torch.long)
    c = torch.zeros(b, t, MAXC, dtype=torch.long)
    f = torch.zeros(b, t, nf)
    for i, (ww, ss, cc, ff) in enumerate(items):
        for j in range(len(ww)):
            drop = rng is not None and rng.random() < word_drop
            w[i, j] = 1 if drop else ww[j]
            s[i, j] = 1 if (rng is not None and rng.random() < word_drop) else ss[j]
            for k, ch in enumerate(cc[j]):
                c[i, j, k] = ch
            for k in ff[j]:
                f[i, j, k] = 1.0
    return w, s, c, f


def viterbi(logp: np.ndarray) -> list[str]:
    """Best IOB2-valid label sequence under per-token log-probabilities."""
    n, k = logp.shape
    allowed = np.zeros((k, k))
    for a, la in enumerate(LABELS):
        for b, lb in enumerate(LABELS):
            if lb.startswith("I-") and la[2:] != lb[2:]:
                allowed[a, b] = -1e9
    start = np.array([-1e9 if lab.startswith("I-") else 0.0 for lab in LABELS])
    score = logp[0] + start
    back = np.zeros((n, k), dtype=int)
    for i in range(1, n):
        cand = score[:, None] + allowed
        back[i] = cand.argmax(0)
        score = cand.max(0) + logp[i]
    best = [int(score.argmax())]
    for i in range(n - 1, 0, -1):
        best.append(int(back[i][best[-1]]))
    return [LABELS[j] for j in reversed(best)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--crf", type=Path, required=True)
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    torch.manual_seed(args.seed)
    torch.set_num_threads(1)
    rng = random.Random(args.seed)
    sents = read_conll(TRAIN)
    cut = int(len(sents) * 0.9)
    tr, dev = sents[:cut], sents[cut:]
    fz = Featurizer()
    wv = Vocab(Counter(norm(t) for s, _ in tr for t in s), 2)
    sv = Vocab(Counter(analyze(t).stem for s, _ in tr for t in s), 2)
    cv = Vocab(Counter(ch for s, _ in tr for t in s for ch in norm(t)), 1)
    fv = Vocab(Counter(f for s, _ in tr for fs in lex_feats(fz, s) for f in fs), 3)
    fv.itos, fv.stoi = fv.itos[2:], {w: i for i, w in enumerate(fv.itos[2:])}
    nf = len(fv.itos)
    print(f"vocab words {len(wv.itos)} stems {len(sv.itos)} chars {len(cv.itos)} lexfeats {nf}")
    xtr = encode([s for s, _ in tr], fz, wv, sv, cv, fv)
    ytr = [[LABELS.index(t) for t in tags] for _, tags in tr]
    xdev = encode([s for s, _ in dev], fz, wv, sv, cv, fv)
    model = Tagger(len(wv.itos), len(sv.itos), len(cv.itos), nf)
    opt = torch.optim.Adam(model.parameters(), lr=2e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=args.epochs)
    lossf = nn.CrossEntropyLoss(ignore_index=-1)
    order = list(range(len(xtr)))
    gold = [t for _, t in dev]
    for epoch in range(args.epochs):
        t0 = time.time()
        model.train()
        rng.shuffle(order)
        total = 0.0
        for k in range(0, len(order), 32):
            idx = order[k : k + 32]
            w, s, c, f = batch([xtr[i] for i in idx], nf, 0.1, rng)
            y = torch.full(w.shape, -1, dtype=torch.long)
            for r, i in enumerate(idx):
                y[r, : len(ytr[i])] = torch.tensor(ytr[i])
            opt.zero_grad()
            loss = lossf(model(w, s, c, f).reshape(-1, len(LABELS)), y.reshape(-1))
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            total += float(loss.detach())
        sched.step()
        probs = predict(model, xdev, nf)
        pred = [to_iob2([LABELS[j] for j in p.argmax(1)]) for p in probs]
        f1 = f1_score(gold, pred, mode="strict", scheme=IOB2)
        print(f"epoch {epoch} loss {total:.1f} dev F1 {f1:.4f} ({time.time() - t0:.0f}s)", flush=True)
    crf = NerModel(args.crf)
    tagger = crf._tagger("pass1")
    crf_probs = []
    for toks, _ in dev:
        tagger.set(crf.featurizer.sentence(toks))
        crf_probs.append(np.array([[tagger.marginal(lab, i) for lab in LABELS] for i in range(len(toks))]))
    for wgt in (0.0, 0.3, 0.5, 0.7, 1.0):
        pred = [viterbi(np.log(wgt * a + (1 - wgt) * b + 1e-9)) for a, b in zip(probs, crf_probs, strict=True)]
        print(f"NN weight {wgt}: dev F1 {f1_score(gold, pred, mode='strict', scheme=IOB2):.4f}")
        if math.isclose(wgt, 0.5):
            print(classification_report(gold, pred, mode="strict", scheme=IOB2, digits=4))


def predict(model: Tagger, xs, nf):  # type: ignore[no-untyped-def]
    model.eval()
    out = []
    with torch.no_grad():
        for k in range(0, len(xs), 64):
            items = xs[k : k + 64]
            p = torch.softmax(model(*batch(items, nf)), dim=-1).numpy()
            out.extend(p[r, : len(it[0])] for r, it in enumerate(items))
    return out


if __name__ == "__main__":
    main()
