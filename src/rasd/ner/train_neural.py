"""Train the BiLSTM half of the entity tagger with torch and export it for numpy inference.

torch is needed here only (``pip install torch==2.13.0``, CPU build); the exported ``bilstm.npz`` and
``bilstm.json`` are read by :class:`rasd.ner.neural.BiLstmTagger` with numpy. Training is made reproducible
by a fixed seed, one CPU thread and a fixed sentence order per epoch drawn from that seed.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from rasd.ner import Sentence
from rasd.ner.features import Featurizer
from rasd.ner.neural import LABELS, MAX_CHARS, UNK, lex_features, token_keys

HIDDEN = 96
EPOCHS = 20
BATCH = 32
WORD_DROPOUT = 0.1


def _vocab(counts: Counter[str], min_count: int, specials: bool = True) -> list[str]:
    words = sorted(w for w, c in counts.items() if c >= min_count)
    return ["<pad>", "<unk>", *words] if specials else words


def train_bilstm(sents: Sequence[Sentence], out: Path, seed: int = 0, epochs: int = EPOCHS) -> dict[str, Any]:
    """Train on ``sents`` and write ``bilstm.npz`` and ``bilstm.json`` into ``out``."""
    try:
        import torch
        from torch import nn
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise RuntimeError("training the BiLSTM needs torch: pip install torch==2.13.0") from exc

    torch.manual_seed(seed)
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    rng = random.Random(seed)
    fz = Featurizer()
    keys = [token_keys(toks) for toks, _ in sents]
    lex = [lex_features(fz, toks) for toks, _ in sents]
    words = _vocab(Counter(w for k in keys for w in k[0]), 2)
    stems = _vocab(Counter(s for k in keys for s in k[1]), 2)
    chars = _vocab(Counter(ch for k in keys for w in k[2] for ch in w), 1)
    feats = _vocab(Counter(f for fs in lex for tok in fs for f in tok), 3, specials=False)
    wi, si, ci, fi = ({w: i for i, w in enumerate(v)} for v in (words, stems, chars, feats))
    nf = len(feats)

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.w = nn.Embedding(len(words), 64, padding_idx=0)
            self.s = nn.Embedding(len(stems), 64, padding_idx=0)
            self.c = nn.Embedding(len(chars), 24, padding_idx=0)
            self.conv = nn.Conv1d(24, 64, 3, padding=1)
            self.f = nn.Linear(nf, 48)
            self.drop = nn.Dropout(0.35)
            self.lstm = nn.LSTM(240, HIDDEN, batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * HIDDEN, len(LABELS))

        def forward(self, w: Any, s: Any, c: Any, f: Any, lengths: Any) -> Any:
            b, t, m = c.shape
            ce = self.c(c.view(b * t, m)).transpose(1, 2)
            ce = torch.relu(self.conv(ce)).max(dim=2).values.view(b, t, -1)
            x = torch.cat([self.w(w), self.s(s), ce, torch.relu(self.f(f))], dim=-1)
            packed = nn.utils.rnn.pack_padded_sequence(self.drop(x), lengths, batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=t)
            return self.out(self.drop(h))

    def batch(idx: list[int], dropout: float) -> tuple[Any, ...]:
        t = max(len(sents[i][0]) for i in idx)
        w = torch.zeros(len(idx), t, dtype=torch.long)
        s = torch.zeros(len(idx), t, dtype=torch.long)
        c = torch.zeros(len(idx), t, MAX_CHARS, dtype=torch.long)
        f = torch.zeros(len(idx), t, nf)
        y = torch.full((len(idx), t), -1, dtype=torch.long)
        for r, i in enumerate(idx):
            kw, ks, kc = keys[i]
            for j in range(len(kw)):
                w[r, j] = UNK if rng.random() < dropout else wi.get(kw[j], UNK)
                s[r, j] = UNK if rng.random() < dropout else si.get(ks[j], UNK)
                for k, ch in enumerate(kc[j]):
                    c[r, j, k] = ci.get(ch, UNK)
                for x in lex[i][j]:
                    if x in fi:
                        f[r, j, fi[x]] = 1.0
                y[r, j] = LABELS.index(sents[i][1][j])
        lengths = torch.tensor([len(sents[i][0]) for i in idx])
        return w, s, c, f, lengths, y

    net = Net()
    opt = torch.optim.Adam(net.parameters(), lr=2e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=epochs)
    lossf = nn.CrossEntropyLoss(ignore_index=-1)
    order = [i for i in range(len(sents)) if sents[i][0]]
    losses: list[float] = []
    for _ in range(epochs):
        net.train()
        rng.shuffle(order)
        total = 0.0
        for k in range(0, len(order), BATCH):
            w, s, c, f, lengths, y = batch(order[k : k + BATCH], WORD_DROPOUT)
            opt.zero_grad()
            loss = lossf(net(w, s, c, f, lengths).reshape(-1, len(LABELS)), y.reshape(-1))
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += float(loss.detach())
        sched.step()
        losses.append(round(total, 2))
    sd = {k: v.detach().numpy() for k, v in net.state_dict().items()}
    weights = {
        "w": sd["w.weight"],
        "s": sd["s.weight"],
        "c": sd["c.weight"],
        # Conv1d weight (out, in, k) -> a (k*in, out) matrix over windows of 3 concatenated char vectors
        "conv_w": sd["conv.weight"].transpose(2, 1, 0).reshape(3 * 24, 64),
        "conv_b": sd["conv.bias"],
        "f_w": sd["f.weight"].T,
        "f_b": sd["f.bias"],
        "wih": sd["lstm.weight_ih_l0"].T,
        "whh": sd["lstm.weight_hh_l0"].T,
        "b": sd["lstm.bias_ih_l0"] + sd["lstm.bias_hh_l0"],
        "wih_r": sd["lstm.weight_ih_l0_reverse"].T,
        "whh_r": sd["lstm.weight_hh_l0_reverse"].T,
        "b_r": sd["lstm.bias_ih_l0_reverse"] + sd["lstm.bias_hh_l0_reverse"],
        "out_w": sd["out.weight"].T,
        "out_b": sd["out.bias"],
    }
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out / "bilstm.npz", **{k: v.astype(np.float16) for k, v in weights.items()})
    vocab = {"words": words, "stems": stems, "chars": chars, "feats": feats, "hidden": HIDDEN}
    (out / "bilstm.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    gap = _export_gap(net, batch, sents, out, order[:64])
    if gap > 0.02:
        raise RuntimeError(f"the numpy export of the BiLSTM differs from torch by {gap:.4f} (probability)")
    return {"epochs": epochs, "hidden": HIDDEN, "losses": losses, "torch": torch.__version__, "export_gap": gap}


def _export_gap(net: Any, batch: Any, sents: Sequence[Sentence], out: Path, idx: list[int]) -> float:
    """Largest difference between torch's and the numpy export's probabilities on some training sentences."""
    import torch

    from rasd.ner.neural import BiLstmTagger

    net.eval()
    with torch.no_grad():
        w, s, c, f, lengths, _ = batch(idx, 0.0)
        ref = torch.softmax(net(w, s, c, f, lengths), dim=-1).numpy()
    fz = Featurizer()
    toks = [sents[i][0] for i in idx]
    got = BiLstmTagger(out).probs(toks, [lex_features(fz, t) for t in toks])
    return float(max(np.abs(ref[r, : len(t)] - g).max() for r, (t, g) in enumerate(zip(toks, got, strict=True))))
