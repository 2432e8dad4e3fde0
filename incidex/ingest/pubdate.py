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
4. a full date alone on one of the first lines ("July 15, 2016", "Wednesday 21
   December 2016 14.05 GMT"): a site header, a byline date or the copy date; weak,
   rejected when it is more than a year after the latest day-precise date in the
   body (month- or year-only dates are background and do not count), unless the
   body dates its events by weekday ("late Monday"): then it is told from its own
   date and its older dates are background; or the text says it looks back ("ten
   years on") or its lead tells a court's or an inquest's decision;
5. otherwise no date.

A wire dateline without a year ("MANCHESTER, May 23 (Reuters) -") gets the first
year that is not before any past date the text mentions (a report comes after
the events it tells of; plans such as "trial set for 2019" do not count), within
the terms of the office holders it names ("Prime Minister Theresa May"), and
whose weekday fits the weekdays the text names ("late on Monday").

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

from incidex.ingest import dateline as wire_dateline

CUES_FILE = Path(__file__).resolve().parent.parent / "data" / "pubdate_cues.json"

# How far a bare header date may lie after the latest date in the body before we
# treat it as the date the page was copied rather than written.
HEADER_MAX_LEAD = timedelta(days=365)
# For a dateline without a year: what choosing a year one later than the earliest the
# text allows costs, against the weekday fit (mean days from each weekday named back
# to the dateline's weekday). At 0.5 a clearly better weekday fit moves the year on by
# one cycle of the calendar (5 to 11 years) only when the fit is much better.
YEAR_LATER_COST = 0.5
# how much better (mean days) the weekdays must fit one year of a term of office than any other
WEEKDAY_CLEAR_MARGIN = 0.5
# with nothing but weekdays to go by, how many years back a yearless dateline's year is looked for
WEEKDAY_FIT_YEARS = 15
# a full date at most this many days after a yearless dateline's day gives its year
FOOTER_DATE_DAYS = 7
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
            rf"\b(?=[{mon_initials}])(?P<mon>{mon})\b\.?[ \t\u00a0]+(?P<day>\d{{1,2}}){ordinal}(?!\d)"
            rf"(?:{year_sep}(?P<year>(?:19|20)\d{{2}}|\d{{2}})(?!\d|:\d))?", flags),
        # 20 October 2020 / 23rd of March, 2018 / 10 JAN 90 (two-digit years checked later) / 24 March
        # (day and month on one line: a title's "killing 20" is no day of the "June" under it)
        "day_month": re.compile(
            rf"\b(?P<day>\d{{1,2}}){ordinal}[ \t\u00a0]+(?:of[ \t\u00a0]+)?(?P<mon>{mon})\b\.?"
            rf"(?:{year_sep}(?P<year>(?:19|20)\d{{2}}|\d{{2}})(?!\d|:\d))?", flags),
        # 2018/03/26, 2018-03-26, 2017-05-23T07:45
        "ymd": re.compile(r"(?<![\d/.-])(?P<year>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)"),
        # 26/03/2018, 26.03.2018
        "numeric": re.compile(r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d{2})(?!\d)"),
        # November 2017
        "month_year": re.compile(rf"\b(?=[{mon_initials}])(?P<mon>{mon})\b\.?,?\s+(?P<year>(?:19|20)\d{{2}})(?!\d)", flags),
        # "Tuesday, " right before a date belongs to it
        "weekday_before": re.compile(rf"\b(?:{_alternation(cues['weekdays'])})\.?\s*,?\s*$", flags),
        "year": re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)"),
        # what may follow a bare year: punctuation, the end, a capitalised word or a listed word
        "year_follower": re.compile(
            rf"(?:\s*(?:[^\w\s]|$)|\s+(?:[A-Z]|(?:{_alternation(cues['words_after_a_year'])})\b))"),
        "future_before": re.compile(
            rf"\b(?:{_alternation(cues['future_cues'])})(?:\s+(?:{_alternation(cues['future_cue_connectors'])}))*\s+\Z",
            flags),
        "office_qualifier": re.compile(
            rf"\b(?:{_alternation(cues['office_title_qualifiers'])})\b[\s.-]*(?:(?-i:[A-Z])[\w.]*\s+){{0,2}}\Z", flags),
        "weekday_word": re.compile(rf"\b(?:{_alternation(list(cues['weekday_numbers']))})\b", flags),
        "publication_cue": _cue_pattern(cues["publication_cues"], cues["cue_connectors"]),
        "update_cue": _cue_pattern(cues["update_cues"], cues["cue_connectors"]),
        "from_line_cue": re.compile(rf"\b(?P<cue>{_alternation(cues['from_line_cues'])})\s*:?\s*$", flags),
        # "By Helen Marsh | March 3, 2018": a byline with the date on the same line
        "byline": re.compile(r"^\W{0,3}(?:By|BY)\s+\S[^\n]{0,80}?(?:[\s,|•·—–-]+)$"),
        # ("Makassar, South Sulawesi | Mon, March 29, 2021": the desk's place and the weekday)
        # ("Staff Correspondent | Panipat (Haryana), Monday, February 19, 2007"; "DEPARTMENT OF
        # JUSTICE | FOR IMMEDIATE RELEASE | THURSDAY, JUNE 21, 2001 | WASHINGTON, D.C.": several
        # fields, the last maybe the desk's town before a comma)
        # ("SPECIAL TRIBUNAL FOR LEBANON | Case No. STL-11-01/T/TC, ... | Summary of Judgment,
        # delivered in open session, Leidschendam, 18 August 2020")
        "source_line": re.compile(r"^(?=[^\n]*[|•·])\W{0,3}[A-Z][\w.,&'’()/ -]{1,80}?(?:\s*[|•·]\s*[A-Z][\w.,&'’()/ -]{1,80}?){0,3}"
                                  r"\s*(?:[|•·]|(?<=[\w)]),)\s*"
                                  r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)(?:day|nesday|rday|sday)?\.?,?\s*)?$"),
        # "Published in Dawn, March 13th, 2024", "Translated from El Tiempo (Bogotá), 16 June 2021"
        "published_in_source": re.compile(r"^\W*(?:(?:First\s+|Originally\s+)?(?:Published|Printed|Appeared)\s+in|"
                                          r"(?:Translated|Reprinted|Adapted)\s+from(?:\s+[A-Z][a-z]+\s*[—–-])?)\s+(?:the\s+)?"
                                          # ("[Translated from Spanish — El Tiempo, Bogotá, 29 June 2021]")
                                          r"[A-Z][\w.&'’ -]{1,40}?(?:\s*\([^()\n]{2,30}\))?(?:,\s*[A-Z][\w.'’ -]{1,30}?)?,?\s*(?:on\s+)?$"),
        # ("Transcript: Metro Nashville Police Department news briefing, December 27, 2020": a
        # briefing's or a statement's title names its day after a comma)
        "title_date_before": re.compile(r"(?:[A-Za-z]\s*(?:[—–|:]|\s-)|\d\s*[—|]|\b(?:reported|published|issued) (?:on|for)\s"
                                        r"|\b(?:briefing|conference|statement|transcript|update|bulletin|remarks|hearing),\s)"
                                        r"\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$"),
        # ("Saturday, February 23, 2002 | From our Staff Correspondent | KARACHI, Feb 22:")
        "source_line_after": re.compile(r"^\s*[|•·]\s*[A-Z][\w.,&'’()/: -]{2,60}(?:\s*[|•·]\s*[A-Z][\w.,&'’()/: -]{2,60}){0,3}$"),
        # "PARIS, " / "SAN SALVADOR, EL SALVADOR, " / "[TEXT] LIMA, " before the date
        # ("ROME (ITALY), " names the country in brackets)
        "dateline_place": re.compile(
            rf"^\s*{wire_dateline.HEADER_TAG}(?P<place>{wire_dateline.PLACE_PART}(?:,\s*{wire_dateline.PLACE_PART}){{0,2}}),\s*$"),
        # "BUFFALO, N.Y. (AP) — " before a date that ends the line: the agency's dateline with
        # its date after the dash
        "dateline_agency_place": re.compile(
            rf"^\s*(?P<place>{wire_dateline.PLACE_PART}(?:,\s*{wire_dateline.PLACE_PART}){{0,2}})\s*"
            rf"{wire_dateline.AGENCY}\s*{wire_dateline.DASH}\s*$"),
        # "BAGHDAD — " before a date alone on its line ("BAGHDAD — Tuesday, May 20, 2014")
        # ("LAHORE: Wednesday, March 4, 2009 — By our Staff Reporter": a Pakistani daily's colon)
        "dateline_dash_place": re.compile(r"^\s*(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{1,40}?)\s*(?:--|[—–:-])\s*$"),
        # what may close a header line after its date: the desk or the byline ("ABUJA — Saturday,
        # April 19, 2014 | From our Abuja bureau", "... — By our Staff Reporter")
        # (" / Agrahayana 27, 1923 (Saka)": the same day in another calendar)
        # ("— this page is no longer being updated": a live page's state)
        # (" / 21 Av 5761": the Hebrew calendar's; " - Special edition")
        # ("14 July 2011 Last updated at 11:36 GMT": a news site's stamp, with no separator)
        "header_credit_tail": re.compile(r"^\s*(?:(?:[|•·—–/]|--|-(?=\s))\s*(?:By\b|From\b|[A-Z]|\d{1,2}\s+[A-Z]|this page\b|(?:last )?updated\b|live\b)"
                                         r"|(?i:last\s+updated)\b)[^\n|]{0,60}$"),
        "dateline_colon_tail": re.compile(r"[ \t]*:[ \t]+[A-Z][^\n]{40,}"),
        # " (Reuters) -" / " (EFE) --" after the date
        # (the dash may start the next line when the agency name is long;
        # the agency may hold a bracketed acronym: "(INTERPRESS AGENCY [IPS])")
        "dateline_tail": re.compile(rf"\.?[ \t]*{wire_dateline.ENDING}"),
        "dateline_bare_tail": re.compile(rf"\.?{wire_dateline.BARE_ENDING}"),
        "time_tail": re.compile(r"^\s*(?:(?:,|at|-|–|/|\|)?\s*(?:\d{1,2}[:.]\d{2}|\d{4}(?=\s*(?:GMT|UTC)))\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?)?\s*$", flags),
        "sentence_end_tail": re.compile(r"^[\s.,;)\]]*$"),
    }


