"""Print the entities rasd finds in a text file (one paragraph per line), for eyeballing.

.venv/bin/python experiments/ner/show_article.py FILE [MODEL_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

from rasd.document import Document, Span
from rasd.ner.model import NerModel
from rasd.ner.stage import EntitiesStage
from rasd.text.segment import split_sentences, tokenize


def main() -> None:
    text = Path(sys.argv[1]).read_text(encoding="utf-8")
    model = NerModel(Path(sys.argv[2])) if len(sys.argv) > 2 else None
    doc = Document(text)
    doc.set_layer("tokens", [Span(t.start, t.end, t.kind) for t in tokenize(text)])
    doc.set_layer("sentences", [Span(a, b, "sentence") for a, b in split_sentences(text)])
    EntitiesStage(model)(doc)
    for e in doc.layer("entities"):
        print(f"{e.label:5} {e.attrs['score']:.2f}  {doc.text[e.start : e.end]}")


if __name__ == "__main__":
    main()
