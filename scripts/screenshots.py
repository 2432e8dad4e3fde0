"""Screenshots of the dashboard for the README, taken with Debian's headless Chromium.

    python scripts/screenshots.py                      # seed report + examples/, real pipeline
    python scripts/screenshots.py --db incidex.db      # an existing database
    python scripts/screenshots.py --reports a.txt dir/ --out docs/screenshots

Writes dashboard.png, map.png, timeline.png, filtered.png and incident.png to --out.
Needs the chromium package (.ci/install-browser) and the playwright Python package.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

ROOT = Path(__file__).resolve().parent.parent
SEED_REPORT = Path("/work/shared/seeds/000_9d89ff7a1776516b.txt")
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
VIEWPORT = {"width": 1400, "height": 1000}


def default_reports() -> list[Path]:
    found = [p for p in (SEED_REPORT, ROOT / "examples") if p.exists()]
    # the shared folder sits beside the checkout in CI
    shared_seed = ROOT.parent / "shared" / "seeds" / SEED_REPORT.name
    if not SEED_REPORT.exists() and shared_seed.exists():
        found.insert(0, shared_seed)
    return found


def build_database(reports: list[Path], db: Path) -> None:
    from incidex.pipeline import ingest_paths
    from incidex.store.db import Store

    with Store(db) as store:
        summary = ingest_paths(reports, store)
    print(f"screenshots: {summary.line()}", file=sys.stderr)


@contextmanager
def serve(db: Path) -> Iterator[str]:
    from incidex.api.app import create_app
    from incidex.api.background import serve_in_thread

    with serve_in_thread(create_app(db)) as url:
        yield url


def wait_for_redraw(page, action) -> None:
    before = int(page.get_attribute("body", "data-refreshed") or 0)
    action()
    page.wait_for_function(f"Number(document.body.dataset.refreshed) > {before}", timeout=15000)


def take(url: str, out: Path, incident_row: Optional[str]) -> None:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport=VIEWPORT, device_scale_factor=1)
        page.goto(url + "/")
        page.wait_for_selector("body[data-loaded=true]", timeout=30000)
        page.screenshot(path=str(out / "dashboard.png"))
        page.locator(".map-panel").screenshot(path=str(out / "map.png"))
        page.locator(".timeline-panel").screenshot(path=str(out / "timeline.png"))

        # the seed report's period: seven attacks in five countries
        wait_for_redraw(page, lambda: page.fill("#since", "2017-10-01"))
        wait_for_redraw(page, lambda: page.fill("#until", "2018-03-31"))
        page.click("#map-fit")
        page.screenshot(path=str(out / "filtered.png"))
        page.click("#map-fit")

        row = page.locator("#incident-table tbody tr", has_text=incident_row) if incident_row else None
        if row is None or row.count() == 0:
            row = page.locator("#incident-table tbody tr")
        row.first.click()
        page.wait_for_selector("#detail .detail-story h3")
        page.wait_for_timeout(300)  # the source text scrolls to its first highlight
        page.screenshot(path=str(out / "incident.png"))
        browser.close()
    for name in ("dashboard", "map", "timeline", "filtered", "incident"):
        print(out / f"{name}.png")


def main(argv: Optional[list[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="an existing incident database (default: build one)")
    parser.add_argument("--reports", type=Path, nargs="*", help="reports to ingest into a fresh database")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--incident", default="2018-03-23",
                        help="text of the table row to open (a date or a city)")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"screenshots: {CHROMIUM} not found; run .ci/install-browser")
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            reports = args.reports or default_reports()
            if not reports:
                raise SystemExit("screenshots: no reports to ingest; give --db or --reports")
            db = Path(tmp) / "screenshots.db"
            build_database(reports, db)
        elif not db.exists():
            raise SystemExit(f"screenshots: no database at {db}")
        with serve(db) as url:
            take(url, args.out, args.incident)


if __name__ == "__main__":
    main()
