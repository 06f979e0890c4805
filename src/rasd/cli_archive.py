"""Archive commands of the ``rasd`` CLI: ingest, fetch, search, export, archive-info (thin shells, like cli.py).

Importing this module registers the commands on :data:`rasd.cli.app`. The archive file defaults to
``rasd.db`` in the current folder, or ``$RASD_DB`` when set.
"""

from __future__ import annotations

import json
import os
import sys
from enum import StrEnum
from typing import Annotated

import typer

from rasd.cli import EvalFormat, OutFormat, app, guarded
from rasd.errors import InputError

_DB_HELP = "The archive file (SQLite; created when missing). Default: $RASD_DB or ./rasd.db."


def _db(value: str | None) -> str:
    return value or os.environ.get("RASD_DB") or "rasd.db"


class ExportTable(StrEnum):
    documents = "documents"
    entities = "entities"
    mentions = "mentions"
    events = "events"
    quotes = "quotes"
    stories = "stories"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


def _print_summary(summary: object, fmt: OutFormat) -> None:
    from rasd.ingest import Summary

    assert isinstance(summary, Summary)
    if fmt is OutFormat.json:
        typer.echo(json.dumps(summary.to_dict(), ensure_ascii=False))
    else:
        for line in summary.lines():
            typer.echo(line)


@app.command()
@guarded
def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files and folders (recursive): .txt .html .jsonl .json .warc(.gz) .rss/.atom/.xml."),
    ],
    db: Annotated[str | None, typer.Option(help=_DB_HELP)] = None,
    workers: Annotated[
        int | None, typer.Option(help="Worker processes (default: one per core; 0: this process).")
    ] = None,
    published_default: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD for articles that do not give one.")
    ] = None,
    stages: Annotated[str | None, typer.Option(help="Comma-separated stages to run (default: all).")] = None,
    fmt: Annotated[OutFormat, typer.Option("--format", help="The summary as text or JSON.")] = OutFormat.text,
    progress: Annotated[bool, typer.Option(help="Show a progress bar (on a terminal).")] = True,
) -> None:
    """Analyse articles from files and folders and store them in the archive (idempotent, resumable)."""
    from rasd.ingest import ingest as run

    summary = run(
        paths,
        db=_db(db),
        workers=workers,
        published_default=published_default,
        stages=[s.strip() for s in stages.split(",")] if stages else None,
        progress=progress,
    )
    if summary.found == 0 and not summary.skipped:
        raise InputError("no articles found in the input", where=" ".join(paths))
    _print_summary(summary, fmt)
    if summary.ingested == 0 and summary.duplicates == 0:
        raise typer.Exit(2)  # nothing usable at all: the reasons are in the summary


@app.command()
@guarded
def fetch(
    urls: Annotated[list[str], typer.Argument(help="Page or feed (RSS/Atom) URLs; a feed's entries are fetched too.")],
    db: Annotated[str | None, typer.Option(help=_DB_HELP)] = None,
    save: Annotated[
        str | None, typer.Option(help="Write the pages to this JSONL file instead of ingesting them.")
    ] = None,
    delay: Annotated[float, typer.Option(help="Seconds between two requests to the same host.")] = 1.0,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for a server.")] = 15.0,
    max_bytes: Annotated[int, typer.Option(help="Largest page to read, in bytes.")] = 20 * 1024 * 1024,
    max_entries: Annotated[int, typer.Option(help="Entries to take from each feed.")] = 100,
    follow: Annotated[bool, typer.Option(help="Fetch the page of each feed entry (else use the feed's text).")] = True,
    robots: Annotated[bool, typer.Option(help="Respect robots.txt.")] = True,
    workers: Annotated[int | None, typer.Option(help="Worker processes for the analysis.")] = None,
    published_default: Annotated[str | None, typer.Option(help="Publication date for pages without one.")] = None,
    stages: Annotated[str | None, typer.Option(help="Comma-separated stages to run (default: all).")] = None,
    fmt: Annotated[OutFormat, typer.Option("--format", help="The summary as text or JSON.")] = OutFormat.text,
) -> None:
    """Fetch pages and feeds over HTTP (timeouts, size limit, polite per-host delay) into the archive."""
    from rasd.fetch import Fetcher, fetch_tasks, save_records
    from rasd.ingest import ingest as run

    if delay < 0 or timeout <= 0 or max_bytes <= 0:
        raise InputError("--delay must be >= 0, --timeout and --max-bytes > 0")

    def note(url: str, error: str | None) -> None:
        typer.echo(f"fetched {url}" if error is None else f"failed {url}: {error}", err=True)

    fetcher = Fetcher(timeout=timeout, max_bytes=max_bytes, delay=delay, robots=robots)
    tasks = list(fetch_tasks(urls, fetcher, follow=follow, max_entries=max_entries, on_fetch=note))
    if save:
        n, skipped = save_records(iter(tasks), save)
        typer.echo(f"saved {n} page(s) to {save}, {len(skipped)} skipped")
        for s in skipped:
            typer.echo(f"  {s.where}: {s.reason}")
        return
    summary = run(
        db=_db(db),
        workers=workers,
        published_default=published_default,
        stages=[s.strip() for s in stages.split(",")] if stages else None,
        tasks=tasks,
        total=len(tasks),
    )
    _print_summary(summary, fmt)
    if summary.ingested == 0 and summary.duplicates == 0:
        raise typer.Exit(2)


