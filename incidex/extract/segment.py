"""Split a report into blocks: paragraphs, list items, headings, footnotes.

Reports describe one incident per list item far more often than one per sentence, so the
block is the unit in which an incident mention starts; sentences inside a block inherit it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Optional

from incidex.extract.lexicon import load_lexicon
from incidex.ingest.dateline import parse_dateline

BlockKind = Literal["paragraph", "list_item", "heading", "footnote"]

_BULLET = re.compile(r"^\s*(?:[•◦▪●■○·\-\*–—]|\d{1,2}[.)]|\([a-z0-9]\))\s+")
_FOOTNOTE = re.compile(r"^\s*\[(\d{1,3})\]\s*")
_CITED_NOTE = re.compile(r"(?<=\S)\[(\d{1,3})\]")
# "22 March 2017: London ...", "May 22, 2017 - Manchester ...", "2017-05-22 – ...": a timeline
# line opens its own item even without a bullet or a blank line before it
# "22 March 2017" / "May 22, 2017" / "2017-05-22": a full date as line-level layout writes it
_FULL_DATE = r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})"
# or "2016 – Brussels: ...", "2024-09-03 | Afghanistan | Kabul: ..."
_DATED_LINE = re.compile(rf"^\s*(?:{_FULL_DATE}|(?:19|20)\d\d)\s*(?::|[-–—|]\s)")
# "19.30 hrs: A bomb hidden in a motorcycle exploded ...", "9:52 a.m. - A car strikes ...": a
# log's or a timeline's time-stamped entry opens its own item
_TIMED_LINE = re.compile(r"^\s*\d{1,2}[.:]\d{2}\s*(?:hrs?\b\.?|h\b|[ap]\.?m\.?|GMT|UTC|local time)?\s*(?::|[-–—]\s)")
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


_TRAILING_HASHTAGS = re.compile(r"(?:\s+#\w+)+\s*$")


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped) > 90:
        return False
    if _TRAILING_HASHTAGS.sub("", stripped)[-1:] in tuple(".!?\"”"):
        return False  # (a post's sentence closed before its hashtags: "... blame al-Shabaab. #alShabaab")
    if "»" in stripped or "›" in stripped:
        return True  # "Home » Islamic world » Stabbing Attack in Hamburg ...": a site's breadcrumb
    words = stripped.split()
    return len(words) <= 12


def _is_title(line: str) -> bool:
    """A report's first line, a headline of up to 25 words without a closing full stop
    ("8 DRG jawans, driver killed as Naxals blow up vehicle in Chhattisgarh's Bijapur")."""
    return line[-1] not in ".!?\"”:" and len(line.split()) <= TITLE_WORDS and parse_dateline(line) is None


TITLE_WORDS = 25

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


_SECTION_HEADING = re.compile(r"^[A-Z][\w’'&/-]*(?:\s+[\w’'&/-]+){0,3}$")


def _is_section_heading(line: str, next_line: str) -> bool:
    """A short capitalised line without punctuation ("Background", "Recent incidents") right over
    a longer line that opens a sentence."""
    following = next_line.strip()
    return (bool(_SECTION_HEADING.match(line)) and len(line) <= 40 and not any(c.isdigit() for c in line)
            and len(following) > len(line) and following[:1].isupper() and not _BULLET.match(next_line)
            and not _TSV_ROW.match(next_line.rstrip("\r\n")))


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
                if kind == "paragraph" and "\n" not in stripped and (
                        _is_heading(stripped) or (not blocks and _is_title(stripped))):
                    kind = "heading"
                blocks.append(Block(kind, start, start + len(stripped), stripped))
        current_start = None

    lines = text.splitlines(keepends=True)
    fact_box = _fact_box_lines(lines)
    # note numbers the text cites inline ("... Human Rights Watch said today.[1]")
    cited = {m.group(1) for m in _CITED_NOTE.finditer(text)}
    for index, line in enumerate(lines):
        body = line.strip()
        dateline = parse_dateline(body) if body else None
        if not body:
            close(offset)
        elif current_start is None and _is_section_heading(body, lines[index + 1] if index + 1 < len(lines) else ""):
            # "Background" / "Responsibility" over their paragraph with no blank line between:
            # an article's section heading, not the first words of its first sentence
            current_start, current_kind = offset, "heading"
            offset += len(line)
            close(offset)
            continue
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
        elif (_BULLET.match(line) or _DATED_LINE.match(line) or _TIMED_LINE.match(line)
              or _TSV_ROW.match(line.rstrip("\r\n")) or index in fact_box):
            # (a tab-separated table's row is one item, as a markdown row is)
            close(offset)
            current_start, current_kind = offset, "list_item"
        elif _FOOTNOTE.match(line):
            # "[1] Interviews with 14 witnesses ..." under a text that cited "[1]" (or under a text
            # at all) is a note; a judgment's numbered paragraphs "[1] The defendant ... [2] On 9
            # October 2019, ..." right under its title are its text
            close(offset)
            number = _FOOTNOTE.match(line).group(1)
            noted = number in cited or any(b.kind == "paragraph" and not _FOOTNOTE.match(b.text) for b in blocks)
            current_start, current_kind = offset, "footnote" if noted else "paragraph"
        elif current_start is None:
            current_start, current_kind = offset, "paragraph"
        offset += len(line)
    close(offset)
    return blocks


# "Killed: 168, including 19 children": a fact box's line, its field name before a colon
_FIELD_LINE = re.compile(r"^\s*([A-Za-z]+(?: [A-Za-z]+)?)\s*:\s+\S")


def _is_field_line(line: str) -> bool:
    label = _FIELD_LINE.match(line)
    return bool(label) and label.group(1).lower() in load_lexicon().field_labels


def _fact_box_lines(lines: list[str]) -> set[int]:
    """The field lines that stand beside another one: each of a fact box's lines is an item of
    its own (a lone "Update: ..." in running text is not a box)."""
    fields = {i for i, line in enumerate(lines) if _is_field_line(line)}
    return {i for i in fields if i - 1 in fields or i + 1 in fields}


_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_TABLE_RULE = re.compile(r"^[ \t]*\|[\s|:\-]+\|[ \t]*$")
# a row of a tab-separated table (a spreadsheet pasted into a note): three cells or more
_TSV_ROW = re.compile(r"^[^\t\r\n]+(?:\t[^\t\r\n]*){2,}$")


def _tsv_header_lines(lines: list[str]) -> set[int]:
    """Indices of the header rows of tab-separated tables: the first of two or more
    consecutive rows with the same number of cells."""
    headers: set[int] = set()
    i = 0
    while i < len(lines):
        body = lines[i].rstrip("\r\n")
        if not _TSV_ROW.match(body):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and _TSV_ROW.match(lines[j].rstrip("\r\n")) \
                and lines[j].count("\t") == body.count("\t"):
            j += 1
        if j - i >= 2:
            headers.add(i)
        i = j
    return headers


def _csv_fields(line: str) -> Optional[list[tuple[int, int]]]:
    """The (start, end) of each comma-separated field of a line, quotes included; None when a
    quote is left open."""
    fields, start, quoted = [], 0, False
    for i, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            fields.append((start, i))
            start = i + 1
    if quoted:
        return None
    fields.append((start, len(line)))
    return fields


def _is_csv_header(line: str, fields: list[tuple[int, int]]) -> bool:
    names = [line[a:b].strip().strip('"') for a, b in fields]
    # column names: short words ("event_date", "admin1"), not figures or dates; an export writes
    # no space after its commas (prose does: "Nigeria, Niger and Chad")
    return (all(0 < len(n) <= 30 and n[0].isalpha() and len(n.split()) <= 3 for n in names)
            and not any(line[a:a + 1].isspace() for a, _ in fields[1:]))


def csv_as_tsv(text: str) -> str:
    """A comma-separated table pasted into a report (an export: "event_date,country,...,notes"
    over its rows) as a tab-separated one, same length: separating commas become tabs and the
    quotes around a field spaces, so the table reads as `flatten_tables` and `table_rows` read
    tab-separated ones. A table needs a header of names and rows with as many fields (three or more)."""
    lines = text.splitlines(keepends=True)
    out = list(lines)
    i = 0
    while i < len(lines):
        body = lines[i].rstrip("\r\n")
        fields = _csv_fields(body) if "," in body and "\t" not in body else None
        if not fields or len(fields) < 3 or not _is_csv_header(body, fields):
            i += 1
            continue
        j = i + 1
        while j < len(lines):
            row = lines[j].rstrip("\r\n")
            row_fields = _csv_fields(row) if row.strip() else None
            if not row_fields or len(row_fields) != len(fields):
                break
            j += 1
        if j - i >= 2:
            for k in range(i, j):
                body = lines[k].rstrip("\r\n")
                chars = list(body)
                for n, (a, b) in enumerate(_csv_fields(body)):
                    if b < len(chars):
                        chars[b] = "\t"
                    cell = body[a:b]
                    lead = len(cell) - len(cell.lstrip())
                    if cell.strip().startswith('"') and cell.strip().endswith('"') and len(cell.strip()) >= 2:
                        chars[a + lead] = " "
                        chars[a + lead + len(cell.strip()) - 1] = " "
                out[k] = "".join(chars).replace('""', ' "') + lines[k][len(body):]
        i = max(j, i + 1)
    return "".join(out)


def flatten_tables(text: str) -> str:
    """Markdown table rows as list items, same length: "| 3 June 2017 | London | ... |" reads
    "• 3 June 2017 ; London ; ... ;" so that each row is one item (one sentence) of its cells.
    The header row (the one over the |---| rule) and the rule itself are blanked: column
    names are not content."""
    lines = text.splitlines(keepends=True)
    tsv_headers = _tsv_header_lines(lines)
    out = []
    for i, line in enumerate(lines):
        body = line.rstrip("\r\n")
        ending = line[len(body):]
        if i in tsv_headers:
            out.append(" " * len(body) + ending)  # a tab-separated table's column names
            continue
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
    """The data rows of every markdown (or tab-separated) table in `text`, each with its cells by column name
    ("| Date | Dead | Injured |" over "| 15 January | 26 (+5) | 28 |"), so that a list page's
    columns can be read for what they are (flatten_tables leaves the cells without names)."""
    rows: list[TableRow] = []
    header: list[str] = []
    tsv_header: list[str] = []
    lines = text.splitlines(keepends=True)
    tsv_headers = _tsv_header_lines(lines)
    offset = 0
    for i, line in enumerate(lines):
        body = line.rstrip("\r\n")
        start = offset
        offset += len(line)
        if i in tsv_headers:
            tsv_header = [c.strip().lower() for c in body.split("\t")]
            continue
        if tsv_header and _TSV_ROW.match(body) and body.count("\t") == len(tsv_header) - 1:
            cells = [c.strip() for c in body.split("\t")]
            rows.append(TableRow(start, start + len(body), body, dict(zip(tsv_header, cells))))
            continue
        tsv_header = []
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


# a line that ends inside a sentence: long enough to be wrapped prose, and no closing mark
# (a title over its subtitle is no wrapped prose: short lines join only when the next goes on in
# lower case)
_SOFT_BREAK = re.compile(r"(?<![.!?:;\"”)\]|])\n(?=[ \t]*[a-z])|(?<=[^\n]{60})(?<![.!?:;\"”)\]|])\n(?=[ \t]*[A-Za-z0-9(\"“])")


# "Vendredi 9 janvier:", "Friday, 9 January, 11:30:": a day that labels the entry after it
DAY_LABEL = re.compile(r"^\W*(?:[^\W\d_]+,?\s+)?(?:\d{1,2}(?:st|nd|rd|th|er)?\s+[^\W\d_]+\.?|[^\W\d_]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
                       r"(?:,?\s+\d{4})?(?:,?\s+\d{1,2}[h:.]\d{2})?\s*:\s")


def text_for_parsing(block: Block) -> str:
    """The block's text as the parser reads it (same length, same offsets): a list item without
    its bullet, and the line breaks of hard-wrapped prose ("killing eight people and\ninjuring
    at least twelve others") as spaces, so that a sentence is tagged and parsed whole."""
    text = blank_bullet(block.text) if block.kind == "list_item" else block.text
    label = DAY_LABEL.match(text)
    if label:
        # "Jeudi 8 janvier: a gunman, Amedy Coulibaly, shoots dead a policewoman": the parser would
        # take the day for the sentence's root; the entry's words are the sentence
        text = " " * label.end() + text[label.end():]
    dateline = parse_dateline(text)
    if dateline is not None and dateline.bare_agency_start is not None:
        # "Ahvaz, Sept 22, IRNA – Twenty-five people ...": the parser would take the place and
        # the agency for the subject's appositions; read as "Ahvaz, Sept 22. Twenty-five people"
        # (the dateline a sentence of its own, which the analysis keeps with the next)
        start, end = dateline.bare_agency_start, dateline.end
        text = text[:start] + "." + " " * (end - start - 1) + text[end:]
    if dateline is not None and text[dateline.end - 1:dateline.end] == ":":
        # "Raipur, January 6, 2025 (PTI): Eight jawans ...": the tokenizer keeps "):" whole and the
        # parser then takes the city for the subject; a dash closes it as wire copy does
        text = text[:dateline.end - 1] + "—" + text[dateline.end:]
    return _SOFT_BREAK.sub(" ", text)


def strip_bullet(text: str) -> tuple[str, int]:
    """Text of a list item without its bullet, and how many characters were removed."""
    match = _BULLET.match(text) or _FOOTNOTE.match(text)
    if not match:
        return text, 0
    return text[match.end():], match.end()
