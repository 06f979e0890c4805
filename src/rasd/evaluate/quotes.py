"""Quote evaluation (``rasd eval quotes``): are the quotes found, is the content span right, who said it.

The gold refers to articles of a corpus instead of copying them, because news text is licensed to the
project for benchmarking only: one JSON object per line, ``{"article": i, "url": ..., "kind":
"direct"|"indirect"|"statement", "cue": [s, e] | null, "content": [s, e], "speaker": {"start": s, "end": e,
"corefs": [[s, e], ...]} | null}``. ``article`` is the index into the corpus (a zip holding one JSON array of
``{source, url, date_extracted, title, author, content}`` articles, the SaudiNewsNet format, or that JSON
file itself); offsets are character offsets into the text rasd reads from that article (headline, blank
line, body paragraphs); ``url`` must match, so a reordered or different corpus is caught instead of scoring
against the wrong text. ``corefs`` (optional) are other mentions of the same speaker, so a speaker found by
another name of the same person counts; a ``null`` speaker is one the text does not make knowable.

Every referenced article runs once through rasd's default pipeline, the one users get. Each predicted quote
is paired with the gold quote its content overlaps most (greedy and one-to-one, best fit first, the fit being
overlap over union, so a content running over two gold quotes does not take the one another prediction
fits exactly). Then:

* detection: ``detected`` gold quotes that found a partner; ``recall`` over gold; ``precision`` is matched
  predicted quotes over every quote predicted in those articles (the gold takes all quotes of an article,
  so an unmatched prediction is a false alarm);
* ``content_f1``: token-level F1 of the content spans, pooled over the matched pairs (how well the boundaries
  fit once a quote is found); ``content_f1_all`` also pools the tokens of unmatched gold (missed) and
  unmatched predicted (spurious) quotes, the end-to-end figure;
* ``speaker_accuracy``: over matched quotes whose gold speaker is known, the share whose predicted speaker
  span overlaps the gold speaker mention (or one of its corefs), or whose entity id is the id of a predicted
  entity overlapping one of those mentions (the same person named elsewhere in the article);
* ``kind_accuracy``: over matched quotes, the share of the right kind; ``articles_per_second``: the pipeline.

When this build's default pipeline has no quotes stage (no NER stage, so nothing assigns ``entities`` and
the stages that need it are left out), or cannot run because a model file is missing (a checkout whose NER
model is not committed yet), the evaluation runs the text stage, an empty entities layer, linking, dates and
quotes instead, and says so in ``pipeline`` and ``note``: the figures then measure quotes without named
entities, so that the quotes stage can be measured and tested in any build.
"""

from __future__ import annotations

import json
import re
import time
import zipfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from rasd.document import Document, Span
from rasd.errors import InputError, ModelError
from rasd.pipeline import FunctionStage, Pipeline

KINDS = ("direct", "indirect", "statement")
# A word for content F1: letters, digits, marks and tatweel, so punctuation and quotation marks do not count.
_WORD = re.compile(r"[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]+")
MAX_ERRORS = 1000  # enough for a full gold set; the table view does not print them


