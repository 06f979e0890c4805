"""Bundled data files (lexicons, knowledge base, models), found relative to this package and read lazily."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    return DATA_DIR.joinpath(*parts)


@lru_cache(maxsize=64)
def lexicon_words(name: str, folder: str = "lexicons") -> tuple[str, ...]:
    """Normalized entries of a one-word-per-line list in ``data/<folder>`` (``#`` starts a comment)."""
    from rasd.text.normalize import norm

    file = DATA_DIR / folder / name
    if not file.exists():
        return ()
    words: list[str] = []
    with file.open(encoding="utf-8") as fh:
        for line in fh:
            entry = line.split("#", 1)[0].strip()
            if entry:
                words.append(norm(entry))
    return tuple(words)
