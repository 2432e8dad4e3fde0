"""Deciding when two records describe one incident, and merging them.

Several reports of the same attack arrive over days; each yields its own IncidentRecord.
`same_incident` decides whether two records are one event; `merge_records` folds a newer
record into the stored one without losing anything the stored one already had.
"""
from __future__ import annotations

import copy
from dataclasses import fields
from datetime import date
from typing import Optional, TypeVar

from incidex.model import UNKNOWN_GROUP, IncidentRecord, Perpetrator, Place, names_a_group
from incidex.store.compare import fold, haversine_km

SAME_PLACE_KM = 30.0
MAX_ATTACKTYPES = 3
MAX_WEAPTYPES = 4
MAX_TARGTYPES = 3

# Casualty figures: the merged record keeps the larger of the two (see merge_records).
CASUALTY_FIELDS = ("nkill", "nkillter", "nwound", "nwoundte", "nhostkid")
# Lists merged as ordered unions, with the GTD's cap on how many it codes.
TYPE_LIST_CAPS = {
    "attacktypes": MAX_ATTACKTYPES,
    "weaptypes": MAX_WEAPTYPES,
    "weapsubtypes": MAX_WEAPTYPES,
    "targtypes": MAX_TARGTYPES,
    "targsubtypes": MAX_TARGTYPES,
}
ROLE_STRENGTH = {"background": 0, "list": 1, "main": 2}
PRECISION_RANK = {"year": 0, "month": 1, "day": 2}

T = TypeVar("T")


def _precision(record: IncidentRecord) -> str:
    # A date without a stated precision is a full date.
    return record.date_precision or "day"


def _dates_agree(a: IncidentRecord, b: IncidentRecord) -> bool:
    if a.date is None or b.date is None:
        return False  # an undated record cannot be tied to a dated event
    pa, pb = _precision(a), _precision(b)
    if pa == "day" and pb == "day":
        return abs((a.date - b.date).days) <= 1
    # "in November 2015" may be any attack that month: tie it only to an equally vague
    # record of the same month (or year) in the same city, never to a dated one.
    if pa != pb:
        return False
    if pa == "month" and (a.date.year, a.date.month) != (b.date.year, b.date.month):
        return False
    if pa == "year" and a.date.year != b.date.year:
        return False
    return bool(fold(a.place.city)) and fold(a.place.city) == fold(b.place.city)


def _places_agree(a: Place, b: Place) -> bool:
    if fold(a.city) and fold(a.city) == fold(b.city):
        return True
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= SAME_PLACE_KM
    return False


def _types_compatible(a: list[str], b: list[str]) -> bool:
    if not a or not b:
        return True
    return bool({fold(t) for t in a} & {fold(t) for t in b})


def same_incident(a: IncidentRecord, b: IncidentRecord) -> bool:
    """True when a and b plausibly report the same event: same country, dates within a day
    (vague dates: same month/year and city), same city or within 30 km, and attack types
    that overlap (or are missing on one side). Symmetric in a and b."""
    if not fold(a.place.country) or fold(a.place.country) != fold(b.place.country):
        return False
    if not _dates_agree(a, b):
        return False
    if not _places_agree(a.place, b.place):
        return False
    return _types_compatible(a.attacktypes, b.attacktypes)


def _union(old: list[T], new: list[T], cap: Optional[int] = None) -> list[T]:
    """Old items in their order, then new items not already there, up to cap.
    Old items are never dropped, so merging a record with itself changes nothing."""
    result = list(old)
    for item in new:
        if cap is not None and len(result) >= cap:
            break
        if item not in result:
            result.append(item)
    return result


def _union_labels(old: list[str], new: list[str], cap: int) -> list[str]:
    seen = {fold(x) for x in old}
    extra = []
    for label in new:
        if fold(label) not in seen:
            seen.add(fold(label))
            extra.append(label)
    return _union(old, extra, cap)