def _cue_pattern(words: list[str], connectors: list[str]) -> re.Pattern:
    # The cue must sit right before the date: "Published: ", "Posted by admin on ",
    # "updated to ", "Last updated - ".
    return re.compile(
        rf"\b(?P<cue>{_alternation(words)})(?:\s+by\s+[^\n|:.]{{1,40}}?)?"
        rf"(?:\s+(?P<conn>{_alternation(connectors)}))?\s*[:|–—,-]?\s*"
        # ("Posted: Sat 12:41 PM, May 27, 2017", "Evening edition, Saturday 8 February 2003": the weekday)
        r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?"
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
    # "Attacks on tourist sites, 2015 (working table, compiled 2 January 2016)": a label inside
    # the title's brackets
    in_brackets = before.endswith(",") and before.rfind("(") > before.rfind(")")
    # ("Web posted at 11:50 p.m. EDT", "Story posted": one capitalised word opening the line)
    return before == "" or before[-1] in "|•·—–-:([" or in_brackets or bool(re.fullmatch(r"[A-Z][a-z]{1,10}", before))


def _opens_first_paragraph(text: str, line_start: int) -> bool:
    """Does the line starting at line_start open the story's first paragraph (a paragraph of its
    own, under at most a title and a byline)?"""
    before = text[:line_start]
    opens_paragraph = not before.strip() or bool(re.search(r"\n[ \t]*\n[ \t]*$", before))
    return opens_paragraph and len([line for line in before.splitlines() if line.strip()]) <= 3


def classify_mention(text: str, mention: DateMention) -> None:
    """Set `mention.kind` and `mention.cue` from the words around it."""
    pats = _patterns()
    prefix, suffix = _line_around(text, mention.start, mention.end)
    if mention.day is not None:
        place = pats["dateline_place"].match(prefix)
        tail = pats["dateline_tail"].match(text, mention.end, mention.end + 100)
        # "BERLIN, Nov 22 (Reuters) -"; or "Berlin, 22 November 2017" alone on a line near the top
        alone = (mention.year is not None and (not suffix.strip() or pats["header_credit_tail"].match(suffix))
                 and (mention.start < _first_lines_end(text, HEADER_LINES) or _under_a_letterhead(text, mention.start)))
        # the city in capitals marks a wire dateline ("QUETTA, Pakistan, March 12, 2025 —")
        city_in_capitals = bool(place) and place.group("place").split(",")[0].strip().isupper()
        # ("Ahvaz, Sept 22, IRNA –", "Srinagar, Jun 14 (PTI) Senior journalist ...")
        tail = tail or pats["dateline_bare_tail"].match(text, mention.end, mention.end + 100)
        # "Raipur, April 26, 2023: Ten personnel ... were killed": an Indian daily's dateline,
        # closed by a colon, opening the story's first paragraph (not a list item's label)
        # ("BAJAUR, Jan 8: A policeman ...": a yearless one too, where the city is in capitals)
        # ("Srinagar, Jan 2: Two children were killed ...": or the paragraph that opens the story)
        colon_opening = ((mention.year is not None or city_in_capitals
                          or _opens_first_paragraph(text, mention.start - len(prefix)))
                         and pats["dateline_colon_tail"].match(text, mention.end)
                         and mention.start < _first_lines_end(text, HEADER_LINES) and not _LIST_LINE.match(prefix)
                         and bool(place) and place.group("place").strip().lower() not in wire_dateline.NOT_A_CITY
                         # ("Kabul (Afghanistan), 5 May 2022: ..." over "Mogadishu (Somalia), 6 May
                         # 2022: ...": the labels of a brief's items)
                         and wire_dateline.colon_datelines_allowed(re.split(r"\n\s*\n", text)))
        # ("Bamako, 24 March 2019 – The United Nations ... strongly condemns": a press release's
        # dateline, with its year, opening the first paragraph)
        dashed_opening = bool(mention.year is not None and tail and tail.groupdict().get("dash") and tail.group("dash") != ":"
                              and _opens_first_paragraph(text, mention.start - len(prefix)))
        dash_opening = bool(dashed_opening and place and not _LIST_LINE.match(prefix)
                            and place.group("place").strip().lower() not in wire_dateline.NOT_A_CITY)
        # ("TORONTO — July 23, 2018 — A gunman walked ...": a city in capitals, a dash, the full
        # date and a dash opening the story: `dashed_opening` without the comma)
        dashed = pats["dateline_dash_place"].match(prefix) if (alone or dashed_opening) and place is None else None
        if dashed is not None and dashed.group("place").strip().lower() not in wire_dateline.NOT_A_CITY:
            mention.kind, mention.cue = "dateline", f"dateline {dashed.group('place').strip()}"
            return
        if place and ((tail and (city_in_capitals or tail.groupdict().get("agency")
                                 or tail.groupdict().get("bare_agency"))) or alone or colon_opening or dash_opening):
            mention.kind, mention.cue = "dateline", f"dateline {place.group('place').strip()}"
            return
        opening = wire_dateline.parse_dateline(prefix + text[mention.start:mention.end] + suffix[:8]) \
            if len(prefix) < 80 and "(" in prefix else None
        if opening is not None and opening.month == mention.month and opening.day == mention.day and (
                opening.bracketed or (opening.agency and opening.agency in prefix + text[mention.start:mention.end])):
            # "(Nairobi, April 25, 2024) – Burkina Faso's military ...": a rights group's release;
            # "COTABATO CITY (MindaNews / 16 January) —": a dateline with its date in the agency's bracket
            mention.kind, mention.cue = "dateline", f"dateline {opening.place}"
            return
        after_agency = pats["dateline_agency_place"].match(prefix)
        if after_agency and mention.year is not None and pats["sentence_end_tail"].match(suffix):
            mention.kind, mention.cue = "dateline", f"dateline {after_agency.group('place').strip()}"
            return
    if mention.year is None or mention.day is None:
        return
    above = _RELEASE_LINE_ABOVE.search(text, 0, mention.start - len(prefix))
    if above and _nothing_but_a_weekday(prefix) and pats["sentence_end_tail"].match(suffix):
        # "FOR IMMEDIATE RELEASE | Tuesday, January 10, 2017": a press office's release date
        mention.kind, mention.cue = "publication", above.group(1).strip()
        return
    if pats["published_in_source"].match(prefix) and pats["sentence_end_tail"].match(suffix):
        # "Published in Dawn, March 13th, 2024": a newspaper's imprint line, often at the end
        mention.kind, mention.cue = "publication", prefix.strip(" ,")
        return
    # ("Web posted at 11:50 p.m. EDT (0350 GMT) -- Saturday, July 27, 1996": the hour between)
    labelled = _HOUR_BEFORE_DATE.sub(" ", prefix)
    for kind in ("publication", "update"):
        cue = pats[f"{kind}_cue"].search(labelled)
        if cue and _cue_placed_as_label(labelled, cue):
            mention.kind, mention.cue = kind, cue.group(0).strip()
            return
    cue = pats["from_line_cue"].search(prefix)
    if cue and pats["sentence_end_tail"].match(suffix) and _cue_placed_as_label(prefix, cue):
        mention.kind, mention.cue = "from_line", cue.group(0).strip()
        return
    if pats["byline"].match(prefix):
        mention.kind, mention.cue = "byline", "byline"
        return
    if (mention.start < _first_lines_end(text, HEADER_LINES) and _ON_BEFORE_DATE.fullmatch(prefix)
            and pats["header_credit_tail"].match(suffix)):
        # "On December 21, 2013 · In News": a news site's meta line under the title
        mention.kind, mention.cue = "byline", "meta line"
        return
    if mention.start < _first_lines_end(text, HEADER_LINES) and _LETTERHEAD_PLACE.fullmatch(prefix) and not suffix.strip():
        # "Portland, Oregon                    August 19, 1997": a letterhead's place and date columns
        mention.kind, mention.cue = "byline", "letterhead"
        return
    if (mention.start < _first_lines_end(text, TITLE_DATE_LINES) and pats["title_date_before"].search(prefix)
            and not suffix.strip(" .") and not _LIST_LINE.match(prefix)
            and not _ITEM_DATE_LINE.search(text, mention.end)):
        # "Daily threat digest — 18 March 2025": a digest's title ends with its own date (or the
        # line under it: "Situation report No. 3 — 10 May 2021"), a list item's line does not, nor
        # the first of a bulletin's item lines ("QUETTA, BALOCHISTAN — 8 AUGUST 2016" and, further
        # down, "MARDAN, KHYBER PAKHTUNKHWA — 2 SEPTEMBER 2016")
        mention.kind, mention.cue = "byline", "title date"
        return
    if mention.start < _first_lines_end(text, HEADER_LINES) and (
            (pats["source_line"].match(prefix) and (pats["sentence_end_tail"].match(suffix)
                                                    # ("Reuters | SOFIA | Thursday, 19 July 2012 4:05pm BST")
                                                    or pats["time_tail"].match(suffix)
                                                    or pats["source_line_after"].match(suffix)))
            or (not prefix.strip() and pats["source_line_after"].match(suffix))):
        # "Metropolitan Police | 30 November 2019" or "June 2, 2024 | Deutsche Welle" under the
        # title: who issued it, and when
        mention.kind, mention.cue = "byline", "source line"


def _is_header_line(text: str, mention: DateMention, first_lines_end: int) -> bool:
    if mention.year is None or mention.day is None:
        return False
    # (or further down a letterhead: "POLIS DIRAJA MALAYSIA | ... | MEDIA STATEMENT | ... | Bukit
    # Aman, Kuala Lumpur | Monday, 4 July 2016")
    if mention.start >= first_lines_end and not _under_a_letterhead(text, mention.start):
        return False
    prefix, suffix = _line_around(text, mention.start, mention.end)
    # ("Tuesday, January 10, 2017" under a press office's letterhead: the weekday too)
    # ("Tuesday, December 18, 2001 / Agrahayana 27, 1923 (Saka)": and the day in another calendar)
    # ("Item RU-091202-014 | Wednesday, 2 December 2009 | 1140 GMT": a column of its own)
    column = prefix.rsplit("|", 1)[-1] if "|" in prefix else prefix
    return _nothing_but_a_weekday(column) and bool(_patterns()["time_tail"].match(suffix)
                                                   or _patterns()["header_credit_tail"].match(suffix))


def _nothing_but_a_weekday(prefix: str) -> bool:
    """Is the line before the date empty, but for separators or its weekday ("Tuesday, ")?"""
    lead = prefix.strip(" \t|•·-–—,")
    return lead == "" or bool(_WEEKDAY_NAME.fullmatch(lead))


_ON_BEFORE_DATE = re.compile(r"[ \t]*On[ \t]+")
_LETTERHEAD_PLACE = re.compile(r"[ \t]*[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*)*,[ \t]+[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*)*[ \t]{3,}")
_HOUR_BEFORE_DATE = re.compile(r"\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?\s*(?:\(\d{3,4}\s*GMT\))?"
                               r"\s*(?:--|[—–-])?\s*$", re.IGNORECASE)


# the line above a date that heads a press office's release
# ("FOR IMMEDIATE RELEASE            CONTACT: Public Affairs Office": another column beside it)
_RELEASE_LINE_ABOVE = re.compile(r"(?:^|\n)[ \t]*((?:for immediate release|press release|news release|media release|"
                                 r"press statement)[ \t]*:?)(?:[ \t]{2,}[^\n]*)?[ \t]*\r?\n[ \t]*$", re.IGNORECASE)
_WEEKDAY_NAME = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)
TITLE_DATE_LINES = 2  # the title and the line under it
# "In Amenas: the gas plant siege, ten years on", "five years after the attack", "on the tenth
# anniversary": a retrospective, written that many years after the events it tells
_YEARS_ON = re.compile(r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|twenty-five|"
                       r"thirty|forty|fifty|a decade)"
                       r"\s+(?:years?\s+)?(?:on|later|after|since|ago\s+(?:today|tomorrow|yesterday|this\s+(?:week|month|morning)))\b|\b(?P<nth>\d{1,2}(?:st|nd|rd|th)|first|second|"
                       r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|fifteenth|twentieth|thirtieth|fortieth|fiftieth)\s+anniversary\b",
                       re.IGNORECASE)
