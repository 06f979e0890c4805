"""``rasd.analyze`` and ``rasd.load_pipeline``: the library calls the CLI, the API and Spark all use."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from rasd.document import Document
from rasd.errors import ConfigError, InputError
from rasd.pipeline import Pipeline, Stage


def _text_stage() -> Stage:
    from rasd.text.stage import TextStage

    return TextStage()


def _optional(module: str, cls: str) -> Callable[[], Stage] | None:
    """A stage whose module may not exist yet in this version (added by later work)."""

    def make() -> Stage:
        mod = __import__(module, fromlist=[cls])
        return getattr(mod, cls)()

    try:
        __import__(module, fromlist=[cls])
    except ModuleNotFoundError:
        return None
    return make


# Stage factories in pipeline order; a name maps to how to build it.
def _registry() -> dict[str, Callable[[], Stage]]:
    reg: dict[str, Callable[[], Stage]] = {"text": _text_stage}
    for name, module, cls in (
        ("entities", "rasd.ner.stage", "EntitiesStage"),
        ("linking", "rasd.kb.link", "LinkingStage"),
        ("dates", "rasd.dates.stage", "DatesStage"),
        ("quotes", "rasd.quotes.stage", "QuotesStage"),
        ("events", "rasd.events.code", "EventsStage"),
    ):
        factory = _optional(module, cls)
        if factory is not None:
            reg[name] = factory
    return reg


def available_stages() -> list[str]:
    """The stages the default pipeline runs in this build (those whose inputs are available)."""
    return load_pipeline().names


def load_pipeline(stages: Sequence[str] | None = None) -> Pipeline:
    """Build the pipeline of the named stages (default: every stage this version has), in order."""
    reg = _registry()
    if stages is None:
        # Every stage this version has whose needs are met; a stage whose input stage is not part of this
        # build (say, linking without a NER model) is left out rather than breaking analysis.
        built: list[Stage] = []
        have: set[str] = set()
        for name in reg:
            stage = reg[name]()
            if set(stage.requires) <= have:
                built.append(stage)
                have.update(stage.assigns)
        return Pipeline(built)
    names = list(stages)
    unknown = [n for n in names if n not in reg]
    if unknown:
        raise ConfigError(f"unknown stage(s): {', '.join(unknown)}", hint=f"Available: {', '.join(reg)}.")
    return Pipeline([reg[n]() for n in names])


@lru_cache(maxsize=4)
def _default_pipeline() -> Pipeline:
    return load_pipeline()


def _published(value: str | date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        try:
            return datetime.fromisoformat(value).isoformat(timespec="minutes")
        except ValueError:
            raise InputError(f"the publication date {value!r} is not an ISO date", hint="Use YYYY-MM-DD.") from None


def _is_path(value: str | Path) -> bool:
    if isinstance(value, Path):
        return True
    return "\n" not in value and len(value) < 4096 and os.path.exists(value)


def read(
    source: str | Path | Document,
    *,
    published: str | date | datetime | None = None,
    url: str | None = None,
    encoding: str | None = None,
) -> Document:
    """Read a path, raw text or HTML into a document without analysing it."""
    from rasd.read import read_path, read_text

    if isinstance(source, Document):
        doc = source
    elif _is_path(source):
        doc = read_path(source, encoding=encoding)
    else:
        doc = read_text(str(source))
    pub = _published(published)
    if pub:
        doc.meta["published"] = pub
        doc.meta.pop("published_source", None)
    if url:
        doc.meta["url"] = url
    return doc


def analyze(
    text_or_path: str | Path | Document,
    *,
    published: str | date | datetime | None = None,
    url: str | None = None,
    pipeline: Pipeline | None = None,
) -> Document:
    """Read an article (a path, raw text, HTML, or a document) and run the full pipeline on it."""
    doc = read(text_or_path, published=published, url=url)
    return (pipeline or _default_pipeline())(doc)
