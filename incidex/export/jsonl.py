"""JSON Lines export: one incident per line, the full record with its sources and evidence."""
from __future__ import annotations

import json
from typing import Any, Iterable, TextIO


def incident_dict(incident: Any) -> dict[str, Any]:
    """A StoredIncident as plain JSON data: id, eventid, every record field, sources, and
    evidence with the document each sentence comes from."""
    data: dict[str, Any] = {"id": incident.id, "eventid": incident.eventid}
    data.update(incident.record.to_dict())
    data["sources"] = [
        {"document_id": s.document_id, "source": s.source, "url": s.url, "title": s.title,
         "published": s.published.isoformat() if s.published else None}
        for s in incident.sources]
    data["evidence"] = [
        {"document_id": e.document_id, "field": e.field, "sentence": e.sentence,
         "start": e.start, "end": e.end}
        for e in incident.evidence]
    return data


def write_jsonl(records: Iterable[Any], out: TextIO) -> int:
    """Write StoredIncidents to `out`, one JSON object per line; returns the count."""
    n = 0
    for incident in records:
        out.write(json.dumps(incident_dict(incident), ensure_ascii=False) + "\n")
        n += 1
    return n
