"""``rasd eval events`` scoring (rasd.evaluate.events) on a gold folder written by the test, through the shipped
pipeline: which rows count, and how an actor is compared with the tokens the coders marked."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from rasd.errors import InputError
from rasd.evaluate.events import evaluate

CLASH = "وتظاهر آلاف المتظاهرين صباح أمس في وسط العاصمة واشتبك المتظاهرون مع الشرطة والجيش."
ROWS = [
    ("AAW_ARB_20080101.0001-1", "yes", CLASH),
    ("AAW_ARB_20080101.0001-2", "easy no", "وارتفعت أسعار النفط في الأسواق العالمية أمس."),
    ("AAW_ARB_20080101.0001-3", "ambiguous", "وتظاهر المئات في المدينة أمس."),
]


def write_gold(folder: Path, target: list[str]) -> Path:
    with (folder / "protest_gsr.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["", "accept", "event_type", "id", "label", "reject", "text", "total"])
        for i, (sid, label, text) in enumerate(ROWS):
            w.writerow([i, 3 if label == "yes" else 0, "PROTEST", sid, label, 0 if label == "yes" else 3, text, 3])
    span = {"source_actor": ["المتظاهرين"], "verb": ["وتظاهر"], "target_actor": target}
    item = {
        "source": ROWS[0][0],
        "text": CLASH,
        "spans": [span, span, span],
        "event_type": "PROTEST",
        "source_gold": "",
        "verb_gold": "",
        "target_gold": "",
    }
    (folder / "protest_spans.json").write_text(json.dumps([item], ensure_ascii=False), encoding="utf-8")
    return folder


def test_ambiguous_rows_are_left_out_and_whole_tokens_are_compared(tmp_path: Path) -> None:
    r = evaluate(write_gold(tmp_path, ["الشرطة", "والجيش"]))
    d = r["detection"]["PROTEST"]
    assert (d["tp"], d["fp"], d["fn"], d["tn"]) == (1, 0, 0, 1)  # the ambiguous row is not scored
    # the second actor is الجيش without its و; the coders marked the token والجيش: the same actor
    assert r["spans"]["PROTEST"]["target_f1"] == 1.0
    assert r["spans"]["PROTEST"]["source_recall"] == 1.0


def test_an_actor_the_coders_did_not_mark_costs_precision(tmp_path: Path) -> None:
    r = evaluate(write_gold(tmp_path, ["الشرطة"]))
    assert r["spans"]["PROTEST"]["target_recall"] == 1.0
    assert r["spans"]["PROTEST"]["target_precision"] == 0.5


def test_a_missing_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a folder"):
        evaluate(tmp_path / "absent")
