"""The pipeline on the project's own example reports (examples/*.gold.json).

The floors below are the figures the pipeline reached when they were last raised
(`python scripts/eval_examples.py` prints the table); a change that drops under them is a
regression. Reports without incidents must give none.
"""
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MIN_MICRO_F1 = 0.97
MIN_FIELD_MEAN = 0.92


def _load_script():
    spec = importlib.util.spec_from_file_location("eval_examples", ROOT / "scripts" / "eval_examples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scored():
    script = _load_script()
    rows = script.score_examples()
    return rows, script.totals(rows)


def test_every_example_was_scored(scored):
    rows, _ = scored
    assert len(rows) == len(list((ROOT / "examples").glob("*.gold.json"))) >= 12


def test_micro_incident_f1_and_field_accuracy_hold(scored):
    rows, total = scored
    table = "\n".join(f"{r['document']}: F1 {r['f1']:.3f} fields {r['field_mean']}" for r in rows)
    assert total["f1"] >= MIN_MICRO_F1, table
    assert total["field_mean"] >= MIN_FIELD_MEAN, table


def test_reports_without_incidents_give_none(scored):
    rows, _ = scored
    empty = [r for r in rows if r["gold"] == 0]
    assert empty, "the corpus must keep its no-incident reports"
    for row in empty:
        assert row["fp"] == 0, row


def test_most_reports_find_their_main_incident(scored):
    rows, _ = scored
    with_incidents = [r for r in rows if r["gold"] > 0]
    found = [r for r in with_incidents if r["tp"] > 0]
    assert len(found) >= len(with_incidents) - 1
