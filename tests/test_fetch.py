"""Fetching over HTTP from a real local server: pages and feeds into the archive, politely and safely."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from rasd.fetch import Fetcher, FetchError, fetch_tasks
from rasd.ingest import Skip, Task

from .test_ingest import article, html_page


class _Site(BaseHTTPRequestHandler):
    log: ClassVar[list[tuple[float, str, str]]] = []
    pages: ClassVar[dict[str, tuple[str, bytes]]] = {}

    def do_GET(self) -> None:
        _Site.log.append((time.monotonic(), self.path, self.headers.get("User-Agent", "")))
        if self.path == "/slow.html":
            time.sleep(2.0)
        page = _Site.pages.get(self.path)
        if page is None:
            self.send_response(404)
            self.end_headers()
            return
        ctype, body = page
        try:
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    html = "text/html; charset=utf-8"
    pages = {f"/{i}.html": (html, html_page(*article(200 + i)).encode("utf-8")) for i in range(4)}
    items = "".join(
        f"<item><title>{article(200 + i)[0]}</title><link>{base}/{i}.html</link>"
        f"<pubDate>Tue, 10 Feb 2026 09:00:00 GMT</pubDate><description>ملخص</description></item>"
        for i in (1, 2)
    )
    t, b = article(299)
    items += f"<item><title>{t}</title><link>{base}/gone.html</link><description>{b}</description></item>"
    rss = (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>صحيفة</title>{items}</channel></rss>'
    )
    pages["/feed.xml"] = ("application/rss+xml", rss.encode("utf-8"))
    pages["/big.html"] = (html, b"<html><body>" + "كلمة ".encode() * 400_000 + b"</body></html>")
    pages["/slow.html"] = (html, pages["/0.html"][1])
    pages["/private/p.html"] = (html, pages["/0.html"][1])
    pages["/robots.txt"] = ("text/plain", b"User-agent: *\nDisallow: /private/\n")
    _Site.pages = pages
    _Site.log = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()


def test_pages_and_feeds_are_fetched_into_the_archive(tmp_path: Path, site: str) -> None:
    db = tmp_path / "a.db"
    urls = [f"{site}/0.html", f"{site}/feed.xml", f"{site}/big.html", f"{site}/private/p.html", f"{site}/nope.html"]
    cmd = [sys.executable, "-m", "rasd.cli_archive", "fetch", *urls, "--db", str(db), "--delay", "0.25"]
    cmd += ["--max-bytes", "1000000", "--workers", "0", "--stages", "text", "--format", "json"]
    out = subprocess.run(cmd, capture_output=True, timeout=120)
    assert out.returncode == 0, out.stderr
    summary = json.loads(out.stdout)
    # 0.html, the feed's two linked pages, and the entry whose page is gone (kept from the feed's own text)
    assert summary["ingested"] == 4, summary
    reasons = {s["input"].removeprefix(site): s["reason"] for s in summary["skipped_inputs"]}
    assert "limit" in reasons["/big.html"]
    assert "robots.txt" in reasons["/private/p.html"]
    assert "404" in reasons["/nope.html"]
    import sqlite3

    with sqlite3.connect(db) as conn:
        got = dict(conn.execute("SELECT url, published FROM documents").fetchall())
    assert set(got) == {f"{site}/0.html", f"{site}/1.html", f"{site}/2.html", f"{site}/gone.html"}
    assert got[f"{site}/1.html"] == "2026-02-10"  # the feed's date for the entry
    # polite: one user agent, and never two requests to the host closer than the delay
    times = [t for t, path, _ in _Site.log]
    assert all(b - a >= 0.25 for a, b in itertools.pairwise(times))
    assert {ua for _, _, ua in _Site.log} == {next(iter({ua for _, _, ua in _Site.log}))}
    assert _Site.log[0][2].startswith("rasd/")
    assert not any(path.startswith("/private/") for _, path, _ in _Site.log)


def test_timeouts_limits_and_schemes_fail_with_a_reason(site: str) -> None:
    fetcher = Fetcher(timeout=0.5, max_bytes=100_000, delay=0.0)
    start = time.monotonic()
    with pytest.raises(FetchError, match=r"no answer within 0\.5 s"):
        fetcher.get(f"{site}/slow.html")
    assert time.monotonic() - start < 1.8
    with pytest.raises(FetchError, match="over the"):
        fetcher.get(f"{site}/big.html")
    with pytest.raises(FetchError, match="only http and https"):
        fetcher.get("file:///etc/passwd")
    with pytest.raises(FetchError, match="could not connect"):
        fetcher.get("http://127.0.0.1:9/")
    assert fetcher.get(f"{site}/0.html").status == 200


def test_a_feed_without_following_links_uses_the_feed_text(site: str) -> None:
    tasks = list(fetch_tasks([f"{site}/feed.xml"], Fetcher(delay=0.0), follow=False))
    assert all(isinstance(t, Task) and t.kind == "record" for t in tasks) and len(tasks) == 3
    assert not any(path.endswith(".html") for _, path, _ in _Site.log)


def test_save_then_ingest(tmp_path: Path, site: str) -> None:
    out = tmp_path / "pages.jsonl"
    cmd = [sys.executable, "-m", "rasd.cli_archive", "fetch", f"{site}/0.html", f"{site}/3.html", "--save", str(out)]
    done = subprocess.run([*cmd, "--delay", "0"], capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["url"] for r in records] == [f"{site}/0.html", f"{site}/3.html"] and all(
        "<html" in r["html"] for r in records
    )
    from rasd.ingest import ingest

    summary = ingest([out], db=tmp_path / "a.db", workers=0, stages=["text"])
    assert summary.ingested == 2
    assert not [t for t in fetch_tasks(["ftp://x"], Fetcher()) if not isinstance(t, Skip)]
