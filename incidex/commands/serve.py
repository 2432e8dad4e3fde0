"""`incidex serve`: the JSON API and the analyst's dashboard over one database."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer

from incidex.commands._app import DB_OPTION_HELP, app, resolve_db_path

TOKEN_ENV = "INCIDEX_TOKEN"


@app.command()
def serve(
    db: Optional[Path] = typer.Option(None, "--db", help=DB_OPTION_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="address to listen on"),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="port to listen on"),
    max_upload_mb: float = typer.Option(5.0, "--max-upload-mb", min=0.001,
                                        help="largest report POST /api/documents accepts"),
) -> None:
    """Serve the dashboard (/) and the JSON API (/api, described at /openapi.json and /docs).

    Posting reports needs the token in $INCIDEX_TOKEN (sent as 'Authorization: Bearer ...');
    without it the server is read-only."""
    import uvicorn

    from incidex.api.app import create_app

    db_path = resolve_db_path(db)
    token = os.environ.get(TOKEN_ENV) or None
    created = not db_path.exists()
    application = create_app(db_path, token=token, max_upload_bytes=int(max_upload_mb * 1024 * 1024))
    mode = "accepts reports (token set)" if token else f"read-only ({TOKEN_ENV} not set)"
    typer.echo(f"incidex: {'created empty ' if created else ''}database {db_path}; {mode}", err=True)
    typer.echo(f"incidex: dashboard at http://{host}:{port}/  API docs at http://{host}:{port}/docs", err=True)
    uvicorn.run(application, host=host, port=port, log_level="info")
