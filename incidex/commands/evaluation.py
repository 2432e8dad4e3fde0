"""`incidex eval GOLD.json`: score stored (or exported) incidents against a gold file."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from incidex.commands._app import DB_OPTION_HELP, app


@app.command("eval")
def eval_command(
    gold_path: Path = typer.Argument(..., metavar="GOLD.json", help="gold incidents file"),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_OPTION_HELP),
    csv: Optional[Path] = typer.Option(None, "--csv",
                                       help="score a GTD CSV export instead of the database"),
    all_incidents: bool = typer.Option(
        False, "--all", help="score every incident, not only those from the gold's document"),
    json_out: bool = typer.Option(False, "--json", help="print the report as JSON"),
    split: str = typer.Option("dev", "--split", help="with `eval muc4`: dev | test | train"),
    predictions: Optional[Path] = typer.Option(
        None, "--predictions", help="with `eval muc4`: score this `incidex extract` output instead of running the pipeline"),
) -> None:
    """Score against GOLD.json (incident P/R/F1, per-field accuracy), or `eval muc4 --split dev|test`."""
    from incidex.evaluate.gold import evaluate, format_report, load_gold, records_for_gold

    if str(gold_path) == "muc4" and not gold_path.exists():
        from incidex.evaluate.muc4 import format_report as format_muc4, run

        report = run(split, predictions)
        typer.echo(json.dumps(report.as_dict(), indent=2) if json_out else format_muc4(report))
        return
    if not gold_path.exists():
        typer.echo(f"error: no gold file at {gold_path}", err=True)
        raise typer.Exit(2)
    gold = load_gold(gold_path)
    if csv is not None:
        from incidex.export.gtd_csv import read_gtd_csv

        if not csv.exists():
            typer.echo(f"error: no CSV file at {csv}", err=True)
            raise typer.Exit(2)
        records = read_gtd_csv(csv)
    else:
        from incidex.commands.database import open_store_or_exit

        with open_store_or_exit(db) as store:
            records = records_for_gold(store, gold, all_incidents=all_incidents)
    report = evaluate(records, gold)
    typer.echo(json.dumps(report.to_dict(), indent=2) if json_out else format_report(report))
