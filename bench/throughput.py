"""Reading + text layer throughput on real news: the 1,318 SaudiNewsNet articles of one day.

Runs on one core in this process: each article is read as a record (title + plain text), then the text stage
adds paragraphs, sentences and tokens (with normalization and clitic analysis). Prints articles/s and
tokens/s. Pass ``--stages`` to time more of the pipeline (e.g. ``--stages all``).

    python bench/throughput.py [--zip ../shared/data/bench/saudinewsnet-NC/2015-07-23.zip] [--stages text]
"""

from __future__ import annotations

import time

from saudinewsnet import bench_parser, open_corpus, record_of

from rasd.analysis import load_pipeline
from rasd.errors import InputError
from rasd.read import read_record


def main() -> int:
    ap = bench_parser(__doc__)
    ap.add_argument("--stages", default="text", help="comma-separated stages, or 'all'")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    articles = open_corpus(args.zip)
    if articles is None:
        return 2
    if args.limit:
        articles = articles[: args.limit]
    pipeline = load_pipeline(None if args.stages == "all" else args.stages.split(","))
    pipeline(read_record({"text": "تهيئة\nنص قصير للتهيئة قبل القياس."}))  # load lazily loaded data first
    n_docs = n_tokens = n_chars = skipped = 0
    t_read = t_pipe = 0.0
    for art in articles:
        record = record_of(art)
        t0 = time.perf_counter()
        try:
            doc = read_record(record)
        except InputError:
            skipped += 1
            continue
        t1 = time.perf_counter()
        pipeline(doc)
        t2 = time.perf_counter()
        t_read += t1 - t0
        t_pipe += t2 - t1
        n_docs += 1
        n_tokens += len(doc.layer("tokens"))
        n_chars += len(doc.text)
    total = t_read + t_pipe
    print(f"stages: {', '.join(pipeline.names)}")
    print(f"articles: {n_docs} (skipped {skipped}), tokens: {n_tokens:,}, characters: {n_chars:,}")
    print(f"time: {total:.2f} s (reading {t_read:.2f} s, pipeline {t_pipe:.2f} s), one core")
    print(f"articles/s: {n_docs / total:.1f}   tokens/s: {n_tokens / total:,.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
