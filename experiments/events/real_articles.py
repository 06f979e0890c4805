"""What the event coder produces on real articles with no gold: counts over one day of SaudiNewsNet.

The bench corpus (1,318 articles, CC BY-NC-SA: read where it lies, never copied) has no event annotations, so
these are counts, not accuracy: events per type, how many have both sides or none, how many sources stand
outside the event's own sentence (ASSAULT separately: an attack's author carried over from an earlier attack),
how many events a sports report's sentence holds (``aux.sports``), and how many are reported as having happened
(``factual``, :func:`rasd.events.modality.is_factual`). With ``--sample`` it also prints random events with
their sentence, for reading: of a type (``ASSAULT``), the factual ones of a type (``factual:ASSAULT``), those
marked ``sports``, or those with a source from another sentence (``carried``, or ``carried:PROTEST`` for one
type). With ``--dump FILE`` it writes every event as a line (article, type, trigger, sources, targets,
sentence, aux modes), so two versions of the coder can be compared event by event (run the other version with
``PYTHONPATH`` pointing at its ``src``, then diff the files).

    python experiments/events/real_articles.py [--sample ASSAULT --n 20 --seed 1] [--dump events.tsv]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from saudinewsnet import DEFAULT_ZIP, load_articles

from rasd.analysis import load_pipeline
from rasd.document import Document
from rasd.events.modality import is_factual


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--zip", type=Path, default=DEFAULT_ZIP)
    ap.add_argument(
        "--sample",
        default=None,
        help="print random events: a TYPE, factual:TYPE (is_factual), sports, carried or carried:TYPE",
    )
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dump", type=Path, default=None, help="write every event as a tab-separated line")
    args = ap.parse_args()
    if not args.zip.exists():
        print(f"{args.zip}: not found (pass --zip)", file=sys.stderr)
        return 2
    pipeline = load_pipeline()
    counts: Counter[str] = Counter()
    sample: list[str] = []
    dump: list[str] = []
    for n, article in enumerate(load_articles(args.zip)):
        text = (article.get("title", "") + "\n\n" + article.get("content", "")).strip()
        doc = pipeline(Document(text))
        for e in doc.layer("events"):
            typ, sent = e.get("type"), e.get("sentence")
            source, target = e.get("source") or [], e.get("target") or []
            counts[typ] += 1
            counts["all"] += 1
            counts["both sides"] += bool(source and target)
            counts["no side"] += not (source or target)
            counts["sports"] += bool((e.get("aux") or {}).get("sports"))
            factual = is_factual(e.get("aux") or {})
            counts["factual"] += factual
            counts[f"factual {typ}"] += factual
            outside = any(not (sent.start <= a.start < sent.end) for a in source)
            counts["source outside its sentence"] += outside
            counts["ASSAULT source outside its sentence"] += outside and typ == "ASSAULT"
            wanted = {typ, "sports" if (e.get("aux") or {}).get("sports") else ""}
            if factual:
                wanted.add(f"factual:{typ}")
            if outside:
                wanted |= {"carried", f"carried:{typ}"}
            names = ([doc.span_text(a) for a in source], [doc.span_text(a) for a in target])
            marks = ",".join(sorted(k for k, v in (e.get("aux") or {}).items() if v))
            if args.dump is not None:
                dump.append(
                    f"{n}\t{typ}\t{doc.span_text(e.get('trigger'))}\t{names[0]}\t{names[1]}\t{doc.span_text(sent)}\t{marks}"
                )
            if args.sample in wanted:
                sides = f"{names[0]} -> {names[1]} [{marks}]"
                sample.append(f"{doc.span_text(e.get('trigger'))} | {sides}\n    {doc.span_text(sent)[:200]}")
    if args.dump is not None:
        args.dump.write_text("".join(line.replace("\n", " ") + "\n" for line in dump), encoding="utf-8")
    print(json.dumps(dict(sorted(counts.items())), ensure_ascii=False, indent=1))
    random.seed(args.seed)
    for line in random.sample(sample, min(args.n, len(sample))):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
