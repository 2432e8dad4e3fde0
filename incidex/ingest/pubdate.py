"""Find a report's own publication date.

A news page copied from the web carries many dates: the dates of the events it
reports, dates of other events it recalls, the date it was copied (often alone
on the first line), and somewhere its own date ("Published ...", "Updated ...",
a wire dateline "PARIS, March 24 (Reuters) -"). Only the last kind is the
publication date, so candidates are ranked by what marks them, not by position:

1. a metadata date (jsonl "published", HTML meta) unless it lies in the future;
2. a date with a publication cue: "Published", "Posted", "Date:", a byline,
   a wire / MUC dateline, a "From <date>" line; the first one in the text wins;
3. dates with only an update cue ("Updated", "updated to <date>"): the latest;
4. a bare date alone on one of the first lines (a site header or the copy
   date): weak, rejected when it is more than a year after the latest date the
   body mentions;
5. otherwise no date.

Any candidate after `today` is rejected: a report cannot be published in the future.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Literal, Optional

CUES_FILE = Path(__file__).resolve().parent.parent / "data" / "pubdate_cues.json"

# How far a bare header date may lie after the latest date in the body before we
# treat it as the date the page was copied rather than written.
HEADER_MAX_LEAD = timedelta(days=365)
# A bare header date is only looked for among the first few non-empty lines.
HEADER_LINES = 5
# Numeric dates such as 03/04/2018 are read day-first unless that is impossible.
NUMERIC_DAY_FIRST = True

MentionKind = Literal["publication", "update", "from_line", "byline", "dateline", "header", "body"]
Precision = Literal["day", "month", "year"]


@dataclass
class DateMention:
    """One date written in the text, with where it is and what marks it."""

    start: int
    end: int
    text: str
    year: Optional[int]  # None for a date written without a year ("March 24")
    month: int
    day: Optional[int]  # None for a month-only date ("November 2017")
    kind: MentionKind = "body"
    cue: str = ""

    @property
    def value(self) -> Optional[date]:
        if self.year is None:
            return None
        return date(self.year, self.month, self.day or 1)


@dataclass
class PublicationDate:
    """The chosen publication date, where it came from, and why."""

    date: Optional[date]
    source: str  # "metadata" | "text" | "none"
    reason: str
    rejected: list[str] = field(default_factory=list)  # candidates turned down, with why


@lru_cache(maxsize=1)
def _cues() -> dict:
    with open(CUES_FILE, encoding="utf-8") as f:
        return json.load(f)


def _alternation(words: list[str]) -> str:
    # Longest first so "september" wins over "sep" and "last updated" over "updated".
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    cues = _cues()
    mon = _alternation(list(cues["months"]))
    # A cheap look-ahead on the first letter keeps the scan fast on long texts.
    mon_initials = "".join(sorted({m[0] for m in cues["months"]}))
    ordinal = r"(?:st|nd|rd|th)?"
    year_sep = r"(?:\s*,\s*|\s+)"
    flags = re.IGNORECASE
    return {
        # March 23, 2018 / Mar. 23rd 2018 / JUNE 11 89 / March 24 (no year: only useful in a dateline)
        "month_day": re.compile(
            rf"\b(?=[{mon_initials}])(?P<mon>{mon})\b\.?\s+(?P<day>\d{{1,2}}){ordinal}(?!\d)"
            rf"(?:{year_sep}(?P<year>(?:19|20)\d{{2}}|\d{{2}})(?![\d:]))?", flags),
        # 20 October 2020 / 23rd of March, 2018 / 10 JAN 90 (two-digit years checked later) / 24 March
        "day_month": re.compile(
            rf"\b(?P<day>\d{{1,2}}){ordinal}\s+(?:of\s+)?(?P<mon>{mon})\b\.?"
            rf"(?:{year_sep}(?P<year>(?:19|20)\d{{2}}|\d{{2}})(?![\d:]))?", flags),
        # 2018/03/26, 2018-03-26, 2017-05-23T07:45
        "ymd": re.compile(r"(?<![\d/.-])(?P<year>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)"),
        # 26/03/2018, 26.03.2018
        "numeric": re.compile(r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d{2})(?!\d)"),
        # November 2017
        "month_year": re.compile(rf"\b(?=[{mon_initials}])(?P<mon>{mon})\b\.?,?\s+(?P<year>(?:19|20)\d{{2}})(?!\d)", flags),
        # "Tuesday, " right before a date belongs to it
        "weekday_before": re.compile(rf"\b(?:{_alternation(cues['weekdays'])})\.?\s*,?\s*$", flags),
        "year": re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)"),
        "publication_cue": _cue_pattern(cues["publication_cues"], cues["cue_connectors"]),
        "update_cue": _cue_pattern(cues["update_cues"], cues["cue_connectors"]),
        "from_line_cue": re.compile(rf"\b(?P<cue>{_alternation(cues['from_line_cues'])})\s*:?\s*$", flags),
        # "By Helen Marsh | March 3, 2018": a byline with the date on the same line
        "byline": re.compile(r"^\W{0,3}(?:By|BY)\s+\S[^\n]{0,80}?(?:[\s,|•·—–-]+)$"),
        # "PARIS, " / "SAN SALVADOR, EL SALVADOR, " / "[TEXT] LIMA, " before the date
        # ("ROME (ITALY), " names the country in brackets)
        "dateline_place": re.compile(
            r"^\s*(?:\[[^\]\n]{1,20}\]\s*)?(?P<place>[A-Z][A-Za-z.'’ -]{1,40}(?:\([A-Za-z.'’ -]{2,40}\))?"
            r"(?:,\s*[A-Z][A-Za-z.'’ -]{1,40}(?:\([A-Za-z.'’ -]{2,40}\))?){0,2}),\s*$"),
        # " (Reuters) -" / " (EFE) --" after the date
        # (the dash may start the next line when the agency name is long)
        "dateline_tail": re.compile(r"[ \t]*(?P<agency>[(\[][^)\]\n]{1,60}[)\]])?\s*(?:--|[-–—])"),
        "time_tail": re.compile(r"^\s*(?:(?:,|at|-|–|/|\|)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?)?\s*$", flags),
        "sentence_end_tail": re.compile(r"^[\s.,;)\]]*$"),
    }


def _cue_pattern(words: list[str], connectors: list[str]) -> re.Pattern:
    # The cue must sit right before the date: "Published: ", "Posted by admin on ",
    # "updated to ", "Last updated - ".
    return re.compile(
        rf"\b(?P<cue>{_alternation(words)})(?:\s+by\s+[^\n|:.]{{1,40}}?)?"
        rf"(?:\s+(?P<conn>{_alternation(connectors)}))?\s*[:|–—-]?\s*"
        # "Published: 10:32 BST, 23 May 2017": a time of day may come before the date
        rf"(?:\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{{2,5}})?\s*,?\s*)?$",
        re.IGNORECASE,
    )


def _month_number(token: str) -> Optional[int]:
    return _cues()["months"].get(token.lower().rstrip("."))


def _two_digit_year(yy: int, today: date) -> int:
    # MUC / telegraph style "10 JAN 90": a year not after this one's two digits is this century.
    return 2000 + yy if yy <= today.year % 100 else 1900 + yy


def _is_month_written_as_name(token: str) -> bool:
    # News prose capitalises month names; "may" / "march" in lower case are verbs.
    return token[:1].isupper()


def iter_date_mentions(text: str, today: Optional[date] = None) -> Iterator[DateMention]:
    """Every date written in `text`, in order, overlaps resolved (longest wins)."""
    today = today or date.today()
    pats = _patterns()
    found: list[DateMention] = []
    for name in ("month_day", "day_month", "ymd", "numeric", "month_year"):
        for m in pats[name].finditer(text):
            mention = _mention_from_match(name, m, today)
            if mention is not None:
                weekday = pats["weekday_before"].search(text, max(0, mention.start - 16), mention.start)
                if weekday:
                    mention.start = weekday.start()
                    mention.text = text[mention.start:mention.end]
                found.append(mention)
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    last_end = -1
    for mention in found:
        if mention.start >= last_end:
            last_end = mention.end
            yield mention


def _mention_from_match(name: str, m: re.Match, today: date) -> Optional[DateMention]:
    groups = m.groupdict()
    year: Optional[int]
    day: Optional[int] = None
    end = m.end()
    if name in ("ymd", "numeric"):
        year = int(groups["year"])
        if name == "ymd":
            month, day = int(groups["m"]), int(groups["d"])
        else:
            a, b = int(groups["a"]), int(groups["b"])
            day_first = NUMERIC_DAY_FIRST if a <= 12 and b <= 12 else a > 12
            day, month = (a, b) if day_first else (b, a)
    else:
        token = groups["mon"]
        if not _is_month_written_as_name(token):
            return None
        month = _month_number(token)
        if month is None:
            return None
        if groups.get("day"):
            day = int(groups["day"])
        year_text = groups.get("year")
        if year_text is None:
            year = None
        elif len(year_text) == 2:
            # Two-digit years only in the telegraph style of upper-case months ("7 SEP 89");
            # otherwise "on 5 March 15 people died" would read as 2015.
            if not token.isupper():
                year = None
                end = m.start() + len(m.string[m.start():m.start("year")].rstrip(" ,\t\n"))
            else:
                year = _two_digit_year(int(year_text), today)
        else:
            year = int(year_text)
    try:
        date(year or 2000, month, day or 1)  # 2000 is a leap year, so "February 29" stays valid
    except ValueError:
        return None
    return DateMention(m.start(), end, m.string[m.start():end], year, month, day)


def _line_around(text: str, start: int, end: int) -> tuple[str, str]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end == -1:
        line_end = len(text)
    return text[line_start:start], text[end:line_end]


def _cue_placed_as_label(prefix: str, cue_match: re.Match) -> bool:
    """A cue counts where a page puts a date label, not inside a running sentence."""
    cue = cue_match.group("cue")
    phrase = " ".join(filter(None, [cue, cue_match.groupdict().get("conn")])).lower()
    if phrase in _cues()["cues_valid_mid_sentence"] or cue.lower() in _cues()["cues_valid_mid_sentence"]:
        return True
    # "Published", "Updated" written with a capital mid-line is a label, not prose; in an
    # all-capitals text ("DATED 8 JANUARY 1990") the capitals say nothing, only the placement does.
    if cue[:1].isupper() and not cue.isupper():
        return True
    before = prefix[: cue_match.start("cue")].rstrip()
    return before == "" or before[-1] in "|•·—–-:(["


def classify_mention(text: str, mention: DateMention) -> None:
    """Set `mention.kind` and `mention.cue` from the words around it."""
    pats = _patterns()
    prefix, suffix = _line_around(text, mention.start, mention.end)
    if mention.day is not None:
        place = pats["dateline_place"].match(prefix)
        tail = pats["dateline_tail"].match(text, mention.end, mention.end + 100)
        if place and tail and (place.group("place").isupper() or tail.group("agency")):
            mention.kind, mention.cue = "dateline", f"dateline {place.group('place').strip()}"
            return
    if mention.year is None or mention.day is None:
        return
    for kind in ("publication", "update"):
        cue = pats[f"{kind}_cue"].search(prefix)
        if cue and _cue_placed_as_label(prefix, cue):
            mention.kind, mention.cue = kind, cue.group(0).strip()
            return
    cue = pats["from_line_cue"].search(prefix)
    if cue and pats["sentence_end_tail"].match(suffix) and _cue_placed_as_label(prefix, cue):
        mention.kind, mention.cue = "from_line", cue.group(0).strip()
        return
    if pats["byline"].match(prefix):
        mention.kind, mention.cue = "byline", "byline"


def _is_header_line(text: str, mention: DateMention, first_lines_end: int) -> bool:
    if mention.start >= first_lines_end or mention.year is None or mention.day is None:
        return False
    prefix, suffix = _line_around(text, mention.start, mention.end)
    return prefix.strip(" \t|•·-–—") == "" and bool(_patterns()["time_tail"].match(suffix))


def _first_lines_end(text: str, n: int) -> int:
    seen = 0
    pos = 0
    for line in text.splitlines(keepends=True):
        pos += len(line)
        if line.strip():
            seen += 1
            if seen >= n:
                break
    return pos


def _latest_year(text: str, today: date) -> Optional[int]:
    years = [int(y) for y in _patterns()["year"].findall(text)]
    years = [y for y in years if y <= today.year]
    return max(years) if years else None


def _fill_dateline_year(mention: DateMention, text: str, today: date) -> str:
    """A wire dateline gives no year: take the latest year the text names.

    With no year anywhere the date stays unknown: guessing the current year would
    misdate every archived report, and a wrong year is worse than none downstream.
    """
    year = _latest_year(text, today)
    how = "the latest year named in the text"
    if year is None:
        return ""
    try:
        candidate = date(year, mention.month, mention.day or 1)
    except ValueError:
        return ""
    if candidate > today:
        year -= 1
        how += " (less one, to stay in the past)"
    mention.year = year
    return f"; year {year} from {how}"


def explain_publication_date(
    text: str,
    metadata_date: Optional[date] = None,
    today: Optional[date] = None,
) -> PublicationDate:
    """Choose the report's own date, with the reason and the candidates turned down."""
    today = today or date.today()
    rejected: list[str] = []

    if metadata_date is not None:
        if metadata_date <= today:
            return PublicationDate(metadata_date, "metadata", f"metadata date {metadata_date.isoformat()}")
        rejected.append(f"metadata date {metadata_date.isoformat()} is in the future (after {today.isoformat()})")

    mentions = list(iter_date_mentions(text, today))
    header_zone = _first_lines_end(text, HEADER_LINES)
    for mention in mentions:
        classify_mention(text, mention)
        if mention.kind == "body" and _is_header_line(text, mention, header_zone):
            mention.kind = "header"

    notes: dict[int, str] = {}
    for mention in mentions:
        if mention.kind == "dateline" and mention.year is None:
            notes[id(mention)] = _fill_dateline_year(mention, text, today)

    def usable(mention: DateMention) -> bool:
        value = mention.value
        if value is None:
            return False
        if value > today:
            rejected.append(f"{mention.kind} date {value.isoformat()} ('{mention.text}') is in the future "
                            f"(after {today.isoformat()})")
            return False
        return True

    def describe(mention: DateMention) -> str:
        cue = f" (cue '{mention.cue}')" if mention.cue else ""
        return f"{mention.kind} date '{mention.text}'{cue}{notes.get(id(mention), '')}"

    for mention in mentions:
        if mention.kind == "dateline" and mention.year is None:
            rejected.append(f"dateline date '{mention.text}' has no year and the text names none")

    strong = [m for m in mentions if m.kind in ("publication", "dateline", "byline", "from_line") and usable(m)]
    if strong:
        return PublicationDate(strong[0].value, "text", describe(strong[0]), rejected)

    updates = [m for m in mentions if m.kind == "update" and usable(m)]
    if updates:
        latest = max(updates, key=lambda m: m.value)
        return PublicationDate(latest.value, "text", f"latest {describe(latest)}", rejected)

    body_dates = [m.value for m in mentions if m.kind == "body" and m.value is not None and m.value <= today]
    for header in (m for m in mentions if m.kind == "header"):
        if not usable(header):
            continue
        if body_dates and header.value - max(body_dates) > HEADER_MAX_LEAD:
            rejected.append(
                f"header date {header.value.isoformat()} is more than a year after the latest date in the text "
                f"({max(body_dates).isoformat()}), so it is probably the date the page was copied")
            continue
        return PublicationDate(header.value, "text", describe(header), rejected)

    return PublicationDate(None, "none", "no date marked as the report's own date", rejected)


def find_publication_date(
    text: str,
    metadata_date: Optional[date] = None,
    today: Optional[date] = None,
) -> tuple[Optional[date], str]:
    """The report's publication date and where it came from: "metadata" | "text" | "none"."""
    result = explain_publication_date(text, metadata_date, today)
    return result.date, result.source


def parse_date_string(value: str, today: Optional[date] = None) -> Optional[date]:
    """Read one date given on its own (a jsonl "published" field, an API argument)."""
    value = value.strip()
    if not value:
        return None
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if iso:
        try:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            return None
    for mention in iter_date_mentions(value, today):
        if mention.year is not None and mention.day is not None:
            return mention.value
    import dateparser  # slow to import; only needed for unusual formats

    parsed = dateparser.parse(value, settings={"REQUIRE_PARTS": ["day", "month", "year"],
                                               "PREFER_DAY_OF_MONTH": "first"})
    return parsed.date() if parsed else None
