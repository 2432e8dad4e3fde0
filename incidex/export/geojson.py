"""GeoJSON export: a FeatureCollection with one Point per incident that has coordinates."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterable, TextIO


@dataclass
class GeoJSONResult:
    written: int
    without_coordinates: int  # incidents left out: a Point needs a latitude and longitude


def feature(incident: Any) -> dict[str, Any] | None:
    record = incident.record
    place = record.place
    if place.latitude is None or place.longitude is None:
        return None
    return {
        "type": "Feature",
        # GeoJSON orders coordinates longitude first
        "geometry": {"type": "Point", "coordinates": [place.longitude, place.latitude]},
        "properties": {
            "id": incident.id,
            "eventid": incident.eventid,
            "date": record.date.isoformat() if record.date else None,
            "attacktype": record.attacktypes[0] if record.attacktypes else None,
            "weaptype": record.weaptypes[0] if record.weaptypes else None,
            "gname": record.gname,
            "nkill": record.nkill,
            "nwound": record.nwound,
            "city": place.city,
            "country": place.country,
            "summary": record.summary,
        },
    }


def write_geojson(records: Iterable[Any], out: TextIO) -> GeoJSONResult:
    """Stream a FeatureCollection to `out`, one feature at a time."""
    result = GeoJSONResult(written=0, without_coordinates=0)
    out.write('{"type": "FeatureCollection", "features": [')
    for incident in records:
        item = feature(incident)
        if item is None:
            result.without_coordinates += 1
            continue
        out.write(("\n" if result.written == 0 else ",\n") + json.dumps(item, ensure_ascii=False))
        result.written += 1
    out.write("\n]}\n")
    return result
