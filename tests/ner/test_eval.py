"""Evaluation reads IOB1/IOB2 and PERS/PER, and scores with seqeval strict IOB2."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.evaluate.ner import evaluate
from rasd.ner import canonical_tag, read_conll, to_iob2, to_iobes


def test_iob1_to_iob2() -> None:
    assert to_iob2(["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"]) == [
        "B-PER",
        "I-PER",
        "O",
        "B-LOC",
        "B-LOC",
        "B-ORG",
    ]
    assert to_iob2(["B-PER", "I-PER"]) == ["B-PER", "I-PER"]


def test_iobes_round_trip() -> None:
    iob2 = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "I-LOC", "B-ORG", "B-MISC"]
    iobes = to_iobes(iob2)
    assert iobes == ["B-PER", "E-PER", "O", "S-LOC", "B-LOC", "I-LOC", "E-LOC", "S-ORG", "S-MISC"]
    assert to_iob2(iobes) == iob2
    # a tagger's stray E- with no B- before it still makes an entity
    assert to_iob2(["O", "E-ORG", "S-PER"]) == ["O", "B-ORG", "B-PER"]


def test_pers_spelling() -> None:
    assert canonical_tag("B-PERS") == "B-PER"
    assert canonical_tag("i-loc") == "I-LOC"
    assert canonical_tag("O") == "O"


def test_read_conll(tmp_path: Path) -> None:
    f = tmp_path / "tiny.txt"
    f.write_text("\ufeff\u200eقال O\nبوش I-PERS\n\nفي O\nلندن B-LOC\n", encoding="utf-8")
    sents = read_conll(f)
    assert sents == [(["قال", "بوش"], ["O", "B-PER"]), (["في", "لندن"], ["O", "B-LOC"])]


def test_read_conll_iobes(tmp_path: Path) -> None:
    f = tmp_path / "iobes.txt"
    f.write_text("زار O\nجورج B-PER\nبوش E-PER\nبغداد S-LOC\n", encoding="utf-8")
    assert read_conll(f) == [(["زار", "جورج", "بوش", "بغداد"], ["O", "B-PER", "I-PER", "B-LOC"])]


def test_evaluate_tiny_file(tmp_path: Path) -> None:
    pytest.importorskip("pycrfsuite")
    f = tmp_path / "tiny.txt"
    f.write_text(
        "وقال I-PERS\nالرئيس O\nالأمريكي O\nجورج I-PERS\nبوش I-PERS\nفي O\nواشنطن I-LOC\n. O\n\n"
        "وصل O\nإلى O\nبغداد B-LOC\n. O\n",
        encoding="utf-8",
    )
    result = evaluate(f)
    assert set(result) >= {"micro", "per_type", "tokens_per_second", "tokens"}
    assert result["tokens"] == 12
    assert set(result["micro"]) == {"precision", "recall", "f1"}
    assert "PER" in result["per_type"] and "PERS" not in result["per_type"]
    assert result["per_type"]["LOC"]["support"] == 2
    assert result["per_type"]["PER"]["support"] == 2  # IOB1 "I-PERS" after "O" starts an entity
    assert 0.0 <= result["micro"]["f1"] <= 1.0
