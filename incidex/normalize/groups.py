"""Perpetrator group names -> the GTD's own gname, and group mentions in running text.

Data: incidex/data/groups.json (gname, aliases, acronyms, ideology per group, plus the
coding conventions for lone actors 'inspired' by a group). Aliases are matched without
regard to case, spacing, hyphens or apostrophes ('al Qaeda', 'al-Qaeda', "Da'esh",
'Daesh'); acronyms only as written, because 'IS', 'ETA' or 'IRA' are ordinary words in
other cases. Everything is loaded lazily on first use.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any, Optional


@dataclass(frozen=True)
class GroupMention:
    """A group named in a text. inspired: the text says the act was inspired by the group
    ('an ISIS-inspired stabbing', 'inspired by the Islamic State'), not carried out by it."""

    gname: str
    surface: str
    start: int
    end: int
    inspired: bool = False
    # "the al Qaeda-linked group claimed responsibility": the group named describes the one that
    # acted (its ally or parent); it is not itself the perpetrator
    affiliation: bool = False


# Words around a group name that do not change which group it is ("Islamic State militants").
_GENERIC_TRAILING = (
    "group", "groups", "militants", "militant", "fighters", "fighter", "terrorists", "terrorist",
    "terror", "jihadists", "jihadist", "organisation", "organization", "network", "insurgents",
    "members", "member", "militia", "cell", "affiliate", "faction", "rebels", "guerrillas",
    "linked", "affiliated", "inspired", "sympathizers", "sympathisers", "supporters", "claimed",
)
_GENERIC_LEADING = ("the", "a", "an", "suspected", "alleged", "so-called", "self-styled", "pro")

# "ISIS-inspired", "an Islamic State flag", "Islamic State propaganda": the group inspired the
# attacker; it is not named as the one that carried the attack out
_INSPIRED_AFTER = re.compile(r"\s*[-\u2010-\u2013]?\s*(?:inspired\b|sympathi[sz]ers?\b|flags?\b|banners?\b|"
                             r"propaganda\b|ideology\b|literature\b|magazines?\b)", re.IGNORECASE)
_INSPIRED_BEFORE = re.compile(
    r"(?:\binspired\s+by|\bsympathi[sz]ers?\s+(?:of|with|for)|\bsympath(?:y|ies)\s+(?:for|with|towards?)|\b(?:pledged|pledging|pledges|swore|swearing|sworn)\s+"
    r"(?:his\s+|her\s+|their\s+)?(?:allegiance|loyalty)\s+to"
    # "the audio pledge to Islamic State is released", "his allegiance to the group"; "a flag of
    # the Islamic State group was found in the car"
    r"|\b(?:flags?|banners?|propaganda|literature|ideology|insignia)\s+of"
    r"|\b(?:pledges?|allegiance|loyalty|bay'?ah)\s+to"
    # "In a video he claimed to be a member of the Islamic State group": his word, not the group's claim
    r"|\b(?:claimed|claiming|professed|professing)\s+to\s+be\s+(?:a\s+)?(?:member|fighter|soldier)s?\s+of"
    r"|\b(?:said|declared|described)\s+(?:he|she|himself|herself)\s+(?:was\s+|as\s+)?(?:a\s+)?(?:member|fighter|soldier)\s+of"
    # "after serving a sentence for recruiting supporters for Islamic State": his record, not its attack
    r"|\b(?:recruiting|recruited|recruitment\s+of)\s+(?:supporters|members|fighters|volunteers)\s+(?:for|of|to))"
    r"\s+(?:the\s+)?(?:ideology\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    text = resources.files("incidex").joinpath("data/groups.json").read_text(encoding="utf-8")
    return json.loads(text)


def _norm(text: str) -> str:
    """Lookup key: case, spacing and punctuation do not matter ('Al-Qa'ida' == 'al qaida')."""
    return re.sub(r"[^0-9a-z]+", "", text.replace("\u2019", "'").casefold())


@lru_cache(maxsize=1)
def _index() -> dict[str, Any]:
    by_key: dict[str, str] = {}
    by_acronym: dict[str, str] = {}
    ideology: dict[str, str] = {}
    for entry in _data()["groups"]:
        gname = entry["gname"]
        ideology[gname] = entry.get("ideology", "unknown")
        for form in [gname, *entry["aliases"]]:
            by_key.setdefault(_norm(form), gname)
        for acronym in entry["acronyms"]:
            by_acronym.setdefault(acronym, gname)
    return {"by_key": by_key, "by_acronym": by_acronym, "ideology": ideology}


def gnames() -> list[str]:
    """Every gname in the data file, in file order."""
    return [entry["gname"] for entry in _data()["groups"]]


def ideology_of(gname: Optional[str]) -> Optional[str]:
    if not isinstance(gname, str):
        return None
    return _index()["ideology"].get(gname)


def is_branch_of(gname: str, parent: str) -> bool:
    """Is gname a branch of parent ("Khorasan Chapter of the Islamic State" of ISIL)?"""
    marker = _data()["conventions"]["branches_by_parent"].get(parent)
    return bool(marker) and gname != parent and marker.lower() in gname.lower()


def regional_branch(gname: Optional[str], country: Optional[str], when: Optional[date]) -> Optional[str]:
    """The branch GTD codes for an attack of `gname` in `country` on `when` ("Islamic State"
    claiming a bombing in Kabul in 2022: its Khorasan Chapter); `gname` itself where no branch
    operated there then, or where the country or the date is not known."""
    if not gname or not country or when is None:
        return gname
    for branch in _data()["conventions"]["branches_by_country"].get(gname, ()):
        if country in branch["countries"] and when >= date.fromisoformat(branch["since"]):
            return branch["gname"]
    return gname


def jihadi_inspired_gname() -> str:
    """The gname for lone actors inspired by (not directed by) a jihadist group."""
    return _data()["conventions"]["jihadi_inspired_gname"]


def unknown_gname() -> str:
    return _data()["conventions"]["unknown_gname"]


def inspired_label(gname: Optional[str]) -> Optional[str]:
    """Label to code an attack 'inspired by' gname: ISIL -> 'Jihadi-inspired extremists'.

    None when the data has no such convention for the group's ideology.
    """
    ideology = ideology_of(normalize_group(gname) if gname else None)
    return _data()["conventions"]["inspired_gname_by_ideology"].get(ideology) if ideology else None


def _lookup(text: str) -> Optional[str]:
    index = _index()
    if text in index["by_acronym"]:
        return index["by_acronym"][text]
    # 'Isis' or 'isil' written in another case: fine for three letters or more, never for 'is'.
    if len(text) >= 3 and text.upper() in index["by_acronym"] and text.isalpha():
        return index["by_acronym"][text.upper()]
    return index["by_key"].get(_norm(text)) if _norm(text) else None


_DISSIDENTS_OF_BEFORE = re.compile(r"\bdissidents?\s+(?:of|from)\s+(?:the\s+)?(?:former\s+|demobili[sz]ed\s+|now-defunct\s+)?$",
                                   re.IGNORECASE)


def normalize_group(name: Optional[str]) -> Optional[str]:
    """Any name, alias or acronym of a group -> its GTD gname; None when unknown.

    'ISIS', 'the Islamic State group', 'Daesh militants' -> 'Islamic State of Iraq and the Levant (ISIL)'.
    """
    if not isinstance(name, str):
        return None
    text = name.strip().strip("\"'\u201c\u201d\u2018\u2019").strip()
    text = re.sub(r"['\u2019]s$", "", text)  # "Islamic State's"
    if not text:
        return None
    found = _lookup(text)
    if found:
        return found
    words = text.split()
    while words and words[0].lower() in _GENERIC_LEADING:
        words = words[1:]
    # Peel generic words off the end ('ISIS-linked militants' -> 'ISIS').
    while words:
        candidate = re.sub(r"['\u2019]s$", "", " ".join(words))
        found = _lookup(candidate)
        if found:
            return found
        last = words[-1]
        parts = re.split(r"[-\u2010-\u2013]", last)
        if len(parts) > 1 and parts[-1].lower() in _GENERIC_TRAILING:
            words = words[:-1] + ["-".join(parts[:-1])]
        elif last.lower() in _GENERIC_TRAILING:
            words = words[:-1]
        else:
            break
    # 'Islamic State (IS)': either part may be the known one.
    paren = re.match(r"^(.*?)\s*\(([^()]+)\)\s*$", text)
    if paren:
        return normalize_group(paren.group(1)) or normalize_group(paren.group(2))
    return None


def group_surface_forms() -> list[str]:
    """All gnames, aliases and acronyms (for a spaCy EntityRuler); no duplicates."""
    forms: dict[str, None] = {}
    for entry in _data()["groups"]:
        for form in [entry["gname"], *entry["aliases"], *entry["acronyms"]]:
            forms.setdefault(form, None)
    return list(forms)


def _flexible(form: str) -> str:
    """Regex for an alias that tolerates spacing, hyphen and apostrophe variants."""
    out = []
    for token in re.split(r"(\s+|[-\u2010-\u2013]+|['\u2019\u2018`])", form):
        if not token:
            continue
        if re.fullmatch(r"['\u2019\u2018`]", token):
            out.append("['\u2019\u2018`\u02bc]?")
        elif re.fullmatch(r"\s+", token):
            out.append(r"[\s\-\u2010-\u2013]+")
        elif re.fullmatch(r"[-\u2010-\u2013]+", token):
            out.append(r"[\s\-\u2010-\u2013]*")  # "Jamaat-ul-Ahrar" is also written "Jamaatul Ahrar"
        else:
            out.append(re.escape(token))
    return "".join(out)


def _alternation_by_first_character(forms: list[str], to_regex, ignore_case: bool) -> str:
    """One alternation of `forms` (kept in their order within each branch), branched on the
    first character: the regex engine then tries at a word start only the few forms that begin
    with its letter, not all seven hundred (four times faster on a sentence, same matches)."""
    branches: dict[str, list[str]] = {}
    other: list[str] = []
    for form in forms:
        first = form[:1].lower() if ignore_case else form[:1]
        if form[:1].isalnum() and len(first) == 1:  # re.escape leaves letters and digits as they are ("İ" lowers to two)
            branches.setdefault(first, []).append(to_regex(form)[1:])
        else:
            other.append(to_regex(form))
    parts = [f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in branches.items()]
    return "|".join(parts + other)


@lru_cache(maxsize=2)
def _matchers(upper_text: bool) -> tuple[re.Pattern[str], Optional[re.Pattern[str]]]:
    """(case-insensitive alias regex, case-sensitive acronym regex); longest forms first so the
    alternation prefers 'Islamic State of Iraq and the Levant' over 'Islamic State'."""
    loose: set[str] = set()
    exact: set[str] = set()
    skip = set(_data()["skip_in_uppercase_text"]) if upper_text else set()
    for entry in _data()["groups"]:
        # 'Unknown' is a gname, but the word in a text ('unknown gunmen') names no group.
        if entry["gname"] == unknown_gname():
            continue
        loose.update([entry["gname"], *entry["aliases"]])
        exact.update(a for a in entry["acronyms"] if a not in skip)
    loose_re = _alternation_by_first_character(sorted(loose, key=len, reverse=True), _flexible, ignore_case=True)
    exact_re = _alternation_by_first_character(sorted(exact, key=len, reverse=True), re.escape, ignore_case=False)
    return (
        re.compile(rf"(?<!\w)(?:{loose_re})(?!\w)", re.IGNORECASE),
        re.compile(rf"(?<!\w)(?:{exact_re})(?![\w])") if exact_re else None,
    )


_AFFILIATION_AFTER = re.compile(r"\s*[-\u2010-\u2013]\s*(?:linked|affiliated|allied|aligned|backed|sponsored|"
                                # ("Al Qaeda affiliate Jama'at Nusrat al-Islam wal-Muslimin (JNIM) had
                                # claimed": the parent, naming the affiliate that claimed)
                                r"supported|loyal)\b|\s+(?:affiliates?|offshoots?|franchises?)\b", re.IGNORECASE)
_GOVERNING_AFTER = re.compile(r"[-\u2010-\u2013](?:appointed|run|controlled|ruled|administered|installed|governed)\b",
                              re.IGNORECASE)
# "Saraya Ansar al-Sunna" is not Ansar al-Sunna: an Arabic unit word before a known name makes
# another group's name
UNIT_WORD_BEFORE = re.compile(r"\b(?:Saraya|Sarayat|Jaysh|Jaish|Liwa|Katibat?|Kata['’]?ib|Harakat|Firqat|Tanzim|"
                               r"Ahrar|Usbat|Quwwat)\s+$")


# "Jamaatul Ahrar, a faction of the Tehreek-i-Taliban Pakistan, claimed responsibility": the parent
# group named to describe the one that acted
# ("The Resistance Front (TRF), a proxy of the Pakistan-based Lashkar-e-Taiba"; "Tehreek-e-Jihad
# Pakistan, a little-known group linked to the Pakistani Taliban, claimed responsibility")
_AFFILIATION_BEFORE = re.compile(r"\b(?:(?:an?\s+)?(?:faction|offshoot|splinter(?:\s+group)?|breakaway\s+group|proxy|"
                                 r"front|affiliate|shadow\s+(?:group|outfit)|front\s+(?:group|outfit)|cover\s+name)"
                                 r"\s+(?:of|for)\s+(?:the\s+)?(?:[\w-]+-based\s+)?"
                                 r"|(?:linked|affiliated|allied|tied|aligned|loyal)\s+(?:to|with)\s+(?:the\s+)?"
                                 # ("insurgents linked to al Qaeda and Islamic State": both parents)
                                 r"(?:(?:al[\s-]+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s+and\s+(?:the\s+)?)?)$",
                                 re.IGNORECASE)


_CONFLICT_WORDS = r"(?:war|conflict|ceasefire|cease-fire|truce|talks|negotiations|hostilities|fighting)\b"
_WAR_NAME = re.compile(r"[-\u2010-\u2013]\s*[A-Z][\w]+\s+" + _CONFLICT_WORDS)
_WAR_NAME_AFTER = re.compile(r"\s+" + _CONFLICT_WORDS)
_WAR_PARTY_BEFORE = re.compile(r"\b[A-Z][\w]+\s*[-\u2010-\u2013]\s*$")


_LOCAL_NAME_BEFORE = re.compile(r"\b(?:known|called)\s+locally\s+as\s+(?:the\s+)?$|\blocally\s+(?:known|called)\s+(?:as\s+)?"
                                r"(?:the\s+)?$", re.IGNORECASE)


def _is_inspired(text: str, start: int, end: int) -> bool:
    return bool(_INSPIRED_AFTER.match(text, end) or _INSPIRED_BEFORE.search(text[max(0, start - 60):start]))


def find_groups(text: str, ignore_case: bool = False) -> list[GroupMention]:
    """Group mentions in text, left to right, longest match winning where two overlap.

    ignore_case: the text is all upper case (wire copy such as MUC-4); acronyms that are
    also ordinary words there ('IS', 'SL', 'ETA') are then not matched.
    """
    if not text:
        return []
    # the extractor asks about the same sentence from several stages; the scan of every alias
    # is the costly part (the mentions are frozen, so one result serves them all).
    # `forget_group_lookups` empties the cache between documents.
    return list(_find_groups(text, ignore_case))


def forget_group_lookups() -> None:
    """Start a document with no cached lookups: each document's own repeats are what the cache
    is for (a benchmark of copied reports must not read faster than new ones)."""
    _find_groups.cache_clear()


@lru_cache(maxsize=4096)
def _find_groups(text: str, ignore_case: bool) -> tuple[GroupMention, ...]:
    loose_re, exact_re = _matchers(ignore_case)
    found: list[tuple[int, int]] = [m.span() for m in loose_re.finditer(text)]
    if exact_re is not None:
        found += [m.span() for m in exact_re.finditer(text)]
    found.sort(key=lambda span: (span[0], span[0] - span[1]))
    mentions: list[GroupMention] = []
    last_end = -1
    for start, end in found:
        if start < last_end:
            continue
        surface = text[start:end]
        gname = normalize_group(surface)
        if gname is None:
            continue
        if UNIT_WORD_BEFORE.search(text[max(0, start - 12):start]):
            continue
        if _GOVERNING_AFTER.match(text, end):
            continue  # "the Taliban-appointed governor", "the Hamas-run health ministry": the rulers, not attackers
        if _WAR_NAME.match(text, end) or (_WAR_NAME_AFTER.match(text, end) and _WAR_PARTY_BEFORE.search(text[max(0, start - 20):start])):
            continue  # "the Israel-Hamas war", "the Hamas-Israel ceasefire": a war's name, no attacker
        if _LOCAL_NAME_BEFORE.search(text[max(0, start - 30):start]):
            continue  # "insurgents, known locally as al-Shabaab but with no known links to the Somali group"
        if dissidents := _DISSIDENTS_OF_BEFORE.search(text[max(0, start - 50):start]):
            # "dissidents of the former FARC guerrilla": the splinter, where the registry has it
            start -= len(dissidents.group(0))
            gname = _lookup(f"{gname} dissidents") or gname
            surface = text[start:end]
        mentions.append(GroupMention(gname, surface, start, end, _is_inspired(text, start, end),
                                     affiliation=bool(_AFFILIATION_AFTER.match(text, end)
                                                      or _AFFILIATION_BEFORE.search(text[max(0, start - 40):start]))))
        last_end = end
    return tuple(mentions)
