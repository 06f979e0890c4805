"""The text stage: sentences and word tokens with their normalized form and clitic analysis.

Tokens carry ``norm`` (the matching form) and, when clitics were found, ``stem``, ``pre`` and ``suf``
(normalized), so later stages can look words up without re-deriving them; the text itself is untouched.
"""

from __future__ import annotations

from rasd.document import Document, Span
from rasd.text.clitics import analyze
from rasd.text.normalize import norm
from rasd.text.segment import paragraphs, sentence_bounds, tokenize


class TextStage:
    name = "text"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ("paragraphs", "sentences", "tokens")

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        paras: list[Span] = []
        sents: list[Span] = []
        toks: list[Span] = []
        for p_index, para in enumerate(paragraphs(text)):
            paras.append(Span(para[0], para[1], "paragraph", {"index": p_index}))
            ptoks = tokenize(text, *para)
            for s_start, s_end in sentence_bounds(text, para, ptoks):
                sents.append(Span(s_start, s_end, "sentence", {"paragraph": p_index}))
            for t in ptoks:
                attrs: dict[str, str] = {}
                if t.kind in ("word", "latin"):
                    surface = text[t.start : t.end]
                    attrs["norm"] = norm(surface)
                    if t.kind == "word":
                        a = analyze(surface)
                        if a.split:
                            attrs["stem"] = a.stem
                            if a.prefix:
                                attrs["pre"] = a.prefix
                            if a.suffix:
                                attrs["suf"] = a.suffix
                toks.append(Span(t.start, t.end, t.kind, attrs))
        doc.set_layer("paragraphs", paras)
        doc.set_layer("sentences", sents)
        doc.set_layer("tokens", toks)
        return doc
