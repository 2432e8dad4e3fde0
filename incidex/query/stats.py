"""Counts over the incident database, for the `stats` command and the API."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Optional

from incidex.store.db import COUNT_DIMENSIONS, Store

COUNT_HEADERS = {
    "attacktype": "incidents by attack type (an incident with several types counts under each)",
    "weaptype": "incidents by weapon type (an incident with several types counts under each)",
    "targtype": "incidents by target type (an incident with several types counts under each)",
    "country": "incidents by country",
    "group": "incidents by perpetrator group (no group named: Unknown)",
    "month": "incidents by month (YYYY-?? = month not known)",
}


@dataclass
class Totals:
    incidents: int
    countries: int


def count_by(store: Store, by: str, since: Optional[date] = None, until: Optional[date] = None,
             primary: bool = False, **filters: Any) -> list[tuple[str, int]]:
    """(label, incidents) pairs, largest first (months in date order). For attacktype,
    weaptype and targtype an incident with several types counts once under each, so the
    counts may add up to more than the number of incidents."""
    if by not in COUNT_DIMENSIONS:
        raise ValueError(f"cannot count by {by!r}; choose one of {', '.join(COUNT_DIMENSIONS)}")
    return store.count_by(by, primary=primary, since=since, until=until, **filters)


def header(by: str, primary: bool = False) -> str:
    if primary and by in ("attacktype", "weaptype", "targtype"):
        return COUNT_HEADERS[by].split(" (")[0] + " (primary type only: counts add up to the incidents)"
    return COUNT_HEADERS[by]


def totals(store: Store, since: Optional[date] = None, until: Optional[date] = None,
           **filters: Any) -> Totals:
    return Totals(incidents=store.count_incidents(since=since, until=until, **filters),
                  countries=store.count_countries(since=since, until=until, **filters))


def timeline(store: Store, since: Optional[date] = None, until: Optional[date] = None,
             **filters: Any) -> list[tuple[str, str, int]]:
    """(YYYY-MM, attack type, incidents) in month order; an incident with several attack
    types counts under each."""
    return store.timeline(since=since, until=until, **filters)
