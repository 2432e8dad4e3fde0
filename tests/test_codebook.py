"""The GTD codebook data and its lookups (incidex.normalize.codebook)."""
import json
from pathlib import Path

import pytest

from incidex.normalize import codebook

_ROOT = Path(__file__).resolve().parents[1]
# shared/ sits beside the checkout here and inside it on the device machine.
GOLD = next(
    (p for p in (_ROOT.parent / "shared", _ROOT / "shared") if (p / "data/seed/gold.json").exists()),
    _ROOT / "shared",
) / "data" / "seed" / "gold.json"


@pytest.mark.parametrize(
    "kind, label, code",
    [
        ("attacktype", "Assassination", 1),
        ("attacktype", "Armed Assault", 2),
        ("attacktype", "Bombing/Explosion", 3),
        ("attacktype", "Hostage Taking (Barricade Incident)", 5),
        ("attacktype", "Hostage Taking (Kidnapping)", 6),
        ("attacktype", "Unarmed Assault", 8),
        ("weaptype", "Firearms", 5),
        ("weaptype", "Explosives", 6),
        ("weaptype", "Melee", 9),
        ("weaptype", "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)", 10),
        ("weapsubtype", "Automatic or Semi-Automatic Rifle", 2),
        ("weapsubtype", "Unknown Gun Type", 5),
        ("weapsubtype", "Vehicle", 15),
        ("weapsubtype", "Unknown Explosive Type", 16),
        ("weapsubtype", "Knife or Other Sharp Object", 23),
        ("weapsubtype", "Sticky Bomb", 29),
        ("weapsubtype", "Pipe Bomb", 31),
        ("targtype", "Private Citizens & Property", 14),
        ("targtype", "Police", 3),
        ("targtype", "Transportation", 19),
        ("targtype", "Violent Political Party", 22),
        ("targsubtype", "Retail/Grocery/Bakery", 7),
        ("targsubtype", "Police Patrol (including vehicles and convoys)", 23),
        ("targsubtype", "Police Security Forces/Officers", 25),
        ("targsubtype", "Unnamed Civilian/Unspecified", 67),
        ("targsubtype", "Marketplace/Plaza/Square", 74),
        ("targsubtype", "Bus (excluding tourists)", 99),
        ("targsubtype", "Electricity", 107),
        ("region", "Western Europe", 8),
        ("region", "Middle East & North Africa", 10),
        ("region", "Australasia & Oceania", 12),
        ("claimmode", "Posted to website, blog, etc.", 7),
        ("claimmode", "Personal claim", 8),
        ("propextent", "Minor (likely < $1 million)", 3),
        ("hostkidoutcome", "Hostage(s) released by perpetrators", 2),
        ("alternative", "Insurgency/Guerilla Action", 1),
    ],
)
def test_known_labels_have_their_gtd_codes(kind, label, code):
    assert codebook.code(kind, label) == code
    assert codebook.label(kind, code) == label


@pytest.mark.parametrize("kind", codebook.KINDS)
def test_every_entry_round_trips_and_labels_are_unique(kind):
    labels = codebook.labels(kind)
    assert labels, kind
    assert len(set(labels)) == len(labels)
    for lab in labels:
        assert codebook.label(kind, codebook.code(kind, lab)) == lab


def test_kind_sizes_match_the_codebook():
    assert len(codebook.labels("attacktype")) == 9
    assert len(codebook.labels("weaptype")) == 13
    assert len(codebook.labels("targtype")) == 22
    assert len(codebook.labels("region")) == 12
    assert len(codebook.labels("claimmode")) == 10
    assert len(codebook.labels("hostkidoutcome")) == 7
    assert len(codebook.labels("propextent")) == 4
    assert len(codebook.labels("alternative")) == 5
    assert len(codebook.labels("specificity")) == 5


def test_every_subtype_has_an_existing_parent():
    for sub in codebook.labels("weapsubtype"):
        assert codebook.parent_weaptype(sub) in codebook.labels("weaptype"), sub
    for sub in codebook.labels("targsubtype"):
        assert codebook.parent_targtype(sub) in codebook.labels("targtype"), sub


def test_subtype_parents():
    assert codebook.parent_weaptype("Knife or Other Sharp Object") == "Melee"
    assert codebook.parent_weaptype("Vehicle") == "Explosives"  # a car bomb, not a ramming
    assert codebook.parent_weaptype("Molotov Cocktail/Petrol Bomb") == "Incendiary"
    assert codebook.parent_weaptype("Handgun") == "Firearms"
    assert codebook.parent_targtype("Police Patrol (including vehicles and convoys)") == "Police"
    assert codebook.parent_targtype("Restaurant/Bar/Café") == "Business"
    assert codebook.parent_targtype("Subway") == "Transportation"
    assert codebook.parent_targtype("Place of Worship") == "Religious Figures/Institutions"
    assert "Knife or Other Sharp Object" in codebook.subtypes("weapsubtype", "Melee")
    assert "Grenade" not in codebook.subtypes("weapsubtype", "Melee")


