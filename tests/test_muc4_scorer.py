"""The MUC-4 scorer on hand-made cases and on the real dev gold."""
from datetime import date

import pytest

from incidex.evaluate.muc4 import (
    evaluate_muc4,
    format_report,
    gold_date_test,
    gold_places,
    head_noun,
    load_gold,
    muc4_dir,
    normalise,
    pool_gold_entities,
    score_roles,
    score_types,
)

needs_data = pytest.mark.skipif(not (muc4_dir() / "gtt" / "dev.jsonl").exists(),
                                reason="shared/data/muc4 not available")


def _doc(docid="D1", **roles):
    template = {"incident_type": "bombing", "perp_individual": [], "perp_org": [], "target": [],
                "victim": [], "weapon": []}
    template.update(roles)
    return {"docid": docid, "templates": [template]}


def _pred(**mentions):
    return [{"attacktypes": ["Bombing/Explosion"], "mentions": mentions}]


def test_normalise_drops_case_punctuation_and_articles():
    assert normalise("The  FARABUNDO MARTI-Front, ") == "farabundo marti front"
    assert normalise("an M-16 rifle") == "m 16 rifle"


def test_head_noun_cuts_at_prepositions_and_commas():
    assert head_noun("THE HOUSE OF THE MAYOR") == "house"
    assert head_noun("CAR BOMB") == "bomb"
    assert head_noun("JESUIT PRIESTS, WHO WORKED AT UCA") == "priests"


def test_partial_match_counts_only_the_right_strings():
    gold = [_doc(perp_org=[["FARABUNDO MARTI NATIONAL LIBERATION FRONT", "FMLN"]],
                 target=[["EMBASSY"], ["BANK"]])]
    scores = score_roles({"D1": _pred(group=["fmln"], target=["the embassy", "school"])}, gold)
    micro = scores.micro()
    assert (micro.tp, micro.n_pred, micro.n_gold) == (2, 3, 3)
    assert scores.exact["target"].tp == 1 and scores.exact["group"].tp == 1


def test_duplicate_predicted_strings_count_once():
    gold = [_doc(weapon=[["DYNAMITE"]])]
    scores = score_roles({"D1": _pred(weapon=["DYNAMITE", "dynamite", "the dynamite"])}, gold)
    assert (scores.micro().tp, scores.micro().n_pred) == (1, 1)
    assert scores.micro().f1 == 1.0


def test_two_predictions_for_one_gold_entity_only_one_is_right():
    gold = [_doc(perp_org=[["FARABUNDO MARTI NATIONAL LIBERATION FRONT", "FMLN"]])]
    scores = score_roles({"D1": _pred(group=["FMLN", "Farabundo Marti National Liberation Front"])},
                         gold)
    micro = scores.micro()
    assert (micro.tp, micro.n_pred, micro.n_gold) == (1, 2, 1)
    assert micro.precision == 0.5 and micro.recall == 1.0


def test_matching_is_one_to_one_and_maximal():
    # "guerrillas" could pair with either entity; the matching must leave the other for "rebels"
    gold = [_doc(perp_individual=[["GUERRILLAS", "REBELS"], ["GUERRILLAS OF FMLN", "GUERRILLAS"]])]
    # the two entities share "GUERRILLAS" and are merged into one by pooling
    assert len(pool_gold_entities(gold[0])["perpetrator"]) == 1
    gold = [_doc(perp_individual=[["GUERRILLAS", "REBELS"], ["URBAN COMMANDOS"]],
                 victim=[["JOSE PEREZ"]])]
    scores = score_roles({"D1": _pred(perpetrator=["rebels", "urban commandos", "guerrillas"])}, gold)
    assert scores.exact["perpetrator"].tp == 2 and scores.exact["perpetrator"].n_pred == 3


