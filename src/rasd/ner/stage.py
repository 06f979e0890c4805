"""The ``entities`` stage: PER, ORG, LOC and MISC spans over the token layer.

The tagger works on token strings; this stage cuts the document's token layer into its sentences, tags the
whole article at once (so the second pass can pool evidence across sentences), and maps each entity's first
and last token back to character offsets, so ``doc.text[span.start:span.end]`` is exactly the name as written
(without a conjunction or preposition written onto its first word).
"""

from __future__ import annotations

from bisect import bisect_left

from rasd.document import Document, Span
from rasd.ner.model import NerModel, default_model
from rasd.text.clitics import proclitic_length


class EntitiesStage:
    """Adds the ``entities`` layer: one span per name, label PER/ORG/LOC/MISC, attrs ``{"score": float}``."""

    name = "entities"
    requires: tuple[str, ...] = ("tokens", "sentences")
    assigns: tuple[str, ...] = ("entities",)

    def __init__(self, model: NerModel | None = None) -> None:
        self._model = model  # None: the bundled model, loaded on the first document

    @property
    def model(self) -> NerModel:
        if self._model is None:
            self._model = default_model()
        return self._model

    def __call__(self, doc: Document) -> Document:
        tokens = doc.layer("tokens")
        starts = [t.start for t in tokens]
        groups: list[list[Span]] = []
        for sent in doc.layer("sentences"):
            lo = bisect_left(starts, sent.start)
            hi = bisect_left(starts, sent.end)
            group = [t for t in tokens[lo:hi] if t.end <= sent.end]
            if group:
                groups.append(group)
        if not doc.layer("sentences") and tokens:
            groups = [list(tokens)]
        spans: list[Span] = []
        if groups:
            texts = [[doc.text[t.start : t.end] for t in g] for g in groups]
            for group, found in zip(groups, self.model.entities(texts), strict=True):
                for first, end, label, score in found:
                    head = group[first]
                    start = head.start + proclitic_length(doc.text[head.start : head.end])
                    spans.append(Span(start, group[end - 1].end, label, {"score": score}))
        doc.set_layer("entities", spans)
        return doc
