"""The extractor's word lists (incidex/data/extract_lexicon.json), compiled once."""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Optional, Pattern


@dataclass(frozen=True)
class Method:
    name: str
    attacktype: str
    weaptype: Optional[str]
    event: Pattern[str]
    weapon: Optional[Pattern[str]]


@dataclass(frozen=True)
class TargetRule:
    targtype: str
    targsubtype: str
    pattern: Pattern[str]


@dataclass(frozen=True)
class ClaimChannel:
    pattern: Pattern[str]
    channel: Optional[str]
    claimmode: str


@dataclass(frozen=True)
class UnlistedGroupRules:
    """How a group missing from groups.json is recognised in a claim or an attribution."""

    before: Pattern[str]  # cue that ends right before the name ("blamed the attack on ")
    after: Pattern[str]  # cue that starts right after the name (" claimed responsibility")
    name_words: Pattern[str]  # words that make a name an organisation's ("Front", "Brigades")
    not_a_group: Pattern[str]  # reporters, monitors, officials


@dataclass(frozen=True)
class Lexicon:
    methods: tuple[Method, ...]
    fake_weapons: Pattern[str]
    generic_event: Pattern[str]
    not_attacks: Pattern[str]  # "a heart attack", "a cyber attack": no violence
    response_force: Pattern[str]
    non_incident: dict[str, Pattern[str]]
    perpetrator_nouns: frozenset[str]
    person_nouns: frozenset[str]
    targets: tuple[TargetRule, ...]
    claimed: Pattern[str]
    claim_denied: Pattern[str]
    # a group that praises an attack it did not claim ("Islamic State Khorasan praised the attack")
    claim_praised: Pattern[str]
    blamed: Pattern[str]  # "police blamed the attack on ...": an attribution, not a claim
    claim_channels: tuple[ClaimChannel, ...]
    unlisted_group: UnlistedGroupRules
    suicide: Pattern[str]
    failed: Pattern[str]
    motive: Pattern[str]
    motive_unknown: Pattern[str]  # "had not ruled out terrorism as a motive": no motive stated
    demands: Pattern[str]
    demands_none: Pattern[str]  # "no demands had been made"
    record: Pattern[str]
    table_columns: dict[str, frozenset[str]]  # "kill" / "wound" -> column names of list tables
    field_labels: frozenset[str]  # "Toll:", "Claim:": a fact box's field names
    vehicle_makes: frozenset[str]  # car makers named like towns: "the Toyota Land Cruiser Prado"
    office_titles: frozenset[str]  # "Interior Minister Francesco Cossiga": an official, not an attacker


def _rx(pattern: str) -> Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    raw = json.loads(resources.files("incidex.data").joinpath("extract_lexicon.json").read_text("utf-8"))
    claim = raw["claim"]
    return Lexicon(
        methods=tuple(
            Method(m["name"], m["attacktype"], m.get("weaptype"), _rx(m["event"]),
                   _rx(m["weapon"]) if m.get("weapon") else None)
            for m in raw["methods"]
        ),
        fake_weapons=_rx(raw["fake_weapons"]),
        generic_event=_rx(raw["generic_event"]),
        not_attacks=_rx(raw["not_attacks"]),
        response_force=_rx(raw["response_force"]),
        non_incident={k: _rx(v) for k, v in raw["non_incident"].items()},
        perpetrator_nouns=frozenset(raw["perpetrator_nouns"]),
        person_nouns=frozenset(raw["person_nouns"]),
        targets=tuple(TargetRule(t["targtype"], t["targsubtype"], _rx(t["pattern"])) for t in raw["targets"]),
        claimed=_rx(claim["claimed"]),
        claim_denied=_rx(claim["denied"]),
        claim_praised=_rx(claim["praised"]),
        blamed=_rx(claim["blamed"]),
        claim_channels=tuple(ClaimChannel(_rx(c["pattern"]), c.get("channel"), c["claimmode"])
                             for c in claim["channels"]),
        unlisted_group=UnlistedGroupRules(**{k: _rx(v) for k, v in claim["unlisted_group"].items()
                                             if not k.startswith("_")}),
        suicide=_rx(raw["suicide"]),
        failed=_rx(raw["failed"]),
        motive=_rx(raw["motive"]),
        motive_unknown=_rx(raw["motive_unknown"]),
        demands=_rx(raw["demands"]),
        demands_none=_rx(raw["demands_none"]),
        record=_rx(raw["record"]),
        table_columns={k: frozenset(v) for k, v in raw["table_columns"].items() if not k.startswith("_")},
        field_labels=frozenset(raw["field_labels"]["words"]),
        vehicle_makes=frozenset(raw["vehicle_makes"]["words"]),
        office_titles=frozenset(raw["office_titles"]["words"]),
    )
