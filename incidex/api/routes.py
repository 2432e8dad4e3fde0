"""The JSON API under /api: incidents, one incident, documents, counts, export, ingest."""
from __future__ import annotations

import calendar
import hmac
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from threading import Lock
from typing import Annotated, Any, AsyncIterator, Callable, Iterator, Optional, TextIO
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi import Path as PathParam
from fastapi.responses import StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser

import incidex
from incidex.api.schemas import (
    CountBy,
    CountRow,
    DocumentIn,
    DocumentOut,
    ErrorBody,
    EvidenceOut,
    ExportFormat,
    IncidentDetail,
    IncidentPage,
    IncidentSummary,
    Info,
    IngestResult,
    SourceOut,
    StatsOut,
    TimelineOut,
    TimelineRow,
    Totals,
)
from incidex.api.streaming import stream_text
from incidex.model import Document, IncidentRecord
from incidex.query import stats
from incidex.store.db import Store, StoredIncident

DEFAULT_MAX_UPLOAD_BYTES = 5 * 1024 * 1024
# A request may be this much larger than the document it carries (form boundaries, JSON quoting).
WRAPPING_BYTES = 64 * 1024
MAX_PAGE = 5000
MAX_ID = 2 ** 63 - 1  # SQLite integers are 64-bit: a larger id cannot exist
DATE_BOUND = r"^[1-9][0-9]{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
# File types that are certainly not a report; anything else is sniffed byte by byte.
TEXT_TYPES = ("text/", "application/xhtml+xml", "application/octet-stream", "application/x-empty")

Extractor = Callable[[Document], list[IncidentRecord]]


def _default_extractor(document: Document) -> list[IncidentRecord]:
    from incidex.extract.incidents import (
        extract_incidents,  # spaCy loads on first use only
    )

    return extract_incidents(document)


@dataclass
class Settings:
    db_path: Path
    token: Optional[str] = None  # None: read-only server
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES
    extract: Extractor = _default_extractor
    # one document through the pipeline at a time: the NLP model is shared and not thread-safe
    ingest_lock: Lock = field(default_factory=Lock)


