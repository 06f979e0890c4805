from __future__ import annotations

import pytest

from rasd import analyze, load_pipeline
from rasd.document import Document, Span
from rasd.errors import ConfigError
from rasd.pipeline import FunctionStage, Pipeline


def _adds(layer: str) -> FunctionStage:
    def run(doc: Document) -> Document:
        doc.set_layer(layer, [Span(0, 1, layer)])
        return doc

    return FunctionStage(f"make-{layer}", run, assigns=(layer,))


def test_pipeline_refuses_a_stage_whose_layer_nobody_adds() -> None:
    needs_entities = FunctionStage("events", lambda d: d, requires=("sentences", "entities"))
    with pytest.raises(ConfigError) as err:
        Pipeline([_adds("sentences"), needs_entities])
    assert "'events' needs layer(s) entities" in str(err.value)
    assert "available before it: sentences" in str(err.value)


def test_pipeline_runs_stages_in_order() -> None:
    seen: list[str] = []
    first = FunctionStage("a", lambda d: (seen.append("a"), d)[1], assigns=("x",))
    second = FunctionStage("b", lambda d: (seen.append("b"), d)[1], requires=("x",))
    Pipeline([first, second])(Document("نص"))
    assert seen == ["a", "b"]
    with pytest.raises(ConfigError, match="two stages named"):
        Pipeline([first, first])


def test_load_pipeline_knows_its_stages() -> None:
    pipe = load_pipeline()
    assert pipe.names[0] == "text"
    assert {"sentences", "tokens"} <= pipe.layers
    with pytest.raises(ConfigError, match="unknown stage"):
        load_pipeline(["text", "nonsense"])


def test_analyze_accepts_text_and_sets_metadata() -> None:
    doc = analyze(
        "عنوان الخبر هنا اليوم\n\nقال الوزير إن الاجتماع كان مثمراً.", published="2026-02-10", url="http://x/1"
    )
    assert doc.meta["published"] == "2026-02-10"
    assert doc.meta["url"] == "http://x/1"
    assert doc.text.startswith("عنوان الخبر هنا اليوم\n\n")
    assert len(doc.layer("sentences")) == 2