_YEAR_WORDS = {"one": 1, "first": 1, "two": 2, "second": 2, "three": 3, "third": 3, "four": 4, "fourth": 4, "five": 5,
               "fifth": 5, "six": 6, "sixth": 6, "seven": 7, "seventh": 7, "eight": 8, "eighth": 8, "nine": 9,
               "ninth": 9, "ten": 10, "tenth": 10, "a decade": 10, "fifteen": 15, "fifteenth": 15, "twenty": 20,
               "twentieth": 20, "twenty-five": 25, "thirty": 30, "thirtieth": 30, "forty": 40, "fortieth": 40,
               "fifty": 50, "fiftieth": 50}


# a court's or an inquest's decision told in the title or lead: such a report comes years after
# the attack it retells ("Inquest jury rules 21 victims unlawfully killed by IRA", "Seven get
# life for 2003 Istanbul suicide bombings")
_LATER_PROCEEDINGS = re.compile(r"\b(?:inquests?|jury|juries|verdicts?|sentenced|sentences|sentencing|get life|"
                                r"life (?:sentences?|imprisonment|in prison)|convicted|acquitted|pleads? guilty|"
                                r"pleaded guilty|appeals? court|court of (?:appeal|cassation)|cassation|trial)\b", re.IGNORECASE)
