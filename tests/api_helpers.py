"""Shared by the API, schemathesis and browser tests: a seed database and a live server.

The seed database holds the seed report with its seven hand-coded incidents
(store_seed_records, after gold.json), so these tests do not depend on the extractor.
"""
from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

import uvicorn

from incidex.api.app import create_app
from incidex.model import Document, IncidentRecord
from incidex.store.db import Store
from store_seed_records import seed_document, seed_records

TOKEN = "test-token-4f1c"


def make_seed_db(path: Path) -> Path:
    with Store(path) as store:
        outcome = store.ingest(seed_document(), seed_records())
        assert len(outcome.new) == 7
    return path


def seed_like_extractor(document: Document) -> list[IncidentRecord]:
    """Codes a posted copy of the seed report as the gold file does (for tests of the API's
    writing path while the real extractor is not wired in); other text yields no incident."""
    if "Trèbes" not in document.text or "Momena Shoma" not in document.text:
        return []
    return seed_records(document.text)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_server(db_path: Path, token: Optional[str] = None) -> Iterator[str]:
    """uvicorn serving create_app(db_path) on a free loopback port, in a thread; yields its URL."""
    app = create_app(db_path, token=token, extract=seed_like_extractor)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
