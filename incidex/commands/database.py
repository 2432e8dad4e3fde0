"""`incidex incidents | show | export | stats`: reading the incident database."""
from __future__ import annotations

import calendar
import re
import sys
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Any, Optional, TextIO

import typer

from incidex.commands._app import DB_OPTION_HELP, app, resolve_db_path

EXPORT_FORMATS = ("gtd-csv", "jsonl", "geojson")
COUNT_CHOICES = ("attacktype", "weaptype", "country", "group", "month", "targtype")


def open_store_or_exit(db: Optional[Path]) -> Any:
    """The Store at --db / $INCIDEX_DB / ./incidex.db; exit 2 with a message if it is missing
    (reading commands must not create an empty database by accident)."""
    import sqlite3

    from incidex.store.db import Store, StoreError

    path = resolve_db_path(db)
    if not path.exists():
        typer.echo(f"error: no incident database at {path} "
                   "(ingest documents first, or give --db / set INCIDEX_DB)", err=True)
        raise typer.Exit(2)
    try:
        return Store(path)
    except (StoreError, sqlite3.DatabaseError) as exc:  # a foreign file: say so, no traceback
        typer.echo(f"error: cannot open {path} as an incident database: {exc}", err=True)
        raise typer.Exit(2)


def parse_date_bound(value: Optional[str], end: bool = False) -> Optional[date]:
    """YYYY-MM-DD, YYYY-MM or YYYY; a partial date as --until means its last day."""
    if not value:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", value.strip())
    if not match:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else (12 if end else 1)
    if match.group(3):
        day = int(match.group(3))
    else:
        day = calendar.monthrange(year, month)[1] if end else 1
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r}: {exc}") from None


def _filters(since: Optional[str], until: Optional[str], country: Optional[str],
             attacktype: Optional[str], weaptype: Optional[str], targtype: Optional[str],
             group: Optional[str], text: Optional[str] = None) -> dict[str, Any]:
    return {"since": parse_date_bound(since), "until": parse_date_bound(until, end=True),
            "country": country, "attacktype": attacktype, "weaptype": weaptype,
            "targtype": targtype, "group": group, "text": text}


def _console() -> Any:
    from rich.console import Console

    return Console(highlight=False)


def _short(label: str) -> str:
    """Table form of a GTD label: drops scope notes like '(not to include vehicle-borne
    explosives, ...)' but keeps distinguishing ones like '(Barricade Incident)'."""
    return re.sub(r"\s*\((?:not|including|excluding|e\.g\.|i\.e\.)[^)]*\)", "", label)


def _date_text(record: Any) -> Optional[str]:
    """A date as precise as it is known: 2015-11 for 'in November 2015'."""
    if record.date is None:
        return None
    text = record.date.isoformat()
    return {"month": text[:7], "year": text[:4]}.get(record.date_precision or "day", text)


def _cell(value: Any) -> Any:
    from rich.text import Text

    return Text("" if value is None else str(value))  # Text: no markup parsing of report text


SINCE = typer.Option(None, "--since", help="first date (YYYY-MM-DD, YYYY-MM or YYYY)")
UNTIL = typer.Option(None, "--until", help="last date (YYYY-MM-DD, YYYY-MM or YYYY)")
COUNTRY = typer.Option(None, "--country", help="GTD country name, e.g. France")
ATTACKTYPE = typer.Option(None, "--attacktype", help="attack type label prefix or GTD code")
WEAPTYPE = typer.Option(None, "--weaptype", help="weapon type label prefix or GTD code")
TARGTYPE = typer.Option(None, "--targtype", help="target type label prefix or GTD code")
GROUP = typer.Option(None, "--group", help="part of the perpetrator group name")
DB = typer.Option(None, "--db", help=DB_OPTION_HELP)


