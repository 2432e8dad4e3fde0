"""The incident database: one SQLite file, and the only module that writes SQL.

Documents are kept whole (text included) so every coded value can be traced back to the
sentence that supports it. Incidents are kept as full IncidentRecord JSON plus the columns
that queries filter on; attack/weapon/target types also go to `incident_types` so that an
incident with several types is found (and counted) under each.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Sequence

from incidex.model import Document, Evidence, IncidentRecord, Perpetrator
from incidex.store.compare import fold, haversine_km
from incidex.store.merge import date_distance_days, merge_records, same_incident

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    docid TEXT,
    url TEXT,
    title TEXT,
    published TEXT,
    published_from TEXT NOT NULL DEFAULT 'none',
    ingested_at TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS incidents (
    id INTEGER PRIMARY KEY,
    eventid TEXT NOT NULL UNIQUE,
    date TEXT,
    date_precision TEXT,
    country TEXT,
    provstate TEXT,
    city TEXT,
    latitude REAL,
    longitude REAL,
    attacktype1 TEXT,
    weaptype1 TEXT,
    targtype1 TEXT,
    gname TEXT,
    nkill INTEGER,
    nwound INTEGER,
    summary TEXT,
    record_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS incident_types (
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,          -- 'attacktype' | 'weaptype' | 'targtype'
    ordinal INTEGER NOT NULL,    -- 1 = primary
    label TEXT NOT NULL,
    PRIMARY KEY (incident_id, kind, ordinal)
);
CREATE TABLE IF NOT EXISTS incident_sources (
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (incident_id, document_id)
);
CREATE TABLE IF NOT EXISTS evidence (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    sentence TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    UNIQUE (incident_id, document_id, field, "start", "end")
);
CREATE TABLE IF NOT EXISTS perpetrators (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    name TEXT,
    age INTEGER,
    nationality TEXT,
    record TEXT
);
CREATE INDEX IF NOT EXISTS idx_incidents_date ON incidents(date);
CREATE INDEX IF NOT EXISTS idx_incidents_country_date ON incidents(country COLLATE NOCASE, date);
CREATE INDEX IF NOT EXISTS idx_incidents_attacktype1 ON incidents(attacktype1);
CREATE INDEX IF NOT EXISTS idx_incidents_weaptype1 ON incidents(weaptype1);
CREATE INDEX IF NOT EXISTS idx_incidents_targtype1 ON incidents(targtype1);
CREATE INDEX IF NOT EXISTS idx_incidents_gname ON incidents(gname);
CREATE INDEX IF NOT EXISTS idx_incident_types_label ON incident_types(kind, label COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS idx_incident_sources_document ON incident_sources(document_id);
CREATE INDEX IF NOT EXISTS idx_evidence_incident ON evidence(incident_id);
CREATE INDEX IF NOT EXISTS idx_perpetrators_incident ON perpetrators(incident_id);
CREATE INDEX IF NOT EXISTS idx_documents_source ON documents(source);
"""

TYPE_KINDS = {"attacktype": "attacktypes", "weaptype": "weaptypes", "targtype": "targtypes"}
COUNT_DIMENSIONS = ("attacktype", "weaptype", "targtype", "country", "group", "month")
NONE_LABEL = "(none)"


class StoreError(Exception):
    """The database cannot be used (e.g. written by a newer incidex)."""


@dataclass
class IngestOutcome:
    document_id: int
    new: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    skipped_duplicate: bool = False


@dataclass
class SourceRef:
    document_id: int
    source: str
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[date] = None


@dataclass
class StoredEvidence(Evidence):
    """Evidence plus the document whose offsets it refers to."""

    document_id: int = 0


@dataclass
class StoredIncident:
    id: int
    eventid: str
    record: IncidentRecord
    sources: list[SourceRef] = field(default_factory=list)
    evidence: list[StoredEvidence] = field(default_factory=list)
    created_at: str = ""
    updated_at: str = ""


