"""A model trained on MUC-4: role fillers (spaCy NER over lower-cased text), document relevance
and incident types (linear models over tf-idf, stored as JSON).

Trained by `python scripts/train_muc4.py --out incidex/data/models/muc4`; see the README
there for figures. Input of any case works: the text is lower-cased before anything reads it,
and strings come back as they appear in the input.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional

from incidex.ingest.dateline import parse_dateline

MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "models" / "muc4"

# MUC role (gtt field) -> IncidentRecord.mentions key -> NER label
ROLE_OF_FIELD: dict[str, str] = {
    "perp_individual": "perpetrator",
    "perp_org": "group",
    "target": "target",
    "victim": "victim",
    "weapon": "weapon",
}
LABEL_OF_ROLE: dict[str, str] = {
    "perpetrator": "PERPIND",
    "group": "PERPORG",
    "target": "TARGET",
    "victim": "VICTIM",
    "weapon": "WEAPON",
}
ROLE_OF_LABEL: dict[str, str] = {label: role for role, label in LABEL_OF_ROLE.items()}
MUC_TYPES: tuple[str, ...] = ("attack", "bombing", "kidnapping", "arson", "robbery",
                              "forced work stoppage")
# the GTD attack type a record of each MUC type gets (robbery / work stoppage have none)
GTD_ATTACKTYPE_OF_MUC: dict[str, str] = {
    "attack": "Armed Assault",
    "bombing": "Bombing/Explosion",
    "kidnapping": "Hostage Taking (Kidnapping)",
    "arson": "Facility/Infrastructure Attack",
    "robbery": "Unknown",
    "forced work stoppage": "Unknown",
}
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


# ---------------------------------------------------------------- text preparation
def prepare_text(text: str) -> str:
    """What the models read: lower case, line breaks as spaces, [ ] as ( ) (as in the MUC
    `text_gtt`). Character offsets are those of the input, so spans map back to it."""
    prepared = text.lower().replace("\n", " ").replace("\r", " ").replace("\t", " ")
    prepared = prepared.replace("[", "(").replace("]", ")")
    if len(prepared) != len(text):  # a few Unicode letters change length when lower-cased
        prepared = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        prepared = re.sub(r"[\n\r\t]", " ", prepared).replace("[", "(").replace("]", ")")
    return prepared


@lru_cache(maxsize=8192)
def mention_words(mention: str) -> tuple[str, ...]:
    return tuple(prepare_text(mention).split())


@lru_cache(maxsize=8192)
def mention_pattern(mention: str) -> re.Pattern[str]:
    """A gold mention as a regex over prepared text: whole words, any run of spaces between.
    Cached: the model's string table has more entries than `re`'s own cache holds."""
    words = mention_words(mention)
    body = r"\s+".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w]){body}(?![\w])")


def gold_char_spans(prepared: str, templates: Iterable[Mapping[str, Any]]) -> list[tuple[int, int, str]]:
    """Every occurrence of every gold mention, labelled with its role; where occurrences
    overlap the longer one wins (then the earlier role in ROLE_OF_FIELD order)."""
    candidates: list[tuple[int, int, str]] = []
    for template in templates:
        for field_name, role in ROLE_OF_FIELD.items():
            for entity in template.get(field_name) or []:
                for mention in entity:
                    if not mention.strip():
                        continue
                    for m in mention_pattern(mention).finditer(prepared):
                        candidates.append((m.start(), m.end(), LABEL_OF_ROLE[role]))
    role_rank = {label: i for i, label in enumerate(LABEL_OF_ROLE.values())}
    candidates.sort(key=lambda s: (-(s[1] - s[0]), role_rank[s[2]], s[0]))
    taken = [False] * (len(prepared) + 1)
    chosen: list[tuple[int, int, str]] = []
    for start, end, label in candidates:
        if any(taken[start:end]):
            continue
        for i in range(start, end):
            taken[i] = True
        chosen.append((start, end, label))
    return sorted(chosen)


# ---------------------------------------------------------------- linear text classifiers
_WORD = re.compile(r"[a-z][a-z'\-]*[a-z]|[a-z]|\d+")


def text_features(prepared: str) -> list[str]:
    """Unigrams and bigrams of words (digits collapsed to one token)."""
    words = [("<num>" if w.isdigit() else w) for w in _WORD.findall(prepared)]
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


@dataclass
class LinearTextModel:
    """Logistic regression over sublinear, l2-normalised tf-idf of `text_features`; one weight
    vector per output (a sigmoid each)."""

    vocabulary: dict[str, int]
    idf: list[float]
    outputs: list[str]
    coef: list[list[float]]  # outputs x features
    intercept: list[float]

    def vector(self, prepared: str) -> dict[int, float]:
        counts = Counter(self.vocabulary[f] for f in text_features(prepared) if f in self.vocabulary)
        weights = {i: (1.0 + math.log(c)) * self.idf[i] for i, c in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {i: w / norm for i, w in weights.items()}

    def probabilities(self, prepared: str) -> dict[str, float]:
        vec = self.vector(prepared)
        out = {}
        for name, coef, bias in zip(self.outputs, self.coef, self.intercept):
            z = bias + sum(coef[i] * w for i, w in vec.items())
            out[name] = 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))
        return out

    def to_json(self) -> dict[str, Any]:
        return {"vocabulary": self.vocabulary, "idf": [round(x, 5) for x in self.idf],
                "outputs": self.outputs,
                "coef": [[round(x, 5) for x in row] for row in self.coef],
                "intercept": [round(x, 5) for x in self.intercept]}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "LinearTextModel":
        return cls(vocabulary=dict(data["vocabulary"]), idf=list(data["idf"]),
                   outputs=list(data["outputs"]), coef=[list(r) for r in data["coef"]],
                   intercept=list(data["intercept"]))


# ---------------------------------------------------------------- role lexicon
def lexicon_key(mention: str) -> str:
    return " ".join(prepare_text(mention).split())


@dataclass
class RoleLexicon:
    """Strings that were role fillers in training: per role, string -> (documents where it was a
    gold filler of that role, relevant documents whose text contains it). Frequent fillers such
    as "fmln", "car bomb" or "shining path" are found by look-up even where the tagger misses
    them; the ratio says how often such a string is a filler when it occurs."""

    entries: dict[str, dict[str, tuple[int, int]]]
    # pairs of strings that were alternative mentions of one gold entity ("fmln" / "farabundo
    # marti national liberation front"): a document naming both has one entity, not two
    aliases: list[tuple[str, str]] = field(default_factory=list)
    # dateline city -> country of the incidents its reports told of ("san salvador" -> "el salvador")
    dateline_countries: dict[str, str] = field(default_factory=dict)

    def fillers(self, prepared: str, min_ratio: Mapping[str, float], min_docs: int = 2
                ) -> list[tuple[int, int, str]]:
        """(start, end, role) of the first occurrence of every qualifying string in the text;
        a string qualifies when it was a filler in at least `min_docs` training documents and
        in at least `min_ratio[role]` of those containing it (add-one smoothed)."""
        return [(start, end, role) for start, end, role, hits, ratio in self._occurrences(prepared)
                if role in min_ratio and hits >= min_docs and ratio >= min_ratio[role]]

    def _occurrences(self, prepared: str) -> list[tuple[int, int, str, int, float]]:
        cache = self.__dict__.setdefault("_cache", {})
        if prepared not in cache:
            found = []
            for role, strings in self.entries.items():
                for key, (hits, occurrences) in strings.items():
                    # a multi-word string may be split by any run of spaces, so its words
                    # are looked for one by one before a regex is built for it
                    if key in prepared or (" " in key and all(w in prepared for w in mention_words(key))):
                        match = mention_pattern(key).search(prepared)
                        if match:
                            found.append((match.start(), match.end(), role, hits,
                                          hits / (occurrences + 1)))
            if len(cache) > 256:
                cache.clear()
            cache[prepared] = found
        return cache[prepared]

    def ratio(self, role: str, key: str, min_occurrences: int = 4) -> Optional[float]:
        """Share of the relevant training documents containing the string (a `_key`) where it
        was a filler of the role; None when it occurred in too few of them."""
        table = self.__dict__.get("_by_key")
        if table is None:
            table = {r: {_key(k): v for k, v in strings.items()} for r, strings in self.entries.items()}
            self.__dict__["_by_key"] = table
        stats = table.get(role, {}).get(key)
        if stats is None or stats[1] < min_occurrences:
            return None
        return stats[0] / (stats[1] + 1)

    def to_json(self) -> dict[str, Any]:
        return {"entries": {role: {k: list(v) for k, v in strings.items()}
                            for role, strings in self.entries.items()},
                "aliases": [list(pair) for pair in self.aliases],
                "dateline_countries": self.dateline_countries}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "RoleLexicon":
        return cls({role: {k: (int(v[0]), int(v[1])) for k, v in strings.items()}
                    for role, strings in data["entries"].items()},
                   [(a, b) for a, b in data.get("aliases", [])],
                   dict(data.get("dateline_countries", {})))


def build_lexicon(docs: Iterable[Mapping[str, Any]], min_hits: int = 1) -> RoleLexicon:
    """Count, over relevant training documents, how often each gold mention string is a filler
    of its role and how often it occurs at all."""
    docs = [d for d in docs if d.get("templates")]
    filler_docs: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in docs:
        seen = {(lexicon_key(m), ROLE_OF_FIELD[f]) for t in doc["templates"]
                for f in ROLE_OF_FIELD for e in t.get(f) or [] for m in e}
        for key, role in seen:
            if key:
                filler_docs[role][key] += 1
    alias_pairs: set[tuple[str, str]] = set()
    for doc in docs:
        for template in doc["templates"]:
            for field_name in ROLE_OF_FIELD:
                for entity in template.get(field_name) or []:
                    keys = sorted({_key(m) for m in entity} - {""})
                    alias_pairs.update((a, b) for i, a in enumerate(keys) for b in keys[i + 1:])
    texts = [" ".join(prepare_text(d["text"]).split()) for d in docs]
    entries: dict[str, dict[str, tuple[int, int]]] = {}
    for role, counter in filler_docs.items():
        entries[role] = {}
        for key, hits in counter.items():
            if hits < min_hits:
                continue
            pattern = mention_pattern(key)
            occurrences = sum(1 for t in texts if key in t and pattern.search(t))
            entries[role][key] = (hits, max(occurrences, hits))
    countries: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in docs:
        city = dateline_city(doc["text"])
        for template in doc["templates"]:
            if city and template.get("country"):
                countries[city][template["country"].lower().replace("guatamala", "guatemala")] += 1
    dateline_countries = {city: c.most_common(1)[0][0] for city, c in sorted(countries.items())}
    return RoleLexicon(entries, sorted(alias_pairs), dateline_countries)


def dateline_city(text: str) -> Optional[str]:
    """"san salvador" from a wire dateline "SAN SALVADOR, 3 JAN 90 --" (lower case, one space)."""
    dateline = parse_dateline(text)
    if dateline is None or dateline.city is None:
        return None
    return " ".join(dateline.city.lower().split())


# ---------------------------------------------------------------- prediction
@dataclass
class MucPrediction:
    relevant_prob: float
    types: list[tuple[str, float]]  # MUC incident types, most probable first
    roles: dict[str, list[str]] = field(default_factory=dict)  # role -> surface strings
    # date / place read off a wire dateline, for records nothing better fills
    fallback_fields: dict[str, Any] = field(default_factory=dict)

    def predicted_types(self, thresholds: Mapping[str, float]) -> list[str]:
        """Types over their threshold; the most probable one at least."""
        chosen = [t for t, p in self.types if p >= thresholds.get(t, 0.5)]
        return chosen or [self.types[0][0]]


@dataclass
class RoleDecoding:
    """Post-processing choices (tuned on dev, stored in settings.json)."""

    min_count: dict[str, int] = field(default_factory=dict)  # role -> tagged occurrences needed
    drop_substrings: bool = True  # drop a string contained in a longer one of the same role
    one_role_per_string: bool = True  # a string tagged with several roles keeps its commonest
    lexicon_min_ratio: dict[str, float] = field(default_factory=dict)  # role -> min filler ratio
    merge_aliases: bool = True  # keep one string of "name (acronym)" or known alias pairs
    # role -> drop a tagged string that occurred in 4+ relevant training documents but was a
    # filler of that role in fewer than this share of them ("army", "government")
    drop_below_ratio: dict[str, float] = field(default_factory=dict)


@dataclass
class MucModel:
    nlp: Any  # spaCy pipeline with the role NER
    relevance: LinearTextModel
    types_model: LinearTextModel
    lexicon: Optional[RoleLexicon] = None
    relevance_threshold: float = 0.5
    # a document under the threshold is still relevant when the classifier gives it at least
    # `relevance_threshold_with_roles` and the tagger found `min_roles_for_relevance` fillers
    relevance_threshold_with_roles: float = 1.0
    min_roles_for_relevance: int = 1
    type_thresholds: dict[str, float] = field(default_factory=dict)
    decoding: RoleDecoding = field(default_factory=RoleDecoding)

    def tagged_spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, role) of every span the NER tags, offsets into `text`."""
        doc = self.nlp(prepare_text(text))
        return [(ent.start_char, ent.end_char, ROLE_OF_LABEL[ent.label_]) for ent in doc.ents
                if ent.label_ in ROLE_OF_LABEL]

    def lexicon_spans(self, text: str) -> list[tuple[int, int, str]]:
        if self.lexicon is None or not self.decoding.lexicon_min_ratio:
            return []
        return self.lexicon.fillers(prepare_text(text), self.decoding.lexicon_min_ratio)

    def decode_roles(self, text: str, spans: list[tuple[int, int, str]]) -> dict[str, list[str]]:
        aliases = self.lexicon.aliases if self.lexicon is not None else ()
        return decode_roles(text, spans, self.decoding, self.lexicon_spans(text), aliases,
                            self.lexicon)

    def classify(self, text: str) -> MucPrediction:
        """Relevance and incident types only (roles left empty)."""
        prepared = prepare_text(text)
        relevant = self.relevance.probabilities(prepared)["relevant"]
        type_probs = self.types_model.probabilities(prepared)
        types = sorted(type_probs.items(), key=lambda kv: -kv[1])
        return MucPrediction(relevant_prob=relevant, types=types, roles={},
                             fallback_fields=self.dateline_fields(text))

    def dateline_fields(self, text: str) -> dict[str, Any]:
        """Date and place of a wire dateline: the report's date (incidents are most often on
        or just before it) and the dateline city's usual country in training."""
        dateline = parse_dateline(text)
        if dateline is None:
            return {}
        fields: dict[str, Any] = {}
        if dateline.date is not None:
            fields["date"] = dateline.date.isoformat()
        city = dateline_city(text)
        # the country the dateline city's reports were about in training; else the one the
        # dateline names in brackets ("NO CITY (EL SALVADOR)", "SANTA FE (ARGENTINA)")
        country = (self.lexicon.dateline_countries.get(city) if self.lexicon and city else None) \
            or dateline.country
        if country:
            fields["place"] = {"country": country.title(), "city": city.title() if city else None}
        return fields

    def predict(self, text: str) -> MucPrediction:
        prediction = self.classify(text)
        prediction.roles = self.decode_roles(text, self.tagged_spans(text))
        return prediction

    def is_relevant(self, prediction: MucPrediction) -> bool:
        if prediction.relevant_prob >= self.relevance_threshold:
            return True
        n_roles = sum(len(strings) for strings in prediction.roles.values())
        return (prediction.relevant_prob >= self.relevance_threshold_with_roles
                and n_roles >= self.min_roles_for_relevance)

    def records(self, prediction: MucPrediction) -> list[dict[str, Any]]:
        """Incident records (dicts in IncidentRecord form plus "muc_type") for a prediction:
        none when the document is judged not relevant, else one per predicted type, with the
        role strings on the first."""
        if not self.is_relevant(prediction):
            return []
        records = []
        for muc_type in prediction.predicted_types(self.type_thresholds):
            records.append({"muc_type": muc_type,
                            "attacktypes": [GTD_ATTACKTYPE_OF_MUC[muc_type]],
                            "mentions": {}})
        records[0]["mentions"] = {role: list(strings) for role, strings in prediction.roles.items()}
        for record in records:
            record.update(prediction.fallback_fields)
        return records


