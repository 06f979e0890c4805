"""Time per stage on real news: how the pipeline's time splits, and each stage's rate in sentences/s.

Runs the full default pipeline on SaudiNewsNet articles (one core, this process) and prints, per stage, the
mean milliseconds per article and the sentences per second it processes; the knowledge base, the models and
the lexicons are loaded on a warm-up article first. With ``--repeat N`` the articles are read afresh and run N
times and each stage's fastest pass is printed: a busy or throttled machine only ever adds time, so the
fastest of several passes is the steadier figure when comparing two versions of the code.

    python bench/stages.py [--zip ../shared/data/bench/saudinewsnet-NC/2015-07-23.zip] [--n 500] [--repeat 5]
"""

from __future__ import annotations

import time

from saudinewsnet import bench_parser, open_corpus, record_of


def main() -> int:
    ap = bench_parser(__doc__)
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=1, help="passes; each stage's fastest is printed")
    args = ap.parse_args()
    articles = open_corpus(args.zip)
    if articles is None:
        return 2
    from rasd.analysis import load_pipeline
    from rasd.errors import InputError
    from rasd.read import read_record

    pipe = load_pipeline()
    records = []
    for a in articles[: args.n]:
        try:
            read_record(record_of(a))
        except InputError:
            continue
        records.append(record_of(a))
    pipe(read_record({"text": "وزير الخارجية يصل إلى الرياض\nوصل وزير الخارجية السوري إلى الرياض أمس."}))
    spent = {s.name: float("inf") for s in pipe.stages}
    for _ in range(max(1, args.repeat)):
        docs = [read_record(r) for r in records]
        this = {s.name: 0.0 for s in pipe.stages}
        sentences = 0
        for doc in docs:
            for stage in pipe.stages:
                t = time.perf_counter()
                stage(doc)
                this[stage.name] += time.perf_counter() - t
            sentences += len(doc.layer("sentences"))
        spent = {name: min(spent[name], this[name]) for name in spent}
    passes = f", fastest of {args.repeat} passes" if args.repeat > 1 else ""
    print(f"{len(docs)} articles, {sentences:,} sentences, one core{passes}")
    for name, seconds in spent.items():
        print(f"{name:<9} {seconds / len(docs) * 1000:7.1f} ms/article  {sentences / seconds:9,.0f} sentences/s")
    total = sum(spent.values())
    print(f"{'all':<9} {total / len(docs) * 1000:7.1f} ms/article  {len(docs) / total:9.1f} articles/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
