"""`incidex ingest` and `incidex extract`: run the pipeline over files."""
from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from tqdm import tqdm

from incidex.commands._app import DB_OPTION_HELP, app, resolve_db_path

err = Console(stderr=True)


def _count_inputs(paths: list[Path]) -> int:
    total = 0
    for path in paths:
        if path.is_dir():
            total += sum(1 for p in path.rglob("*") if p.suffix.lower() in {".txt", ".md", ".html", ".htm", ".jsonl"})
        else:
            total += 1
    return total


@app.command()
def ingest(
    paths: List[Path] = typer.Argument(..., help="Files or folders (.txt, .md, .html, .jsonl)"),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_OPTION_HELP),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar"),
) -> None:
    """Read reports into the incident database (re-ingesting a report changes nothing)."""
    from incidex.pipeline import ingest_paths
    from incidex.store.db import Store

    missing = [str(p) for p in paths if not p.exists()]
    for name in missing:
        err.print(f"[red]not found:[/red] {name}")
    existing = [p for p in paths if p.exists()]
    db_path = resolve_db_path(db)
    total = _count_inputs(existing)
    bar = tqdm(total=total, unit="doc", disable=quiet or total < 2, file=__import__("sys").stderr)

    def on_skip(skipped) -> None:
        bar.write(f"skipped {skipped.source}: {skipped.reason}")
        bar.update(1)

    def on_document(document) -> None:
        bar.update(1)

    with Store(db_path) as store:
        summary = ingest_paths(existing, store, on_skip=on_skip, on_document=on_document)
    bar.close()
    for source, reason in summary.failed:
        err.print(f"[red]failed[/red] {source}: {reason}")
    summary.skipped += len(missing)
    typer.echo(summary.line() + f"  [{db_path}]")
    if summary.read == 0:
        err.print("nothing could be read")
        raise typer.Exit(1)


def record_to_row(record) -> dict:
    """GTD columns (same names as the CSV export) plus the full typed record and its mentions."""
    from incidex.export.gtd_csv import gtd_row

    from types import SimpleNamespace

    unstored = SimpleNamespace(record=record, eventid=None, id=None, sources=[])
    row = {k: v for k, v in gtd_row(unstored).items() if v is not None and v != ""}
    row.update(record.to_dict())
    return row


@app.command()
def extract(
    input: Path = typer.Argument(..., help="A file, a folder, or a .jsonl with {docid, text, published} per line"),
    output: Path = typer.Option(..., "--output", "-o", help="JSONL: one {docid, incidents} per document"),
    quiet: bool = typer.Option(False, "--quiet", "-q"),
) -> None:
    """Run the pipeline without touching the database; write incidents as JSON lines."""
    from incidex.extract.incidents import extract_each
    from incidex.ingest.read import read_paths
    from incidex.pipeline import IngestSummary, split_readable

    if not input.exists():
        err.print(f"[red]not found:[/red] {input}")
        raise typer.Exit(1)
    written = failed = 0
    bar = tqdm(unit="doc", disable=quiet, file=__import__("sys").stderr)
    reading = IngestSummary()
    readable = split_readable(read_paths([input]), reading,
                              on_skip=lambda item: bar.write(f"skipped {item.source}: {item.reason}"))
    with output.open("w", encoding="utf-8") as out:
        for extraction in extract_each(readable):
            document = extraction.document
            line = {"docid": document.docid or document.source,
                    "incidents": [record_to_row(r) for r in extraction.records]}
            if extraction.error is not None:
                # the line is still written (one per input document), with what went wrong
                failed += 1
                line["error"] = f"{type(extraction.error).__name__}: {extraction.error}"
                bar.write(f"failed {document.source}: {line['error']}")
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
            written += 1
            bar.update(1)
    bar.close()
    if failed:
        err.print(f"[yellow]{failed} document(s) failed; their lines carry an \"error\"[/yellow]")
    typer.echo(f"documents: {written}, skipped: {reading.skipped} -> {output}")
    if written == 0:
        raise typer.Exit(1)
