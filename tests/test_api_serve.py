"""`incidex serve` as a user runs it, and POST /api/documents through the real pipeline."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api_helpers import TOKEN, free_port, make_seed_db
from incidex.api.app import create_app
from store_seed_records import seed_text


def get_json(url: str, timeout: float = 2.0):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return json.load(response)


def start_serve(db: Path, port: int, token: str | None) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "INCIDEX_TOKEN"}
    if token:
        env["INCIDEX_TOKEN"] = token
    return subprocess.Popen(
        [sys.executable, "-m", "incidex.cli", "serve", "--db", str(db), "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def wait_for_info(process: subprocess.Popen, port: int) -> dict:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"incidex serve exited: {process.stdout.read()}")
        try:
            return get_json(f"http://127.0.0.1:{port}/api/info")
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    raise AssertionError("incidex serve did not answer within 60 s")


@pytest.mark.parametrize("token, read_only", [(None, True), (TOKEN, False)])
def test_serve_command_answers_on_its_port(tmp_path, token, read_only):
    db = make_seed_db(tmp_path / "seed.db")
    port = free_port()
    process = start_serve(db, port, token)
    try:
        info = wait_for_info(process, port)
        assert info["incidents"] == 7 and info["read_only"] is read_only
        page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).read().decode()
        assert "<svg id=\"map\"" in page
    finally:
        process.terminate()
        output = process.communicate(timeout=10)[0]
    assert ("read-only" in output) is read_only
    assert str(db) in output


def test_post_the_seed_report_through_the_real_pipeline(tmp_path):
    client = TestClient(create_app(tmp_path / "real.db", token=TOKEN))  # default extractor
    response = client.post("/api/documents", headers={"Authorization": f"Bearer {TOKEN}"},
                           files={"file": ("seed.txt", seed_text().encode("utf-8"), "text/plain")})
    assert response.status_code == 201, response.text
    result = response.json()
    countries = {i["country"] for i in result["incidents"]}
    assert {"France", "Canada", "United States", "Russia", "Australia"} <= countries
    assert len(result["new"]) >= 7
    trebes = next(i for i in result["incidents"] if i["date"] == "2018-03-23")
    detail = client.get(f"/api/incidents/{trebes['id']}").json()
    text = detail["documents"][0]["text"]
    assert detail["evidence"]
    for evidence in detail["evidence"]:
        assert evidence["sentence"].strip() in text
