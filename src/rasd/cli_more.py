"""Commands of the ``rasd`` CLI beyond ``analyze``: training and evaluation (thin shells, like cli.py).

Each evaluation prints a table by default and one JSON object with ``--format json``; the JSON keys are the
ones the README documents, so scripts and CI can read them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from rasd.cli import EvalFormat, eval_app, guarded, train_app
from rasd.errors import InputError


def _print(result: dict[str, Any], fmt: EvalFormat, rows: list[tuple[str, ...]], header: tuple[str, ...]) -> None:
    if fmt is EvalFormat.json:
        typer.echo(json.dumps(result, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(*header)
    for row in rows:
        table.add_row(*row)
    Console().print(table)


def _need(path: Path, what: str) -> Path:
    if not path.exists():
        raise InputError(f"no such {what}", where=str(path))
    return path


@train_app.command("ner")
@guarded
def train_ner(
    data: Annotated[Path, typer.Option(help="Training data: 'token TAG' CoNLL (IOB1, IOB2 or IOBES).")],
    out: Annotated[
        Path | None, typer.Option(help="Folder for the model (default: the bundled model's folder).")
    ] = None,
    seed: Annotated[int, typer.Option(help="Random seed; the same seed gives the same model.")] = 0,
    extra: Annotated[list[Path] | None, typer.Option(help="Additional training files.")] = None,
) -> None:
    """Train the named-entity model."""
    from rasd.ner.train import train

    report = train(_need(data, "file"), out=out, seed=seed, extra=extra)
    typer.echo(json.dumps(report, ensure_ascii=False, indent=2))


@eval_app.command("ner")
@guarded
def eval_ner(
    data: Annotated[Path, typer.Option(help="Gold 'token TAG' CoNLL file (IOB1, IOB2 or IOBES; PERS or PER).")],
    model: Annotated[Path | None, typer.Option(help="Model folder (default: the bundled model).")] = None,
    fmt: Annotated[EvalFormat, typer.Option("--format")] = EvalFormat.table,
) -> None:
    """Entity-level precision, recall and F1 (seqeval, strict), per type, and tokens/s."""
    from rasd.evaluate.ner import evaluate

    r = evaluate(_need(data, "file"), model)
    rows = [("micro", *(f"{r['micro'][k]:.4f}" for k in ("precision", "recall", "f1")), "")]
    rows += [
        (t, *(f"{v[k]:.4f}" for k in ("precision", "recall", "f1")), str(v.get("support", "")))
        for t, v in sorted(r["per_type"].items())
    ]
    _print(
        r,
        fmt,
        [*rows, ("tokens/s", f"{r['tokens_per_second']:,.0f}", "", "", "")],
        ("type", "precision", "recall", "f1", "support"),
    )


@eval_app.command("link")
@guarded
def eval_link(
    data: Annotated[Path, typer.Option(help="Gold mentions, JSON lines (see docs: rasd.evaluate.link).")],
    corpus: Annotated[Path | None, typer.Option(help="CoNLL corpus the gold's sentence numbers refer to.")] = None,
    published: Annotated[str | None, typer.Option(help="Date offices are resolved on (YYYY-MM-DD).")] = None,
    fmt: Annotated[EvalFormat, typer.Option("--format")] = EvalFormat.table,
) -> None:
    """Linking accuracy@1 on linkable gold mentions, and NIL precision and recall."""
    from rasd.evaluate.link import evaluate

    r = evaluate(_need(data, "file"), corpus=_need(corpus, "file") if corpus else None, published=published)
    rows = [
        (k, f"{r[k]:.4f}" if isinstance(r[k], float) else str(r[k]))
        for k in ("mentions", "linkable", "accuracy_at_1", "nil_precision", "nil_recall", "sentences_per_second")
    ]
    _print(r, fmt, rows, ("measure", "value"))


@eval_app.command("events")
@guarded
def eval_events(
    data: Annotated[Path, typer.Option(help="Folder with <type>_gsr.csv and <type>_spans.json files.")],
    fmt: Annotated[EvalFormat, typer.Option("--format")] = EvalFormat.table,
    limit: Annotated[int | None, typer.Option(help="Only the first N sentences of each file.")] = None,
) -> None:
    """Sentence-level ASSAULT / PROTEST detection and actor span F1."""
    from rasd.evaluate.events import evaluate

    r = evaluate(_need(data, "folder"), limit=limit)
    rows = []
    for typ, d in r["detection"].items():
        sp = r["spans"].get(typ, {})
        rows.append(
            (
                typ,
                f"{d['precision']:.3f}",
                f"{d['recall']:.3f}",
                f"{d['f1']:.3f}",
                f"{d['difficult_no_fp_rate']:.3f}",
                f"{sp.get('source_f1', 0):.3f}",
                f"{sp.get('target_f1', 0):.3f}",
            )
        )
    _print(r, fmt, rows, ("type", "precision", "recall", "f1", "difficult-no FP", "source F1", "target F1"))


def _default_quote_corpus() -> Path:
    """The SaudiNewsNet day the quote gold was annotated on, in ../shared beside the repository (or under
    RASD_SHARED), where the project reads benchmark data without copying it."""
    import os

    shared = os.environ.get("RASD_SHARED")
    root = Path(shared) if shared else Path(__file__).resolve().parents[3] / "shared"
    return root / "data" / "bench" / "saudinewsnet-NC" / "2015-07-23.zip"


@eval_app.command("quotes")
@guarded
def eval_quotes(
    data: Annotated[Path, typer.Option(help="Gold quotes, JSON lines (see docs: rasd.evaluate.quotes).")],
    corpus: Annotated[
        Path | None,
        typer.Option(help="Articles the gold refers to (default: ../shared/.../saudinewsnet-NC/2015-07-23.zip)."),
    ] = None,
    fmt: Annotated[EvalFormat, typer.Option("--format")] = EvalFormat.table,
) -> None:
    """Quote detection, content-span F1, speaker and kind accuracy, and articles/s."""
    from rasd.evaluate.quotes import evaluate

    if corpus is None:
        corpus = _default_quote_corpus()
        if not corpus.exists():
            raise InputError(
                "no --corpus given and the default corpus is absent",
                where=str(corpus),
                hint="Pass --corpus FILE (the SaudiNewsNet zip the gold refers to), or set RASD_SHARED.",
            )
    r = evaluate(_need(data, "file"), corpus=_need(corpus, "corpus file"))
    keys = (
        "quotes",
        "articles",
        "predicted",
        "detected",
        "precision",
        "recall",
        "content_f1",
        "content_f1_all",
        "speaker_accuracy",
        "kind_accuracy",
        "articles_per_second",
    )
    rows = [(k, f"{r[k]:.4f}" if isinstance(r[k], float) else str(r[k])) for k in keys]
    rows += [(f"recall ({k})", f"{v['recall']:.4f}") for k, v in r["by_kind"].items()]
    rows += [(f"speaker accuracy ({k})", f"{v['speaker_accuracy']:.4f}") for k, v in r["by_kind"].items()]
    if r.get("note"):
        rows.append(("note", r["note"]))
    _print(r, fmt, rows, ("measure", "value"))
