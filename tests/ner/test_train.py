"""Training is reproducible (same data and seed, same model) and writes what the tagger reads."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from rasd.ner.model import NerModel
from rasd.ner.train import hide_names, train

SENTENCES = [
    (
        "قال الرئيس جورج بوش في واشنطن إن الولايات المتحدة ستدعم لبنان .",
        "O O B-PERS I-PERS O B-LOC O B-LOC I-LOC O B-LOC O",
    ),
    ("وصل وزير الخارجية أحمد أبو الغيط إلى بيروت أمس .", "O O O B-PERS I-PERS I-PERS O B-LOC O O"),
    ("أعلنت الأمم المتحدة أن مجلس الأمن سيجتمع في نيويورك .", "O B-ORG I-ORG O B-ORG I-ORG O O B-LOC O"),
    ("وارتفع سعر الدولار في القاهرة .", "O O B-MISC O B-LOC O"),
]


def write_tiny(path: Path) -> Path:
    lines = []
    for text, tags in SENTENCES * 3:
        lines += [f"{w} {t}" for w, t in zip(text.split(), tags.split(), strict=True)] + [""]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_same_seed_same_model(tmp_path: Path) -> None:
    data = write_tiny(tmp_path / "tiny.txt")
    a = train(data, tmp_path / "a", seed=3)
    b = train(data, tmp_path / "b", seed=3)
    assert _digest(tmp_path / "a" / "pass1.crfsuite") == _digest(tmp_path / "b" / "pass1.crfsuite")
    assert a["sentences"] == 12 and a["seed"] == 3
    assert {k: v for k, v in a.items() if k != "seconds"} == {k: v for k, v in b.items() if k != "seconds"}
    meta = json.loads((tmp_path / "a" / "meta.json").read_text(encoding="utf-8"))
    assert meta["data"][0]["file"] == "tiny.txt" and len(meta["data"][0]["sha256"]) == 64
    model = NerModel(tmp_path / "a")
    tags = model.tag_corpus([["قال", "الرئيس", "جورج", "بوش"]], rules="none")
    assert len(tags[0]) == 4


def test_extra_files_are_added(tmp_path: Path) -> None:
    data = write_tiny(tmp_path / "tiny.txt")
    meta = train(data, tmp_path / "m", extra=[data])
    assert meta["sentences"] == 24
    assert [d["file"] for d in meta["data"]] == ["tiny.txt", "tiny.txt"]


def test_hide_names_drops_identity_of_entity_tokens_only() -> None:
    xs = [[["w=قال", "n=قال", "sh=ar", "+1n=بوش"], ["w=بوش", "n=بوش", "sh=ar", "G=pers", "-1n=قال"]]]
    ys = [["O", "B-PER"]]
    out = hide_names(xs, ys, seed=0, rate=1.0)
    assert out[0][1] == ["sh=ar", "G=pers", "-1n=قال"]
    assert out[0][0] == ["w=قال", "n=قال", "sh=ar"]
    assert hide_names(xs, ys, seed=0, rate=0.0) == xs


def test_iobes_model_tags_in_iob2(tmp_path: Path) -> None:
    from rasd.ner import read_conll
    from rasd.ner.train import fit

    sents = read_conll(write_tiny(tmp_path / "tiny.txt"))
    settings = fit(sents, tmp_path / "m", scheme="iobes", hide=0)
    assert settings["scheme"] == "iobes"
    tags = NerModel(tmp_path / "m").tag_corpus([s[0] for s in sents[:4]], rules="none")
    assert tags == [s[1] for s in sents[:4]]  # learned back on its own training sentences, read as IOB2
    with pytest.raises(ValueError, match="iob2 or iobes"):
        fit(sents, tmp_path / "x", scheme="bilou")
