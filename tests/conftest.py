"""Shared fixtures, and the suite-wide check that every document a test produces is well formed.

Every :class:`~rasd.document.Document` created while a test runs is remembered; when the test ends each one
is checked: every span lies inside the text, its surface text has no stray surrounding whitespace, the JSON
form validates against docs/rasd.document.schema.json, and it round-trips through ``Document.from_dict``
(which re-checks ``text[start:end]`` against each span's ``text``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from rasd.document import Document, Span

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "docs" / "rasd.document.schema.json").read_text(encoding="utf-8"))
_created: list[Document] = []
_original_post_init = Document.__post_init__


def _recording_post_init(self: Document) -> None:
    _original_post_init(self)
    _created.append(self)


def shared_dir() -> Path | None:
    env = os.environ.get("RASD_SHARED")
    candidate = Path(env) if env else ROOT.parent / "shared"
    return candidate if candidate.is_dir() else None


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    """A folder holding the tests' small knowledge base (tests/minikb.py)."""
    from tests.minikb import write_kb

    folder = tmp_path / "kb"
    folder.mkdir()
    return write_kb(folder)


@pytest.fixture
def shared() -> Path:
    """The ../shared folder (data the project reads where it lies); skips when it is absent."""
    path = shared_dir()
    if path is None:
        pytest.skip("../shared is absent (set RASD_SHARED to its path to run this test)")
    return path


def _nested(value: object) -> Iterator[Span]:
    if isinstance(value, Span):
        yield value
        for v in value.attrs.values():
            yield from _nested(v)
    elif isinstance(value, list):
        for v in value:
            yield from _nested(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _nested(v)


def check_document(doc: Document) -> None:
    import jsonschema

    doc.validate()
    for name, spans in doc.layers.items():
        for span in spans:
            for s in [span, *(x for v in span.attrs.values() for x in _nested(v))]:
                surface = doc.text[s.start : s.end]
                assert len(surface) == s.end - s.start, (name, s)
                if s.end > s.start:
                    assert surface == surface.strip(), f"layer {name}: span {s} has surrounding whitespace {surface!r}"
    data = doc.to_dict()
    jsonschema.validate(data, SCHEMA)
    back = Document.from_dict(json.loads(json.dumps(data, ensure_ascii=False)))
    assert back.text == doc.text
    assert back.to_dict() == data


@pytest.fixture(autouse=True)
def _check_every_document(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    _created.clear()
    monkeypatch.setattr(Document, "__post_init__", _recording_post_init)
    yield
    docs = list(_created)
    _created.clear()
    for doc in docs:
        if getattr(doc, "_test_invalid", False):
            continue
        check_document(doc)