# -- reading ------------------------------------------------------------------------------------------------
def read_gold(path: Path) -> list[dict[str, Any]]:
    """The gold quotes, checked for shape (offsets are checked against the texts later)."""
    if not path.exists():
        raise InputError("no such file", where=str(path))
    records: list[dict[str, Any]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"line {n} is not JSON ({exc.msg})", where=str(path)) from None
        if not isinstance(rec, dict):
            raise InputError(f"line {n} is not a JSON object", where=str(path))
        for key in ("article", "url", "kind", "content"):
            if key not in rec:
                raise InputError(f'line {n} has no "{key}"', where=str(path))
        if not isinstance(rec["article"], int) or rec["article"] < 0:
            raise InputError(f'line {n}: "article" must be an index (a non-negative integer)', where=str(path))
        if rec["kind"] not in KINDS:
            raise InputError(f'line {n}: "kind" must be one of {", ".join(KINDS)}', where=str(path))
        spans = [("content", rec["content"])]
        if rec.get("cue") is not None:
            spans.append(("cue", rec["cue"]))
        speaker = rec.get("speaker")
        if speaker is not None:
            if not isinstance(speaker, dict) or "start" not in speaker or "end" not in speaker:
                raise InputError(f'line {n}: "speaker" must be {{"start", "end"}} or null', where=str(path))
            spans.append(("speaker", [speaker["start"], speaker["end"]]))
            spans += [("speaker coref", c) for c in speaker.get("corefs", [])]
        for name, value in spans:
            if not (
                isinstance(value, list)
                and len(value) == 2
                and all(isinstance(v, int) for v in value)
                and 0 <= value[0] < value[1]
            ):
                raise InputError(f"line {n}: {name} must be [start, end] with 0 <= start < end", where=str(path))
        rec["_line"] = n
        records.append(rec)
    if not records:
        raise InputError("no gold quotes", where=str(path))
    return records


def read_corpus(path: Path) -> list[dict[str, Any]]:
    """The articles of a SaudiNewsNet-style corpus: a zip holding one JSON array, or the JSON file itself."""
    if not path.exists():
        raise InputError("no such file", where=str(path))
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as z:
                names = [n for n in z.namelist() if n.endswith(".json")]
                if not names:
                    raise InputError("the zip holds no .json file", where=str(path))
                raw = z.read(names[0]).decode("utf-8")
        else:
            raw = path.read_text(encoding="utf-8")
        items = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"the corpus is not a JSON array of articles ({exc})", where=str(path)) from None
    if not isinstance(items, list):
        raise InputError("the corpus is not a JSON array of articles", where=str(path))
    return items


def document_of(article: dict[str, Any], *, where: str = "article") -> Document:
    """The document rasd reads from a corpus article; gold offsets point into its text."""
    from rasd.read import read_record

    return read_record(
        {
            "title": article.get("title"),
            "text": article.get("content"),
            "url": article.get("url"),
            "outlet": article.get("source"),
            "author": article.get("author"),
            "published": (article.get("date_extracted") or "")[:10] or None,
        },
        where=where,
    )


# -- the pipeline -------------------------------------------------------------------------------------------
def _no_entities(doc: Document) -> Document:
    if not doc.has_layer("entities"):
        doc.set_layer("entities", [])
    return doc


def fallback_pipeline() -> Pipeline:
    """Text, an empty entities layer, linking, dates, quotes: the quotes stage without a NER model."""
    from rasd.dates.stage import DatesStage
    from rasd.kb.link import LinkingStage
    from rasd.quotes.stage import QuotesStage
    from rasd.text.stage import TextStage

    empty = FunctionStage("entities", _no_entities, requires=("tokens",), assigns=("entities",))
    return Pipeline([TextStage(), empty, LinkingStage(), DatesStage(), QuotesStage()])


def build_pipeline() -> tuple[Pipeline, str | None]:
    """The default pipeline, warmed up (models and knowledge base loaded, so timing measures analysis); the
    fallback and the reason when the default has no quotes stage or a model it needs is missing."""
    from rasd.analysis import load_pipeline

    pipe = load_pipeline()
    note = None
    if "quotes" not in pipe.names:
        note = "the default pipeline has no quotes stage (no entities stage in this build): ran without entities"
    else:
        try:
            _warm(pipe)
            return pipe, None
        except ModelError as exc:
            note = f"the default pipeline cannot run ({exc.message}): ran without entities"
    pipe = fallback_pipeline()
    _warm(pipe)
    return pipe, note


def _warm(pipe: Pipeline) -> None:
    pipe(Document("قال الوزير إن الاجتماع كان مثمرا.", meta={"published": "2015-07-23"}))


# -- scoring ------------------------------------------------------------------------------------------------
def _words(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text)]


