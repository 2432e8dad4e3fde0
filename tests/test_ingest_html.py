from datetime import date
from pathlib import Path

from incidex.ingest.html import html_to_text

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def test_article_text_and_metadata():
    text, meta = html_to_text((FIXTURES / "news_page.html").read_text())
    assert text.startswith("Manchester Arena bomber kills 22 at pop concert")
    assert "Greater Manchester Police said the attacker" in text
    assert "Northern Daily Courier" not in text  # site name in the header and footer
    assert "Contact us" not in text and "Share this article" not in text
    assert meta == {
        "title": "Manchester Arena bomber kills 22 at pop concert",
        "date": date(2017, 5, 23),
        "url": "https://courier.example.org/news/2017/05/23/manchester-arena-attack",
    }


def test_date_in_running_text_is_not_metadata():
    page = ("<html><head><title>Blast</title></head><body><article><p>A bomb exploded in a crowded market "
            "on 3 March 2016, killing twelve people and wounding dozens more, the provincial governor said "
            "in a statement to reporters.</p></article></body></html>")
    text, meta = html_to_text(page)
    assert "killing twelve people" in text
    assert meta["date"] is None


def test_nothing_to_extract():
    assert html_to_text("") == ("", {"title": None, "date": None, "url": None})
    assert html_to_text("<html><body></body></html>")[0] == ""
