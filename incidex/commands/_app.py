import os
from pathlib import Path

import typer

app = typer.Typer(help="incidex: GTD-coded incident database from open-source reports.",
                  no_args_is_help=True, add_completion=False)

DB_OPTION_HELP = "SQLite database file (default: $INCIDEX_DB or ./incidex.db)"


def resolve_db_path(db: Path | None) -> Path:
    """--db wins, then the INCIDEX_DB environment variable, then ./incidex.db."""
    if db is not None:
        return db
    return Path(os.environ.get("INCIDEX_DB", "incidex.db"))
