"""Knowledge-base load time and linking speed (issue figure: under 50 ms per 500-word article after load).

Loads the bundled KB (timed: the first load builds the indexes), then links real articles of about 500
words from SaudiNewsNet: the text stage runs first (untimed), entities come from the NER stage when this
build has one (untimed), then the linking stage is timed per article. Prints the KB's entry counts by type
and its offices, the load time, and linking time per article (mean, p50, p95) scaled to 500 words.

    python bench/linking.py [--zip ../shared/data/bench/saudinewsnet-NC/2015-07-23.zip] [--n 200]
"""

from __future__ import annotations

import statistics
import time

from saudinewsnet import bench_parser, open_corpus, record_of


def main() -> int:
    ap = bench_parser(__doc__)
    ap.add_argument("--n", type=int, default=200)
    args = ap.parse_args()
    articles = open_corpus(args.zip)
    if articles is None:
        return 2
    from rasd.analysis import load_pipeline
    from rasd.errors import InputError
    from rasd.kb.link import LinkingStage
    from rasd.kb.store import load
    from rasd.read import read_record

    t0 = time.perf_counter()
    kb = load()
    load_ms = (time.perf_counter() - t0) * 1000
    print(f"KB entries by type: {kb.counts()} (total {len(kb.entries):,})")
    offices = [o for e in kb.entries.values() for o in e.offices]
    print(f"KB offices held by people: {len(offices):,} ({sum(1 for e in kb.entries.values() if e.offices):,} people)")
    print(f"KB first load (read + index): {load_ms:.0f} ms")

    names = load_pipeline().names
    before = [s for s in names if s in ("text", "entities")]
    pre = load_pipeline(before)
    linker = LinkingStage()
    docs = []
    for a in articles:
        try:
            doc = read_record(record_of(a))
        except InputError:
            continue
        words = len(doc.text.split())
        if 300 <= words <= 900:
            docs.append((doc, words))
        if len(docs) >= args.n:
            break
    per_500: list[float] = []
    for doc, words in docs:
        pre(doc)
        if not doc.has_layer("entities"):
            doc.set_layer("entities", [])
        t = time.perf_counter()
        linker(doc)
        per_500.append((time.perf_counter() - t) * 1000 * 500 / words)
    per_500.sort()
    print(
        f"entities from: {'the NER stage' if 'entities' in before else 'knowledge-base matching only (no NER stage)'}"
    )
    print(
        f"linking, {len(per_500)} articles of 300-900 words, ms per 500 words: mean {statistics.mean(per_500):.1f}, "
        f"p50 {per_500[len(per_500) // 2]:.1f}, p95 {per_500[int(len(per_500) * 0.95)]:.1f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