def test_lookups_ignore_case_spacing_and_column_suffixes():
    assert codebook.code("targtype", "private citizens &property") == 14
    assert codebook.code("attacktype1_txt", "bombing / explosion") == 3
    assert codebook.code("weapsubtype2", "KNIFE OR OTHER SHARP OBJECT") == 23
    assert codebook.label("targtype1", 3) == "Police"
    assert codebook.code("natlty1", "France") == 69


def test_older_release_labels_map_to_current_ones():
    assert codebook.code("weaptype", "Explosives/Bombs/Dynamite") == 6
    assert codebook.canonical("weapsubtype", "Automatic Weapon") == "Automatic or Semi-Automatic Rifle"
    assert codebook.canonical("targtype", "Transportation (other than aviation)") == "Transportation"
    assert codebook.canonical("weaptype", "vehicle") == codebook.label("weaptype", 10)


def test_unknown_input_returns_none_and_never_raises():
    assert codebook.code("attacktype", "Teleportation") is None
    assert codebook.code("no_such_kind", "Armed Assault") is None
    assert codebook.code("attacktype", None) is None
    assert codebook.label("weaptype", 99) is None
    assert codebook.label("weaptype", "six") is None
    assert codebook.labels("no_such_kind") == []
    assert codebook.parent_weaptype("Laser") is None
    assert codebook.parent_targtype(None) is None
    assert codebook.region_of("Atlantis") is None
    assert codebook.country_code("Atlantis") is None
    assert codebook.country_from_iso2("ZZ") is None
    assert codebook.country_from_iso2(None) is None


@pytest.mark.parametrize(
    "country, code, region",
    [
        ("United States", 217, "North America"),
        ("France", 69, "Western Europe"),
        ("Russia", 167, "Eastern Europe"),
        ("Canada", 38, "North America"),
        ("Australia", 14, "Australasia & Oceania"),
        ("United Kingdom", 603, "Western Europe"),
        ("Germany", 75, "Western Europe"),
        ("Iraq", 95, "Middle East & North Africa"),
        ("Afghanistan", 4, "South Asia"),
        ("Pakistan", 153, "South Asia"),
        ("India", 92, "South Asia"),
        ("Nigeria", 147, "Sub-Saharan Africa"),
        ("Colombia", 45, "South America"),
        ("Peru", 159, "South America"),
        ("El Salvador", 61, "Central America & Caribbean"),
        ("Guatemala", 83, "Central America & Caribbean"),
        ("Philippines", 160, "Southeast Asia"),
        ("Somalia", 182, "Sub-Saharan Africa"),
        ("West Bank and Gaza Strip", 155, "Middle East & North Africa"),
        ("South Sudan", 1004, "Sub-Saharan Africa"),
    ],
)
def test_country_codes_and_regions(country, code, region):
    assert codebook.country_code(country) == code
    assert codebook.region_of(country) == region
    assert codebook.label("country", code) == country


def test_every_country_has_an_existing_region_and_unique_codes():
    codes, iso2s = [], []
    for country in codebook.countries():
        assert codebook.region_of(country) in codebook.labels("region"), country
        if codebook.country_code(country) is not None:
            codes.append(codebook.country_code(country))
        if codebook.iso2_of(country):
            iso2s.append(codebook.iso2_of(country))
            assert codebook.country_from_iso2(codebook.iso2_of(country)) == country
            assert codebook.country_from_iso3(codebook.iso3_of(country)) == country
    assert len(codes) == len(set(codes))
    assert len(iso2s) == len(set(iso2s))
    assert len(codes) >= 205  # every country_txt of the GTD 1970-2017 release


def test_geonames_country_codes_map_to_gtd_names():
    assert codebook.country_from_iso2("GB") == "United Kingdom"
    assert codebook.country_from_iso2("us") == "United States"
    assert codebook.country_from_iso2("CI") == "Ivory Coast"
    assert codebook.country_from_iso2("PS") == "West Bank and Gaza Strip"
    assert codebook.country_from_iso2("CD") == "Democratic Republic of the Congo"
    assert codebook.country_from_iso2("BA") == "Bosnia-Herzegovina"
    assert codebook.country_from_iso2("XK") == "Kosovo"
    assert codebook.country_from_iso2("PR") == "United States"  # GTD files Puerto Rico under the US
    assert codebook.iso2_of("Soviet Union") is None  # historical: no modern code points at it
    assert codebook.country_code("Oman") is None and codebook.region_of("Oman") == "Middle East & North Africa"


@pytest.mark.skipif(not GOLD.exists(), reason="seed gold not available")
def test_seed_gold_uses_only_codebook_labels():
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    for incident in gold["incidents"]:
        assert codebook.country_code(incident["country"]) is not None
        for field, kind in (("attacktypes", "attacktype"), ("weaptypes", "weaptype"), ("targtypes", "targtype")):
            for lab in incident.get(field, []) + incident.get(f"{field}_also_accepted", []):
                assert codebook.label(kind, codebook.code(kind, lab)) == lab, (incident["id"], lab)
