from datetime import date

import pytest

from incidex.query.stats import count_by, header, timeline, totals
from incidex.store.db import Store
from store_seed_records import paris_background_record, seed_document, seed_records


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "q.db") as s:
        s.ingest(seed_document(), seed_records())
        yield s


def test_count_by_attacktype_counts_each_type_of_an_incident(store):
    counts = dict(count_by(store, "attacktype"))
    # Trèbes (Armed + Hostage), Marseille, Edmonton (Unarmed + Armed), Melbourne
    assert counts == {"Armed Assault": 4, "Bombing/Explosion": 2, "Unarmed Assault": 2,
                      "Hostage Taking (Barricade Incident)": 1}
    assert sum(counts.values()) > totals(store).incidents
    assert "counts under each" in header("attacktype")


def test_count_by_is_sorted_largest_first(store):
    rows = count_by(store, "country")
    # ties are ordered by label
    assert rows == [("France", 2), ("United States", 2), ("Australia", 1), ("Canada", 1),
                    ("Russia", 1)]


def test_count_by_weaptype_group_targtype(store):
    assert dict(count_by(store, "weaptype"))["Melee"] == 4
    groups = dict(count_by(store, "group"))
    assert groups == {"Islamic State of Iraq and the Levant (ISIL)": 5,
                      "Jihadi-inspired extremists": 2}
    assert dict(count_by(store, "targtype"))["Private Citizens & Property"] == 4


def test_count_by_month_in_date_order_with_vague_dates_apart(store):
    store.ingest(seed_document().__class__(text="x", source="y", content_hash="other"),
                 [paris_background_record()])
    months = count_by(store, "month")
    assert months == [("2015-11", 1), ("2017-10", 3), ("2017-12", 2), ("2018-02", 1),
                      ("2018-03", 1)]


def test_filters_apply_to_counts_and_totals(store):
    since, until = date(2017, 12, 1), date(2018, 12, 31)
    assert dict(count_by(store, "country", since=since, until=until)) == {
        "United States": 1, "Russia": 1, "Australia": 1, "France": 1}
    t = totals(store, since=since, until=until)
    assert (t.incidents, t.countries) == (4, 4)
    assert totals(store).incidents == 7 and totals(store).countries == 5
    assert dict(count_by(store, "attacktype", country="France")) == {
        "Armed Assault": 2, "Hostage Taking (Barricade Incident)": 1}


def test_unknown_dimension_is_refused(store):
    with pytest.raises(ValueError, match="cannot count by"):
        count_by(store, "colour")


def test_timeline(store):
    rows = timeline(store)
    assert ("2017-10", "Armed Assault", 2) in rows
    assert ("2017-10", "Unarmed Assault", 2) in rows
    assert ("2018-03", "Hostage Taking (Barricade Incident)", 1) in rows
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
