"""`incidex eval-muc4`: score predictions (or the shipped MUC model) on the MUC-4 benchmark."""
import json
from pathlib import Path
from typing import Optional

import typer

from incidex.commands._app import app


@app.command("eval-muc4")
def eval_muc4(
    split: str = typer.Option("dev", help="dev | test | train"),
    predictions: Optional[Path] = typer.Option(
        None, help="JSONL of {docid, incidents}; default: run the shipped MUC model"),
    json_out: bool = typer.Option(False, "--json", help="print the report as JSON"),
) -> None:
    """Document-level role-filler F1, incident-type F1, relevance F1, date/place accuracy."""
    from incidex.evaluate.muc4 import format_report, run

    report = run(split, predictions)
    typer.echo(json.dumps(report.as_dict(), indent=2) if json_out else format_report(report))
