"""The one wire-dateline reader, on datelines as real wire services and FBIS transcripts write them."""
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from incidex.ingest.dateline import colon_datelines_allowed, parse_dateline

MUC4 = Path(__file__).resolve().parents[2] / "shared" / "data" / "muc4"


def test_fbis_dateline_with_source_and_header_tag():
    d = parse_dateline("SAN SALVADOR, 3 JAN 90 (RADIO CADENA NACIONAL) -- [TEXT] A BOMB EXPLODED")
    assert (d.city, d.date, d.agency, d.wire) == ("SAN SALVADOR", date(1990, 1, 3), "RADIO CADENA NACIONAL", True)
    assert d.end == len("SAN SALVADOR, 3 JAN 90 (RADIO CADENA NACIONAL) --")


def test_country_in_brackets_and_no_city():
    rome = parse_dateline("ROME (ITALY), 11 JAN 90 -- [INTERVIEW WITH RUBEN ZAMORA]")
    assert (rome.city, rome.country, rome.date) == ("ROME", "ITALY", date(1990, 1, 11))
    nowhere = parse_dateline("NO CITY (EL SALVADOR), 5 FEB 89 (FBIS) -- [EDITORIAL REPORT]")
    assert (nowhere.city, nowhere.country, nowhere.agency) == (None, "EL SALVADOR", "FBIS")


def test_agency_datelines_of_news_wires():
    abuja = parse_dateline("ABUJA, May 5, 2014 (AFP) - Boko Haram claimed the kidnapping")
    assert (abuja.city, abuja.date, abuja.agency, abuja.wire) == ("ABUJA", date(2014, 5, 5), "AFP", False)
    paris = parse_dateline("PARIS, March 24 (Reuters) - French police said")
    assert (paris.city, paris.day, paris.month, paris.year) == ("PARIS", 24, 3, None)
    charleston = parse_dateline("CHARLESTON, S.C. - A white gunman opened fire")
    assert (charleston.city, charleston.place) == ("CHARLESTON", "CHARLESTON, S.C.")
    bamako = parse_dateline("BAMAKO, Monday 18 March 2024 - Gunmen on motorcycles killed nine people")
    assert (bamako.city, bamako.date) == ("BAMAKO", date(2024, 3, 18))  # the weekday before its date


def test_agencies_named_without_brackets_or_dash():
    ahvaz = parse_dateline("Ahvaz, Sept 22, IRNA – Twenty-five people were martyred")
    assert (ahvaz.city, ahvaz.day, ahvaz.month, ahvaz.agency) == ("Ahvaz", 22, 9, "IRNA")
    srinagar = parse_dateline("Srinagar, Jun 14 (PTI) Senior journalist Shujaat Bukhari was shot dead")
    assert (srinagar.city, srinagar.day, srinagar.month, srinagar.agency) == ("Srinagar", 14, 6, "PTI")
    assert srinagar.end == len("Srinagar, Jun 14 (PTI) ")
    # where the bare agency begins, so the parser can read the dateline as a sentence of its own
    assert (ahvaz.bare_agency_start, srinagar.bare_agency_start) == (len("Ahvaz, Sept 22"), len("Srinagar, Jun 14"))
    assert parse_dateline("ABUJA, May 5, 2014 (AFP) - Boko Haram claimed").bare_agency_start is None
    # an agency the list does not know, without brackets, makes no dateline of a sentence
    assert parse_dateline("Paris, March 24, police said - the attacker fled") is None


def test_the_city_offsets_point_into_the_text():
    text = "  [TEXT] LIMA, 10 JAN 90 (EFE) -- GUERRILLAS ATTACKED"
    d = parse_dateline(text)
    assert text[d.city_start:d.city_end] == "LIMA"


@pytest.mark.parametrize("text", [
    "The attack - which nobody claimed - killed two.",
    "He said - no more.",
    "Section 5 - definitions",
    "Police said the bomb, 3 kg of TATP, was found",
    "",
])
def test_ordinary_sentences_are_not_datelines(text):
    assert parse_dateline(text) is None


@given(st.text(max_size=200))
def test_any_text_gives_a_dateline_or_none(text):
    d = parse_dateline(text)
    assert d is None or (0 <= d.city_start <= d.city_end <= d.end <= len(text))


