"""The ``rasd`` command: a thin Typer shell over the library.

Every command calls the same functions a Python user would; this module only parses options, prints, and
turns :class:`~rasd.errors.RasdError` into a one-line message and a non-zero exit code.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from rasd import __version__
from rasd.errors import InputError, RasdError

app = typer.Typer(
    name="rasd",
    help="rasd (رصد): Arabic news to structured, verifiable data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
train_app = typer.Typer(help="Train the models rasd ships.", no_args_is_help=True)
eval_app = typer.Typer(help="Measure rasd against gold data; prints figures.", no_args_is_help=True)
app.add_typer(train_app, name="train")
app.add_typer(eval_app, name="eval")

T = TypeVar("T")


class OutFormat(StrEnum):
    json = "json"
    text = "text"


class EvalFormat(StrEnum):
    """Figures or search results: a table for people, JSON for scripts."""

    table = "table"
    json = "json"


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"rasd: error: {message}", err=True)
    raise typer.Exit(code)


def guarded(func: Callable[..., T]) -> Callable[..., T]:
    """Report user errors in one line, and anything unexpected without a traceback (unless RASD_DEBUG)."""
    import functools

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> T:
        try:
            return func(*args, **kwargs)
        except RasdError as exc:
            _fail(str(exc), exc.exit_code)
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(0) from None
        except Exception as exc:
            if os.environ.get("RASD_DEBUG"):
                raise
            _fail(f"internal error: {type(exc).__name__}: {exc} (set RASD_DEBUG=1 for details; please report)", 1)
        raise AssertionError("unreachable")

    return wrapper


def _version(value: bool) -> None:
    if value:
        typer.echo(f"rasd {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """rasd (رصد): Arabic news to structured, verifiable data."""


def _docs_from(path: str, encoding: str | None) -> Iterator[Any]:
    from rasd.read import read_bytes, read_path, read_records

    if path == "-":
        data = sys.stdin.buffer.read()
        yield read_bytes(data, where="stdin", encoding=encoding)
        return
    p = Path(path)
    if p.suffix.lower() in (".jsonl", ".ndjson") or (p.suffix.lower() == ".json" and p.exists()):
        yield from read_records(p)
        return
    yield read_path(p, encoding=encoding)


@app.command()
@guarded
def analyze(
    path: Annotated[
        str | None, typer.Argument(help="Article file (.txt, .html, .jsonl) or - for standard input.")
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD (overrides what the page says).")
    ] = None,
    url: Annotated[str | None, typer.Option(help="The article's URL, kept in metadata.")] = None,
    fmt: Annotated[
        OutFormat, typer.Option("--format", help="json: the document; text: a readable view.")
    ] = OutFormat.json,
    encoding: Annotated[str | None, typer.Option(help="Force an encoding (utf-8, windows-1256, iso-8859-6).")] = None,
    stages: Annotated[
        str | None, typer.Option(help="Comma-separated stages to run (default: all). See `rasd stages`.")
    ] = None,
    pretty: Annotated[bool, typer.Option(help="Indent the JSON output.")] = False,
    example: Annotated[bool, typer.Option("--example", help="Analyze the example article bundled with rasd.")] = False,
) -> None:
    """Analyze an article: print its document JSON (one line per article) or a readable view."""
    from rasd.analysis import analyze as run
    from rasd.analysis import load_pipeline

    if example:
        from rasd.data import path as data_path

        path = str(data_path("examples", "example-article.txt"))
        published = published or "2026-02-09"
    if path is None:
        raise InputError("give an article file, - for standard input, or --example")

    pipeline = load_pipeline([s.strip() for s in stages.split(",")] if stages else None)
    count = 0
    for doc in _docs_from(path, encoding):
        doc = run(doc, published=published, url=url, pipeline=pipeline)
        count += 1
        if fmt is OutFormat.json:
            sys.stdout.write(doc.to_json(indent=2 if pretty else None) + "\n")
        else:
            from rasd.view import show

            show(doc)
    if count == 0:
        raise InputError("no articles in the input", where=path)


@app.command("stages")
@guarded
def list_stages() -> None:
    """List the pipeline's stages with the layers each needs and adds."""
    from rasd.analysis import load_pipeline

    for stage in load_pipeline().stages:
        needs = ", ".join(stage.requires) or "-"
        typer.echo(f"{stage.name:<10} needs: {needs:<28} adds: {', '.join(stage.assigns)}")


def main() -> None:
    # Importing later commands registers them on the app (kept in their own modules to stay small).
    import rasd.cli_archive
    import rasd.cli_more  # noqa: F401

    app()


if __name__ == "__main__":
    main()
