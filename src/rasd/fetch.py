"""Fetching pages and feeds over HTTP, politely, for the archive.

A news crawler that hammers a site gets blocked, and one that waits forever on a stalled server or reads a
multi-gigabyte response never finishes. Every request here has a timeout, a size limit (the response is
read in chunks and abandoned past the limit), a user agent naming rasd, a minimum delay between two
requests to the same host, and a robots.txt check. A feed (RSS or Atom) is expanded into its entries'
pages, fetched under the same rules; an entry whose page cannot be fetched falls back to the feed's own
content. What comes back is a :class:`~rasd.archive.sources.Task` per page, ingested through the same path as files.
"""

from __future__ import annotations

import re
import time
import urllib.error
import urllib.request
import urllib.robotparser
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from rasd import __version__
from rasd.archive.sources import Skip, Task, feed_records
from rasd.read import MAX_BYTES

USER_AGENT = f"rasd/{__version__} (Arabic news research; python-urllib)"
_FEED_TYPES = ("rss", "atom", "xml")


@dataclass
class Response:
    url: str
    status: int
    content_type: str
    body: bytes


class FetchError(Exception):
    """A page that could not be fetched; the message is the reason shown to the user."""


@dataclass
class Fetcher:
    """HTTP GET with a timeout, a size limit, a per-host delay, a user agent and robots.txt."""

    timeout: float = 15.0
    max_bytes: int = MAX_BYTES
    delay: float = 1.0
    user_agent: str = USER_AGENT
    robots: bool = True
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)

    def _wait(self, host: str) -> None:
        """Sleep until ``delay`` seconds have passed since the last request to ``host`` ended."""
        last = self._last.get(host)
        if last is not None:
            pause = self.delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        base = f"{parts.scheme}://{parts.netloc}"
        if base not in self._robots:
            parser: urllib.robotparser.RobotFileParser | None = urllib.robotparser.RobotFileParser()
            try:
                resp = self._get(base + "/robots.txt", check_robots=False)
                assert parser is not None
                parser.parse(resp.body.decode("utf-8", "replace").splitlines())
            except FetchError:
                parser = None  # no readable robots.txt: everything is allowed
            self._robots[base] = parser
        rules = self._robots[base]
        return rules is None or rules.can_fetch(self.user_agent, url)

    def get(self, url: str) -> Response:
        """Fetch one URL; raises FetchError with the reason (status, timeout, size, robots, scheme)."""
        return self._get(url, check_robots=self.robots)

    def _get(self, url: str, *, check_robots: bool) -> Response:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise FetchError("only http and https URLs can be fetched")
        if check_robots and not self._allowed(url):
            raise FetchError("robots.txt does not allow fetching this page")
        self._wait(parts.netloc)
        try:
            return self._request(url)
        finally:
            self._last[parts.netloc] = time.monotonic()

    def _request(self, url: str) -> Response:
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent, "Accept": "*/*"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as resp:
                length = resp.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > self.max_bytes:
                    raise FetchError(f"the page is {int(length) / 1e6:.1f} MB, over the {self._limit()} limit")
                chunks, size = [], 0
                while True:
                    chunk = resp.read(65536)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(f"the page is over the {self._limit()} limit")
                    chunks.append(chunk)
                return Response(resp.geturl(), resp.status, resp.headers.get("Content-Type", ""), b"".join(chunks))
        except urllib.error.HTTPError as exc:
            raise FetchError(f"HTTP {exc.code} {exc.reason}") from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, TimeoutError) or "timed out" in str(reason):
                raise FetchError(f"no answer within {self.timeout:g} s") from None
            raise FetchError(f"could not connect ({reason})") from None
        except TimeoutError:
            raise FetchError(f"no answer within {self.timeout:g} s") from None
        except (ConnectionError, OSError) as exc:
            raise FetchError(f"connection failed ({exc})") from None

    def _limit(self) -> str:
        return f"{self.max_bytes / 2**20:g} MB" if self.max_bytes >= 2**20 else f"{self.max_bytes:,} byte"


def is_feed(resp: Response) -> bool:
    ctype = resp.content_type.lower()
    if any(t in ctype for t in _FEED_TYPES) and "html" not in ctype:
        return True
    return bool(re.search(rb"<(rss|feed|rdf:RDF)\b", resp.body[:2048]))


def fetch_tasks(
    urls: Sequence[str],
    fetcher: Fetcher,
    *,
    follow: bool = True,
    max_entries: int = 100,
    on_fetch: Callable[[str, str | None], None] | None = None,
) -> Iterator[Task | Skip]:
    """Pages (and the pages of feeds' entries) as ingest tasks; a failure is a Skip with the reason."""
    seen: set[str] = set()

    def note(url: str, error: str | None) -> None:
        if on_fetch is not None:
            on_fetch(url, error)

    for url in urls:
        try:
            resp = fetcher.get(url)
        except FetchError as exc:
            note(url, str(exc))
            yield Skip(url, str(exc))
            continue
        note(url, None)
        if not is_feed(resp):
            if resp.url not in seen:
                seen.add(resp.url)
                yield Task("bytes", resp.url, resp.body, {"url": resp.url})
            continue
        for n, record in enumerate(feed_records(resp.body, where=url)):
            if n >= max_entries:
                break
            if isinstance(record, Skip):
                yield record
                continue
            link = urljoin(resp.url, record.get("url") or "") if record.get("url") else None
            if link and link in seen:
                continue
            if link and follow:
                seen.add(link)
                try:
                    page = fetcher.get(link)
                except FetchError as exc:
                    note(link, str(exc))
                    if record.get("text"):
                        yield Task("record", f"{url}#{n + 1}", {**record, "url": link})
                    else:
                        yield Skip(link, str(exc))
                    continue
                note(link, None)
                meta = {"url": page.url}
                if record.get("published"):
                    meta["published"] = record["published"]
                yield Task("bytes", page.url, page.body, meta)
            else:
                yield Task("record", f"{url}#{n + 1}", {**record, "url": link} if link else record)


def save_records(tasks: Iterator[Task | Skip], path: str) -> tuple[int, list[Skip]]:
    """Write fetched pages as JSONL records ({"html", "url", ...}) that `rasd ingest` reads later."""
    import json

    from rasd.errors import InputError
    from rasd.read.encoding import decode

    n, skipped = 0, []
    with open(path, "w", encoding="utf-8") as fh:
        for task in tasks:
            if isinstance(task, Skip):
                skipped.append(task)
                continue
            if task.kind == "bytes":
                try:
                    text, _ = decode(task.payload, where=task.where)
                except InputError as exc:
                    skipped.append(Skip(task.where, exc.message))
                    continue
                record = {"html": text, **task.meta}
            else:
                record = dict(task.payload)
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n, skipped
