"""The archive end to end on a day of Saudi news: ingest rate, database size, peak memory, search latency.

Takes the 1,318 SaudiNewsNet articles of 2015-07-23, writes them as JSONL records in a temporary folder, and
runs the real command, ``python -m rasd.cli_archive ingest FILE --db DB --workers 2``, as a subprocess (all
stages by default), timing it from the outside. Then 100 searches built from the corpus's frequent words
(single words, clitic forms such as و+word and ل+word, and pairs) run against the finished archive.

    python bench/archive.py [--zip ../shared/data/bench/saudinewsnet-NC/2015-07-23.zip] [--workers 2]
                            [--stages all] [--keep DIR]
"""

from __future__ import annotations

import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from saudinewsnet import bench_parser, open_corpus, record_of

STOP = set(
    "في من على إلى الى عن أن ان التي الذي مع هذا هذه كان كانت قد ما لا أو او بين كل إن وقد ذلك عام بعد قبل حيث "
    "وفي ومن أنه انه وهو هو هي كما لم لن ثم بن عبد".split()
)


def write_records(articles: list[dict[str, str]], out: Path) -> None:
    with out.open("w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps(record_of(a), ensure_ascii=False) + "\n")


def queries(articles: list[dict[str, str]], n: int = 100, seed: int = 7) -> list[str]:
    """Frequent content words, some with a clitic, some in pairs: what an analyst types."""
    counts: Counter[str] = Counter()
    for a in articles:
        counts.update(w for w in (a.get("content") or "").split() if len(w) >= 4 and w not in STOP and w.isalpha())
    frequent = [w for w, _ in counts.most_common(300)]
    rng = random.Random(seed)
    out = frequent[:40]
    out += ["و" + w for w in frequent[40:60]] + ["ل" + w.removeprefix("ال") for w in frequent[60:80]]
    out += [f"{rng.choice(frequent[:100])} {rng.choice(frequent[:100])}" for _ in range(n - len(out))]
    return out[:n]


def main() -> int:
    ap = bench_parser(__doc__)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--stages", default="all", help="comma-separated stages, or 'all'")
    ap.add_argument("--keep", type=Path, help="keep the archive in this folder")
    args = ap.parse_args()
    articles = open_corpus(args.zip)
    if articles is None:
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        records = folder / "saudinewsnet.jsonl"
        db = folder / "bench.db"
        for old in folder.glob("bench.db*"):
            old.unlink()
        write_records(articles, records)
        cmd = [sys.executable, "-m", "rasd.cli_archive", "ingest", str(records), "--db", str(db)]
        cmd += ["--workers", str(args.workers), "--format", "json", "--no-progress"]
        if args.stages != "all":
            cmd += ["--stages", args.stages]
        start = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True)
        wall = time.perf_counter() - start
        if done.returncode != 0:
            print(done.stderr or done.stdout, file=sys.stderr)
            return 1
        summary = json.loads(done.stdout)
        size = sum(p.stat().st_size for p in folder.glob("bench.db*"))

        from rasd.archive import Archive
        from rasd.archive.search import search

        qs = queries(articles)
        latencies = []
        found = 0
        with Archive(db, readonly=True) as archive:
            search(archive.conn, qs[0])  # warm the caches (lexicons, page cache) once
            counts = archive.info()["counts"]
            stories = archive.info()["multi_report_stories"]
            for q in qs:
                t0 = time.perf_counter()
                hits = search(archive.conn, q, limit=10)
                latencies.append((time.perf_counter() - t0) * 1000)
                found += bool(hits)
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    lat = sorted(latencies)
    shown = " ".join(["python", *cmd[1:4]])
    extra = f" --stages {args.stages}" if args.stages != "all" else ""
    print(f"command: {shown} FILE --db DB --workers {args.workers}{extra}")
    print(f"stages: {args.stages}; articles in the zip: {len(articles)}")
    print(
        f"ingested {summary['ingested']}, duplicates {summary['duplicates']}, skipped {summary['skipped']} "
        f"in {wall:.1f} s wall (process start included): {summary['ingested'] / wall:.1f} articles/s"
    )
    print(f"database: {size / 1e6:.1f} MB ({size / max(summary['ingested'], 1) / 1e3:.1f} kB per article)")
    print("rows: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()) + f"; stories with 2+ reports: {stories}")
    print(f"peak memory (max RSS): largest ingest process {children:.0f} MB, bench + search process {own:.0f} MB")
    print(
        f"search over {len(qs)} queries ({found} with results): p50 {statistics.median(lat):.1f} ms, "
        f"p95 {lat[int(len(lat) * 0.95) - 1]:.1f} ms, max {lat[-1]:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
