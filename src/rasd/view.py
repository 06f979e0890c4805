"""A readable terminal view of a document (``rasd analyze --format text``), using rich."""

from __future__ import annotations

from typing import Any

from rasd.document import Document, Span


def _fmt_actor(doc: Document, actor: Any) -> str:
    if isinstance(actor, Span):
        name = actor.get("name_en") or doc.span_text(actor)
        shown = f"{name} [{actor.get('id', '')}]" if actor.get("id") else str(name)
        count = actor.get("count")
        if isinstance(count, Span):  # how many, as the report says it: شخصا (أكثر من 30)
            shown += f" ({doc.span_text(count)})"
        return shown
    return str(actor)


def _date_value(date: Any) -> str:
    if isinstance(date, Span):
        return str(date.get("value") or date.get("relative") or "")
    if isinstance(date, dict):
        return str(date.get("value") or "")
    return ""


def show(doc: Document) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    meta = doc.meta
    console.rule(f"[bold]{meta.get('title', '')}")
    info = Table.grid(padding=(0, 2))
    for key in ("outlet", "author", "published", "url", "language", "hashtags", "encoding"):
        if meta.get(key):
            value = meta[key]
            info.add_row(f"[dim]{key}", ", ".join(value) if isinstance(value, list) else str(value))
    for warning in meta.get("warnings", []):
        info.add_row("[yellow]warning", warning)
    console.print(info)
    counts = ", ".join(f"{name}: {len(spans)}" for name, spans in doc.layers.items())
    console.print(f"[dim]{len(doc.text)} characters; {counts}")
    if doc.layer("entities"):
        table = Table(title="Entities", show_lines=False)
        for col in ("text", "type", "id", "English", "actor"):
            table.add_column(col)
        for s in doc.layer("entities"):
            actor = "/".join(x for x in (s.get("country"), s.get("sector")) if x)
            table.add_row(doc.span_text(s), s.get("type", s.label), s.get("id", ""), s.get("name_en", ""), actor)
        console.print(table)
    if doc.layer("dates"):
        table = Table(title="Dates")
        for col in ("text", "value", "grain", "anchor"):
            table.add_column(col)
        for s in doc.layer("dates"):
            table.add_row(
                doc.span_text(s),
                str(s.get("value") or s.get("relative") or ""),
                str(s.get("grain", "")),
                str(s.get("anchor", "")),
            )
        console.print(table)
    if doc.layer("quotes"):
        table = Table(title="Quotes")
        for col in ("speaker", "kind", "content"):
            table.add_column(col)
        for s in doc.layer("quotes"):
            content = s.get("content")
            text = doc.span_text(content) if isinstance(content, Span) else doc.span_text(s)
            table.add_row(_fmt_actor(doc, s.get("speaker")), str(s.get("kind", "")), text[:120])
        console.print(table)
    if doc.layer("events"):
        table = Table(title="Events (PLOVER)")
        for col in ("type", "mode", "source", "target", "trigger", "date"):
            table.add_column(col)
        for s in doc.layer("events"):
            trig = s.get("trigger")
            table.add_row(
                s.get("type", s.label),
                str(s.get("mode") or ""),
                "; ".join(_fmt_actor(doc, a) for a in s.get("source") or []),
                "; ".join(_fmt_actor(doc, a) for a in s.get("target") or []),
                doc.span_text(trig) if isinstance(trig, Span) else "",
                _date_value(s.get("date")),
            )
        console.print(table)
    if not any(doc.layer(n) for n in ("entities", "dates", "quotes", "events")):
        console.print(doc.text)
