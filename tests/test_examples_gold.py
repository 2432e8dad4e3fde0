"""Checks that the example corpus in examples/ is well formed.

Every example report has a hand-coded gold file; these tests keep the gold files
in the format of the seed gold (shared/data/seed/gold.json), keep every label a
GTD label verbatim, and keep the gold consistent with its own document (a city,
a perpetrator or a date that the text cannot support is a coding error).
"""
from __future__ import annotations

import json
import re
from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

ATTACK_TYPES = {
    "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
    "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
    "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown",
}
WEAPON_TYPES = {
    "Biological", "Chemical", "Radiological", "Nuclear", "Firearms", "Explosives",
    "Fake Weapons", "Incendiary", "Melee",
    "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)",
    "Sabotage Equipment", "Other", "Unknown",
}
TARGET_TYPES = {
    "Business", "Government (General)", "Police", "Military", "Abortion Related",
    "Airports & Aircraft", "Government (Diplomatic)", "Educational Institution",
    "Food or Water Supply", "Journalists & Media",
    "Maritime (includes ports and maritime facilities)", "NGO", "Other",
    "Private Citizens & Property", "Religious Figures/Institutions", "Telecommunication",
    "Terrorists/Non-State Militia", "Tourists", "Transportation", "Unknown", "Utilities",
    "Violent Political Party",
}
# GTD country_txt names used by the examples (GTD spells some differently from common usage).
GTD_COUNTRIES = {
    "United Kingdom", "United States", "France", "Germany", "West Germany (FRG)", "Belgium",
    "Turkey", "Australia", "New Zealand", "Peru", "Nigeria", "Somalia", "Burkina Faso", "Mali",
    "Pakistan", "Afghanistan",
}
LABEL_SETS = {"attacktypes": ATTACK_TYPES, "weaptypes": WEAPON_TYPES, "targtypes": TARGET_TYPES}
TOP_KEYS = {"document", "notes", "publication_date", "incidents", "optional_incidents", "negatives"}
INCIDENT_KEYS = {"id", "date", "country", "city", "attacktypes", "weaptypes", "targtypes", "nkill", "gname"}
HOSTAGE_TYPES = {"Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)", "Hijacking"}

GOLD_FILES = sorted(EXAMPLES.glob("*.gold.json"))


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def document_text(name: str) -> str:
    """The readable text of an example: tags stripped for HTML, item texts joined for JSON lines."""
    raw = (EXAMPLES / name).read_text(encoding="utf-8")
    if name.endswith(".jsonl"):
        return "\n\n".join(json.loads(line)["text"] for line in raw.splitlines() if line.strip())
    if name.endswith(".html"):
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        return re.sub(r"<[^>]+>", " ", raw)
    return raw


def _iso(value: str) -> date:
    """A full ISO date; month ('2015-01') and year ('1980') precision are padded for comparison."""
    parts = value.split("-")
    while len(parts) < 3:
        parts.append("01")
    return date.fromisoformat("-".join(parts))


def test_corpus_has_at_least_fourteen_examples():
    assert len(GOLD_FILES) >= 14


def test_every_example_file_has_a_gold_file():
    documents = {_load(p)["document"] for p in GOLD_FILES}
    reports = {p.name for p in EXAMPLES.iterdir()
               if p.suffix in {".txt", ".html", ".md", ".jsonl"} and p.name != "README.md"}
    assert reports == documents


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_file_shape(path: Path):
    gold = _load(path)
    assert TOP_KEYS <= set(gold), TOP_KEYS - set(gold)
    assert (EXAMPLES / gold["document"]).is_file()
    assert path.name == gold["document"].rsplit(".", 1)[0] + ".gold.json"
    date.fromisoformat(gold["publication_date"])
    assert all(isinstance(n, str) and n for n in gold["negatives"] + gold["notes"])
    ids = [i["id"] for i in gold["incidents"] + gold["optional_incidents"]]
    assert len(ids) == len(set(ids)), "incident ids must be unique"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_labels_are_gtd_labels(path: Path):
    for incident in _load(path)["incidents"]:
        assert INCIDENT_KEYS <= set(incident), (incident["id"], INCIDENT_KEYS - set(incident))
        assert incident["country"] in GTD_COUNTRIES, incident["country"]
        for field, allowed in LABEL_SETS.items():
            labels = incident[field] + incident.get(f"{field}_also_accepted", [])
            unknown = [label for label in labels if label not in allowed]
            assert not unknown, (incident["id"], field, unknown)
        assert 1 <= len(incident["attacktypes"]) <= 3


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_is_consistent_with_its_document(path: Path):
    gold = _load(path)
    text = document_text(gold["document"]).lower()
    published = date.fromisoformat(gold["publication_date"])
    for incident in gold["incidents"]:
        assert _iso(incident["date"]) <= published, incident["id"]
        assert any(city.lower() in text for city in incident["city"]), incident["id"]
        for name in incident.get("perpetrators", []):
            assert name.lower() in text, (incident["id"], name)
        nkill, nkillter = incident.get("nkill"), incident.get("nkillter")
        if isinstance(nkill, int) and isinstance(nkillter, int):
            assert nkillter <= nkill, incident["id"]
        if incident.get("hostages"):
            assert HOSTAGE_TYPES & set(incident["attacktypes"]), incident["id"]
        if "nhostkid" in incident:
            assert incident.get("hostages") is True, incident["id"]
    for optional in gold["optional_incidents"]:
        assert optional.get("date_precision") in {"month", "year"}
        assert _iso(optional["date"]) <= published


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_report_length_is_news_sized(path: Path):
    words = len(document_text(_load(path)["document"]).split())
    assert 150 <= words <= 700, words


def test_jsonl_items_have_text_and_publication_dates():
    for path in EXAMPLES.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            assert item["text"].strip()
            date.fromisoformat(item["published"][:10])