def clean_surface(text: str) -> str:
    """Trim spaces, leading articles and stray punctuation of a tagged span."""
    text = " ".join(text.split()).strip(" ,.;:'\"()[]-")
    text = _ARTICLE.sub("", text)
    return text.strip(" ,.;:'\"()[]-")


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


@lru_cache(maxsize=256)
def parenthetical_aliases(text: str) -> frozenset[tuple[str, str]]:
    """("long name", "acronym") for every "LONG NAME (ACRONYM)" / "[ACRONYM]" in the text whose
    acronym letters appear, in order, as initials of the name's last words."""
    pairs: set[tuple[str, str]] = set()
    for m in re.finditer(r"((?:[\w'.-]+\s+){1,8}?[\w'.-]+)\s*[\[(]\s*([\w-]{2,8})\s*[\])]", text):
        acronym = _key(m.group(2)).replace(" ", "")
        words = _key(m.group(1)).split()
        if not acronym or not words:
            continue
        # the shortest tail of words starting with the acronym's first letter whose initials
        # hold all its letters (in any order: Spanish acronyms of English names, FMLN)
        for start in range(len(words) - 1, -1, -1):
            initials = "".join(w[0] for w in words[start:])
            if initials[0] == acronym[0] and not Counter(acronym) - Counter(initials):
                pairs.add((" ".join(words[start:]), acronym))
                break
    return frozenset(pairs)


