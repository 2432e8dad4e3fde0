from dataclasses import replace
from datetime import date

import pytest

from incidex.evaluate.gold import evaluate, format_report, load_gold, records_for_gold
from incidex.model import IncidentRecord, Perpetrator, Place
from incidex.store.db import Store
from store_seed_records import GOLD_PATH, make_document, paris_background_record, seed_document, seed_records


@pytest.fixture(scope="module")
def gold():
    return load_gold(GOLD_PATH)


def by_gold_id(report):
    return {m.gold_id: m for m in report.matches}


def field_errors(report, gold_id):
    return {e.split(": ")[1] for e in report.errors if e.startswith(gold_id + ":")}


def test_hand_coded_seed_records_score_full_incident_f1(gold):
    report = evaluate(seed_records(), gold)
    assert (report.tp, report.fp, report.fn) == (7, 0, 0)
    assert report.f1 == 1.0
    # the hand-coded records leave out Marseille's province and Melbourne's coordinates
    assert report.fields["latlon"].correct == 6 and report.fields["latlon"].total == 7
    assert report.fields["provstate"].correct == 6
    assert report.fields["suicide"].total == 1  # only where gold states it
    assert report.fields["perpetrators"].total == 2
    assert 0.95 < report.field_mean < 1.0
    assert field_errors(report, "melbourne-2018-02-09") == {"latlon"}


def test_missed_incidents_and_false_positives(gold):
    albukamal = IncidentRecord(date=date(2017, 11, 9), place=Place(country="Syria", city="Albu Kamal"),
                               attacktypes=["Armed Assault"])
    records = seed_records()[:5] + [albukamal]
    report = evaluate(records, gold)
    assert (report.tp, report.fp, report.fn) == (5, 1, 2)
    assert report.precision == pytest.approx(5 / 6)
    assert report.recall == pytest.approx(5 / 7)
    assert "missed: melbourne-2018-02-09" in report.errors
    assert any(e.startswith("false positive: 2017-11-09 Albu Kamal") for e in report.errors)


def test_duplicate_of_an_unsplittable_incident_is_a_false_positive(gold):
    st_petersburg = seed_records()[5]
    report = evaluate(seed_records() + [replace(st_petersburg, nwound=10)], gold)
    assert (report.tp, report.fp) == (7, 1)
    # greedy matching keeps the better prediction (18 wounded)
    assert "nwound" not in field_errors(report, "st-petersburg-2017-12-27")


def test_split_parts_and_optional_incidents_are_ignored(gold):
    carcassonne = IncidentRecord(date=date(2018, 3, 23),
                                 place=Place(country="France", city="Carcassonne"),
                                 attacktypes=["Armed Assault"], nkill=1)
    report = evaluate(seed_records() + [carcassonne, paris_background_record()], gold)
    assert (report.tp, report.fp, report.fn) == (7, 0, 0)
    assert len(report.ignored) == 2
    # an optional incident not extracted is not missed
    assert all("paris" not in e for e in report.errors)


def test_matching_rules(gold):
    trebes = seed_records()[0]
    accents = replace(trebes, place=replace(trebes.place, city="TREBES"))
    next_day = replace(trebes, date=date(2018, 3, 24))
    two_days = replace(trebes, date=date(2018, 3, 25))
    wrong_city = replace(trebes, place=replace(trebes.place, city="Narbonne"))
    assert evaluate([accents], gold).tp == 1
    report = evaluate([next_day], gold)
    assert report.tp == 1 and "date" in field_errors(report, "trebes-2018-03-23")
    assert evaluate([two_days], gold).tp == 0
    assert evaluate([wrong_city], gold).tp == 0