class ApiError(Exception):
    """An error answered as JSON {"error": message} with the given status."""

    def __init__(self, status: int, message: str, headers: Optional[dict[str, str]] = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {status: {"model": ErrorBody} for status in statuses}


router = APIRouter(prefix="/api")
bearer = HTTPBearer(auto_error=False, description="the token the server was started with (INCIDEX_TOKEN)")


def settings_of(request: Request) -> Settings:
    return request.app.state.settings


def open_store(request: Request) -> Iterator[Store]:
    """A connection per request: SQLite connections are cheap and this keeps requests apart."""
    store = Store(settings_of(request).db_path)
    try:
        yield store
    finally:
        store.close()


StoreDep = Annotated[Store, Depends(open_store)]


def date_bound(value: Optional[str], name: str, end: bool = False) -> Optional[date]:
    """YYYY-MM-DD, YYYY-MM or YYYY; a partial `until` means the last day of that month/year.

    A day past the end of its month (2018-02-30) is read as the month's last day for `until`
    and the next month's first day for `since`: every date the schema's pattern allows is
    answered, not refused."""
    if not value:
        return None
    match = re.fullmatch(DATE_BOUND.strip("^$"), value)
    if not match:
        raise ApiError(422, f"{name}: {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = _date_parts(value)
    if month is None:
        return date(year, 12, 31) if end else date(year, 1, 1)
    last = calendar.monthrange(year, month)[1]
    if day is None:
        return date(year, month, last if end else 1)
    if day <= last:
        return date(year, month, day)
    return date(year, month, last) if end else date(year, month, last) + timedelta(days=1)


def _date_parts(value: str) -> tuple[int, Optional[int], Optional[int]]:
    parts = [int(part) for part in value.split("-")]
    return parts[0], (parts[1] if len(parts) > 1 else None), (parts[2] if len(parts) > 2 else None)


def incident_filters(
    since: Annotated[Optional[str], Query(pattern=DATE_BOUND, description="first date: YYYY-MM-DD, YYYY-MM or YYYY")] = None,
    until: Annotated[Optional[str], Query(pattern=DATE_BOUND, description="last date (a month or year means its last day)")] = None,
    country: Annotated[Optional[str], Query(description="GTD country name, e.g. France")] = None,
    attacktype: Annotated[Optional[str], Query(description="attack type label (prefix) or GTD code")] = None,
    weaptype: Annotated[Optional[str], Query(description="weapon type label (prefix) or GTD code")] = None,
    targtype: Annotated[Optional[str], Query(description="target type label (prefix) or GTD code")] = None,
    group: Annotated[Optional[str], Query(description="part of the perpetrator group name")] = None,
    q: Annotated[Optional[str], Query(description="text to find in the incident summary")] = None,
) -> dict[str, Any]:
    """Keyword arguments for the Store's incident queries."""
    return {"since": date_bound(since, "since"), "until": date_bound(until, "until", end=True),
            "country": country or None, "attacktype": attacktype or None,
            "weaptype": weaptype or None, "targtype": targtype or None, "group": group or None,
            "text": q or None}


FiltersDep = Annotated[dict[str, Any], Depends(incident_filters)]


def summary_of(incident: StoredIncident) -> IncidentSummary:
    record, place = incident.record, incident.record.place
    return IncidentSummary(
        id=incident.id, eventid=incident.eventid, date=record.date,
        date_precision=record.date_precision, country=place.country, provstate=place.provstate,
        city=place.city, latitude=place.latitude, longitude=place.longitude,
        specificity=place.specificity, attacktypes=record.attacktypes,
        weaptypes=record.weaptypes, targtypes=record.targtypes, gname=record.gname,
        claimed=record.claimed, suicide=record.suicide, nkill=record.nkill,
        nwound=record.nwound, summary=record.summary, sources=len(incident.sources))


def document_out(document_id: int, document: Document) -> DocumentOut:
    return DocumentOut(id=document_id, source=document.source, content_hash=document.content_hash,
                       url=document.url, title=document.title, published=document.published,
                       published_from=document.published_from, text=document.text)


def totals_of(store: Store, filters: dict[str, Any]) -> Totals:
    found = stats.totals(store, **filters)
    return Totals(incidents=found.incidents, countries=found.countries)


# -- reading ---------------------------------------------------------------------------

@router.get("/info", response_model=Info, summary="What this server holds and whether it accepts documents")
def info(request: Request, store: StoreDep) -> Info:
    settings = settings_of(request)
    held = store.stats()
    return Info(version=incidex.__version__, read_only=settings.token is None,
                max_upload_bytes=settings.max_upload_bytes, documents=held.documents,
                incidents=held.incidents, countries=held.countries,
                first_date=held.first_date, last_date=held.last_date)


@router.get("/incidents", response_model=IncidentPage, responses=error_responses(422),
            summary="Incidents in date order, filtered, a page at a time")
def list_incidents(store: StoreDep, filters: FiltersDep,
                   limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
                   offset: Annotated[int, Query(ge=0, le=MAX_ID)] = 0) -> IncidentPage:
    total = store.count_incidents(**filters)
    page = store.incidents(limit=limit, offset=offset, with_evidence=False, **filters)
    return IncidentPage(total=total, limit=limit, offset=offset,
                        items=[summary_of(incident) for incident in page])


@router.get("/incidents/{incident_id}", response_model=IncidentDetail,
            responses=error_responses(404, 422),
            summary="Every coded field of one incident, its evidence and its source documents")
def get_incident(store: StoreDep,
                 incident_id: Annotated[int, PathParam(ge=1, le=MAX_ID)]) -> IncidentDetail:
    incident = store.incident(incident_id)
    if incident is None:
        raise ApiError(404, f"no incident {incident_id}")
    documents = []
    for source in incident.sources:
        document = store.document(source.document_id)
        if document is not None:
            documents.append(document_out(source.document_id, document))
    return IncidentDetail(
        id=incident.id, eventid=incident.eventid, created_at=incident.created_at,
        updated_at=incident.updated_at, record=incident.record.to_dict(),
        evidence=[EvidenceOut(document_id=e.document_id, field=e.field, sentence=e.sentence,
                              start=e.start, end=e.end) for e in incident.evidence],
        sources=[SourceOut(document_id=s.document_id, source=s.source, url=s.url, title=s.title,
                           published=s.published) for s in incident.sources],
        documents=documents)


@router.get("/documents/{document_id}", response_model=DocumentOut,
            responses=error_responses(404, 422), summary="One stored report, with its text")
def get_document(store: StoreDep,
                 document_id: Annotated[int, PathParam(ge=1, le=MAX_ID)]) -> DocumentOut:
    document = store.document(document_id)
    if document is None:
        raise ApiError(404, f"no document {document_id}")
    return document_out(document_id, document)


@router.get("/stats", response_model=StatsOut, responses=error_responses(422),
            summary="Incident counts by one dimension (the numbers of `incidex stats`)")
def get_stats(store: StoreDep, filters: FiltersDep, by: CountBy = "attacktype",
              primary: bool = False) -> StatsOut:
    rows = stats.count_by(store, by, primary=primary, **filters)
    return StatsOut(by=by, header=stats.header(by, primary),
                    rows=[CountRow(label=label, count=count) for label, count in rows],
                    totals=totals_of(store, filters))


@router.get("/timeline", response_model=TimelineOut, responses=error_responses(422),
            summary="Incidents per month and attack type")
def get_timeline(store: StoreDep, filters: FiltersDep) -> TimelineOut:
    rows = stats.timeline(store, **filters)
    return TimelineOut(rows=[TimelineRow(month=m, attacktype=a, count=n) for m, a, n in rows],
                       totals=totals_of(store, filters))


EXPORT_MEDIA = {"gtd-csv": ("text/csv; charset=utf-8", "csv"),
                "jsonl": ("application/x-ndjson", "jsonl"),
                "geojson": ("application/geo+json", "geojson")}


def _export_writer(fmt: str) -> Callable[[Any, TextIO], object]:
    if fmt == "gtd-csv":
        from incidex.export.gtd_csv import write_gtd_csv

        return write_gtd_csv
    if fmt == "jsonl":
        from incidex.export.jsonl import write_jsonl

        return write_jsonl
    from incidex.export.geojson import write_geojson

    return write_geojson


@router.get("/export", response_class=StreamingResponse,
            responses={200: {"content": {media.split(";")[0]: {} for media, _ in EXPORT_MEDIA.values()},
                             "description": "the incidents, streamed"},
                       **error_responses(422)},
            summary="The (filtered) incidents as GTD CSV, JSON Lines or GeoJSON")
def export(request: Request, filters: FiltersDep,
           fmt: Annotated[ExportFormat, Query(alias="format")] = "gtd-csv") -> StreamingResponse:
    db_path = settings_of(request).db_path
    writer = _export_writer(fmt)

    def write(out: TextIO) -> None:
        # Opened in the streaming thread and kept for the whole export: one consistent read.
        with Store(db_path) as store:
            writer(store.iter_incidents(**filters), out)

    media, suffix = EXPORT_MEDIA[fmt]
    return StreamingResponse(stream_text(write), media_type=media, headers={
        "Content-Disposition": f'attachment; filename="incidex.{suffix}"'})


# -- writing ---------------------------------------------------------------------------

def require_writer(request: Request,
                   credentials: Annotated[Optional[HTTPAuthorizationCredentials], Depends(bearer)]) -> None:
    """Writing needs the server's token; a server started without one is read-only."""
    token = settings_of(request).token
    if token is None:
        raise ApiError(403, "this server is read-only: start it with INCIDEX_TOKEN set to accept documents")
    given = credentials.credentials if credentials else ""
    if not given or not hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8")):
        raise ApiError(401, "a valid token is needed: send 'Authorization: Bearer <INCIDEX_TOKEN>'",
                       headers={"WWW-Authenticate": "Bearer"})


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes `limit` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ApiError(413, f"the request is {int(declared)} bytes; at most {limit} are accepted")
    parts: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"the request is over {limit} bytes")
        parts.append(chunk)
    return b"".join(parts)


@dataclass
class Upload:
    text: str
    source: str
    published: Optional[str] = None
    url: Optional[str] = None
    html: bool = False


def _too_large(size: int, limit: int) -> ApiError:
    return ApiError(413, f"the document is {size} bytes; at most {limit} are accepted")


def _check_encodable(name: str, value: Optional[str]) -> None:
    """JSON may carry lone surrogates ("\\ud800"): no text, and SQLite could not store them."""
    if value is not None:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ApiError(422, f"{name}: contains characters that are not valid Unicode text") from None


def _check_text(text: str, limit: int) -> None:
    size = len(text.encode("utf-8", errors="surrogatepass"))
    if size > limit:
        raise _too_large(size, limit)
    if not text.strip():
        raise ApiError(422, "the document is empty")
    _check_encodable("text", text)
    from incidex.ingest.read import IngestError, decode_bytes

    try:  # NUL bytes or control characters: not a report but binary data pasted as text
        decode_bytes(text.encode("utf-8"))
    except IngestError as exc:
        raise ApiError(415, f"not a text document: {exc}") from None


def upload_from_json(body: bytes, limit: int) -> Upload:
    try:
        posted = DocumentIn.model_validate_json(body)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'body'}: {e['msg']}"
                             for e in exc.errors())
        raise ApiError(422, f"expected JSON {{text, published?, source?, url?}}: {problems}") from None
    _check_text(posted.text, limit)
    for name in ("published", "source", "url"):
        _check_encodable(name, getattr(posted, name))
    return Upload(text=posted.text, source=posted.source or "api", published=posted.published,
                  url=posted.url)


