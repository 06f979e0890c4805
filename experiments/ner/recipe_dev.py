"""The shipped training recipe (hidden-identity copy, completion rules, name propagation) on dev: train on the
first 90% of ANERcorp train, score the last 10% with ``rasd eval ner``'s code. Never touches test.

    .venv/bin/python experiments/ner/recipe_dev.py [--without PREFIX,...] [--out DIR]

``--without name_units`` empties a lexicon of rasd.ner.features.Lexicons before training (ablation).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from rasd.evaluate.ner import evaluate
from rasd.ner import read_conll
from rasd.ner.features import FEATURE_VERSION, Lexicons, _read_phrases, default_lexicons
from rasd.ner.model import NerModel
from rasd.ner.train import fit

TRAIN = Path(__file__).resolve().parents[3] / "shared/data/ner/anercorp/train.txt"


def _unseen_recall(gold_sents: list, pred: list[list[str]], seen: set[str]) -> float:
    """Recall of gold entities none of whose words were tagged as an entity in training: new names."""
    from seqeval.metrics.sequence_labeling import get_entities

    hit = total = 0
    for (toks, tags), p in zip(gold_sents, pred, strict=True):
        found = set(get_entities(list(p)))
        for typ, a, b in get_entities(list(tags)):
            if any(t in seen for t in toks[a : b + 1]):
                continue
            total += 1
            hit += (typ, a, b) in found
    return hit / total if total else 0.0


def _add_names(lex: Lexicons, file: Path, name: str, *, singles: bool) -> None:
    """One more name list as feature ``name``, as Lexicons loads its own lists (one-word names only with
    ``singles``: --add-phrases predates them)."""
    for _, words in _read_phrases(file, "txt"):
        if len(words) > 1:
            lex.phrases[words] = tuple(sorted({*lex.phrases.get(words, ()), name}))
        elif singles and len(words[0]) >= 2:
            lex.single[words[0]] = tuple(sorted({*lex.single.get(words[0], ()), name}))
    lex.max_phrase = max(len(p) for p in lex.phrases)
    lex.prefixes = {p[:k] for p in lex.phrases for k in range(1, len(p))}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--without", default="", help="Lexicons attributes to empty, comma-separated")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--fold", type=int, default=None, help="score contiguous fold K of 5 (default: the last 10%%)")
    ap.add_argument("--list-skip", default="", help="phrase lists of rasd.ner.features to leave out, comma-separated")
    ap.add_argument("--list-map", default="", help="OLD=NEW,...: phrase lists to give another feature name")
    ap.add_argument("--add-list", default="", help="NAME=FILE: one more name list (one name per line) as feature NAME")
    ap.add_argument("--add-phrases", default="", help="FILE:LABEL, a one-name-per-line list to add as phrases")
    ap.add_argument("--c1", type=float, default=None)
    ap.add_argument("--c2", type=float, default=None)
    ap.add_argument("--hide", type=float, default=None, help="rate of the hidden-identity copy (0: none)")
    ap.add_argument("--param", action="append", default=[], help="KEY=VALUE, a crfsuite training parameter")
    ap.add_argument("--copies", type=int, default=None, help="hidden-identity copies (default 1)")
    ap.add_argument("--scheme", default=None, help="label scheme the CRF learns: iob2 or iobes")
    args = ap.parse_args()
    if args.list_skip or args.list_map:
        import rasd.ner.features as features

        skip = set(filter(None, args.list_skip.split(",")))
        rename = dict(kv.split("=") for kv in filter(None, args.list_map.split(",")))
        features._PHRASE_LISTS = tuple(
            (rename.get(name, name), rel, kind) for name, rel, kind in features._PHRASE_LISTS if name not in skip
        )
    lex = default_lexicons()
    if args.add_list:
        name, file = args.add_list.split("=", 1)
        _add_names(lex, Path(file), name, singles=True)
    for name in filter(None, args.without.split(",")):
        getattr(lex, name).clear()
    if args.add_phrases:
        file, label = args.add_phrases.rsplit(":", 1)
        _add_names(lex, Path(file), label, singles=False)
    sents = read_conll(TRAIN)
    if args.fold is None:
        lo, hi = int(len(sents) * 0.9), len(sents)
    else:
        lo, hi = len(sents) * args.fold // 5, len(sents) * (args.fold + 1) // 5
    train_part, dev_part = sents[:lo] + sents[hi:], sents[lo:hi]
    out = args.out or Path(tempfile.mkdtemp(prefix="ner_recipe_"))
    params: dict[str, object] = {k: v for k, v in (("c1", args.c1), ("c2", args.c2)) if v is not None}
    for kv in args.param:
        key, _, value = kv.partition("=")
        params[key] = value if not value.replace(".", "", 1).isdigit() else float(value) if "." in value else int(value)
    settings = fit(
        train_part,
        out,
        params=params,
        **({"hide": args.hide} if args.hide is not None else {}),
        **({"scheme": args.scheme} if args.scheme else {}),
        **({"copies": args.copies} if args.copies else {}),
    )
    meta = {"model": "rasd-ner-crf", "feature_version": FEATURE_VERSION, "labels": ["PER", "ORG", "LOC", "MISC"]}
    (out / "meta.json").write_text(json.dumps({**meta, **settings}), encoding="utf-8")
    dev = out / "dev.txt"
    dev.write_text(
        "\n\n".join("\n".join(f"{t} {g}" for t, g in zip(toks, tags, strict=True)) for toks, tags in dev_part) + "\n",
        encoding="utf-8",
    )
    seen = {t for toks, tags in train_part for t, g in zip(toks, tags, strict=True) if g != "O"}
    for rules in ("none", "names"):
        r = evaluate(dev, out, rules=rules)
        per = {k: round(v["f1"], 3) for k, v in r["per_type"].items()}
        unseen = _unseen_recall(dev_part, NerModel(out).tag_corpus([t for t, _ in dev_part], rules=rules), seen)
        print(
            f"fold={args.fold} unseen-name recall {unseen:.3f} without={args.without or '-'} "
            f"add={args.add_phrases or '-'} "
            f"hide={settings['hide']} scheme={settings['scheme']} copies={settings['copies']} "
            f"params={params} rules={rules} "
            f"dev F1 {r['micro']['f1']:.4f} "
            f"P {r['micro']['precision']:.3f} R {r['micro']['recall']:.3f} {per}"
        )


if __name__ == "__main__":
    main()
