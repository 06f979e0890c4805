"""The pipeline stage that adds the ``dates`` layer.

It runs the grammar sentence by sentence (so no mention spans a sentence break) and resolves against
``doc.meta["published"]``. When the metadata has no publication date the stage may take one from the
article's own explicit dates (:func:`rasd.dates.mention.infer_published`) and says so in
``doc.meta["published_inferred"]``; it never falls back to the machine's clock, because a wrong date that
looks right is worse than a missing one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from rasd.dates.mention import DateMention, analyze, infer_published, parse_published
from rasd.dates.resolve import Published
from rasd.document import Document, Span


class DatesStage:
    """Adds a ``dates`` layer of spans labelled DATE, TIME, DURATION or RANGE."""

    name = "dates"
    requires: tuple[str, ...] = ("sentences",)
    assigns: tuple[str, ...] = ("dates",)

    def __init__(self, *, infer_publication: bool = True) -> None:
        self.infer_publication = infer_publication

    def __call__(self, doc: Document) -> Document:
        raw = doc.meta.get("published")
        pub: Published = parse_published(raw)
        inferred = False
        if raw not in (None, "") and pub is None:
            doc.warn(f"dates: publication date {raw!r} is not an ISO date; relative dates left unresolved")
        if pub is None and self.infer_publication:
            found = infer_published(doc.text)
            if found is not None:
                pub, _evidence = found
                inferred = True
                doc.meta["published_inferred"] = {"value": pub.isoformat(), "from": "explicit date in text"}
        spans = [self._span(m, inferred) for m in self.mentions(doc, pub)]
        doc.set_layer("dates", spans)
        return doc

    @staticmethod
    def mentions(doc: Document, pub: dt.date | dt.datetime | None) -> list[DateMention]:
        """Mentions of every sentence, with offsets into the document text."""
        sentences = doc.layer("sentences") or [Span(0, len(doc.text))]
        out: list[DateMention] = []
        for sent in sentences:
            chunk = doc.text[sent.start : sent.end]
            for _, m in analyze(chunk, pub):
                out.append(replace(m, start=m.start + sent.start, end=m.end + sent.start))
        return out

    @staticmethod
    def _span(m: DateMention, inferred: bool) -> Span:
        attrs = m.attrs()
        if inferred and m.anchor == "published":
            attrs["flags"] = [*attrs["flags"], "published_inferred"]
        return Span(m.start, m.end, m.label, attrs)
