"""The seed report end to end through the CLI: ingest -> eval, export -> eval --csv, re-ingest."""
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from incidex.cli import app

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seeds" / "000_9d89ff7a1776516b.txt"
GOLD = SHARED / "data" / "seed" / "gold.json"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds is not beside the repository")
runner = CliRunner()


def scores(output: str) -> tuple[float, float]:
    f1 = float(re.search(r"F1 ([0-9.]+)", output).group(1))
    mean = float(re.search(r"field mean\s+([0-9.]+)", output).group(1))
    return f1, mean


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("seed") / "incidex.db"
    result = runner.invoke(app, ["ingest", "--db", str(db), "-q", str(SEED)])
    assert result.exit_code == 0, result.output
    assert "incidents new: " in result.output
    return db


def test_seed_scores_perfect_from_the_database(seeded_db):
    result = runner.invoke(app, ["eval", "--db", str(seeded_db), str(GOLD)])
    assert result.exit_code == 0, result.output
    f1, mean = scores(result.output)
    assert f1 == 1.0
    assert mean >= 0.95


def test_seed_scores_perfect_from_the_gtd_csv_export(seeded_db, tmp_path):
    out = tmp_path / "seed.csv"
    result = runner.invoke(app, ["export", "--db", str(seeded_db), "--format", "gtd-csv", "--output", str(out)])
    assert result.exit_code == 0, result.output
    header = out.read_text(encoding="utf-8").splitlines()[0].split(",")
    for column in ("eventid", "iyear", "imonth", "iday", "country_txt", "attacktype1_txt", "weaptype1_txt",
                   "targtype1_txt", "gname", "nkill", "nkillter", "nwound", "claimed", "ishostkid"):
        assert column in header
    result = runner.invoke(app, ["eval", "--csv", str(out), str(GOLD)])
    f1, mean = scores(result.output)
    assert f1 == 1.0 and mean >= 0.95


def test_seed_aggregate_comes_out_of_stats(seeded_db):
    result = runner.invoke(app, ["stats", "--db", str(seeded_db), "--by", "country",
                                 "--since", "2017-10-01", "--until", "2018-03-31"])
    assert result.exit_code == 0, result.output
    assert re.search(r"incidents\D+7\b", result.output), result.output
    assert re.search(r"countries\D+5\b", result.output), result.output


def test_reingest_changes_nothing(seeded_db):
    before = runner.invoke(app, ["incidents", "--db", str(seeded_db)]).output
    result = runner.invoke(app, ["ingest", "--db", str(seeded_db), "-q", str(SEED)])
    assert "incidents new: 0, incidents updated: 0" in result.output
    assert runner.invoke(app, ["incidents", "--db", str(seeded_db)]).output == before


def test_seed_aggregate_by_primary_method(seeded_db):
    """'two stabbings, two rammings, two IED attacks, one shooting': primary weapon per incident."""
    result = runner.invoke(app, ["stats", "--db", str(seeded_db), "--by", "weaptype", "--primary",
                                 "--since", "2017-10-01", "--until", "2018-03-31"])
    assert result.exit_code == 0, result.output
    counts = {label.split(" (")[0]: int(n) for label, n in re.findall(r"│ (\w[^│]*?)\s+│\s+(\d+) │", result.output)}
    assert counts == {"Melee": 2, "Vehicle": 2, "Explosives": 2, "Firearms": 1}, result.output