LEAD_CHARS = 800


def _tells_later_proceedings(text: str) -> bool:
    return bool(_LATER_PROCEEDINGS.search(text[:LEAD_CHARS]))


def years_looked_back(text: str) -> list[int]:
    """How many years back the text says it looks ("Ten years ago tomorrow", "Twenty years on",
    "the 30th anniversary"), for each time it says so."""
    found = []
    for match in _YEARS_ON.finditer(text):
        word = (match.group("n") or match.group("nth")).lower()
        years = _YEAR_WORDS.get(word) or (int(re.sub(r"\D", "", word)) if re.sub(r"\D", "", word) else 0)
        if years:
            found.append(years)
    return found


def _looks_back_on(text: str, dated: list[date], header: date) -> bool:
    """Does the text say it looks back that many years (within one) on one of the events it dates
    ("Twenty years ago today, ... on Thursday 21 July 2005", whatever the trial it tells of later)?"""
    return any(abs((header.year - day.year) - years) <= 1 for years in years_looked_back(text) for day in dated)
# a later line that, like an item's heading, ends with a full date after a dash
_ITEM_DATE_LINE = re.compile(r"\n[^\n]{3,80}?\s[—–|-]\s+(?:\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})[ \t]*(?=\n|$)")
_LIST_LINE = re.compile(r"^\s*(?:[•◦▪●■○·*\-–—]|\d{1,2}[.)])\s")


