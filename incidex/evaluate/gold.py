"""Scoring predicted incidents against a hand-coded gold file (data/seed/gold.json format).

Matching (the gold file's notes): a prediction matches a gold incident when the country
agrees, the date is within one day (same month / year for a vaguer gold date) and the city
is one of the accepted spellings (accent- and case-insensitive). Matching is one-to-one,
greedy by how well the pair agrees; then
- an `allow_split` gold incident also absorbs further matching predictions (the GTD may
  code a multi-site attack as several incidents): they are neither true nor false positives;
- predictions matching an `optional_incidents` entry are ignored, and optional incidents
  are never missed;
- every other prediction is a false positive (this covers the `negatives`).

Field accuracy is measured over matched (required) gold incidents, a field only where the
gold incident states it (hostages: always). Any gold key `<field>_also_accepted` widens the
accepted values of that field. Rules per field are in `_check_fields`.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Optional

from incidex.model import IncidentRecord
from incidex.store.compare import fold, haversine_km

LATLON_TOLERANCE_KM = 25.0
FIELDS = ["date", "country", "provstate", "city", "latlon", "attacktypes", "weaptypes",
          "targtypes", "nkill", "nkillter", "nwound", "nwoundte", "hostages", "claimed",
          "claim_channel", "gname", "perpetrators", "suicide"]
CASUALTY_FIELDS = ("nkill", "nkillter", "nwound", "nwoundte")


@dataclass
class FieldScore:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> Optional[float]:
        return self.correct / self.total if self.total else None


@dataclass
class Match:
    gold_id: str
    predicted: str  # one-line description of the matched prediction
    prediction_index: int


@dataclass
class EvalReport:
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float
    fields: dict[str, FieldScore]
    field_mean: Optional[float]
    matches: list[Match] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # split parts / optional incidents

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for name, score in self.fields.items():
            data["fields"][name]["accuracy"] = score.accuracy
        return data


# -- helpers ---------------------------------------------------------------------------

def load_gold(path: str | Path) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def _accepted(gold: dict[str, Any], key: str) -> list[Any]:
    """The gold value(s) of a field plus its *_also_accepted extras."""
    return _as_list(gold.get(key)) + list(gold.get(f"{key}_also_accepted") or [])


def _parse_gold_date(text: str) -> tuple[date, str]:
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        return date(*parts), "day"
    if len(parts) == 2:
        return date(parts[0], parts[1], 1), "month"
    return date(parts[0], 1, 1), "year"


def _date_close(pred: Optional[date], gold_text: str, tolerance_days: int) -> bool:
    if pred is None:
        return False
    gold_date, precision = _parse_gold_date(gold_text)
    if precision == "day":
        return abs((pred - gold_date).days) <= tolerance_days
    if precision == "month":
        return (pred.year, pred.month) == (gold_date.year, gold_date.month)
    return pred.year == gold_date.year


def describe(record: IncidentRecord) -> str:
    """One line naming a prediction: date, place, primary attack type, toll."""
    when = record.date.isoformat() if record.date else "undated"
    where = ", ".join(x for x in (record.place.city, record.place.country) if x) or "nowhere"
    what = record.attacktypes[0] if record.attacktypes else "no attack type"
    toll = f"{record.nkill if record.nkill is not None else '?'} killed"
    return f"{when} {where}: {what} ({toll})"


def matches_gold(record: IncidentRecord, gold: dict[str, Any]) -> bool:
    """The gold file's matching rule: country, date within a day, accepted city."""
    if not gold.get("country") or fold(record.place.country) not in {
            fold(c) for c in _accepted(gold, "country") if c}:
        return False
    if not gold.get("date") or not _date_close(record.date, gold["date"], tolerance_days=1):
        return False
    cities = [c for c in _accepted(gold, "city") if c]
    return not cities or fold(record.place.city) in {fold(c) for c in cities}


# -- field rules -----------------------------------------------------------------------

def _folded(values: list[Any]) -> set[str]:
    return {fold(v) for v in values if v}


def _types_ok(pred: list[str], gold: dict[str, Any], key: str) -> bool:
    """Primary predicted type among the gold types; every predicted type among the gold
    types or the also-accepted ones."""
    if not pred:
        return False
    if fold(pred[0]) not in _folded(_as_list(gold[key])):
        return False
    return {fold(p) for p in pred} <= _folded(_accepted(gold, key))