def test_head_noun_column_is_looser():
    gold = [_doc(target=[["HOUSE OF THE MAYOR"]])]
    scores = score_roles({"D1": _pred(target=["mayor's house"])}, gold)
    assert scores.exact["target"].tp == 0
    assert scores.head["target"].tp == 1  # both heads are "house"
    scores = score_roles({"D1": _pred(target=["the mayor"])}, gold)
    assert scores.exact["target"].tp == 0 and scores.head["target"].tp == 0


def test_ambiguous_gold_type_accepts_either_and_multisets_pair():
    gold = [{"docid": "D1", "templates": [{"incident_type": "bombing / attack"},
                                          {"incident_type": "kidnapping"}]}]
    preds = {"D1": [{"attacktypes": ["Armed Assault"]},
                    {"attacktypes": ["Hostage Taking (Kidnapping)"]},
                    {"attacktypes": ["Hostage Taking (Kidnapping)"]}]}
    types = score_types(preds, gold)
    assert (types.tp, types.n_pred, types.n_gold) == (2, 3, 2)


def test_key_dates_days_ranges_on_or_before_and_alternatives():
    assert gold_date_test("09 JAN 90")(date(1990, 1, 9))
    assert not gold_date_test("09 JAN 90")(date(1990, 1, 10))
    in_range = gold_date_test("26 DEC 89 - 03 JAN 90")
    assert in_range(date(1990, 1, 1)) and not in_range(date(1990, 1, 4))
    before = gold_date_test("- 04 FEB 90")
    assert before(date(1990, 2, 1)) and not before(date(1990, 2, 5))
    either = gold_date_test("(08 MAR 90) / (- 06 MAR 90)")
    assert either(date(1990, 3, 8)) and either(date(1990, 3, 1)) and not either(date(1990, 3, 7))
    assert gold_date_test(None) is None


def test_places_of_a_key_location():
    assert gold_places("COLOMBIA: CUCUTA (CITY) - CAMPANARIO (RURAL AREA)") == ["cucuta", "campanario"]
    assert gold_places("PERU: LIMA (CITY): SAN ISIDRO (NEIGHBORHOOD)") == ["lima", "san isidro"]
    assert gold_places("EL SALVADOR") == []


def test_date_country_city_of_aligned_records():
    gold = [{"docid": "D1", "templates": [
        {"incident_type": "bombing", "date": "09 JAN 90", "country": "GUATAMALA",
         "location": "GUATAMALA: GUATEMALA CITY (CITY)"}]}]
    preds = {"D1": [{"attacktypes": ["Bombing/Explosion"], "date": "1990-01-09",
                     "place": {"country": "Guatemala", "city": "Guatemala City"}},
                    {"attacktypes": ["Armed Assault"], "date": "1990-01-09"}]}
    report = evaluate_muc4("hand", preds, gold)
    assert report.n_aligned == 1
    assert (report.date.correct, report.country.correct, report.city.correct) == (1, 1, 1)
    assert report.relevance.f1 == 1.0 and report.types.precision == 0.5


@needs_data
def test_gold_against_itself_is_perfect_and_empty_is_zero():
    gold = load_gold("dev")
    perfect = {d["docid"]: [{"muc_type": t["incident_type"].split(" / ")[0]} for t in d["templates"]]
               for d in gold}
    for doc in gold:
        if perfect[doc["docid"]]:
            perfect[doc["docid"]][0]["mentions"] = {
                role: [entity[0] for entity in entities]
                for role, entities in pool_gold_entities(doc).items()}
    report = evaluate_muc4("dev", perfect, gold)
    assert report.roles.micro().f1 == 1.0 and report.roles.micro("head").f1 == 1.0
    assert report.types.f1 == 1.0 and report.relevance.f1 == 1.0
    assert report.roles.micro().n_gold == 468

    empty = evaluate_muc4("dev", {}, gold)
    assert empty.roles.micro().f1 == 0.0 and empty.types.f1 == 0.0 and empty.relevance.f1 == 0.0
    text = format_report(empty)
    assert "PerpOrg" in text and "micro" in text and "relevance" in text