def _under_a_letterhead(text: str, start: int, most: int = 10) -> bool:
    """Is `start` on one of the first lines (up to `most`) under nothing but short heading lines,
    as a ministry's communiqué stacks them ("REPUBLIQUE DU NIGER | Fraternité - Travail - Progrès |
    MINISTERE DE LA DEFENSE NATIONALE | ... | Niamey, 9 January 2020")?"""
    lines = [line for line in text[:start].splitlines() if line.strip()]
    return len(lines) < most and all(len(line.strip()) <= 80 and not line.rstrip().endswith(".") for line in lines)


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


@dataclass
class YearEvidence:
    """What the text says about the year of a dateline written without one."""

    earliest: Optional[date] = None  # the latest past date the text mentions: the report is not before it
    earliest_text: str = ""
    spans: Optional[list[tuple[date, date]]] = None  # the report lies in one of these (office holders named)
    spans_from: list[str] = field(default_factory=list)
    weekdays: list[int] = field(default_factory=list)  # weekdays named in the running text, 0 = Monday


def _is_future_plan(text: str, start: int) -> bool:
    """Is the date at `start` a plan ("trial set for March 2019") rather than something that happened?"""
    return bool(_patterns()["future_before"].search(text, max(0, start - 40), start))


def _bare_years(text: str, mentions: list[DateMention], today: date) -> Iterator[tuple[int, int]]:
    """(position, year) of each year written on its own ("in 2005", "since 2001,"), not inside a date."""
    pats = _patterns()
    spans = [(m.start, m.end) for m in mentions]
    for match in pats["year"].finditer(text):
        if any(a <= match.start() < b for a, b in spans):
            continue
        year = int(match.group(0))
        if year > today.year:
            continue
        # "2000 people" is a count; a year is followed by punctuation, a capital or a function word
        if not pats["year_follower"].match(text, match.end()):
            continue
        yield match.start(), year


