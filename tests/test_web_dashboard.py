"""The dashboard in a real headless Chromium (Debian's chromium, driven by Playwright), served
by uvicorn over the seed database: map markers, filters, table, incident view, upload."""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Iterator, Optional
from urllib.parse import urlsplit

import pytest

from api_helpers import TOKEN, make_seed_db, running_server
from store_seed_records import seed_text

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def find_chromium() -> Optional[str]:
    """Debian's chromium (.ci/install-browser installs it); never a browser downloaded by playwright."""
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        if found := shutil.which(name):
            return found
    return None


CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium found: run .ci/install-browser "
                                                         "(apt-get install chromium)")


@pytest.fixture(scope="module")
def browser() -> Iterator["sync_api.Browser"]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    db = make_seed_db(tmp_path_factory.mktemp("web") / "seed.db")
    with running_server(db, token=TOKEN) as url:
        yield url


@pytest.fixture
def page(browser, server):
    """A fresh page on the dashboard; fails the test on any script error or off-machine request."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    # a refused POST shows in the console as a failed load: the page reports it itself
    page.on("console", lambda message: problems.append(f"console {message.type}: {message.text}")
            if message.type == "error" and not message.text.startswith("Failed to load resource") else None)
    page.on("response", lambda response: problems.append(f"{response.status} for {response.url}")
            if response.status >= 400 and response.request.method == "GET" else None)
    page.on("request", lambda request: problems.append(f"request off this machine: {request.url}")
            if urlsplit(request.url).hostname not in ("127.0.0.1", None) else None)
    page.goto(server + "/")
    page.wait_for_selector("body[data-loaded=true]", timeout=15000)
    yield page
    context.close()
    assert problems == []


def rows(page) -> list[list[str]]:
    return page.eval_on_selector_all(
        "#incident-table tbody tr", "trs => trs.map(tr => [...tr.cells].map(td => td.innerText.trim()))")


def wait_for_rows(page, count: int) -> None:
    page.wait_for_function(f"document.querySelectorAll('#incident-table tbody tr').length === {count}",
                           timeout=10000)


def refreshed(page, action) -> None:
    """Run `action` and wait until the dashboard has redrawn after it."""
    before = int(page.get_attribute("body", "data-refreshed") or 0)
    action()
    page.wait_for_function(f"Number(document.body.dataset.refreshed) > {before}", timeout=10000)


def test_page_shows_the_seed_incidents_on_map_table_and_counts(page):
    assert page.locator("#map circle.marker").count() >= 7
    assert page.locator("#map path.country").count() > 150
    assert len(rows(page)) == 7
    assert page.inner_text("#totals") == "7 attacks in 5 countries"
    by_country = page.eval_on_selector_all("#by-country li", "lis => lis.map(li => li.dataset.label)")
    assert set(by_country) == {"France", "United States", "Australia", "Canada", "Russia"}
    assert page.locator("#timeline g.bar rect[fill]:not([fill=transparent])").count() == 6
    legend = page.inner_text("#legend")
    assert "Armed Assault" in legend and "Bombing/Explosion" in legend
    assert "read-only" not in page.inner_text("#db-info")


def test_filtering_by_country_narrows_table_map_and_counts(page):
    page.select_option("#country", "France")
    wait_for_rows(page, 2)
    assert [r[2] for r in rows(page)] == ["Marseille", "Trèbes"]
    assert page.locator("#map circle.marker").count() == 2
    assert page.inner_text("#totals") == "2 attacks in 1 country"
    assert "country=France" in page.get_attribute("#export-csv", "href")


def test_filtering_a_period(page):
    refreshed(page, lambda: page.fill("#since", "2017-10-01"))
    refreshed(page, lambda: page.fill("#until", "2018-03-31"))
    assert page.inner_text("#totals") == "7 attacks in 5 countries"
    assert len(rows(page)) == 7
    page.fill("#since", "2017-12-01")
    wait_for_rows(page, 4)
    assert page.inner_text("#totals") == "4 attacks in 4 countries"
    page.click("#reset-filters")
    wait_for_rows(page, 7)


def test_typing_a_group_or_summary_words_filters(page):
    page.fill("#group", "Jihadi")
    wait_for_rows(page, 2)
    assert sorted(r[2] for r in rows(page)) == ["Edmonton", "Melbourne"]
    page.fill("#group", "")
    page.fill("#q", "supermarket")
    wait_for_rows(page, 1)
    assert rows(page)[0][2] == "Saint Petersburg"


def test_clicking_a_count_or_a_month_filters(page):
    page.click("#by-attacktype li[data-label='Bombing/Explosion']")
    wait_for_rows(page, 2)
    assert page.input_value("#attacktype") == "Bombing/Explosion"
    page.click("#reset-filters")
    wait_for_rows(page, 7)
    page.click("#timeline g.bar[data-month='2017-10'] rect[fill=transparent]")
    wait_for_rows(page, 3)
    assert (page.input_value("#since"), page.input_value("#until")) == ("2017-10-01", "2017-10-31")


def test_table_sorts_by_a_clicked_column(page):
    page.click("#incident-table th[data-key=nkill]")
    assert [r[6] for r in rows(page)][:2] == ["8", "5"]  # most killed first
    page.click("#incident-table th[data-key=nkill]")
    assert rows(page)[-1][6] == "8"
    page.click("#incident-table th[data-key=country]")
    assert [r[1] for r in rows(page)][0] == "Australia"


def test_clicking_a_row_shows_fields_claim_perpetrators_and_highlighted_evidence(page):
    page.click("#incident-table tbody tr:has-text('Trèbes')")
    page.wait_for_selector("#detail .doc-text mark")
    detail = page.inner_text("#detail")
    assert "Redouane Lakdim" in detail and "age 25" in detail
    assert "Claimed via Amaq News Agency" in detail
    assert page.inner_text("#detail dd[data-field=nkill]") == "5"
    marks = page.eval_on_selector_all("#detail .doc-text mark", "ms => ms.map(m => m.innerText)")
    assert any("Another 15 people were wounded by the terrorist." in m for m in marks)
    assert any("Redouane Lakdim, 25" in m for m in marks)
    # the highlight sits inside the whole source text
    assert "Attack in Melbourne, Australia" in page.inner_text("#detail .doc-text")
    page.click("#detail .evidence-list li[data-fields~=nwound]")
    page.click("#detail-close")
    assert page.is_hidden("#detail")


def test_clicking_a_marker_opens_its_incident(page):
    page.locator("#map circle.marker.approx").click()  # Melbourne: placed at Australia's centre
    page.wait_for_selector("#detail h2")
    assert "Melbourne" in page.inner_text("#detail h2")
    assert "Momena Shoma" in page.inner_text("#detail")


def test_pasting_a_report_with_the_token_shows_its_incidents(page):
    page.fill("#upload-text", seed_text() + "\nReprinted by another site.")
    page.fill("#upload-published", "2018-03-26")
    page.fill("#upload-token", "wrong")
    page.click("#upload-submit")
    page.wait_for_selector("#upload-result .error")
    assert "token" in page.inner_text("#upload-result")
    page.fill("#upload-token", TOKEN)
    page.click("#upload-submit")
    page.wait_for_selector("#upload-result li")
    result = page.inner_text("#upload-result")
    assert "0 new incident(s), 7 updated" in result
    assert page.locator("#upload-result li").count() == 7
    page.locator("#upload-result li", has_text="Trèbes").click()
    page.wait_for_selector("#detail .doc-text mark")
    assert "2 source(s)" in page.inner_text("#detail .sub")


def test_a_long_span_is_drawn_per_year(browser, tmp_path):
    from datetime import date

    from incidex.model import IncidentRecord, Place
    from incidex.store.db import Store
    from store_seed_records import make_document

    db = make_seed_db(tmp_path / "long.db")
    text = "LIMA, 16 JUL 92 -- A car bomb exploded in Tarata street in Miraflores, killing 25 people."
    with Store(db) as store:
        store.ingest(make_document(text, "lima.txt"), [IncidentRecord(
            date=date(1992, 7, 16), date_precision="day", attacktypes=["Bombing/Explosion"],
            place=Place(country="Peru", city="Lima", latitude=-12.12, longitude=-77.03), nkill=25)])
    with running_server(db) as url:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url + "/")
        page.wait_for_selector("body[data-loaded=true]")
        assert page.inner_text("#timeline-title") == "Incidents per year"
        years = page.eval_on_selector_all("#timeline g.bar", "gs => gs.map(g => g.dataset.month)")
        assert years[0] == "1992" and years[-1] == "2018" and len(years) == 27
        page.click("#timeline g.bar[data-month='2017'] rect[fill=transparent]")
        wait_for_rows(page, 5)
        assert (page.input_value("#since"), page.input_value("#until")) == ("2017-01-01", "2017-12-31")
        page.close()


def test_read_only_server_says_so_and_disables_the_form(browser, tmp_path):
    db = make_seed_db(tmp_path / "ro.db")
    with running_server(db, token=None) as url:
        page = browser.new_page()
        page.goto(url + "/")
        page.wait_for_selector("body[data-loaded=true]")
        assert "read-only" in page.inner_text("#db-info")
        assert "INCIDEX_TOKEN" in page.inner_text("#upload-note")
        assert page.is_disabled("#upload-submit")
        page.close()