async def upload_from_form(request: Request, body: bytes, limit: int) -> Upload:
    async def replay() -> AsyncIterator[bytes]:
        yield body

    parser = MultiPartParser(request.headers, replay(), max_files=1, max_fields=8,
                             max_part_size=limit + WRAPPING_BYTES)
    try:
        form = await parser.parse()
    except MultiPartException as exc:
        raise ApiError(422, f"cannot read the form: {exc.message}") from None
    try:
        fields = {key: value for key, value in form.multi_items() if isinstance(value, str)}
        upload = form.get("file")
        if isinstance(upload, UploadFile):
            text, html = await _read_upload(upload, limit)
            source = fields.get("source") or upload.filename or "upload"
        elif "text" in fields:
            text, html, source = fields["text"], False, fields.get("source") or "api"
            _check_text(text, limit)
        else:
            raise ApiError(422, "send the report as a 'file' part or a 'text' field")
    finally:
        await form.close()
    return Upload(text=text, source=source, published=fields.get("published") or None,
                  url=fields.get("url") or None, html=html)


def upload_from_fields(body: bytes, limit: int) -> Upload:
    """A plain HTML form (application/x-www-form-urlencoded) with a 'text' field."""
    try:
        fields = {k: v[0] for k, v in parse_qs(body.decode("utf-8"), keep_blank_values=True, errors="strict").items()}
    except (UnicodeDecodeError, ValueError):
        raise ApiError(422, "cannot read the form: it is not UTF-8 URL-encoded") from None
    if "text" not in fields:
        raise ApiError(422, "send the report as a 'text' field")
    _check_text(fields["text"], limit)
    return Upload(text=fields["text"], source=fields.get("source") or "api",
                  published=fields.get("published") or None, url=fields.get("url") or None)


