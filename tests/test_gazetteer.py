"""Gazetteer: real GeoNames places, GTD country / region / provstate labels."""
from __future__ import annotations

import pytest

from incidex.model import Place
from incidex.normalize.gazetteer import (
    distance_km,
    get_gazetteer,
    is_common_word,
    lies_in_part,
    name_key,
    resolve_country,
    resolve_place,
    resolve_province,
    resolve_state_abbreviation,
)


@pytest.fixture(scope="session")
def gaz():
    return get_gazetteer()


def test_trebes_is_in_occitanie(gaz):
    place = gaz.resolve_place("Trèbes")
    assert place.country == "France"
    assert place.region == "Western Europe"
    assert place.provstate == "Occitanie"
    assert place.city == "Trèbes"
    assert place.latitude == pytest.approx(43.21, abs=0.01)
    assert place.longitude == pytest.approx(2.44, abs=0.01)
    assert place.specificity == 1
    assert place.geonameid == 2972010


def test_unaccented_and_upper_case_spellings_resolve(gaz):
    assert gaz.resolve_place("Trebes").city == "Trèbes"
    assert gaz.resolve_place("TREBES").city == "Trèbes"


def test_carcassonne(gaz):
    place = gaz.resolve_place("Carcassonne")
    assert (place.country, place.provstate, place.city) == ("France", "Occitanie", "Carcassonne")
    assert distance_km(place, gaz.resolve_place("Trèbes")) == pytest.approx(8.1, abs=1.0)


def test_st_petersburg_follows_the_country_hint(gaz):
    russia = gaz.resolve_place("St. Petersburg", country_hint="Russia")
    assert russia.country == "Russia" and russia.city == "Saint Petersburg"
    assert russia.region == "Eastern Europe"
    assert russia.latitude == pytest.approx(59.93, abs=0.05)
    florida = gaz.resolve_place("St. Petersburg", country_hint="United States")
    assert florida.country == "United States" and florida.provstate == "Florida"
    # without a hint the far bigger city wins
    assert gaz.resolve_place("St Petersburg").country == "Russia"
    assert gaz.resolve_place("Saint Petersburg", country_hint="Russia").geonameid == russia.geonameid


def test_proximity_breaks_ties_without_country_hint(gaz):
    tampa = (27.95, -82.46)
    assert gaz.resolve_place("St. Petersburg", near=tampa).provstate == "Florida"
    near_paris_texas = (33.7, -95.5)
    assert gaz.resolve_place("Paris", near=near_paris_texas).country == "United States"
    assert gaz.resolve_place("Paris").country == "France"


def test_edmonton_is_alberta_not_london(gaz):
    place = gaz.resolve_place("Edmonton")
    assert (place.country, place.provstate, place.region) == ("Canada", "Alberta", "North America")


def test_melbourne_defaults_to_australia(gaz):
    place = gaz.resolve_place("Melbourne")
    assert (place.country, place.provstate) == ("Australia", "Victoria")
    assert gaz.resolve_place("Melbourne", country_hint="United States").provstate == "Florida"


def test_english_exonym_marseilles(gaz):
    place = gaz.resolve_place("Marseilles")
    assert place.city == "Marseille"
    assert place.provstate == "Provence-Alpes-Côte d'Azur"


def test_new_york_and_its_boroughs_are_new_york_city(gaz):
    for name in ("New York", "New York City", "NYC", "Manhattan", "Lower Manhattan", "Brooklyn"):
        place = gaz.resolve_place(name)
        assert place.city == "New York City", name
        assert place.provstate == "New York", name
    # the borough keeps its own coordinates: closer to the event than the city point
    assert gaz.resolve_place("Manhattan").latitude == pytest.approx(40.78, abs=0.01)


def test_city_parts_resolve_to_their_city(gaz):
    assert gaz.resolve_place("Molenbeek").city == "Brussels"
    assert gaz.resolve_place("Tottenham").city == "London"
    # a separate commune with its own département stays itself
    assert gaz.resolve_place("Saint-Denis", country_hint="France").city == "Saint-Denis"
    # a city that is its own province: parts without a county of their own ("Berlin-Charlottenburg")
    assert gaz.resolve_place("Berlin-Charlottenburg").city == "Berlin"
    assert gaz.resolve_place("Spandau").city == "Berlin"
    # ... but a town beside a big city in an ordinary province stays itself
    assert gaz.resolve_place("Qalyub").city == "Qalyub"