@dataclass
class DocumentInfo:
    id: int
    content_hash: str
    source: str
    url: Optional[str]
    title: Optional[str]
    published: Optional[date]
    published_from: str
    ingested_at: str
    incidents: int


@dataclass
class StoreStats:
    documents: int
    incidents: int
    countries: int
    first_date: Optional[date]
    last_date: Optional[date]


@dataclass
class IncidentFilter:
    """What `incidents`, `count_incidents` and `count_by` select.

    Type filters (attacktype, weaptype, targtype) match any of an incident's types, by
    label prefix ("Bombing" finds "Bombing/Explosion") or by GTD code ("3"); group is a
    substring of gname; text a substring of the summary; source the end of a document's
    path ("seeds/000.txt" finds "/data/seeds/000.txt")."""

    since: Optional[date] = None
    until: Optional[date] = None
    country: Optional[str] = None
    attacktype: Optional[str] = None
    weaptype: Optional[str] = None
    targtype: Optional[str] = None
    group: Optional[str] = None
    text: Optional[str] = None
    source: Optional[str] = None


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _iso(value: Optional[date]) -> Optional[str]:
    return value.isoformat() if value else None


def _from_iso(value: Optional[str]) -> Optional[date]:
    return date.fromisoformat(value) if value else None


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _type_label(kind: str, value: str) -> str:
    """A GTD code typed on the command line ("3") stands for its label."""
    if value.strip().isdigit():
        try:
            from incidex.normalize import codebook
        except ImportError:
            return value
        return codebook.label(kind, int(value)) or value
    return value


def _eventid_prefix(record: IncidentRecord) -> str:
    if record.date is None:
        return "00000000"
    precision = record.date_precision or "day"
    month = record.date.month if precision in ("day", "month") else 0
    day = record.date.day if precision == "day" else 0
    return f"{record.date.year:04d}{month:02d}{day:02d}"


def _date_window(record: IncidentRecord) -> tuple[date, date]:
    """The stored dates that could belong to the same incident (refined by same_incident)."""
    d = record.date
    assert d is not None
    precision = record.date_precision or "day"
    if precision == "day":
        return d - timedelta(days=1), d + timedelta(days=1)
    if precision == "month":
        first = d.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return first, last
    return date(d.year, 1, 1), date(d.year, 12, 31)


