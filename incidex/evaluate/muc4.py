"""MUC-4 benchmark scorer: document-level role fillers, incident types, relevance, date/place.

Gold comes from the five-role files `shared/data/muc4/gtt/{split}.jsonl` (their figures are
comparable with the literature; every template there also carries the key's date, location
and country). Predictions are what `incidex extract` writes: one JSON line per document,
`{"docid": ..., "incidents": [record, ...]}`, a record being an IncidentRecord dict whose
`mentions` maps the MUC roles (perpetrator, group, target, victim, weapon) to strings.

Role fillers (as in GRIT / TempGen / the gtt README): per document and role, gold entities of
all templates are pooled (an entity = a list of alternative mentions); strings are normalised
(lower case, punctuation -> space, articles a/an/the dropped, spaces collapsed); predicted
strings of a document and role are pooled and deduplicated after normalisation; predicted
strings and gold entities are paired one to one by maximum bipartite matching, a pair being
possible when the predicted string equals one mention of the entity; micro P/R/F1 over the
five roles. Gold entities of one role sharing a mention are merged (see pool_gold_entities). The looser "head" column pairs on head nouns instead (see `head_noun`).
"""
from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Optional

# MUC role (gtt field) -> key of IncidentRecord.mentions
ROLE_FIELDS: dict[str, str] = {
    "perp_individual": "perpetrator",
    "perp_org": "group",
    "target": "target",
    "victim": "victim",
    "weapon": "weapon",
}
ROLE_LABELS: dict[str, str] = {
    "perpetrator": "PerpInd",
    "group": "PerpOrg",
    "target": "Target",
    "victim": "Victim",
    "weapon": "Weapon",
}
ROLES: tuple[str, ...] = tuple(ROLE_FIELDS.values())

# GTD attack type (primary, attacktypes[0]) -> MUC incident type. MUC-4 has no hijacking type:
# a hijacking holds people against their will, which the MUC keys code as KIDNAPPING.
# "Unknown" falls back to the generic ATTACK. ROBBERY and FORCED WORK STOPPAGE have no GTD
# label: a record can name its MUC type directly with the extra key "muc_type".
GTD_TO_MUC_TYPE: dict[str, str] = {
    "Armed Assault": "attack",
    "Assassination": "attack",
    "Unarmed Assault": "attack",
    "Unknown": "attack",
    "Bombing/Explosion": "bombing",
    "Hostage Taking (Kidnapping)": "kidnapping",
    "Hostage Taking (Barricade Incident)": "kidnapping",
    "Hijacking": "kidnapping",
    "Facility/Infrastructure Attack": "arson",
}
MUC_TYPES: tuple[str, ...] = ("attack", "bombing", "kidnapping", "arson", "robbery",
                              "forced work stoppage")

_ARTICLES = {"a", "an", "the"}
# a head noun ends before the first of these (after the first word): "house of the mayor" -> house
_HEAD_BREAKERS = {"of", "in", "at", "from", "on", "with", "for", "to", "near", "who", "which",
                  "that", "and"}
