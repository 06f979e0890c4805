"""The BiLSTM half: IOB2-valid decoding, and the exported network's numpy forward pass."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from rasd.ner.neural import LABELS, BiLstmTagger, decode


def test_decode_never_starts_an_entity_with_i() -> None:
    probs = np.full((3, len(LABELS)), 0.01)
    probs[0, LABELS.index("I-PER")] = 0.9  # the most probable label alone would be invalid IOB2
    probs[0, LABELS.index("B-PER")] = 0.5
    probs[1, LABELS.index("I-PER")] = 0.9
    probs[2, LABELS.index("O")] = 0.9
    tags, chosen = decode(probs)
    assert tags == ["B-PER", "I-PER", "O"]
    assert chosen[1] == pytest.approx(0.9)


def test_decode_empty() -> None:
    assert decode(np.zeros((0, len(LABELS)))) == ([], [])


def test_numpy_network_gives_probabilities(tmp_path: Path) -> None:
    """A network file with random weights (no torch needed) gives one distribution per token."""
    rng = np.random.default_rng(0)
    hidden, nf = 8, 3
    shapes = {
        "w": (4, 64),
        "s": (4, 64),
        "c": (5, 24),
        "conv_w": (72, 64),
        "conv_b": (64,),
        "f_w": (nf, 48),
        "f_b": (48,),
        "wih": (240, 4 * hidden),
        "whh": (hidden, 4 * hidden),
        "b": (4 * hidden,),
        "wih_r": (240, 4 * hidden),
        "whh_r": (hidden, 4 * hidden),
        "b_r": (4 * hidden,),
        "out_w": (2 * hidden, len(LABELS)),
        "out_b": (len(LABELS),),
    }
    np.savez(tmp_path / "bilstm.npz", **{k: rng.normal(size=v).astype(np.float16) for k, v in shapes.items()})
    vocab = {
        "words": ["<pad>", "<unk>", "في", "قال"],
        "stems": ["<pad>", "<unk>", "في", "قال"],
        "chars": ["<pad>", "<unk>", "ق", "ا", "ل"],
        "feats": ["sh=ar", "al", "BOS"],
        "hidden": hidden,
    }
    (tmp_path / "bilstm.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    net = BiLstmTagger(tmp_path)
    sents = [["قال", "محمد", "في", "بيروت"], [], ["أمس"], ["قال", "علي", "في", "دمشق"]]
    lex = [[["sh=ar", "BOS"] if i == 0 else ["sh=ar"] for i in range(len(s))] for s in sents]
    probs = net.probs(sents, lex)
    for s, p in zip(sents, probs, strict=True):
        assert p.shape == (len(s), len(LABELS))
        assert np.allclose(p.sum(axis=1), 1.0, atol=1e-4)
    # sentences of one length run as one batch: each must come out as if it ran alone
    alone = net.probs([sents[3]], [lex[3]])[0]
    assert np.allclose(alone, probs[3], atol=1e-5)


def test_numpy_matches_torch(tmp_path: Path) -> None:
    """Training checks its own export: numpy and torch give the same probabilities (float16 weights aside)."""
    pytest.importorskip("torch")
    from rasd.ner.train_neural import train_bilstm

    sents = [
        (["قال", "الرئيس", "محمد", "علي", "في", "بيروت"], ["O", "O", "B-PER", "I-PER", "O", "B-LOC"]),
        (["وصل", "الوفد", "إلى", "القاهرة", "أمس"], ["O", "O", "O", "B-LOC", "O"]),
    ] * 3
    info = train_bilstm(sents, tmp_path, seed=1, epochs=1)
    assert info["epochs"] == 1
    assert info["export_gap"] < 0.02
    assert (tmp_path / "bilstm.npz").exists() and (tmp_path / "bilstm.json").exists()