@app.command()
@guarded
def search(
    query: Annotated[str, typer.Argument(help='Arabic words (all required); "quoted words" form a phrase.')],
    db: Annotated[str | None, typer.Option(help=_DB_HELP)] = None,
    entity: Annotated[
        str | None, typer.Option(help="Only articles mentioning this entity id (Q... or rasd:...).")
    ] = None,
    event: Annotated[str | None, typer.Option(help="Only articles with an event of this PLOVER type.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Published on or after YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Published on or before YYYY-MM-DD.")] = None,
    limit: Annotated[int, typer.Option(help="How many results.")] = 10,
    fmt: Annotated[
        EvalFormat, typer.Option("--format", help="table, or json (one result per line).")
    ] = EvalFormat.table,
) -> None:
    """Search the archive in Arabic (clitic and plural forms match), ranked, with highlighted snippets."""
    from rasd.archive import Archive
    from rasd.archive.search import highlight_markup
    from rasd.archive.search import search as run

    if limit < 1:
        raise InputError("--limit must be at least 1")
    with Archive(_db(db), readonly=True) as archive:
        hits = run(archive.conn, query, entity=entity, event=event, date_from=date_from, date_to=date_to, limit=limit)
    if fmt is EvalFormat.json:
        for hit in hits:
            sys.stdout.write(json.dumps(hit.to_dict(), ensure_ascii=False) + "\n")
        return
    if not hits:
        typer.echo("no results")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=True)
    for col in ("#", "date", "outlet", "title / snippet"):
        table.add_column(col)
    for hit in hits:
        body = f"[bold]{_escape(hit.title)}[/]\n{highlight_markup(hit)}"
        table.add_row(str(hit.id), (hit.published or "")[:10], hit.outlet or "", body)
    Console().print(table)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


@app.command()
@guarded
def export(
    table: Annotated[ExportTable, typer.Option(help="Which table.")] = ExportTable.events,
    fmt: Annotated[
        ExportFormat, typer.Option("--format", help="jsonl, csv or parquet (needs rasd[parquet]).")
    ] = ExportFormat.jsonl,
    db: Annotated[str | None, typer.Option(help=_DB_HELP)] = None,
    out: Annotated[str | None, typer.Option("--out", "-o", help="Output file (default: standard output).")] = None,
) -> None:
    """Export a table of the archive: documents, entities, mentions, events, quotes or stories."""
    from rasd.archive import Archive
    from rasd.archive.export import export as run

    with Archive(_db(db), readonly=True) as archive:
        n = run(archive.conn, table.value, fmt.value, out)
    if out:
        typer.echo(f"wrote {n:,} {table.value} row(s) to {out}", err=True)


@app.command("archive-info")
@guarded
def archive_info(
    db: Annotated[str | None, typer.Option(help=_DB_HELP)] = None,
    fmt: Annotated[OutFormat, typer.Option("--format", help="text or json.")] = OutFormat.text,
) -> None:
    """What the archive holds: counts per table, stories, schema version, settings, size on disk."""
    from rasd.archive import Archive

    with Archive(_db(db), readonly=True) as archive:
        info = archive.info()
    if fmt is OutFormat.json:
        typer.echo(json.dumps(info, ensure_ascii=False))
        return
    typer.echo(f"archive {info['path']}: schema version {info['schema_version']}, {info['bytes'] / 1e6:.1f} MB")
    for name, n in info["counts"].items():
        typer.echo(f"  {name:<14} {n:>10,}")
    typer.echo(f"  stories with more than one report: {info['multi_report_stories']:,}")
    settings = info["settings"]
    typer.echo(
        f"  search terms: {settings.get('stemmer')}; clustering: {settings.get('shingle')}-term shingles, "
        f"MinHash {settings.get('num_perm')}, threshold {settings.get('threshold')} "
        f"(LSH {settings.get('lsh_bands')} bands x {settings.get('lsh_rows')} rows)"
    )


def main() -> None:
    """``python -m rasd.cli_archive``: the rasd CLI with the archive commands (same as ``rasd``)."""
    from rasd.cli import main as rasd_main

    rasd_main()


if __name__ == "__main__":
    main()
