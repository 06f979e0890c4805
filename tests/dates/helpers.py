"""Helpers for the date tests: the phrase table reader."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Phrase:
    line: int
    text: str
    mention: str
    published: str | None
    value: object  # str, None, dict, or the string "NONE" (no mention expected)
    grain: str
    anchor: str
    extra: dict[str, str]
    note: str


def parse_value(raw: str) -> object:
    if raw == "null":
        return None
    if raw == "NONE":
        return "NONE"
    if ".." in raw:
        start, end = raw.split("..")
        return {"start": start, "end": end}
    return raw


def load_phrases(path: Path = HERE / "phrases.tsv") -> list[Phrase]:
    rows: list[Phrase] = []
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        text, mention, published, value, grain, anchor, extra, note = line.split("\t")
        extras: dict[str, str] = {}
        for item in filter(None, extra.split(";")):
            if item.startswith("rel~"):
                extras["rel"] = item[4:]
            else:
                k, v = item.split("=", 1)
                extras[k] = v
        rows.append(Phrase(no, text, mention or text, published or None, parse_value(value), grain, anchor,
                           extras, note))
    return rows
