import csv
import io
import json

import pytest

from incidex.export.geojson import write_geojson
from incidex.export.gtd_csv import GTD_COLUMNS, read_gtd_csv, write_gtd_csv
from incidex.export.jsonl import write_jsonl
from incidex.store.db import Store
from store_seed_records import paris_background_record, seed_document, seed_records


@pytest.fixture(scope="module")
def incidents(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "e.db"
    with Store(path) as store:
        store.ingest(seed_document(), seed_records() + [paris_background_record()])
        return store.incidents()


def gtd_rows(incidents):
    out = io.StringIO()
    assert write_gtd_csv(incidents, out) == len(incidents)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_gtd_csv_has_gtd_columns_in_gtd_order(incidents):
    header = next(csv.reader(io.StringIO(_csv(incidents))))
    assert header[:len(GTD_COLUMNS)] == GTD_COLUMNS
    order = ["eventid", "iyear", "imonth", "iday", "country", "country_txt", "region",
             "attacktype1", "targtype1", "gname", "claimed", "weaptype1", "nkill", "nwound",
             "ishostkid", "scite1", "dbsource"]
    assert [header.index(c) for c in order] == sorted(header.index(c) for c in order)


def _csv(incidents):
    out = io.StringIO()
    write_gtd_csv(incidents, out)
    return out.getvalue()


def test_gtd_csv_values_and_codes(incidents):
    rows = {r["city"]: r for r in gtd_rows(incidents)}
    trebes = rows["Trèbes"]
    assert (trebes["eventid"], trebes["iyear"], trebes["imonth"], trebes["iday"]) == (
        "201803230001", "2018", "3", "23")
    assert (trebes["country"], trebes["country_txt"]) == ("69", "France")
    assert (trebes["region"], trebes["region_txt"]) == ("8", "Western Europe")
    assert (trebes["attacktype1"], trebes["attacktype1_txt"]) == ("2", "Armed Assault")
    assert (trebes["attacktype2"], trebes["attacktype2_txt"]) == (
        "5", "Hostage Taking (Barricade Incident)")
    assert trebes["attacktype3"] == "" and trebes["attacktype3_txt"] == ""
    assert (trebes["weaptype1"], trebes["weaptype2"]) == ("5", "9")
    assert (trebes["targtype1"], trebes["targtype2"]) == ("1", "3")
    assert (trebes["nkill"], trebes["nkillter"], trebes["nwound"], trebes["ishostkid"]) == (
        "5", "1", "15", "1")
    assert trebes["crit1"] == trebes["crit2"] == trebes["crit3"] == "1"
    assert trebes["dbsource"] == "incidex"
    assert "000_9d89ff7a1776516b.txt" in trebes["scite1"]
    # region comes from the country when the record lacks it
    assert rows["Edmonton"]["region_txt"] == "North America"
    # GTD unknown codes
    assert rows["Edmonton"]["nperps"] == "-99"
    assert rows["Melbourne"]["claimed"] == "-9"
    paris = rows["Paris"]
    assert (paris["imonth"], paris["iday"], paris["eventid"]) == ("11", "0", "201511000001")


def test_gtd_csv_round_trip(incidents, tmp_path):
    path = tmp_path / "out.csv"
    with open(path, "w", encoding="utf-8", newline="") as out:
        write_gtd_csv(incidents, out)
    records = read_gtd_csv(path)
    assert len(records) == len(incidents)
    by_city = {r.place.city: r for r in records}
    original = seed_records()[0]
    trebes = by_city["Trèbes"]
    for name in ("date", "date_precision", "attacktypes", "weaptypes", "targtypes", "gname",
                 "claimed", "claim_channel", "nkill", "nkillter", "nwound", "nwoundte",
                 "ishostkid", "nhostkid", "summary", "suicide"):
        assert getattr(trebes, name) == getattr(original, name), name
    assert trebes.place.latitude == pytest.approx(43.2106)
    assert [p.name for p in trebes.perpetrators] == ["Redouane Lakdim"]
    assert by_city["Melbourne"].claimed is None  # -9 read back as unknown
    assert by_city["Paris"].date_precision == "month"


def test_read_gtd_csv_reads_a_plain_gtd_extract(tmp_path):
    """A GTD release: float-formatted numbers, no incidex columns, Latin-1 text."""
    header = "eventid,iyear,imonth,iday,country_txt,city,attacktype1_txt,nkill,nwound,claimed,ishostkid\n"
    row = "201511130001,2015,11,13,France,Saint-Étienne,Armed Assault,90.0,,-9,1\n"
    path = tmp_path / "gtd.csv"
    path.write_bytes((header + row).encode("latin-1"))
    (record,) = read_gtd_csv(path)
    assert record.date.isoformat() == "2015-11-13" and record.date_precision == "day"
    assert record.place.city == "Saint-Étienne"
    assert (record.nkill, record.nwound, record.claimed, record.ishostkid) == (90, None, None, 1)


def test_jsonl_one_full_record_per_line(incidents):
    out = io.StringIO()
    assert write_jsonl(incidents, out) == 8
    lines = out.getvalue().splitlines()
    assert len(lines) == 8
    first = json.loads(lines[0])
    assert first["id"] == incidents[0].id and first["eventid"] == incidents[0].eventid
    trebes = next(json.loads(line) for line in lines if json.loads(line)["place"]["city"] == "Trèbes")
    assert trebes["attacktypes"][1] == "Hostage Taking (Barricade Incident)"
    assert trebes["sources"][0]["published"] == "2018-03-26"
    assert {e["field"] for e in trebes["evidence"]} == {"date", "nwound", "perpetrators"}
    assert all(e["document_id"] == 1 for e in trebes["evidence"])


def test_geojson_points_and_left_out(incidents):
    out = io.StringIO()
    result = write_geojson(incidents, out)
    data = json.loads(out.getvalue())
    assert data["type"] == "FeatureCollection"
    # Melbourne and Paris records have no coordinates
    assert (result.written, result.without_coordinates) == (6, 2)
    assert len(data["features"]) == 6
    trebes = next(f for f in data["features"] if f["properties"]["city"] == "Trèbes")
    assert trebes["geometry"] == {"type": "Point", "coordinates": [2.4419, 43.2106]}
    assert trebes["properties"]["eventid"] == "201803230001"
    assert trebes["properties"]["attacktype"] == "Armed Assault"
    assert trebes["properties"]["nkill"] == 5


def test_geojson_of_nothing_is_valid():
    out = io.StringIO()
    write_geojson([], out)
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}