_ANNIVERSARY_OF_BEFORE = re.compile(r"\banniversary\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _latest_past_date(text: str, mentions: list[DateMention], dateline: DateMention,
                      today: date) -> tuple[Optional[date], str]:
    """The latest date the text mentions as past: the report was written on or after it.

    A month-only date counts from its first day and a bare year from 1 January, the
    earliest the event could have been. Plans ("due in 2020") and the page-header
    dates (a separate publication candidate, maybe a copy date) do not count.
    """
    best: Optional[date] = None
    best_text = ""
    for mention in mentions:
        if mention is dateline or mention.kind == "header" or mention.year is None:
            continue
        value = mention.value
        if value is None or value > today or _is_future_plan(text, mention.start):
            continue
        if best is None or value > best:
            best, best_text = value, mention.text
    for start, year in _bare_years(text, mentions, today):
        if _is_future_plan(text, start) or _ANNIVERSARY_OF_BEFORE.search(text[max(0, start - 30):start]):
            # ("on Thursday, the anniversary of the 1972 Munich Olympics attack": the year of
            # what is remembered bounds nothing, for any later year has that anniversary)
            continue
        value = date(year, 1, 1)
        if best is None or value > best:
            best, best_text = value, str(year)
    return best, best_text


@dataclass
class OfficeHolder:
    office: str
    name: re.Pattern  # any of the holder's names, matched right after a title
    spans: list[tuple[date, date]]


@lru_cache(maxsize=1)
def _office_holders() -> tuple[re.Pattern, dict[str, list[OfficeHolder]]]:
    """A pattern for every office title, and the holders of the offices with each title.

    The text is scanned once for titles and the names are only tried right after
    one, which keeps this fast with a few hundred holders.
    """
    by_title: dict[str, list[OfficeHolder]] = {}
    for office in _cues()["office_holders"]:
        for holder in office["holders"]:
            names = _alternation(holder["names"]).replace(r"\ ", r"\s+")
            spans = [(date.fromisoformat(a), date.fromisoformat(b) if b else date.max) for a, b in holder["terms"]]
            entry = OfficeHolder(office["office"], re.compile(rf"\s+(?:{names})(?![\w-])", re.IGNORECASE), spans)
            for title in office["titles"]:
                by_title.setdefault(_title_key(title), []).append(entry)
    titles = _alternation([t for o in _cues()["office_holders"] for t in o["titles"]]).replace(r"\ ", r"\s+")
    return re.compile(rf"(?<![\w-])(?:{titles})(?![\w-])", re.IGNORECASE), by_title


def _title_key(title: str) -> str:
    return " ".join(title.lower().split())


def office_holder_spans(text: str) -> tuple[Optional[list[tuple[date, date]]], list[str]]:
    """When the report can have been written, from the office holders it names in office.

    "U.S. President Donald Trump said" dates a report to Trump's terms; "former
    President Barack Obama" says nothing. Names that contradict each other (no
    common span) are all ignored rather than trusted one over another.
    """
    title_pattern, by_title = _office_holders()
    qualifier = _patterns()["office_qualifier"]
    allowed: list[tuple[date, date]] = [(date.min, date.max)]
    named: list[str] = []
    seen: set[int] = set()
    for title in title_pattern.finditer(text):
        if qualifier.search(text, max(0, title.start() - 40), title.start()):
            continue
        for holder in by_title.get(_title_key(title.group(0)), []):
            name = holder.name.match(text, title.end())
            if not name or id(holder) in seen:
                continue
            seen.add(id(holder))
            allowed = [(max(a, c), min(b, d)) for a, b in allowed for c, d in holder.spans if max(a, c) <= min(b, d)]
            named.append(f"{title.group(0)}{name.group(0)} ({holder.office})")
    if not named or not allowed:
        return None, named
    return allowed, named


def _weekday_dated_days_fit(day: date, mentions: list[DateMention], within: int = 14) -> bool:
    """Does the text give a day by its weekday and date, without a year ("last night, Wednesday,
    March 20"), that falls on that weekday in the few days up to `day`: a story told from that
    date, whatever older years its background names?"""
    numbers = _cues()["weekday_numbers"]
    for mention in mentions:
        if mention.year is not None or mention.month is None or mention.day is None:
            continue
        weekday = re.match(r"\W*([A-Za-z]+)", mention.text)
        if weekday is None or weekday.group(1).lower() not in numbers:
            continue
        for year in (day.year, day.year - 1):
            try:
                told = date(year, mention.month, mention.day)
            except ValueError:
                continue
            if 0 <= (day - told).days <= within and told.weekday() == numbers[weekday.group(1).lower()]:
                return True
    return False


def _weekdays_named(text: str, mentions: list[DateMention]) -> list[int]:
    numbers = _cues()["weekday_numbers"]
    spans = [(m.start, m.end) for m in mentions]
    found = []
    for match in _patterns()["weekday_word"].finditer(text):
        word = match.group(0)
        if not word[0].isupper() or any(a <= match.start() < b for a, b in spans):
            continue
        if _is_future_plan(text, match.start()):  # "next Monday", "until Friday"
            continue
        found.append(numbers[word.lower()])
    return found


def gather_year_evidence(text: str, dateline: DateMention, mentions: list[DateMention],
                         today: date) -> YearEvidence:
    """Everything in the text that bears on the year of a yearless dateline."""
    earliest, earliest_text = _latest_past_date(text, mentions, dateline, today)
    spans, spans_from = office_holder_spans(text)
    return YearEvidence(earliest, earliest_text, spans, spans_from, _weekdays_named(text, mentions))


def _weekday_cost(day: date, weekdays: list[int]) -> float:
    """Mean number of days from each weekday the text names back to `day`.

    A report tells of its own day and the few days before ("late on Monday",
    "named the bomber on Tuesday"), so the right dateline year puts the dateline on
    a weekday the text names often or just after the ones it names.
    """
    if not weekdays:
        return 0.0
    return sum((day.weekday() - w) % 7 for w in weekdays) / len(weekdays)


