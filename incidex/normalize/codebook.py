"""The GTD codebook as lookups: labels <-> codes, subtype parents, countries and regions.

All values live in incidex/data/gtd_codebook.json (labels verbatim as the GTD CSV *_txt
columns). The file is read once, on first use, so importing this module costs nothing.
Every lookup is forgiving about case and spacing and returns None for what it does not
know: callers pass raw strings from extraction and must never get an exception.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any, Optional

# Kinds that carry a parent code, and the kind that parent belongs to.
_PARENT_KIND = {"weapsubtype": "weaptype", "targsubtype": "targtype"}
_PLAIN_KINDS = (
    "attacktype", "weaptype", "targtype", "region", "claimmode",
    "hostkidoutcome", "propextent", "alternative", "specificity",
)
KINDS = _PLAIN_KINDS + tuple(_PARENT_KIND)


@lru_cache(maxsize=1)
def _raw() -> dict[str, Any]:
    text = resources.files("incidex").joinpath("data/gtd_codebook.json").read_text(encoding="utf-8")
    return json.loads(text)


def _key(text: str) -> str:
    """Case- and space-insensitive form of a label, so 'bombing / explosion' finds 'Bombing/Explosion'."""
    text = text.replace("\u2019", "'").casefold()
    text = re.sub(r"\s*([/(),&-])\s*", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


def _kind(kind: str) -> Optional[str]:
    """Accept GTD column names too: 'attacktype1_txt', 'weapsubtype2', 'natlty1' -> canonical kind."""
    k = re.sub(r"(\d+)?(_txt)?$", "", kind.strip().lower())
    if k in KINDS:
        return k
    if k in ("country", "natlty", "kidhijcountry"):
        return "country"
    return None


@lru_cache(maxsize=1)
def _tables() -> dict[str, Any]:
    """Per kind: code -> label, label key -> code, code -> parent code."""
    raw = _raw()
    by_code: dict[str, dict[int, str]] = {}
    by_label: dict[str, dict[str, int]] = {}
    parent: dict[str, dict[int, int]] = {}
    for kind in KINDS:
        entries = raw[kind]
        by_code[kind] = {}
        parent[kind] = {}
        for code_text, value in entries.items():
            code_num = int(code_text)
            if isinstance(value, dict):
                by_code[kind][code_num] = value["label"]
                parent[kind][code_num] = value["parent"]
            else:
                by_code[kind][code_num] = value
        by_label[kind] = {_key(lab): c for c, lab in by_code[kind].items()}
        for variant, code_num in raw["label_variants"].get(kind, {}).items():
            by_label[kind].setdefault(_key(variant), code_num)
    countries = raw["countries"]
    country_key = {_key(name): name for name in countries}
    iso2 = {info["iso2"]: name for name, info in countries.items() if info["iso2"]}
    iso2.update(raw["iso2_extra"])
    return {
        "by_code": by_code, "by_label": by_label, "parent": parent,
        "countries": countries, "country_key": country_key, "iso2": iso2,
    }


def code(kind: str, label: Optional[str]) -> Optional[int]:
    """GTD code of a label, e.g. code('attacktype', 'Armed Assault') == 2. None if unknown."""
    k = _kind(kind)
    if k is None or not isinstance(label, str):
        return None
    if k == "country":
        return country_code(label)
    return _tables()["by_label"][k].get(_key(label))


def label(kind: str, code_value: Optional[int]) -> Optional[str]:
    """GTD label of a code, e.g. label('weaptype', 6) == 'Explosives'. None if unknown."""
    k = _kind(kind)
    if k is None or code_value is None:
        return None
    try:
        code_num = int(code_value)
    except (TypeError, ValueError):
        return None
    if k == "country":
        return next((n for n, info in _tables()["countries"].items() if info["code"] == code_num), None)
    return _tables()["by_code"][k].get(code_num)


def canonical(kind: str, text: Optional[str]) -> Optional[str]:
    """The verbatim GTD label for a loosely written or older-release one ('explosives/bombs/dynamite')."""
    found = code(kind, text)
    return None if found is None else label(kind, found)


def labels(kind: str) -> list[str]:
    """All labels of a kind, in code order. Empty for an unknown kind."""
    k = _kind(kind)
    if k is None:
        return []
    if k == "country":
        return countries()
    table = _tables()["by_code"][k]
    return [table[c] for c in sorted(table)]


def _parent_label(kind: str, sub_label: Optional[str]) -> Optional[str]:
    sub_code = code(kind, sub_label)
    if sub_code is None:
        return None
    parent_code = _tables()["parent"][kind].get(sub_code)
    return label(_PARENT_KIND[kind], parent_code)


def parent_weaptype(weapsubtype_label: Optional[str]) -> Optional[str]:
    """'Knife or Other Sharp Object' -> 'Melee'. None if the subtype is unknown."""
    return _parent_label("weapsubtype", weapsubtype_label)


def parent_targtype(targsubtype_label: Optional[str]) -> Optional[str]:
    """'Police Patrol (including vehicles and convoys)' -> 'Police'. None if unknown."""
    return _parent_label("targsubtype", targsubtype_label)


def subtypes(kind: str, parent_label: str) -> list[str]:
    """Subtype labels under a parent: subtypes('weapsubtype', 'Melee') -> ['Blunt Object', ...]."""
    k = _kind(kind)
    if k not in _PARENT_KIND:
        return []
    parent_code = code(_PARENT_KIND[k], parent_label)
    tables = _tables()
    return [
        tables["by_code"][k][c]
        for c in sorted(tables["by_code"][k])
        if parent_code is not None and tables["parent"][k][c] == parent_code
    ]


def _country(country_txt: Optional[str]) -> Optional[dict[str, Any]]:
    if not isinstance(country_txt, str):
        return None
    name = _tables()["country_key"].get(_key(country_txt))
    return None if name is None else _tables()["countries"][name]


def countries() -> list[str]:
    """Every country name known to the codebook (GTD country_txt spellings)."""
    return list(_tables()["countries"])


def is_country(country_txt: Optional[str]) -> bool:
    return _country(country_txt) is not None


def country_name(country_txt: Optional[str]) -> Optional[str]:
    """The codebook's own spelling of a GTD country name given in any case ('united states')."""
    if not isinstance(country_txt, str):
        return None
    return _tables()["country_key"].get(_key(country_txt))


