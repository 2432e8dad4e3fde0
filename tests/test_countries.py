"""Country names, abbreviations and demonyms -> GTD country_txt (incidex.normalize.countries)."""
import pytest

from incidex.normalize import codebook, countries


@pytest.mark.parametrize(
    "name, country",
    [
        ("USA", "United States"),
        ("U.S.", "United States"),
        ("US", "United States"),
        ("America", "United States"),
        ("United States of America", "United States"),
        ("the United States", "United States"),
        ("Britain", "United Kingdom"),
        ("UK", "United Kingdom"),
        ("England", "United Kingdom"),
        ("Northern Ireland", "United Kingdom"),
        ("Russian Federation", "Russia"),
        ("Republic of Korea", "South Korea"),
        ("Côte d'Ivoire", "Ivory Coast"),
        ("Cote d\u2019Ivoire", "Ivory Coast"),
        ("DR Congo", "Democratic Republic of the Congo"),
        ("Bosnia and Herzegovina", "Bosnia-Herzegovina"),
        ("Czechia", "Czech Republic"),
        ("Slovakia", "Slovak Republic"),
        ("North Macedonia", "Macedonia"),
        ("Burma", "Myanmar"),
        ("Eswatini", "Swaziland"),
        ("Timor-Leste", "East Timor"),
        ("Gaza", "West Bank and Gaza Strip"),
        ("Palestine", "West Bank and Gaza Strip"),
        ("Syrian Arab Republic", "Syria"),
        ("Holland", "Netherlands"),
        ("france", "France"),
        ("FRA", "France"),
        ("Moroccan", "Morocco"),
    ],
)
def test_normalize_country(name, country):
    assert countries.normalize_country(name) == country


@pytest.mark.parametrize("name", ["us", "Atlantis", "", None, "Europe", "the"])
def test_unknown_countries_are_none(name):
    assert countries.normalize_country(name) is None


@pytest.mark.parametrize(
    "word, country",
    [
        ("Moroccan", "Morocco"),
        ("Moroccans", "Morocco"),
        ("Tunisian", "Tunisia"),
        ("Bangladeshi", "Bangladesh"),
        ("Argentinian", "Argentina"),
        ("Argentine", "Argentina"),
        ("Belgian", "Belgium"),
        ("Frenchman", "France"),
        ("Frenchmen", "France"),
        ("Salvadoran", "El Salvador"),
        ("Peruvian", "Peru"),
        ("Colombian", "Colombia"),
        ("Uzbek", "Uzbekistan"),
        ("Somali", "Somalia"),
        ("Afghan", "Afghanistan"),
        ("Afghans", "Afghanistan"),
        ("Filipino", "Philippines"),
        ("Briton", "United Kingdom"),
        ("Swiss", "Switzerland"),
        ("Dutchman", "Netherlands"),
        ("Emirati", "United Arab Emirates"),
        ("Palestinian", "West Bank and Gaza Strip"),
        ("Kosovar", "Kosovo"),
        ("South Sudanese", "South Sudan"),
        ("Sudanese", "Sudan"),
        ("Nigerien", "Niger"),
        ("Nigerian", "Nigeria"),
        ("moroccan", "Morocco"),
        ("Moroccan-born", "Morocco"),
    ],
)
def test_demonyms(word, country):
    assert countries.country_from_demonym(word) == country


def test_demonyms_cover_every_modern_country():
    data = countries._data()
    covered = set(data["demonyms"].values())
    modern = [c for c in codebook.countries() if codebook.iso2_of(c)]
    missing = [c for c in modern if c not in covered]
    # only micro-states and territories whose demonym is the country name itself (or shared) may lack one
    assert set(missing) <= {"Dominica", "Republic of the Congo", "Vatican City", "Wallis and Futuna"}, missing
    for target in list(data["aliases"].values()) + list(data["demonyms"].values()):
        assert target in codebook.countries()


def test_find_countries_in_a_report():
    text = (
        "The attacker, a 25-year-old Moroccan-born Frenchman, had travelled to Syria. "
        "Officials in the U.S. and Latin American diplomats condemned the attack."
    )
    found = countries.find_countries(text)
    assert [c for c, _, _ in found] == ["Morocco", "France", "Syria", "United States"]
    assert [text[s:e] for _, s, e in found] == ["Moroccan", "Frenchman", "Syria", "U.S."]


def test_find_countries_blockers_and_ambiguity():
    text = "A ship in the Persian Gulf, a Swiss army knife, and Chad Smith from New Mexico."
    assert [c for c, _, _ in countries.find_countries(text)] == ["Chad"]
    assert countries.find_countries(text, include_ambiguous=False) == []
    assert countries.find_countries("Moroccan and French nationals", demonyms=False) == []


def test_find_countries_case_handling():
    assert countries.find_countries("let us go to china") == []
    upper = "TERRORISTS TOLD US THEY BLEW UP POLES NEAR THE US EMBASSY IN PERU AND SALVADORAN TROOPS RESPONDED"
    assert [c for c, _, _ in countries.find_countries(upper, ignore_case=True)] == ["Peru", "El Salvador"]