def _dates_in_years(month: int, day: int, first: int, last: int) -> Iterator[date]:
    for year in range(first, last + 1):
        try:
            yield date(year, month, day)
        except ValueError:  # 29 February outside a leap year
            continue


def _latest_weekday_fit(mention: DateMention, weekdays: list[int], today: date) -> Optional[date]:
    """With no year, date or office holder in the text, only its weekdays speak: "QUETTA, Feb 7
    (Reuters) - Two bomb blasts killed ... on Wednesday" is dated the latest Feb 7 that was a
    Wednesday (or a day after the weekdays named). A story is read soon after it is filed far
    more often than years later, and the current year, which reading it against today would
    give, fits its weekdays only by chance."""
    if not weekdays:
        return None
    costs = {d: _weekday_cost(d, weekdays)
             for d in _dates_in_years(mention.month, mention.day or 1, today.year - WEEKDAY_FIT_YEARS, today.year)
             if d <= today}
    if not costs:
        return None
    best = min(costs.values())
    if best > 1:
        return None
    return max(d for d, cost in costs.items() if cost == best)


def _choose_dateline_year(mention: DateMention, evidence: YearEvidence, today: date,
                          use_spans: bool = True) -> Optional[date]:
    spans = evidence.spans if use_spans else None
    if evidence.earliest is None and spans is None:
        return _latest_weekday_fit(mention, evidence.weekdays, today) if use_spans else None
    first = evidence.earliest.year if evidence.earliest else min(a for a, _ in spans).year
    candidates = [
        d for d in _dates_in_years(mention.month, mention.day or 1, max(first, 1), today.year)
        if d <= today
        and (evidence.earliest is None or d >= evidence.earliest)
        and (spans is None or any(a <= d <= b for a, b in spans))
    ]
    if not candidates:
        return None
    if evidence.earliest is None and len(candidates) > 1:
        if not evidence.weekdays:
            return None  # only a term of office, several years long: too weak to pick one
        # Nothing but the terms bounds the year from below, so the first year of a term is no
        # likelier than its last: the weekdays alone choose, a clear best fit first ("on Tuesday
        # ... said on Wednesday" with "April 23" under Modi: 2025, not 2015).
        ranked = sorted(candidates, key=lambda d: _weekday_cost(d, evidence.weekdays))
        best, runner_up = (_weekday_cost(d, evidence.weekdays) for d in ranked[:2])
        if runner_up - best >= WEEKDAY_CLEAR_MARGIN:
            return ranked[0]
        # several years of the terms fit as well ("MOGADISHU, Oct 29 (Reuters) ... on Saturday"
        # under Hassan Sheikh Mohamud: 2016 and 2022): as with weekdays alone, the latest, a story
        # being read soon after it is filed far more often than years later
        return max(d for d in candidates if _weekday_cost(d, evidence.weekdays) == best) if best <= 1 else None
    # The earliest year the text allows, unless the weekdays fit a later one much better.
    return min(candidates, key=lambda d: (_weekday_cost(d, evidence.weekdays)
                                          + YEAR_LATER_COST * (d.year - candidates[0].year), d))


def _fill_dateline_year(mention: DateMention, text: str, mentions: list[DateMention], today: date) -> str:
    """Give a yearless wire dateline ("PARIS, March 24 (Reuters) -") its year; return how, for the reason.

    The report was written after every event it tells of, so the year is the first
    one that puts the dateline on or after the latest past date in the text, within
    the terms of the office holders it names, preferring a year whose weekday fits
    the weekdays the text names. A page-header date on the same day gives the year
    directly. With no year anywhere, only weekdays that fit give one (the latest year
    they fit, see `_latest_weekday_fit`); otherwise the date stays unknown: guessing the
    current year would misdate every archived report.
    """
    for other in mentions:
        if other.kind == "header" and other.year is not None and (other.month, other.day) == (mention.month, mention.day):
            mention.year = other.year
            return f"; year {other.year} from the header date '{other.text}'"
    for other in mentions:
        # "LOKOJA, Nigeria, Sept 3 (Reuters) - ... | Sept 4, 2023": a full date a few days after
        # the dateline's day (a footer's, an update's) is of the same days
        if other is mention or other.year is None or other.day is None or other.value is None:
            continue
        filed = _dates_in_years(mention.month, mention.day or 1, other.year - 1, other.year)
        near = [d for d in filed if timedelta(0) <= other.value - d <= timedelta(days=FOOTER_DATE_DAYS)]
        if near:
            mention.year = near[-1].year
            return f"; year {mention.year} from the date '{other.text}' a few days after it"
    evidence = gather_year_evidence(text, mention, mentions, today)
    chosen = _choose_dateline_year(mention, evidence, today)
    if chosen is None and evidence.spans is not None:
        chosen = _choose_dateline_year(mention, evidence, today, use_spans=False)
    how: list[str] = []
    if chosen is None:
        if evidence.earliest is None:
            return ""
        # The text names a date later than any dateline could be (it lies after today's
        # date this year): the dateline is then the last such day not in the future.
        past = [d for d in _dates_in_years(mention.month, mention.day or 1, evidence.earliest.year - 1, today.year)
                if d <= today]
        if not past:
            return ""
        chosen = past[-1]
        how.append(f"the latest year not in the future (the text names '{evidence.earliest_text}')")
    else:
        if evidence.earliest is not None:
            how.append(f"not before '{evidence.earliest_text}'")
        if evidence.spans is not None and any(a <= chosen <= b for a, b in evidence.spans):
            how.append("in office: " + "; ".join(evidence.spans_from))
        if evidence.weekdays:
            how.append(f"a {chosen.strftime('%A')} fits the weekdays named")
        if evidence.earliest is None and evidence.spans is None:
            how.append("the latest such year (no year in the text)")
    mention.year = chosen.year
    return f"; year {chosen.year}: " + ", ".join(how)