def decode_roles(text: str, spans: list[tuple[int, int, str]], decoding: RoleDecoding,
                 forced: Iterable[tuple[int, int, str]] = (),
                 aliases: Iterable[tuple[str, str]] = (),
                 lexicon: Optional[RoleLexicon] = None) -> dict[str, list[str]]:
    """Document-level role fillers from tagged spans: count each (string, role); keep a string
    under its commonest role; drop strings tagged fewer times than the role's minimum; drop a
    string contained in a longer kept string of the same role. `forced` spans (lexicon look-ups)
    are kept whatever their count. Strings that name one entity (known alias pairs, or
    "long name (acronym)" in this text) keep only the first. The surface form kept is the first
    occurrence in the input."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    surface: dict[str, str] = {}
    order: dict[str, int] = {}
    for start, end, role in spans:
        string = clean_surface(text[start:end])
        key = _key(string)
        if not key:
            continue
        counts[key][role] += 1
        surface.setdefault(key, string)
        order.setdefault(key, start)
    by_role: dict[str, list[str]] = {role: [] for role in LABEL_OF_ROLE}
    for key in sorted(counts, key=order.__getitem__):
        roles = counts[key].most_common()
        if decoding.one_role_per_string:
            roles = roles[:1]
        for role, n in roles:
            if n < decoding.min_count.get(role, 1):
                continue
            if lexicon is not None and role in decoding.drop_below_ratio:
                ratio = lexicon.ratio(role, key)
                if ratio is not None and ratio < decoding.drop_below_ratio[role]:
                    continue
            by_role[role].append(key)
    for start, end, role in sorted(forced):
        string = clean_surface(text[start:end])
        key = _key(string)
        if key and key not in by_role[role]:
            if decoding.one_role_per_string and any(key in keys for keys in by_role.values()):
                continue
            surface.setdefault(key, string)
            by_role[role].append(key)
    same_entity = set(aliases) | parenthetical_aliases(text) if decoding.merge_aliases else set()
    result: dict[str, list[str]] = {}
    for role, keys in by_role.items():
        if same_entity:
            kept: list[str] = []
            for key in keys:
                if not any((key, k) in same_entity or (k, key) in same_entity for k in kept):
                    kept.append(key)
            keys = kept
        if decoding.drop_substrings:
            keys = [k for k in keys
                    if not any(k != other and re.search(rf"(?<!\w){re.escape(k)}(?!\w)", other)
                               for other in keys)]
        result[role] = [surface[k] for k in keys]
    # the vehicle of a weapon is no target: "car" of a "car bomb" (the car carried the bomb)
    weapons = [_key(w) for w in result.get("weapon", [])]
    result["target"] = [t for t in result.get("target", [])
                        if not any(_key(t) != w and re.search(rf"(?<!\w){re.escape(_key(t))}(?!\w)", w) for w in weapons)]
    return result


# ---------------------------------------------------------------- loading
def load_settings(model_dir: Path) -> dict[str, Any]:
    return json.loads((model_dir / "settings.json").read_text(encoding="utf-8"))


def build_model(model_dir: Path, nlp: Any = None, settings: Optional[Mapping[str, Any]] = None) -> MucModel:
    import spacy

    settings = settings if settings is not None else load_settings(model_dir)
    classifiers = json.loads((model_dir / "classifiers.json").read_text(encoding="utf-8"))
    decoding = RoleDecoding(**settings.get("decoding", {}))
    lexicon_path = model_dir / "lexicon.json"
    lexicon = (RoleLexicon.from_json(json.loads(lexicon_path.read_text(encoding="utf-8")))
               if lexicon_path.exists() else None)
    return MucModel(
        nlp=nlp if nlp is not None else spacy.load(model_dir / "ner"),
        relevance=LinearTextModel.from_json(classifiers["relevance"]),
        types_model=LinearTextModel.from_json(classifiers["types"]),
        lexicon=lexicon,
        relevance_threshold=float(settings.get("relevance_threshold", 0.5)),
        relevance_threshold_with_roles=float(settings.get("relevance_threshold_with_roles", 1.0)),
        min_roles_for_relevance=int(settings.get("min_roles_for_relevance", 1)),
        type_thresholds=dict(settings.get("type_thresholds", {})),
        decoding=decoding,
    )


@lru_cache(maxsize=2)
def load_muc_model(model_dir: Optional[str] = None) -> MucModel:
    """The shipped model (cached)."""
    return build_model(Path(model_dir) if model_dir else MODEL_DIR)


def predict_records_for_docs(docs: Iterable[Mapping[str, Any]], model: Optional[MucModel] = None
                             ) -> dict[str, list[dict[str, Any]]]:
    """docid -> predicted records, for MUC-style documents ({"docid", "text"})."""
    model = model or load_muc_model()
    return {str(doc["docid"]): model.records(model.predict(doc["text"])) for doc in docs}
