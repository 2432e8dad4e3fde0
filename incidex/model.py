"""The typed objects that flow between pipeline stages.

ingest -> Document; nlp -> spaCy Doc; extract -> IncidentRecord (raw slots);
normalize fills codebook labels / places / dates; store keeps IncidentRecords and
their sources. Every stage takes and returns these dataclasses, nothing else, so
each can be tested alone.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal, Optional

DatePrecision = Literal["day", "month", "year"]
MentionRole = Literal["main", "list", "background"]

# GTD's gname when a report does not know who did it
UNKNOWN_GROUP = "Unknown"


def names_a_group(gname: Optional[str]) -> bool:
    """Does the record name who did it (not None, not GTD's "Unknown")?"""
    return gname not in (None, UNKNOWN_GROUP)


@dataclass
class Document:
    """One report as read from disk (or posted to the API)."""

    text: str
    source: str  # file path, jsonl "source" or API name: where it came from
    content_hash: str  # sha256 of the normalised text: the identity of the document
    published: Optional[date] = None  # the report's own date (not the page-copy date)
    published_from: str = "none"  # "metadata" | "text" | "argument" | "none"
    url: Optional[str] = None
    title: Optional[str] = None
    docid: Optional[str] = None  # identifier given by the input (jsonl "docid"), if any


@dataclass
class Skipped:
    """An input that could not be read as a document, with the reason in plain words."""

    source: str
    reason: str


@dataclass
class Evidence:
    """A sentence of the document that supports the value of one field."""

    field: str  # e.g. "nkill", "date", "city", "gname"
    sentence: str
    start: int  # character offsets of the sentence in Document.text
    end: int


@dataclass
class Perpetrator:
    name: Optional[str] = None
    age: Optional[int] = None
    nationality: Optional[str] = None  # country name, e.g. "Morocco" (from "Moroccan")
    record: Optional[str] = None  # criminal record / prior history, as stated


@dataclass
class Place:
    country: Optional[str] = None  # GTD country_txt, e.g. "United States"
    region: Optional[str] = None  # GTD region_txt, e.g. "Western Europe"
    provstate: Optional[str] = None
    city: Optional[str] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    specificity: Optional[int] = None  # GTD: 1 = city point ... 5 = unknown
    geonameid: Optional[int] = None


@dataclass
class IncidentRecord:
    """One incident coded in GTD terms. Labels are the GTD's own *_txt strings."""

    # when
    date: Optional[date] = None
    date_precision: Optional[DatePrecision] = None
    approxdate: Optional[str] = None
    # where
    place: Place = field(default_factory=Place)
    # what
    attacktypes: list[str] = field(default_factory=list)  # up to 3, primary first
    weaptypes: list[str] = field(default_factory=list)  # up to 4
    weapsubtypes: list[str] = field(default_factory=list)
    weapdetail: Optional[str] = None
    targtypes: list[str] = field(default_factory=list)
    targsubtypes: list[str] = field(default_factory=list)
    target1: Optional[str] = None
    natlty1: Optional[str] = None
    # who
    gname: Optional[str] = None
    gname2: Optional[str] = None
    inspired: bool = False  # "ISIS-inspired" lone actor, not a directed attack
    perpetrators: list[Perpetrator] = field(default_factory=list)
    nperps: Optional[int] = None
    claimed: Optional[int] = None
    claimmode: Optional[str] = None  # GTD claimmode_txt, e.g. "Posted to website, blog, etc."
    claim_channel: Optional[str] = None  # e.g. "Amaq News Agency"
    motive: Optional[str] = None
    demands: Optional[str] = None
    # outcome
    suicide: Optional[int] = None
    success: Optional[int] = None
    multiple: Optional[int] = None
    nkill: Optional[int] = None
    nkillter: Optional[int] = None
    nwound: Optional[int] = None
    nwoundte: Optional[int] = None
    ishostkid: Optional[int] = None
    nhostkid: Optional[int] = None
    ransom: Optional[int] = None  # 1: a ransom was demanded; None: not stated (GTD -9)
    ransomamt: Optional[float] = None  # in US dollars, as GTD records it; only when stated in dollars
    ransomnote: Optional[str] = None  # the sentence that states the ransom
    # text
    summary: Optional[str] = None
    role: MentionRole = "main"
    evidence: list[Evidence] = field(default_factory=list)
    # strings from the text per MUC role: perpetrator, group, target, victim, weapon
    mentions: dict[str, list[str]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["date"] = self.date.isoformat() if self.date else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "IncidentRecord":
        data = dict(data)
        if data.get("date"):
            data["date"] = date.fromisoformat(data["date"])
        data["place"] = Place(**(data.get("place") or {}))
        data["perpetrators"] = [Perpetrator(**p) for p in data.get("perpetrators") or []]
        data["evidence"] = [Evidence(**e) for e in data.get("evidence") or []]
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})

    def add_evidence(self, field_name: str, sentence: str, start: int, end: int) -> None:
        if not any(e.field == field_name and e.start == start for e in self.evidence):
            self.evidence.append(Evidence(field_name, sentence, start, end))