def _count_ok(pred: Optional[int], gold: dict[str, Any], key: str) -> bool:
    """Exact, or an also-accepted figure. A gold null means the report does not state the
    figure: a prediction of null or 0 is accepted then."""
    accepted = _accepted(gold, key)
    if gold[key] is None:
        accepted += [None, 0]
    return pred in accepted


def _name_found(gold_name: str, predicted_names: list[str]) -> bool:
    wanted = set(fold(gold_name).split())
    return any(wanted <= set(fold(name).split()) for name in predicted_names if name)


def _check_fields(pred: IncidentRecord, gold: dict[str, Any]) -> dict[str, tuple[bool, Any, Any]]:
    """field -> (correct, predicted value, accepted values), for the fields gold states."""
    place = pred.place
    checks: dict[str, tuple[bool, Any, Any]] = {}

    def check(name: str, ok: bool, predicted: Any, accepted: Any) -> None:
        checks[name] = (ok, predicted, accepted)

    pred_date = pred.date.isoformat() if pred.date else None
    gold_dates = [d for d in _accepted(gold, "date") if d]
    check("date", any(_date_close(pred.date, d, tolerance_days=0) for d in gold_dates),
          pred_date, gold_dates)
    for name, value in (("country", place.country), ("provstate", place.provstate),
                        ("city", place.city)):
        if gold.get(name) is not None:
            accepted = _accepted(gold, name)
            check(name, fold(value) in _folded(accepted), value, accepted)
    if gold.get("latitude") is not None and gold.get("longitude") is not None:
        has = place.latitude is not None and place.longitude is not None
        km = haversine_km(place.latitude, place.longitude, gold["latitude"], gold["longitude"]) \
            if has else None
        check("latlon", km is not None and km <= LATLON_TOLERANCE_KM,
              (place.latitude, place.longitude), (gold["latitude"], gold["longitude"]))
    for name in ("attacktypes", "weaptypes", "targtypes"):
        if gold.get(name):
            check(name, _types_ok(getattr(pred, name), gold, name), getattr(pred, name),
                  _accepted(gold, name))
    for name in CASUALTY_FIELDS:
        if name in gold:
            check(name, _count_ok(getattr(pred, name), gold, name), getattr(pred, name),
                  _accepted(gold, name))
    # Hostages are coded for every incident: ishostkid must be 1 exactly when gold says so.
    wants_hostages = gold.get("hostages") is True
    check("hostages", (pred.ishostkid == 1) == wants_hostages, pred.ishostkid,
          1 if wants_hostages else "not 1")
    if "claimed" in gold:
        check("claimed", pred.claimed in _accepted(gold, "claimed"), pred.claimed,
              _accepted(gold, "claimed"))
    if gold.get("claim_channel"):
        # either way round: "Amaq" for "Amaq News Agency", or "the Amaq News Agency"
        p = fold(pred.claim_channel)
        ok = bool(p) and any(g and (g in p or p in g) for g in _folded(_accepted(gold, "claim_channel")))
        check("claim_channel", ok, pred.claim_channel, _accepted(gold, "claim_channel"))
    if "gname" in gold:
        accepted = _accepted(gold, "gname")
        ok = (None in accepted) if not pred.gname else fold(pred.gname) in _folded(accepted)
        check("gname", ok, pred.gname, accepted)
    if gold.get("perpetrators"):
        names = [p.name for p in pred.perpetrators if p.name]
        ok = all(_name_found(g, names) for g in gold["perpetrators"])
        check("perpetrators", ok, names, gold["perpetrators"])
    if "suicide" in gold:
        check("suicide", pred.suicide in _accepted(gold, "suicide"), pred.suicide,
              _accepted(gold, "suicide"))
    return checks


# -- evaluation ------------------------------------------------------------------------

