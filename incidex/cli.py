"""Entry point: `incidex ...`. Commands live in incidex/commands/, one module per area."""
import importlib

from incidex.commands._app import app

for _module in ("pipeline", "database", "evaluation", "serve"):
    try:
        importlib.import_module(f"incidex.commands.{_module}")
    except ModuleNotFoundError as exc:  # an area not built yet must not break the others
        if exc.name != f"incidex.commands.{_module}":
            raise

if __name__ == "__main__":
    app()
