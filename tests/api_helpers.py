"""Shared by the API, schemathesis and browser tests: a seed database and a live server.

The seed database holds the seed report with its seven hand-coded incidents
(store_seed_records, after gold.json), so these tests do not depend on the extractor.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

from incidex.api.app import create_app
from incidex.api.background import free_port, serve_in_thread  # noqa: F401 (free_port re-exported for tests)
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


@contextmanager
def running_server(db_path: Path, token: Optional[str] = None) -> Iterator[str]:
    """uvicorn serving create_app(db_path) on a free loopback port, in a thread; yields its URL."""
    with serve_in_thread(create_app(db_path, token=token, extract=seed_like_extractor)) as url:
        yield url