def _tokens(words: list[tuple[int, int]], start: int, end: int) -> set[int]:
    return {i for i, (s, e) in enumerate(words) if s < end and start < e}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> dict[int, int]:
    """Gold index -> predicted index: greedy one-to-one pairing of overlapping contents, best fit first.

    Fit is overlap over union, not raw overlap, so that a predicted content running over two gold quotes
    (one sentence, two cues) does not take the second quote from the prediction that fits it exactly.
    """

    def fit(g: tuple[int, int], p: tuple[int, int]) -> float:
        inter = _overlap(g, p)
        return inter / (max(g[1], p[1]) - min(g[0], p[0])) if inter else 0.0

    pairs = sorted(
        ((fit(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred) if _overlap(g, p) > 0),
        key=lambda x: (-x[0], x[1], x[2]),
    )
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in pairs:
        if gi in out or pi in used:
            continue
        out[gi] = pi
        used.add(pi)
    return out


def _speaker_mentions(rec: dict[str, Any]) -> list[tuple[int, int]]:
    sp = rec["speaker"]
    return [(sp["start"], sp["end"]), *((c[0], c[1]) for c in sp.get("corefs", []))]


def speaker_right(rec: dict[str, Any], predicted: Span | None, entities: list[Span]) -> bool:
    """The predicted speaker is the gold one: its span overlaps a gold mention, or its entity id is the id
    of a predicted entity overlapping one (the same actor under another name)."""
    if predicted is None:
        return False
    mentions = _speaker_mentions(rec)
    if any(_overlap((predicted.start, predicted.end), m) > 0 for m in mentions):
        return True
    pid = predicted.get("id")
    if not pid:
        return False
    return any(e.get("id") == pid and any(_overlap((e.start, e.end), m) > 0 for m in mentions) for e in entities)


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def evaluate(data: Path, corpus: Path, *, pipeline: Pipeline | None = None) -> dict[str, Any]:
    """Run the default pipeline (or ``pipeline``, which must assign ``quotes``) on every article the gold
    ``data`` refers to in ``corpus``, once each, and score its quotes."""
    gold = read_gold(Path(data))
    articles = read_corpus(Path(corpus))
    by_article: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for rec in gold:
        by_article[rec["article"]].append(rec)

    docs: dict[int, Document] = {}
    for idx, recs in sorted(by_article.items()):
        where = f"{data}:{recs[0]['_line']}"
        if idx >= len(articles):
            raise InputError(f"article {idx} is not in the corpus ({len(articles)} articles)", where=where)
        art = articles[idx]
        if not isinstance(art, dict):
            raise InputError(f"corpus article {idx} is not a JSON object", where=str(corpus))
        for rec in recs:
            if rec["url"] != art.get("url"):
                raise InputError(
                    f"article {idx} of the corpus has url {art.get('url')!r}, the gold says {rec['url']!r}",
                    where=f"{data}:{rec['_line']}",
                    hint="Is --corpus the file the gold was annotated on?",
                )
        doc = document_of(art, where=f"{corpus}[{idx}]")
        for rec in recs:
            spans = [rec["content"], rec.get("cue"), *(_speaker_mentions(rec) if rec.get("speaker") else [])]
            for span in spans:
                if span is not None and span[1] > len(doc.text):
                    raise InputError(
                        f"offsets [{span[0]}, {span[1]}) run past article {idx}'s text ({len(doc.text)} chars)",
                        where=f"{data}:{rec['_line']}",
                    )
        docs[idx] = doc

    if pipeline is None:
        pipe, note = build_pipeline()
    else:
        pipe, note = pipeline, None
        _warm(pipe)
    started = time.perf_counter()
    for idx in docs:
        docs[idx] = pipe(docs[idx])
    seconds = time.perf_counter() - started

    n_pred = n_matched = 0
    tp = fp = fn = 0  # content tokens over matched pairs
    all_fp = all_fn = 0  # and those of unmatched quotes
    spk_total = spk_right = kind_right = 0
    per_kind: dict[str, Counter[str]] = defaultdict(Counter)
    errors: list[dict[str, Any]] = []
    for idx, recs in sorted(by_article.items()):
        doc = docs[idx]
        text = doc.text
        words = _words(text)
        entities = doc.layer("entities")
        quotes = doc.layer("quotes")
        pred_spans = [(q.get("content").start, q.get("content").end) for q in quotes]
        gold_spans = [(r["content"][0], r["content"][1]) for r in recs]
        pairs = match(gold_spans, pred_spans)
        n_pred += len(quotes)
        n_matched += len(pairs)
        for gi, rec in enumerate(recs):
            g_tok = _tokens(words, *gold_spans[gi])
            kind = rec["kind"]
            per_kind[kind]["quotes"] += 1
            if gi not in pairs:
                all_fn += len(g_tok)
                errors.append({"article": idx, "error": "missed", "kind": kind, "content": list(gold_spans[gi])})
                continue
            q = quotes[pairs[gi]]
            p_tok = _tokens(words, *pred_spans[pairs[gi]])
            tp += len(g_tok & p_tok)
            fp += len(p_tok - g_tok)
            fn += len(g_tok - p_tok)
            per_kind[kind]["detected"] += 1
            got_kind = q.get("kind")
            kind_right += int(got_kind == kind)
            if got_kind != kind:
                errors.append(
                    {"article": idx, "error": "kind", "gold": kind, "got": got_kind, "content": list(gold_spans[gi])}
                )
            if g_tok != p_tok:
                errors.append(
                    {
                        "article": idx,
                        "error": "boundary",
                        "gold": list(gold_spans[gi]),
                        "got": list(pred_spans[pairs[gi]]),
                    }
                )
            if rec.get("speaker") is None:
                continue
            spk_total += 1
            per_kind[kind]["speakers"] += 1
            sp = q.get("speaker")
            if speaker_right(rec, sp, entities):
                spk_right += 1
                per_kind[kind]["speaker_right"] += 1
            else:
                g = rec["speaker"]
                errors.append(
                    {
                        "article": idx,
                        "error": "speaker",
                        "content": list(gold_spans[gi]),
                        "gold": [g["start"], g["end"]],
                        "gold_text": text[g["start"] : g["end"]],
                        "got": [sp.start, sp.end] if sp is not None else None,
                        "got_text": text[sp.start : sp.end] if sp is not None else None,
                        "got_id": sp.get("id") if sp is not None else None,
                    }
                )
        matched_pred = set(pairs.values())
        for pi, span in enumerate(pred_spans):
            if pi not in matched_pred:
                all_fp += len(_tokens(words, *span))
                errors.append(
                    {"article": idx, "error": "spurious", "kind": quotes[pi].get("kind"), "content": list(span)}
                )

    n_gold = len(gold)
    content_p = tp / (tp + fp) if tp + fp else 0.0
    content_r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "quotes": n_gold,
        "articles": len(by_article),
        "predicted": n_pred,
        "detected": n_matched,
        "precision": n_matched / n_pred if n_pred else 0.0,
        "recall": n_matched / n_gold if n_gold else 0.0,
        "f1": 2 * n_matched / (n_pred + n_gold) if n_pred + n_gold else 0.0,
        "content_precision": content_p,
        "content_recall": content_r,
        "content_f1": _f1(tp, fp, fn),
        "content_f1_all": _f1(tp, fp + all_fp, fn + all_fn),
        "speakers": spk_total,
        "speaker_accuracy": spk_right / spk_total if spk_total else 0.0,
        "kind_accuracy": kind_right / n_matched if n_matched else 0.0,
        "by_kind": {
            k: {
                "quotes": c["quotes"],
                "recall": c["detected"] / c["quotes"] if c["quotes"] else 0.0,
                "speaker_accuracy": c["speaker_right"] / c["speakers"] if c["speakers"] else 0.0,
            }
            for k, c in sorted(per_kind.items())
        },
        "articles_per_second": len(docs) / seconds if seconds > 0 else 0.0,
        "pipeline": pipe.names,
        "note": note,
        "errors": errors[:MAX_ERRORS],
    }
