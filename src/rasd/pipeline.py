"""Stages and the pipeline that runs them in order.

A stage is a small callable from document to document that declares the layers it ``requires`` and the
layers it ``assigns``. :class:`Pipeline` checks those declarations when it is built, the way spaCy checks
its components, so a misconfigured pipeline fails before it sees a single article instead of producing
documents with silently missing layers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from rasd.document import Document
from rasd.errors import ConfigError


@runtime_checkable
class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


@dataclass(frozen=True)
class FunctionStage:
    """Wraps a plain function as a stage, for small stages that need no state."""

    name: str
    func: Callable[[Document], Document]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __call__(self, doc: Document) -> Document:
        return self.func(doc)


class Pipeline:
    """An ordered list of stages whose layer requirements are satisfied by earlier stages."""

    def __init__(self, stages: Sequence[Stage], *, provided: Iterable[str] = ()) -> None:
        available = set(provided)
        names: set[str] = set()
        for stage in stages:
            if stage.name in names:
                raise ConfigError(f"the pipeline has two stages named {stage.name!r}")
            names.add(stage.name)
            missing = [layer for layer in stage.requires if layer not in available]
            if missing:
                givers = ", ".join(sorted(available)) or "none"
                raise ConfigError(
                    f"stage {stage.name!r} needs layer(s) {', '.join(missing)} that no earlier stage assigns "
                    f"(available before it: {givers})",
                    hint="Add a stage that assigns them earlier in the pipeline.",
                )
            available.update(stage.assigns)
        self.stages: tuple[Stage, ...] = tuple(stages)
        self.layers: frozenset[str] = frozenset(available)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            doc = stage(doc)
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        for doc in docs:
            yield self(doc)

    def __repr__(self) -> str:
        return f"Pipeline({' -> '.join(self.names)})"
