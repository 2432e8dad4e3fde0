"""GTD-format CSV: the columns of the Global Terrorism Database, in its order.

Only the columns incidex codes are written (a subset of the GTD's 135), each with the
GTD's own name, so tools written for GTD extracts read the file unchanged. Codes beside
labels come from the codebook. A few trailing `incidex_*` columns carry what the GTD has no
column for (named perpetrators, the claim channel, date precision) so that an export can be
read back and scored (`read_gtd_csv`).
"""
from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Optional, TextIO

from incidex.model import IncidentRecord, Perpetrator, Place

# GTD "unknown" codes, written where the GTD defines one and the record has no value.
UNKNOWN_NPERPS = -99
UNKNOWN_FLAG = -9

GTD_COLUMNS = [
    "eventid", "iyear", "imonth", "iday", "approxdate", "extended",
    "country", "country_txt", "region", "region_txt", "provstate", "city",
    "latitude", "longitude", "specificity", "summary",
    "crit1", "crit2", "crit3", "doubtterr", "multiple", "success", "suicide",
    "attacktype1", "attacktype1_txt", "attacktype2", "attacktype2_txt",
    "attacktype3", "attacktype3_txt",
    "targtype1", "targtype1_txt", "targsubtype1", "targsubtype1_txt", "target1",
    "natlty1", "natlty1_txt",
    "targtype2", "targtype2_txt", "targsubtype2", "targsubtype2_txt",
    "targtype3", "targtype3_txt", "targsubtype3", "targsubtype3_txt",
    "gname", "gname2", "motive", "individual", "nperps",
    "claimed", "claimmode", "claimmode_txt",
    "weaptype1", "weaptype1_txt", "weapsubtype1", "weapsubtype1_txt",
    "weaptype2", "weaptype2_txt", "weapsubtype2", "weapsubtype2_txt",
    "weaptype3", "weaptype3_txt", "weapsubtype3", "weapsubtype3_txt",
    "weaptype4", "weaptype4_txt", "weapsubtype4", "weapsubtype4_txt",
    "weapdetail", "nkill", "nkillus", "nkillter", "nwound", "nwoundus", "nwoundte",
    "property", "ishostkid", "nhostkid", "ransom", "ransomamt", "ransomnote",
    "scite1", "scite2", "scite3", "dbsource",
]
EXTRA_COLUMNS = ["incidex_id", "incidex_date_precision", "incidex_claim_channel",
                 "incidex_perpetrators"]
COLUMNS = GTD_COLUMNS + EXTRA_COLUMNS
PERPETRATOR_SEPARATOR = "; "


def _code(kind: str, label: Optional[str]) -> Optional[int]:
    if not label:
        return None
    from incidex.normalize import codebook  # lazily: exporting JSON needs no codebook

    return codebook.code(kind, label)


def _country_code(country: Optional[str]) -> Optional[int]:
    if not country:
        return None
    from incidex.normalize import codebook

    return codebook.country_code(country)


def _region(place: Place) -> Optional[str]:
    if place.region:
        return place.region
    if not place.country:
        return None
    from incidex.normalize import codebook

    return codebook.region_of(place.country)


def _nth(values: list[str], n: int) -> Optional[str]:
    return values[n] if len(values) > n else None


def _citation(source: Any) -> str:
    """GTD-like source citation: '"Title," URL-or-path, YYYY-MM-DD.'"""
    parts = []
    if source.title:
        parts.append(f'"{source.title},"')
    parts.append(source.url or source.source)
    text = " ".join(parts)
    if source.published:
        text += f", {source.published.isoformat()}"
    return text + "."


def _blank(value: Any) -> Any:
    return "" if value is None else value


def gtd_row(incident: Any) -> dict[str, Any]:
    """One CSV row (column -> value) for a StoredIncident."""
    record: IncidentRecord = incident.record
    place = record.place
    precision = record.date_precision or "day"
    d = record.date
    region_txt = _region(place)
    row: dict[str, Any] = {
        "eventid": incident.eventid,
        "iyear": d.year if d else "",
        # GTD: 0 = month / day not known
        "imonth": d.month if d and precision in ("day", "month") else 0,
        "iday": d.day if d and precision == "day" else 0,
        "approxdate": record.approxdate,
        "extended": 0,
        "country": _country_code(place.country), "country_txt": place.country,
        "region": _code("region", region_txt), "region_txt": region_txt,
        "provstate": place.provstate, "city": place.city,
        "latitude": place.latitude, "longitude": place.longitude,
        "specificity": place.specificity,
        "summary": record.summary,
        # incidex only codes reports of terrorist attacks: the three criteria hold and the
        # coder has no stated doubt.
        "crit1": 1, "crit2": 1, "crit3": 1, "doubtterr": 0,
        "multiple": record.multiple, "success": record.success, "suicide": record.suicide,
        "target1": record.target1,
        "natlty1": _country_code(record.natlty1), "natlty1_txt": record.natlty1,
        "gname": record.gname, "gname2": record.gname2, "motive": record.motive,
        # individual = 1: named perpetrators, no group behind them
        "individual": int(bool(record.perpetrators) and record.gname in (None, "Unknown")),
        "nperps": record.nperps if record.nperps is not None else UNKNOWN_NPERPS,
        "claimed": record.claimed if record.claimed is not None else UNKNOWN_FLAG,
        "claimmode": _code("claimmode", record.claimmode), "claimmode_txt": record.claimmode,
        "weapdetail": record.weapdetail,
        "nkill": record.nkill, "nkillter": record.nkillter,
        "nwound": record.nwound, "nwoundte": record.nwoundte,
        "property": UNKNOWN_FLAG,
        "ishostkid": record.ishostkid if record.ishostkid is not None else UNKNOWN_FLAG,
        "nhostkid": record.nhostkid,
        "ransom": record.ransom if record.ransom is not None else UNKNOWN_FLAG,
        "ransomamt": record.ransomamt, "ransomnote": record.ransomnote,
        "dbsource": "incidex",
        "incidex_id": incident.id,
        "incidex_date_precision": record.date_precision if d else None,
        "incidex_claim_channel": record.claim_channel,
        "incidex_perpetrators": PERPETRATOR_SEPARATOR.join(
            p.name for p in record.perpetrators if p.name),
    }
    # GTD keeps up to three attack / target types and four weapon types, each as a code
    # column beside its *_txt label
    for kind, labels, slots in (("attacktype", record.attacktypes, 3), ("targtype", record.targtypes, 3),
                                ("targsubtype", record.targsubtypes, 3), ("weaptype", record.weaptypes, 4),
                                ("weapsubtype", record.weapsubtypes, 4)):
        for n in range(slots):
            label = _nth(labels, n)
            row[f"{kind}{n + 1}"] = _code(kind, label)
            row[f"{kind}{n + 1}_txt"] = label
    for n in range(3):
        source = incident.sources[n] if len(incident.sources) > n else None
        row[f"scite{n + 1}"] = _citation(source) if source else None
    return {column: _blank(row.get(column)) for column in COLUMNS}