def country_code(country_txt: Optional[str]) -> Optional[int]:
    """GTD numeric country code: 'United States' -> 217. None if unknown or not coded by GTD."""
    info = _country(country_txt)
    return None if info is None else info["code"]


def region_of(country_txt: Optional[str]) -> Optional[str]:
    """GTD region_txt of a GTD country: 'France' -> 'Western Europe'."""
    info = _country(country_txt)
    return None if info is None else label("region", info["region"])


def iso2_of(country_txt: Optional[str]) -> Optional[str]:
    info = _country(country_txt)
    return None if info is None else info["iso2"]


def iso3_of(country_txt: Optional[str]) -> Optional[str]:
    info = _country(country_txt)
    return None if info is None else info["iso3"]


def country_from_iso2(iso2: Optional[str]) -> Optional[str]:
    """GTD country_txt for an ISO 3166 alpha-2 / geonames country code: 'GB' -> 'United Kingdom'.

    Territories the GTD files under another country map there ('PR' -> 'United States').
    """
    if not isinstance(iso2, str):
        return None
    return _tables()["iso2"].get(iso2.strip().upper())


def country_from_iso3(iso3: Optional[str]) -> Optional[str]:
    if not isinstance(iso3, str):
        return None
    wanted = iso3.strip().upper()
    return next((n for n, info in _tables()["countries"].items() if info["iso3"] == wanted), None)
