import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from incidex.model import Evidence, IncidentRecord, Perpetrator, Place
from incidex.store.db import SCHEMA_VERSION, Store, StoreError
from store_seed_records import make_document, paris_background_record, seed_document, seed_records


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "incidex.db"


@pytest.fixture
def seeded(db_path):
    with Store(db_path) as store:
        store.ingest(seed_document(), seed_records())
    return db_path


def dump(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def second_report(text: str = "Update: five people died in the Trebes supermarket attack.") -> tuple:
    doc = make_document(text, "/feeds/afp/2018-03-24.txt", published=date(2018, 3, 24))
    record = IncidentRecord(
        date=date(2018, 3, 24), place=Place(country="France", city="Trebes"),
        attacktypes=["Armed Assault"], nkill=5, nwound=16, motive="revenge for Syria",
        perpetrators=[Perpetrator(name="Redouane Lakdim", age=25)],
        evidence=[Evidence("nkill", text, 0, len(text))])
    return doc, record


def test_schema_is_created_with_version_and_wal(db_path):
    with Store(db_path):
        pass
    conn = sqlite3.connect(db_path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"documents", "incidents", "incident_sources", "evidence", "perpetrators",
            "schema_version"} <= tables
    assert conn.execute("SELECT version FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_newer_schema_is_refused(db_path):
    with Store(db_path):
        pass
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 1,))
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="schema version"):
        Store(db_path)


def test_ingest_stores_document_incidents_sources_evidence(db_path):
    with Store(db_path) as store:
        doc = seed_document()
        assert not store.has_document(doc.content_hash)
        outcome = store.ingest(doc, seed_records())
        assert not outcome.skipped_duplicate
        assert len(outcome.new) == 7 and outcome.updated == []
        assert store.has_document(doc.content_hash)

        trebes = store.incident(outcome.new[0])
        assert trebes.eventid == "201803230001"
        assert trebes.record == seed_records()[0]
        assert [s.source for s in trebes.sources] == [doc.source]
        assert trebes.sources[0].published == date(2018, 3, 26)
        fields = {e.field for e in trebes.evidence}
        assert fields == {"date", "nwound", "perpetrators"}
        for e in trebes.evidence:
            assert e.document_id == outcome.document_id
            assert doc.text[e.start:e.end].strip() == e.sentence
        assert store.perpetrators(trebes.id)[0].name == "Redouane Lakdim"
        assert store.document(outcome.document_id).text == doc.text


def test_eventids_number_incidents_of_one_day_in_sequence(db_path):
    with Store(db_path) as store:
        out = store.ingest(seed_document(), seed_records() + [paris_background_record()])
        eventids = [store.incident(i).eventid for i in out.new]
    # Marseille and Edmonton share 2017-10-01; the Paris record knows only its month
    assert eventids[1:3] == ["201710010001", "201710010002"]
    assert eventids[-1] == "201511000001"
    assert all(len(e) == 12 for e in eventids)


def test_reingesting_same_document_changes_nothing(seeded):
    before = dump(seeded)
    with Store(seeded) as store:
        outcome = store.ingest(seed_document(), seed_records())
    assert outcome.skipped_duplicate and outcome.new == [] and outcome.updated == []
    assert outcome.document_id == 1
    assert dump(seeded) == before


def test_second_report_is_merged_into_the_stored_incident(seeded):
    doc, record = second_report()
    with Store(seeded) as store:
        outcome = store.ingest(doc, [record])
        assert outcome.new == [] and outcome.updated == [1]
        merged = store.incident(1)
        assert store.count_incidents() == 7
    assert merged.record.place.city == "Trèbes"  # first report's spelling kept
    assert merged.record.nwound == 16 and merged.record.nkill == 5
    assert merged.record.motive == "revenge for Syria"
    assert len(merged.record.perpetrators) == 1
    assert [s.document_id for s in merged.sources] == [1, 2]
    assert {e.document_id for e in merged.evidence} == {1, 2}
    assert merged.eventid == "201803230001"


def test_records_of_one_document_are_not_merged_with_each_other(db_path):
    carcassonne = IncidentRecord(date=date(2018, 3, 23),
                                 place=Place(country="France", city="Carcassonne",
                                             latitude=43.2130, longitude=2.3491),
                                 attacktypes=["Armed Assault"], nkill=1)
    with Store(db_path) as store:
        out = store.ingest(seed_document(), [seed_records()[0], carcassonne])
        assert len(out.new) == 2


def test_failed_ingest_leaves_database_exactly_as_before(seeded):
    before = dump(seeded)
    doc, record = second_report()
    unserialisable = replace(seed_records()[1], mentions={"weapon": [object()]})
    with Store(seeded) as store:
        # the first record is merged (an UPDATE) before the second fails to serialise
        with pytest.raises(TypeError):
            store.ingest(doc, [record, unserialisable])
        assert not store.has_document(doc.content_hash)
        assert store.incident(1).record == seed_records()[0]
    assert dump(seeded) == before
    # and the store still works afterwards
    with Store(seeded) as store:
        assert store.ingest(doc, [record]).updated == [1]


def test_failed_ingest_into_empty_database_leaves_no_rows(db_path):
    with Store(db_path) as store:
        broken = replace(seed_records()[0], mentions={"x": [{1, 2}]})
        with pytest.raises(TypeError):
            store.ingest(seed_document(), seed_records()[1:3] + [broken])
        assert store.stats().documents == 0 and store.stats().incidents == 0


def test_filters(seeded):
    with Store(seeded) as store:
        def cities(**kw):
            return [i.record.place.city for i in store.incidents(**kw)]

        assert cities(country="france") == ["Marseille", "Trèbes"]  # date order
        assert cities(since=date(2017, 12, 1), until=date(2018, 2, 28)) == [
            "New York City", "Saint Petersburg", "Melbourne"]
        assert cities(attacktype="Bombing") == ["New York City", "Saint Petersburg"]
        # an incident is found under its second attack type too
        assert cities(attacktype="Hostage Taking") == ["Trèbes"]
        # "Armed Assault" must not find "Unarmed Assault"-only incidents
        assert "New York City" not in cities(attacktype="Armed Assault")
        assert cities(weaptype="Vehicle") == ["Edmonton", "New York City"]
        assert cities(targtype="Police") == ["Edmonton", "Trèbes"]
        assert cities(group="ISIL", country="United States") == ["New York City", "New York City"]
        assert cities(text="subway") == ["New York City"]
        assert cities(text="100%") == []
        assert cities(source="seeds/000_9d89ff7a1776516b.txt")[0] == "Marseille"
        assert cities(source="000_9d89ff7a1776516b.txt") != []
        assert cities(source="d89ff7a1776516b.txt") == []  # a whole file name, not any suffix
        assert cities(limit=2, offset=1) == ["Edmonton", "New York City"]
        assert store.count_incidents(country="France") == 2
        assert store.count_incidents() == 7


def test_documents_and_stats(seeded):
    with Store(seeded) as store:
        docs = store.documents()
        assert len(docs) == 1 and docs[0].incidents == 7
        stats = store.stats()
    assert (stats.documents, stats.incidents, stats.countries) == (1, 7, 5)
    assert stats.first_date == date(2017, 10, 1) and stats.last_date == date(2018, 3, 23)
