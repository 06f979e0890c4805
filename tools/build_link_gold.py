"""Derive the entity-linking gold (bench/gold/anercorp_link.jsonl) from the referent annotations.

The annotations (bench/gold/anercorp_link_annotations.jsonl) are the truth: one record per ANERcorp
test-split mention with the real-world referent an annotator gave it (``referent_en`` and, when
certain, ``referent_qid``), independent of the knowledge base. This script maps each referent to the
bundled KB as it is *now* and writes the file ``rasd eval link`` reads; rerun it whenever the KB grows.

Resolution, in order:

1. ``referent_qid`` is an entry id of the KB;
2. ``referent_en`` equals an entry's ``name_en`` or one of its ``aliases_en`` (case-insensitive);
3. the same comparison with accents folded ("Ivanisevic" = "Ivanišević").

When several entries share the name, the one whose type fits the mention label (PER -> PER, LOC ->
GPE/LOC/FAC, ORG -> ORG) is taken; if that still leaves more than one, the mention is NIL and the clash
is reported, so the annotation can be made exact with a QID. A referent the KB lacks, or one the
annotator could not name (``referent_en`` null), is "NIL". Records the annotator flagged with
``exclude`` (corpus noise, tag fragments, non-entities) are not written to the gold.

Usage: python tools/build_link_gold.py [--annotations PATH] [--out PATH] [--show-nil]
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "bench" / "gold" / "anercorp_link_annotations.jsonl"
OUT = ROOT / "bench" / "gold" / "anercorp_link.jsonl"

LABEL_TYPES = {"PER": {"PER"}, "LOC": {"GPE", "LOC", "FAC"}, "ORG": {"ORG"}, "MISC": set()}
FIELDS = ("sentence", "start", "end", "surface", "label", "referent_en", "referent_qid")


def fold(text: str) -> str:
    """Lowercase with diacritics removed, for the accent-insensitive pass."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def build_index(kb) -> tuple[dict[str, list], dict[str, list]]:
    exact: dict[str, list] = defaultdict(list)
    folded: dict[str, list] = defaultdict(list)
    for entry in kb.entries.values():
        for name in (entry.name_en, *entry.aliases_en):
            if not name:
                continue
            if entry not in exact[name.casefold()]:
                exact[name.casefold()].append(entry)
            if entry not in folded[fold(name)]:
                folded[fold(name)].append(entry)
    return exact, folded


def resolve(rec: dict, kb, exact: dict, folded: dict, clashes: Counter) -> tuple[str, str | None]:
    """(KB id or "NIL", how it was found)."""
    qid = rec.get("referent_qid")
    if qid and qid in kb.entries:
        return qid, "qid"
    name = rec.get("referent_en")
    if not name:
        return "NIL", None
    for how, candidates in (("name", exact.get(name.casefold(), [])), ("folded", folded.get(fold(name), []))):
        if not candidates:
            continue
        if len(candidates) > 1:
            fitting = [e for e in candidates if e.type in LABEL_TYPES.get(rec.get("label", ""), set())]
            candidates = fitting or candidates
        if len(candidates) == 1:
            return candidates[0].id, how
        clashes[(name, tuple(sorted(e.id for e in candidates)))] += 1
        return "NIL", None
    return "NIL", None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--annotations", type=Path, default=ANNOTATIONS)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--show-nil", action="store_true", help="list the named referents that resolved to NIL")
    args = ap.parse_args(argv)

    from rasd.kb.store import load

    kb = load()
    exact, folded = build_index(kb)
    records = [json.loads(line) for line in args.annotations.read_text(encoding="utf-8").splitlines() if line.strip()]

    clashes: Counter = Counter()
    excluded: Counter = Counter()
    by_label: dict[str, Counter] = defaultdict(Counter)
    how_found: Counter = Counter()
    nil_named: Counter = Counter()
    out = []
    for rec in records:
        if rec.get("exclude"):
            excluded[rec["exclude"]] += 1
            continue
        kb_id, how = resolve(rec, kb, exact, folded, clashes)
        gold = {k: rec.get(k) for k in FIELDS}
        gold["id"] = kb_id
        entry = kb.entries.get(kb_id)
        gold["name_en"] = entry.name_en if entry is not None else rec.get("referent_en")
        out.append(gold)
        label = rec.get("label", "MISC")
        by_label[label]["NIL" if kb_id == "NIL" else "linkable"] += 1
        if how:
            how_found[how] += 1
        elif rec.get("referent_en"):
            nil_named[rec["referent_en"]] += 1

    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for gold in out:
            fh.write(json.dumps(gold, ensure_ascii=False) + "\n")

    linkable = sum(c["linkable"] for c in by_label.values())
    print(f"annotations: {len(records)}  excluded: {sum(excluded.values())} {dict(excluded)}")
    print(f"mentions: {len(out)} in {len({g['sentence'] for g in out})} sentences  "
          f"linkable: {linkable}  NIL: {len(out) - linkable}  (KB: {len(kb.entries)} entries)")
    for label in sorted(by_label):
        c = by_label[label]
        print(f"  {label:4} {c['linkable'] + c['NIL']:4}  linkable {c['linkable']:4}  NIL {c['NIL']:4}")
    print(f"resolved by: {dict(how_found)}  unnamed referents (NIL): "
          f"{sum(1 for g in out if not g['referent_en'])}")
    for (name, ids), n in sorted(clashes.items()):
        print(f"  ambiguous name {name!r} -> {', '.join(ids)} ({n}x): add a referent_qid", file=sys.stderr)
    if args.show_nil:
        print("named referents not in the KB:")
        for name, n in nil_named.most_common():
            print(f"  {n:3}  {name}")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
