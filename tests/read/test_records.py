from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.errors import InputError
from rasd.read import read_records


def test_jsonl_records_become_documents(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    rows = [
        {"text": "عنوان أول للخبر\nنص الخبر الأول هنا.", "url": "http://a/1", "published": "2026-02-10"},
        {"title": "عنوان ثان للخبر", "text": "نص الخبر الثاني هنا.", "outlet": "سانا"},
        {
            "html": "<html><body><h1>عنوان ثالث للخبر</h1><p>"
            + "نص الخبر الثالث هنا في الصفحة. " * 5
            + "</p></body></html>"
        },
    ]
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n", encoding="utf-8")
    docs = list(read_records(f))
    assert [d.meta["title"] for d in docs] == ["عنوان أول للخبر", "عنوان ثان للخبر", "عنوان ثالث للخبر"]
    assert docs[0].meta["url"] == "http://a/1" and docs[0].meta["published"] == "2026-02-10"
    assert docs[1].meta["outlet"] == "سانا"
    assert docs[1].text == "عنوان ثان للخبر\n\nنص الخبر الثاني هنا."


def test_bad_records_name_their_line(tmp_path: Path) -> None:
    f = tmp_path / "b.jsonl"
    f.write_text('{"text": "عنوان الخبر هنا\\nنص"}\n{oops\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 2"):
        list(read_records(f))
    g = tmp_path / "c.jsonl"
    g.write_text('{"url": "x"}\n', encoding="utf-8")
    with pytest.raises(InputError, match='no "text" or "html"'):
        list(read_records(g))