async def _read_upload(upload: UploadFile, limit: int) -> tuple[str, bool]:
    from incidex.ingest.read import IngestError, decode_bytes

    media = (upload.content_type or "").split(";")[0].strip().lower()
    if media and not media.startswith(TEXT_TYPES):
        raise ApiError(415, f"{upload.filename or 'the file'} is {media}, not a text or HTML report")
    data = await upload.read(limit + 1)
    if len(data) > limit:
        raise _too_large(upload.size or len(data), limit)
    if not data.strip():
        raise ApiError(422, f"{upload.filename or 'the file'} is empty")
    try:
        text = decode_bytes(data)
    except IngestError as exc:
        raise ApiError(415, f"{upload.filename or 'the file'} is not a text document: {exc}") from None
    name = (upload.filename or "").lower()
    return text, media in ("text/html", "application/xhtml+xml") or name.endswith((".html", ".htm"))


def ingest_upload(settings: Settings, upload: Upload) -> IngestResult:
    """Read, extract and store one report (one transaction: all of it or nothing)."""
    from incidex.ingest.read import IngestError, read_text

    try:
        document = read_text(upload.text, upload.source, published=upload.published,
                             url=upload.url, html=upload.html)
    except IngestError as exc:
        raise ApiError(422, f"cannot read the report: {exc}") from None
    with settings.ingest_lock, Store(settings.db_path) as store:
        if store.has_document(document.content_hash):
            records: list[IncidentRecord] = []  # stored before: the pipeline need not run again
        else:
            records = settings.extract(document)
        outcome = store.ingest(document, records)
        touched = [store.incident(i) for i in (*outcome.new, *outcome.updated)]
    return IngestResult(document_id=outcome.document_id, duplicate=outcome.skipped_duplicate,
                        title=document.title, published=document.published, new=outcome.new,
                        updated=outcome.updated,
                        incidents=[summary_of(i) for i in touched if i is not None])