_MONTHS = {m: i + 1 for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"])}
_COUNTRY_SPELLINGS = {"guatamala": "guatemala"}  # the key's own typo


# ---------------------------------------------------------------- string normalisation
def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def normalise(text: str) -> str:
    """Lower case, punctuation to spaces, articles dropped, spaces collapsed."""
    text = _strip_accents(text.lower())
    text = re.sub(r"[^\w\s]|_", " ", text)
    return " ".join(w for w in text.split() if w not in _ARTICLES)


def head_noun(text: str) -> str:
    """Approximate head noun: the string is cut at its first comma, normalised, cut before the
    first preposition / relative pronoun / "and" that is not its first word, and the last word
    left is the head ("the house of the mayor" -> "house", "car bomb" -> "bomb")."""
    words = normalise(text.split(",")[0]).split()
    for i, word in enumerate(words):
        if i > 0 and word in _HEAD_BREAKERS:
            words = words[:i]
            break
    return words[-1] if words else ""


# ---------------------------------------------------------------- result types
@dataclass
class PRF:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, tp: int, n_pred: int, n_gold: int) -> None:
        self.tp += tp
        self.n_pred += n_pred
        self.n_gold += n_gold

    def as_dict(self) -> dict[str, float]:
        return {"tp": self.tp, "n_pred": self.n_pred, "n_gold": self.n_gold,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class RoleScores:
    """Per-role and micro counts, exact-string and head-noun matching."""

    exact: dict[str, PRF] = field(default_factory=lambda: {r: PRF() for r in ROLES})
    head: dict[str, PRF] = field(default_factory=lambda: {r: PRF() for r in ROLES})

    def micro(self, mode: str = "exact") -> PRF:
        rows = self.exact if mode == "exact" else self.head
        total = PRF()
        for row in rows.values():
            total.add(row.tp, row.n_pred, row.n_gold)
        return total


@dataclass
class FieldAccuracy:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass
class Report:
    split: str
    n_docs: int
    roles: RoleScores
    types: PRF
    relevance: PRF
    n_aligned: int  # predicted records aligned to a gold template
    date: FieldAccuracy
    country: FieldAccuracy
    city: FieldAccuracy

    def as_dict(self) -> dict[str, Any]:
        return {
            "split": self.split, "n_docs": self.n_docs,
            "roles_exact": {ROLE_LABELS[r]: p.as_dict() for r, p in self.roles.exact.items()},
            "roles_head": {ROLE_LABELS[r]: p.as_dict() for r, p in self.roles.head.items()},
            "micro_exact": self.roles.micro("exact").as_dict(),
            "micro_head": self.roles.micro("head").as_dict(),
            "types": self.types.as_dict(), "relevance": self.relevance.as_dict(),
            "n_aligned": self.n_aligned,
            "date": vars(self.date), "country": vars(self.country), "city": vars(self.city),
        }


# ---------------------------------------------------------------- matching
def max_bipartite_matching(n_left: int, n_right: int,
                           edge: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """Maximum matching by augmenting paths (Kuhn); the graphs here have a handful of nodes."""
    adjacency = [[j for j in range(n_right) if edge(i, j)] for i in range(n_left)]
    match_of_right: list[Optional[int]] = [None] * n_right

    def augment(i: int, seen: set[int]) -> bool:
        for j in adjacency[i]:
            if j in seen:
                continue
            seen.add(j)
            if match_of_right[j] is None or augment(match_of_right[j], seen):
                match_of_right[j] = i
                return True
        return False

    for i in range(n_left):
        augment(i, set())
    return [(i, j) for j, i in enumerate(match_of_right) if i is not None]


def _dedupe(strings: Iterable[str], key: Callable[[str], str]) -> list[str]:
    seen: dict[str, str] = {}
    for s in strings:
        k = key(s)
        if k and k not in seen:
            seen[k] = s
    return list(seen.values())


def score_doc_role(predicted: Iterable[str], gold_entities: list[list[str]]) -> tuple[int, int, int, int]:
    """(exact tp, head tp, n predicted, n gold) for one document and role."""
    raw_preds = _dedupe(predicted, normalise)
    preds = [normalise(s) for s in raw_preds]
    golds = [[normalise(m) for m in entity] for entity in gold_entities]
    pred_heads = [head_noun(s) for s in raw_preds]
    gold_heads = [[head_noun(m) for m in entity] for entity in gold_entities]
    exact = max_bipartite_matching(len(preds), len(golds), lambda i, j: preds[i] in golds[j])
    head = max_bipartite_matching(
        len(preds), len(golds),
        lambda i, j: preds[i] in golds[j] or (bool(pred_heads[i]) and pred_heads[i] in gold_heads[j]))
    return len(exact), len(head), len(preds), len(golds)


def pool_gold_entities(doc: Mapping[str, Any]) -> dict[str, list[list[str]]]:
    """Role -> entities of all the document's templates. Entities of one role that share a
    mention after normalisation are merged into one (their mentions joined): a string from the
    text cannot tell them apart, so a system that outputs it once has found them both. This
    gives 2,465 / 468 / 287 gold entities on train / dev / test, against the 2,484 / 475 / 292
    quoted in gtt/README.md (whose exact pooling rule is not given)."""
    pooled: dict[str, list[list[str]]] = {}
    for role_field, role in ROLE_FIELDS.items():
        groups: list[tuple[set[str], list[str]]] = []  # (normalised mentions, raw mentions)
        for template in doc.get("templates") or []:
            for entity in template.get(role_field) or []:
                keys = {normalise(m) for m in entity} - {""}
                mentions = list(entity)
                for group in [g for g in groups if g[0] & keys]:
                    groups.remove(group)
                    keys |= group[0]
                    mentions = group[1] + [m for m in mentions if m not in group[1]]
                groups.append((keys, mentions))
        pooled[role] = [mentions for _, mentions in groups]
    return pooled


def _as_dict(record: Any) -> dict[str, Any]:
    return record if isinstance(record, dict) else record.to_dict()


def predicted_role_strings(records: Iterable[Any]) -> dict[str, list[str]]:
    pooled: dict[str, list[str]] = {r: [] for r in ROLES}
    for record in records:
        for role, strings in (_as_dict(record).get("mentions") or {}).items():
            if role in pooled:
                pooled[role].extend(s for s in strings if s)
    return pooled


def score_roles(predictions: Mapping[str, list[Any]], gold_docs: Iterable[Mapping[str, Any]]) -> RoleScores:
    """Document-level role-filler entity scores over the gold documents (a docid missing from
    `predictions` counts as an empty prediction; predicted docids not in gold are ignored)."""
    scores = RoleScores()
    for doc in gold_docs:
        gold = pool_gold_entities(doc)
        pred = predicted_role_strings(predictions.get(doc["docid"]) or [])
        for role in ROLES:
            tp_exact, tp_head, n_pred, n_gold = score_doc_role(pred[role], gold[role])
            scores.exact[role].add(tp_exact, n_pred, n_gold)
            scores.head[role].add(tp_head, n_pred, n_gold)
    return scores


# ---------------------------------------------------------------- incident types
def muc_type_of(record: Any) -> Optional[str]:
    """MUC type of a predicted record: its own "muc_type" if given, else from the primary GTD
    attack type; None when neither says anything."""
    data = _as_dict(record)
    if data.get("muc_type"):
        return str(data["muc_type"]).lower()
    attacktypes = data.get("attacktypes") or []
    if not attacktypes:
        return None
    return GTD_TO_MUC_TYPE.get(attacktypes[0], "attack")


def gold_type_options(template: Mapping[str, Any]) -> set[str]:
    """`attack / bombing` accepts either."""
    return {t.strip() for t in str(template.get("incident_type") or "").split("/") if t.strip()}


def score_types(predictions: Mapping[str, list[Any]], gold_docs: Iterable[Mapping[str, Any]]) -> PRF:
    """Per document, predicted types (one per record) against gold templates' types, paired one
    to one; micro P/R/F1. A record without a type counts as a wrong prediction."""
    total = PRF()
    for doc in gold_docs:
        golds = [gold_type_options(t) for t in doc.get("templates") or []]
        preds = [muc_type_of(r) for r in predictions.get(doc["docid"]) or []]
        pairs = max_bipartite_matching(len(preds), len(golds), lambda i, j: preds[i] in golds[j])
        total.add(len(pairs), len(preds), len(golds))
    return total


def score_relevance(predictions: Mapping[str, list[Any]], gold_docs: Iterable[Mapping[str, Any]]) -> PRF:
    """F1 of the positive class: relevant = at least one template / at least one record."""
    total = PRF()
    for doc in gold_docs:
        gold = bool(doc.get("templates"))
        pred = bool(predictions.get(doc["docid"]))
        total.add(int(gold and pred), int(pred), int(gold))
    return total


# ---------------------------------------------------------------- dates and places
DateTest = Callable[[date], bool]


def _key_date(text: str) -> Optional[tuple[Optional[int], int, int]]:
    """'09 JAN 90' -> (1990, 1, 9); '11 NOV' -> (None, 11, 11); unparseable -> None."""
    m = re.fullmatch(r"\s*(\d{1,2})\s+([A-Z]{3})[A-Z]*\.?(?:\s+(\d{2}))?\s*", text.upper())
    if not m or m.group(2) not in _MONTHS:
        return None
    year = 1900 + int(m.group(3)) if m.group(3) else None
    if year is not None and year < 1950:  # '11 NOV 00': a typo for 89/90, no year check
        year = None
    return year, _MONTHS[m.group(2)], int(m.group(1))


def _to_date(parts: tuple[Optional[int], int, int], default_year: int) -> date:
    year, month, day = parts
    year = year or default_year
    first_of_next = date(year + (month == 12), month % 12 + 1, 1)
    return min(date(year, month, 1) + timedelta(days=day - 1), first_of_next - timedelta(days=1))


def gold_date_test(key: Optional[str]) -> Optional[DateTest]:
    """A predicate accepting the dates the key's INCIDENT: DATE allows: a day, a range 'A - B'
    (any day inside), '- B' (on or before B), alternatives '(x) / (y)' (any of them). A day
    without a year accepts that day of any year. None when the key has no usable date."""
    if not key:
        return None
    tests: list[DateTest] = []
    for alternative in re.split(r"\s/\s", key):
        alternative = alternative.strip().strip("()").strip()
        if " - " in f" {alternative} " and re.search(r"(^|\s)-\s", alternative):
            start_text, _, end_text = alternative.rpartition("-")
            end = _key_date(end_text)
            start = _key_date(start_text) if start_text.strip() else None
            if end is None:
                continue
            if start is None:
                tests.append(lambda d, e=end: d <= _to_date(e, d.year))
            else:
                tests.append(lambda d, s=start, e=end:
                             _to_date(s, d.year) <= d <= _to_date(e, d.year)
                             or _to_date(e, d.year) <= d <= _to_date(s, d.year))
        else:
            single = _key_date(alternative)
            if single is not None:
                tests.append(lambda d, s=single: d == _to_date(s, d.year))
    if not tests:
        return None
    return lambda d: any(t(d) for t in tests)


def _norm_place(text: Optional[str]) -> str:
    text = normalise(text or "")
    return _COUNTRY_SPELLINGS.get(text, text)


def gold_places(location: Optional[str]) -> list[str]:
    """Normalised names of the places below the country in a key location such as
    'COLOMBIA: CUCUTA (CITY) - CAMPANARIO (RURAL AREA) / BOGOTA (CITY)'."""
    if not location:
        return []
    names: list[str] = []
    for alternative in location.split(" / "):
        for level in alternative.split(":")[1:]:
            for place in re.split(r"\s-\s|,", level):
                name = re.sub(r"\([^)]*\)?", " ", place)
                name = _norm_place(name)
                if name and name not in names:
                    names.append(name)
    return names


def _predicted_date(record: Mapping[str, Any]) -> Optional[date]:
    value = record.get("date")
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _place(record: Mapping[str, Any]) -> Mapping[str, Any]:
    place = record.get("place") or {}
    return place if isinstance(place, Mapping) else vars(place)


def _field_hits(record: Mapping[str, Any], template: Mapping[str, Any]) -> tuple[Optional[bool], ...]:
    """(date ok, country ok, city ok); None where the gold has nothing to compare."""
    test = gold_date_test(template.get("date"))
    pred_date = _predicted_date(record)
    date_ok = None if test is None else (pred_date is not None and test(pred_date))
    country_ok = None
    if template.get("country"):
        country_ok = _norm_place(_place(record).get("country")) == _norm_place(template["country"])
    places = gold_places(template.get("location"))
    city_ok = None
    if places:
        city_ok = _norm_place(_place(record).get("city")) in places
    return date_ok, country_ok, city_ok


def align_records(records: list[Mapping[str, Any]], templates: list[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """Pair predicted records with gold templates of one document, one to one: only pairs whose
    incident types agree are candidates; greedily, the pair agreeing on most of date, country
    and city first (ties: earlier record, earlier template)."""
    candidates = []
    for i, record in enumerate(records):
        for j, template in enumerate(templates):
            if muc_type_of(record) not in gold_type_options(template):
                continue
            agreement = sum(bool(hit) for hit in _field_hits(record, template))
            candidates.append((-agreement, i, j))
    pairs: list[tuple[int, int]] = []
    used_records: set[int] = set()
    used_templates: set[int] = set()
    for _, i, j in sorted(candidates):
        if i not in used_records and j not in used_templates:
            pairs.append((i, j))
            used_records.add(i)
            used_templates.add(j)
    return pairs


def score_fields(predictions: Mapping[str, list[Any]], gold_docs: Iterable[Mapping[str, Any]]
                 ) -> tuple[int, FieldAccuracy, FieldAccuracy, FieldAccuracy]:
    """Accuracy of date, country and city over aligned (record, template) pairs where the gold
    template has that field."""
    accuracies = (FieldAccuracy(), FieldAccuracy(), FieldAccuracy())
    n_aligned = 0
    for doc in gold_docs:
        records = [_as_dict(r) for r in predictions.get(doc["docid"]) or []]
        templates = list(doc.get("templates") or [])
        for i, j in align_records(records, templates):
            n_aligned += 1
            for accuracy, hit in zip(accuracies, _field_hits(records[i], templates[j])):
                if hit is not None:
                    accuracy.total += 1
                    accuracy.correct += int(hit)
    return n_aligned, *accuracies


# ---------------------------------------------------------------- data and reports
def muc4_dir() -> Path:
    """shared/data/muc4: $INCIDEX_MUC4_DIR, else a `shared/data/muc4` in or above the repo."""
    if os.environ.get("INCIDEX_MUC4_DIR"):
        return Path(os.environ["INCIDEX_MUC4_DIR"])
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "shared" / "data" / "muc4"
        if candidate.is_dir():
            return candidate
    return Path("/work/shared/data/muc4")


def load_gold(split: str) -> list[dict[str, Any]]:
    path = muc4_dir() / "gtt" / f"{split}.jsonl"
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_predictions(path: Path) -> dict[str, list[dict[str, Any]]]:
    predictions: dict[str, list[dict[str, Any]]] = {}
    with Path(path).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                predictions.setdefault(str(row["docid"]), []).extend(row.get("incidents") or [])
    return predictions


def evaluate_muc4(split: str, predictions: Mapping[str, list[Any]],
                  gold_docs: Optional[list[Mapping[str, Any]]] = None) -> Report:
    gold_docs = gold_docs if gold_docs is not None else load_gold(split)
    n_aligned, date_acc, country_acc, city_acc = score_fields(predictions, gold_docs)
    return Report(split=split, n_docs=len(gold_docs),
                  roles=score_roles(predictions, gold_docs),
                  types=score_types(predictions, gold_docs),
                  relevance=score_relevance(predictions, gold_docs),
                  n_aligned=n_aligned, date=date_acc, country=country_acc, city=city_acc)


def run(split: str, predictions_path: Optional[Path] = None) -> Report:
    """Score a predictions file; without one, run the shipped MUC model on the split."""
    if predictions_path is not None:
        predictions: Mapping[str, list[Any]] = load_predictions(predictions_path)
    else:
        from incidex.extract.muc_model import predict_records_for_docs

        predictions = predict_records_for_docs(load_gold(split))
    return evaluate_muc4(split, predictions)


def format_report(report: Report) -> str:
    lines = [f"MUC-4 {report.split}: {report.n_docs} documents",
             "",
             f"{'role':<10}{'P':>8}{'R':>8}{'F1':>8}   {'P head':>8}{'R head':>8}{'F1 head':>8}"
             f"{'right':>7}{'pred':>6}{'gold':>6}"]

    def row(name: str, exact: PRF, head: PRF) -> str:
        return (f"{name:<10}{exact.precision:8.4f}{exact.recall:8.4f}{exact.f1:8.4f}   "
                f"{head.precision:8.4f}{head.recall:8.4f}{head.f1:8.4f}"
                f"{exact.tp:7d}{exact.n_pred:6d}{exact.n_gold:6d}")

    for role in ROLES:
        lines.append(row(ROLE_LABELS[role], report.roles.exact[role], report.roles.head[role]))
    lines.append(row("micro", report.roles.micro("exact"), report.roles.micro("head")))
    lines.append("")
    for name, prf in (("incident type", report.types), ("relevance", report.relevance)):
        lines.append(f"{name:<14} P {prf.precision:.4f}  R {prf.recall:.4f}  F1 {prf.f1:.4f}"
                     f"  ({prf.tp} right, {prf.n_pred} predicted, {prf.n_gold} gold)")
    lines.append(f"aligned records: {report.n_aligned}")
    for name, acc in (("date", report.date), ("country", report.country), ("city", report.city)):
        lines.append(f"{name:<8} accuracy {acc.accuracy:.4f} ({acc.correct}/{acc.total})")
    return "\n".join(lines)