def _merge_perpetrators(old: list[Perpetrator], new: list[Perpetrator]) -> list[Perpetrator]:
    result = [copy.copy(p) for p in old]
    for person in new:
        if person in result:
            continue
        same_name = next((p for p in result if p.name and fold(p.name) == fold(person.name)), None)
        if same_name is None:
            result.append(copy.copy(person))
            continue
        for f in fields(Perpetrator):
            if getattr(same_name, f.name) is None:
                setattr(same_name, f.name, getattr(person, f.name))
    return result


def _merge_place(old: Place, new: Place) -> Place:
    merged = copy.copy(old)
    for name in ("country", "region", "provstate", "city", "geonameid"):
        if getattr(merged, name) is None:
            setattr(merged, name, getattr(new, name))
    # Coordinates travel as a pair with their specificity: mixing one report's latitude
    # with another's longitude would place the attack nowhere.
    if merged.latitude is None or merged.longitude is None:
        if new.latitude is not None and new.longitude is not None:
            merged.latitude, merged.longitude = new.latitude, new.longitude
            merged.specificity = new.specificity
    if merged.specificity is None:
        merged.specificity = new.specificity
    return merged


def _larger(a: Optional[int], b: Optional[int]) -> Optional[int]:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)


CLAIM_FIELDS = ("claimed", "claimmode", "claim_channel")


def _merge_attribution(merged: IncidentRecord, new: IncidentRecord) -> None:
    """Who did it and whether they said so come out after the first reports ("Islamic State
    claimed responsibility" in the evening's story, none in the morning's): a named group
    replaces "Unknown", and a claim replaces "no claim", with its mode and channel."""
    if merged.gname == UNKNOWN_GROUP and names_a_group(new.gname):
        merged.gname = new.gname
    if new.claimed == 1 and merged.claimed != 1:
        for name in CLAIM_FIELDS:
            setattr(merged, name, getattr(new, name))


def merge_records(old: IncidentRecord, new: IncidentRecord) -> IncidentRecord:
    """Fold `new` into `old`: old values win, new ones fill what old lacks (a group named and a
    claim told fill an "Unknown" group and a "no claim": see _merge_attribution).

    Casualty counts take the larger figure: first reports undercount (victims die in
    hospital, bodies are found later) and later reports revise the toll upwards, while a
    smaller figure in a later report is almost always a partial count ("three of them in
    the supermarket"), not a correction.
    """
    merged = copy.deepcopy(old)
    special = {"date", "date_precision", "place", "perpetrators", "evidence", "mentions", "role",
               "inspired", *CASUALTY_FIELDS, *TYPE_LIST_CAPS}
    for f in fields(IncidentRecord):
        if f.name not in special and getattr(merged, f.name) is None:
            setattr(merged, f.name, copy.deepcopy(getattr(new, f.name)))

    # A more precise date for the same event replaces a vaguer one.
    if new.date is not None and (
        merged.date is None
        or PRECISION_RANK[_precision(new)] > PRECISION_RANK[_precision(merged)]
    ):
        merged.date, merged.date_precision = new.date, new.date_precision

    _merge_attribution(merged, new)
    merged.place = _merge_place(merged.place, new.place)
    for name in CASUALTY_FIELDS:
        setattr(merged, name, _larger(getattr(merged, name), getattr(new, name)))
    for name, cap in TYPE_LIST_CAPS.items():
        setattr(merged, name, _union_labels(getattr(merged, name), getattr(new, name), cap))

    merged.perpetrators = _merge_perpetrators(merged.perpetrators, new.perpetrators)
    merged.evidence = _union(merged.evidence, [copy.copy(e) for e in new.evidence])
    for role, strings in new.mentions.items():
        merged.mentions[role] = _union(merged.mentions.get(role, []), list(strings))
    # The record is the main subject as soon as one report treats it as such.
    if ROLE_STRENGTH.get(new.role, 0) > ROLE_STRENGTH.get(merged.role, 0):
        merged.role = new.role
    merged.inspired = old.inspired or new.inspired
    return merged


def date_distance_days(a: Optional[date], b: Optional[date]) -> int:
    """Days between two dates; a large number when either is missing (for ranking)."""
    if a is None or b is None:
        return 10**6
    return abs((a - b).days)

