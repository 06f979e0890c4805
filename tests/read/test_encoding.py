from __future__ import annotations

from pathlib import Path

import pytest

from rasd.errors import InputError
from rasd.read import read_bytes, read_path
from rasd.read.encoding import decode

ARTICLE = (
    "وزير الخارجية يصل إلى الرياض\n\nوصل وزير الخارجية إلى العاصمة السعودية الرياض يوم الأحد للمشاركة في الاجتماع."
)


@pytest.mark.parametrize("encoding", ["utf-8", "cp1256", "iso8859_6"])
def test_undeclared_arabic_encodings_are_detected(encoding: str) -> None:
    doc = read_bytes(ARTICLE.encode(encoding))
    assert doc.text == ARTICLE


def test_declared_charset_in_html() -> None:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body>'
        f"<h1>وزير الخارجية يصل إلى الرياض</h1><p>{'وصل وزير الخارجية إلى العاصمة السعودية الرياض للمشاركة في الاجتماع. ' * 4}</p>"
        "</body></html>"
    )
    doc = read_bytes(html.encode("cp1256"))
    assert doc.meta["title"] == "وزير الخارجية يصل إلى الرياض"
    assert doc.meta["encoding"] == "cp1256"


def test_forced_and_unknown_encodings(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(ARTICLE.encode("cp1256"))
    assert read_path(f, encoding="windows-1256").text == ARTICLE
    with pytest.raises(InputError, match="unknown encoding"):
        read_path(f, encoding="klingon-8")
    with pytest.raises(InputError, match="not valid utf-8"):
        read_path(f, encoding="utf-8")


def test_binary_empty_missing_and_oversized(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        read_path(empty)
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "missing.txt")
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(21 * 1024 * 1024)
    with pytest.raises(InputError, match="limit"):
        read_path(big)
