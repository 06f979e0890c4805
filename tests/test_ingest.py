"""Ingesting folders as an analyst does: every input kind, bad inputs skipped with reasons, idempotent
re-runs, and an ingest killed with SIGKILL that a second run finishes with nothing lost and nothing doubled."""

from __future__ import annotations

import io
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from rasd.archive import Archive
from rasd.ingest import ingest

WORDS = (
    "الحكومة الوزير المجلس الاجتماع الرياض جدة القاهرة بغداد عمان الاقتصاد النفط الأسواق الطاقة الصحة التعليم "
    "المدارس الجامعة الطلاب المستشفى المرضى الأمن الحدود الجيش القوات الاتفاق المفاوضات الرئيس البرلمان "
    "الانتخابات المواطنين المشروع الميزانية الاستثمار الشركات البنك التجارة الصادرات الموانئ المطار الطيران "
    "الزراعة المياه الأمطار الطقس الرياضة المنتخب المباراة الدوري الثقافة المعرض الكتاب المهرجان"
).split()


def article(seed: int, words: int = 60) -> tuple[str, str]:
    """A distinct Arabic headline and body (the seed picks the words)."""
    rng = random.Random(seed)
    title = f"تقرير رقم {seed} عن " + " و".join(rng.sample(WORDS, 3))
    sentences = []
    for _ in range(max(1, words // 10)):
        sentences.append("قال المسؤول إن " + " ".join(rng.choice(WORDS) for _ in range(9)) + ".")
    return title, " ".join(sentences)


def html_page(title: str, body: str, published: str = "2026-02-09") -> str:
    paras = "".join(f"<p>{s.strip()}.</p>" for s in body.split(".") if s.strip())
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="article:published_time" content="{published}"></head>'
        f"<body><nav>الرئيسية | أخبار</nav><article><h1>{title}</h1>{paras}</article></body></html>"
    )


def _warc(path: Path, pages: list[tuple[str, bytes, str, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body, ctype, status in pages:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            )


def _rss(entries: list[tuple[str, str, str]]) -> str:
    items = "".join(
        f"<item><title>{t}</title><link>{u}</link><pubDate>Mon, 09 Feb 2026 08:00:00 GMT</pubDate>"
        f"<description><![CDATA[<p>{b}</p>]]></description></item>"
        for t, b, u in entries
    )
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>وكالة الأنباء</title>{items}</channel></rss>'


def mixed_folder(root: Path) -> dict[str, str]:
    """Every input kind rasd reads, good and bad; returns {file name: expected skip reason} for the bad ones."""
    root.mkdir()
    (root / "sub").mkdir()
    t, b = article(1)
    (root / "a.txt").write_text(f"{t}\n{b}", encoding="utf-8")
    t, b = article(2)
    (root / "sub" / "b.html").write_text(html_page(t, b), encoding="utf-8")
    lines = [
        json.dumps({"title": article(i)[0], "text": article(i)[1], "url": f"https://x.example/{i}"}, ensure_ascii=False)
        for i in (3, 4)
    ]
    lines += ["{not json", json.dumps({"title": "بلا نص"})]
    (root / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = [{"title": article(i)[0], "text": article(i)[1], "date": "2015-07-23 19:28:17"} for i in (5, 6)]
    (root / "d.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    pages = [
        (f"https://w.example/{i}", html_page(*article(i)).encode("utf-8"), "text/html; charset=utf-8", "200 OK")
        for i in (7, 8)
    ]
    pages += [("https://w.example/logo.png", b"\x89PNG\r\n", "image/png", "200 OK")]
    pages += [("https://w.example/gone", b"<html>gone</html>", "text/html", "404 Not Found")]
    _warc(root / "sub" / "e.warc.gz", pages)
    (root / "f.rss").write_text(_rss([(*article(i), f"https://feed.example/{i}") for i in (9, 10)]), encoding="utf-8")
    # the bad ones
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    t, b = article(11)
    (root / "mojibake.txt").write_text(f"{t}\n{b}".encode().decode("latin-1"), encoding="utf-8")
    t, b = article(12)
    (root / "cp1256-mojibake.txt").write_text(f"{t}\n{b}".encode().decode("cp1256", "replace"), encoding="utf-8")
    with (root / "big.txt").open("wb") as fh:
        fh.truncate(21 * 1024 * 1024)
    (root / "corrupt.warc.gz").write_bytes(b"\x1f\x8b\x08\x00garbage that is not a gzip stream" * 10)
    (root / "broken.json").write_text('[{"title": "x", ', encoding="utf-8")
    (root / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "nav.html").write_text("<html><body><nav><a href='/'>الرئيسية</a></nav></body></html>", encoding="utf-8")
    (root / ".hidden.txt").write_text("مخفي", encoding="utf-8")
    return {
        "empty.txt": "empty",
        "binary.txt": "binary",
        "mojibake.txt": "mis-encoded",
        "cp1256-mojibake.txt": "mis-encoded",
        "big.txt": "limit",
        "corrupt.warc.gz": "corrupt WARC",
        "broken.json": "not valid JSON",
        "logo.png": "not an article format",
        "nav.html": "no article text",
        "c.jsonl:3": "not valid JSON",
        "c.jsonl:4": 'no "text"',
    }


def test_a_folder_of_every_kind_is_ingested_and_bad_inputs_are_skipped_with_reasons(tmp_path: Path) -> None:
    expected = mixed_folder(tmp_path / "in")
    summary = ingest(
        [tmp_path / "in"], db=tmp_path / "a.db", workers=0, stages=["text"], published_default="2026-01-01"
    )
    assert summary.ingested == 10, summary.lines()
    skipped = {Path(w.split("#")[0]).name if ":" not in Path(w).name else Path(w).name: r for w, r in summary.skipped}
    for name, reason in expected.items():
        assert name in skipped, (name, summary.skipped)
        assert reason in skipped[name], (name, skipped[name])
    assert ".hidden.txt" not in skipped and len(summary.skipped) == len(expected)
    with Archive(tmp_path / "a.db", readonly=True) as archive:
        got = dict(archive.conn.execute("SELECT title, published FROM documents").fetchall())
        urls = {r[0] for r in archive.conn.execute("SELECT url FROM documents WHERE url IS NOT NULL")}
    assert got[article(2)[0]] == "2026-02-09"  # from the page
    assert got[article(1)[0]] == "2026-01-01"  # --published-default
    assert got[article(5)[0]] == "2015-07-23T19:28"  # a record's date, made ISO
    assert got[article(9)[0]] == "2026-02-09"  # the feed entry's date
    assert {"https://x.example/3", "https://w.example/7", "https://w.example/8", "https://feed.example/10"} <= urls


def test_the_command_is_idempotent_and_summarizes(tmp_path: Path) -> None:
    mixed_folder(tmp_path / "in")
    cmd = [sys.executable, "-m", "rasd.cli_archive", "ingest", str(tmp_path / "in"), "--db", str(tmp_path / "a.db")]
    cmd += ["--workers", "2", "--stages", "text", "--format", "json"]
    first = subprocess.run(cmd, capture_output=True, timeout=300)
    assert first.returncode == 0, first.stderr
    s1 = json.loads(first.stdout)
    assert (s1["ingested"], s1["duplicates"], s1["skipped"]) == (10, 0, 11)
    second = subprocess.run(cmd, capture_output=True, timeout=300)
    s2 = json.loads(second.stdout)
    assert (s2["ingested"], s2["duplicates"], s2["skipped"]) == (0, 10, 11)
    with sqlite3.connect(tmp_path / "a.db") as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT content_hash) FROM documents").fetchone() == (10, 10)
    bad = subprocess.run([*cmd[:4], str(tmp_path / "nothing-here"), *cmd[5:7]], capture_output=True, timeout=120)
    assert bad.returncode == 2 and b"no such file" in bad.stdout + bad.stderr and b"Traceback" not in bad.stderr
    out = subprocess.run([*cmd[:5], "--db", str(tmp_path / "a.db"), "--published-default", "soon"], capture_output=True)
    assert out.returncode == 2 and b"--published-default 'soon' is not a date" in out.stderr


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def test_an_ingest_killed_with_sigkill_resumes_with_nothing_lost_or_doubled(tmp_path: Path) -> None:
    n = 400
    src = tmp_path / "in.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for i in range(n):
            t, b = article(1000 + i, words=250)
            fh.write(json.dumps({"title": t, "text": b, "url": f"https://k.example/{i}"}, ensure_ascii=False) + "\n")
    db = tmp_path / "a.db"
    cmd = [sys.executable, "-m", "rasd.cli_archive", "ingest", str(src), "--db", str(db), "--workers", "1"]
    cmd += ["--stages", "text", "--format", "json"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while _count(db) < 25 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        # readers query while the ingest writes
        with Archive(db, readonly=True) as reader:
            from rasd.archive.search import search

            assert search(reader.conn, "المسؤول", limit=3)
        assert proc.poll() is None, "the ingest finished before it could be killed; make the input larger"
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    at_kill = _count(db)
    assert 25 <= at_kill < n
    with sqlite3.connect(db) as conn:  # every stored article is whole
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        assert conn.execute("SELECT count(*) FROM minhash").fetchone()[0] == docs
        assert conn.execute("SELECT count(*) FROM documents WHERE cluster_id IS NULL").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM search WHERE search MATCH 'مسوول OR قال'").fetchone()[0] <= docs
    again = subprocess.run(cmd, capture_output=True, timeout=300)
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout)
    assert summary["duplicates"] == at_kill and summary["ingested"] == n - at_kill
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT content_hash) FROM documents").fetchone() == (n, n)
        urls = {r[0] for r in conn.execute("SELECT url FROM documents")}
        assert urls == {f"https://k.example/{i}" for i in range(n)}
        assert conn.execute("SELECT count(*) FROM minhash").fetchone()[0] == n


def test_the_full_pipeline_runs_on_every_article(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(4):
        t, b = article(50 + i)
        (src / f"{i}.txt").write_text(f"{t}\n{b}", encoding="utf-8")
    summary = ingest([src], db=tmp_path / "a.db", workers=2)
    assert summary.ingested == 4, summary.skipped
    from rasd.analysis import available_stages

    with Archive(tmp_path / "a.db", readonly=True) as archive:
        doc = archive.document(1)
    produced = {"text": "tokens", "entities": "entities", "dates": "dates", "quotes": "quotes", "events": "events"}
    for stage in available_stages():
        if stage in produced:
            assert doc.has_layer(produced[stage]), stage
