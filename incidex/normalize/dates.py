"""Date expressions of news reports -> calendar dates, relative to the report's own date.

`resolve_date` turns one expression ("late on Saturday", "10 JAN 90", "November
2015", "two days ago") into a ResolvedDate; `find_dates` scans a sentence for such
expressions with regexes and resolves each. The common shapes are handled by rules
here, because dateparser gets several of them wrong for news (a weekday in a story
published that weekday, "last night", MUC-4's "7 SEP 89", a missing year that would
put the date after publication); dateparser is the fallback for the rest.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal, Optional

from incidex.normalize.numbers import parse_count

Precision = Literal["day", "month", "year"]


@dataclass
class ResolvedDate:
    date: date
    precision: Precision
    approx: bool = False


@dataclass
class DateMention:
    resolved: ResolvedDate
    start: int
    end: int
    surface: str


MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # French, as translated timelines keep them ("Vendredi 9 janvier:")
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
          r"janvier|f[ée]vrier|avril|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)"
          r"\.?(?![a-zà-ÿ])")  # not "5 junction"
MONTH_PATTERN = _MONTH  # a month's name or abbreviation, for other modules' patterns
_MONTH_FULL = (r"(?:january|february|march|april|may|june|july|august|september|october|"
               r"november|december)")
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_PART = r"(?:night|morning|afternoon|evening|overnight)"
_NUM_WORD = (r"(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|"
             r"seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
             r"fifteen|sixteen|seventeen|eighteen|nineteen|a few|several|a|an)")

# One pattern per shape; the group names tell _resolve_match what was found.
_PATTERNS = [
    # Monday, March 23, 2018 / March 23, 2018 / March 23rd / Mar. 23
    rf"(?:(?P<wd1>{_WEEKDAY}),?\s+)?(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})\b(?:,?\s+(?P<y1>{_YEAR}))?",
    # (Monday,) 23 March 2018 / the 1st of October / 23rd of March, 2018 / 10 JAN 90
    rf"(?:(?P<wd2>{_WEEKDAY}),?\s+)?(?:the\s+)?(?<![\w.])(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH})"
    rf"(?:,?\s+(?P<y2>{_YEAR}|\d\d\b))?",
    # November 2015 / (in) mid-March 2016
    rf"(?P<mod3>(?:early|mid|late|end of|beginning of|the end of)[\s-]+)?(?P<m3>{_MONTH_FULL}|{_MONTH})"
    rf",?\s+(?P<y3>{_YEAR})\b",
    # ISO / slashed numeric: 2018/03/26, 2018-03-26
    rf"(?P<y4>{_YEAR})[/.-](?P<m4>0?[1-9]|1[0-2])[/.-](?P<d4>[12]\d|3[01]|0?[1-9])\b",
    # 26/03/2018, 3/26/2018, 26.03.2018
    r"(?P<a5>\d{1,2})(?P<s5>[/.])(?P<b5>\d{1,2})(?P=s5)(?P<y5>(?:1[89]|20)\d\d)\b",
    # a feast day with its year: "on Easter Sunday 2016", "Christmas Day 2016" (without a year the
    # feast is too often an earlier one's name: "the Easter Sunday bombings")
    rf"(?P<hol12>easter(?:\s+sunday|\s+monday)?|christmas\s+(?:day|eve)|new\s+year['’]?s\s+(?:day|eve))"
    rf",?\s+(?:of\s+)?(?P<y12>{_YEAR})\b",
    # "on New Year's night" (in a report of January): the new year's first day; "New Year's Eve"
    rf"\bon\s+(?P<hol14>new\s+year['’]?s\s+(?:day|eve|night))\b(?!,?\s+(?:of\s+)?{_YEAR})",
    # "On the 7th, Hamas gunmen crossed ...": a day of the report's own month (a monthly review)
    # ("on the evening of the 10th")
    rf"\bon\s+the\s+(?:(?:morning|afternoon|evening|night)\s+of\s+the\s+)?(?P<d13>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
    rf"(?!\s+(?:of\s+)?(?:{_MONTH}|floor|anniversary|"
    r"century|day|time|round|minute|hour|attempt|attack))",
    # "over the weekend" (in a Monday story): the Saturday before, approximately
    r"\b(?:over|at|during)\s+the\s+(?P<wkd15>weekend)\b|"
    # relative day words
    r"(?P<rel6>(?:(?:early|late|earlier|later)\s+)?(?:today|tonight|yesterday|this\s+" + _PART
    + r"|last\s+night|the\s+day\s+before\s+yesterday|the\s+previous\s+day|the\s+day\s+before)"
    + r"(?:\s+" + _PART + r")?)",
    # N days / weeks / months / years ago
    # ("A year ago today": that very day, a year back)
    # ("Thirty years ago this morning": that morning, thirty years back)
    rf"(?P<n7>{_NUM_WORD})\s+(?P<u7>day|week|month|year)s?\s+ago(?P<today7>\s+(?:today|this\s+(?:morning|afternoon|evening)|tonight))?",
    # last week / last month / last year / this year / earlier this month
    r"(?P<rel8>(?:last|this|earlier\s+this|later\s+this|past)\s+(?:week|month|year))",
    # (late/early) (on) (last) Monday (night)
    rf"(?P<mod9>(?:(?:early|late|earlier|later)\s+(?:on\s+)?)|last\s+)?(?P<wd9>{_WEEKDAY})"
    rf"(?:\s+(?P<part9>{_PART}))?",
    # a bare month after a preposition: "in March", "since October", "last May"
    # ("the November attacks in Paris": an event named by its month; "in March last year")
    rf"\b(?P<prep10>in|since|during|until|by|early|mid|late|last|this|of|the(?=\s+{_MONTH_FULL}\s+(?:attacks?|"
    r"bombings?|shootings?|massacres?|killings?|blasts?|raids?|assaults?|siege)\b))[\s-]+"
    # ("In January, 28 soldiers were killed": a count after the comma, not the 28th)
    rf"(?P<m10>{_MONTH_FULL})\b(?!\s+\d)(?!,\s+\d+\b(?!\s+[a-z]))(?P<ly10>\s+(?:of\s+)?(?:last|this)\s+year\b)?",
    # a bare year after a preposition: "In 2016", "since 2014", "in early 2015"
    rf"\b(?P<prep11>in|since|during|until|by|from|of|through|throughout)\s+(?P<mod11>(?:early|mid|late)[\s-]+)?"
    rf"(?P<y11>{_YEAR})\b(?![-\s]*(?:year|people|person|dead|killed|wounded|men|women))",
]
# Every shape starts a word: tried only where one starts (about five times faster than trying
# fifteen shapes at every character, and "clearly today" is not "early today")
_DATE_RE = re.compile(r"(?<!\w)(?=\w)(?:" + "|".join(f"(?:{p})" for p in _PATTERNS) + ")", re.IGNORECASE)


def _month_number(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _day_number(token: str) -> int:
    return int(re.sub(r"\D", "", token))


def _two_digit_year(yy: int, published: Optional[date]) -> int:
    """'90' -> 1990: the year in the report's century, a century back if that is
    more than a year after the report."""
    if published is None:
        return 1900 + yy if yy >= 30 else 2000 + yy
    year = published.year // 100 * 100 + yy
    return year - 100 if year > published.year + 1 else year


def _safe_date(year: int, month: int, day: int) -> Optional[date]:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# how far past the report's date a day it names by weekday may lie: a live page updated the next
# morning ("UPDATE Thursday 8 June" under "Wednesday 7 June 2017")
_WEEKDAY_AFTER_PUBLICATION = timedelta(days=3)


def _yearless(month: int, day: Optional[int], published: Optional[date],
              weekday: Optional[int] = None) -> Optional[ResolvedDate]:
    """A month (and day) without a year: the latest such date on or before publication (or just
    after it, where the weekday told is that date's)."""
    base = published or date.today()
    year = base.year
    candidate = _safe_date(year, month, day or 1)
    if candidate is None:
        return None
    soon_after = (weekday is not None and day is not None and candidate.weekday() == weekday
                  and candidate - base <= _WEEKDAY_AFTER_PUBLICATION)
    if candidate > base and (day is not None or month > base.month) and not soon_after:
        candidate = _safe_date(year - 1, month, day or 1)
        if candidate is None:
            return None
    return ResolvedDate(candidate, "day" if day else "month")


_WEEKDAY_LEAD = re.compile(r"\W*((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE)
# ("Thursday, Nov. 20": its weekday may come first)
_MONTH_DAY_ONLY = re.compile(rf"^\W*(?:(?:on|the)\s+)*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?)?(?:{_DAY}\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+{_DAY})\W*$", re.IGNORECASE)


def is_month_day(surface: str) -> bool:
    """"3 September", "Sept. 3rd": a day of a month told without its year."""
    return bool(_MONTH_DAY_ONLY.match(surface))


def _last_weekday(weekday: int, published: date, strictly_before: bool) -> date:
    back = (published.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return published - timedelta(days=back)


def _months_back(base: date, months: int) -> date:
    total = base.year * 12 + base.month - 1 - months
    return date(total // 12, total % 12 + 1, 1)


def _feast_day(name: str, year: int) -> date:
    """The day of a feast named with its year (Easter from dateutil's computus)."""
    if name.startswith("easter"):
        from dateutil.easter import easter  # noqa: PLC0415 (dateparser's own dependency)

        return easter(year) + timedelta(days=1 if name.endswith("monday") else 0)
    if name.startswith("christmas"):
        return date(year, 12, 24 if name.endswith("eve") else 25)
    return date(year, 12, 31) if name.endswith("eve") else date(year, 1, 1)


def _resolve_match(m: re.Match, published: Optional[date], order: Optional[str] = None) -> Optional[ResolvedDate]:
    g = m.groupdict()
    base = published or date.today()
    if g["m1"] or g["m2"]:
        month = _month_number(g["m1"] or g["m2"])
        day = _day_number(g["d1"] or g["d2"])
        year_text = g["y1"] or g["y2"]
        if year_text and len(year_text) == 2 and not g["m2"].isupper():
            year_text = None  # "on 23 March 15 people died": 15 is not a year
        if year_text:
            year = int(year_text) if len(year_text) == 4 else _two_digit_year(int(year_text), published)
            found = _safe_date(year, month, day)
            return ResolvedDate(found, "day") if found else None
        told = _WEEKDAY_LEAD.match(m.group(0))
        return _yearless(month, day, published, WEEKDAYS[told.group(1).lower()] if told else None)
    if g["m3"]:
        month, year = _month_number(g["m3"]), int(g["y3"])
        return ResolvedDate(date(year, month, 1), "month", approx=bool(g["mod3"]))
    if g["y4"]:
        found = _safe_date(int(g["y4"]), int(g["m4"]), int(g["d4"]))
        return ResolvedDate(found, "day") if found else None
    if g["a5"]:
        a, b, year = int(g["a5"]), int(g["b5"]), int(g["y5"])
        mdy, dmy = _safe_date(year, a, b), _safe_date(year, b, a)
        # "05.06.2021": dotted dates are written day first (slashes month first, as GTD does)
        options = [d for d in ((dmy, mdy) if g["s5"] == "." or order == "dmy" else (mdy, dmy)) if d is not None]
        if published:  # an interpretation after the report is the wrong one
            options = [d for d in options if d <= published] or options
        if not options:
            return None
        if (g["s5"] == "/" and order is None and published and len(set(options)) > 1
                and (published - options[1]).days <= 7 < (published - options[0]).days):
            # "DATE OF INCIDENT: 02/04/2015" in a statement issued on 3 April 2015: with nothing in
            # the report to say which comes first, the day just before the report, not two months
            options.reverse()
        return ResolvedDate(options[0], "day", approx=len(set(options)) > 1)
    if g["d13"]:
        if published is None:
            return None
        day = int(g["d13"])
        year, month = published.year, published.month
        for _ in range(2):  # this month's day, or last month's if it is still to come
            found = _safe_date(year, month, day)
            if found is not None and found <= published:
                return ResolvedDate(found, "day")
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        return None
    if g["hol12"]:
        return ResolvedDate(_feast_day(g["hol12"].lower(), int(g["y12"])), "day")
    if g["hol14"]:
        eve = g["hol14"].lower().endswith("eve")
        return _yearless(12 if eve else 1, 31 if eve else 1, published)
    if g["wkd15"]:
        return ResolvedDate(_last_weekday(5, base, strictly_before=False), "day", approx=True)
    if g["rel6"]:
        words = g["rel6"].lower()
        if "before yesterday" in words:
            return ResolvedDate(base - timedelta(days=2), "day")
        if "yesterday" in words or "last night" in words or "previous day" in words or "day before" in words:
            return ResolvedDate(base - timedelta(days=1), "day")
        return ResolvedDate(base, "day")
    if g["n7"]:
        count = parse_count(g["n7"])
        n = count.value if count else 1
        unit = g["u7"].lower()
        if unit == "day":
            return ResolvedDate(base - timedelta(days=n), "day")
        if unit == "week":
            return ResolvedDate(base - timedelta(weeks=n), "day", approx=True)
        if unit == "month":
            back = _months_back(base, n)
            same_day = _safe_date(back.year, back.month, base.day) if g["today7"] else None
            return ResolvedDate(same_day, "day") if same_day else ResolvedDate(back, "month", approx=True)
        same_day = _safe_date(base.year - n, base.month, base.day) if g["today7"] else None
        return ResolvedDate(same_day, "day") if same_day else ResolvedDate(date(base.year - n, 1, 1), "year", approx=True)
    if g["rel8"]:
        words = g["rel8"].lower().split()
        unit = words[-1]
        back = 1 if words[0] in ("last", "past") else 0
        if unit == "week":
            return ResolvedDate(base - timedelta(weeks=back), "day", approx=True)
        if unit == "month":
            return ResolvedDate(_months_back(base, back), "month")
        return ResolvedDate(date(base.year - back, 1, 1), "year")
    if g["wd9"]:
        weekday = WEEKDAYS[g["wd9"].lower()]
        modifier = (g["mod9"] or "").lower().strip()
        # news: "on Monday" in a Monday story is that day; "last Monday" is a week back
        return ResolvedDate(_last_weekday(weekday, base, strictly_before=modifier == "last"), "day")
    if g["m10"]:
        if g["ly10"]:  # "in March last year"
            back = 1 if "last" in g["ly10"].lower() else 0
            return ResolvedDate(date(base.year - back, _month_number(g["m10"]), 1), "month")
        return _yearless(_month_number(g["m10"]), None, published)
    if g["y11"]:
        return ResolvedDate(date(int(g["y11"]), 1, 1), "year", approx=bool(g["mod11"]))
    return None


def _is_bare_month_ok(m: re.Match) -> bool:
    """'May' and 'March' are words too: a bare month needs a capital letter."""
    token = m.group("m10")
    return bool(token) and token[0].isupper()


_ANY_WEEKDAY_BEFORE = re.compile(r"\b(?:a|every|each)\s+$", re.IGNORECASE)


def _valid(m: re.Match) -> bool:
    g = m.groupdict()
    if g["m10"] and not _is_bare_month_ok(m):
        return False
    month_token = g["m1"] or g["m2"] or g["m3"]
    if month_token and month_token.lower().rstrip(".") == "may" and not month_token[0].isupper():
        return False  # "may 5" is a modal verb before a number
    if g["wd9"] and not g["wd9"][0].isupper():
        return False
    if g["wd9"] and _ANY_WEEKDAY_BEFORE.search(m.string[max(0, m.start("wd9") - 7):m.start("wd9")]):
        return False  # "sitting in the park on a Saturday evening", "every Friday": no day in particular
    if g["wd9"] and _TOLD_DAY_BEFORE.search(m.string[max(0, m.start("wd9") - 16):m.start("wd9")]):
        return False  # "on that Saturday evening", "the following Monday": a day counted from one told, not from the report's
    return True


_TOLD_DAY_BEFORE = re.compile(r"\b(?:that|the\s+same|the\s+following|the\s+next|the\s+previous)\s+$", re.IGNORECASE)
_NAMED_DAY_BEFORE = re.compile(r"\b(easter|palm|bloody|black|ash|holy|good|super)\s+$", re.IGNORECASE)
_EASTER_OFFSETS = {"easter sunday": 0, "easter monday": 1, "good friday": -2, "holy saturday": -1,
                   "holy thursday": -3, "palm sunday": -7, "ash wednesday": -46}


def _recent_feast(name: str, published: Optional[date]) -> Optional[date]:
    """The feast `name` ("easter sunday") of the report's year when it fell in the ten days
    before the report; else None."""
    if published is None or name not in _EASTER_OFFSETS:
        return None
    from dateutil.easter import easter  # noqa: PLC0415 (dateparser's own dependency)

    feast = easter(published.year) + timedelta(days=_EASTER_OFFSETS[name])
    return feast if timedelta(0) <= published - feast <= timedelta(days=10) else None


def _two_digit_year_ignored(m: re.Match) -> bool:
    y2 = m.group("y2")
    return bool(y2) and len(y2) == 2 and not m.group("m2").isupper()


_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:1[89]|20)\d\d\b")


def slashed_date_order(text: str) -> Optional[str]:
    """How a report writes its slashed dates, where one of them shows it: "dmy" ("22/03/2016"),
    "mdy" ("03/22/2016"), or None (every one could be either: "02/04/2015")."""
    for match in _SLASHED.finditer(text):
        a, b = int(match.group(1)), int(match.group(2))
        if a > 12 >= b:
            return "dmy"
        if b > 12 >= a:
            return "mdy"
    return None


def find_dates(text: str, published: Optional[date], order: Optional[str] = None) -> list[DateMention]:
    """Date expressions in a sentence, resolved against the publication date.
    Regexes find the candidates (month names, numeric dates, weekdays, relative
    words, "in 2016"); ages, quantities and counts are not date shapes. `order` is how the
    report writes its slashed dates (`slashed_date_order`), where it shows."""
    mentions = []
    for m in _DATE_RE.finditer(text):
        if not _valid(m):
            continue
        named = m.group("wd9") and _NAMED_DAY_BEFORE.search(text[max(0, m.start() - 12):m.start("wd9")])
        if named:
            # "on Easter Sunday" in that week's news is the feast; "the Easter Sunday bombings"
            # years later, or "Bloody Sunday", names a day that is not last Sunday
            feast = _recent_feast(f"{named.group(1)} {m.group('wd9')}".lower(), published)
            if feast is not None:
                mentions.append(DateMention(ResolvedDate(feast, "day"), named.start() + max(0, m.start() - 12),
                                            m.end(), text[named.start() + max(0, m.start() - 12):m.end()]))
            continue
        resolved = _resolve_match(m, published, order)
        if resolved is None:
            continue
        start, end = m.span()
        if _two_digit_year_ignored(m):
            end = m.end("m2")
        if m.groupdict().get("prep10") or m.groupdict().get("prep11"):
            # keep the preposition out of the surface
            start = m.start("m10") if m.group("m10") else m.start("mod11") if m.group("mod11") else m.start("y11")
        mentions.append(DateMention(resolved, start, end, text[start:end]))
    return mentions


_LEADING = re.compile(r"^(?:on|in|at|since|from|by|during|around|about|circa|c\.)\s+", re.IGNORECASE)


def resolve_date(expression: str, published: Optional[date]) -> Optional[ResolvedDate]:
    """One date expression -> ResolvedDate, or None when it is not a date
    ("200 grams", "four policemen", "24-year-old")."""
    text = re.sub(r"\s+", " ", (expression or "").strip())
    if not text or len(text) > 80:
        return None
    stripped = _LEADING.sub("", text)
    for candidate in (text, stripped):
        m = _DATE_RE.fullmatch(candidate)
        if m and _valid(m):
            return _resolve_match(m, published)
    year = re.fullmatch(rf"(?:(?P<mod>early|mid|late)[\s-]+)?(?P<y>{_YEAR})", stripped, re.IGNORECASE)
    if year:
        return ResolvedDate(date(int(year.group("y")), 1, 1), "year", approx=bool(year.group("mod")))
    month_only = re.fullmatch(rf"(?:(?:early|mid|late)[\s-]+)?(?P<m>{_MONTH_FULL})", stripped, re.IGNORECASE)
    if month_only:
        return _yearless(_month_number(month_only.group("m")), None, published)
    if not _has_date_cue(stripped):
        return None
    return _dateparser_fallback(stripped, published)


_CUE = re.compile(
    rf"\b(?:{_MONTH}|{_WEEKDAY}|{_YEAR}|today|tonight|yesterday|tomorrow|ago|last|week|month|"
    r"year|night|morning|evening|afternoon)\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}",
    re.IGNORECASE,
)


def _has_date_cue(text: str) -> bool:
    if re.search(r"\d+[- ]year[- ]old|\byears?\s+old\b", text, re.IGNORECASE):
        return False
    return bool(_CUE.search(text))


def _dateparser_fallback(text: str, published: Optional[date]) -> Optional[ResolvedDate]:
    from dateparser.date import DateDataParser  # noqa: PLC0415 - slow import, rarely needed

    base = datetime.combine(published or date.today(), datetime.min.time())
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    except (ValueError, OverflowError, TypeError, KeyError):
        return None
    if data is None or data.date_obj is None:
        return None
    found = data.date_obj.date()
    if published and found > published and not re.search(_YEAR, text):
        found = _safe_date(found.year - 1, found.month, found.day) or found
    period = data.period if data.period in ("day", "month", "year") else "day"
    return ResolvedDate(found, period, approx=data.period == "week")