POST_TYPES = ("application/json", "multipart/form-data", "application/x-www-form-urlencoded")
_FORM_SCHEMA = {
    "type": "object",
    "properties": {
        "file": {"type": "string", "format": "binary", "description": "a .txt, .md or .html report"},
        "text": {"type": "string", "description": "the report as text (instead of a file)"},
        "published": {"type": "string"}, "source": {"type": "string"}, "url": {"type": "string"},
    },
}


@router.post(
    "/documents", response_model=IngestResult, status_code=201,
    responses={200: {"model": IngestResult, "description": "the same report was stored before"},
               **error_responses(401, 403, 413, 415, 422)},
    summary="Run the pipeline on one report and store its incidents (needs the token)",
    openapi_extra={"requestBody": {"required": True, "content": {
        "application/json": {"schema": DocumentIn.model_json_schema()},
        "multipart/form-data": {"schema": _FORM_SCHEMA},
        "application/x-www-form-urlencoded": {"schema": {
            **DocumentIn.model_json_schema(), "title": "DocumentForm"}}}}},
)
async def post_document(request: Request, response: Response,
                        _: Annotated[None, Depends(require_writer)]) -> IngestResult:
    settings = settings_of(request)
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media not in POST_TYPES:
        raise ApiError(415, f"send {', '.join(POST_TYPES)}; not {media or 'no content type'}")
    body = await read_body(request, settings.max_upload_bytes + WRAPPING_BYTES)
    if media == "application/json":
        upload = upload_from_json(body, settings.max_upload_bytes)
    elif media == "multipart/form-data":
        upload = await upload_from_form(request, body, settings.max_upload_bytes)
    else:
        upload = upload_from_fields(body, settings.max_upload_bytes)
    result = await run_in_threadpool(ingest_upload, settings, upload)
    if result.duplicate:
        response.status_code = 200
    return result