# a monitoring service's source line: "Source: Tolo News website, Kabul, in Dari 1230 gmt 6 Jan 24"
_MONITORING_SOURCE = re.compile(r"\bin\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+\d{3,4}\s*(?i:gmt)\s+(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+"
                                r"(\d{4}|\d{2})\b")


def _monitoring_source_date(text: str, today: date) -> Optional[tuple[date, str]]:
    """The day a monitored broadcast or website carried the report, from the source line a
    monitoring service closes its translations with (the year in two digits)."""
    match = _MONITORING_SOURCE.search(text)
    month = _cues()["months"].get(match.group(2).lower()) if match else None
    if match is None or month is None:
        return None
    year = int(match.group(3))
    if year < 100:
        year += 2000 if year <= today.year % 100 else 1900
    try:
        value = date(year, month, int(match.group(1)))
    except ValueError:
        return None
    return (value, match.group(0)) if value <= today else None


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

    monitored = _monitoring_source_date(text, today)
    if monitored is not None:
        return PublicationDate(monitored[0], "text", f"monitoring source line '{monitored[1]}'")

    mentions = _classified_mentions(text, today)
    notes: dict[int, str] = {}
    for mention in mentions:
        if mention.kind == "dateline" and mention.year is None:
            notes[id(mention)] = _fill_dateline_year(mention, text, mentions, today)

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

    # Only day-precise dates are the events being reported; "in January 2015", "in 1980" are background.
    body_dates = [m.value for m in mentions
                  if m.kind == "body" and m.day is not None and m.value is not None and m.value <= today]
    # "killing 22 people late Monday": a story that dates its events by weekday is told from its
    # own date; its explicit older dates ("since July 7, 2005") are background, not its news
    relative_days = bool(_weekdays_named(text, mentions))
    for header in (m for m in mentions if m.kind == "header"):
        if not usable(header):
            continue
        if (body_dates and not relative_days and header.value - max(body_dates) > HEADER_MAX_LEAD
                and not _weekday_dated_days_fit(header.value, mentions)
                and not _looks_back_on(text, body_dates, header.value) and not _tells_later_proceedings(text)):
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


def _classified_mentions(text: str, today: date) -> list[DateMention]:
    mentions = list(iter_date_mentions(text, today))
    header_zone = _first_lines_end(text, HEADER_LINES)
    for mention in mentions:
        classify_mention(text, mention)
        if mention.kind == "body" and _is_header_line(text, mention, header_zone):
            mention.kind = "header"
    return mentions


def reference_date(text: str, today: Optional[date] = None) -> Optional[date]:
    """For a report with no publication date: the latest full date it mentions (not in the
    future), against which its yearless and relative dates are read. A digest headed "week of
    12-18 March 2018" that says "On 2 March" means March 2018, not the March before today.
    A date alone on one of the first lines does not count: it was turned down as the report's
    date (most often the day the page was copied)."""
    today = today or date.today()
    classified = _classified_mentions(text, today)
    mentions = [m for m in classified
                if m.kind != "header" and m.year is not None and m.value is not None and m.value <= today]
    values = [m.value for m in mentions if m.day is not None]
    if values:
        return max(values)
    week_end = _titled_week_end(text)
    if week_end is not None and week_end <= today:
        # "SECURITY DIGEST — WEEK 41/2015": the week's last day
        return week_end
    dateline = next((m for m in classified
                     if m.kind == "dateline" and m.year is None and m.month and m.day), None)
    if dateline is not None:
        # "Damascus, June 22 (SANA) - ... this evening": a wire's own day, its year unknown; its
        # relative dates are read against the latest such day, as a bare "June 22" would be
        past = [d for d in _dates_in_years(dateline.month, dateline.day, today.year - 1, today.year) if d <= today]
        if past:
            return past[-1]
    # "List of terrorist incidents in January 2019": with no full date, a month and year (its
    # last day) still gives the year of "15 January"
    ends = [min(today, _month_end(m.value)) for m in mentions]
    if ends:
        return max(ends)
    # "Country Reports on Terrorism 2019: Kenya | On January 15, ...": with no month anywhere,
    # a year in the title still gives the year of the report's yearless dates (its last day)
    title = text.lstrip().split("\n", 1)[0]
    years = [int(y) for y in _TITLE_YEAR.findall(title) if int(y) <= today.year]
    return min(today, date(max(years), 12, 31)) if years else None


_TITLED_WEEK = re.compile(r"\bweek\s+(\d{1,2})\s*(?:/|,|of)\s*((?:19|20)\d\d)\b|\b((?:19|20)\d\d)-?W(\d{2})\b",
                          re.IGNORECASE)


def _titled_week_end(text: str) -> Optional[date]:
    """The Sunday of an ISO week a report's first lines name ("Week 41/2015", "2015-W41")."""
    head = "\n".join([line for line in text.splitlines() if line.strip()][:3])
    match = _TITLED_WEEK.search(head)
    if match is None:
        return None
    week, year = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
    try:
        return date.fromisocalendar(int(year), int(week), 7)
    except ValueError:
        return None


# a year in a title, not one that starts a span ("Major attacks in Europe since 2015")
_TITLE_YEAR = re.compile(r"(?<!since )(?<!from )(?<!after )(?<![\d/.-])((?:19|20)\d\d)(?![\d/.-])")


def _month_end(day: date) -> date:
    following = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return following - timedelta(days=1)


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