@app.command("incidents")
def incidents_command(
    db: Optional[Path] = DB,
    since: Optional[str] = SINCE,
    until: Optional[str] = UNTIL,
    country: Optional[str] = COUNTRY,
    attacktype: Optional[str] = ATTACKTYPE,
    weaptype: Optional[str] = WEAPTYPE,
    targtype: Optional[str] = TARGTYPE,
    group: Optional[str] = GROUP,
    text: Optional[str] = typer.Option(None, "--text", help="words to find in the summary"),
    limit: int = typer.Option(50, "--limit", help="at most this many rows (0: all)"),
    offset: int = typer.Option(0, "--offset", help="skip this many rows first"),
) -> None:
    """List stored incidents in date order."""
    from rich.table import Table

    flt = _filters(since, until, country, attacktype, weaptype, targtype, group, text)
    with open_store_or_exit(db) as store:
        rows = store.incidents(**flt, limit=limit or None, offset=offset, with_evidence=False)
        total = store.count_incidents(**flt)
    table = Table(title=f"{len(rows)} of {total} incidents")
    for name, justify in (("id", "right"), ("date", "left"), ("country", "left"),
                          ("city", "left"), ("attack type", "left"), ("weapon", "left"),
                          ("group", "left"), ("killed", "right"), ("wounded", "right")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for inc in rows:
        r = inc.record
        table.add_row(*(_cell(v) for v in (
            inc.id, _date_text(r), r.place.country, r.place.city,
            "; ".join(r.attacktypes), "; ".join(_short(w) for w in r.weaptypes), r.gname, r.nkill, r.nwound)))
    _console().print(table)


def _field_lines(record: Any) -> list[tuple[str, str]]:
    lines: list[tuple[str, str]] = []
    for f in fields(record):
        value = getattr(record, f.name)
        if f.name in ("evidence", "place"):
            continue
        if f.name == "perpetrators":
            for n, p in enumerate(value, start=1):
                parts = [x for x in (p.name, f"age {p.age}" if p.age is not None else None,
                                     p.nationality, p.record) if x]
                lines.append((f"perpetrator {n}", ", ".join(parts)))
            continue
        if f.name == "mentions":
            for role, strings in value.items():
                lines.append((f"mentions: {role}", "; ".join(strings)))
            continue
        if isinstance(value, list):
            value = "; ".join(str(v) for v in value)
        lines.append((f.name, "" if value is None else str(value)))
        if f.name == "approxdate":  # place right after the date, as the GTD orders it
            for pf in fields(record.place):
                pv = getattr(record.place, pf.name)
                lines.append((pf.name, "" if pv is None else str(pv)))
    return lines


@app.command("show")
def show_command(
    incident_id: str = typer.Argument(..., metavar="ID", help="incident id or GTD-style eventid"),
    db: Optional[Path] = DB,
) -> None:
    """Every field of one incident, its evidence sentences by field, and its sources."""
    from rich.table import Table

    with open_store_or_exit(db) as store:
        inc = None
        if incident_id.isdigit():
            inc = store.incident_by_eventid(incident_id) if len(incident_id) >= 12 else None
            inc = inc or store.incident(int(incident_id))
    if inc is None:
        typer.echo(f"error: no incident {incident_id}", err=True)
        raise typer.Exit(1)
    console = _console()
    table = Table(title=f"incident {inc.id} (eventid {inc.eventid})", show_header=False)
    table.add_column("field", style="bold")
    table.add_column("value")
    for name, value in _field_lines(inc.record):
        table.add_row(_cell(name), _cell(value))
    console.print(table)

    console.print("evidence", style="bold")
    by_field: dict[str, list[Any]] = {}
    for e in inc.evidence:
        by_field.setdefault(e.field, []).append(e)
    if not by_field:
        console.print("  (none)")
    for name, items in by_field.items():
        console.print(_cell(f"  {name}"))
        for e in items:
            console.print(_cell(f"    [doc {e.document_id} @{e.start}] {e.sentence}"))

    console.print("sources", style="bold")
    for s in inc.sources:
        extra = ", ".join(x for x in (s.title, s.url,
                                      s.published.isoformat() if s.published else None) if x)
        console.print(_cell(f"  [doc {s.document_id}] {s.source}" + (f" ({extra})" if extra else "")))


@app.command("export")
def export_command(
    output: str = typer.Option(..., "--output", "-o", help="file to write, or - for stdout"),
    fmt: str = typer.Option("gtd-csv", "--format", "-f", help="gtd-csv | jsonl | geojson"),
    db: Optional[Path] = DB,
    since: Optional[str] = SINCE,
    until: Optional[str] = UNTIL,
    country: Optional[str] = COUNTRY,
    attacktype: Optional[str] = ATTACKTYPE,
    weaptype: Optional[str] = WEAPTYPE,
    targtype: Optional[str] = TARGTYPE,
    group: Optional[str] = GROUP,
) -> None:
    """Write the (filtered) incidents as GTD CSV, JSON Lines or GeoJSON."""
    if fmt not in EXPORT_FORMATS:
        raise typer.BadParameter(f"{fmt!r}: choose one of {', '.join(EXPORT_FORMATS)}",
                                 param_hint="--format")
    flt = _filters(since, until, country, attacktype, weaptype, targtype, group)
    with open_store_or_exit(db) as store:
        incidents = store.iter_incidents(**flt)
        if output == "-":
            message = _write(fmt, incidents, sys.stdout)
        else:
            with open(output, "w", encoding="utf-8", newline="") as out:
                message = _write(fmt, incidents, out)
    typer.echo(f"{message} to {'stdout' if output == '-' else output}", err=True)


def _write(fmt: str, incidents: Any, out: TextIO) -> str:
    if fmt == "gtd-csv":
        from incidex.export.gtd_csv import write_gtd_csv

        return f"wrote {write_gtd_csv(incidents, out)} incidents"
    if fmt == "jsonl":
        from incidex.export.jsonl import write_jsonl

        return f"wrote {write_jsonl(incidents, out)} incidents"
    from incidex.export.geojson import write_geojson

    result = write_geojson(incidents, out)
    return (f"wrote {result.written} incidents (left out {result.without_coordinates} "
            "without coordinates)")


@app.command("stats")
def stats_command(
    by: str = typer.Option("attacktype", "--by",
                           help="attacktype | weaptype | country | group | month | targtype"),
    db: Optional[Path] = DB,
    since: Optional[str] = SINCE,
    until: Optional[str] = UNTIL,
    country: Optional[str] = COUNTRY,
    attacktype: Optional[str] = ATTACKTYPE,
    group: Optional[str] = GROUP,
    primary: bool = typer.Option(False, "--primary",
                                 help="count each incident once, under its first (primary) type"),
) -> None:
    """Incident counts by one dimension, with totals."""
    from rich.table import Table

    from incidex.query.stats import count_by, header, totals

    if by not in COUNT_CHOICES:
        raise typer.BadParameter(f"{by!r}: choose one of {', '.join(COUNT_CHOICES)}",
                                 param_hint="--by")
    flt = _filters(since, until, country, attacktype, None, None, group)
    with open_store_or_exit(db) as store:
        rows = count_by(store, by, primary=primary, **flt)
        total = totals(store, **flt)
    table = Table(title=header(by, primary))
    table.add_column(by)
    table.add_column("incidents", justify="right")
    for label, count in rows:
        table.add_row(_cell(label), _cell(count))
    console = _console()
    console.print(table)
    console.print(f"incidents {total.incidents}, countries {total.countries}")
