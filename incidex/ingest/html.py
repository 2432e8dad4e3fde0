"""Article text and metadata out of a news web page, boilerplate removed."""
from __future__ import annotations

import logging
from datetime import date
from typing import Any

import trafilatura

# trafilatura logs every page it finds too small to hold an article; for us that
# is an ordinary outcome the caller reports as a Skipped input.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)

# Only dates the page's markup declares (meta tags, <time>, JSON-LD) count as
# metadata; a date guessed from the running text is left to ingest.pubdate, which
# knows a copy date from a publication date.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}


def html_to_text(html: str) -> tuple[str, dict[str, Any]]:
    """Main text of the page and {"title", "date", "url"} (each None when absent).

    Navigation, footers, share buttons and comments are dropped. Returns ("", {...})
    when the page has no article text, so the caller can skip it.
    """
    metadata: dict[str, Any] = {"title": None, "date": None, "url": None}
    if not html or not html.strip():
        return "", metadata
    try:
        result = trafilatura.bare_extraction(
            html,
            favor_recall=True,
            include_comments=False,
            with_metadata=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception:  # noqa: BLE001 - a page lxml cannot parse simply has no article text
        return "", metadata
    if result is None:
        return "", metadata
    metadata["title"] = result.title or None
    metadata["url"] = result.url or None
    metadata["date"] = _iso_date(result.date)
    return _separate_paragraphs((result.text or "").strip()), metadata


def _separate_paragraphs(text: str) -> str:
    """trafilatura puts each paragraph, heading or list item on one line; a blank line between
    them keeps the page's title from running into its first paragraph as one sentence (table
    rows stay together)."""
    lines = [line for line in text.splitlines() if line.strip()]
    out: list[str] = []
    for line in lines:
        if out and not (out[-1].lstrip().startswith("|") and line.lstrip().startswith("|")):
            out.append("")
        out.append(line)
    return "\n".join(out)


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