def test_muc4_upper_case_places(gaz):
    assert gaz.resolve_place("SAN SALVADOR").country == "El Salvador"
    assert gaz.resolve_place("SAN SALVADOR").provstate == "San Salvador"
    assert gaz.resolve_place("LIMA").country == "Peru"
    assert gaz.resolve_place("MEDELLIN").city == "Medellín"
    usulutan = gaz.resolve_place("USULUTAN")
    assert (usulutan.country, usulutan.city) == ("El Salvador", "Usulután")


def test_country_and_province_names_are_not_cities(gaz):
    assert gaz.resolve_place("Mexico") is None
    assert gaz.resolve_place("Lebanon") is None
    assert gaz.resolve_place("North Carolina") is None
    assert gaz.resolve_place("Helmand") is None
    assert gaz.resolve_place("Victoria", country_hint="Australia") is None


def test_resolve_country(gaz):
    place = resolve_country("Russia")
    assert (place.country, place.region, place.specificity) == ("Russia", "Eastern Europe", 5)
    assert resolve_country("the United States").country == "United States"
    assert resolve_country("Britain").country == "United Kingdom"
    assert resolve_country("Trèbes") is None


def test_resolve_province(gaz):
    alberta = resolve_province("Alberta")
    assert (alberta.country, alberta.provstate, alberta.specificity) == ("Canada", "Alberta", 4)
    assert 49 < alberta.latitude < 60 and -120 < alberta.longitude < -110
    helmand = resolve_province("Helmand province")
    assert (helmand.country, helmand.provstate) == ("Afghanistan", "Helmand")
    victoria = resolve_province("Victoria", country_hint="Australia")
    assert (victoria.country, victoria.provstate) == ("Australia", "Victoria")
    aude = resolve_province("Aude", country_hint="France")
    assert (aude.provstate, aude.specificity) == ("Occitanie", 3)
    assert resolve_province("Nineveh").country == "Iraq"


def test_unknown_names_give_none():
    assert resolve_place("Xqzwvtrplk") is None
    assert resolve_place("") is None
    assert resolve_place("1234") is None


def test_is_known_place(gaz):
    assert gaz.is_known_place("Trèbes")
    assert gaz.is_known_place("Trebes")
    assert gaz.is_known_place("France")
    assert not gaz.is_known_place("trèbes")  # case matters by default
    assert gaz.is_known_place("MEDELLIN", case_sensitive=False)
    assert not gaz.is_known_place("police")
    assert not gaz.is_known_place("Police")  # a Polish town, but a common word
    assert gaz.is_known_place("Police", allow_common_words=True)
    assert not gaz.is_known_place("Trèbes", min_population=15000)


def test_common_words():
    assert is_common_word("Police")
    assert is_common_word("Nice", 342_000)
    assert is_common_word("Reading", 318_000)
    assert not is_common_word("Shanghai", 24_000_000)
    assert not is_common_word("Carcassonne", 49_600)
    assert not is_common_word("Mosul", 1_683_000)


def test_place_names_for_the_entity_ruler(gaz):
    big = set(gaz.place_names())
    assert {"Carcassonne", "Marseille", "Edmonton", "Mosul"} <= big
    assert "Trèbes" not in big  # under 15,000 people
    assert "Police" not in big and "Nice" not in big
    small = set(gaz.place_names(min_population=5000))
    assert "Trèbes" in small and "Trebes" in small


def test_name_key_equivalences():
    assert name_key("St. Petersburg") == name_key("Saint Petersburg") == name_key("ST PETERSBURG")
    assert name_key("Trèbes") == "trebes"
    assert name_key("Provence-Alpes-Côte d’Azur") == name_key("Provence-Alpes-Cote d'Azur")


def test_distance_km():
    paris = Place(latitude=48.8566, longitude=2.3522)
    london = Place(latitude=51.5074, longitude=-0.1278)
    assert distance_km(paris, london) == pytest.approx(343.5, abs=2)
    with pytest.raises(ValueError):
        distance_km(paris, Place())