def test_type_rule_primary_must_be_a_gold_type(gold):
    new_york = seed_records()[3]  # gold: Unarmed Assault; Armed Assault also accepted
    ok = evaluate([replace(new_york, attacktypes=["Unarmed Assault", "Armed Assault"])], gold)
    assert ok.fields["attacktypes"].correct == 1
    primary_only_also = evaluate([replace(new_york, attacktypes=["Armed Assault"])], gold)
    assert primary_only_also.fields["attacktypes"].correct == 0
    stray = evaluate([replace(new_york, attacktypes=["Unarmed Assault", "Bombing/Explosion"])], gold)
    assert stray.fields["attacktypes"].correct == 0
    empty = evaluate([replace(new_york, attacktypes=[])], gold)
    assert empty.fields["attacktypes"].correct == 0


def test_casualty_also_accepted_and_null_rules(gold):
    marseille = seed_records()[1]  # gold nwound 0, null also accepted
    assert evaluate([replace(marseille, nwound=None)], gold).fields["nwound"].correct == 1
    assert evaluate([replace(marseille, nwound=2)], gold).fields["nwound"].correct == 0
    new_york = seed_records()[3]  # gold nwound 12, 11 also accepted
    assert evaluate([replace(new_york, nwound=12)], gold).fields["nwound"].correct == 1
    assert evaluate([replace(new_york, nwound=None)], gold).fields["nwound"].correct == 0
    # a gold null (figure not stated) accepts null or 0
    custom = {"incidents": [{"id": "x", "date": "2018-03-23", "country": "France",
                             "city": ["Trèbes"], "nkill": None}]}
    trebes = seed_records()[0]
    assert evaluate([replace(trebes, nkill=0)], custom).fields["nkill"].correct == 1
    assert evaluate([replace(trebes, nkill=None)], custom).fields["nkill"].correct == 1
    assert evaluate([replace(trebes, nkill=2)], custom).fields["nkill"].correct == 0


def test_hostages_gname_claim_channel_perpetrators(gold):
    trebes, edmonton = seed_records()[0], seed_records()[2]
    assert evaluate([replace(trebes, ishostkid=0)], gold).fields["hostages"].correct == 0
    assert evaluate([replace(edmonton, ishostkid=1)], gold).fields["hostages"].correct == 0
    assert evaluate([replace(edmonton, ishostkid=None)], gold).fields["hostages"].correct == 1
    # gname: null accepted only where gold lists null
    assert evaluate([replace(edmonton, gname=None)], gold).fields["gname"].correct == 1
    assert evaluate([replace(trebes, gname=None)], gold).fields["gname"].correct == 0
    assert evaluate([replace(trebes, gname="islamic state")], gold).fields["gname"].correct == 1
    for channel, correct in (("Amaq", 1), ("the AMAQ news agency", 1), (None, 0), ("Telegram", 0)):
        report = evaluate([replace(trebes, claim_channel=channel)], gold)
        assert report.fields["claim_channel"].correct == correct, channel
    lakdim = [Perpetrator(name="Lakdim")]
    assert evaluate([replace(trebes, perpetrators=lakdim)], gold).fields["perpetrators"].correct == 0
    full = [Perpetrator(name="Arnaud Beltrame"), Perpetrator(name="REDOUANE LAKDIM")]
    assert evaluate([replace(trebes, perpetrators=full)], gold).fields["perpetrators"].correct == 1


def test_evaluating_the_store_scores_only_the_gold_document(gold, tmp_path):
    with Store(tmp_path / "e.db") as store:
        store.ingest(seed_document(), seed_records())
        other = make_document("Another report.", "/data/other/001.txt")
        store.ingest(other, [IncidentRecord(date=date(2019, 1, 1),
                                            place=Place(country="Mali", city="Bamako"))])
        only_seed = records_for_gold(store, gold)
        everything = records_for_gold(store, gold, all_incidents=True)
    assert len(only_seed) == 7 and len(everything) == 8
    assert evaluate(everything, gold).fp == 1


def test_format_report_is_a_readable_table(gold):
    text = format_report(evaluate(seed_records()[1:], gold))
    assert "precision 1.000  recall 0.857" in text
    assert "field mean" in text
    assert "missed: trebes-2018-03-23" in text
    lines = [line for line in text.splitlines() if line.startswith("nkill ")]
    assert lines and lines[0].split()[1:] == ["6", "6", "1.000"]
