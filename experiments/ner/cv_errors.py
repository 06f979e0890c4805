"""Sort the cross-validation errors of saved fold models by kind, to see where F1 is lost (never touches test).

    .venv/bin/python experiments/ner/recipe_dev.py --fold K --out /tmp/ner_fK     # once per fold, K = 0..4
    .venv/bin/python experiments/ner/cv_errors.py --models /tmp/ner_f{k} [--show KIND --n 30]

A gold entity not found exactly is a ``miss`` (nothing predicted overlaps it), a ``bound`` error (an
overlapping prediction of its type), a ``type`` error (the same span, another type) or ``bound+type``; a
predicted entity not in the gold is ``spurious`` (no overlap) or ``overlap``. ``--show "PER FN bound"`` prints
examples: the entity, its context and what was predicted over it.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

from seqeval.metrics.sequence_labeling import get_entities

from rasd.ner import read_conll
from rasd.ner.model import NerModel

TRAIN = Path(__file__).resolve().parents[3] / "shared/data/ner/anercorp/train.txt"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--models", required=True, help="fold model folder, with {k} for the fold number")
    ap.add_argument("--show", default="", help='a kind to print examples of, e.g. "ORG FN miss"')
    ap.add_argument("--n", type=int, default=30)
    args = ap.parse_args()
    sents = read_conll(TRAIN)
    counts: Counter[tuple[str, str, str]] = Counter()
    examples: dict[tuple[str, str, str], list[str]] = {}

    def note(kind: tuple[str, str, str], toks: list[str], a: int, b: int, over: list) -> None:
        counts[kind] += 1
        shown = [(q[0], " ".join(toks[q[1] : q[2] + 1])) for q in over]
        text = f"{' '.join(toks[a : b + 1])} || {' '.join(toks[max(0, a - 3) : b + 4])} || {shown}"
        examples.setdefault(kind, []).append(text)

    for k in range(5):
        lo, hi = len(sents) * k // 5, len(sents) * (k + 1) // 5
        dev = sents[lo:hi]
        pred = NerModel(Path(args.models.format(k=k))).tag_corpus([t for t, _ in dev], rules="names")
        for (toks, gold), p in zip(dev, pred, strict=True):
            gold_set, pred_set = set(get_entities(list(gold))), set(get_entities(list(p)))
            for typ, a, b in gold_set - pred_set:
                over = [q for q in pred_set if q[1] <= b and a <= q[2]]
                same_span = any((q[1], q[2]) == (a, b) for q in over)
                cat = (
                    "miss" if not over
                    else "bound" if any(q[0] == typ for q in over)
                    else "type" if same_span
                    else "bound+type"
                )
                note((typ, "FN", cat), toks, a, b, over)
            for typ, a, b in pred_set - gold_set:
                over = [q for q in gold_set if q[1] <= b and a <= q[2]]
                note((typ, "FP", "overlap" if over else "spurious"), toks, a, b, over)
    for (typ, side, cat), n in counts.most_common():
        print(f"{typ:5} {side} {cat:11} {n}")
    if args.show:
        kind = tuple(args.show.split())
        pool = examples.get(kind, [])  # type: ignore[call-overload]
        for line in random.Random(0).sample(pool, min(args.n, len(pool))):
            print(line)


if __name__ == "__main__":
    main()
