"""Country names, abbreviations and demonyms -> GTD country_txt, and country mentions in text.

Data: incidex/data/countries.json (aliases such as 'USA' or 'Britain', demonyms such as
'Moroccan'/'Moroccans'/'Frenchman', blockers such as 'Latin American') on top of the
GTD country names in gtd_codebook.json. Lookups ignore case except for acronyms ('US'
is the United States, 'us' is not). Loaded lazily; the module imports nothing heavy.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple, Optional

from incidex.normalize import codebook

# The GTD's "International" is a country_txt, but the word in a report is an adjective.
_NOT_IN_TEXT = {"International"}


class CountryMention(NamedTuple):
    """A country named in a text, by name or demonym. A tuple, so `for country, start, end in ...` works."""

    country: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    text = resources.files("incidex").joinpath("data/countries.json").read_text(encoding="utf-8")
    return json.loads(text)


def _key(text: str) -> str:
    text = text.replace("\u2019", "'").casefold().strip()
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"\s+", " ", text)


@lru_cache(maxsize=1)
def _index() -> dict[str, Any]:
    data = _data()
    case_sensitive = set(data["case_sensitive"])
    names: dict[str, str] = {}
    exact: dict[str, str] = {}
    for name in codebook.countries():
        names[_key(name)] = name
    for alias, country in data["aliases"].items():
        if alias in case_sensitive:
            exact[alias] = country
        else:
            names.setdefault(_key(alias), country)
    demonyms = {_key(word): country for word, country in data["demonyms"].items()}
    return {"names": names, "exact": exact, "demonyms": demonyms}


def multiword_country_names() -> list[str]:
    """Country names of two or more words as a text writes them ("Burkina Faso", "Sri Lanka",
    "DR Congo"): patterns for the entity ruler, since the small NER takes some for people."""
    names = [name for name in codebook.countries() if name not in _NOT_IN_TEXT]
    names += list(_data()["aliases"])
    return sorted({name for name in names if " " in name and "(" not in name})


def country_from_demonym(word: Optional[str]) -> Optional[str]:
    """'Moroccan' / 'Moroccans' / 'Frenchman' / 'Moroccan-born' -> GTD country_txt; None if unknown."""
    if not isinstance(word, str) or not word.strip():
        return None
    demonyms = _index()["demonyms"]
    found = demonyms.get(_key(word))
    if found:
        return found
    # 'Moroccan-born', 'French-Algerian': the first part carries the nationality.
    head = re.split(r"[-\u2010-\u2013]", word.strip(), maxsplit=1)[0]
    return demonyms.get(_key(head)) if head != word.strip() else None


def normalize_country(name: Optional[str]) -> Optional[str]:
    """Any common name, abbreviation or demonym of a country -> GTD country_txt.

    'USA', 'U.S.', 'America', 'Britain', 'England', 'Russian Federation', 'Moroccan' ->
    'United States', 'United Kingdom', 'United Kingdom', 'Russia', 'Morocco'. None if unknown.
    """
    if not isinstance(name, str):
        return None
    text = name.strip().strip(",;:").strip()
    if not text:
        return None
    index = _index()
    if text in index["exact"]:
        return index["exact"][text]
    found = index["names"].get(_key(text))
    if found:
        return found
    if re.fullmatch(r"[A-Z]{3}", text):
        found = codebook.country_from_iso3(text)
        if found:
            return found
    return country_from_demonym(text)


def _pattern(form: str) -> str:
    return r"\s+".join(re.escape(part) for part in form.split())


@lru_cache(maxsize=4)
def _matcher(ignore_case: bool, demonyms: bool) -> tuple[re.Pattern[str], dict[str, Optional[str]]]:
    """One regex over every surface form, longest first; form key -> country (None for blockers)."""
    data = _data()
    skip = set(data["skip_in_uppercase_text"]) if ignore_case else set()
    forms: dict[str, Optional[str]] = {}
    for name in codebook.countries():
        if name not in _NOT_IN_TEXT:
            forms[name] = name
    forms.update(data["aliases"])
    if demonyms:
        forms.update(data["demonyms"])
    for blocker in data["blockers"]:
        forms[blocker] = None
    forms = {f: c for f, c in forms.items() if f not in skip}
    alternation = "|".join(_pattern(f) for f in sorted(forms, key=len, reverse=True))
    flags = re.IGNORECASE if ignore_case else 0
    # (?<![\w.]) so 'U.S.' is not found inside 'U.S.A.'-like runs; (?!\w) after the form.
    regex = re.compile(rf"(?<![\w.])(?:{alternation})(?!\w)", flags)
    table = {_key(f): c for f, c in forms.items()}
    return regex, table


def find_countries(
    text: str,
    ignore_case: bool = False,
    demonyms: bool = True,
    include_ambiguous: bool = True,
) -> list[CountryMention]:
    """Countries named in text (names, aliases and, unless demonyms=False, demonyms).

    Matching is case-sensitive (proper nouns) unless ignore_case, meant for all-caps wire
    copy, where forms that are ordinary words in capitals ('US' = us) are skipped.
    include_ambiguous=False drops forms that are also person names or US states
    ('Chad', 'Jordan', 'Georgia'). Phrases such as 'Latin American' or 'Persian Gulf'
    are recognised and not reported.
    """
    if not text:
        return []
    regex, table = _matcher(ignore_case, demonyms)
    ambiguous = {_key(a) for a in _data()["ambiguous"]}
    mentions: list[CountryMention] = []
    for match in regex.finditer(text):
        key = _key(re.sub(r"\s+", " ", match.group(0)))
        country = table.get(key)
        if country is None:
            continue
        if not include_ambiguous and key in ambiguous:
            continue
        mentions.append(CountryMention(country, match.start(), match.end()))
    return mentions
