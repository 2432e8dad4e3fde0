"""The JSON API through the real app (FastAPI TestClient): every endpoint, filter, paging,
auth and error case, over a database holding the seed report's seven incidents."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api_helpers import TOKEN, make_seed_db, seed_like_extractor
from incidex.api.app import STATIC_DIR, create_app
from incidex.query.stats import count_by
from incidex.store.db import Store
from store_seed_records import seed_text

AUTH = {"Authorization": f"Bearer {TOKEN}"}
SEED_COUNTRIES = {"France", "Canada", "United States", "Russia", "Australia"}


@pytest.fixture
def db(tmp_path) -> Path:
    return make_seed_db(tmp_path / "seed.db")


@pytest.fixture
def client(db) -> TestClient:
    return TestClient(create_app(db, token=TOKEN, extract=seed_like_extractor))


@pytest.fixture
def read_only(db) -> TestClient:
    return TestClient(create_app(db, token=None, extract=seed_like_extractor))


def ids(response) -> list[int]:
    return [item["id"] for item in response.json()["items"]]


def held(client: TestClient) -> tuple[int, int]:
    info = client.get("/api/info").json()
    return info["documents"], info["incidents"]


def incident_id(client: TestClient, city: str) -> int:
    items = client.get("/api/incidents").json()["items"]
    return next(i["id"] for i in items if i["city"] == city)


# -- info ------------------------------------------------------------------------------

def test_info_reports_contents_and_write_mode(client, read_only):
    info = client.get("/api/info").json()
    assert info["incidents"] == 7 and info["documents"] == 1 and info["countries"] == 5
    assert (info["first_date"], info["last_date"]) == ("2017-10-01", "2018-03-23")
    assert info["read_only"] is False
    assert info["max_upload_bytes"] == 5 * 1024 * 1024
    assert read_only.get("/api/info").json()["read_only"] is True


def test_an_empty_token_means_read_only(db):
    assert TestClient(create_app(db, token="")).get("/api/info").json()["read_only"] is True


def test_missing_database_is_created_empty(tmp_path):
    path = tmp_path / "sub" / "new.db"
    client = TestClient(create_app(path))
    assert path.exists()
    assert client.get("/api/incidents").json() == {"total": 0, "limit": 100, "offset": 0, "items": []}


# -- incidents: filters and paging ----------------------------------------------------

def test_incidents_in_date_order_with_summary_fields(client):
    body = client.get("/api/incidents").json()
    assert body["total"] == 7 and body["limit"] == 100 and body["offset"] == 0
    dates = [i["date"] for i in body["items"]]
    assert dates == sorted(dates)
    trebes = body["items"][-1]
    assert trebes["city"] == "Trèbes" and trebes["country"] == "France"
    assert trebes["attacktypes"] == ["Armed Assault", "Hostage Taking (Barricade Incident)"]
    assert (trebes["nkill"], trebes["nwound"], trebes["sources"]) == (5, 15, 1)
    assert trebes["latitude"] == pytest.approx(43.2106)
    assert re.fullmatch(r"\d{12}", trebes["eventid"])


@pytest.mark.parametrize("params, cities", [
    ({"since": "2017-10-01", "until": "2018-03-31"},
     ["Marseille", "Edmonton", "New York City", "New York City", "Saint Petersburg", "Melbourne", "Trèbes"]),
    ({"since": "2017-12"}, ["New York City", "Saint Petersburg", "Melbourne", "Trèbes"]),
    ({"until": "2017-10"}, ["Marseille", "Edmonton", "New York City"]),  # a month: to its last day
    ({"since": "2018-02", "until": "2018-02"}, ["Melbourne"]),
    ({"since": "2018"}, ["Melbourne", "Trèbes"]),
    # a day past the month's end: since starts the next month, until ends this one
    ({"since": "2018-02-30"}, ["Trèbes"]),
    ({"since": "2018-02", "until": "2018-02-31"}, ["Melbourne"]),
    ({"country": "france"}, ["Marseille", "Trèbes"]),
    ({"attacktype": "Bombing"}, ["New York City", "Saint Petersburg"]),
    ({"attacktype": "3"}, ["New York City", "Saint Petersburg"]),  # GTD code of Bombing/Explosion
    ({"attacktype": "Hostage Taking"}, ["Trèbes"]),  # a secondary attack type counts too
    ({"weaptype": "Melee"}, ["Marseille", "Edmonton", "Melbourne", "Trèbes"]),
    ({"targtype": "Police"}, ["Edmonton", "Trèbes"]),
    ({"group": "ISIL"}, ["Marseille", "New York City", "New York City", "Saint Petersburg", "Trèbes"]),
    ({"group": "Jihadi"}, ["Edmonton", "Melbourne"]),
    ({"q": "supermarket"}, ["Saint Petersburg"]),
    ({"country": "United States", "attacktype": "Bombing/Explosion"}, ["New York City"]),
    ({"country": "Peru"}, []),
])
def test_incident_filters(client, params, cities):
    body = client.get("/api/incidents", params=params).json()
    assert [i["city"] for i in body["items"]] == cities
    assert body["total"] == len(cities)


def test_paging_covers_every_incident_once_and_reports_the_total(client):
    everything = ids(client.get("/api/incidents"))
    pages = [client.get("/api/incidents", params={"limit": 3, "offset": offset})
             for offset in (0, 3, 6, 9)]
    assert [p.json()["total"] for p in pages] == [7, 7, 7, 7]
    assert [len(p.json()["items"]) for p in pages] == [3, 3, 1, 0]
    assert sum((ids(p) for p in pages), []) == everything
    assert pages[1].json()["limit"] == 3 and pages[1].json()["offset"] == 3


def test_paging_with_a_filter_counts_the_filtered_total(client):
    body = client.get("/api/incidents", params={"group": "ISIL", "limit": 2, "offset": 4}).json()
    assert body["total"] == 5 and [i["city"] for i in body["items"]] == ["Trèbes"]


@pytest.mark.parametrize("params, word", [
    ({"limit": 0}, "limit"), ({"limit": 5001}, "limit"), ({"offset": -1}, "offset"),
    ({"limit": "ten"}, "limit"), ({"since": "2017-13"}, "since"), ({"since": "0000"}, "since"),
    ({"until": "yesterday"}, "until"), ({"since": "17-10-01"}, "since"), ({"until": "2018-02-1"}, "until"),
    ({"since": "\u0662\u0660\u0661\u0668"}, "since"),  # Arabic-Indic digits are no ISO date
])
def test_bad_query_parameters_are_422_with_a_json_error(client, params, word):
    response = client.get("/api/incidents", params=params)
    assert response.status_code == 422
    assert set(response.json()) == {"error"} and word in response.json()["error"]


# -- one incident, one document ---------------------------------------------------------

def test_incident_detail_has_every_field_evidence_and_source_text(client):
    detail = client.get(f"/api/incidents/{incident_id(client, 'Trèbes')}").json()
    record = detail["record"]
    assert record["place"]["provstate"] == "Occitanie"
    assert record["perpetrators"] == [{"name": "Redouane Lakdim", "age": 25, "nationality": "Morocco",
                                       "record": "criminal record"}]
    assert (record["claimed"], record["claim_channel"]) == (1, "Amaq News Agency")
    assert (record["nkill"], record["nkillter"], record["nhostkid"], record["inspired"]) == (5, 1, 1, True)
    # every field of the pipeline's record is in the answer
    from dataclasses import fields

    from incidex.model import IncidentRecord
    assert {f.name for f in fields(IncidentRecord)} <= set(record)

    assert [s["document_id"] for s in detail["sources"]] == [1]
    assert detail["sources"][0]["published"] == "2018-03-26"
    text = detail["documents"][0]["text"]
    assert text == seed_text()
    assert {e["field"] for e in detail["evidence"]} == {"date", "nwound", "perpetrators"}
    for evidence in detail["evidence"]:  # offsets point at the sentence in the document text
        assert text[evidence["start"]:evidence["end"]].strip() == evidence["sentence"]
    assert any("Another 15 people were wounded" in e["sentence"] for e in detail["evidence"])


@pytest.mark.parametrize("path, status", [
    ("/api/incidents/9999", 404), ("/api/incidents/0", 422), ("/api/incidents/abc", 422),
    (f"/api/incidents/{2 ** 70}", 422), ("/api/documents/9999", 404), ("/api/documents/-1", 422),
])
def test_unknown_or_malformed_ids(client, path, status):
    response = client.get(path)
    assert response.status_code == status and "error" in response.json()


def test_document_with_its_text(client):
    doc = client.get("/api/documents/1").json()
    assert doc["text"] == seed_text() and doc["published"] == "2018-03-26"
    assert doc["source"].endswith("000_9d89ff7a1776516b.txt") and len(doc["content_hash"]) == 64


# -- counts -----------------------------------------------------------------------------

@pytest.mark.parametrize("by", ["attacktype", "weaptype", "targtype", "country", "group", "month"])
def test_stats_are_the_numbers_of_the_stats_command(client, db, by):
    body = client.get("/api/stats", params={"by": by}).json()
    with Store(db) as store:
        expected = count_by(store, by)
    assert [(r["label"], r["count"]) for r in body["rows"]] == expected
    assert body["by"] == by and body["header"]
    assert body["totals"] == {"incidents": 7, "countries": 5}


def test_stats_for_a_period(client):
    body = client.get("/api/stats", params={"by": "country", "since": "2017-10", "until": "2018-03"}).json()
    assert body["totals"] == {"incidents": 7, "countries": 5}
    assert {r["label"] for r in body["rows"]} == SEED_COUNTRIES
    body = client.get("/api/stats", params={"by": "attacktype", "since": "2017-12"}).json()
    assert dict((r["label"], r["count"]) for r in body["rows"]) == {
        "Bombing/Explosion": 2, "Armed Assault": 2, "Hostage Taking (Barricade Incident)": 1}
    assert body["totals"] == {"incidents": 4, "countries": 4}
    by_month = client.get("/api/stats", params={"by": "month"}).json()["rows"]
    assert [r["label"] for r in by_month] == ["2017-10", "2017-12", "2018-02", "2018-03"]


def test_stats_by_an_unknown_dimension_is_422(client):
    response = client.get("/api/stats", params={"by": "colour"})
    assert response.status_code == 422 and "by" in response.json()["error"]


def test_timeline_months_and_attack_types(client):
    body = client.get("/api/timeline", params={"country": "France"}).json()
    assert body["rows"] == [
        {"month": "2017-10", "attacktype": "Armed Assault", "count": 1},
        {"month": "2018-03", "attacktype": "Armed Assault", "count": 1},
        {"month": "2018-03", "attacktype": "Hostage Taking (Barricade Incident)", "count": 1},
    ]
    assert body["totals"] == {"incidents": 2, "countries": 1}


# -- export -----------------------------------------------------------------------------

def test_export_gtd_csv(client):
    response = client.get("/api/export", params={"format": "gtd-csv"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert 'filename="incidex.csv"' in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 7
    assert {r["country_txt"] for r in rows} == SEED_COUNTRIES
    assert next(r for r in rows if r["city"] == "Trèbes")["attacktype2_txt"] == "Hostage Taking (Barricade Incident)"


def test_export_jsonl_with_filters(client):
    response = client.get("/api/export", params={"format": "jsonl", "country": "France"})
    assert response.headers["content-type"].startswith("application/x-ndjson")
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert [line["place"]["city"] for line in lines] == ["Marseille", "Trèbes"]
    assert lines[1]["evidence"] and lines[1]["sources"][0]["document_id"] == 1


def test_export_geojson_leaves_out_incidents_without_coordinates(client):
    response = client.get("/api/export", params={"format": "geojson"})
    assert response.headers["content-type"].startswith("application/geo+json")
    collection = response.json()
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == 6  # Melbourne has no coordinates
    assert [2.4419, 43.2106] in [f["geometry"]["coordinates"] for f in collection["features"]]


def test_export_of_an_unknown_format_is_422(client):
    response = client.get("/api/export", params={"format": "xlsx"})
    assert response.status_code == 422 and "format" in response.json()["error"]


# -- writing: auth ------------------------------------------------------------------------

def seed_post(text: str | None = None) -> dict:
    return {"text": text or seed_text(), "published": "2018-03-26", "source": "itic.org.il"}


def test_read_only_server_refuses_writes_with_403(read_only):
    before = held(read_only)
    response = read_only.post("/api/documents", json=seed_post(), headers=AUTH)
    assert response.status_code == 403
    assert "read-only" in response.json()["error"] and "INCIDEX_TOKEN" in response.json()["error"]
    assert held(read_only) == before


@pytest.mark.parametrize("headers", [
    {}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"},
    {"Authorization": "Bearer "}, {"Authorization": TOKEN},
])
def test_missing_or_wrong_token_is_401_and_writes_nothing(client, headers):
    before = held(client)
    response = client.post("/api/documents", json=seed_post(seed_text() + "\nCopy."), headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert "token" in response.json()["error"]
    assert held(client) == before


# -- writing: ingest ------------------------------------------------------------------------

@pytest.fixture
def empty(tmp_path) -> TestClient:
    return TestClient(create_app(tmp_path / "empty.db", token=TOKEN, extract=seed_like_extractor))


def test_post_json_stores_the_report_and_returns_its_incidents(empty):
    response = empty.post("/api/documents", json=seed_post(), headers=AUTH)
    assert response.status_code == 201
    result = response.json()
    assert result["duplicate"] is False and result["document_id"] == 1
    assert result["published"] == "2018-03-26"
    assert len(result["new"]) == 7 and result["updated"] == []
    assert {i["country"] for i in result["incidents"]} == SEED_COUNTRIES
    assert sorted(i["id"] for i in result["incidents"]) == sorted(result["new"])
    assert held(empty) == (1, 7)
    assert empty.get("/api/documents/1").json()["source"] == "itic.org.il"


def test_posting_the_same_report_again_changes_nothing(empty):
    assert empty.post("/api/documents", json=seed_post(), headers=AUTH).status_code == 201
    again = empty.post("/api/documents", json=seed_post(), headers=AUTH)
    assert again.status_code == 200
    assert again.json()["duplicate"] is True and again.json()["new"] == [] and again.json()["updated"] == []
    assert held(empty) == (1, 7)


def test_another_report_of_the_same_attacks_updates_them(client):
    response = client.post("/api/documents", json=seed_post(seed_text() + "\nRepublished with corrections."),
                           headers=AUTH)
    assert response.status_code == 201
    result = response.json()
    assert result["new"] == [] and len(result["updated"]) == 7
    assert held(client) == (2, 7)
    detail = client.get(f"/api/incidents/{incident_id(client, 'Trèbes')}").json()
    assert [s["document_id"] for s in detail["sources"]] == [1, 2]
    assert len(detail["documents"]) == 2


def test_post_a_file_upload_with_published_and_source(empty):
    response = empty.post("/api/documents", headers=AUTH,
                          files={"file": ("trebes.txt", seed_text().encode("utf-8"), "text/plain")},
                          data={"published": "2018-03-26", "source": "upload/trebes.txt"})
    assert response.status_code == 201, response.text
    assert len(response.json()["new"]) == 7
    doc = empty.get("/api/documents/1").json()
    assert doc["source"] == "upload/trebes.txt" and doc["published"] == "2018-03-26"
    assert doc["published_from"] == "argument"


def test_post_a_windows_1252_file_is_decoded(empty):
    response = empty.post("/api/documents", headers=AUTH,
                          files={"file": ("trebes.txt", seed_text().encode("cp1252", errors="replace"), "text/plain")})
    assert response.status_code == 201, response.text
    assert "Trèbes" in empty.get("/api/documents/1").json()["text"]


def test_post_pasted_text_as_a_form_field(empty):
    response = empty.post("/api/documents", headers=AUTH, data={"text": seed_text()})
    assert response.status_code == 201 and len(response.json()["new"]) == 7


def test_post_a_report_without_incidents(empty):
    text = "The city council met on Tuesday to discuss the new budget for parks and libraries."
    response = empty.post("/api/documents", json={"text": text}, headers=AUTH)
    assert response.status_code == 201
    assert response.json()["new"] == [] and response.json()["incidents"] == []
    assert held(empty) == (1, 0)


# -- writing: bad requests leave the database as it was ------------------------------------

@pytest.fixture
def small(db) -> TestClient:
    """Accepts reports of at most 2,000 bytes."""
    return TestClient(create_app(db, token=TOKEN, max_upload_bytes=2000, extract=seed_like_extractor))


def test_oversized_json_text_is_413(small):
    before = held(small)
    response = small.post("/api/documents", json={"text": "word " * 1000}, headers=AUTH)
    assert response.status_code == 413 and "2000" in response.json()["error"]
    assert held(small) == before


def test_oversized_file_is_413(small):
    before = held(small)
    response = small.post("/api/documents", headers=AUTH,
                          files={"file": ("big.txt", b"word " * 1000, "text/plain")})
    assert response.status_code == 413
    assert held(small) == before


def test_oversized_body_is_refused_from_its_declared_length(small):
    body = json.dumps({"text": "word " * 40000}).encode()  # well over limit + form allowance
    response = small.post("/api/documents", content=body,
                          headers={**AUTH, "Content-Type": "application/json"})
    assert response.status_code == 413


def test_default_limit_is_five_megabytes(client):
    before = held(client)
    text = "Bombs exploded in the market. " * (5 * 1024 * 1024 // 30 + 10)
    response = client.post("/api/documents", json={"text": text}, headers=AUTH)
    assert response.status_code == 413
    assert held(client) == before


@pytest.mark.parametrize("kwargs", [
    {"content": seed_text().encode(), "headers": {"Content-Type": "text/plain"}},
    {"content": b"<xml/>", "headers": {"Content-Type": "application/xml"}},
    {"content": seed_text().encode()},
    {"files": {"file": ("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "image/png")}},
    {"files": {"file": ("report.pdf", b"%PDF-1.4 binary", "application/pdf")}},
    {"files": {"file": ("report.txt", b"MZ\x90\x00\x03\x00\x00\x00" * 50, "text/plain")}},
    {"files": {"file": ("data.bin", bytes(range(128, 256)) * 8, "application/octet-stream")}},
    {"json": {"text": "attack\x00" * 100}},
])
def test_non_text_uploads_are_415(client, kwargs):
    before = held(client)
    kwargs.setdefault("headers", {})
    kwargs["headers"].update(AUTH)
    response = client.post("/api/documents", **kwargs)
    assert response.status_code == 415, response.text
    assert response.json()["error"]
    assert held(client) == before


@pytest.mark.parametrize("kwargs, words", [
    ({"content": b"{not json", "headers": {"Content-Type": "application/json"}}, "JSON"),
    ({"json": {"published": "2018-03-26"}}, "text"),
    ({"json": {"text": 42}}, "text"),
    ({"json": {"text": "   "}}, "empty"),
    ({"json": {"text": "Hi."}}, "no article text"),
    ({"json": {"text": seed_text(), "published": "the day after"}}, "publication date"),
    ({"json": {"text": seed_text(), "published": "2999-01-01"}}, "future"),
    ({"data": {"source": "nothing else"}}, "'text'"),
    ({"files": {"attachment": ("a.txt", seed_text().encode(), "text/plain")}}, "'file'"),
    ({"files": {"file": ("empty.txt", b"", "text/plain")}}, "empty"),
    ({"content": b"--xyz\r\nbroken", "headers": {"Content-Type": "multipart/form-data; boundary=xyz"}}, ""),
])
def test_unreadable_reports_are_422_and_write_nothing(client, kwargs, words):
    before = held(client)
    kwargs.setdefault("headers", {})
    kwargs["headers"].update(AUTH)
    response = client.post("/api/documents", **kwargs)
    assert response.status_code == 422, response.text
    assert words in response.json()["error"]
    assert held(client) == before


def test_a_failing_pipeline_is_a_500_json_error_and_rolls_back(db):
    def broken(document):
        raise RuntimeError("extractor crashed")

    client = TestClient(create_app(db, token=TOKEN, extract=broken), raise_server_exceptions=False)
    before = held(client)
    response = client.post("/api/documents", json=seed_post(seed_text() + " x"), headers=AUTH)
    assert response.status_code == 500 and response.json() == {"error": "internal error: RuntimeError"}
    assert held(client) == before


# -- errors, docs, pages ------------------------------------------------------------------

def test_unknown_paths_and_methods_answer_json(client):
    response = client.get("/api/nothing")
    assert response.status_code == 404 and response.json() == {"error": "Not Found"}
    response = client.delete("/api/incidents")
    assert response.status_code == 405 and "error" in response.json()


def test_openapi_and_offline_docs(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/incidents", "/api/incidents/{incident_id}", "/api/stats", "/api/export",
            "/api/documents", "/api/info", "/api/timeline"} <= set(spec["paths"])
    post = spec["paths"]["/api/documents"]["post"]
    assert {"application/json", "multipart/form-data", "application/x-www-form-urlencoded"} == set(
        post["requestBody"]["content"])
    assert {"401", "403", "413", "415", "422"} <= set(post["responses"])
    docs = client.get("/docs")
    assert docs.status_code == 200
    scripts = re.findall(r'src="([^"]+)"', docs.text) + re.findall(r'href="([^"]+\.css)"', docs.text)
    assert scripts and all(url.startswith("/docs-assets/") for url in scripts)  # nothing from a CDN
    for url in scripts:
        assert client.get(url).status_code == 200


def test_dashboard_page_and_its_files_need_no_network(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    for src in re.findall(r'(?:src|href)="(/static/[^"]+)"', page.text):
        assert client.get(src).status_code == 200, src
    for path in STATIC_DIR.rglob("*"):
        if path.suffix in {".html", ".js", ".css"}:
            urls = re.findall(r"https?://[^\s\"')]+", path.read_text(encoding="utf-8"))
            assert set(urls) <= {"http://www.w3.org/2000/svg"}, (path.name, urls)


def test_bundled_world_map_has_the_countries_of_the_seed(client):
    topology = client.get("/static/world-110m.json").json()
    names = client.get("/static/country-names.json").json()["names"]
    countries = {names.get(g["properties"]["name"], g["properties"]["name"])
                 for g in topology["objects"]["countries"]["geometries"]}
    assert SEED_COUNTRIES <= countries
    assert len(countries) > 150
