"""Split a report into blocks: paragraphs, list items, headings, footnotes.

Reports describe one incident per list item far more often than one per sentence, so the
block is the unit in which an incident mention starts; sentences inside a block inherit it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from incidex.ingest.dateline import parse_dateline

BlockKind = Literal["paragraph", "list_item", "heading", "footnote"]

_BULLET = re.compile(r"^\s*(?:[•◦▪●■○·\-\*–—]|\d{1,2}[.)]|\([a-z0-9]\))\s+")
_FOOTNOTE = re.compile(r"^\s*\[\d{1,3}\]\s*")
# "22 March 2017: London ...", "May 22, 2017 - Manchester ...", "2017-05-22 – ...": a timeline
# line opens its own item even without a bullet or a blank line before it
# "22 March 2017" / "May 22, 2017" / "2017-05-22": a full date as line-level layout writes it
_FULL_DATE = r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})"
# or "2016 – Brussels: ...", "2024-09-03 | Afghanistan | Kabul: ..."
_DATED_LINE = re.compile(rf"^\s*(?:{_FULL_DATE}|(?:19|20)\d\d)\s*(?::|[-–—|]\s)")
_CITATION = re.compile(
    # "(Reuters, October 1, 2017)", "(Kremlin website, December 28, 2017; ...)": a source
    # named before a date inside brackets is a citation, not an event date.
    r"\((?:[A-Z][\w’'.&\- ]{1,60}),\s*(?:[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}|\d{4}-\d{2}-\d{2})[^()]*\)"
)


@dataclass
class Block:
    kind: BlockKind
    start: int  # offsets into the document text
    end: int
    text: str


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped) > 90:
        return False
    if stripped[-1] in ".!?\"”":
        return False
    if "»" in stripped or "›" in stripped:
        return True  # "Home » Islamic world » Stabbing Attack in Hamburg ...": a site's breadcrumb
    words = stripped.split()
    return len(words) <= 12


# "22 March 2016", "Tuesday, March 22, 2016 | 10:32 GMT": a page's date on a line of its own
_DATE_ONLY_LINE = re.compile(
    r"^\W*(?:(?:First\s+|Last\s+)?(?:Published|Updated|Posted|Modified)(?:\s+on)?\s*:?\s*)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*,?\s+)?"
    rf"{_FULL_DATE}"
    r"(?:[\s,|•·–—-]+\d{1,2}[:.]\d{2}(?:\s*[APap]\.?[Mm]\.?)?(?:\s*[A-Z]{2,5})?)?\W*$")


# "By our correspondent, Srinagar", "By Jane Doe and John Roe": the writer, not the story
_BYLINE = re.compile(r"^(?:By|BY)\s+(?:[A-Z][\w.'’-]*|our|staff|the|a)(?:[ ,]+(?:[A-Z][\w.'’-]*|and|our|staff|the|in|at|de|van|von|al|el|correspondents?|reporters?|writers?))*[ ,]*$")


# "London, 23 March 2018": a place and a full date alone on a line
_PLACE_DATE_LINE = re.compile(rf"^[A-Z][\w.'’ -]{{1,40}},\s*{_FULL_DATE}\s*$")


def _is_dateline_line(line: str, dateline) -> bool:
    """`dateline`: parse_dateline(line), read once by the caller."""
    if _DATE_ONLY_LINE.match(line) or _PLACE_DATE_LINE.match(line):
        return True
    return dateline is not None and dateline.end >= len(line.rstrip())


def split_blocks(text: str) -> list[Block]:
    """Blocks in document order, with offsets; blank lines and bullets separate them."""
    blocks: list[Block] = []
    offset = 0
    current_start: int | None = None
    current_kind: BlockKind = "paragraph"

    def close(end: int) -> None:
        nonlocal current_start
        if current_start is not None:
            chunk = text[current_start:end]
            stripped = chunk.strip()
            if stripped:
                lead = len(chunk) - len(chunk.lstrip())
                start = current_start + lead
                kind = current_kind
                if kind == "paragraph" and "\n" not in stripped and _is_heading(stripped):
                    kind = "heading"
                blocks.append(Block(kind, start, start + len(stripped), stripped))
        current_start = None

    for line in text.splitlines(keepends=True):
        body = line.strip()
        dateline = parse_dateline(body) if body else None
        if not body:
            close(offset)
        elif _is_dateline_line(body, dateline) or _BYLINE.match(body):
            # "Lagos, 6 May 2014 (Reuters)", "22 March 2016" or "By our correspondent, Srinagar"
            # under a title: a block of its own (where, when and by whom the story was filed),
            # not part of the title's paragraph
            close(offset)
            current_start, current_kind = offset, "paragraph"
            offset += len(line)
            close(offset)
            continue
        elif current_start is not None and dateline is not None:
            # "NAIROBI, November 21, 2018 (AP) - Gunmen abducted ..." right under a title opens the story
            close(offset)
            current_start, current_kind = offset, "paragraph"
        elif _BULLET.match(line) or _DATED_LINE.match(line):
            close(offset)
            current_start, current_kind = offset, "list_item"
        elif _FOOTNOTE.match(line):
            close(offset)
            current_start, current_kind = offset, "footnote"
        elif current_start is None:
            current_start, current_kind = offset, "paragraph"
        offset += len(line)
    close(offset)
    return blocks


_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_TABLE_RULE = re.compile(r"^[ \t]*\|[\s|:\-]+\|[ \t]*$")


def flatten_tables(text: str) -> str:
    """Markdown table rows as list items, same length: "| 3 June 2017 | London | ... |" reads
    "• 3 June 2017 ; London ; ... ;" so that each row is one item (one sentence) of its cells.
    The header row (the one over the |---| rule) and the rule itself are blanked: column
    names are not content."""
    lines = text.splitlines(keepends=True)
    out = []
    for i, line in enumerate(lines):
        body = line.rstrip("\r\n")
        ending = line[len(body):]
        if not _TABLE_ROW.match(body):
            out.append(line)
            continue
        is_rule = bool(_TABLE_RULE.match(body))
        is_header = i + 1 < len(lines) and bool(_TABLE_RULE.match(lines[i + 1].rstrip("\r\n")))
        if is_rule or is_header:
            out.append(" " * len(body) + ending)
            continue
        first = body.index("|")
        row = body[:first] + "•" + body[first + 1:].replace("|", ";")
        out.append(row + ending)
    return "".join(out)


@dataclass
class TableRow:
    """A markdown table row: its offsets and its cells under their column names (lower case)."""

    start: int
    end: int
    text: str  # the row as written
    cells: dict[str, str]


def table_rows(text: str) -> list[TableRow]:
    """The data rows of every markdown table in `text`, each with its cells by column name
    ("| Date | Dead | Injured |" over "| 15 January | 26 (+5) | 28 |"), so that a list page's
    columns can be read for what they are (flatten_tables leaves the cells without names)."""
    rows: list[TableRow] = []
    header: list[str] = []
    lines = text.splitlines(keepends=True)
    offset = 0
    for i, line in enumerate(lines):
        body = line.rstrip("\r\n")
        start = offset
        offset += len(line)
        if not _TABLE_ROW.match(body):
            header = []
            continue
        cells = [c.strip() for c in body.strip().strip("|").split("|")]
        if _TABLE_RULE.match(body):
            continue
        if i + 1 < len(lines) and _TABLE_RULE.match(lines[i + 1].rstrip("\r\n")):
            header = [c.lower() for c in cells]
            continue
        if header:
            rows.append(TableRow(start, start + len(body), body, dict(zip(header, cells))))
    return rows


def mask_citations(text: str) -> str:
    """Blank out source citations so their dates are not read as event dates (same length)."""
    return _CITATION.sub(lambda m: " " * len(m.group(0)), text)


def blank_bullet(text: str) -> str:
    """The text with its bullet or list number blanked (same length): "3. 29 October 2020, Nice"
    must not read as a sentence "3." and a month without its day."""
    match = _BULLET.match(text)
    return " " * match.end() + text[match.end():] if match else text


def strip_bullet(text: str) -> tuple[str, int]:
    """Text of a list item without its bullet, and how many characters were removed."""
    match = _BULLET.match(text) or _FOOTNOTE.match(text)
    if not match:
        return text, 0
    return text[match.end():], match.end()