def _pair_score(pred: IncidentRecord, gold: dict[str, Any]) -> float:
    checks = _check_fields(pred, gold)
    agreement = sum(ok for ok, _, _ in checks.values()) / len(checks)
    gold_date, _ = _parse_gold_date(gold["date"])
    days_off = abs((pred.date - gold_date).days) if pred.date else 1
    return agreement - 0.1 * days_off


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def evaluate(records: list[IncidentRecord], gold: dict[str, Any]) -> EvalReport:
    required: list[dict[str, Any]] = list(gold.get("incidents") or [])
    optional: list[dict[str, Any]] = list(gold.get("optional_incidents") or [])

    pairs = [(_pair_score(pred, g), -i, i, j)
             for i, pred in enumerate(records) for j, g in enumerate(required)
             if matches_gold(pred, g)]
    pairs.sort(reverse=True)
    gold_to_pred: dict[int, int] = {}
    used: set[int] = set()
    for _, _, i, j in pairs:
        if i not in used and j not in gold_to_pred:
            gold_to_pred[j] = i
            used.add(i)

    errors: list[str] = []
    ignored: list[str] = []
    fp = 0
    for i, pred in enumerate(records):
        if i in used:
            continue
        split_of = next((g for j, g in enumerate(required)
                         if g.get("allow_split") and j in gold_to_pred and matches_gold(pred, g)),
                        None)
        if split_of is not None:
            ignored.append(f"{split_of['id']} (split part): {describe(pred)}")
            continue
        optional_of = next((g for g in optional if matches_gold(pred, g)), None)
        if optional_of is not None:
            ignored.append(f"{optional_of['id']} (optional): {describe(pred)}")
            continue
        fp += 1
        errors.append(f"false positive: {describe(pred)}")

    scores = {name: FieldScore() for name in FIELDS}
    matches: list[Match] = []
    for j, g in enumerate(required):
        if j not in gold_to_pred:
            errors.append(f"missed: {g['id']}")
            continue
        pred = records[gold_to_pred[j]]
        matches.append(Match(gold_id=g["id"], predicted=describe(pred),
                             prediction_index=gold_to_pred[j]))
        for name, (ok, predicted, accepted) in _check_fields(pred, g).items():
            scores[name].total += 1
            scores[name].correct += int(ok)
            if not ok:
                errors.append(f"{g['id']}: {name}: predicted {predicted!r}, gold {accepted!r}")

    tp = len(gold_to_pred)
    fn = len(required) - tp
    precision, recall, f1 = _prf(tp, fp, fn)
    accuracies = [s.accuracy for s in scores.values() if s.accuracy is not None]
    return EvalReport(tp=tp, fp=fp, fn=fn, precision=precision, recall=recall, f1=f1,
                      fields=scores,
                      field_mean=sum(accuracies) / len(accuracies) if accuracies else None,
                      matches=matches, errors=errors, ignored=ignored)


def _fmt(value: Optional[float]) -> str:
    return "   -" if value is None else f"{value:.3f}"


def format_report(report: EvalReport) -> str:
    lines = [
        f"incidents: tp {report.tp}  fp {report.fp}  fn {report.fn}   "
        f"precision {report.precision:.3f}  recall {report.recall:.3f}  F1 {report.f1:.3f}",
        "",
        f"{'field':<16}{'correct':>8}{'total':>7}{'accuracy':>10}",
    ]
    for name, score in report.fields.items():
        lines.append(f"{name:<16}{score.correct:>8}{score.total:>7}{_fmt(score.accuracy):>10}")
    lines.append(f"{'field mean':<31}{_fmt(report.field_mean):>10}")
    if report.matches:
        lines += ["", "matches:"] + [f"  {m.gold_id} <- {m.predicted}" for m in report.matches]
    if report.ignored:
        lines += ["", "ignored (split parts, optional incidents):"]
        lines += [f"  {x}" for x in report.ignored]
    if report.errors:
        lines += ["", "errors:"] + [f"  {e}" for e in report.errors]
    return "\n".join(lines)


def records_for_gold(store: Any, gold: dict[str, Any],
                     all_incidents: bool = False) -> list[IncidentRecord]:
    """The stored records a gold file speaks about: those with a source whose path ends
    with the gold's "document" (all records when all_incidents or no document is named)."""
    source: Optional[str] = None if all_incidents else gold.get("document")
    return [inc.record for inc in store.incidents(source=source, with_evidence=False)]