def write_gtd_csv(records: Iterable[Any], out: TextIO) -> int:
    """Write StoredIncidents as GTD CSV rows to `out`; returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for incident in records:
        writer.writerow(gtd_row(incident))
        n += 1
    return n


# -- reading --------------------------------------------------------------------------

def _int(value: Optional[str], unknown: tuple[int, ...] = ()) -> Optional[int]:
    """GTD numbers may be written '5.0'; blanks and the GTD's unknown codes mean None."""
    if value is None or not value.strip():
        return None
    number = int(float(value))
    return None if number in unknown else number


def _float(value: Optional[str]) -> Optional[float]:
    return float(value) if value and value.strip() else None


def _text(value: Optional[str]) -> Optional[str]:
    return value.strip() if value and value.strip() else None


def _labels(row: dict[str, str], pattern: str, count: int) -> list[str]:
    return [label for n in range(1, count + 1) if (label := _text(row.get(pattern.format(n))))]


def _record_from_row(row: dict[str, str]) -> IncidentRecord:
    year = _int(row.get("iyear"))
    month = _int(row.get("imonth")) or 0
    day = _int(row.get("iday")) or 0
    when: Optional[date] = None
    precision = None
    if year:
        when = date(year, month or 1, day or 1)
        precision = "day" if month and day else "month" if month else "year"
    precision = _text(row.get("incidex_date_precision")) or precision
    place = Place(country=_text(row.get("country_txt")), region=_text(row.get("region_txt")),
                  provstate=_text(row.get("provstate")), city=_text(row.get("city")),
                  latitude=_float(row.get("latitude")), longitude=_float(row.get("longitude")),
                  specificity=_int(row.get("specificity")))
    names = _text(row.get("incidex_perpetrators"))
    perpetrators = [Perpetrator(name=n.strip()) for n in names.split(PERPETRATOR_SEPARATOR.strip())
                    if n.strip()] if names else []
    return IncidentRecord(
        date=when, date_precision=precision if when else None,
        approxdate=_text(row.get("approxdate")), place=place,
        attacktypes=_labels(row, "attacktype{}_txt", 3),
        weaptypes=_labels(row, "weaptype{}_txt", 4),
        weapsubtypes=_labels(row, "weapsubtype{}_txt", 4),
        weapdetail=_text(row.get("weapdetail")),
        targtypes=_labels(row, "targtype{}_txt", 3),
        targsubtypes=_labels(row, "targsubtype{}_txt", 3),
        target1=_text(row.get("target1")), natlty1=_text(row.get("natlty1_txt")),
        gname=_text(row.get("gname")), gname2=_text(row.get("gname2")),
        perpetrators=perpetrators,
        nperps=_int(row.get("nperps"), unknown=(-99, -9)),
        claimed=_int(row.get("claimed"), unknown=(-9,)),
        claimmode=_text(row.get("claimmode_txt")),
        claim_channel=_text(row.get("incidex_claim_channel")),
        motive=_text(row.get("motive")),
        suicide=_int(row.get("suicide")), success=_int(row.get("success")),
        multiple=_int(row.get("multiple")),
        nkill=_int(row.get("nkill")), nkillter=_int(row.get("nkillter")),
        nwound=_int(row.get("nwound")), nwoundte=_int(row.get("nwoundte")),
        ishostkid=_int(row.get("ishostkid"), unknown=(-9,)),
        nhostkid=_int(row.get("nhostkid"), unknown=(-99, -9)),
        ransom=_int(row.get("ransom"), unknown=(-9,)),
        ransomamt=_float(row.get("ransomamt")), ransomnote=_text(row.get("ransomnote")),
        summary=_text(row.get("summary")),
    )


def read_gtd_csv(path: str | Path) -> list[IncidentRecord]:
    """IncidentRecords from a GTD-format CSV (an incidex export or a GTD extract)."""
    raw = Path(path).read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:  # GTD releases are Latin-1
        text = raw.decode("latin-1")
    return [_record_from_row(row) for row in csv.DictReader(io.StringIO(text, newline=""))]