@pytest.mark.skipif(not MUC4.exists(), reason="shared MUC-4 data not present")
def test_muc4_datelines_agree_with_the_distribution():
    """The `dateline` field of each MUC-4 record (taken from the original distribution's own
    dateline files, not from the text) names the city and date the parser reads off the text."""
    checked = 0
    for line in (MUC4 / "gtt" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        key = row.get("dateline") or "NO DATE"
        if "NO DATE" in key:
            continue
        from_text, from_key = parse_dateline(row["text"]), parse_dateline(key + " --")
        assert from_text is not None and from_text.wire, row["docid"]
        assert (from_text.city, from_text.date) == (from_key.city, from_key.date), row["docid"]
        checked += 1
    assert checked >= 150


def test_dateline_on_a_line_of_its_own_ends_with_its_agency():
    dateline = parse_dateline("Lagos, 6 May 2014 (Reuters)\n\nBoko Haram leader Abubakar Shekau said ...")
    assert (dateline.city, dateline.date, dateline.agency) == ("Lagos", date(2014, 5, 6), "Reuters")
    # without the agency (or a dash) a line ending in brackets is no dateline
    assert parse_dateline("ROME (ITALY)\n\nThe attack ...") is None
    assert parse_dateline("Attack in Kabul, 3 dead (Reuters)\n") is None


def test_a_story_filed_from_two_cities():
    dateline = parse_dateline("BAMAKO/OUAGADOUGOU, Aug 29 (Reuters) - Al Qaeda-affiliated militants killed")
    assert (dateline.city, dateline.place, dateline.day, dateline.month, dateline.agency) == (
        "BAMAKO", "BAMAKO/OUAGADOUGOU", 29, 8, "Reuters")
    assert (dateline.city_start, dateline.city_end) == (0, 6)


def test_a_press_release_names_its_issuing_city_in_brackets():
    release = parse_dateline("(Nairobi) – Armed Islamist fighters killed at least 132 civilians")
    assert (release.city, release.bracketed, release.date) == ("Nairobi", True, None)
    assert release.end == len("(Nairobi) – ")
    # an agency alone in brackets names no place
    assert parse_dateline("(Reuters) - Gunmen attacked a hotel") is None
    # a rights group's release gives its date in the brackets too
    dated = parse_dateline("(Dakar, March 15, 2023) – Islamist armed groups have killed hundreds")
    assert (dated.city, dated.bracketed, dated.date) == ("Dakar", True, date(2023, 3, 15))
    assert dated.end == len("(Dakar, March 15, 2023) – ")
    assert parse_dateline("(Reuters, March 15, 2023) – Gunmen attacked a hotel") is None


def test_a_date_inside_the_agencys_bracket():
    dateline = parse_dateline("COTABATO CITY (MindaNews / 16 January) — A homemade bomb exploded")
    assert (dateline.city, dateline.agency, dateline.month, dateline.day, dateline.year) == (
        "COTABATO CITY", "MindaNews / 16 January", 1, 16, None)


def test_tass_writes_its_name_between_slashes_and_ends_with_a_full_stop():
    d = parse_dateline("MOSCOW, March 29. /TASS/. Two female suicide bombers blew themselves up")
    assert (d.city, d.month, d.day, d.agency) == ("MOSCOW", 3, 29, "TASS")
    assert "Two female" in "MOSCOW, March 29. /TASS/. Two female suicide bombers"[d.end:]


def test_dateline_closed_by_a_colon_after_its_year():
    text = "Raipur, April 26, 2023: Ten personnel of the District Reserve Guard were killed."
    found = parse_dateline(text, colon_closed=True)
    assert (found.city, found.date) == ("Raipur", date(2023, 4, 26))
    # only where the caller allows it: the same shape labels a brief's items
    assert parse_dateline(text) is None
    assert colon_datelines_allowed([text, "Police said the blast hit a vehicle."])
    assert not colon_datelines_allowed(["Kabul (Afghanistan), 5 May 2022: An explosion at a mosque.",
                                        "Mogadishu (Somalia), 6 May 2022: No incidents reported."])
    # a label that opens a line the same way is no city
    assert parse_dateline("Update, 15 February 2025: A 37-year-old woman has died in hospital.", colon_closed=True) is None


def test_a_yearless_dateline_closed_by_a_colon():
    # "Srinagar, Jan 2: Two children ...": an Indian daily's dateline without its year, read only
    # where the caller allows colon-closed datelines
    text = "Srinagar, Jan 2: Two children were killed when an IED went off."
    found = parse_dateline(text, colon_closed=True)
    assert (found.city, found.month, found.day, found.year) == ("Srinagar", 1, 2, None)
    assert text[found.end:].lstrip().startswith("Two children")
    assert parse_dateline(text) is None


def test_a_mixed_case_city_and_country_before_a_long_dash():
    found = parse_dateline("Baghdad, Iraq — Eleven fighters of the Popular Mobilisation Forces were killed")
    assert (found.city, found.day) == ("Baghdad", None)
    # neither a country alone, two countries nor a short hyphen opens a story so
    assert parse_dateline("Iraq, Syria — fighting went on") is None
    assert parse_dateline("Section 5, Iraq - the annex") is None


def test_a_spanish_wires_point_before_the_dash_closes_the_dateline():
    text = "BOGOTA, Jan 26 (EFE).- A car bomb exploded on Wednesday outside a military base."
    found = parse_dateline(text)
    assert (found.city, found.month, found.day) == ("BOGOTA", 1, 26)
    assert text[found.end:].lstrip().startswith("A car bomb")


def test_a_release_names_its_issuer_in_the_brackets():
    # "Geneva (ICRC) - ...": the issuer, not Geneva's country; "Kabul (Afghanistan)" stays a country
    d = parse_dateline("Geneva (ICRC) - The International Committee of the Red Cross is in a state of shock.")
    assert (d.city, d.country, d.agency) == ("Geneva", None, "ICRC")
    d = parse_dateline("Geneva (Reuters) - The International Committee of the Red Cross said on Tuesday.")
    assert (d.city, d.agency) == ("Geneva", "Reuters")
    assert parse_dateline("Kabul (Afghanistan) - a bomb went off.") is None
