import csv
import io
import json

import pytest
from typer.testing import CliRunner

from incidex.cli import app
from incidex.store.db import Store
from store_seed_records import GOLD_PATH, paris_background_record, seed_document, seed_records

ENV = {"COLUMNS": "250", "INCIDEX_DB": None}


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cli.db"
    with Store(path) as store:
        store.ingest(seed_document(), seed_records() + [paris_background_record()])
    return path


def run(*args, env=None):
    result = CliRunner().invoke(app, [str(a) for a in args], env={**ENV, **(env or {})})
    return result


def test_incidents_table_with_filters(db):
    result = run("incidents", "--db", db)
    assert result.exit_code == 0, result.output
    assert "8 of 8 incidents" in result.output
    assert "Trèbes" in result.output and "Edmonton" in result.output
    # dates shown as precise as they are known; scope notes dropped from labels
    assert "2015-11 " in result.output and "2015-11-01" not in result.output
    assert "Vehicle; Melee" in result.output
    result = run("incidents", "--db", db, "--country", "France", "--since", "2017",
                 "--attacktype", "Hostage")
    assert result.exit_code == 0
    assert "1 of 1 incidents" in result.output and "Trèbes" in result.output
    assert "Marseille" not in result.output
    result = run("incidents", "--db", db, "--group", "ISIL", "--until", "2017-12", "--limit", "2")
    assert "2 of 4 incidents" in result.output


def test_db_from_environment(db):
    result = run("incidents", env={"INCIDEX_DB": str(db)})
    assert result.exit_code == 0 and "8 of 8" in result.output


def test_missing_database_exits_non_zero_with_message(tmp_path):
    missing = tmp_path / "nothing.db"
    for args in (["incidents"], ["show", "1"], ["stats"], ["export", "-o", "-"],
                 ["eval", str(GOLD_PATH)]):
        result = run(*args, "--db", missing)
        assert result.exit_code == 2, args
        assert "no incident database" in result.output
    assert not missing.exists()  # reading must not create an empty database


def test_bad_date_is_refused(db):
    result = run("incidents", "--db", db, "--since", "March")
    assert result.exit_code != 0
    assert "not a date" in result.output


def test_show_every_field_evidence_and_sources(db):
    result = run("show", "1", "--db", db)
    assert result.exit_code == 0, result.output
    out = result.output
    for text in ("201803230001", "Trèbes", "Hostage Taking (Barricade Incident)",
                 "Redouane Lakdim", "Amaq News Agency", "nwoundte", "perpetrator 1"):
        assert text in out, text
    assert "evidence" in out and "Another 15 people were wounded" in out
    assert "000_9d89ff7a1776516b.txt" in out
    by_eventid = run("show", "201803230001", "--db", db)
    assert by_eventid.exit_code == 0 and "Redouane Lakdim" in by_eventid.output
    assert run("show", "99", "--db", db).exit_code == 1


def test_export_formats(db, tmp_path):
    out_csv = tmp_path / "x.csv"
    result = run("export", "--format", "gtd-csv", "--output", out_csv, "--db", db)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out_csv.read_text(encoding="utf-8"))))
    assert len(rows) == 8 and rows[0]["eventid"] == "201511000001"

    result = run("export", "-f", "jsonl", "-o", "-", "--db", db, "--country", "Russia")
    assert result.exit_code == 0
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 1 and json.loads(lines[0])["place"]["city"] == "Saint Petersburg"

    out_geo = tmp_path / "x.geojson"
    result = run("export", "--format", "geojson", "--output", out_geo, "--db", db)
    assert result.exit_code == 0
    assert "left out 2" in result.output
    assert len(json.loads(out_geo.read_text())["features"]) == 6

    assert run("export", "--format", "xml", "-o", "-", "--db", db).exit_code != 0


def test_stats(db):
    result = run("stats", "--by", "attacktype", "--db", db)
    assert result.exit_code == 0, result.output
    assert "counts under each" in result.output
    assert "incidents 8, countries 5" in result.output
    result = run("stats", "--by", "country", "--db", db, "--since", "2017-12-01")
    assert "incidents 4, countries 4" in result.output
    assert "France" in result.output
    assert run("stats", "--by", "colour", "--db", db).exit_code != 0


def test_eval_from_db_and_from_csv(db, tmp_path):
    result = run("eval", GOLD_PATH, "--db", db)
    assert result.exit_code == 0, result.output
    assert "tp 7  fp 0  fn 0" in result.output
    assert "field mean" in result.output
    out_csv = tmp_path / "x.csv"
    run("export", "-o", out_csv, "--db", db)
    from_csv = run("eval", GOLD_PATH, "--csv", out_csv)
    assert from_csv.exit_code == 0
    assert "tp 7  fp 0  fn 0" in from_csv.output
    as_json = run("eval", GOLD_PATH, "--db", db, "--json")
    assert json.loads(as_json.stdout)["tp"] == 7