def test_arabic_article_and_landmark_aliases(gaz):
    assert gaz.resolve_place("Al-Raqqa").country == "Syria"
    assert gaz.resolve_place("el-Arish").provstate == "North Sinai"
    assert gaz.resolve_place("El Paso").provstate == "Texas"  # a real "El" name is kept
    assert gaz.resolve_place("Westminster").city == "London"
    assert gaz.resolve_place("Westminster", country_hint="United States").country == "United States"
    assert gaz.resolve_place("Berlin").provstate == "Berlin"  # not GeoNames' "State of Berlin"


def test_gtd_spelling_of_a_province_overrides_geonames():
    # GeoNames calls Nigeria's capital territory "FCT"; the GTD writes it out
    assert resolve_place("Abuja").provstate == "Federal Capital Territory"


def test_stale_gazetteer_indexes_are_pruned(tmp_path):
    import os

    from incidex.normalize.gazetteer import _prune_cache

    for i in range(5):
        path = tmp_path / f"gazetteer-v5-x-{i}.pickle"
        path.write_bytes(b"x")
        os.utime(path, (1_000_000 + i, 1_000_000 + i))
    (tmp_path / "other.txt").write_text("kept")
    _prune_cache(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "gazetteer-v5-x-2.pickle", "gazetteer-v5-x-3.pickle", "gazetteer-v5-x-4.pickle", "other.txt"]


def test_a_foreign_city_s_own_name_beats_an_old_name_in_the_hinted_country():
    # "India accused Pakistan ..., a charge Islamabad denied": Anantnag (India) was once called
    # Islamabad, but the name is Pakistan's capital's own
    assert resolve_place("Islamabad", country_hint="India").country == "Pakistan"
    # the hint still wins for a name the hinted country uses as its own
    assert resolve_place("Pulwama", country_hint="India").city == "Pulwama"


@pytest.mark.parametrize("town, direction, inside", [
    ("Cotonou", "northern", False), ("Kandi", "northern", True), ("Maiduguri", "northeastern", True),
    ("Lagos", "northern", False), ("Peshawar", "northwestern", True), ("Karachi", "southern", True),
    ("Quetta", "southwestern", True), ("Diyarbakir", "southeastern", True),
])
def test_a_town_lies_in_the_part_of_its_country_a_direction_names(town, direction, inside):
    assert lies_in_part(resolve_place(town), direction) is inside


def test_city_names_keep_accented_letters_and_drop_loose_transliteration_marks():
    assert resolve_place("Holon").city == "Holon"  # GeoNames: "H̱olon"
    assert resolve_place("Trèbes").city == "Trèbes"
    assert resolve_place("Kraków").city == "Kraków"


@pytest.mark.parametrize("abbreviation, country, province", [
    ("N.C.", "United States", "North Carolina"),
    ("Ga.", "United States", "Georgia"),
    ("W.Va.", "United States", "West Virginia"),
    ("Ont.", "Canada", "Ontario"),
    ("B.C.", "Canada", "British Columbia"),
])
def test_state_and_province_abbreviations_of_news_style(abbreviation, country, province):
    place = resolve_state_abbreviation(abbreviation)
    assert place is not None and (place.country, place.provstate, place.specificity) == (country, province, 4)


@pytest.mark.parametrize("text", ["Miss", "Ind", "Mr.", "Sunday", ""])
def test_words_that_are_no_state_abbreviation(text):
    assert resolve_state_abbreviation(text) is None


@pytest.mark.parametrize("name, written", [("Jalalabad", "Jalalabad"), ("Kandahar", "Kandahar"), ("Mazar-e Sharif", "Mazar-e Sharif"),
                                           ("Trebes", "Trèbes"), ("Saint-Etienne-du-Rouvray", "Saint-Étienne-du-Rouvray")])
def test_transliteration_marks_are_dropped_and_accents_kept(name, written):
    # GeoNames writes "Jalālābād", "Kandahār", "Mazār-e Sharīf"; GTD writes them without the
    # macrons of a scholarly transliteration, and keeps a language's own accents ("Trèbes")
    assert resolve_place(name).city == written
