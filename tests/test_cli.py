"""The CLI as a user runs it: a real subprocess, its exit code, stdout and stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.document import Document

ARTICLE = (
    "وزير الخارجية يصل إلى الرياض\n\nوصل وزير الخارجية إلى العاصمة السعودية الرياض يوم الأحد للمشاركة في الاجتماع.\n"
)


def rasd(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "rasd", *args], input=stdin, capture_output=True, timeout=120)


def test_version_and_help() -> None:
    out = rasd("--version")
    assert out.returncode == 0 and out.stdout.decode().startswith("rasd ")
    out = rasd("analyze", "--help")
    assert out.returncode == 0 and "--published" in out.stdout.decode()


def test_analyze_prints_a_document(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    out = rasd("analyze", str(f), "--published", "2026-02-10", "--url", "http://example.org/a")
    assert out.returncode == 0, out.stderr
    doc = Document.from_json(out.stdout.decode())
    assert doc.meta["title"] == "وزير الخارجية يصل إلى الرياض"
    assert doc.meta["published"] == "2026-02-10"
    assert doc.layer("sentences")


def test_analyze_reads_stdin_and_jsonl(tmp_path: Path) -> None:
    out = rasd("analyze", "-", stdin=ARTICLE.encode("cp1256"))
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["meta"]["encoding"] == "cp1256"
    f = tmp_path / "b.jsonl"
    f.write_text(
        "\n".join(json.dumps({"text": ARTICLE, "url": f"u{i}"}, ensure_ascii=False) for i in range(3)), encoding="utf-8"
    )
    out = rasd("analyze", str(f))
    assert out.returncode == 0, out.stderr
    assert [json.loads(line)["meta"]["url"] for line in out.stdout.decode().splitlines()] == ["u0", "u1", "u2"]


def test_text_view_of_the_bundled_example() -> None:
    out = rasd("analyze", "--example", "--format", "text")
    assert out.returncode == 0, out.stderr
    assert "عمّان" in out.stdout.decode()


def test_text_view_shows_how_many_an_actor_counts() -> None:
    text = "قتل أكثر من 30 شخصا في هجوم انتحاري استهدف سوقا شعبيا في بغداد صباح أمس."
    out = rasd("analyze", "-", "--format", "text", stdin=text.encode())
    assert out.returncode == 0, out.stderr
    assert "شخصا (أكثر من 30)" in out.stdout.decode()


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (None, [], "no such file"),
        (b"", [], "empty"),
        (b"\x00\x01\x02binary\x00" * 50, [], "binary"),
        (b"<html><body><nav>x</nav></body></html>", [], "no article text"),
        (ARTICLE.encode(), ["--encoding", "klingon"], "unknown encoding"),
        (ARTICLE.encode(), ["--published", "10/02/2026"], "not an ISO date"),
    ],
)
def test_bad_input_gets_one_line_and_nonzero_exit(
    tmp_path: Path, content: bytes | None, args: list[str], message: str
) -> None:
    f = tmp_path / "in.html"
    if content is not None:
        f.write_bytes(content)
    out = rasd("analyze", str(f), *args)
    err = out.stderr.decode()
    assert out.returncode != 0
    assert message in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert out.stdout == b""
