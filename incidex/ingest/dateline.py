"""Wire datelines: "LIMA, 10 JAN 90 (EFE) --", "ABUJA, May 5, 2014 (AFP) -", "CHARLESTON, S.C. -".

One reader for every stage that needs the dateline: ingest (the publication date), extract
(where the story was filed, which text is an FBIS / MUC-4 transcript) and the MUC model (the
date and city its fallbacks use). The pattern pieces are also exported for `pubdate`, which
finds datelines around the date mentions it has already read (yearless ones included).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Optional

from incidex.normalize.countries import normalize_country
from incidex.normalize.dates import MONTHS

# "[TEXT] " before a MUC dateline
HEADER_TAG = r"(?:\[[^\]\n]{1,20}\]\s*)?"
# "PARIS" / "SAN SALVADOR, EL SALVADOR" / "ROME (ITALY)" / "CHARLESTON, S.C." / "BAMAKO/OUAGADOUGOU"
# ("POPAYÁN, Colombia, 20 May 2024 (EFE) –": accented capitals too)
_NAME = r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.'’ /-]{1,40}"
PLACE_PART = rf"{_NAME}(?:\([A-Za-zÀ-ÖØ-öø-ÿ.'’ -]{{2,40}}\))?"
PLACE = (rf"(?P<place>(?P<city>{_NAME}?)\s*(?:\((?P<country>[A-Za-z.'’ -]{{2,40}})\))?"
         rf"(?:,\s*{PLACE_PART}){{0,2}}?)")
# "10 JAN 90" / "7 FEB" / "May 5, 2014" / "March 24" / "JUNE 11 89"
# ("BAMAKO, Monday 18 March 2024 -": the weekday may come first)
DATE = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
        r"(?P<date>(?P<d1>\d{1,2})\s+(?P<m1>[A-Za-z]{3,9})\.?(?:\s+(?P<y1>\d{2,4}))?"
        r"|(?P<m2>[A-Za-z]{3,9})\.?\s+(?P<d2>\d{1,2})(?:,?\s+(?P<y2>\d{2,4}))?)")
# " (Reuters) -" / " (EFE) --" / "(INTERPRESS AGENCY [IPS]) --"; the dash may open the next line
# ("MOSCOW, March 29. /TASS/.": TASS writes its name between slashes and closes with a full stop)
AGENCY = r"(?P<agency>[(\[](?:[^()\[\]\n]|\[[^\]\n]{0,20}\]|\([^)\n]{0,20}\)){1,60}[)\]]|/[A-Z][A-Za-z-]{1,15}/)"
DASH = r"(?:--|[-–—])"

# the story follows a dash, or the next line when the dateline is a line of its own ending in
# its agency ("Lagos, 6 May 2014 (Reuters)")
# ("Raipur, January 6, 2025 (PTI): Eight jawans ...": Indian agencies close the dateline with a colon)
# ("Raipur, April 26, 2023: Ten personnel ...": or right after the date's four-digit year)
# ("BOGOTA, Jan 26 (EFE).- A car bomb ...": Spanish-language wires put a point before the dash)
ENDING = rf"{AGENCY}?(?:\s*(?P<dash>(?<=[)\]])\.(?:{DASH})|{DASH}|(?<=[)\]]):|(?<=\d\d\d\d):|(?<=/)\.)(?=\s|$)|(?<=[)\]])[ \t]*(?=\r?\n|$))"
# labels that open a line the way a dateline's city does: "Update, 15 February 2025: ..."
NOT_A_CITY = {"update", "updated", "note", "correction", "posted", "published", "published on", "editor's note"}
# ("TORONTO — July 23, 2018 — A gunman ...": a dash may part the city from a full date)
_FULL_DATE = r"(?:[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4})"
_DASH_BEFORE_FULL_DATE = rf"\s*(?:--|[–—])(?=\s*{_FULL_DATE}[ \t]*{DASH})"
# ("LAHORE: Wednesday, March 4, 2009 — By our Staff Reporter": a city in capitals, a colon and a
# full date, a Pakistani daily's header line)
_COLON_BEFORE_FULL_DATE = rf"(?<=[A-Z]{{2}}):(?=\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?{_FULL_DATE})"
_DATELINE = re.compile(rf"^\s*{HEADER_TAG}{PLACE}(?:(?:,|{_DASH_BEFORE_FULL_DATE}|{_COLON_BEFORE_FULL_DATE})\s*{DATE}\.?)?[ \t]*{ENDING}")
# agencies whose datelines name them without brackets ("Ahvaz, Sept 22, IRNA –") or run into the
# story without a dash ("Srinagar, Jun 14 (PTI) Senior journalist ...")
_BARE_AGENCIES = r"IRNA|Xinhua|PTI|IANS|ANI|UNI|APP|WAM|SPA|KUNA|QNA|MENA|SANA|Anadolu|Bernama|Kyodo|Yonhap|Interfax|TASS"
BARE_ENDING = (rf"(?:,\s*|\s*\()(?P<bare_agency>{_BARE_AGENCIES})"
               rf"(?:\s*(?P<bare_dash>{DASH})(?=\s)|\)[ \t]+(?=[A-Z]))")
_DATELINE_BARE_AGENCY = re.compile(rf"^\s*{PLACE},\s*{DATE}\.?{BARE_ENDING}")
# "(Nairobi) – Armed Islamist fighters killed ...": a rights group's or a UN office's press
# release names the city it was issued from in brackets; "(Reuters) -" alone names no place
_BRACKETED_CITY = re.compile(r"^\s*\((?P<city>[A-Z][A-Za-z.'’ -]{1,30})\)\s*(?:--|[-–—])\s")
_AGENCY_DATE = re.compile(rf"/\s*{DATE}\s*[)\]]?\s*$")
# "(Dakar, March 15, 2023) – ...": the same, with the release's date
_BRACKETED_CITY_DATED = re.compile(rf"^\s*\((?P<city>[A-Z][A-Za-z.'’ -]{{1,30}}),\s*{DATE}\)\s*(?:--|[-–—])\s")
_AGENCY_NAME = re.compile(r"^(?:Reuters|AP|AFP|UPI|EFE|ANSA|DPA|dpa|Xinhua|IANS|PTI|ANI|TASS|CNN|BBC|IPS|AA|"
                          r"Anadolu|Bloomberg|Bernama|Kyodo|Yonhap|WAFA|IRNA|SANA|APA|Interfax)$")


# "Kabul (Afghanistan), 5 May 2022:" / "Raipur, April 26, 2023:": a place and a full date closed
# by a colon, at the start of a paragraph
_COLON_CLOSED = re.compile(rf"^\s*{PLACE},\s*{DATE}[ \t]*(?P<dash>:)(?=\s)")


def colon_datelines_allowed(paragraphs: list[str]) -> bool:
    """Whether a paragraph opened by "Place, date:" is a dateline: only when no other paragraph
    opens the same way (several are the labels of a brief's items)."""
    return sum(1 for text in paragraphs if _COLON_CLOSED.match(text[:200])) <= 1


def is_bare_label(dateline: "Dateline") -> bool:
    """"Sweden, 30 Nov — Explosion at ...": a place and a day before a dash, no agency, not the
    FBIS form: a dateline in one story, an item's label where several paragraphs open so."""
    return dateline.agency is None and not dateline.wire and not dateline.bracketed and dateline.day is not None


def bare_labels_repeat(paragraphs: list[str]) -> bool:
    """Whether two or more paragraphs open with a bare "Place, date —" (`is_bare_label`): a
    digest's dated items, none of them the filing place and date of the whole text."""
    labels = 0
    for text in paragraphs:
        dateline = parse_dateline(text[:200])
        labels += dateline is not None and is_bare_label(dateline)
        if labels >= 2:
            return True
    return False


@dataclass(frozen=True)
class Dateline:
    place: str  # as written, state / country parts included ("CHARLESTON, S.C.")
    city: Optional[str]  # the first part ("CHARLESTON"); None for the FBIS "NO CITY"
    country: Optional[str]  # a country in brackets after the city: "ROME (ITALY)" -> "ITALY"
    city_start: int
    city_end: int
    day: Optional[int]
    month: Optional[int]
    year: Optional[int]  # four digits; None when the dateline has none
    agency: Optional[str]
    end: int  # just past the dash: the story starts here
    # the FBIS / MUC-4 form "CITY, D MON YY (SOURCE) --": an upper-case place, a date, two dashes
    wire: bool
    # "(Nairobi) –": the office a press release was issued from, which tells nothing of where
    # the events happened
    bracketed: bool = False
    # "Ahvaz, Sept 22, IRNA –", "Srinagar, Jun 14 (PTI) Senior ...": where the agency named without
    # brackets and dash begins (just past the date); None for every other form
    bare_agency_start: Optional[int] = None

    @property
    def date(self) -> Optional[date]:
        if self.day is None or self.month is None or self.year is None:
            return None
        try:
            return date(self.year, self.month, self.day)
        except ValueError:
            return None


def _month(word: Optional[str]) -> Optional[int]:
    return MONTHS.get(word.lower()) if word else None


def _city_and_country(place: str, dash: Optional[str]) -> bool:
    """"Baghdad, Iraq — Eleven fighters ...": a mixed-case dateline with neither date nor agency
    is one only as a city and its country before a long dash (not "Section 5 -")."""
    parts = [p.strip() for p in place.split(",")]
    return dash in ("—", "–", "--") and len(parts) == 2 and normalize_country(parts[1]) is not None \
        and normalize_country(parts[0]) is None


def parse_dateline(text: str, colon_closed: bool = False) -> Optional[Dateline]:
    """The dateline that opens `text`, or None. Its place is upper case, or it carries a date or
    an agency, so that an ordinary sentence with a dash ("The attack - which ...") is not one.

    `colon_closed`: also read "Raipur, April 26, 2023: Ten personnel ..." (a date with its year,
    then a colon) as a dateline. The same shape labels the items of a brief ("Kabul
    (Afghanistan), 5 May 2022: An explosion ..."), so only the caller, which sees the other
    paragraphs, can tell (`colon_datelines_allowed`)."""
    match = _DATELINE.match(text[:300]) or _DATELINE_BARE_AGENCY.match(text[:300])
    if match is None and colon_closed:
        match = _COLON_CLOSED.match(text[:300])  # "Srinagar, Jan 2: Two children ...": no year
    if match and not colon_closed and match.groupdict().get("dash") == ":" and not match.group("agency"):
        return None
    if not match:
        bracketed = _BRACKETED_CITY.match(text[:60]) or _BRACKETED_CITY_DATED.match(text[:80])
        if bracketed is None or _AGENCY_NAME.match(bracketed.group("city").strip()):
            return None
        city = bracketed.group("city").strip()
        day = month = year = None
        if bracketed.groupdict().get("date"):
            month = _month(bracketed.group("m1") or bracketed.group("m2"))
            day_text, year_text = bracketed.group("d1") or bracketed.group("d2"), bracketed.group("y1") or bracketed.group("y2")
            day = int(day_text) if month and day_text else None
            year = int(year_text) if month and year_text and len(year_text) == 4 else None
        return Dateline(place=city, city=city, country=None, city_start=bracketed.start("city"),
                        city_end=bracketed.start("city") + len(city), day=day, month=month, year=year,
                        agency=None, end=bracketed.end(), wire=False, bracketed=True)
    # "BAMAKO/OUAGADOUGOU, Aug 29 (Reuters)": a story filed from two cities; the first is its city
    city = match.group("city").strip().split("/")[0].strip()
    groups = match.groupdict()
    agency = groups.get("agency") or groups.get("bare_agency")
    country = (match.group("country") or "").strip() or None
    if agency is None and country and normalize_country(country) is None and (
            _AGENCY_NAME.match(country) or re.fullmatch(r"[A-Z]{2,6}", country)):
        # "Geneva (ICRC) - The International Committee of the Red Cross ...": the issuer in the
        # brackets, not the city's country
        agency, country = country, None
    if groups.get("dash") is None and agency is None:
        return None  # a line of its own ending in a bracket is a dateline only with its agency
    if not (city.isupper() or match.group("date") or agency or _city_and_country(match.group("place"), groups.get("dash"))):
        return None
    if len(city.split()) > 3 and not city.isupper():
        return None
    if city.lower() in NOT_A_CITY:
        return None
    day_text = match.group("d1") or match.group("d2")
    month = _month(match.group("m1") or match.group("m2"))
    if match.group("date") and month is None:  # "Section 5 -": not a date, not a dateline
        return None
    year_text = match.group("y1") or match.group("y2")
    year = int(year_text) if year_text else None
    if year is not None and year < 100:
        year += 1900 if year >= 30 else 2000
    if month is None and agency:
        # "COTABATO CITY (MindaNews / 16 January) —": the agency's bracket holds the date
        inner = _AGENCY_DATE.search(agency)
        if inner is not None and _month(inner.group("m1") or inner.group("m2")) is not None:
            month = _month(inner.group("m1") or inner.group("m2"))
            day_text = inner.group("d1") or inner.group("d2")
            inner_year = inner.group("y1") or inner.group("y2")
            year = int(inner_year) if inner_year and len(inner_year) == 4 else None
    city_start = match.start("city") + (len(match.group("city")) - len(match.group("city").lstrip()))
    return Dateline(
        place=match.group("place").strip(), city=None if city.upper() == "NO CITY" else city,
        country=country, city_start=city_start,
        city_end=city_start + len(city), day=int(day_text) if day_text else None, month=month,
        year=year, agency=(agency or "").strip(" ()[]/") or None, end=match.end(),
        wire=bool(match.group("date")) and city.isupper() and match.group(0).rstrip().endswith("--"),
        bare_agency_start=match.end("date") if groups.get("bare_agency") else None)
