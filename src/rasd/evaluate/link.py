"""Entity-linking evaluation (``rasd eval link``): accuracy given gold mentions, and NIL precision.

Gold is JSON lines, one mention each: ``{"sentence": N, "start": s, "end": e, "surface": "...", "label":
"LOC", "id": "Q858" | "NIL", "name_en": "Syria"}``. A record either carries the sentence ``text`` itself,
or refers to sentence ``N`` (0-based) of a CoNLL corpus given with ``--corpus`` (tokens joined by single
spaces, the way ``rasd.evaluate.link.conll_sentences`` rebuilds them), so gold built on licensed text need
not copy it. Mentions of one sentence are linked together, as they would be in an article; each gold
mention is scored against the linked mention that overlaps it most.

* accuracy@1: over gold mentions with a KB id, the share linked to exactly that id;
* NIL precision: over mentions the linker left unlinked (a ``rasd:nil/`` id), the share whose gold is NIL;
* NIL recall: over gold NIL mentions, the share left unlinked.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from rasd.document import Document, Span
from rasd.errors import InputError


def conll_sentences(path: Path) -> list[str]:
    """Sentences of a "token TAG" CoNLL file as text (tokens joined by one space)."""
    out: list[str] = []
    tokens: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if tokens:
                out.append(" ".join(tokens))
                tokens = []
            continue
        tokens.append(parts[0])
    if tokens:
        out.append(" ".join(tokens))
    return out


def read_gold(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        raise InputError("no such file", where=str(path))
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"line {n} is not JSON ({exc.msg})", where=str(path)) from None
        for key in ("start", "end", "id"):
            if key not in rec:
                raise InputError(f'line {n} has no "{key}"', where=str(path))
        records.append(rec)
    if not records:
        raise InputError("no gold mentions", where=str(path))
    return records


def evaluate(data: Path, corpus: Path | None = None, published: str | None = None) -> dict[str, Any]:
    from rasd.kb.link import LinkingStage
    from rasd.text.stage import TextStage

    gold = read_gold(data)
    sentences = conll_sentences(corpus) if corpus is not None else []
    groups: dict[tuple[Any, str], list[dict[str, Any]]] = defaultdict(list)
    for rec in gold:
        if "text" in rec:
            text = rec["text"]
        else:
            if not sentences:
                raise InputError("the gold refers to corpus sentences: pass --corpus", where=str(data))
            try:
                text = sentences[int(rec["sentence"])]
            except (IndexError, KeyError, ValueError):
                raise InputError(f"sentence {rec.get('sentence')!r} is not in the corpus", where=str(data)) from None
        if text[rec["start"] : rec["end"]] != rec.get("surface", text[rec["start"] : rec["end"]]):
            raise InputError(
                f"gold mention {rec.get('surface')!r} does not match the text at [{rec['start']}, {rec['end']})",
                where=str(data),
                hint="Is --corpus the file the gold was made on?",
            )
        groups[(rec.get("sentence"), text)].append(rec)

    text_stage, linker = TextStage(), LinkingStage(keep_spans=True)
    linker(_warm(text_stage))  # load the knowledge base before timing
    linkable = correct = 0
    pred_nil = pred_nil_right = gold_nil = gold_nil_found = 0
    errors: list[dict[str, Any]] = []
    t0 = time.perf_counter()
    for (_, text), recs in groups.items():
        doc = Document(text, meta={"published": published} if published else {})
        text_stage(doc)
        doc.set_layer("entities", [Span(r["start"], r["end"], _label(r.get("label")), {"score": 1.0}) for r in recs])
        linker(doc)
        out = doc.layer("entities")
        for r in recs:
            best = _best_overlap(out, r["start"], r["end"])
            got = best.get("id") if best is not None else None
            is_nil = got is None or str(got).startswith("rasd:nil/")
            if r["id"] == "NIL":
                gold_nil += 1
                gold_nil_found += int(is_nil)
            else:
                linkable += 1
                correct += int(got == r["id"])
            if is_nil:
                pred_nil += 1
                pred_nil_right += int(r["id"] == "NIL")
            if (r["id"] == "NIL") != is_nil or (r["id"] != "NIL" and got != r["id"]):
                errors.append({"surface": r.get("surface"), "gold": r["id"], "got": got})
    elapsed = time.perf_counter() - t0
    return {
        "mentions": len(gold),
        "linkable": linkable,
        "accuracy_at_1": correct / linkable if linkable else 0.0,
        "nil_precision": pred_nil_right / pred_nil if pred_nil else 0.0,
        "nil_recall": gold_nil_found / gold_nil if gold_nil else 0.0,
        "gold_nil": gold_nil,
        "sentences_per_second": len(groups) / elapsed if elapsed else 0.0,
        "errors": errors[:50],
    }


def _warm(text_stage: Any) -> Document:
    doc = Document("تهيئة الربط في سوريا")
    text_stage(doc)
    doc.set_layer("entities", [])
    return doc


def _label(label: str | None) -> str:
    label = (label or "MISC").upper()
    return {"PERS": "PER", "GPE": "LOC", "FAC": "LOC"}.get(
        label, label if label in ("PER", "ORG", "LOC", "MISC") else "MISC"
    )


def _best_overlap(spans: list[Span], start: int, end: int) -> Span | None:
    best, best_len = None, 0
    for s in spans:
        overlap = min(s.end, end) - max(s.start, start)
        if overlap > best_len:
            best, best_len = s, overlap
    return best