def _chunks(items: Sequence[int], size: int = 500) -> Iterator[Sequence[int]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


class Store:
    """An incident database in one SQLite file (created with its schema when missing)."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        # Autocommit mode: every write below runs in an explicit BEGIN ... COMMIT.
        self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self._conn.execute("PRAGMA journal_mode = WAL")
        self._ensure_schema()

    # -- lifecycle ---------------------------------------------------------------------

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        self._conn.close()

    def _ensure_schema(self) -> None:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    self._conn.execute(statement)
            row = self._conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
            version = row[0]
            if version is None:
                self._conn.execute("INSERT INTO schema_version(version) VALUES (?)", (SCHEMA_VERSION,))
            elif version > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} has schema version {version}; this incidex reads up to "
                    f"{SCHEMA_VERSION}: upgrade incidex")
            self._conn.execute("COMMIT")
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise

    # -- documents ---------------------------------------------------------------------

    def has_document(self, content_hash: str) -> bool:
        row = self._conn.execute(
            "SELECT 1 FROM documents WHERE content_hash = ?", (content_hash,)).fetchone()
        return row is not None

    def documents(self) -> list[DocumentInfo]:
        rows = self._conn.execute(
            """SELECT d.*, (SELECT COUNT(*) FROM incident_sources s WHERE s.document_id = d.id)
                   AS n_incidents
               FROM documents d ORDER BY d.id""").fetchall()
        return [DocumentInfo(id=r["id"], content_hash=r["content_hash"], source=r["source"],
                             url=r["url"], title=r["title"], published=_from_iso(r["published"]),
                             published_from=r["published_from"], ingested_at=r["ingested_at"],
                             incidents=r["n_incidents"]) for r in rows]

    def document(self, document_id: int) -> Optional[Document]:
        r = self._conn.execute("SELECT * FROM documents WHERE id = ?", (document_id,)).fetchone()
        if r is None:
            return None
        return Document(text=r["text"], source=r["source"], content_hash=r["content_hash"],
                        published=_from_iso(r["published"]), published_from=r["published_from"],
                        url=r["url"], title=r["title"], docid=r["docid"])

    # -- ingest ------------------------------------------------------------------------

    def ingest(self, doc: Document, records: list[IncidentRecord]) -> IngestOutcome:
        """Store a document and its incident records in one transaction.

        A document already stored (same content_hash) changes nothing. Each record is
        merged into a stored incident that `same_incident` ties it to, else inserted.
        Records of one document are never merged with each other: the extractor kept them
        apart on purpose (GTD codes a multi-site attack as several incidents). Any error
        rolls the whole document back."""
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            existing = conn.execute(
                "SELECT id FROM documents WHERE content_hash = ?", (doc.content_hash,)).fetchone()
            if existing is not None:
                conn.execute("ROLLBACK")
                return IngestOutcome(document_id=existing["id"], skipped_duplicate=True)
            cur = conn.execute(
                """INSERT INTO documents(content_hash, source, docid, url, title, published,
                                         published_from, ingested_at, text)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (doc.content_hash, doc.source, doc.docid, doc.url, doc.title,
                 _iso(doc.published), doc.published_from or "none", _now(), doc.text))
            document_id = int(cur.lastrowid)
            outcome = IngestOutcome(document_id=document_id)
            touched: set[int] = set()
            for record in records:
                match = self._find_match(record, exclude=touched)
                if match is None:
                    incident_id = self._insert_incident(record)
                    outcome.new.append(incident_id)
                else:
                    incident_id, stored = match
                    self._update_incident(incident_id, merge_records(stored, record))
                    outcome.updated.append(incident_id)
                touched.add(incident_id)
                self._link_source(incident_id, document_id, record.evidence)
            conn.execute("COMMIT")
            return outcome
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _find_match(self, record: IncidentRecord,
                    exclude: set[int]) -> Optional[tuple[int, IncidentRecord]]:
        if record.date is None or not record.place.country:
            return None
        low, high = _date_window(record)
        rows = self._conn.execute(
            """SELECT id, record_json FROM incidents
               WHERE country = ? COLLATE NOCASE AND date BETWEEN ? AND ?""",
            (record.place.country, low.isoformat(), high.isoformat())).fetchall()
        candidates = []
        for row in rows:
            if row["id"] in exclude:
                continue
            stored = IncidentRecord.from_dict(json.loads(row["record_json"]))
            if same_incident(stored, record):
                candidates.append((row["id"], stored))
        if not candidates:
            return None

        def closeness(item: tuple[int, IncidentRecord]) -> tuple[int, float, int]:
            incident_id, stored = item
            a, b = stored.place, record.place
            if fold(a.city) and fold(a.city) == fold(b.city):
                km = 0.0
            elif None not in (a.latitude, a.longitude, b.latitude, b.longitude):
                km = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)
            else:
                km = float("inf")
            return date_distance_days(stored.date, record.date), km, incident_id

        return min(candidates, key=closeness)

    def _next_eventid(self, record: IncidentRecord) -> str:
        prefix = _eventid_prefix(record)
        row = self._conn.execute(
            """SELECT MAX(CAST(substr(eventid, 9) AS INTEGER)) FROM incidents
               WHERE substr(eventid, 1, 8) = ?""", (prefix,)).fetchone()
        return f"{prefix}{(row[0] or 0) + 1:04d}"

    @staticmethod
    def _columns(record: IncidentRecord) -> dict[str, Any]:
        place = record.place
        return {
            "date": _iso(record.date),
            "date_precision": record.date_precision if record.date else None,
            "country": place.country, "provstate": place.provstate, "city": place.city,
            "latitude": place.latitude, "longitude": place.longitude,
            "attacktype1": record.attacktypes[0] if record.attacktypes else None,
            "weaptype1": record.weaptypes[0] if record.weaptypes else None,
            "targtype1": record.targtypes[0] if record.targtypes else None,
            "gname": record.gname, "nkill": record.nkill, "nwound": record.nwound,
            "summary": record.summary,
            # ensure_ascii=False keeps accents readable; a value JSON cannot hold raises
            # here, inside the transaction, and the whole document is rolled back.
            "record_json": json.dumps(record.to_dict(), ensure_ascii=False),
        }

    def _insert_incident(self, record: IncidentRecord) -> int:
        values = self._columns(record)
        values["eventid"] = self._next_eventid(record)
        values["created_at"] = values["updated_at"] = _now()
        names = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cur = self._conn.execute(f"INSERT INTO incidents({names}) VALUES ({marks})",
                                 tuple(values.values()))
        incident_id = int(cur.lastrowid)
        self._write_children(incident_id, record)
        return incident_id

    def _update_incident(self, incident_id: int, record: IncidentRecord) -> None:
        values = self._columns(record)
        values["updated_at"] = _now()
        assignments = ", ".join(f"{name} = ?" for name in values)
        self._conn.execute(f"UPDATE incidents SET {assignments} WHERE id = ?",
                           (*values.values(), incident_id))
        self._write_children(incident_id, record)

    def _write_children(self, incident_id: int, record: IncidentRecord) -> None:
        """(Re)write the rows derived from the record: types and perpetrators."""
        conn = self._conn
        conn.execute("DELETE FROM incident_types WHERE incident_id = ?", (incident_id,))
        conn.execute("DELETE FROM perpetrators WHERE incident_id = ?", (incident_id,))
        for kind, attr in TYPE_KINDS.items():
            conn.executemany(
                "INSERT INTO incident_types(incident_id, kind, ordinal, label) VALUES (?, ?, ?, ?)",
                [(incident_id, kind, i, label)
                 for i, label in enumerate(getattr(record, attr), start=1)])
        conn.executemany(
            "INSERT INTO perpetrators(incident_id, name, age, nationality, record) VALUES (?, ?, ?, ?, ?)",
            [(incident_id, p.name, p.age, p.nationality, p.record) for p in record.perpetrators])

    def _link_source(self, incident_id: int, document_id: int, evidence: list[Evidence]) -> None:
        self._conn.execute(
            "INSERT OR IGNORE INTO incident_sources(incident_id, document_id) VALUES (?, ?)",
            (incident_id, document_id))
        self._conn.executemany(
            """INSERT OR IGNORE INTO evidence(incident_id, document_id, field, sentence, "start", "end")
               VALUES (?, ?, ?, ?, ?, ?)""",
            [(incident_id, document_id, e.field, e.sentence, e.start, e.end) for e in evidence])

    # -- reading incidents -------------------------------------------------------------

    def _where(self, flt: IncidentFilter) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if flt.since:
            clauses.append("i.date >= ?")
            params.append(flt.since.isoformat())
        if flt.until:
            clauses.append("i.date <= ?")
            params.append(flt.until.isoformat())
        if flt.country:
            clauses.append("i.country = ? COLLATE NOCASE")
            params.append(flt.country)
        for kind in TYPE_KINDS:
            value = getattr(flt, kind)
            if value:
                clauses.append(
                    """EXISTS (SELECT 1 FROM incident_types t WHERE t.incident_id = i.id
                               AND t.kind = ? AND t.label LIKE ? ESCAPE '\\')""")
                params += [kind, _like_escape(_type_label(kind, value)) + "%"]
        if flt.group:
            clauses.append("i.gname LIKE ? ESCAPE '\\'")
            params.append("%" + _like_escape(flt.group) + "%")
        if flt.text:
            clauses.append("i.summary LIKE ? ESCAPE '\\'")
            params.append("%" + _like_escape(flt.text) + "%")
        if flt.source:
            suffix = flt.source.replace("\\", "/").lstrip("/")
            clauses.append(
                """EXISTS (SELECT 1 FROM incident_sources s JOIN documents d ON d.id = s.document_id
                           WHERE s.incident_id = i.id
                           AND (replace(d.source, '\\', '/') = ?
                                OR substr(replace(d.source, '\\', '/'), -length(?)) = ?))""")
            params += [suffix, "/" + suffix, "/" + suffix]
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def incident(self, incident_id: int) -> Optional[StoredIncident]:
        rows = self._conn.execute(
            "SELECT * FROM incidents WHERE id = ?", (incident_id,)).fetchall()
        found = self._hydrate(rows, with_evidence=True)
        return found[0] if found else None

    def incident_by_eventid(self, eventid: str) -> Optional[StoredIncident]:
        rows = self._conn.execute(
            "SELECT * FROM incidents WHERE eventid = ?", (str(eventid),)).fetchall()
        found = self._hydrate(rows, with_evidence=True)
        return found[0] if found else None

    def incidents(self, since: Optional[date] = None, until: Optional[date] = None,
                  country: Optional[str] = None, attacktype: Optional[str] = None,
                  weaptype: Optional[str] = None, targtype: Optional[str] = None,
                  group: Optional[str] = None, text: Optional[str] = None,
                  source: Optional[str] = None, limit: Optional[int] = None, offset: int = 0,
                  with_evidence: bool = True) -> list[StoredIncident]:
        """Incidents in date order (undated last), filtered as IncidentFilter describes."""
        flt = IncidentFilter(since, until, country, attacktype, weaptype, targtype, group, text,
                             source)
        where, params = self._where(flt)
        sql = (f"SELECT i.* FROM incidents i{where} "
               "ORDER BY i.date IS NULL, i.date, i.id LIMIT ? OFFSET ?")
        rows = self._conn.execute(sql, (*params, -1 if limit is None else limit, offset)).fetchall()
        return self._hydrate(rows, with_evidence=with_evidence)

    def iter_incidents(self, batch: int = 500, **filters: Any) -> Iterator[StoredIncident]:
        """All matching incidents, read a batch at a time (for streaming exports)."""
        offset = 0
        while True:
            page = self.incidents(limit=batch, offset=offset, **filters)
            yield from page
            if len(page) < batch:
                return
            offset += batch

    def count_incidents(self, since: Optional[date] = None, until: Optional[date] = None,
                        country: Optional[str] = None, attacktype: Optional[str] = None,
                        weaptype: Optional[str] = None, targtype: Optional[str] = None,
                        group: Optional[str] = None, text: Optional[str] = None,
                        source: Optional[str] = None) -> int:
        flt = IncidentFilter(since, until, country, attacktype, weaptype, targtype, group, text,
                             source)
        where, params = self._where(flt)
        return self._conn.execute(f"SELECT COUNT(*) FROM incidents i{where}", params).fetchone()[0]

    def count_countries(self, **filters: Any) -> int:
        where, params = self._where(IncidentFilter(**filters))
        sql = f"SELECT COUNT(DISTINCT i.country COLLATE NOCASE) FROM incidents i{where}"
        return self._conn.execute(sql, params).fetchone()[0]

    def count_by(self, by: str, primary: bool = False, **filters: Any) -> list[tuple[str, int]]:
        """(label, incidents) pairs. For attack/weapon/target types an incident counts once
        under each of its types (one without any under '(none)'), or with `primary` only under
        its first type, so the counts add up to the number of incidents."""
        if by not in COUNT_DIMENSIONS:
            raise ValueError(f"cannot count by {by!r}; choose one of {', '.join(COUNT_DIMENSIONS)}")
        where, params = self._where(IncidentFilter(**filters))
        order = "ORDER BY 2 DESC, 1"
        if by in TYPE_KINDS and primary:
            sql = (f"SELECT COALESCE(i.{by}1, '{NONE_LABEL}'), COUNT(*) FROM incidents i"
                   f"{where} GROUP BY 1 {order}")
        elif by in TYPE_KINDS:
            sql = (f"SELECT COALESCE(t.label, '{NONE_LABEL}'), COUNT(DISTINCT i.id) FROM incidents i "
                   "LEFT JOIN incident_types t ON t.incident_id = i.id AND t.kind = ?"
                   f"{where} GROUP BY 1 {order}")
            params = [by, *params]
        else:
            label = {
                "country": "COALESCE(i.country, '(unknown)')",
                "group": "COALESCE(i.gname, 'Unknown')",
                "month": self._month_label_sql(),
            }[by]
            if by == "month":
                order = "ORDER BY 1"
            sql = f"SELECT {label}, COUNT(*) FROM incidents i{where} GROUP BY 1 {order}"
        return [(row[0], row[1]) for row in self._conn.execute(sql, params).fetchall()]

    @staticmethod
    def _month_label_sql() -> str:
        # Year-only dates have no month: 'YYYY-??' keeps them apart from January.
        return ("CASE WHEN i.date IS NULL THEN '(undated)' "
                "WHEN i.date_precision = 'year' THEN substr(i.date, 1, 4) || '-??' "
                "ELSE substr(i.date, 1, 7) END")

    def timeline(self, **filters: Any) -> list[tuple[str, str, int]]:
        """(YYYY-MM, attack type, incidents), an incident counted under each of its types."""
        where, params = self._where(IncidentFilter(**filters))
        sql = (f"SELECT {self._month_label_sql()}, COALESCE(t.label, '{NONE_LABEL}'), "
               "COUNT(DISTINCT i.id) FROM incidents i "
               "LEFT JOIN incident_types t ON t.incident_id = i.id AND t.kind = 'attacktype'"
               f"{where} GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2")
        return [(r[0], r[1], r[2]) for r in self._conn.execute(sql, params).fetchall()]

    def stats(self) -> StoreStats:
        row = self._conn.execute(
            """SELECT (SELECT COUNT(*) FROM documents), COUNT(*),
                      COUNT(DISTINCT country COLLATE NOCASE), MIN(date), MAX(date)
               FROM incidents""").fetchone()
        return StoreStats(documents=row[0], incidents=row[1], countries=row[2],
                          first_date=_from_iso(row[3]), last_date=_from_iso(row[4]))

    def _hydrate(self, rows: Iterable[sqlite3.Row], with_evidence: bool) -> list[StoredIncident]:
        incidents = [
            StoredIncident(id=r["id"], eventid=r["eventid"],
                           record=IncidentRecord.from_dict(json.loads(r["record_json"])),
                           created_at=r["created_at"], updated_at=r["updated_at"])
            for r in rows]
        by_id = {inc.id: inc for inc in incidents}
        ids = list(by_id)
        for chunk in _chunks(ids):
            marks = ", ".join("?" for _ in chunk)
            for r in self._conn.execute(
                    f"""SELECT s.incident_id, d.id, d.source, d.url, d.title, d.published
                        FROM incident_sources s JOIN documents d ON d.id = s.document_id
                        WHERE s.incident_id IN ({marks}) ORDER BY d.id""", chunk):
                by_id[r[0]].sources.append(SourceRef(document_id=r[1], source=r[2], url=r[3],
                                                     title=r[4], published=_from_iso(r[5])))
            if not with_evidence:
                continue
            for r in self._conn.execute(
                    f"""SELECT incident_id, document_id, field, sentence, "start", "end"
                        FROM evidence WHERE incident_id IN ({marks})
                        ORDER BY document_id, "start", field""", chunk):
                by_id[r[0]].evidence.append(StoredEvidence(field=r[2], sentence=r[3], start=r[4],
                                                           end=r[5], document_id=r[1]))
        return incidents

    def perpetrators(self, incident_id: int) -> list[Perpetrator]:
        rows = self._conn.execute(
            "SELECT name, age, nationality, record FROM perpetrators WHERE incident_id = ? ORDER BY id",
            (incident_id,)).fetchall()
        return [Perpetrator(name=r[0], age=r[1], nationality=r[2], record=r[3]) for r in rows]
