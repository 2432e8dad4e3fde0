"""The JSON shapes of the API (pydantic models, so /openapi.json describes every response).

The full incident record is built from the pipeline's IncidentRecord dataclass, so a field
added to incidex/model.py appears in the API without a change here.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from typing import Any, Literal, Optional

from pydantic import BaseModel, Field, create_model

from incidex.model import IncidentRecord

ExportFormat = Literal["gtd-csv", "jsonl", "geojson"]
CountBy = Literal["attacktype", "weaptype", "targtype", "country", "group", "month"]


def _record_model() -> type[BaseModel]:
    """A pydantic model with IncidentRecord's fields and types.

    Pydantic cannot read the dataclass itself: inside its class body the field `date`
    shadows the type `date`, so the hints are resolved here without the class namespace."""
    hints = typing.get_type_hints(IncidentRecord, localns={})
    fields: dict[str, Any] = {}
    for item in dataclasses.fields(IncidentRecord):
        if item.default_factory is not dataclasses.MISSING:
            fields[item.name] = (hints[item.name], Field(default_factory=item.default_factory))
        else:
            fields[item.name] = (hints[item.name], item.default)
    return create_model("IncidentRecord", __doc__=IncidentRecord.__doc__, **fields)


RecordOut = _record_model()


class ErrorBody(BaseModel):
    error: str = Field(description="what went wrong, in plain words")


class Info(BaseModel):
    name: str = "incidex"
    version: str
    read_only: bool = Field(description="true when the server was started without INCIDEX_TOKEN")
    max_upload_bytes: int
    documents: int
    incidents: int
    countries: int
    first_date: Optional[dt.date] = None
    last_date: Optional[dt.date] = None


class IncidentSummary(BaseModel):
    """One row of the incident table / one marker of the map."""

    id: int
    eventid: str
    date: Optional[dt.date] = None
    date_precision: Optional[str] = None
    country: Optional[str] = None
    provstate: Optional[str] = None
    city: Optional[str] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    specificity: Optional[int] = None
    attacktypes: list[str] = []
    weaptypes: list[str] = []
    targtypes: list[str] = []
    gname: Optional[str] = None
    claimed: Optional[int] = None
    suicide: Optional[int] = None
    nkill: Optional[int] = None
    nwound: Optional[int] = None
    summary: Optional[str] = None
    sources: int = Field(description="number of documents that report this incident")


class IncidentPage(BaseModel):
    total: int = Field(description="incidents matching the filters, all pages together")
    limit: int
    offset: int
    items: list[IncidentSummary]


class SourceOut(BaseModel):
    document_id: int
    source: str
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[dt.date] = None


class EvidenceOut(BaseModel):
    document_id: int
    field: str
    sentence: str
    start: int = Field(description="character offset of the sentence in the document text")
    end: int


class DocumentOut(BaseModel):
    id: int
    source: str
    content_hash: str
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[dt.date] = None
    published_from: str
    text: str


class IncidentDetail(BaseModel):
    id: int
    eventid: str
    created_at: str
    updated_at: str
    record: RecordOut = Field(  # type: ignore[valid-type]
        description="every coded field, GTD labels as *_txt strings")
    evidence: list[EvidenceOut]
    sources: list[SourceOut]
    documents: list[DocumentOut] = Field(
        description="the source documents with their text, so evidence offsets can be shown")


class CountRow(BaseModel):
    label: str
    count: int


class Totals(BaseModel):
    incidents: int
    countries: int


class StatsOut(BaseModel):
    by: CountBy
    header: str
    rows: list[CountRow]
    totals: Totals


class TimelineRow(BaseModel):
    month: str = Field(description="YYYY-MM; YYYY-?? when only the year is known; (undated)")
    attacktype: str
    count: int


class TimelineOut(BaseModel):
    rows: list[TimelineRow]
    totals: Totals


class DocumentIn(BaseModel):
    """A report posted as JSON."""

    text: str = Field(description="the report: plain text, or a whole HTML page")
    published: Optional[str] = Field(None, description="publication date, e.g. 2018-03-26")
    source: Optional[str] = Field(None, description="where the report comes from (default: api)")
    url: Optional[str] = None


class IngestResult(BaseModel):
    document_id: int
    duplicate: bool = Field(description="the same text was stored before: nothing changed")
    title: Optional[str] = None
    published: Optional[dt.date] = None
    new: list[int] = Field(description="ids of incidents this report created")
    updated: list[int] = Field(description="ids of stored incidents this report added to")
    incidents: list[IncidentSummary]
