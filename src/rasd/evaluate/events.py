"""Event evaluation (``rasd eval events``) on the layout of the OEDA Arabic event gold standard.

The folder holds ``<type>_gsr.csv`` (sentences labelled yes / easy no / difficult no / ambiguous for PLOVER
ASSAULT and PROTEST) and ``<type>_spans.json`` (source, verb and target tokens marked by several coders).

* Detection, per type: a sentence is predicted positive when the pipeline codes a *factual* event of that
  type in it (not negated, intended, hypothetical or historical). "yes" is positive, "easy no" and
  "difficult no" negative, "ambiguous" left out. Also reported: the false-positive rate on "difficult no",
  the sentences that look like an event and are not.
* Spans, per type: on each gold sentence, the tokens of the source (and target) actors of the highest
  confidence event of that type are compared with the gold tokens (the coders' common tokens when given,
  else the tokens a majority of coders marked); precision and recall are pooled over sentences into a
  token-level F1. An actor counts as the whitespace tokens it touches, since coders marked whole tokens
  (والجيش) where an actor leaves the conjunction out. A sentence where the gold marks no source (target)
  tokens does not count for that role.

The sentence id's date (AAW_ARB_20071026...) is used as the publication date, as an article's would be.
"""

from __future__ import annotations

import csv
import json
import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

from rasd.document import Document
from rasd.errors import InputError
from rasd.events.modality import is_factual
from rasd.text.normalize import norm

TYPES = ("ASSAULT", "PROTEST")
_ID_DATE = re.compile(r"_(\d{4})(\d{2})(\d{2})\.")
_PUNCT = re.compile(r"[^\w\s]")


def published_from_id(sentence_id: str) -> str | None:
    m = _ID_DATE.search(sentence_id)
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def _tokens(text: str) -> list[str]:
    return [t for t in (norm(_PUNCT.sub(" ", x)).strip() for x in text.split()) if t]


def _whole_words(text: str, start: int, end: int) -> str:
    """The whitespace tokens a span touches: coders marked whole tokens (والجيش), while an actor leaves out the
    clitics glued to it (الجيش), so the span is compared as the tokens it stands in."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


def _analyze(pipeline: Any, text: str, sentence_id: str) -> Document:
    doc = Document(
        text.strip(), meta={"published": published_from_id(sentence_id)} if published_from_id(sentence_id) else {}
    )
    return pipeline(doc)


def _gold_tokens(item: dict[str, Any], role: str) -> set[str]:
    common = item.get(f"{role}_gold") or ""
    if common.strip():
        return set(_tokens(common))
    counts: Counter[str] = Counter()
    spans = item.get("spans") or []
    for s in spans:
        counts.update(set(_tokens(" ".join(s.get(f"{role}_actor") or []))))
    need = max(1, (len(spans) + 1) // 2)
    return {t for t, c in counts.items() if c >= need}


def evaluate(folder: Path, *, limit: int | None = None) -> dict[str, Any]:
    from rasd.analysis import load_pipeline

    if not folder.is_dir():
        raise InputError("not a folder", where=str(folder), hint="Pass the folder holding *_gsr.csv files.")
    pipeline = load_pipeline()
    if "events" not in pipeline.names:
        raise InputError("this build has no events stage (it needs the entities stage and its model)")
    detection: dict[str, Any] = {}
    spans: dict[str, Any] = {}
    sentences = 0
    t0 = time.perf_counter()
    for typ in TYPES:
        gsr = folder / f"{typ.lower()}_gsr.csv"
        if not gsr.exists():
            continue
        with gsr.open(encoding="utf-8") as fh:
            rows = [r for r in csv.DictReader(fh) if r.get("label") in ("yes", "easy no", "difficult no")]
        if limit:
            rows = rows[:limit]
        tp = fp = fn = tn = dfp = dn = 0
        for r in rows:
            doc = _analyze(pipeline, r["text"], r.get("id", ""))
            sentences += 1
            pred = any(e.get("type") == typ and is_factual(e.get("aux") or {}) for e in doc.layer("events"))
            gold = r["label"] == "yes"
            tp += pred and gold
            fp += pred and not gold
            fn += gold and not pred
            tn += not pred and not gold
            if r["label"] == "difficult no":
                dn += 1
                dfp += pred
        p = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        detection[typ] = {
            "precision": round(p, 4),
            "recall": round(rc, 4),
            "f1": round(2 * p * rc / (p + rc), 4) if p + rc else 0.0,
            "difficult_no_fp_rate": round(dfp / dn, 4) if dn else 0.0,
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "tn": tn,
        }
        spans[typ] = _span_scores(pipeline, folder / f"{typ.lower()}_spans.json", typ, limit)
    elapsed = time.perf_counter() - t0
    return {
        "detection": detection,
        "spans": spans,
        "sentences": sentences,
        "sentences_per_second": round(sentences / elapsed, 1) if elapsed else 0.0,
    }


def _span_scores(pipeline: Any, path: Path, typ: str, limit: int | None) -> dict[str, Any]:
    if not path.exists():
        return {}
    items = json.loads(path.read_text(encoding="utf-8"))
    if limit:
        items = items[:limit]
    totals = {role: [0, 0, 0] for role in ("source", "target")}  # overlap, predicted, gold
    for item in items:
        doc = _analyze(pipeline, item["text"], item.get("source", ""))
        events = sorted(
            (e for e in doc.layer("events") if e.get("type") == typ), key=lambda e: -float(e.get("confidence") or 0)
        )
        for role in ("source", "target"):
            gold = _gold_tokens(item, role)
            if not gold:
                continue
            pred: set[str] = set()
            if events:
                for actor in events[0].get(role) or []:
                    pred |= set(_tokens(_whole_words(doc.text, actor.start, actor.end)))
            totals[role][0] += len(pred & gold)
            totals[role][1] += len(pred)
            totals[role][2] += len(gold)
    out: dict[str, Any] = {}
    for role, (overlap, n_pred, n_gold) in totals.items():
        p = overlap / n_pred if n_pred else 0.0
        r = overlap / n_gold if n_gold else 0.0
        out[f"{role}_f1"] = round(2 * p * r / (p + r), 4) if p + r else 0.0
        out[f"{role}_precision"] = round(p, 4)
        out[f"{role}_recall"] = round(r, 4)
    return out
