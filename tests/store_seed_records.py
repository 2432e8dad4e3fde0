"""Hand-coded IncidentRecords for the seed report (from its gold file), shared by the
store / query / export / evaluation tests. Evidence points at real sentences of the seed."""
from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import Path

from incidex.model import Document, Evidence, IncidentRecord, Perpetrator, Place

SEED_PATH = Path("/work/shared/seeds/000_9d89ff7a1776516b.txt")
GOLD_PATH = Path("/work/shared/data/seed/gold.json")
VEHICLE = "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)"


def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


def make_document(text: str, source: str, published: date | None = None) -> Document:
    return Document(text=text, source=source,
                    content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                    published=published, published_from="text" if published else "none")


def seed_document() -> Document:
    return make_document(seed_text(), str(SEED_PATH), published=date(2018, 3, 26))


def _evidence(text: str, field: str, phrase: str) -> Evidence:
    """The sentence of `text` that contains `phrase`, with its offsets."""
    at = text.index(phrase)
    starts = [m.end() for m in re.finditer(r"[.!?]\s+|\n", text[:at])]
    start = starts[-1] if starts else 0
    stop = re.search(r"[.!?](?=\s|$)|\n", text[at:])
    end = at + stop.end() if stop else len(text)
    return Evidence(field, text[start:end].strip(), start, end)


def seed_records(text: str | None = None) -> list[IncidentRecord]:
    text = seed_text() if text is None else text
    isis = "Islamic State of Iraq and the Levant (ISIL)"
    return [
        IncidentRecord(
            date=date(2018, 3, 23), date_precision="day",
            place=Place(country="France", region="Western Europe", provstate="Occitanie",
                        city="Trèbes", latitude=43.2106, longitude=2.4419, specificity=1),
            attacktypes=["Armed Assault", "Hostage Taking (Barricade Incident)"],
            weaptypes=["Firearms", "Melee"], targtypes=["Business", "Police"],
            gname=isis, inspired=True, claimed=1, claim_channel="Amaq News Agency",
            perpetrators=[Perpetrator(name="Redouane Lakdim", age=25, nationality="Morocco",
                                      record="criminal record")],
            nkill=5, nkillter=1, nwound=15, nwoundte=0, ishostkid=1, nhostkid=1,
            summary="03/23/2018: A gunman killed four people in Carcassonne and Trèbes, France.",
            evidence=[_evidence(text, "date", "On March 23, 2018"),
                      _evidence(text, "nwound", "Another 15 people were wounded"),
                      _evidence(text, "perpetrators", "Redouane Lakdim, 25")],
        ),
        IncidentRecord(
            date=date(2017, 10, 1), date_precision="day",
            place=Place(country="France", region="Western Europe", city="Marseille",
                        latitude=43.3026, longitude=5.3806),
            attacktypes=["Armed Assault"], weaptypes=["Melee"],
            targtypes=["Private Citizens & Property"], gname=isis, claimed=1,
            nkill=3, nkillter=1, nwound=0,
            summary="10/01/2017: Two women were stabbed to death at the Marseille train station.",
            evidence=[_evidence(text, "nkill", "were stabbed to death at the main train station")],
        ),
        IncidentRecord(
            date=date(2017, 10, 1), date_precision="day",
            place=Place(country="Canada", provstate="Alberta", city="Edmonton",
                        latitude=53.5461, longitude=-113.4938),
            attacktypes=["Unarmed Assault", "Armed Assault"], weaptypes=[VEHICLE, "Melee"],
            targtypes=["Police", "Private Citizens & Property"],
            gname="Jihadi-inspired extremists", claimed=0,
            nkill=0, nkillter=0, nwound=5, nwoundte=0,
            summary="10/01/2017: A man rammed a police officer and pedestrians in Edmonton.",
        ),
        IncidentRecord(
            date=date(2017, 10, 31), date_precision="day",
            place=Place(country="United States", provstate="New York", city="New York City",
                        latitude=40.7168, longitude=-74.0133),
            attacktypes=["Unarmed Assault"], weaptypes=[VEHICLE],
            targtypes=["Private Citizens & Property"], gname=isis, claimed=1,
            nkill=8, nkillter=0, nwound=11, nwoundte=1,
            summary="10/31/2017: A rented pickup truck was driven into a bicycle path in Manhattan.",
        ),
        IncidentRecord(
            date=date(2017, 12, 11), date_precision="day",
            place=Place(country="United States", provstate="New York", city="New York City",
                        latitude=40.7570, longitude=-73.9903),
            attacktypes=["Bombing/Explosion"], weaptypes=["Explosives"],
            targtypes=["Transportation"], gname=isis, claimed=1, suicide=1,
            nkill=0, nkillter=0, nwound=4, nwoundte=1,
            summary="12/11/2017: An IED exploded in a subway passageway in Manhattan.",
        ),
        IncidentRecord(
            date=date(2017, 12, 27), date_precision="day",
            place=Place(country="Russia", provstate="Saint Petersburg", city="Saint Petersburg",
                        latitude=59.9311, longitude=30.3609),
            attacktypes=["Bombing/Explosion"], weaptypes=["Explosives"], targtypes=["Business"],
            gname=isis, claimed=1, nkill=0, nkillter=0, nwound=18, nwoundte=0,
            summary="12/27/2017: An IED exploded in a supermarket in St. Petersburg.",
        ),
        IncidentRecord(
            date=date(2018, 2, 9), date_precision="day",
            place=Place(country="Australia", provstate="Victoria", city="Melbourne"),
            attacktypes=["Armed Assault"], weaptypes=["Melee"],
            targtypes=["Private Citizens & Property"], gname="Jihadi-inspired extremists",
            perpetrators=[Perpetrator(name="Momena Shoma", age=24, nationality="Bangladesh")],
            nkill=0, nkillter=0, nwound=1, nwoundte=0,
            summary="02/09/2018: A student stabbed the owner of her apartment in Melbourne.",
        ),
    ]


def paris_background_record() -> IncidentRecord:
    """The Bataclan attack, mentioned with month precision only."""
    return IncidentRecord(
        date=date(2015, 11, 1), date_precision="month",
        place=Place(country="France", city="Paris"), attacktypes=["Armed Assault"],
        nkill=89, role="background")
