"""The shipped MUC-4 model on real dev documents and on hand-written text."""
import pytest

from incidex.evaluate.muc4 import load_gold, muc4_dir, normalise
from incidex.extract.muc_model import (
    MODEL_DIR,
    MucPrediction,
    RoleDecoding,
    decode_roles,
    gold_char_spans,
    load_muc_model,
    prepare_text,
)

needs_model = pytest.mark.skipif(not (MODEL_DIR / "ner").is_dir(), reason="model not trained")
needs_data = pytest.mark.skipif(not (muc4_dir() / "gtt" / "dev.jsonl").exists(),
                                reason="shared/data/muc4 not available")

TEXT = ("SAN SALVADOR, 12 JAN 90 -- URBAN GUERRILLAS OF THE FARABUNDO MARTI NATIONAL LIBERATION "
        "FRONT [FMLN] TODAY EXPLODED A CAR BOMB IN FRONT OF THE NATIONAL GUARD HEADQUARTERS IN "
        "SAN SALVADOR, KILLING TWO SOLDIERS. THE FMLN CLAIMED RESPONSIBILITY FOR THE ATTACK.")


@pytest.fixture(scope="session")
def model():
    return load_muc_model()


def test_prepare_text_keeps_offsets():
    text = "BOMB IN\n[LIMA]"
    assert prepare_text(text) == "bomb in (lima)"
    assert len(prepare_text(text)) == len(text)


def test_gold_spans_label_every_occurrence_longest_first():
    prepared = prepare_text("THE FMLN AND THE FARABUNDO MARTI FRONT. FMLN\nREBELS")
    templates = [{"perp_org": [["FMLN"], ["FARABUNDO MARTI FRONT"]],
                  "perp_individual": [["FMLN REBELS"]]}]
    spans = gold_char_spans(prepared, templates)
    assert [(prepared[s:e], label) for s, e, label in spans] == [
        ("fmln", "PERPORG"), ("farabundo marti front", "PERPORG"), ("fmln rebels", "PERPIND")]


def test_decoding_keeps_one_role_per_string_and_input_case():
    text = "The FMLN attacked. FMLN rebels and the FMLN."
    spans = [(4, 8, "group"), (19, 23, "group"), (19, 30, "perpetrator"), (39, 43, "perpetrator")]
    roles = decode_roles(text, spans, RoleDecoding(drop_substrings=False))
    assert roles["group"] == ["FMLN"]
    assert roles["perpetrator"] == ["FMLN rebels"]
    roles = decode_roles(text, spans, RoleDecoding(min_count={"group": 3}))
    assert roles["group"] == []


def test_the_vehicle_of_a_car_bomb_is_no_target():
    text = "A car bomb exploded near the embassy; the car was parked at the gate."
    spans = [(2, 10, "weapon"), (2, 5, "target"), (29, 36, "target")]
    roles = decode_roles(text, spans, RoleDecoding())
    assert roles["weapon"] == ["car bomb"] and roles["target"] == ["embassy"]


@needs_model
def test_hand_written_report(model):
    prediction = model.predict(TEXT)
    assert isinstance(prediction, MucPrediction)
    assert prediction.relevant_prob > 0.5
    assert prediction.types[0][0] == "bombing"
    found = {normalise(s) for strings in prediction.roles.values() for s in strings}
    assert "fmln" in found or "farabundo marti national liberation front" in found
    # strings come back in the input's case
    assert all(s == s.upper() for strings in prediction.roles.values() for s in strings)
    # lower-case input gives the same roles, lower-cased
    lower = model.predict(TEXT.lower())
    assert {r: [s.lower() for s in v] for r, v in prediction.roles.items()} == lower.roles


@needs_model
@needs_data
def test_dev_documents_relevance_and_perpetrator_organisation(model):
    dev = load_gold("dev")
    # every other dev document with a gold perpetrator organisation (32 of them)
    with_org = [d for d in dev if any(t["perp_org"] for t in d["templates"])][::2]
    found = 0
    for doc in with_org:
        prediction = model.predict(doc["text"])
        gold = {normalise(m) for t in doc["templates"] for e in t["perp_org"] for m in e}
        found += bool(gold & {normalise(s) for s in prediction.roles["group"]})
    assert found >= 0.6 * len(with_org)  # 26 of 32 when trained
    irrelevant = [d for d in dev if not d["templates"]][:20]
    assert sum(not model.records(model.predict(d["text"])) for d in irrelevant) >= 10  # 12
    relevant = [d for d in dev if d["templates"]][:20]
    assert sum(bool(model.records(model.predict(d["text"]))) for d in relevant) >= 14  # 16
