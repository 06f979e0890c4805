"""The benchmarks' corpus: one day of SaudiNewsNet (1,318 articles of 2015-07-23) from the shared data folder.

Imported by the bench scripts, which run as ``python bench/<name>.py`` (this folder is then on ``sys.path``).
"""

from __future__ import annotations

import argparse
import json
import sys
import zipfile
from pathlib import Path

DEFAULT_ZIP = Path(__file__).resolve().parents[2] / "shared" / "data" / "bench" / "saudinewsnet-NC" / "2015-07-23.zip"


def load_articles(path: Path) -> list[dict[str, str]]:
    """The articles of a SaudiNewsNet day zip (one JSON list inside), as the corpus gives them."""
    with zipfile.ZipFile(path) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".json"))
        return json.loads(zf.read(name).decode("utf-8"))


def bench_parser(doc: str | None) -> argparse.ArgumentParser:
    """A bench script's argument parser, with ``--zip`` (the corpus day) already in it."""
    ap = argparse.ArgumentParser(description=(doc or "").split("\n")[0])
    ap.add_argument("--zip", type=Path, default=DEFAULT_ZIP)
    return ap


def open_corpus(path: Path) -> list[dict[str, str]] | None:
    """The articles, or None after saying on stderr that the zip is missing (the script then exits 2)."""
    if not path.exists():
        print(f"{path}: not found (pass --zip)", file=sys.stderr)
        return None
    return load_articles(path)


def record_of(article: dict[str, str]) -> dict[str, str | None]:
    """A SaudiNewsNet article as a rasd input record (``rasd.read.read_record``), with the date it was taken."""
    return {
        "title": article.get("title"),
        "text": article.get("content"),
        "url": article.get("url"),
        "outlet": article.get("source"),
        "author": article.get("author"),
        "published": article.get("date_extracted") or None,
    }
