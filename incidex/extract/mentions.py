"""Find the incidents a report describes and the sentences that describe each.

A report tells one main story, often lists other attacks (one per list item) and mentions
older ones in passing ("since the stabbing attack in Marseilles (October 1, 2017)"). An
*anchor* is a sentence with an attack event and a date or place of its own; an anchor at the
start of a block (paragraph, list item, footnote) opens or resumes an incident, and the
block's other sentences describe it. An anchor in the middle of a sentence about another
incident is a background mention: it gets an incident of its own, and its words are masked
out of the sentence that carries it, so they do not leak into the current incident.

Non-incidents stay out: propaganda (posters, videos), military events (the fall of a town),
vague waves of attacks, foiled plots, and sentences that sum up several attacks at once.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Iterable, Iterator, Optional

from spacy.tokens import Doc, Span, Token

from incidex.extract.casualties import (ARMY_OPERATIONS, DEATH_MANNER_LEMMAS, KILL_LEMMAS, SEVERAL_EVENTS, WOUND_LEMMAS,
                                       gapped_site_toll, stated_toll)
from incidex.extract.lexicon import load_lexicon
from incidex.extract.segment import DAY_LABEL, Block, mask_citations
from incidex.ingest.dateline import (DATE as DATELINE_DATE, PLACE as DATELINE_PLACE, bare_labels_repeat,
                                     Dateline, colon_datelines_allowed, is_bare_label, parse_dateline)
from incidex.ingest.pubdate import years_looked_back
from incidex.model import Place
from incidex.normalize.dates import MONTH_PATTERN, ResolvedDate, find_dates, is_month_day, slashed_date_order
from incidex.normalize.numbers import parse_count
from incidex.normalize.gazetteer import (
    capital_of,
    distance_km,
    is_common_word,
    is_never_a_place,
    is_feast,
    gtd_region,
    is_region_alias,
    km_outside_country,
    lies_in_part,
    name_key,
    place_candidates,
    population,
    resolve_country,
    resolve_place,
    resolve_province,
    resolve_state_abbreviation,
)
from incidex.normalize.countries import country_from_demonym, normalize_country
from incidex.normalize.groups import find_groups, normalize_group
from incidex.nlp.pipeline import TITLE_ABBREVIATIONS

# Dates that are anchored to something other than the publication date ("two days after the
# explosion", "in the past six months") cannot date an incident on their own.
_EXPLICIT_DATE = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\d{1,4}[/.-]\d{1,2}|"
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last night|last week|last month|"
    r"this (?:morning|afternoon|evening)|(?:over|at|during) the weekend|"
    # "Two days ago, gunmen stormed a hotel", "Earlier this month, a car bomb killed": a day, a month
    r"(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten) days? ago|earlier this month|"
    r"on the (?:(?:morning|afternoon|evening|night) of the )?\d{1,2}(?:st|nd|rd|th)|new year['’]?s (?:day|eve|night)|"
    # ("On Christmas Day 2011, a bomb attack on St Theresa's Catholic Church": a feast day the
    # date reader resolved, with its year)
    r"(?:christmas (?:day|eve)|easter(?: sunday| monday)?) (?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(r"(on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", re.IGNORECASE)
_WEEKDAY_SURFACE = re.compile(r"(?:(?:last|this|on)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                              r"(?:\s+(?:morning|afternoon|evening|night))?", re.IGNORECASE)
# ("late on Wednesday before killing his mother": a day, then what the attacker did next)
# ("at about 11:47 on Monday after reports of a stabbing": the alert, not an earlier event)
# ("on Saturday afternoon before he was shot dead": the day, then a clause of what came next)
_RELATIVE_TAIL = re.compile(r"^\W*((after|before)(?!\s+\w+ing\b)(?!\s+(?:reports?|calls?|an?\s+(?:report|call|alert))\b)"
                            r"(?!\s+(?:he|she|they)\s+(?:was|were|had|is|are|\w+ed)\b)"
                            r"|later|earlier|since|ago\b(?! ?\w))", re.IGNORECASE)
_AGGREGATE = re.compile(
    # ("has seen dozens of arson attacks on trucks, churches and farms in recent years")
    r"\b((two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|all|both|these|those|other|some|"
    r"dozens|scores|hundreds|numerous|countless)"
    r"( of)?( the)?( separate| coordinated| other| more)?( \w+)? (attacks|bombings|stabbings|shootings|incidents|operations|killings))\b"
    r"|\b(\w+ of the attacks)\b"
    # "The pipeline ... has been bombed more than 1,500 times since it began operating": a record
    r"|\b(?:bombed|attacked|targeted|hit|struck|blown up|sabotaged|dynamited)\s+(?:more than\s+|over\s+|at least\s+|about\s+|"
    r"some\s+|nearly\s+|almost\s+)?(?:[\d,]+|dozens of|hundreds of|scores of|several|many|two|three|four|five)\s+times\b"
    # ("The Moscow metro has been bombed twice.")
    r"|\b(?:has|have)\s+been\s+(?:bombed|attacked|targeted|hit|struck)\s+(?:twice|repeatedly)\b",
    re.IGNORECASE,
)
# "Boko Haram has killed more than 30,000 people since it began its insurgency in 2009": a
# running total (a perfect tense over a span of years), not one incident's toll
_CUMULATIVE_TOLL = re.compile(r"\b(has|have)\s+(\w+\s+)?(killed|left|claimed|cost|died|been killed)\b", re.IGNORECASE)
# after a car maker's name (the lexicon's vehicle_makes): a model's name or a vehicle's noun
_VEHICLE_MODEL_AFTER = re.compile(r"(?:-Benz)?\s+(?:[A-Z0-9]|(?:car|cars|truck|trucks|van|vans|pickups?|pick-ups?|SUVs?|jeeps?|"
                                  r"vehicles?|sedans?|minibus(?:es)?|bus(?:es)?)\b)")
# "Gilbert Murray, 47,": a surname, then the person's age between commas
_AGED_SURNAME_AFTER = re.compile(r"\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?,\s+(?:aged\s+)?\d{1,2},")
# "between 1985 and 1995", "from 1978 to 1995": a stretch of years
_YEARS_SPANNED = re.compile(r"\b(?:between|from)\s+((?:19|20)\d\d)\s+(?:and|to|until|through)\s+((?:19|20)\d\d)\b")
_CUMULATIVE_SPAN = re.compile(
    r"\bsince (it|they|the group|the insurgency|its|the start|the beginning|the war|(19|20)\d\d)\b"
    r"|\b(over|in|during) the (past|last) (\w+ )?(years|decade|decades)\b|\bin recent years\b|\bso far this year\b"
    # "The violence in Cabo Delgado, which began in October 2017, has killed more than 4,000"
    r"|\b(which|that) (began|started|erupted|broke out)\b"
    r"|(?<!day's )\b(violence|insurgency|conflict|war|uprising|rebellion)\b(?=[^.;]{0,80}\b(has|have) (\w+ )?(killed|left|claimed|cost)\b)",
    re.IGNORECASE)
_PLURAL_EVENT = re.compile(r"\b(attacks|bombings|stabbings|shootings|operations)\b", re.IGNORECASE)
_ACROSS_PLACES = re.compile(r"\bacross\s+(?:the\s+)?(?:(?i:country|region|regions|provinces|states|north|south|sahel)\b"
                            r"|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s*,)")
_OTHERS_HARMED = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+|dozens\s+of)\s+other\s+"
                            r"(?:[\w-]+\s+){0,3}?[\w-]+s\b[^;]{0,80}?\b(?:have|had)\s+(?:also\s+)?been\s+(?:\w+\s+)?"
                            r"(?:killed|murdered|hacked|shot|stabbed|attacked|kidnapped|abducted)\b", re.IGNORECASE)
_HOW_COMMON = re.compile(r"\b(?:attacks|bombings|kidnappings|abductions|shootings|stabbings|killings|ambushes|raids)\b"
                         r"(?:\s+[\w-]+){0,5}?\s+(?:are|were|have\s+been|had\s+been|remain|remained)\s+(?:\w+\s+)?"
                         r"(?:frequent|common|commonplace|rare|routine|widespread|on\s+the\s+rise|increasingly\s+common)\b"
                         # "Truffle hunters have often been targeted by IS fighters and landmines"
                         r"|\b(?:have|has|had|are|is)\s+(?:often|frequently|regularly|repeatedly|routinely)\s+(?:been\s+)?"
                         r"(?:targeted|attacked|hit|killed|kidnapped|abducted)\b",
                         re.IGNORECASE)
# "the Nov. 13 attacks", "the 22 March bombings", "the 9/11 attacks": plural, but one coordinated
# event named by its day, not a vague series
_DATED_PLURAL_EVENT = re.compile(
    r"\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*|\d{1,2}/\d{1,2}"
    # ("arrested over Friday's stabbings at the city's Market Square": that day's)
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|Yester|yester)day(?:\s+(?:night|evening|morning))?['’]s)"
    # ("the Oct 12, 2002 bombings of two Kuta nightclubs": with its year; "yesterday's bomb attacks")
    r"(?:,?\s+(?:19|20)\d\d)?(?:\s+(?:bomb|gun|suicide|terror|car|knife))?\s+(?:attacks|bombings|stabbings|shootings|blasts|explosions)\b")
# "On 15 March 2019, ... attacked the Al Noor Mosque and the Linwood Islamic Centre, livestreaming
# the shootings": a plural told with its full date is that day's attack, not a vague series
# ("killing 26 people, the deadliest of the attacks": this one, measured against the others)
_ONE_OF_SEVERAL = re.compile(r"\b(?:one|(?:deadliest|bloodiest|worst|largest|biggest|most\s+\w+))\s+of\s+(?:the\s+)?"
                             r"(?:(?:two|three|four|five|six|several|\d+)\s+(?:[\w-]+\s+){0,2}?)?"
                             r"(?:attacks|bombings|blasts|explosions|stabbings|shootings)\b", re.IGNORECASE)
_ON_A_WEEKDAY = re.compile(r"\b(?:on|late on|early on|overnight on)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_FULL_DAY_DATE = re.compile(r"\b\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d\b|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d\d\b")
_YEAR_LED = re.compile(r"^\W*((?:19|20)\d\d)\s*(?:[–—:-]|\))\s+")
# "twin suicide bombings": one coordinated attack told in the plural
_ON_A_MONTH_DAY = re.compile(r"\bon\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|"
                             r"Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\b")
_COORDINATED_PLURAL = re.compile(r"\b(?:twin|double|triple|simultaneous|coordinated)\s+(?:[\w-]+\s+)?"
                                 r"(?:attacks|bombings|blasts|explosions|shootings)\b", re.IGNORECASE)
_BOTH_ATTACKS = re.compile(r"\b(?:both|the two) (?:attacks|bombings|blasts|explosions|shootings|assaults)\b", re.IGNORECASE)
_FEW_EVENTS = re.compile(r"\b(?:two|three|four|[234])\s+(?:[\w-]+\s+)?(?:attacks|bombings|blasts|explosions|shootings|"
                         r"stabbings)\b", re.IGNORECASE)
_SPAN_OF_TIME = re.compile(r"\b(?:since|between|until|through|throughout|from)\s+(?:\d|[A-Z])")
_SINGULAR_EVENT = re.compile(r"\b(attack|bombing|stabbing|shooting|explosion|blast|incident|massacre)\b", re.IGNORECASE)
_PLACE_AFTER_PREP = re.compile(
    # ("on Nice's Promenade des Anglais": a city's street or landmark after "on")
    r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|of|to|from|into|across|between|[Oo]n(?=\s+[A-Z][\w\-]+['’]s\s+[A-Z]))\s+(?:the\s+(?:(?:north|south|east|west|"
    r"central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?(?:city|town|village|port|capital|district|"
    r"province|department|state|region)\s+of\s+|(?:north|south|east|west|central|north-?east|north-?west|south-?east|"
    # ("in the Kuta beach district": a kind of district may come between)
    r"south-?west)(?:ern)?\s+|the\s+(?=[A-Z][\w'’\-]+\s+(?:(?:beach|resort|tourist|coastal|border|industrial|"
    r"commercial|business|residential|diplomatic|market)\s+)?(?:region|province|state|district|county|governorate|department)\b))?"
    r"((?:[A-Z][\w'’.\-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w'’\-]+|(?:de|del|la|el|al|sur|upon|am)(?:-[A-Z][\w'’\-]+)?\b))*(?:\s+[A-Z][\w'’.\-]+)?)"
)
# a day of a month, either way round: "22 September", "September 22nd"
_DAY_AND_MONTH = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{MONTH_PATTERN})|(?i:{MONTH_PATTERN})\s+\d{{1,2}}(?:st|nd|rd|th)?)"
_PLACE_DATED_LABEL = re.compile(
    rf"^\W*([A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){{0,3}}),\s+{_DAY_AND_MONTH}(?:,?\s+\d{{4}})?\s*[:\u2013\u2014-]\s")
_DATED_HEADING_PLACE = re.compile(
    r"^\W*(?:\d{1,2}[.)]\s+)?\W*\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+\d{4})?\W{0,3}\s*[,\u2013\u2014-]\s*\W{0,2}"
    r"([A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,3})\s*[:.(,]")
_COUNTRY_LABEL = re.compile(
    # "Mali: A landmine ...", and in a dated brief "9 JUL — Tillaberi region: Suspected ISSP fighters"
    r"^\W*(?:\d{1,2}\s+[A-Za-z]{3,9}\.?(?:\s+\d{4})?\s*[—–-]\s*)?([A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,3})"
    r"(?:\s+(?:region|province|state|county|district|governorate|department|prefecture))?"
    r"(?:,\s*[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+)?)?"  # "Mopti region, Boni:"
    # ("SIALKOT (Friday 1 Oct): At 13:26, ...": a roundup's town with its day in brackets)
    r"(?:\s*\((?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\)\s*)?\s*:\s")
_CITY_COUNTRY = re.compile(r"\b([A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,3}),\s+([A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,2})")
_FOLDED_PLACE = re.compile(
    # ("in the colombian capital of bogota": a demonym may stand before the noun)
    # (a sentence's first word is capitalised: "In huaraz, the capital of ancash department")
    r"\b(?i:in|at|near|outside|of|to|from)\s+(?:the\s+(?:[a-z]+\s+)?(?:city|town|village|port|capital|department|province|municipality|jurisdiction|district|neighborhood)\s+of\s+)?"
    # ("in downtown vina del mar": the part of the town stands outside the name)
    r"(?:(?:downtown|central|uptown|suburban)\s+)?"
    r"([a-z][a-z'\-]+(?:\s+[a-z][a-z'\-]+){0,2})",
)
_SETTLEMENT_NOUNS = {"city", "town", "village", "port", "municipality", "department", "province",
                     "jurisdiction", "district"}
_BASE_OF_TOWN = re.compile(r"\b(?:Air Station|Air Base|Air Force Base|Naval Base|Naval Station|Army Base)\s+([A-Z][\w'’-]+)"
                          r"(?=\s*[,.;]|\s+in\b)")
_SITE_THEN_TOWN = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+(?:Gardens|Park|Square|Street|Road|Market|Mall|"
                             r"Station|Bridge|Arena|Hall|Stadium|Airport|Centre|Center|Mosque|Church|Cathedral|Synagogue|"
                             r"Hotel|Boulevard|Avenue),\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=\s*[,.;)]|\s+on\b|\s+in\b)")
# a town with its county, as Irish and British papers write it ("Enniskillen, Co. Fermanagh",
# "Omagh, County Tyrone"), and a town named by its people ("a message of sympathy to the people
# of Enniskillen"): towns, whatever the NER takes them for
_TOWN_OF_COUNTY = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+(?:Co\.?|County)\s+[A-Z][a-z]+")
_TOWN_OF_ITS_PEOPLE = re.compile(r"\bthe\s+(?:people|residents|townspeople|citizens)\s+of\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b")
# words that open a place's name and go on with another: "Las Navas", "San Isidro", "Sidi Bouzid"
_NAME_PARTICLES = {"San", "Santa", "Santo", "São", "Sao", "Saint", "St", "St.", "El", "La", "Las", "Los", "Le", "Les", "Port",
                   "Puerto", "Ciudad", "Villa", "Nueva", "Nuevo", "Fort", "Mount", "Sidi", "Ouled", "Bou", "Ban", "Ras", "Tel",
                   "Ain", "Bir", "Kafr", "Beit", "Umm", "Abu", "Al", "Dera", "Mir"}
_NAME_THEN_SETTLEMENT = re.compile(
    # (a name's particle goes with it: "Las Navas town", "San Jose village", "Sidi Bouzid town")
    r"(?<![\w'’-])((?:(?:" + "|".join(re.escape(p) for p in sorted(_NAME_PARTICLES)) + r")\s+)?[A-Z][\w'’-]+)"
    r"\s+(?:town|village)\b(?!\s+(?:of|hall|centre|center|square))")
_FOLDED_SETTLEMENT_BEFORE = re.compile(
    r"\b(?:city|town|village|port|capital|department|province|municipality|jurisdiction|district|neighborhood)\s+of\s+$")
_DIRECTIONS = {"lower", "upper", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
               "central", "downtown", "greater", "northeast", "northwest", "southeast", "southwest"}
_SETTLEMENT_BEFORE = re.compile(r"((city|town|village|capital|port|district|suburb|province|region|municipality|commune"
                                r"|(?:rural|urban) area) of"
                                # "at a military airfield at Fürstenfeldbruck" (a town the NER took
                                # for a person's name): a facility's town
                                r"|\b(air ?field|airport|air ?base|army base|military base|barracks|army camp|"
                                r"military camp|garrison) (at|in|near)"
                                # "offices in downtown vina del mar": only a town has a downtown
                                r"|\bin (downtown|uptown|central))\s*$", re.IGNORECASE)
_CALENDAR_WORD = re.compile(
    r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|"
    r"september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b\.?$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# "Published: Friday, 9 June 2017", "Last updated 12 January 2016": when the page was written
_PUBLICATION_LABEL = re.compile(r"\b(published|updated|posted|modified|filed|issued|dated?)\s*(on|at)?\s*:?\s*$", re.IGNORECASE)
# "on Wednesday, a day after the attack": the event was N days before the date named
_DAYS_AFTER_TAIL = re.compile(r"^\s*,?\s*(a|one|two|three|four|five|\d)\s+days?\s+after\b", re.IGNORECASE)
_CONNECTIVE_BEFORE_DATE = re.compile(
    r"\W*(?:(?:a|one|two|three|four|five|six|seven|\d+|several|a few)\s+(?:days?|weeks?|hours?)\s+(?:later|earlier)"
    r"|the (?:next|following|previous) (?:day|morning|evening|night|week)|later|earlier|meanwhile|separately|elsewhere"
    # "At 1:15 a.m. on Friday, incendiary bombs were hurled at ..."
    r"|at (?:about |around )?\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?|hours|hrs)?)"
    r"\s*,?\s*(?:on|in|at)?\s*", re.IGNORECASE)
_LATER_DAY_LEAD = re.compile(r"^\W*(?:the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)"
                             r"|(?:a|one|two|three|four|\d+)\s+days?\s+later)\b", re.IGNORECASE)
# "On Tuesday afternoon an explosive device was thrown from a bridge towards a pier": a day's lead,
# then a new device or attacker (an indefinite one), not more of the one told
_NEW_ATTACK_AFTER_DAY = re.compile(
    r"^\W*(?:(?:late|early)\s+)?on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?,?\s+"
    r"(?:an?|another)\s+(?:[\w-]+\s+){0,2}?(?:bomb|explosive device|device|grenade|ied|explosion|blast|suicide bomber|gunman|"
    r"attacker|assailant)\b", re.IGNORECASE)
# a sentence that says another attack came before: "It was the second deadly shooting in Tel Aviv this year."
_AN_EARLIER_ONE_TOLD = re.compile(r"\b(?:second|third|fourth|fifth|another|previous|earlier|latest)\b[^.;]{0,40}?"
                                  r"\b(?:attacks?|shootings?|bombings?|stabbings?|incidents?|assaults?)\b", re.IGNORECASE)
# (after a sentence's leading date: "On New Year's Day a gunman killed two people")
_INDEFINITE_DEED_AFTER_DATE = re.compile(
    r"\W*(?:(?:morning|afternoon|evening|night)\W+)?(?:an?|another)\s+(?:[\w-]+\s+){0,2}?(?:bomb|explosive device|device|grenade|ied|"
    r"explosion|blast|suicide bomber|gunman|gunmen|attacker|assailant|knifeman|man|woman|militant)\b", re.IGNORECASE)
# "killed four hostages", "shot dead 12 people": a toll of the sentence's own deed
_KILLED_COUNT = re.compile(r"\b(?:killed|killing|shot dead|murdered|massacred)\s+(?:at least\s+|more than\s+|about\s+)?"
                           r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|thirty|dozens)\b",
                           re.IGNORECASE)
# "The next day, police stormed the building, killing the two gunmen": the end of the attack told
_ENDS_THE_SIEGE_WORDS = re.compile(rf"(?:the\s+)?(?:[\w-]+\s+)?(?:{load_lexicon().response_force.pattern})\s+"
                                   r"(?:\w+\s+){0,2}(?:stormed|raided|killed|shot dead|ended|freed|rescued)\b", re.IGNORECASE)


_EARLIER_DAY_LEAD = re.compile(r"^\W*(?:the\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+before"
                               r"|(?:a|one|two|three|four|\d+)\s+days?\s+(?:earlier|before))\b", re.IGNORECASE)


def _days_later(lead: str) -> int:
    """"Two days later" -> 2, "The next morning" -> 1."""
    count = re.search(r"\b(a|one|two|three|four|\d+)\s+days?\b", lead, re.IGNORECASE)
    if count is None:
        return 1
    word = count.group(1).lower()
    return {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}.get(word) or int(word)


_OTHER_TIME_LEAD = re.compile(
    r"\W*(last (week|month|year)|earlier (this|that|last) (week|month|year)|(in|on) (a|an|another) (separate|unrelated|earlier) "
    r"(incident|attack)|in another (incident|attack)|separately|previously|elsewhere)\b", re.IGNORECASE)
_SAME_PLACE = re.compile(r"\b(?:in|at|on|near) the same (?:[a-z-]+\s+)?(province|region|area|town|city|district|village|state|"
                         r"county|department|square|street|market|neighbou?rhood|spot|site|location|venue|mosque|"
                         r"church|hotel|beach|checkpoint|base|camp|school|station|stop|road|bridge|junction)\b", re.IGNORECASE)
# "in the same province" places an attack in the last one's province, not its town; "in the same
# square" in its town
# "A month later, ...", "The next day, ...": the next event, told from the last one
_LATER_THAN_THE_LAST = re.compile(r"^\W*(?:(?:a|an|one|two|three|four|five|six|several|a few)\s+(?:days?|weeks?|months?)\s+later"
                                  r"|(?:the|that)\s+(?:next|following)\s+(?:day|week|month|morning|evening))\b", re.IGNORECASE)
_SAME_REGION_WORDS = {"province", "region", "area", "district", "state", "county", "department"}
_THE_ATTACK_BEFORE = re.compile(r"\b(?:after|during|in)\s+the\s+(?:attack|rampage|assault|shooting|bombing|stabbing|massacre)"
                                r"\s+(?:(?:early|late)\s+)?(?:on\s+)?$", re.IGNORECASE)
# "The same morning, ...", "That evening, ...": a time of the day just told
_THAT_TIME_LEAD = re.compile(r"^\W*(?:on\s+|in\s+)?(?:that|(?:the|that)\s+same)\s+(?:day|morning|afternoon|evening|night)\b",
                             re.IGNORECASE)
_SAME_DAY_LEAD = re.compile(r"^\W*(?:on\s+)?(?:the|that)\s+same\s+day\b", re.IGNORECASE)
_SAME_DAY = re.compile(r"\b(on the same day|that same day|the same day|hours (before|after|earlier|later))\b", re.IGNORECASE)
_SMALL_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
# The date of a report, a claim or an arrest is not the date of the attack: "named the bomber
# on Tuesday", "in a video obtained by AFP on Monday", "the death toll rose to 103 on Sunday"
_AT_THE_SCENE = re.compile(r"\b(?:at|near|on) the scene\b|\bon the spot\b", re.IGNORECASE)
# a court's day: "was sentenced ... by the Brussels assize court on Tuesday"
_COURT_LEMMAS = {"rule", "sentence", "convict", "acquit", "jail"}
_REPORTING_LEMMAS = {"say", "tell", "claim", "obtain", "release", "post", "publish", "announce", "report",
                     "confirm", "name", "identify", "arrest", "detain", "charge", "condemn", "declare", "issue",
                     "broadcast", "air", "state", "quote", "rise", "climb", "reach", "bury", "mourn", "appear",
                     "vow", "visit", "fly", "meet", "hold", "receive", "write", "add",
                     # a court's or an inquest's day: "A coroner ruled on Tuesday that the 30 tourists killed"
                     *_COURT_LEMMAS, "testify",
                     # a hostage release's day: "militants on Wednesday returned 104 of the girls they kidnapped"
                     "return", "free"}
# the day someone left, fled or travelled, told in the main clause: not the attack's day
_DEPARTING_LEMMAS = {"leave", "flee", "depart", "travel", "cross"}  # (not "escaped injury")
_COURT_RIGHT_BEFORE = re.compile(r"\b(?:court|tribunal|jury|judge|magistrates?)\s+(?:on\s+|last\s+|this\s+)?$", re.IGNORECASE)
# a commemoration's day: "gathered in Manchester on Sunday to remember the victims"
_COMMEMORATING_LEMMAS = {"gather", "remember", "commemorate", "mark", "honour", "honor", "attend", "observe"}
_REPORTING_LEMMAS |= _COMMEMORATING_LEMMAS
# "tourists from Germany", "born in Saudi Arabia": where people come from, not where the attack was
# ("Patrick Crusius, of Allen, a Dallas suburb": where a named person lives)
# (not "about 30 km from Mandera town": a distance from the town the scene is near)
_ORIGIN_LIST_BEFORE = re.compile(r"\b(?:from|nationals? of|citizens? of)\s+(?:the\s+)?[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,2}"
                                 r"(?:,\s+(?:the\s+)?[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,2}){0,4},?\s+(?:and|or)\s+(?:the\s+)?$")
# ("30 km from Mandera", "some thirty kilometers from the city of Medellin": a distance, no origin)
_NOT_A_DISTANCE = r"(?<!km )(?<!kilometres )(?<!kilometers )(?<!miles )(?<!mi )"
_ORIGIN_BEFORE = re.compile(_NOT_A_DISTANCE +
                            # ("shortly after it left Alexandria": where a ship or a convoy set out from)
                            # ("rocket launchers supplied to Ukraine": where goods go, no scene either)
                            r"\b(from|born in|native of|nationals? of|citizens? of|national from|resident of|"
                            # ("Abdulla was born in Britain, grew up in Iraq and qualified there")
                            r"grew\s+up\s+in|brought\s+up\s+in|raised\s+in|educated\s+in|studied\s+in|"
                            r"(?:supplied|sold|exported|shipped|delivered|donated|sent)\s+to|"
                            r"(?:it|they|the\s+\w+)\s+(?:left|departed)"
                            # ("Yousef fled New York ... before he was arrested in Islamabad, Pakistan,
                            # in February 1995": where the attacker fled from, and was caught years on)
                            r"|\bfled|(?:was|were)\s+(?:later\s+|finally\s+|eventually\s+)?(?:arrested|captured|caught)\s+in"
                            # ("in contact with handlers in Afghanistan": where their masters sit)
                            r"|(?:handlers|masters|sponsors|backers|commanders|leadership)\s+(?:based\s+)?in)\s+(the\s+)?$"
                            r"|[A-Z][\w'’-]+,\s+of\s+(?:(?:[A-Z][\w'’-]+\s*){1,3},\s+an?\s+)?$"
                            # "from the Jenin refugee camp in the occupied West Bank": where the camp is
                            r"|\bfrom\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}(?:camp|village|town|district|area|city)\s+in\s+"
                            r"(?:the\s+)?(?:occupied\s+|northern\s+|southern\s+|eastern\s+|western\s+)?$"
                            # "a 74-year-old British national from Pinner in north-west London": his home
                            # (not "a migrant labourer from Chhattisgarh in Pulwama district": where he was shot)
                            r"|\bfrom\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?\s+in\s+(?:north|south|east|west|central|"
                            r"(?:north|south)-?(?:east|west))\s+$"
                            # "Khalaila, 20, from the West Bank town of Samu": the town he comes from
                            # ("a 24-year-old woman from the eastern province of Kars")
                            r"|" + _NOT_A_DISTANCE + r"\bfrom\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:camp|village|town|district|city|province|"
                            r"region|state|governorate|county)\s+of\s+$"
                            # ("Vovk and her daughter left on 21 August through Pskov Region to Estonia":
                            # where someone went afterwards)
                            r"|\b(?:left|fled|departed|travell?ed|flew)\b[^.;,]{0,60}?\bto\s+(?:the\s+)?$",
                            re.IGNORECASE)
_VENUE_NAME_AFTER = re.compile(r"[’']?s?\s+(?:Club|Bar|Pub|Nightclub|Night\s+Club|Disco|Discotheque|Restaurant|Caf[eé]|Lounge|"
                               r"Hotel|Inn|Cinema|Theatre|Theater|Mall|Supermarket|Market|Stadium)\b")
# "at the Temple of Queen Hatshepsut across the Nile from Luxor": the other side of a landmark, no origin
_ACROSS_FROM_BEFORE = re.compile(r"\bacross\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+from\s+(?:the\s+)?$", re.IGNORECASE)


def _origin_before(before: str) -> bool:
    return bool(_ORIGIN_BEFORE.search(before)) and not _ACROSS_FROM_BEFORE.search(before)


# "Aden Adde International Airport": a site named after a man, whose first name may be a town's
# ("the Astana Anyar police station" in Bandung: a sub-district's name, not Kazakhstan's capital)
_NAMED_SITE_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]+){1,2}\s+(?:International\s+)?(?:Airport|Airfield|Stadium|Hospital|"
                               r"University|Hotel|Mosque|Church|police\s+(?:station|post)|mosque|church|market|school)\b")
_SITE_NAME_AFTER = re.compile(r"\s+(?:(?:Catholic|Orthodox|Anglican|Methodist|Baptist|Grand|Central|Great)\s+)?"
                              r"(?:Church|Cathedral|Basilica|Chapel|Mosque|Synagogue|Temple|Shrine|Hotel|Hospital|"
                              r"School|College|University|Stadium|Arena|Market|Mall|Theatre|Theater)\b")
# "outside his home west of Paris": a city the scene lies away from (not "in the north of Mali": a
# part of it)
_DIRECTION_OF = r"(?<!the\s)\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of"
_NEAR_BEFORE = re.compile(r"\b(?:near|outside|close to|on the (?:outskirts|edge) of|across\s+(?:the\s+)?[\w-]+\s+from|(?:km|kilometres|kilometers|miles)"
                          r"\s+(?:\w+\s+)?(?:of|from)"
                          rf"|{_DIRECTION_OF})\s+(?:the\s+)?(?:(?:city|town|capital)\s+of\s+|"
                          r"(?:state|provincial|regional|national)\s+capital,?\s+)?$", re.IGNORECASE)
_REGIONS = {"africa", "europe", "asia", "america", "americas", "middle east", "east africa", "west africa",
            "north africa", "southern africa", "central africa", "horn of africa", "sahel", "latin america",
            "south america", "north america", "central america", "western europe", "eastern europe", "the west",
            "south asia", "southeast asia", "central asia", "east asia", "the gulf", "gulf", "caribbean", "balkans",
            "maghreb", "levant", "caucasus", "scandinavia", "oceania", "sub-saharan africa", "west", "east", "north", "south"}
_STOP_WORDS = _REGIONS | {"the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "which", "where", "when",
                          # seats of government named for the government: "speaking at the White
                          # House" (an old name of Casablanca in GeoNames) places nothing
                          "white house", "kremlin", "pentagon", "elysee", "élysée", "downing street"}


@dataclass
class PlaceMention:
    place: Place
    surface: str
    start: int  # offsets in the document
    end: int
    origin: bool = False  # "from Syria": a place people come from, not one where things happen
    dateline: bool = False  # "MAIDUGURI, Nigeria, June 17 (AP) -": where the story was filed
    near: bool = False  # "a concert hall near Moscow": a landmark the scene lies by, not the scene
    names_site: bool = False  # "the Santa Maria Catholic Church": maybe a building's name, not a town
    of_the_city: bool = False  # "in the city's Dzerzhinsky district": a part of the city told before
    names_event: bool = False  # "The Birmingham atrocity came seven weeks after ...": an event's name


@dataclass
class SentenceInfo:
    span: Span
    start: int  # document offsets
    end: int
    text: str  # with citations blanked out
    block: int
    block_kind: str
    index_in_block: int
    methods: list[str] = field(default_factory=list)
    event: bool = False
    dates: list[tuple[ResolvedDate, int, int]] = field(default_factory=list)
    # days of saying, not of the event ("a civil society leader said on Sunday"): the event came
    # on or before them
    said_on: list[ResolvedDate] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    negative: Optional[str] = None
    aggregate: bool = False
    methods_from_weapons: bool = False  # a table row's methods, read off its weapon words
    years: list[int] = field(default_factory=list)  # bare years ("the 1963 bombing")
    years_ago: bool = False  # "the Manchester Arena bombing seven years ago": an event of years before
    # towns named by an office of theirs ("updates from the Utrecht police"): (start, surface)
    offices: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class Contribution:
    """A sentence (or the part of it outside `masked` ranges) that describes an incident."""

    info: SentenceInfo
    masked: list[tuple[int, int]] = field(default_factory=list)  # document offsets left out
    only: Optional[tuple[int, int]] = None  # document offsets: the only part that counts

    def text(self) -> str:
        chars = list(self.info.text)
        for lo, hi in self.masked:
            for i in range(max(lo, self.info.start), min(hi, self.info.end)):
                chars[i - self.info.start] = " "
        if self.only:
            lo, hi = self.only
            return "".join(
                c if lo <= self.info.start + i < hi else " " for i, c in enumerate(chars)
            )
        return "".join(chars)

    def covers(self, offset: int) -> bool:
        if self.only and not (self.only[0] <= offset < self.only[1]):
            return False
        return not any(lo <= offset < hi for lo, hi in self.masked)


# the authorities' verdict on the incident just told: "Police said the killings were not
# terrorism-related", "Police say gang conflict is suspected"
_CRIME_VERDICT = re.compile(
    r"\b(?:the|this|that)\s+(?:\w+\s+)?(?:killings?|shootings?|explosions?|blasts?|attacks?|incidents?|bombings?|"
    r"stabbings?|murders?|fires?|deaths?)\b|\b(?:is|was|are|were)\s+(?:being\s+)?(?:suspected|believed|thought)\b",
    re.IGNORECASE)
# (a crime's motive: "not terrorism-related" alone leaves the incident, which the GTD codes
# with its doubt, as it does the EgyptAir hijacker's "not terrorism-related" demands)
_CRIMINAL_MOTIVE = re.compile(r"\b(?:gangs?|criminal|robber(?:y|ies|s)?|cartels?|drug|settling of scores|feud)\b",
                              re.IGNORECASE)
_VERDICT_DOUBTED = re.compile(r"\b(?:initially|at first|first thought|ruled out|rather than|but|however|no longer)\b",
                              re.IGNORECASE)


@dataclass
class IncidentMention:
    role: str  # main | list | background
    date: Optional[ResolvedDate] = None
    place: Optional[PlaceMention] = None
    contributions: list[Contribution] = field(default_factory=list)

    # attacks told as parts of one coordinated assault (same day, other sites): a claim told
    # after them ("The Islamic State claimed responsibility") belongs to each
    coordinated: list["IncidentMention"] = field(default_factory=list)
    # one site of a list in a sentence ("..., St Sebastian's Church in Negombo, ..."): its method,
    # weapons and perpetrators are those of the coordinated attack it belongs to
    listed_site: bool = False
    # the toll a sentence gives this site by gapping its verb ("14 people were killed ... at the
    # airport ... and 20 in a blast ... at Maelbeek station"): no clause states it to parse
    gapped_toll: Optional[tuple[str, int]] = None  # ("kill" | "wound", count)

    @property
    def sentences(self) -> list[SentenceInfo]:
        return [c.info for c in self.contributions]


# "near the border with Cameroon", "fled to Chad": a country named as a neighbour or a
# destination does not say where the sentence's places lie (nor one people come from)
_NEIGHBOUR_BEFORE = re.compile(r"\b(border with|borders with|border of|frontier with|fled to|fled into)\s+(the\s+)?"
                               # ("near the borders with Niger and Burkina Faso": both neighbours)
                               r"(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?(?:,\s+|,?\s+and\s+))?$",
                               re.IGNORECASE)


# the group's record, in a relative clause: "the group, which has carried out dozens of bombings and
# shootings in northern Nigeria this year" tells neither a method of this attack nor a tally
# ("..., where Shining Path has recently set off bombs against banks, businesses, and police stations")
GROUP_RECORD = re.compile(
    # ("..., where groups linked to al-Qaeda and the Islamic State have held dozens of hostages")
    r"\b(?:(?:which|who)\s+|where\s+(?:[\w'’-]+\s+){1,8}?)(?:has|have|had)\s+(?:\w+\s+)?(?:carried out|claimed|staged|"
    r"launched|conducted|mounted|set off|detonated|held|kidnapped|abducted|taken|killed|"
    r"been (?:behind|blamed for|responsible for))\s+(?:dozens|scores|hundreds|"
    r"several|many|numerous|a (?:series|string|wave|spate) of|a number of|\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"bombs|attacks|bombings|explosives)\b[^.;]*"
    # "The Abu Sayyaf ... has been blamed for the kidnapping of dozens of foreigners"
    r"|\b(?:has|have)\s+been\s+(?:blamed\s+for|behind|responsible\s+for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:dozens|scores|"
    r"hundreds|many|numerous|several|a\s+(?:series|string|wave|spate)\s+of)\b[^.;]*"
    # "A man who had previously been jailed for plotting an attack killed a German tourist": the
    # attacker's record, no plot of this attack
    r"|\b(?:jailed|convicted|imprisoned|sentenced)\s+(?:in\s+\d{4}\s+)?(?:for|of|over)\s+(?:plotting|planning|preparing)\b"
    r"[^,.;]*?\b(?:attack|attacks|bombing|bombings)\b"
    # "a Boko Haram faction that has focused on Nigerian military and Western targets and has
    # kidnapped foreigners living or working in Nigeria": people of a kind, no number nor
    # article, as the group's habit
    r"|\b(?:that|which|who)\s+(?:(?:has|have)\s+[^.;]{0,80}?\s+and\s+)?(?:has|have)\s+(?:also\s+|repeatedly\s+|often\s+)?"
    r"(?:kidnapped|abducted|attacked|targeted|killed|bombed)\s+(?!(?:a|an|the|his|her|their|its|two|three|four|five|\d+)\b)"
    r"(?:[\w-]+\s+)?(?:foreigners|westerners|expatriates|aid workers|"
    r"tourists|journalists|christians|civilians|soldiers|policemen|officials|villagers)\b[^.;]*", re.IGNORECASE)
_FOLDED_WEEKDAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


# "on Dubrovka street", "in Baghdad Street": a street named after a place
# ("at the corner of Arroyo and Suipacha streets": the first of two streets named)
_STREET_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w'’-]+)?\s+(?:streets?|avenues?|boulevards?|lanes?|roads)\b", re.IGNORECASE)


# "the Syrian city of Aleppo": a demonym that does say where
# ("the Syrian Kurdish town of Kobani": a people's name may stand between)
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:(?-i:[A-Z])[\w-]+\s+)?(city|town|village|capital|province|region|district|port|coast|border|side|soil|territory|"
                               r"resort|island)\b",
                               re.IGNORECASE)


_STATE_BLAMED_BEFORE = re.compile(r"\b(?:blamed|blames|blaming|accused|accuses|accusing|condemned|condemns|warned|warns|"
                                  r"threatened|threatens|thanked|thanks|urged|urges)\s+(?:neighbou?ring\s+)?$", re.IGNORECASE)


# a country's name before one of its institutions or people ("United States Air Force
# personnel", "Pakistan Army soldiers", "United States nationals"): no scene
_STATE_BODY_AFTER = re.compile(r"\s+(?:Air\s+Force|Army|Navy|Marines?|Marine\s+Corps|Coast\s+Guard|National\s+Guard|"
                               r"[Mm]ilitary|armed\s+forces|forces|troops|soldiers|servicem[ae]n|personnel|citizens|nationals|"
                               r"[Ee]mbassy|[Cc]onsulate|diplomats?|[Gg]overnment)\b")


_NEIGHBOURS_BORDER_AFTER = re.compile(r"\s+(?:border|frontier)\b(?!\s+(?:town|city|village|post|crossing|district|province|region|area|guards?|police)\b)",
                                      re.IGNORECASE)


_ACTOR_AFTER = re.compile(
    r"['’]s\s+([\w-]+\s+){0,2}?(ambassador|envoy|embassy|consul\w*|diplomats?|foreign minister|president|prime minister|"
    r"government|army|military|air force|navy|forces|troops|leader|king|"
    # "Somalia's al Shabaab militants attacked a base ... in Kenya": where the attackers come from
    r"militants|insurgents|rebels|jihadists|fighters|guerrillas|extremists|militias?)\b", re.IGNORECASE)


_QUOTED_TESTIMONY = re.compile(r"[\"“]\s*(?:I|We)\s+(?:was|were|had been)\s+(?:\w+\s+)?(?:kidnapped|abducted|taken hostage|"
                               r"seized|shot|stabbed|attacked|wounded|injured)\b")


def _inside_quote(text: str, start: int, end: int) -> bool:
    """Is text[start:end] inside quoted speech? A sentence split inside a quotation holds one
    quote mark: the part on its open side is quoted ('shouted "Don't forget Aleppo!')."""
    marks = "\"“”"
    before = sum(text.count(m, 0, start) for m in marks)
    after = sum(text.count(m, end) for m in marks)
    return before % 2 == 1 or (before % 2 == 0 and after % 2 == 1)


# the words a report puts after the name of an administrative division ("Borno state")
_DIVISION = r"region|province|state|county|district|governorate|department|prefecture|municipality"
_DIVISION_AFTER = re.compile(rf"\s+({_DIVISION})\b",
                             re.IGNORECASE)
_DISTRICT_AFTER = re.compile(r"\s+(county|district|prefecture|tehsil)\b", re.IGNORECASE)
_DEMONYM_CAPITAL = re.compile(r"\bthe\s+([A-Z][a-z]+)\s+capital\b")
_COUNTRY_CAPITAL = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+capital\b(?!\s+(?:of|region|province|district))")
_DIVISION_OF_BEFORE = re.compile(r"\b(province|governorate|department|prefecture|region|county) of\s+$", re.IGNORECASE)
# ("the military camp of INATES", "the military post of CHINAGODRAR": a communiqué's garrison town)
_SETTLEMENT_OF = re.compile(r"\b(village|town|hamlet|settlement|locality|community|commune|outpost|"
                            r"(?:military|army)\s+(?:camp|post|base|garrison))\s+of\s+$", re.IGNORECASE)
# "El Adde, Gedo region, Somalia" / "Gassé in Burkina Faso's Soum province": a place named by
# the region or country it lies in
_LISTED_PLACE_AFTER = re.compile(r",\s+[A-Z][\w'’-]+(\s+[A-Z][\w'’-]+)*(\s+(region|province|state|county|district))?,\s+[A-Z]"
                                 r"|,?\s+in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+(region|province|state|county|district)\b"
                                 # "at Porga, Atacora department"
                                 r"|,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(region|province|state|county|district|department)\b")
_PLACE_REGION_COUNTRY = re.compile(
    r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
    r"(?:\s+(?:region|province|state|county|district))?),\s+"
    # ("Kasindi, North Kivu, Democratic Republic of Congo")
    r"([A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+){0,3})")
# "on Tungar Kwana village" (not "the Fulani village of Ogossagou": a people's village, named after)
_SETTLEMENT_AFTER = re.compile(r"\s+(?:village|hamlet|settlement|locality)\b(?!\s+of\b)")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# "near Besham, a town in Shangla district"
_SETTLEMENT_APPOSITION_AFTER = re.compile(r"\s*,\s+an?\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|hamlet|settlement|community)\s+"
                                          r"(?:in|of|near|on)\b")
_NAME_THEN_SETTLEMENT_APPOSITION = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?="
                                              + _SETTLEMENT_APPOSITION_AFTER.pattern + ")")
_ADMIN_BRACKET = re.compile(r"\s*\(\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*\)")
_VILLAGE_SHAPE = re.compile(r"(?:[A-Z][\w'’-]+|al|el|de)(?:\s+(?:[A-Z][\w'’-]+|al|el|de|du|la)){0,2}")


# "in Khar, the headquarters of Bajaur district": a name described as a place is one, whatever
# the small NER took it for
_PLACE_APPOSITION_AFTER = re.compile(r"\s*,\s*(?:the\s+)?(?:[\w-]+\s+)?(?:capital|headquarters|main town|seat|"
                                     r"administrative cent(?:re|er)|largest city|second city)\s+of\b"
                                     # "In Barranca, a small town 180 km north of Lima"
                                     r"|\s*,\s*an?\s+(?:[\w-]+\s+){0,2}(?:town|village|city|port|hamlet|settlement)\b"
                                     r"(?!\s+(?:council|hall|official|mayor|leader|elder|chief|resident|dweller))")
# "after the Nice attack (July 2016)": an attack named by its town, whatever the NER took it for
_EVENT_NAMED_AFTER = re.compile(r"\s+(?:(?:truck|lorry|van|car|knife|bomb|suicide|terror|terrorist|mosque|church|"
                                r"concert|market|school|university|nightclub|airport|metro|subway|hotel|festival)\s+)?(?:attacks?|bombings?|shootings?|stabbings?|massacre|siege|atrocity|blasts?|explosions?)\b")
_THE_BEFORE_EVENT_NAME = re.compile(r"\b[Tt]he\s+(?:(?:19|20)\d\d\s+)?$")
_EVENT_NAMED_BY_PLACE = re.compile(r"\b[Tt]he\s+(?:(?:19|20)\d\d\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=" + _EVENT_NAMED_AFTER.pattern + ")")
_PROVINCE_OWNER_BEFORE = re.compile(r"\b([A-Z][\w-]+)['’]s\s+(?:[a-z-]+\s+){0,2}$")
_SAINT_BEFORE = re.compile(r"\b(?:St|Saint|Ste|Sts)\.?\s+$")
_SAINT_NAME = re.compile(r"(?:St|Saint|Ste|Sts)\.?\s+[A-Z]")
_SAINTS_BUILDING_AFTER = re.compile(r"(?:\s+and\s+(?:St|Saint)\.?\s+[A-Z][\w-]+)?['’]s\s+(?:[A-Z][\w-]+\s+)?"
                                    r"(?:Church|Cathedral|Basilica|Chapel|Monastery|Abbey|Shrine|School|College|Hospital)\b")
_POSSESSIVE_BEFORE = re.compile(r"[A-Z][\w.]*['’]s\s+$")
_AGE_AFTER_NAME = re.compile(r",\s*(?:aged\s+)?\d{1,2}\s*,\s*(?!\d)")
_ROUTE_BETWEEN = re.compile(r"\b([A-Z][\w'’]+)[-\u2013]([A-Z][\w'’]+)\s+(?:road|highway|motorway|expressway|railway|"
                            r"route|rail line)\b")
# "Cadet College Wana", "Army Public School Peshawar": an institution named, South Asian style,
# with its town after it
# "the Gwadar Port Authority Complex", "the Karachi Police Office", "the Bannu Cantonment": a
# South Asian institution named by its town first
_TOWN_BEFORE_INSTITUTION = re.compile(r"\bthe\s+([A-Z][a-z]{2,})\s+(?=(?:Port|Police\s+(?:Office|Lines|Headquarters)|"
                                      r"Cantonment|Railway\s+Station|Central\s+Jail|Naval\s+Base|Press\s+Club|"
                                      r"Cadet\s+College|Airbase|Air\s+Base)\b)")
# "the IRA bombed two Guildford pubs", "gunmen stormed a Nairobi shopping mall": the town named
# before the sites a deed struck
_TOWN_BEFORE_SITE = re.compile(r"\b(?:bombed|attacked|struck|hit|stormed|targeted|raided|torched|"
                               r"(?:attacks?|bombings?|raids?)\s+(?:on|of))\s+(?:an?|two|three|four|several)\s+"
                               r"([A-Z][a-z]{3,})\s+(?:[a-z]+\s+)?(?=(?:pubs?|hotels?|mosques?|church(?:es)?|markets?|"
                               r"restaurants?|bars?|schools?|hospitals?|shops?|stations?|malls?|synagogues?|"
                               r"(?:night)?clubs?|cafes?|banks?)\b)")
_TOWN_AFTER_INSTITUTION = re.compile(r"\b(?:College|School|Cantonment)\s+([A-Z][a-z]{2,})\b(?!\s+[A-Z])")
_DIVISION_THEN_NAME = re.compile(rf"\b(?:{_DIVISION}|municipality),\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
# ("in Madalla, Niger State": Nigerian papers capitalise the division)
_DIVISION_AFTER_COMMA = re.compile(rf",\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=\s+(?:{_DIVISION}|State|Province|County|Region)\b)")
_POSSESSIVE_DIVISION = re.compile(r"\b[A-Z][\w-]+['’]s\s+(?:[a-z-]+\s+){0,2}([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
                                  rf"(?=\s+(?:{_DIVISION})\b)")
_NAMED_DIVISION = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|de|del|la|el|al|do|da|dos|das)){0,3})"
                             rf"\s+({_DIVISION})\b")


# "the southeastern province of Sistan-Baluchestan": the division word before the name
# (not "in the Nunoa district of Santiago": a part of a city)
_DIVISION_OF_NAME = re.compile(r"\b(?:province|state|region|governorate|department|prefecture)\s+of\s+([A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+){0,2})")


def _countries_of_divisions(text: str) -> list[str]:
    """Countries of the provinces a text names with their division word ("in Yagha province",
    "in the province of Sistan-Baluchestan")."""
    countries = []
    named = [(m.start(), f"{m.group(1)} {m.group(2)}") for m in _NAMED_DIVISION.finditer(text)]
    named += [(m.start(), m.group(1)) for m in _DIVISION_OF_NAME.finditer(text)]
    for _, name in sorted(named):
        place = resolve_province(name)
        if place is not None and place.country not in countries:
            countries.append(place.country)
    return countries


def _country_hint(text: str) -> Optional[str]:
    """The first country a text names as a place where things happen (not an origin, a
    neighbour, an envoy's country or a nationality)."""
    return next(_countries_named(text), None)


# news outlets named after a country: "(Agence France-Presse)", "told France 24", "the Times of
# India reported", "Pakistan Today": a source, not a country where things happen
_OUTLET_NAMED_AFTER_COUNTRY = re.compile(
    r"\bAgence\s+France[-\s]Presse\b|\bFrance\s+(?:24|2|3|Inter|Info|T[ée]l[ée]visions)\b|\bRadio\s+France(?:\s+Internationale)?\b"
    r"|\bTimes\s+of\s+India\b|\bVoice\s+of\s+America\b|\bRadio\s+Free\s+Europe\b|\bRadio\s+Pakistan\b"
    r"|\b(?:Pakistan|Nigeria|Kenya|Sudan|Jordan|Afghanistan|Libya|Yemen|Somalia|Uganda|Ghana|Malta|Egypt|Iraq)\s+"
    r"(?:Times|Tribune|Today|Observer|Herald|Daily|Monitor|Independent|Telegraph|Express)\b")


def blank(pattern: re.Pattern, text: str) -> str:
    """`text` with what `pattern` matches replaced by spaces (offsets unchanged); where the
    pattern has a group named `blank` and it took part in the match, only that group's text
    ("The car exploded ..., setting several vehicles on fire": the fire, not the explosion);
    groups named `blank2`, `blank3`, ... serve the pattern's other alternatives the same way."""
    names = [name for name in pattern.groupindex if name.startswith("blank")]

    def spaces(match: re.Match) -> str:
        for name in names:
            if match.group(name) is not None:
                lo, hi = match.start(name) - match.start(), match.end(name) - match.start()
                whole = match.group(0)
                return whole[:lo] + " " * (hi - lo) + whole[hi:]
        return " " * len(match.group(0))
    return pattern.sub(spaces, text)


def _plural_on_a_weekday(text: str) -> bool:
    """"Drone attacks ... set ablaze two Saudi Aramco oil facilities on Saturday": plural attacks
    told with the one weekday they happened on (not "Ministers met on Sunday to discuss the
    attacks of recent years": the day of the meeting, told before)."""
    days = list(_ON_A_WEEKDAY.finditer(text))
    plural = _PLURAL_EVENT.search(text)
    return len(days) == 1 and plural is not None and plural.start() < days[0].start()


def _countries_named(text: str) -> Iterator[str]:
    """The countries a sentence names as places, in text order (not those in a group's name:
    "blamed on the Islamic State of Iraq and the Levant" places nothing in Iraq)."""
    text = blank(_OUTLET_NAMED_AFTER_COUNTRY, text)
    group_spans = [(g.start, g.end) for g in find_groups(text)]
    for start, country in _country_matches(text):
        if not any(gs <= start < ge for gs, ge in group_spans):
            yield country


_WATER_OR_MOUNTAIN = {"Lake", "Lac", "Gulf", "Sea", "Bay", "River", "Mount", "Mt.", "Lago"}


def _country_matches(text: str) -> Iterator[tuple[int, str]]:
    for match in re.finditer(r"\b[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,2}\b", text):
        before = text[max(0, match.start() - 30):match.start()]
        if (_NEIGHBOUR_BEFORE.search(before) or _origin_before(before)
                or _ORIGIN_LIST_BEFORE.search(text[max(0, match.start() - 60):match.start()])):
            # "crossed into Turkey from Syria", "two other cyclists, from France and the
            # Netherlands": where someone came from
            continue
        if _ACTOR_AFTER.match(text, match.end()):
            continue  # "Russia's ambassador to Turkey": a country's envoy, not where it happened
        words = match.group(0).split()
        for n in range(len(words), 0, -1):
            for i in range(0, len(words) - n + 1):
                if i > 0 and words[i - 1] in _WATER_OR_MOUNTAIN:
                    continue  # "on Lake Chad", "the Gulf of Aden": a lake's name, not the country
                phrase = " ".join(words[i:i + n])
                # ("..., Borno State, Nigeria. Boko Haram gunmen": the country ends a sentence)
                country = normalize_country(phrase) or (phrase.endswith(".") and normalize_country(phrase[:-1]))
                after = match.start() + match.group(0).find(phrase) + len(phrase)
                # ("including 88 Australians.": the demonym ends the sentence)
                if country and country_from_demonym(phrase.rstrip(".")) and (
                        not _PLACE_NOUN_AFTER.match(text, after) or _NEIGHBOURS_BORDER_AFTER.match(text, after)):
                    # "A Syrian refugee ... in Ansbach": a nationality, not where it happened; "in
                    # the town of Suruç near the Syrian border": the neighbour's border (not "the
                    # Syrian border town of Tal Abyad")
                    continue
                if country and (division := _DIVISION_AFTER.match(text, after)) and resolve_province(
                        f"{phrase} {division.group(1)}") is not None:
                    continue  # "in Madalla, Niger State": Nigeria's state named after the river, not Niger
                if country and _OWNED_AFTER.match(text, after):
                    continue  # "into the U.S. Embassy on Beirut's seafront": the embassy's state, not its place
                if country and _STATE_BODY_AFTER.match(text, after) and len(phrase) <= 4:
                    continue  # "a bus carrying US Air Force personnel near Voula, south of Athens": whose, not where
                if country and country != "International":  # "Mother Francisca International Bilingual Academy"
                    yield match.start(), country
                    break
            else:
                continue
            break


# a state's own mission or forces abroad, named by the state: "the U.S. Embassy", "French Marines"
_OWNED_AFTER = re.compile(r"\s+(?:[Ee]mbassy|[Cc]onsulate|[Ll]egation|[Aa]mbassador|[Ee]nvoy|[Mm]arines|[Pp]aratroopers|"
                          r"[Pp]eacekeepers|[Dd]iplomats?)\b")
# a Spanish, Portuguese or French place name that goes on past the words the gazetteer knows
_NAME_GOES_ON_AFTER = re.compile(r"\s+(?:del|de la|de las|de los|de|do|da|dos|das|du|des)\s+[A-Z]")
# a place in a compound that names something else: "Pakistan-based", "the Jammu-Srinagar highway"
# (not "Fort Lauderdale-Hollywood International Airport", which is at the place)
_COMPOUND_AFTER = re.compile(r"[-\u2013](?:based|born|backed|linked|led|bound|registered|flagged|funded|trained|made)\b"
                             # "Gulshan-i-Iqbal Park", "Lashkar-e-Taiba": a Persian or Urdu compound name
                             r"|-(?:i|e|ul|ud|ur|us|al|el)-[A-Z]"
                             r"|[-\u2013][A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?\s+(?i:highway|road|motorway|expressway|railway|"
                             r"border|route|pipeline|corridor|line|train|trains|rail|railway line|flight|bus|"
                             r"passenger train)\b")
# "in the Schöntal park in Aschaffenburg": a park's name; "at Lido beach in Mogadishu", "at
# Lubyanka station in central Moscow": a site's, in the town named next
_PARK_AFTER = re.compile(r"\s+(?:park|gardens|(?:[Bb]each|[Ss]tation|[Ss]quare|[Mm]arket|[Bb]azaar|"
                         # ("the Westfield shopping centre in Stratford, east London": a mall's name)
                         r"[Ss]hopping\s+(?:[Cc]entre|[Cc]enter|[Mm]all)|[Mm]all)"
                         r"(?=\s+(?:in|of|near)\s+(?:(?:central|downtown|northern|southern|eastern|western)\s+)?[A-Z]))\b")
_STREET_IN_AFTER = re.compile(r"\s+(?:Street|St\.|Road|Avenue|Boulevard|Blvd\.|Highway|Square|Bridge|Lane|Gate)"
                              # (not "the attack on Westminster Bridge in March": a month, not a town)
                              # ("Jaffa Road, in the heart of downtown Jerusalem")
                              r",?\s+(?:in|of)\s+(?:the\s+(?:heart|centre|center|middle)\s+of\s+)?(?:the\s+)?"
                              r"(?:downtown\s+|central\s+|old\s+|(?:north|south|east|west)(?:ern)?\s+)?(?!(?:January|February|March|April|May|June|July|August|"
                              r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
                              r"Saturday|Sunday)\b)[A-Z]")
_COMPOUND_BEFORE = re.compile(r"[A-Z][\w'’]*[-\u2013]$")  # "A-Tur": not Tur (Tours)


_BATTLE_BEFORE = re.compile(r"\b(?:battles?|Battles?)\s+of\s+(?:the\s+)?$")
_WAR_AFTER = re.compile(r"\s+(?:war|wars|conflict|veterans?|campaign|crisis)\b", re.IGNORECASE)
_FEATURE_AFTER = re.compile(
    # natural features only: "London Bridge" and "Oxford Street" are streets of the city;
    # "the Bab el-Mandeb strait"
    r"(?:\s+[A-Za-z][\w'’]*-[\w'’-]+)?\s+(River|Lake|Mountains?|Hills|Valley|Forest|Desert|Sea|Ocean|Gulf|Canal|"
    r"(?i:strait)|Falls|Dam|Range)\b")
_LINE_AFTER = re.compile(r"\s+(?:high-speed\s+|metro\s+|rail(?:way)?\s+|train\s+)?(?:line|lines)\b")
# "the Red Sea", "the Gulf of Aden", "the tanker Marlin Luanda": a sea or a ship's name, no town
_WATER_NAME = re.compile(r"\s(Sea|Ocean|Gulf|Strait|Straits|Bay|Channel)$")
_WATER_OF_BEFORE = re.compile(r"\b(Gulf|Bay|Sea|Strait|Straits)\s+of\s+$")
_VESSEL_BEFORE = re.compile(r"\b(?i:ship|tanker|vessel|freighter|carrier|boat|ferry|yacht|trawler|bulker|dhow)\s+"
                            r"(?:[A-Z][\w'’-]*\s+){0,3}$")


# a title or office, then the first words of a name: "Police spokesman Abdifatah Aden ..."
_ROLE_AND_NAME_BEFORE = re.compile(
    r"\b(?i:spokes(?:man|woman|person)|minister|governor|commander|chief|officials?|mayor|director|"
    r"president|general|colonel|captain|lieutenant|sergeant|leader|imam|sheikh|cleric|mr|mrs|ms|dr)\.?\s+"
    r"(?:[A-Z][a-z'’\-]+\s+){1,3}$")


def _country_named_after(info_text: str, start: int) -> bool:
    """Is the place at `start` followed by its country ("Marseilles, France")?"""
    match = _CITY_COUNTRY.match(info_text, start)
    return bool(match and normalize_country(match.group(2)))


# "Juhudi and Salama": a name after another in a list
_LISTED_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*(?:,|\band)\s+$")


def _named_as_scene(before: str) -> bool:
    """Is the name after `before` told as a scene ("in Salama", "near Juhudi and Salama")?"""
    listed = _LISTED_NAME_BEFORE.search(before)
    return bool(_SCENE_BEFORE.search(before) or (listed and _SCENE_BEFORE.search(before[:listed.start()])))


# "taken to hospital in Bunia", "were being treated at a clinic in Kano": where the wounded
# went (not "struck a crowd of mourners at a hospital in Quetta": the scene)
# "a local civil society leader said on Sunday" (not "On Monday federal agents arrested ..."):
# a day of saying, which the event came before
_DIED_BEFORE_DATE = re.compile(r"\b(?:died|succumbed|passed\s+away)\b[^.;,]{0,25}$", re.IGNORECASE)
_DIED_OF_THE_ATTACK = re.compile(r"\b(?:days?|weeks?|months?|years?)\s+after\s+(?:he|she|they|being)\s+(?:was\s+|were\s+)?"
                                 r"(?:shot|stabbed|wounded|injured|attacked|hit|struck)\b|\bof\s+(?:his|her|their)\s+"
                                 r"(?:wounds|injuries)\b", re.IGNORECASE)
_SAID_BEFORE = re.compile(r"\b(?:said|told\s+(?:[A-Z][\w.]*|reporters|journalists)|reported|announced|confirmed|stated)"
                          r"\s+(?:(?:late|early)\s+)?(?:on\s+)?$")
_CARE_BEFORE = re.compile(r"\b(?:taken|rushed|evacuated|admitted|treated|transferred|airlifted|flown|brought|died|shifted|"
                          r"recovering|hospitali[sz]ed)\b[^.;]{0,30}?\b(?:hospitals?|clinics?|morgues?|mortuary|medical\s+"
                          r"(?:centre|center)|health\s+(?:centre|center))\s+(?:in|at)\s+(?:the\s+)?"
                          # ("shifted to hospitals in Nowshera and Peshawar": both)
                          r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s+|\s+and\s+))?$"
                          # ("Several remain seriously ill at the Erne Hospital and in Belfast")
                          r"|\b(?:(?:seriously|critically|gravely)\s+ill|in\s+(?:a\s+)?(?:serious|critical|stable)\s+condition)\s+"
                          r"(?:at|in)\s+[^.;]{0,40}?\b(?:hospital|infirmary|clinic)\s+and\s+(?:in\s+)?$", re.IGNORECASE)
# ("as U.S. President George W. Bush was on a state visit to London": where a dignitary was)
_SPEAKING_AT_BEFORE = re.compile(r"\b(?:speaking\s+(?:(?:on|during)\s+a\s+(?:visit|trip)\s+to|in|at|from)|"
                                 # ("... Interior Minister Muammer Guler told reporters in Hatay province")
                                 r"told\s+(?:reporters|journalists|the\s+media|a\s+news\s+conference|a\s+press\s+conference)\s+in|"
                                 r"(?:state|official|royal)\s+visit\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_AND_NAME_AFTER = re.compile(r"\s+and\s+([A-Z][\w-]+)")
_SITE_AT_BEFORE = re.compile(r"\b(?:facility|facilities|plant|field|refinery|terminal|base|camp|airport|port|depot|"
                             r"complex|checkpoint|compound|barracks)\s+(?:at|in|near)\s+$", re.IGNORECASE)
_IN_A_NAMED_PLACE_AFTER = re.compile(r",?\s+(?:in|of)\s+(?:the\s+)?[A-Z]")
_NAMED_AS_BEFORE = re.compile(r"\b(?:named|identified)\s+(?:[\w-]+\s+){0,3}?as\s+$", re.IGNORECASE)
# the roles a person's name follows bare ("former leader Hassan Hattab"), and a surname after it
_ROLE_NOUN_BEFORE = re.compile(r"\b(?:leader|founder|co-founder|chief|spokes(?:man|woman|person)|commander|emir|cleric|imam|"
                               r"preacher|ideologue|militant|suspect|bomber|gunman|attacker)\s+$", re.IGNORECASE)
_NAME_WORD_AFTER = re.compile(r"\s+(?-i:[A-Z][a-z])[\w'’-]*(?!\s+(?:province|district|city|region|county|state)\b)")
_TITLED_NAME_BEFORE = re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(t) for t in TITLE_ABBREVIATIONS)
                                 + r")\s+(?:[A-Z][\w'’-]+\s+){0,2}$")


def _tokens_of(span: Span, start: int, length: int) -> list[Token]:
    """The tokens of `span` that start within the `length` characters at `start` (offsets from
    the span's start): the words of a name found in the sentence's text."""
    return [t for t in span if start <= t.idx - span.start_char < start + length]


_STATE_SPEECH_LEMMAS = {"say", "blame", "accuse", "condemn", "announce", "vow", "warn", "deny", "urge", "declare",
                        "confirm", "insist", "demand", "promise"}


def _country_speaks(span: Span, start: int, length: int) -> bool:
    """Is the country named at `start` the subject of a verb of speaking or blaming ("Sri Lanka
    said ...", "Pakistan blamed India")? Then it is the state, not a scene."""
    tokens = _tokens_of(span, start, length)
    if not tokens:
        return False
    root = next((t for t in tokens if t.head not in tokens or t.head.i == t.i), tokens[-1])
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in _STATE_SPEECH_LEMMAS


# "in Stratford, east London": a district, then the city it lies in
_CITY_OF_DISTRICT_AFTER = re.compile(r",\s+(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|"
                                     r"south-?west)(?:ern)?\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b")


def _district_of_city_after(surface: str, place: Place, text: str, end: int, hint: Optional[str]) -> Place:
    """"Stratford, east London": the namesake of the district that lies in the big city named
    after it (not Stratford, Connecticut), else the city itself (the district as GTD codes it)."""
    after = _CITY_OF_DISTRICT_AFTER.match(text, end)
    if after is None or place.latitude is None or _DIVISION_AFTER.match(text, after.end()):
        return place  # ("Manbij, Aleppo governorate": the province)
    province = resolve_province(after.group(1), country_hint=hint)
    if province is not None and province.specificity == 4:
        return place  # "Saint-Jean-sur-Richelieu, Quebec": the province, not Quebec City
    city = resolve_place(after.group(1), country_hint=hint)
    if city is None or city.latitude is None or population(city) < 500_000 or name_key(city.city or "") == name_key(surface):
        return place
    if distance_km(place, city) <= 40:
        return place
    nearby = [c for c in place_candidates(surface) if c.latitude is not None and distance_km(c, city) <= 40]
    return nearby[0] if nearby else city


# ("a market where a demonstration in support of the Democratic Republic of Congo was taking place")
_CAUSE_BEFORE = re.compile(r"\b(?:in\s+support\s+of|in\s+solidarity\s+with|in\s+protest\s+(?:against|at)|"
                           r"(?:demonstration|rally|protest|march|vigil)s?\s+(?:for|against))\s+(?:the\s+)?"
                           # (and the tail of the name: "... of the Democratic Republic of Congo")
                           r"(?:(?-i:[A-Z])[\w'’-]+\s+(?:of\s+(?:the\s+)?)?){0,4}$", re.IGNORECASE)


_TOWN_COMMA_PROVINCE = re.compile(r"(?<![\w'’(-])([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\b")
# a header line that dates the report: "Transcript - Tuesday, May 5, 2015, 6:30 p.m. ET"
_HEADER_DATE_LEAD = re.compile(r"^\W*(?:transcript|published|posted|updated|broadcast|aired|air\s+date|issued|released|dated)\b",
                               re.IGNORECASE)
_GAME_AGAINST_BEFORE = re.compile(r"\b(?:game|match|fixture|clash|derby|final|semi-?final|play(?:ed|ing|s)?|beat|beating|lost|losing|won|"
                                  r"winning)\s+(?:against|vs\.?|versus|over|to)\s+(?:the\s+)?$", re.IGNORECASE)
_NAME_LIST_JOINT = re.compile(r"\s*(?:,|,?\s+and|&)\s*$")


def _among_named_people(text: str, start: int, end: int, person_names: set[tuple[int, int]]) -> bool:
    """Is text[start:end] one item of a list of people's names, a person's name before and after
    it ("Wesley and Bertha Armstrong, Kitchener and Jessie Johnston, William and ...")?"""
    before = any(pe <= start and _NAME_LIST_JOINT.match(text[pe:start]) for _, pe in person_names)
    after = any(ps >= end and _NAME_LIST_JOINT.match(text[end:ps]) for ps, _ in person_names)
    return before and after


def find_places(info_text: str, span: Span, offset: int, folded: bool,
                context_country: Optional[str], in_list_item: bool = False,
                offices: Optional[list[tuple[int, str]]] = None, dateline_end: int = 0) -> list[PlaceMention]:
    """Places named in a sentence, resolved in the offline gazetteer, in text order (towns named
    by an office of theirs, "the Utrecht police", go to `offices` instead)."""
    # "the village of Solhan, in Yagha province": a province the sentence names tells its country
    sentence_countries = list(_countries_named(info_text)) or _countries_of_divisions(info_text)
    sentence_hint = sentence_countries[0] if sentence_countries else None
    hint = sentence_hint or context_country
    candidates: list[tuple[int, int, str]] = []
    for ent in span.ents:
        if ent.label_ in ("GPE", "LOC"):
            candidates.append((ent.start_char - span.start_char, ent.end_char - span.start_char, ent.text))
    cells: set[int] = set()
    if info_text.count(" ; ") >= 3:
        # a table row flattened to "15 Jun 2024 ; Burkina Faso ; Djibo ; Armed assault ; ...":
        # each cell may be a place, whatever the NER takes it for
        for cell in re.finditer(r"(?:^|(?<= ; ))\s*([A-Z][^;]{1,40}?)\s*(?= ;|$)", info_text):
            candidates.append((cell.start(1), cell.end(1), cell.group(1)))
            cells.add(cell.start(1))
    tagged = {c[0] for c in candidates}
    pattern = _FOLDED_PLACE if folded else _PLACE_AFTER_PREP
    for match in pattern.finditer(info_text):
        candidates.append((match.start(1), match.end(1), match.group(1)))
        possessive = re.search(r"[’']s\s", match.group(1))
        if possessive:  # "in Burkina Faso's Soum province": the possessor is a place too
            candidates.append((match.start(1), match.start(1) + possessive.start(), match.group(1)[:possessive.start()]))
            # and so is what it possesses: "in Kenya's Kilifi county"
            candidates.append((match.start(1) + possessive.end(), match.end(1), match.group(1)[possessive.end():]))
        if folded:  # "the city of la ceiba were attacked", "near itagui municipality"
            words = match.group(1).split()
            settled_before = bool(_FOLDED_SETTLEMENT_BEFORE.search(info_text[:match.start(1)]))
            for n in range(len(words) - 1, 0, -1):
                if settled_before or words[n] in _SETTLEMENT_NOUNS:
                    prefix = " ".join(words[:n])
                    candidates.append((match.start(1), match.start(1) + len(prefix), prefix))
    if not folded:
        for match in _EVENT_NAMED_BY_PLACE.finditer(info_text):
            # "after the Nice attack (July 2016)", "the Westminster Bridge attack"
            candidates.append((match.start(1), match.end(1), match.group(1)))
    described_as_place: set[int] = set()  # starts of names the sentence itself tells are places
    # towns the sentence says are towns: "at Naval Air Station Pensacola, Florida" (a base named
    # after its town), "in Forbury Gardens, Reading" (the town a site lies in), "raided Mpeketoni
    # town in Lamu County"
    for pattern in () if folded else (_BASE_OF_TOWN, _SITE_THEN_TOWN, _NAME_THEN_SETTLEMENT, _TOWN_OF_COUNTY, _TOWN_OF_ITS_PEOPLE):
        for match in pattern.finditer(info_text):
            candidates.append((match.start(1), match.end(1), match.group(1)))
            described_as_place.add(match.start(1))
    for match in () if folded else _NAME_THEN_SETTLEMENT_APPOSITION.finditer(info_text):
        # "The attackers struck Yelwata, a community in the Guma local government area": a name
        # the sentence says is a settlement, wherever it stands
        candidates.append((match.start(1), match.end(1), match.group(1)))
        described_as_place.add(match.start(1))
    for match in _DIVISION_THEN_NAME.finditer(info_text):
        # "in Mueang district, Narathiwat": the province (or town) the district lies in
        candidates.append((match.start(1), match.end(1), match.group(1)))
        described_as_place.add(match.start(1))
    for match in () if folded else _TOWN_AFTER_INSTITUTION.finditer(info_text):
        candidates.append((match.start(1), match.end(1), match.group(1)))
    for match in () if folded else _TOWN_BEFORE_SITE.finditer(info_text):
        town = _resolve_surface(match.group(1), hint, folded)
        if town is not None and town.city:
            candidates.append((match.start(1), match.end(1), match.group(1)))
            described_as_place.add(match.start(1))
    for match in () if folded or hint is None else _TOWN_BEFORE_INSTITUTION.finditer(info_text):
        town = _resolve_surface(match.group(1), hint, folded)
        if town is not None and town.city and town.country == hint:
            candidates.append((match.start(1), match.end(1), match.group(1)))
            described_as_place.add(match.start(1))
    for match in _POSSESSIVE_DIVISION.finditer(info_text):
        # "in Kenya's coastal Lamu county": the division past the country's adjective (or right
        # after the owner: "in Jammu and Kashmir's Shopian district", which the NER may tag NORP)
        candidates.append((match.start(1), match.end(1), match.group(1)))
    for match in () if folded else _TOWN_COMMA_PROVINCE.finditer(info_text):
        # "3. Parramatta, New South Wales - 2 October 2015": a town, told by the province after it
        # (the small NER took it for an organisation)
        province = resolve_province(match.group(2))
        if province is not None and (town := resolve_place(match.group(1), country_hint=province.country)) is not None \
                and town.provstate == province.provstate:
            candidates.append((match.start(1), match.end(1), match.group(1)))
            described_as_place.add(match.start(1))
    for match in () if folded else _DIVISION_AFTER_COMMA.finditer(info_text):
        # "an army post at Porga, Atacora department": the province of a village it names
        candidates.append((match.start(1), match.end(1), match.group(1)))
        described_as_place.add(match.start(1))
    heading = _DATED_HEADING_PLACE.match(info_text) or _PLACE_DATED_LABEL.match(info_text)
    if heading and not folded:  # "2. 16 October 2020, Conflans-Sainte-Honorine: teacher ..."
        # (or "- Mannheim, 31 May 2024: an Afghan man stabbed six people")
        candidates.append((heading.start(1), heading.end(1), heading.group(1)))
    label = _COUNTRY_LABEL.match(info_text)
    if label and label.group(1).lower() in load_lexicon().field_labels:
        label = None  # "* Toll: 20 hostages ...": a fact box's field name, not the town of Toll
    if label and (normalize_country(label.group(1)) or (in_list_item and not folded) or (
            # "LAHORE: At least 72 people ...": a daily's dateline in capitals
            not folded and label.group(1).isupper() and len(label.group(1)) > 3
            and not is_common_word(label.group(1).title()))):
        # "Mali: A landmine struck a minibus ...": a digest's country label; "2016 – Nice: a
        # truck was driven ...": a timeline item's town
        candidates.append((label.start(1), label.end(1), label.group(1)))
    if not folded:
        for match in _PLACE_REGION_COUNTRY.finditer(info_text):
            country_words = match.group(3).split()
            # (the words after a country may run on: "..., Burkina Faso Armed men attacked")
            if any(normalize_country(" ".join(country_words[:n])) for n in range(len(country_words), 0, -1)):
                # "El Adde, Gedo region, Somalia"
                candidates.append((match.start(1), match.end(1), match.group(1)))
                candidates.append((match.start(2), match.end(2), match.group(2)))
                # (a town the small NER takes for a person: "Kasindi, North Kivu, Democratic Republic of Congo")
                described_as_place.add(match.start(1))
        for match in _CITY_COUNTRY.finditer(info_text):
            if normalize_country(match.group(2)):  # "Marseilles, France"; not "Birmingham, Ala."
                candidates.append((match.start(1), match.end(1), match.group(1)))
                candidates.append((match.start(2), match.end(2), match.group(2)))
    admin1_spans = set()
    if not folded:
        for match in _ADMIN_BRACKET.finditer(info_text):
            # an event note's "(district, region)" after its village, as ACLED writes them
            candidates.append((match.start(2), match.end(2), match.group(2)))
            admin1_spans.add((match.start(2), match.end(2)))
    persons = {(e.start_char - span.start_char, e.end_char - span.start_char) for e in span.ents
               if e.label_ in ("PERSON", "ORG", "NORP", "LANGUAGE")}
    person_names = {(e.start_char - span.start_char, e.end_char - span.start_char) for e in span.ents
                    if e.label_ == "PERSON"}
    group_spans = [(g.start, g.end) for g in find_groups(info_text, ignore_case=folded)]
    found: list[PlaceMention] = []
    seen: set[tuple[int, int]] = set()
    unlisted: list[tuple[int, str]] = []  # settlements the gazetteer lacks, named as such
    for start, end, surface in sorted(candidates, key=lambda c: (c[0], -c[1])):  # longest first
        surface = surface.strip(" .,;:’'\"")
        surface = re.sub(r"[’']s$", "", surface)  # "the heart of Istanbul's historic district"
        if surface.lower().startswith("the "):
            surface, start = surface[4:], start + 4
        if not surface or surface.lower() in _STOP_WORDS or _CALENDAR_WORD.match(surface):
            continue
        if surface.lower().replace("-", "").replace(" ", "") in _DIRECTIONS:
            continue  # "from Pinner in north-west London": a direction, not Northwest, North Carolina
        joined = _AND_NAME_AFTER.match(info_text, start + len(surface))
        if joined and resolve_province(f"{surface} and {joined.group(1)}") is not None:
            if not re.match(r"['’]s\b", info_text[joined.end():]) and _DIVISION_AFTER.match(info_text, joined.end()):
                # "in Sistan and Baluchestan province": the province, named in full
                surface = f"{surface} and {joined.group(1)}"
            else:
                continue  # "in Jammu and Kashmir's Reasi district": the state's name, not the city of Jammu
        if _COMPOUND_AFTER.match(info_text, start + len(surface)) or _COMPOUND_BEFORE.search(info_text[max(0, start - 40):start]):
            continue  # "the Jammu-Srinagar highway", "the Pakistan-based group": part of another name
        if _NAME_GOES_ON_AFTER.match(info_text, start + len(surface)) or (
                surface in _NAME_PARTICLES and re.match(r"\s+[A-Z]", info_text[start + len(surface):])):
            # "San Miguel del Ene" (unknown to the gazetteer) is not San Miguel, Puno; "the San
            # Isidro church", of which the tagger took "San", is not San, Mali
            continue
        if _LINE_AFTER.match(info_text, start + len(surface)) and re.search(r"\bthe\s+$", info_text[max(0, start - 5):start]):
            continue  # "the Atlantic line near Courtalain": a railway line's name, not Atlantic, Iowa
        if _inside_quote(info_text, start, start + len(surface)) and not _QUOTED_TESTIMONY.search(info_text):
            # 'shouted "Don't forget Aleppo!"': a place in quoted words is not the scene (but a
            # victim's own account is: '"I was kidnapped on April 8 in Gao by JNIM," Dubois said')
            continue
        if _FEATURE_AFTER.match(info_text, start + len(surface)) or (
                # "in the Schöntal park in Aschaffenburg" (not "strikes Lahore park": a city's park)
                _PARK_AFTER.match(info_text, start + len(surface))
                and not _big_city(resolve_place(surface, country_hint=hint))):
            continue  # "toward the Tana River": a river, not the town of Tana
        if _STREET_IN_AFTER.match(info_text, start + len(surface)):
            continue  # "on Jerusalem Boulevard in Jaffa": a street named after a city, in another one
        if (_WATER_NAME.search(surface) or _WATER_OF_BEFORE.search(info_text[max(0, start - 12):start])
                or _VESSEL_BEFORE.search(info_text[max(0, start - 60):start])):
            continue  # "in the southern Red Sea", "the Gulf of Aden", "the tanker Marlin Luanda"
        if _CARE_BEFORE.search(info_text[max(0, start - 80):start]):
            continue  # "taken to hospital in Bunia": where the wounded were treated, not the scene
        if _SPEAKING_AT_BEFORE.search(info_text[max(0, start - 60):start]):
            continue  # "Macron, speaking on a visit to the Paris agriculture fair, called it ...": where he spoke
        if _CAUSE_BEFORE.search(info_text[max(0, start - 70):start]):
            continue  # "a demonstration in support of the Democratic Republic of Congo": a cause, not a scene
        if re.match(r"\s+(?:time|standard\s+time|summer\s+time|studios?|bureau|newsroom)\b", info_text[start + len(surface):]):
            continue  # "at about 16:00 Moscow time", "PRESENTER (London studio)": a clock's zone, a newsroom
        if _GAME_AGAINST_BEFORE.search(info_text[max(0, start - 40):start]):
            continue  # "the Eskimos' ... game against the Winnipeg Blue Bombers": a team named after its city
        if _WAR_AFTER.match(info_text, start + len(surface)) or _BATTLE_BEFORE.search(info_text[max(0, start - 20):start]):
            # (or "since the battle of Iwo Jima": a battle of history)
            continue  # "an Iraq war veteran": a war's name, not where things happen
        if surface + "." in TITLE_ABBREVIATIONS and info_text.startswith(".", start + len(surface)):
            continue  # "killing Brig. Gen. Munir al-Yafei": a rank, not Brig in Valais
        if any(pe == start - 1 and info_text[pe] == " " for _, pe in person_names) and not _CITY_COUNTRY.match(
                info_text, start):
            continue  # "Miguel Douglas Rodriguez, 49": the surname after a name the tagger cut short
        if (any(ps == start + len(surface) + 1 and info_text[start + len(surface)] == " " for ps, _ in person_names)
                and _NAMED_AS_BEFORE.search(info_text[max(0, start - 40):start])):
            continue  # "named by police as Hassan Khalif Shire Ali": the first name of a name the tagger cut short
        if surface in ("Metro", "Downtown", "Greater") and re.match(r"\s+[A-Z]", info_text[start + len(surface):]):
            continue  # "Metro Nashville Police Department": the word before the city, not Metro, Indonesia
        if _among_named_people(info_text, start, start + len(surface), person_names):
            continue  # "Those killed were ... Bertha Armstrong, Kitchener and Jessie Johnston, ...": a name
        if _AGED_SURNAME_AFTER.match(info_text, start + len(surface)) and " " not in surface:
            continue  # "Gilbert Murray, 47, president of ...": a first name before a surname and an age
        if surface in load_lexicon().vehicle_makes and _VEHICLE_MODEL_AFTER.match(info_text, start + len(surface)):
            continue  # "the Toyota Land Cruiser Prado she was driving": a car's make, not Toyota, Japan
        if _TITLED_NAME_BEFORE.search(info_text[max(0, start - 40):start]):
            continue  # "Hon. Aden Duale", "Brig. Gen. Alexander Tagum": a person's name after the title
        if (" " not in surface and _ROLE_NOUN_BEFORE.search(info_text[max(0, start - 30):start])
                and _NAME_WORD_AFTER.match(info_text, start + len(surface))):
            continue  # "GSPC founder and former leader Hassan Hattab": a first name, not Hassan, India
        if normalize_country(surface) and _country_speaks(span, start, len(surface)):
            continue  # "Sri Lanka said on Monday that a little-known local Islamist group ...": the state speaking
        if normalize_country(surface) and _STATE_BLAMED_BEFORE.search(info_text[max(0, start - 30):start]):
            continue  # "as Israel blamed Iran and its Lebanese ally Hezbollah for the attack": the state accused
        if normalize_country(surface) and _STATE_BODY_AFTER.match(info_text, start + len(surface)):
            continue  # "killed 19 United States Air Force personnel": whose they were, not where
        if country_from_demonym(surface) and not _PLACE_NOUN_AFTER.match(info_text, start + len(surface)):
            continue  # "a dual Austrian and North Macedonian national": a nationality, not a place
        if _STREET_AFTER.match(info_text, start + len(surface)):
            continue  # "seized the theatre on Dubrovka street": a street's name, not the village
        if (_ROUTE_AFTER.match(info_text, start + len(surface))
                or (_ROUTE_FROM_BEFORE.search(info_text[max(0, start - 40):start])
                    and _ROUTE_NOUN_AFTER.match(info_text, start + len(surface)))):
            continue  # "derailed the Moscow-St Petersburg Nevsky Express": the route's ends, not the scene
        if surface.isupper() and len(surface) <= 5 and normalize_group(surface):
            continue  # "hundreds of IS fighters": a group's acronym, not the town of Is
        if any(gs <= start and start + len(surface) <= ge and ge - gs > len(surface) for gs, ge in group_spans):
            continue  # "the Islamic State of Iraq and the Levant (ISIL)": a word of a group's name, not a scene
        if (any(ps <= start < pe and start + len(surface) <= pe + 1 for ps, pe in persons)
                and not _SETTLEMENT_BEFORE.search(info_text[:start])
                # ("the world's biggest petroleum processing facility at Abqaiq")
                and not _SITE_AT_BEFORE.search(info_text[max(0, start - 30):start])
                and not _town_of_the_story(surface, info_text[max(0, start - 12):start], hint, folded)
                and not (label and start == label.start(1))
                and not (heading and not folded and start == heading.start(1))
                and not (not folded and _DIVISION_AFTER.match(info_text, start + len(surface)))
                and not _PLACE_APPOSITION_AFTER.match(info_text, start + len(surface))
                and start not in described_as_place
                and start not in cells
                and not _EVENT_NAMED_AFTER.match(info_text, start + len(surface))
                # "on Nice's Promenade des Anglais": a city's landmark, the name the NER took
                # for an organisation's
                and not (_POSSESSIVE_LANDMARK_AFTER.match(info_text, start + len(surface))
                         and _big_city(resolve_place(surface, country_hint=hint)))
                and not (normalize_country(surface) and not country_from_demonym(surface))):
            continue  # "the release of Salah Abdeslam": a person, unless "the village of Trèbes" (or
            # a country's own name the small NER took for an organisation: "Burkina Faso's", or a
            # region named as such: "in the Tillaberi region")
        before_word = re.search(r"([A-Z][\w'’\-]+) $", info_text[max(0, start - 30):start])
        # a sentence's first word is capitalised anyway: it makes a longer name only when the
        # place is followed by another capitalised word ("Hafiz Gul Bahadur group claimed")
        opens_name = bool(before_word) and (start - len(before_word.group(0)) > 0 or (
            not is_common_word(before_word.group(1))
            and bool(re.match(r"\s[A-Z][a-z]", info_text[start + len(surface):start + len(surface) + 3]))))
        if (before_word and not folded and opens_name
                and before_word.group(1).lower() not in _DIRECTIONS
                and not re.search(r"['’]s$", before_word.group(1))  # "Kenya's Kilifi county"
                and not normalize_country(before_word.group(1))
                and not resolve_place(before_word.group(1), country_hint=hint)):
            continue  # "the Hagia Sophia" is not Sofia: the tail of a longer name that is no place
        if (_SAINT_NAME.match(surface) and _SAINTS_BUILDING_AFTER.match(info_text, start + len(surface))) or (
                # "St. Peter and St. Paul's Church", "St. Mark's Cathedral": saints, not Saint Paul
                _SAINT_BEFORE.search(info_text[max(0, start - 8):start])) or (
                is_common_word(surface) and not is_region_alias(surface)
                and _POSSESSIVE_BEFORE.search(info_text[max(0, start - 30):start])):
            continue  # "St. George's Church", "St. Mark's Cathedral": a saint and a building, not towns
        if is_feast(surface):
            continue  # "on the last day of Passover": a feast, not Mountain City, Georgia (GeoNames' alternate name)
        if is_never_a_place(surface):
            continue  # "Two young Guardia officers": the Guardia Civil, which the tagger took for a place
        if _SQUARE_BEFORE.search(info_text[max(0, start - 12):start]):
            continue  # "the bank bombing in Piazza Fontana in Milan": a square's name, not Fontana
        if _AGE_AFTER_NAME.match(info_text, start + len(surface)):
            continue  # "Sudesh Amman, 20, was wearing a fake suicide vest": a man and his age, not Amman
        if _ROLE_AND_NAME_BEFORE.search(info_text[max(0, start - 60):start]):
            continue  # "Police spokesman Abdifatah Aden Hassan said": the end of a name, not Hassan, India
        if _names_an_office(span, start, len(surface)) or _CHURCH_SEE_BEFORE.search(info_text[max(0, start - 40):start]):
            # (or "Jean-Pierre Sawadogo, vicar general of the diocese of Dori, said": the see he
            # speaks for, not where the church attacked stood)
            if offices is not None:
                offices.append((offset + start, surface))
            continue  # "Paris prosecutor François Molins", "the Istanbul governor's office"
        division = None if folded else (_DIVISION_AFTER.match(info_text, start + len(surface))
                                        or _DIVISION_OF_BEFORE.search(info_text[max(0, start - 30):start]))
        place = None
        if division:  # "in Borno state", "Kenya's Kilifi county", "in the eastern province of Nangarhar"
            place = _town_of_district(resolve_province(f"{surface} {division.group(1)}", country_hint=hint),
                                      surface, hint)
        if place is None and (start, start + len(surface)) in admin1_spans:
            # "in Ouatagouna (Ansongo, Gao)": the last name in the brackets is the region (Gao
            # region, not the city of Gao)
            place = resolve_province(surface, country_hint=hint)
        if place is None:
            place = _resolve_surface(surface, hint, folded)
            if division and place is not None and hint and place.country != hint:
                place = None  # "in Zhari district, Kandahar province": not Żary, Poland
            if place is not None and place.city and not division and not folded:
                place = _biggest_in_countries_named(surface, place, [*sentence_countries[1:], context_country])
        if place is not None and before_word and before_word.group(1).lower() in _DIRECTIONS and not folded:
            # "Eastover, South Carolina": the state, not Carolina, Puerto Rico
            state = resolve_province(f"{before_word.group(1)} {surface}", country_hint=hint)
            if state is not None and state.specificity == 4:
                place = state
        if place is not None and place.city and not folded:
            place = _district_of_city_after(surface, place, info_text, start + len(surface), hint)
        if place is not None and place.city and not folded:
            # "Shelby, North Carolina", "London, Ont.": the town of that name in the state named after it
            # ("in Bijapur district, Chhattisgarh": its district, then the state)
            designation = _DESIGNATION_AFTER.match(info_text, start + len(surface))
            state = _PROVINCE_AFTER.match(info_text, designation.end() if designation else start + len(surface))
            province = (resolve_state_abbreviation(state.group(1)) or resolve_province(state.group(1), country_hint=place.country)
                        ) if state else None
            if state and province is None and not normalize_country(state.group(1)):
                # "a federal grand jury in Alexandria, Virginia": the state names the country too
                # (not Alexandria, Egypt), where a town of that name lies in it
                province = resolve_province(state.group(1))
                if province is not None and _town_in(surface, province) is None:
                    province = None
            if province is not None and province.specificity == 4 and province.provstate != place.provstate:
                place = _town_in(surface, province) or place
        owner = _PROVINCE_OWNER_BEFORE.search(info_text[max(0, start - 40):start]) if place is not None else None
        if owner is not None and not normalize_country(owner.group(1)):
            # "in Chhattisgarh's Bijapur district": a district of that state (not Bijapur,
            # Karnataka); where the gazetteer has it elsewhere, the state it is told in
            province = resolve_province(owner.group(1), country_hint=place.country)
            if province is not None and province.specificity == 4 and place.provstate != province.provstate:
                place = province
        if (place is not None and not folded and sentence_hint and place.country not in sentence_countries
                and _SETTLEMENT_OF.search(info_text[max(0, start - 40):start])):
            place = None  # "the northern Mozambican town of Palma": not Palma, Spain, but a town the gazetteer lacks
        if (place is not None and not folded and hint and place.country != hint
                and _SETTLEMENT_APPOSITION_AFTER.match(info_text, start + len(surface))):
            place = None  # "in Mera, a village in Augie Local Government Area of Kebbi State": not Mera, India
        if (place is not None and hint and place.country != hint and place.city
                and name_key(surface) != name_key(place.city)
                and not folded and not _country_named_after(info_text, start)):
            place = None  # "near Boni" in a Mali brief: a town the gazetteer lacks, not Bonn by another name
        if (place is not None and hint and place.country != hint and not folded and (place.specificity or 5) <= 2
                and _SETTLEMENT_OF.search(info_text[max(0, start - 40):start]) and not _country_named_after(info_text, start)):
            place = None  # "the fishing town of Baga, on Lake Chad" in a Nigeria story: not Bagà, Catalonia
        if (place is None and not folded and not division and _VILLAGE_SHAPE.fullmatch(surface)
                and not is_common_word(surface) and (_SETTLEMENT_OF.search(info_text[max(0, start - 40):start])
                                                     or _LISTED_PLACE_AFTER.match(info_text, start + len(surface))
                                                     or _ADMIN_BRACKET.match(info_text, start + len(surface))
                                                     or (_SETTLEMENT_AFTER.match(info_text, start + len(surface))
                                                         # ("surrounded the Fulani village at dawn": whose village)
                                                         and not _THE_BEFORE.search(info_text[max(0, start - 5):start]))
                                                     or _SETTLEMENT_APPOSITION_AFTER.match(info_text, start + len(surface)))):
            # "the village of Gassé", "El Adde, Gedo region", "Dioura (Tenenkou, Mopti)"
            unlisted.append((start, surface))
        if place is None:
            continue
        if (not folded and hint and place.country != hint
                and _NAMED_SITE_AFTER.match(info_text, start + len(surface))):
            continue  # "near Aden Adde International Airport" in a Mogadishu story: a man's name, not Aden
        if (not folded and hint and place.country != hint and place.city and surface != place.city
                and surface.lower() == place.city.lower() and any(w[:1].islower() for w in surface.split())):
            continue  # "on Lido beach" in a story about Somalia: a beach, not Lido Beach, New York
        if (sentence_hint and place.country not in sentence_countries and (place.specificity or 5) <= 2
                and not _CITY_COUNTRY.search(info_text[start:start + len(surface) + 40])
                # (but "Germany has been on alert since the attack ... in Paris": a capital the NER
                # tags; "at the Ozar Hatorah Jewish school in Toulouse ..., around Jewish sites in
                # Belgium": a city of its own country)
                and not (start in tagged and population(place) >= 200_000
                         and re.search(r"\b(?:in|at)\s+$", info_text[max(0, start - 4):start]))):
            continue  # "Lido beach" in a sentence about Somalia is not Lido Beach, New York
        if (start not in tagged and hint and place.country != hint and (place.specificity or 5) <= 2
                and not folded and not _CITY_COUNTRY.search(info_text[start:start + len(surface) + 40])
                # (an item's label, "- Stockholm, 7 April: ...", which the parser never sees, names its
                # town)
                and not (heading and start == heading.start(1))
                # (nor "the ... processing facility at Abqaiq" in a wire filed from Dubai; but "a base
                # at Baure in Lamu" is a village the gazetteer lacks, in the place named next)
                and not (_SITE_AT_BEFORE.search(info_text[max(0, start - 30):start])
                         and not _IN_A_NAMED_PLACE_AFTER.match(info_text, start + len(surface)))):
            continue  # "speaking in Hausa": a capitalised word after "in", far from the story's country
        if (hint and not sentence_hint and place.country != hint and (place.specificity or 5) == 1 and not folded
                and population(place) < 100_000 and (km_outside_country(place, hint) or 0) > 2_000
                and place.region != gtd_region(hint)
                and _named_as_scene(info_text[max(0, start - 45):start])
                and not _CITY_COUNTRY.search(info_text[start:start + len(surface) + 40])):
            # "hit a roadside bomb in Salama" in a story about Kenya: a village the gazetteer lacks
            # there, not Salamá, Guatemala, half the world away
            unlisted.append((start, surface))
            continue
        if (hint is not None and place.country != hint
                and _VENUE_NAME_AFTER.match(info_text, start + len(surface))):
            continue  # "outside the Sari Club" in a story about Bali: a club's name, not Sari in Iran
        key = (start, start + len(surface))
        if any(s <= key[0] < e for s, e in seen):
            continue
        seen.add(key)
        origin = _told_as_origin(info_text, start, surface, person_names)
        near = bool(_NEAR_BEFORE.search(info_text[max(0, start - 40):start]))
        names_site = bool(_SITE_NAME_AFTER.match(info_text, start + len(surface)))
        names_event = bool(_THE_BEFORE_EVENT_NAME.search(info_text[max(0, start - 12):start])
                           and _EVENT_NAMED_AFTER.match(info_text, start + len(surface)))
        found.append(PlaceMention(place, surface, offset + start, offset + start + len(surface), origin, near=near,
                                  names_site=names_site, names_event=names_event,
                                  of_the_city=bool(_OF_THE_CITY_BEFORE.search(info_text[max(0, start - 40):start]))))
    for start, surface in unlisted:
        if any(s <= start < e for s, e in seen):
            continue
        village = _unlisted_settlement(surface, offset + start, found, hint)
        if village is not None:
            village.origin = _told_as_origin(info_text, start, surface, person_names)
            found.append(village)
            seen.add((start, start + len(surface)))
    if not folded:
        for match in _DEMONYM_CAPITAL.finditer(info_text):
            # "in the Afghan capital": Kabul
            country = country_from_demonym(match.group(1))
            capital = capital_of(country) if country else None
            key = (match.start(), match.end())
            if capital is not None and not any(s <= key[0] < e or key[0] <= s < key[1] for s, e in seen):
                seen.add(key)
                found.append(PlaceMention(capital, match.group(0), offset + key[0], offset + key[1]))
        for match in _ROUTE_BETWEEN.finditer(info_text):
            # "on the Maiduguri-Damboa road": the province both its ends lie in
            ends = [_resolve_surface(match.group(i), hint, folded) for i in (1, 2)]
            if (all(e is not None and e.provstate for e in ends) and ends[0].country == ends[1].country
                    and ends[0].provstate == ends[1].provstate
                    and not any(s <= match.start() < e for s, e in seen)):
                province = resolve_province(ends[0].provstate, country_hint=ends[0].country)
                if province is not None:
                    seen.add((match.start(), match.end()))
                    found.append(PlaceMention(province, match.group(0), offset + match.start(), offset + match.end()))
        for match in _COUNTRY_CAPITAL.finditer(info_text):
            # "inside a restaurant in Mali's capital": Bamako, not Mali
            country = normalize_country(match.group(1))
            capital = capital_of(country) if country else None
            if capital is not None:
                found[:] = [p for p in found if p.start != offset + match.start(1)]
                found.append(PlaceMention(capital, match.group(0), offset + match.start(), offset + match.end()))
    if not folded and (label := _PROVINCE_DISTRICT_LABEL.match(info_text)):
        _place_province_district_label(found, label, offset, hint)
    found.sort(key=lambda p: p.start)
    _origin_lists(found, info_text, offset)
    _court_seats(found, info_text, offset)
    _agree_on_country(found, offset + dateline_end)
    _resolve_near(found, info_text, offset)
    _route_ends_abroad(found, info_text, offset)
    return found


# a log's item label, the state and then its district: "1. Chhattisgarh (Bijapur): At about 0700 hrs ..."
_PROVINCE_DISTRICT_LABEL = re.compile(r"^\W*(?:\d{1,2}[.)]\s*)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*"
                                      r"\(\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*\)\s*:")


def _place_province_district_label(found: list[PlaceMention], label: re.Match, offset: int, hint: Optional[str]) -> None:
    """The district of a "State (District):" label inside that state: Bijapur in Chhattisgarh, not
    Bijapur (Vijayapura) in Karnataka; the state itself where the gazetteer has no such town there."""
    province = resolve_province(label.group(1), country_hint=hint)
    if province is None or province.specificity != 4:
        return
    district = label.group(2)
    place = _town_in(district, province)
    if place is None:
        division = resolve_province(district, country_hint=province.country)
        place = division if division is not None and division.provstate == province.provstate else province
    found[:] = [p for p in found if not (label.start(1) <= p.start - offset < label.end(2))]
    found.append(PlaceMention(place, district, offset + label.start(2), offset + label.end(2)))


_CONDEMNED_FROM_BEFORE = re.compile(r"\b(?:condemnation|condolences|criticism|sympathy|sympathies|solidarity|"
                                    r"condemned|denounced)\s+(?:from|by)\s+[^.;]{0,80}$", re.IGNORECASE)


def _told_as_origin(info_text: str, start: int, surface: str, person_names: set[tuple[int, int]]) -> bool:
    """Whether the place named at `start` is where someone or something comes from (or goes to,
    or a neighbour), not a scene: "tourists from Germany", "from the West Bank town of Samu"."""
    # "near the border with Pakistan": a neighbour is no more the scene than an origin is
    of_before = re.search(r"\s+of\s+$", info_text[max(0, start - 6):start])
    of_at = max(0, start - 6) + of_before.start() if of_before else -1
    if (_origin_before(info_text[max(0, start - 45):start])
            # "as the convoy was travelling from the provincial capital, Pul-e-Alam, to Kabul"
            or _DESTINATION_BEFORE.search(info_text[max(0, start - 90):start])
            # "in retaliation for raids by Kenyan security forces on mosques in Mombasa"
            or _MOTIVE_BEFORE.search(info_text[max(0, start - 90):start])
            # "demanded the release of 50 Palestinian prisoners held in Israel"
            or _DEMAND_BEFORE.search(info_text[max(0, start - 90):start])
            # "The bombing also drew condemnation from the United Nations, the United States, ..."
            or _CONDEMNED_FROM_BEFORE.search(info_text[max(0, start - 90):start])
            # "identified as Payton Gendron of Conklin, New York": a person's home town
            or any(end == of_at for _, end in person_names)
            # "Dylann Storm Roof, 22, of Eastover, South Carolina"
            or re.search(r"\b\d{1,2},\s+of\s+$", info_text[max(0, start - 12):start])
            or (normalize_country(surface) and _NEIGHBOUR_BEFORE.search(info_text[max(0, start - 30):start]))
            # "a customs post in Diboli on the Senegal border": the neighbour across it
            or (normalize_country(surface) and re.match(r"\s+(?:border|frontier)\b", info_text[start + len(surface):]))):
        return True
    return False  # (a place listed after an origin: `_origin_lists`)


def _origin_lists(found: list[PlaceMention], info_text: str, offset: int) -> None:
    """The places listed after an origin are origins too: "tourists from Germany, Norway and
    Peru", "of Allen, a Dallas suburb", "from the West Bank town of Samu, near Hebron", "both
    from Hebron in the West Bank" (not "a labourer from Chhattisgarh in Pulwama district": where
    he was shot); "a train carrying 400 people from Quetta to Peshawar": a route's ends are no scene."""
    for previous, mention in zip(found, found[1:]):
        between = info_text[previous.end - offset:mention.start - offset]
        if previous.origin and not mention.origin and re.fullmatch(
                r"\s*(?:,|,?\s+and|,?\s+or|,\s+(?:an?|the)|\s+to|,\s+near)(?:\s+the)?\s*", between):
            mention.origin = True
        elif (previous.origin and not mention.origin and re.fullmatch(r",?\s+in(?:\s+the)?\s+", between)
              and _contains(mention.place, previous.place)):
            mention.origin = True


# "a federal grand jury in Alexandria, Virginia, has returned an indictment ... in connection with
# the ... bombing of the Khobar Towers ... in Dhahran": where the court sits, not the scene
_COURT_BEFORE = re.compile(r"\b(?:court(?:house)?|tribunal|grand jury|jury)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
# what a court does (not "a suicide bomber struck a court in Quetta, Balochistan": a court attacked)
_COURT_ACTS = re.compile(r"\b(?:indict\w*|sentenc\w*|convict\w*|acquit\w*|ruled|ruling|verdict|charg\w*|trial|tried|"
                         r"hearings?|jailed|found\s+(?:him|her|them|\w+)\s+guilty)\b", re.IGNORECASE)


def _court_seats(found: list[PlaceMention], info_text: str, offset: int) -> None:
    """A court's town is no scene where the sentence names another place (where it is the only
    one, "A court in Paris convicted ...", it may be the scene too, told again)."""
    if not _COURT_ACTS.search(info_text):
        return
    seats = [p for p in found if not p.origin
             and _COURT_BEFORE.search(info_text[max(0, p.start - offset - 60):p.start - offset])]
    if seats and any(p not in seats and not p.origin and not p.dateline for p in found):
        for seat in seats:
            seat.origin = True


def _contains(region: Place, place: Place) -> bool:
    """Is `place` inside `region` (a country or a province without a town)?"""
    if region.country is None or region.country != place.country or region.city:
        return False
    return region.provstate is None or region.provstate == place.provstate


def _route_ends_abroad(found: list[PlaceMention], info_text: str, offset: int) -> None:
    """"on a Thalys train between Amsterdam and Paris": ends in two countries say nothing of
    where on the way it happened (ends in one city, "between Wimbledon and Edgware Road", do)."""
    for route in _TRAVEL_BETWEEN.finditer(info_text):
        ends = [p for p in found if p.start in (offset + route.start(1), offset + route.start(2))]
        if len(ends) == 2 and ends[0].place.country != ends[1].place.country:
            for end in ends:
                end.origin = True


_NEAR_BETWEEN = re.compile(
    r",?\s+(?:near|outside|close to|(?:about |some )?\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:of|from)|"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)\s+(?:the\s+(?:\w+\s+)?(?:city|town)\s+of\s+)?$",
    re.IGNORECASE)


_POSSESSIVE_LANDMARK_AFTER = re.compile(r"['’]s\s+(?:[A-Z][\w'’-]+)(?:\s+(?:des|de|du|la|le|of|the|[A-Z][\w'’-]+))*")


def _big_city(place: Optional[Place]) -> bool:
    return place is not None and population(place) >= 100_000


def _resolve_near(found: list[PlaceMention], info_text: str, offset: int) -> None:
    """"in Birstall, near Leeds": of several towns of that name, the one near the town named."""
    for i, (mention, landmark) in enumerate(zip(found, found[1:])):
        between = info_text[mention.end - offset:landmark.start - offset]
        if not mention.place.city or landmark.place.latitude is None or not _NEAR_BETWEEN.fullmatch(between):
            continue
        near = resolve_place(mention.surface, country_hint=landmark.place.country,
                             near=(landmark.place.latitude, landmark.place.longitude))
        if near is not None and near.geonameid != mention.place.geonameid:
            found[i] = replace(mention, place=near)


def _agree_on_country(found: list[PlaceMention], filed_end: int = 0) -> None:
    """"at the Bardo National Museum in Tunis": a town matched by one of its other names abroad
    (Bordeaux, once "Bardo") is read in the country of the places the sentence names by their
    own names, when it has a namesake there (Le Bardo, Tunisia); with no namesake, among one
    country's towns, it is dropped ("Zion Church" in Sri Lanka is not Jerusalem, once "Zion")."""
    # (not the wire's dateline: "DUBAI, Dec 15 (Reuters) - ... in the town of Rask" is filed abroad)
    own_name = {p.place.country for p in found if not p.origin and not p.names_site and p.start >= filed_end
                and p.surface.lower() in {(p.place.city or "").lower(), (p.place.country or "").lower()}}
    agreed: list[PlaceMention] = []
    for mention in found:
        place = mention.place
        if mention.names_site and own_name and place.country not in own_name:
            # "the Santa Maria Catholic Church in Istanbul, Türkiye": the church's name, not
            # Santa Maria in Brazil
            continue
        if not place.city or place.country in own_name or mention.surface.lower() == place.city.lower():
            agreed.append(mention)
            continue
        namesakes = (resolve_place(mention.surface, country_hint=country) for country in own_name)
        namesake = next((n for n in namesakes if n is not None and n.country in own_name), None)
        if namesake is not None:
            agreed.append(replace(mention, place=namesake))
        elif len(own_name) != 1:
            agreed.append(mention)
        else:
            # "Hyderabad: ... in Sehwan Sharif": where every town named by its own name has a
            # namesake in the other town's country, that country is the story's (Hyderabad, Sindh)
            owners = [p for p in found if p.place.country in own_name and p.place.city and not p.origin
                      and p.surface.lower() == p.place.city.lower()]
            moved = [resolve_place(p.surface, country_hint=place.country) for p in owners]
            if owners and all(m is not None and m.country == place.country for m in moved):
                for owner, there in zip(owners, moved):
                    owner.place = there
                own_name = {place.country}
                agreed.append(mention)
    found[:] = agreed


def _town_of_the_story(surface: str, before: str, hint: Optional[str], folded: bool) -> bool:
    """"attacked a military base in Gajiram": a name the NER took for a person, right after "in",
    that is a town of the country the story is about."""
    if folded or not re.search(r"\b(in|near|outside)\s+$", before):
        return False
    place = resolve_place(surface, country_hint=hint)
    if not hint:
        # with no country told yet, a sizeable town ("in Sehwan Sharif", which the NER takes for
        # an organisation)
        return place is not None and population(place) >= 20_000 and not is_common_word(surface)
    return place is not None and place.country == hint


def _unlisted_settlement(surface: str, start: int, found: list[PlaceMention],
                         hint: Optional[str]) -> Optional[PlaceMention]:
    """A village or town the gazetteer lacks ("the village of Gassé in Burkina Faso's Soum
    province", "El Adde, Gedo region, Somalia"), coded as GTD codes it: the name as the
    sources write it, in the region (or country) named after it, at that region's centre
    (GTD specificity 2; 5 when only the country is known)."""
    after = [p for p in found if start < p.start <= start + len(surface) + 80 and not p.origin
             and (p.place.specificity or 5) >= 3]
    region = min(after, key=lambda p: ((p.place.specificity or 5), p.start)) if after else None
    # "near the town of Mekeishifa, south of Tikrit": in the province of the town it is told near
    landmark = next((p for p in found if start < p.start <= start + len(surface) + 40 and p.near
                     and not p.origin and p.place.city and p.place.provstate), None)
    if region is not None:
        where = region.place
    elif landmark is not None:
        # (only its province is known, not where in it: GTD's specificity 4, the province's centre)
        province = resolve_province(landmark.place.provstate, country_hint=landmark.place.country)
        if province is not None:
            return PlaceMention(replace(province, city=surface), surface, start, start + len(surface))
        where = resolve_country(landmark.place.country)
    elif hint:
        where = resolve_country(hint)
    else:
        return None
    if where is None or where.country is None:
        return None
    return PlaceMention(_village_place(surface, where, without_centre=5), surface, start, start + len(surface))


def _village_place(name: str, where: Place, without_centre: int) -> Place:
    """A village the gazetteer lacks, coded as GTD codes it: the name the report gives, in the
    region it lies in, at that region's centre (specificity 2); `without_centre` when the region
    has no coordinates (or only the country is known)."""
    has_centre = (where.specificity or 5) < 5 and where.latitude is not None
    return Place(country=where.country, region=where.region, provstate=where.provstate, city=name,
                 latitude=where.latitude if has_centre else None, longitude=where.longitude if has_centre else None,
                 specificity=2 if has_centre else without_centre)


_OFFICE_NOUNS = {"prosecutor", "prosecutors", "governor", "police", "mayor", "official", "officials", "office",
                 "ministry", "authorities", "media", "newspaper", "spokesman", "spokeswoman",
                 "prefecture", "council", "embassy", "consulate", "broadcaster", "agency", "coroner", "judge"}


_CHURCH_SEE_BEFORE = re.compile(r"\b(?:diocese|archdiocese|eparchy|bishop|archbishop|bishops)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _names_an_office(span: Span, start: int, length: int) -> bool:
    """Is the place only the modifier of an office that speaks ('Paris prosecutor')?"""
    tokens = _tokens_of(span, start, length)
    if not tokens:
        return False
    last = tokens[-1]
    if last.dep_ not in ("compound", "poss", "nmod", "amod"):
        return False
    head = last.head
    if head.lower_ in ("governor", "police") and head.dep_ == "poss":
        return False
    if head.lower_ in _OFFICE_NOUNS and head.dep_ == "compound" and head.head.ent_type_ == "PERSON" and _attacked(head.head):
        return False  # "the kidnapping of Genoa judge Mario Sossi, who was seized": the town he served, attacked there
    if head.lower_ in _OFFICE_NOUNS and head.i == last.i + 1 or (
            head.lower_ in ("office", "spokesman", "spokeswoman") and head.i - last.i <= 3):
        return True
    # "Russia's foreign ministry said": only the possessive and the office's own modifiers between
    if head.lower_ in _OFFICE_NOUNS and last.dep_ == "poss" and 1 < head.i - last.i <= 4 and all(
            t.dep_ == "case" or (t.head.i == head.i and t.dep_ in ("amod", "compound"))
            for t in last.doc[last.i + 1:head.i]):
        return True
    # "Paris prosecutor Francois Molins": place and office both modify the name
    after = last.nbor(1) if last.i + 1 < len(last.doc) else None
    return (after is not None and after.lower_ in _OFFICE_NOUNS and after.head.i == head.i
            and after.dep_ == "compound" and head.ent_type_ == "PERSON" and not _attacked(head))


_HARM_LEMMAS = KILL_LEMMAS | WOUND_LEMMAS | DEATH_MANNER_LEMMAS | {"kidnap", "abduct", "seize", "attack", "target"}


def _attacked(person: Token) -> bool:
    """Is the person the one a harm or a seizure was done to ("who was seized", "killed X")?"""
    if person.dep_ in ("dobj", "obj", "nsubjpass") and person.head.lemma_.lower() in _HARM_LEMMAS:
        return True
    return any(c.dep_ == "relcl" and c.lemma_.lower() in _HARM_LEMMAS
               and any(g.dep_ == "nsubjpass" and g.lower_ in ("who", "that") for g in c.children)
               for c in person.children)


def _biggest_in_countries_named(surface: str, place: Place, countries: list[Optional[str]]) -> Place:
    """"US Navy Captain George Tsantes, head of the Joint US Military Advisory Group in Greece
    ..., shot dead in their car in Athens": of the towns of that name in the countries the
    sentence (or the report) names, a far bigger one than the first country's."""
    best = place
    for country in dict.fromkeys(c for c in countries if c and c != place.country):
        other = resolve_place(surface, country_hint=country)
        if (other is not None and other.country == country and other.city
                and name_key(other.city) == name_key(surface) and population(other) > 3 * max(population(best), 1)):
            best = other
    return best


def _resolve_surface(surface: str, hint: Optional[str], folded: bool) -> Optional[Place]:
    words = surface.split()
    names = [surface]
    if len(words) > 1 and words[0].lower() in _DIRECTIONS:
        names.append(" ".join(words[1:]))  # "Downtown Edmonton" -> "Edmonton"
    for n, name in enumerate(names):
        if folded and len(name) < 4:
            continue
        country = normalize_country(name)
        if country:
            return resolve_country(country) or Place(country=country, specificity=4)
        place = resolve_place(name, country_hint=hint)
        if place is not None:
            if folded and (place.specificity or 5) == 1 and not _folded_place_ok(name):
                continue
            if (place.city and name_key(place.city) != name_key(name) and not folded
                    and population(place) < 100_000):  # (not "New York": the city)
                # "in Amalfi, in Antioquia": the department of that name, not Santa Fe de
                # Antioquia, a town the gazetteer also knows as "Antioquia" ("in Hatay": the
                # province, not Antakya)
                province = resolve_province(name, country_hint=place.country)
                if (province is not None and province.specificity == 4 and province.country == place.country
                        and name_key(province.provstate or "") == name_key(name)):
                    return province
            if n > 0 and population(place) < 50_000:
                continue  # "West Yorkshire" is not the hamlet of Yorkshire, Virginia
            if n > 0:
                province = resolve_province(surface, country_hint=hint)
                if province is not None and province.specificity == 4:
                    return province  # "South Carolina" is a state, not Carolina, Puerto Rico
            return place
    # (a province is a large place: only words of ordinary English that are not nouns alone keep
    # it from being read as one, so "in Texas" is the state, "in Central" no province)
    if not folded and len(surface) >= 4 and (not is_common_word(surface, population=100_000) or is_region_alias(surface)):
        # a state or province named alone, with no town of that name: "in Chhattisgarh's
        # Dantewada district", "attacks in Borno"
        province = resolve_province(surface, country_hint=hint)
        named_division = surface.split()[-1].lower() in ("district", "county", "prefecture", "municipality")
        if province is not None and (province.specificity == 4 or (province.specificity == 3 and (
                named_division or province.country == hint))) and (hint is None or province.country == hint):
            # (or a district named as such: "in Mir Ali, North Waziristan District"; "in Mastung
            # district" is its town's)
            return _town_of_district(province, " ".join(surface.split()[:-1]), hint) if named_division else province
    return None


def _town_of_district(district: Optional[Place], name: str, hint: Optional[str]) -> Optional[Place]:
    """A district named after its town ("in Pulwama district"): GTD codes the town."""
    if district is not None and district.specificity == 3:
        town = resolve_place(name, country_hint=hint)
        if town is not None and town.provstate == district.provstate:
            return town
    return district


def _folded_place_ok(name: str) -> bool:
    """In case-folded text every word could be a town: keep only known, non-trivial names."""
    from incidex.normalize.gazetteer import is_known_place

    return is_known_place(name, case_sensitive=False, min_population=5000)


_EVENT_NOUNS = r"(?:bombings?|attacks?|massacre|shootings?|stabbings?|siege|hijacking)"
_YEAR_NAMED_EVENT = re.compile(r"\bthe\s+(?P<year>(?:19|20)\d\d)\s+(?:[A-Z][\w'’.-]+\s+){0,3}(?:[a-z]+\s+)?"
                               + _EVENT_NOUNS + r"\b")
# "In 2016, a truck attack in Nice also killed 86 people"; "the attack on the Charlie Hebdo
# newspaper in Paris in 2015": a year that dates the attack the sentence tells
_YEAR_LEAD = re.compile(r"^\W*In\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-–])")
# (a definite one, named: not "was behind a bus bombing in the town in 2018")
_EVENT_IN_YEAR = re.compile(r"\bthe\s+(?:[\w'’-]+\s+){0,3}?" + _EVENT_NOUNS + r"\s+(?:on|at|in|against)\s+[^,.;()]{0,60}?\bin\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-–])")
# a toll the sentence's attack took ("killed 26 people", "left dozens dead"; not "the families of
# soldiers killed in Afghanistan")
_ACTIVE_TOLL = (r"\b(?:(?:killed|killing|kills|wounded|wounding|injured|injuring)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|"
                r"some\s+|about\s+|nearly\s+|around\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|"
                r"eleven|twelve|dozens|scores|hundreds)\b|left\s+(?:\w+\s+){1,3}(?:dead|injured|wounded)\b)")
_TOLL_TOLD = re.compile(_ACTIVE_TOLL, re.IGNORECASE)
# ... or one that opens the sentence with its toll: "An attack on a hotel in Kabul in 2018 also
# left dozens dead"
_TOLD_EVENT_IN_YEAR = re.compile(r"^\W*(?:An?|Another)\s+(?:[\w'’-]+\s+){0,3}?" + _EVENT_NOUNS
                                 + r"\s+(?:on|at|in|against)\s+[^,.;()]{0,60}?\bin\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-–])"
                                 r"(?=[^;]*" + _ACTIVE_TOLL + r")")


def _year_told_events(text: str) -> list[re.Match[str]]:
    """The years of a sentence that date an attack it tells (group "year"): a leading "In 2016,"
    before a method, else the years that name or follow an attack."""
    lead = _YEAR_LEAD.match(text)
    # ("In 2019 it killed 26 people in an attack on a hotel in ... Kismayo": a toll told)
    if lead and (any(m.event.search(text) for m in load_lexicon().methods) or _TOLL_TOLD.search(text)):
        return [lead]
    return (list(_YEAR_NAMED_EVENT.finditer(text)) + list(_EVENT_IN_YEAR.finditer(text))
            + list(_TOLD_EVENT_IN_YEAR.finditer(text)))


def _is_explicit(surface: str, following: str, dates_the_event: bool = False) -> bool:
    tail = _RELATIVE_TAIL.match(following)
    if tail and tail.group(2) and dates_the_event and _WEEKDAY_SURFACE.fullmatch(surface.strip()):
        # "was attacked on Wednesday afternoon after a government meeting": the weekday is the
        # attack's day; what follows says when in it ("ended the siege on Saturday night, after
        # gunmen stormed ...": the weekday is the siege's end, and the attack came before)
        tail = None
    return bool(_EXPLICIT_DATE.search(surface)) and not tail


def _hangs_on_event_verb(span: Span, char_offset: int) -> bool:
    """Is the date at `char_offset` attached (through "on") to a verb that tells the attack?"""
    token = next((t for t in span if t.idx - span.start_char >= char_offset), None)
    steps = 0
    while token is not None and token.pos_ not in ("VERB", "AUX") and token.head.i != token.i and steps < 4:
        token = token.head
        steps += 1
    return token is not None and token.pos_ == "VERB" and bool(event_words(token.text))


def _blank_verb_attacks(span: Span, text: str) -> str:
    """`text` with the verb "attacks" ("he attacks people") blanked, the noun kept."""
    for token in span:
        if token.lower_ == "attacks" and token.pos_ in ("VERB", "AUX") and token.tag_ == "VBZ":
            offset = token.idx - span.start_char
            if text[offset:offset + 7].lower() == "attacks":
                text = text[:offset] + " " * 7 + text[offset + 7:]
    return text


def analyse_sentence(span: Span, block: Block, block_index: int, index_in_block: int,
                     doc_text: str, published: Optional[date], folded: bool,
                     context_country: Optional[str], date_order: Optional[str] = None,
                     colon_closed: bool = False, labels_repeat: bool = False) -> SentenceInfo:
    lex = load_lexicon()
    start, end = span.start_char + block.start, span.end_char + block.start
    lined_text = mask_citations(doc_text[start:end])
    # a hard-wrapped report breaks "claimed\nresponsibility" across lines: the sentence's
    # words are matched as one line (same length; the lines stay in `lined_text`)
    text = lined_text.replace("\r", " ").replace("\n", " ")
    info = SentenceInfo(span, start, end, text, block_index, block.kind, index_in_block)
    # "died of a heart attack", "a cyber attack on a hospital group": no violence told; "the
    # group, which has carried out dozens of bombings", "has been blamed for the kidnapping of
    # dozens of foreigners": a group's record, no attack of its own
    lowered = blank(lex.not_attacks, blank(GROUP_RECORD, text))
    # ("which later claimed the attack, saying it had intended to take hostages": a deed meant,
    # not done, tells no method of the attack)
    deeds_done = blank(DEED_INTENDED, lowered)
    for method in lex.methods:
        if method.event.search(deeds_done):
            info.methods.append(method.name)
    if not info.methods and block.kind == "list_item" and ("\t" in text or text.count(";") >= 3):
        # a table row's method cell names the weapon only ("bomb on aircraft", "car bomb")
        info.methods = [m.name for m in lex.methods if m.weapon is not None and m.weapon.search(lowered)]
        info.methods_from_weapons = bool(info.methods)
    info.event = bool(info.methods) or bool(lex.generic_event.search(lowered))
    for name, pattern in lex.non_incident.items():
        if not (found := pattern.search(lowered)):
            continue
        if name == "propaganda" and lex.claimed.search(lowered):
            continue  # "said in a video released on Monday that his group abducted ...": a claim
        if name == "crime" and (_POLITICAL_ACTORS.search(lowered) or find_groups(lowered)):
            continue  # "guerrillas robbed a bank": a robbery by an armed group is an attack
        if name == "plot" and (_FOILED_UNDER_WAY.search(lowered) or (
                lex.claimed.search(lowered) and _THE_EVENT.search(lowered))):
            # "foiled an attack ..., killing all eight terrorists who tried to enter it"; "which
            # later claimed the attack, saying it had intended to take hostages": a claim of the
            # attack done, with what its authors meant to do
            continue
        if name == "security_operation" and info.methods and _ATTACKERS_END_TOLD.search(lowered[:found.start()]):
            continue
        if name == "threat" and (_DEED_DONE.search(lowered[found.end():]) or _DEED_DONE.search(lowered[:found.start()])
                                 or stated_toll(text, "kill") or stated_toll(text, "wound")):
            continue  # "a telephoned warning of a bomb came 30 minutes before it exploded": the attack, warned of
        if (name == "plot" and info.methods and found.group(0).lower() in ("plot", "plots")
                and _BOMB_SET_OFF.search(lowered)):
            # "as a test for the airline plot, Yousef planted a bomb aboard a Philippine Airlines
            # jet in December 1994": a bomb that was planted and went off, whatever it tested
            continue
        if name == "plot" and info.methods and _PAST_PLOT_OF_THE_ATTACKER.search(lowered):
            # "The deadly siege ... on Monday is being treated as an act of terrorism, ... after the
            # gunman was identified as a Somali-born Australian who had once been charged over a
            # plot to attack an army base": the attacker's past, told of the attack that came
            continue
        if name == "vague" and _ONE_OF_THE_SERIES_BEFORE.search(lowered[max(0, found.start() - 40):found.start()]):
            continue  # "... killed yesterday when two explosions went off ..., the latest in a string of attacks"
        if name == "sport" and _REAL_VIOLENCE.search(lowered):
            continue  # "a suicide bomber blew himself up outside the stadium during the derby"
        info.negative = name
        break
    # "the Nov. 13 attacks in Paris" is one coordinated event named by its day: neither "13
    # attacks" nor a vague plural
    dated_event = _DATED_PLURAL_EVENT.search(text)
    # "the driver gets out and attacks people with a knife": the verb, not a plural of attacks
    # (nor "killed in clearance operations across the province" a plural of attacks)
    nouns_only = re.sub(ARMY_OPERATIONS, " ", _blank_verb_attacks(span, blank(GROUP_RECORD, text)), flags=re.IGNORECASE)
    undated = _DATED_PLURAL_EVENT.sub(" ", nouns_only)
    # a plural ("more bombings in European cities") is vague unless the sentence also tells a
    # method in the singular, a day, or a toll ("suicide bombings at Brussels airport ... that
    # killed 34 people")
    singular_method = info.methods and any(
        m.event.search(_PLURAL_EVENT.sub(" ", lowered)) for m in lex.methods if m.name in info.methods)
    if _CUMULATIVE_TOLL.search(text) and _CUMULATIVE_SPAN.search(text):
        info.aggregate = True
    if any(first != last for first, last in _YEARS_SPANNED.findall(text)):
        info.aggregate = True  # "bombs that killed three people ... between 1985 and 1995": a tally over years
    # "On 16 November 2021, two suicide bombings struck central Kampala": a coordinated attack
    # told by its parts on one day, not a tally
    coordinated_on_a_day = bool(_FULL_DAY_DATE.search(text) and _FEW_EVENTS.search(text)
                                and not _SPAN_OF_TIME.search(text))
    if _OTHERS_HARMED.search(text):
        info.aggregate = True  # "Three other secular bloggers ... have been killed ... this year": a tally of others
    if _HOW_COMMON.search(text):
        info.aggregate = True  # "Kidnappings of foreigners are frequent in the Sahel": how common, no event
    if (_PLURAL_EVENT.search(text) and (_ACROSS_PLACES.search(text) or len(set(_countries_named(text))) >= 2)
            and not _plural_on_a_weekday(text)):
        # "Attacks by JNIM and IS Sahel killed at least 400 people across Mali, Burkina Faso and
        # Niger in September": a month's toll over many attacks in several countries
        info.aggregate = True
    if singular_method:
        # "A suicide bomber killed four security officers near the Prophet's Mosque ..., one of three
        # bomb attacks across the kingdom": this attack, told as one of several
        undated = _ONE_OF_SEVERAL.sub(" ", undated)
    if (_AGGREGATE.search(undated) and not coordinated_on_a_day) or (_PLURAL_EVENT.search(nouns_only) and not _SINGULAR_EVENT.search(text)
                                      and not singular_method and not dated_event
                                      and not _COORDINATED_PLURAL.search(text) and not _FULL_DAY_DATE.search(text)
                                      # ("Drone attacks ... set ablaze two Saudi Aramco oil facilities
                                      # on Saturday": that day's attacks; so are "the suicide bombings
                                      # of the JW Marriott and Ritz-Carlton hotels ... on the morning
                                      # of July 17")
                                      and not _plural_on_a_weekday(text) and not _ON_A_MONTH_DAY.search(text)
                                      and not stated_toll(text, "kill") and not stated_toll(text, "wound")):
        info.aggregate = True
    dateline_end = 0
    if index_in_block == 0 and block_index < 6:
        dateline = parse_dateline(lined_text, colon_closed)
        if dateline and labels_repeat and is_bare_label(dateline):
            dateline = None  # "Sweden, 30 Nov — Explosion ...", one of a digest's dated items
        if dateline:  # "ABUJA, May 5, 2014 (AFP) -": the filing date, not an event date
            dateline_end = dateline.end
            text_for_dates = " " * dateline.end + text[dateline.end:]
        else:
            text_for_dates = text
    else:
        text_for_dates = text
    if folded:
        # an upper-case wire's "ON SUNDAY EVENING" (folded to lower case) is a weekday, which the
        # date reader takes only capitalised in ordinary text
        text_for_dates = _FOLDED_WEEKDAY.sub(lambda m: m.group(0).capitalize(), text_for_dates)
    year_led = _YEAR_LED.match(block.text) if block.kind == "list_item" else None
    if year_led:
        # "2016 – Brussels: suicide bombers struck ... on 22 March": the item's year gives its
        # yearless dates theirs
        mentions = find_dates(text_for_dates, min(date(int(year_led.group(1)), 12, 31), date.today()), date_order)
    else:
        mentions = find_dates(text_for_dates, published, date_order)
    for i, mention in enumerate(mentions):
        following = text[mention.end:mention.end + 25]
        dates_the_event = bool(_RELATIVE_TAIL.match(following)) and _hangs_on_event_verb(span, mention.start)
        if not _is_explicit(mention.surface, following, dates_the_event) or mention.resolved.precision not in ("day", "month"):
            continue
        if _PUBLICATION_LABEL.search(text[max(0, mention.start - 25):mention.start]) or (
                # (further down, "Noshki convoy attack | Sunday 16 March 2025. | A suicide bomber
                # rammed ...": a digest item's date line, which dates its item)
                _date_alone_on_line(lined_text, mention) and _in_header_zone(doc_text, start + mention.start)
                and (published is None or abs((mention.resolved.date - published).days) <= 1)):
            continue
        if _dates_a_report(span, mention.start) and not (
                # "Burkina Faso, 30 Nov — JNIM claimed an ambush ...": the item's label dates the item
                (label := _PLACE_DATED_LABEL.match(text)) and mention.end <= label.end()):
            if (mention.resolved.precision == "day" and (published is None or mention.resolved.date <= published)
                    and _SAID_BEFORE.search(text[max(0, mention.start - 40):mention.start])):
                info.said_on.append(mention.resolved)
            continue
        if _WEEKDAY.fullmatch(mention.surface.strip(" ,()")) and _CLOCK_BEFORE.search(text[max(0, mention.start - 12):mention.start]):
            continue  # "07:10 (Monday) —": a live blog's entry stamp, not the day of an event
        if _UNIVERSAL_TIME_BEFORE.search(text[max(0, mention.start - 25):mention.start]):
            continue  # "shortly after 1 a.m. (2300 GMT on Friday)": the hour in GMT, not the local day
        if (_DIED_BEFORE_DATE.search(text[max(0, mention.start - 40):mention.start])
                and _DIED_OF_THE_ATTACK.search(text)):
            # "Miguel Uribe Turbay died on Monday, two months after he was shot in the head": the
            # victim's death, not the day of the attack (told elsewhere: "was shot on June 7")
            continue
        if _SINCE_THE_START_OF.search(text[max(0, mention.start - 80):mention.start]):
            continue  # "since the start of the Israel-Hamas war in October": when a war began, no attack's day
        if _AS_OF_BEFORE.search(text[max(0, mention.start - 12):mention.start]):
            # "As of 2 December, officials put the toll at 26 dead": the day a figure stood
            if published is None or mention.resolved.date <= published:
                info.said_on.append(mention.resolved)
            continue
        resolved = mention.resolved
        after = _DAYS_AFTER_TAIL.match(text[mention.end:mention.end + 30])
        if after and resolved.precision == "day":
            word = after.group(1).lower()
            days = _SMALL_NUMBERS.get(word) or int(word)
            mention.resolved = ResolvedDate(resolved.date - timedelta(days=days), "day", resolved.approx)
        if published is not None and mention.resolved.date > published:
            continue  # a date after the report (a page-copy date, a typo) dates no event in it
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and _WEEKDAY.fullmatch(mention.surface.strip(" ,")) and nxt.start - mention.end <= 4:
            continue  # "Tuesday, 20 October 2020": the full date says it, not the weekday
        info.dates.append((mention.resolved, start + mention.start, start + mention.end))
    lead_after = _YEARS_AFTER_LEAD.match(text, dateline_end) if not info.dates and info.event and published else None
    if lead_after and event_words(re.split(r"[,;:]", text[lead_after.end():], maxsplit=1)[0]):
        # "A year after a Syrian asylum seeker killed three people ... at a festival in Solingen,
        # German lawmakers ...": a piece on the anniversary; the attack's month, that many years back
        # (the lead's number words are all _SMALL_NUMBERS')
        told = date(published.year - _SMALL_NUMBERS[lead_after.group(1).lower()], published.month, 1)
        info.dates.append((ResolvedDate(told, "month", approx=True), start + lead_after.start(1), start + lead_after.end()))
    if not info.dates and info.event:
        for named in _year_told_events(text):
            # "since the 2017 Manchester Arena bombing, in which a suicide bomber killed 22 people":
            # a year that names an earlier attack dates it (to the year)
            year = int(named.group("year"))
            # (not "since the 1932 massacre", before the period the GTD covers)
            if year >= 1970 and (published is None or year < published.year):
                info.dates.append((ResolvedDate(date(year, 1, 1), "year"), start + named.start("year"), start + named.end("year")))
    full = [d for d, lo, hi in info.dates if d.precision == "day" and _YEAR.search(doc_text[lo:hi])]
    if full:
        # "On 15 March 2019, ... attacked the Al Noor Mosque ... during Friday prayers" in a report
        # of 15 March 2024: the weekday read against the report is not the day the sentence gives
        info.dates = [(d, lo, hi) for d, lo, hi in info.dates
                      if not (_WEEKDAY.fullmatch(doc_text[lo:hi].strip(" ,")) and all(d.date != f.date for f in full))]
    info.places = find_places(text, span, start, folded, context_country, in_list_item=block.kind == "list_item",
                              offices=info.offices, dateline_end=dateline_end)
    placed = any(not p.origin for p in info.places) or bool(_SAME_PLACE.search(text))
    # "Last week, 40 soldiers were killed in an ambush near Ouahigouya" opens another attack with
    # the week; "attacked ... Palma last week" dates nothing closer than that, and "Last week,
    # suspected jihadists kidnapped a Spanish priest ... near the border with Togo" no attack with
    # a place of its own to code
    info.dates = [(d, lo, hi) for d, lo, hi in info.dates if not doc_text[lo:hi].lower().startswith("last week")
                  or (placed and not doc_text[info.start:lo].strip(" \"“'‘—–-"))]
    if dateline_end:
        # "KANO, Nigeria (Reuters) - ... abducted 110 schoolgirls from a school in Dapchi": a town
        # the story names beats the city it was filed from
        body = [p for p in info.places if p.start - start >= dateline_end]
        filed = [p for p in info.places if p.start - start < dateline_end]
        if any((p.place.specificity or 5) <= 2 and not _DIRECTION_OF_BEFORE.search(text[max(0, p.start - start - 30):p.start - start])
               for p in body) or any(
                # "Raipur, ... (PTI): ... in Chhattisgarh's Bijapur district": a district the story
                # names is where it happened, not the state capital it was filed from
                not p.origin and _DISTRICT_AFTER.match(text, p.end - start) for p in body) or (
                # "KANO, ... - Gunmen killed 20 villagers ... in Zamfara state": a province the
                # story names, with the filing city outside it
                filed and any(p.place.provstate and not p.origin and p.place.country == filed[0].place.country
                              and p.place.provstate != filed[0].place.provstate for p in body)) or (
                # "MOSCOW, ... (Reuters) - A homemade bomb brought down the Russian passenger plane
                # that crashed in Egypt's Sinai peninsula": a region abroad, told as the scene
                filed and any(p.place.provstate and not p.origin and not p.near
                              and p.place.country != filed[0].place.country
                              and _IN_REGION_BEFORE.search(text[max(0, p.start - start - 30):p.start - start])
                              for p in body)) or (
                # "WASHINGTON, ... (Reuters) - Three U.S. service members were killed ... in a drone
                # attack on a small U.S. military outpost in northeastern Jordan": a country abroad
                filed and any(p.place.provstate is None and p.place.city is None and not p.origin and not p.near
                              and p.place.country != filed[0].place.country
                              and _IN_COUNTRY_BEFORE.search(text[max(0, p.start - start - 30):p.start - start])
                              for p in body)) or (
                # "Cotonou, ... — ... in the W National Park in northern Benin": a part of the
                # country the filing city does not lie in
                filed and any(_outside_part_told(p, filed[0], text[max(0, p.start - start - 40):p.start - start])
                              for p in body)):
            info.places = body
        for p in info.places:
            p.dateline = p.start - start < dateline_end
    elif index_in_block == 0 and block.kind == "paragraph" and (city_label := _CITY_COLON.match(text)):
        # "Srinagar: The death toll in Thursday's suicide car bombing ... at Lethpora in Pulwama
        # district": an Indian paper's dateline; the district the story names is the scene
        filed = [p for p in info.places if p.start - start < city_label.end()]
        body = [p for p in info.places if p.start - start >= city_label.end()]
        if filed and all(p.place.city for p in filed) and any(
                not p.origin and ((p.place.specificity or 5) <= 2 or _DISTRICT_AFTER.match(text, p.end - start))
                for p in body):
            # ("Hyderabad: ... a suicide bomber blew himself up ... in Sehwan Sharif")
            info.places = body
    info.years = [int(y) for y in _YEAR.findall(text)]
    info.years_ago = bool(_YEARS_AGO.search(text)) and not info.dates
    return info


_DIRECTION_OF_BEFORE = re.compile(rf"{_DIRECTION_OF}\s+$", re.IGNORECASE)
_PART_OF_COUNTRY_BEFORE = re.compile(r"\b(?:in|across|of)\s+(?:the\s+)?(?:far\s+|remote\s+)?"
                                     r"(?P<direction>(?:north|south)-?(?:east|west)ern|(?:north|south|east|west)ern)\s+$",
                                     re.IGNORECASE)


def _outside_part_told(body: PlaceMention, filed: PlaceMention, before: str) -> bool:
    """Is the body's place a part of the filing city's country that the city is not in ("in
    northern Benin" under a Cotonou dateline)?"""
    part = _PART_OF_COUNTRY_BEFORE.search(before)
    if part is None or body.origin or body.place.specificity != 5 or body.place.country != filed.place.country:
        return False
    # (Bogotá, in the middle of Colombia's extent, is not in "northeastern Colombia")
    return lies_in_part(filed.place, part.group("direction"), margin=0.25) is False
_DESTINATION_BEFORE = re.compile(r"\b(?:travel(?:l?ed|l?ing|s)?|fl(?:y|ew|own)|heading|headed|driving|going|bound|en route|on (?:its|their|his|her) way)"
                                 r"\b[^.;:]{0,70}?\bto\s+(?:the\s+)?$"
                                 # ("before heading across the border to help rebuild the Syrian
                                 # Kurdish town of Kobani")
                                 r"|\b(?:travel(?:l?ed|l?ing|s)?|heading|headed|going|bound|en route|on (?:its|their|his|her) way)"
                                 r"\b[^.;:]{0,70}?\bto\s+(?:help\s+)?(?:rebuild|reach|join|visit|aid|support|deliver\s+\w+\s+to)\s+"
                                 r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:town|city|village|region)\s+of\s+)?$"
                                 # "tried to board a plane to Cairo", "a flight bound for Paris"
                                 r"|\b(?:plane|flight|aircraft|jet|airliner|bus|coach|train|ship|boat|ferry)\s+"
                                 r"(?:bound\s+)?(?:to|for)\s+(?:the\s+)?$|\bbound\s+for\s+(?:the\s+)?$"
                                 # "The plane departed Bogota toward Cali"
                                 r"|\b(?:departed|left)\s+[\w'’ -]{1,30}?\s+(?:toward|towards|for)\s+$", re.IGNORECASE)
# "on a Thalys train between Amsterdam and Paris": a route's two ends
_TRAVEL_BETWEEN = re.compile(r"\b(?:train|trains|bus|coach|flight|plane|road|highway|route|ferry|line|service)\s+"
                            r"between\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})\s+and\s+([A-Z][\w'’.-]+)")
# a bomb set off: "planted a bomb aboard a Philippine Airlines jet", "the device exploded"
_BOMB_SET_OFF = re.compile(r"\b(?:planted|placed|detonated|set off)\s+(?:a|an|the|two|three)\s+(?:[\w-]+\s+)?(?:bomb|device|explosive)s?\b"
                           r"|\b(?:bomb|device|explosive)s?\s+(?:exploded|went off|detonated)\b", re.IGNORECASE)
_PAST_PLOT_OF_THE_ATTACKER = re.compile(
    r"\bwho\s+(?:had|has)\s+(?:once\s+|previously\s+|earlier\s+|already\s+)?(?:been\s+)?(?:charged|convicted|acquitted|jailed|"
    r"arrested|accused|imprisoned|sentenced|cleared)\b[^.;]{0,40}\bplot", re.IGNORECASE)
# the attack told, placed in a series: "the latest in a string of attacks on the capital"
_ONE_OF_THE_SERIES_BEFORE = re.compile(r"\b(?:the\s+)?(?:latest|newest|deadliest|most\s+recent|worst|last|bloodiest)\s+"
                                       r"(?:in|of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# a deed done beside a warning or a threat: the warning was of this attack
_DEED_DONE = re.compile(r"\b(?:exploded|explodes|went off|goes off|detonated|blew up|killed|killing|wounded|injured|"
                        r"dead|stormed|opened fire)\b", re.IGNORECASE)
# weapons and attackers: what makes a sports report's "attacked" and "shot" more than a game's
_REAL_VIOLENCE = re.compile(r"\b(bombs?|bomber|explosi\w+|blasts?|guns?|gunm[ae]n|gunfire|rifles?|pistols?|knives|knife|"
                            r"stabb\w+|grenades?|hostages?|suicide|militants?|terror\w*|jihadis\w*)\b", re.IGNORECASE)
# "Security forces foiled an attack on the Gwadar Port Authority Complex, killing all eight
# terrorists who tried to enter it": an attack stopped while under way (GTD: an incident), not a plot
_FOILED_UNDER_WAY = re.compile(r"\b(?:foiled|thwarted|repulsed|repelled)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}"
                               r"(?:attack|assault|attempt|raid)\b[^.;]{0,150}?\b(?:killing|killed|martyred|"
                               r"shot dead|gunned down|neutrali[sz]ing|neutrali[sz]ed|exchange of fire|gunfight|"
                               r"shoot-?out|firefight)\b", re.IGNORECASE)
# (and deeds threatened: "while the gunmen threatened to blow up the aircraft")
DEED_INTENDED = re.compile(r"\b(?:had\s+)?(?:intended|intending|meant|aimed|hoped|hoping|sought|seeking|wanted|wanting|"
                           r"threatened|threatening|threatens|vowed|vowing)\s+to\s+"
                            r"(?:(?:also|then|later)\s+)?(?:take|seize|kidnap|abduct|hijack|bomb|blow\s+up|attack|storm|"
                            r"kill|shoot|behead|set\s+fire)\b[^,.;]{0,60}", re.IGNORECASE)
_UNIVERSAL_TIME_BEFORE = re.compile(r"\(\s*\d{1,2}[:.]?\d{2}\s*(?:GMT|UTC|Zulu)\s+(?:on\s+)?$")
# "opened fire ..., killing 14 people ... before they were killed in a shootout with police": the
# end of the attack the sentence tells, not a security operation told alone
_ATTACKERS_END_TOLD = re.compile(r"\b(?:before|until|and|but|then)\s+(?:they|he|she|both|all\s+\w+|the\s+(?:attackers?|gunm[ae]n|"
                                 r"assailants?|shooters?|couple|pair|two|three))\s+(?:was|were)\s+"
                                 r"(?:(?:later|eventually|finally|themselves|both|all)\s+)?$", re.IGNORECASE)
# the grievance a claim gives, told with its own places
_MOTIVE_BEFORE = re.compile(r"\b(?:in (?:retaliation|revenge|reprisal|response) (?:for|to)|to avenge|as revenge for)\b"
                            r"[^.;:]{0,80}$", re.IGNORECASE)
_DEMAND_BEFORE = re.compile(r"\b(?:demand(?:ed|ing|s)?|call(?:ed|ing)\s+for)\s+(?:the\s+)?(?:release|freedom|freeing)\s+of\b"
                            r"[^.;:]{0,80}$", re.IGNORECASE)
_IN_COUNTRY_BEFORE = re.compile(r"\b(?:in|inside)\s+(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|"
                                r"south-?west)(?:ern)?\s+)?$", re.IGNORECASE)
_IN_REGION_BEFORE = re.compile(r"\bin\s+(?:the\s+)?(?:[A-Z][\w-]+['’]s\s+)?$")
_PROVINCE_AFTER = re.compile(r",\s+((?:[A-Z][a-z]{0,4}\.|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?|W\.\s?Va\.)(?=[\s,;:)—–-])"  # "N.C.", "Ont."
                             r"|(?:North|South|East|West|New)\s+[A-Z][a-z]+\b|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b)")
_DESIGNATION_AFTER = re.compile(r"\s+(?:district|county|tehsil|sub-?division|municipality|area)\b")
_YEARS_AFTER_LEAD = re.compile(r"\W*(a|one|two|three|four|five)\s+years?\s+(?:after|since)\s+", re.IGNORECASE)
_YEARS_AGO = re.compile(r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                        r"several|many|a few)\s+years\s+ago\b|\ba\s+(?:year|decade)\s+ago\b", re.IGNORECASE)
_CITY_COLON = re.compile(r"^\s*[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,2}\s*:\s")
# "- Kirkuk: Suspected ISIS militants attacked ...": a list item labelled by its place
_PLACE_LABEL = re.compile(r"^[\s\-–—•*·]*" + _CITY_COLON.pattern.removeprefix(r"^\s*"))
# how many non-empty lines at the top of a report hold its title, byline and page date
HEADER_ZONE_LINES = 6


def _in_header_zone(doc_text: str, offset: int) -> bool:
    return sum(1 for line in doc_text[:offset].splitlines() if line.strip()) < HEADER_ZONE_LINES


def _date_alone_on_line(text: str, mention) -> bool:
    """A date that fills a line of its own under a headline is the page's date."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end < 0 else line_end
    rest = (text[line_start:mention.start] + text[mention.end:line_end]).strip(" ,.-|")
    return "\n" in text and not re.search(r"[A-Za-z]{3,}", re.sub(r"\b(GMT|UTC|BST|CET|EST|am|pm|a\.m|p\.m|updated|published)\b", "", rest, flags=re.IGNORECASE))


_TOLL_CLAUSE_AFTER_DATE = re.compile(r"[\w ]{0,15},\s+(?:which|that)\s+(?:killed|left|wounded|injured|claimed\s+the\s+lives)\b")
_THE_EVENT_NAMED = re.compile(r"(?:the|this|that|these|those|its|their|\w+day['’]s)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|"
                              r"blasts?|assault|raid|killings?|massacre|kidnapping|abduction|shooting|stabbing)"
                              r"(?:\s+on\s+[\w\s'’-]{1,40}?)?"
                              # "claimed the attack via its Amaq agency on Thursday"
                              r"(?:\s+(?:via|through|in)\s+(?:(?:its|their|an?|the)\s+)?[\w\s'’-]{1,40}?)?"
                              r"(?:\s+(?:on|at|in))?", re.IGNORECASE)


_INQUIRY_NOUNS = {"probe", "investigation", "inquiry", "case", "inquest", "resolution", "motion"}


def _opens_an_inquiry(verb: Token) -> bool:
    """"The NIA on Wednesday took over the probe into the car explosion", "The Union Cabinet on
    Wednesday passed a resolution condemning the ... terror incident": the inquiry's day, the
    resolution's."""
    return verb.lemma_.lower() in ("take", "launch", "open", "begin", "start", "order", "hand", "pass", "adopt") and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _INQUIRY_NOUNS for c in verb.children)


def _verb_of_another_deed(verb: Token) -> bool:
    """Is `verb` one whose day is not the attack's: saying, claiming, arresting, a court's or an
    inquiry's act, a ruling made public, a departure?"""
    lemma = verb.lemma_.lower()
    return (lemma in _REPORTING_LEMMAS or _opens_an_inquiry(verb)
            # ("had been found guilty last Thursday of four murders")
            or (lemma == "find" and any(c.lower_ == "guilty" for c in verb.children))
            # ("The ruling ..., made public late Thursday, also found")
            or (lemma == "make" and any(c.lower_ in ("public", "known") for c in verb.children))
            # ("after he was hanged on 12 April 2017 for a different attack": the state's sentence
            # carried out, not "militants hanged two villagers")
            or (lemma == "hang" and any(c.dep_ == "auxpass" for c in verb.children))
            # ("After the car ... was blown up, Vovk and her daughter left on 21 August through
            # Pskov Region to Estonia")
            or (verb.dep_ in ("ROOT", "ccomp") and lemma in _DEPARTING_LEMMAS))


def _dates_a_report(span: Span, char_offset: int) -> bool:
    """Is the date attached (through 'on') to a verb of saying, claiming or arresting?"""
    token = next((t for t in span if t.idx - span.start_char >= char_offset), None)
    if token is None:
        return False
    date_token = token
    steps = 0
    # ("has today been sentenced"; "was sentenced ... by the Brussels assize court on Tuesday")
    while token.dep_ in ("pobj", "compound", "npadvmod", "nummod", "appos", "prep", "agent") + (("advmod", "amod") if steps == 0 else ()) \
            and token.head.i != token.i and steps < 5:
        if token.dep_ == "compound" and token.head.pos_ == "NOUN" and event_words(token.head.text):
            return False  # "a state of emergency declared after the November attacks": the attacks' month
        token = token.head
        steps += 1
    if token.dep_ == "dobj" and token.pos_ == "NOUN" and token.head.lemma_.lower() in _REPORTING_LEMMAS:
        if token.head.tag_ in ("VBZ", "VBP"):
            return False  # "The United States strongly condemns the attack on February 16": the attack's day
        token = token.head  # "claimed responsibility on Thursday", "issued a statement on Monday"
    elif (token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in _REPORTING_LEMMAS
          and date_token.i < token.head.i):
        token = token.head  # "The ELN on Monday claimed ...": the parser hangs the date on the subject
    root = span.root
    if (not (token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in _REPORTING_LEMMAS)
            and root.lemma_.lower() in _COURT_LEMMAS and root.i < date_token.i
            and _COURT_RIGHT_BEFORE.search(span.doc[max(span.start, date_token.i - 4):date_token.i].text + " ")):
        # "... was sentenced to life imprisonment by the Brussels assize court on Tuesday": the
        # parser may hang the date on a word it misread; the court's day is its sentence's
        token = root
    if not (token.pos_ in ("VERB", "AUX") and _verb_of_another_deed(token)):
        return False
    if token.lemma_.lower() in ("arrest", "detain") and _AT_THE_SCENE.search(span.text):
        return False  # "Police arrested the suspect at the scene on Saturday": the attack's own day
    if (token.dep_ == "acl" and token.lemma_.lower() in _COMMEMORATING_LEMMAS
            and token.head.dep_ in ("pobj", "dobj", "obj")):
        return False  # "detonated explosive belts among crowds gathered near the tomb on Wednesday"
    # "... at a mosque in Maiduguri on Friday, police said": the parser may hang the date on the
    # trailing attribution, but a date before ", police said" dates the event
    between = span.doc[date_token.i + 1:token.i]
    if token.i > date_token.i and any(t.text == "," for t in between):
        return False
    # "said in a video that his group abducted the girls from a school in Chibok on April 14":
    # the parser may hang the date on the verb of saying, but an event told between them owns it
    told = span.doc[token.i + 1:date_token.i]
    if _THE_EVENT_NAMED.fullmatch(told.text.strip()) and not _TOLL_CLAUSE_AFTER_DATE.match(
            span.doc.text, date_token.idx + len(date_token.text)):
        # "Islamic State claimed the attack on Monday": the claim's day, the attack only named
        # (not "AQIM claimed the twin suicide bombings in Algiers on December 11, which killed 41
        # people": the day of the bombings the clause after it tells)
        return True
    return not (token.i < date_token.i and event_words(told.text))


def _dates_compatible(a: Optional[ResolvedDate], b: Optional[ResolvedDate]) -> bool:
    if a is None or b is None:
        return True
    if a.precision == "day" and b.precision == "day":
        # ("last week" is a day about seven back: any day of that week fits it)
        return abs((a.date - b.date).days) <= (4 if a.approx or b.approx else 1)
    return (a.date.year, a.date.month) == (b.date.year, b.date.month)


def places_compatible(a: Optional[Place], b: Optional[Place], km: float = 30.0) -> bool:
    if a is None or b is None:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if a.latitude is None or b.latitude is None or (a.specificity or 5) > 2 or (b.specificity or 5) > 2:
        # a country-level or province-level mention fits any place inside it (and only inside
        # it: "Kandahar province" is not Kabul)
        return not (a.provstate and b.provstate and a.provstate != b.provstate)
    return distance_km(a, b) <= km


# "The suspect ... was arrested near Heiligenhaus on Tuesday after a manhunt, the federal
# prosecutor's office in Karlsruhe said": where he was caught and where the office sits, no scene
_ARREST_OR_OFFICE_BEFORE = re.compile(r"\b(?:(?:arrested|detained|caught|apprehended)\s+(?:[\w-]+\s+){0,3}?"
                                      r"(?:in|near|at|outside)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?"
                                      r"|(?:prosecutor['’]?s?['’]?|prosecutors['’]|ministry['’]s|police)\s+offices?\s+in\s+)$",
                                      re.IGNORECASE)


def _only_arrest_or_office_places(info: SentenceInfo) -> bool:
    """Whether every place a sentence about the suspect told before ("The suspect", "He") names is
    where he was caught or where an office sits."""
    if info.event or not (_THE_ATTACKER_OPENS.match(info.text) or re.match(r"(?:He|She|They)\b", info.text)):
        return False
    places = [p for p in info.places if not p.origin and not p.dateline]
    return bool(places) and all(_ARREST_OR_OFFICE_BEFORE.search(info.text[max(0, p.start - info.start - 70):p.start - info.start])
                                for p in places)


def _best_place(places: list[PlaceMention]) -> Optional[PlaceMention]:
    """The most specific place of a sentence, the earliest among equals."""
    places = [p for p in places if not p.origin]
    if not places:
        return None
    regions = [p for p in places if not p.near and (p.place.specificity or 5) in (3, 4) and p.place.provstate]
    if regions:
        # "in Minya governorate, some 220 kilometres south of Cairo": a town the scene is told
        # near, outside the province the sentence names, is a landmark, not the scene
        # (nor is it beside a village of its province the gazetteer lacks: "near the town of
        # Mekeishifa, south of Tikrit")
        places = [p for p in places if not (p.near and p.place.provstate and p.place.country == regions[0].place.country
                                            and (all(p.place.provstate != r.place.provstate for r in regions)
                                                 or any(r.place.city for r in regions)))]
    def rank(p: PlaceMention) -> tuple[bool, int, bool, bool, int]:
        level = p.place.specificity or 5
        # a province beats its country; a town named as the scene beats one the scene is near
        # and the city the wire was filed from, and one that names an event ("The Birmingham
        # atrocity came seven weeks after the IRA bombed two Guildford pubs")
        return level > 2, level if level > 2 else 0, p.near or p.dateline, p.names_event, p.start
    return min(places, key=rank)


_DEFINITE_BEFORE = re.compile(
    r"\b(?:the|this|that|these|those|its|their|his|her|today's|yesterday's|last night's|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day's)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


# the words of a site's description: prepositions and names, no verb nor clause
_SITE_WORDS_ONLY = re.compile(r"\s*(?:(?:at|in|on|near|outside|inside|of|the|a|an|and)\s+|\(?[A-Z][\w'’.-]*\)?\s+|"
                              r"(?:north|south|east|west|central|north-western|north-eastern|south-western|south-eastern|"
                              r"rock|music|pop|festival|concert|airfield|market|station|square|street|hall|stadium|"
                              r"school|church|mosque|hotel|cafe|café|restaurant|airport|base|camp|village|town|city|district)\s+)*")


_NAMED_ATTACK_OPENS = re.compile(r"^\W*The\s+([A-Z][\w'’-]+)\s+(?:bombers?|attackers?|gunm[ae]n|attacks?|bombings?|"
                                 r"blasts?|shooting|massacre|siege)\b")


def _names_the_told_attack(info: SentenceInfo, told: tuple[int, int, "IncidentMention"]) -> bool:
    """Does the paragraph after an earlier attack told open by naming it ("The Tushino bombers were
    identified as ...", after "the double suicide bombing ... at Tushino airfield")?"""
    opening = _NAMED_ATTACK_OPENS.match(info.text) if info.index_in_block == 0 and info.block == told[0] + 1 else None
    return opening is not None and any(re.search(rf"\b{re.escape(opening.group(1))}\b", c.text()) for c in told[2].contributions)


def refers_back(info: SentenceInfo, date_hit: Optional[tuple[ResolvedDate, int, int]],
                place: Optional[PlaceMention]) -> bool:
    """Does the sentence name its event only as "the shooting" / "the attack", with its date
    or place outside that phrase ("President Obama, speaking at the White House on Thursday,
    said the shooting ...")? Then it speaks of an incident already told, not a new one."""
    words = event_words(info.text)
    if not words:
        return False
    if date_hit is not None and date_hit[0].precision == "year":
        return False  # "the attack on the Charlie Hebdo newspaper in Paris in 2015": a year read with its attack
    anchors = [(a - info.start, b - info.start) for a, b in
               ([(date_hit[1], date_hit[2])] if date_hit else []) + ([(place.start, place.end)] if place else [])]
    for start, end in words:
        if not _DEFINITE_BEFORE.search(info.text[max(0, start - 40):start]):
            return False  # "a gunman killed ...", "gunmen stormed ...": told here
        token = next((t for t in info.span if t.idx - info.span.start_char >= start), None)
        if token is not None and token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound"):
            return False  # "the brothers shot dead Sean Collier": a verb, told here (not "the shooting")
        # "the Nov. 13 attacks", "the attack in Nice on July 14": the phrase itself names it
        for a_start, a_end in anchors:
            before = info.text[a_end:start] if a_end <= start else None
            after = info.text[end:a_start] if a_start >= end else None
            if (before is not None and len(before) <= 12 and "," not in before) or (
                    after is not None and len(after) <= 35 and not re.search(r"[,;]", after)) or (
                    # ("the double suicide bombing at the Krylya (Wings) rock festival at Tushino
                    # airfield in north-western Moscow on July 5": its site, then its day)
                    after is not None and len(after) <= 100 and not re.search(r"[,;]", after)
                    and _SITE_WORDS_ONLY.fullmatch(after)):
                return False
    return True


_PARTS_OF_DAY = {"morning", "afternoon", "evening", "night", "day", "hours", "dawn", "noon", "midnight"}
_DOERS_NOUN = re.compile(r"[\w-]*(?:men|man|ers?|ists?)", re.IGNORECASE)


def event_date(info: SentenceInfo) -> Optional[tuple[ResolvedDate, int, int]]:
    """The date a sentence gives its incident: of several ("launched a manhunt on Wednesday
    ... the lorry that was driven into a market on Monday evening"), the one nearest a word
    that tells the attack; else the first."""
    if len(info.dates) < 2 or not info.methods:
        return info.dates[0] if info.dates else None
    label = _COUNTRY_LABEL.match(info.text)
    labelled = [hit for hit in info.dates if label and hit[2] - info.start <= label.end()]
    if labelled:
        return labelled[0]  # "SIALKOT (Friday 1 Oct): At 13:26, during Friday prayers, ...": the item's own day
    triggers = event_words(info.text, only_methods=info.methods)
    if not triggers:
        return info.dates[0]
    # ("Police on Wednesday launched a manhunt for about a dozen gunmen who ambushed the convoy
    # ... on Tuesday morning": the deed dates the attack, not the doers' noun)
    deeds = [(lo, hi) for lo, hi in triggers if not _DOERS_NOUN.fullmatch(info.text[lo:hi])]
    triggers = deeds or triggers

    def distance(hit: tuple[ResolvedDate, int, int]) -> int:
        start, end = hit[1] - info.start, hit[2] - info.start
        if (_DATE_BEFORE_FOLLOWING.match(info.text, end) or _SINCE_BEFORE.search(info.text[:start])
                # ("Until yesterday, ETA's deadliest single attack had been the car bomb set off in
                # ... Madrid on 14 July 1986": the day a record stood until)
                or _UNTIL_BEFORE.search(info.text[:start])
                # ("May 22, al-Qudeih, Qatif - A suicide bomber struck ... during Friday prayers":
                # the prayers' name, where the sentence gives the day itself)
                or _PRAYERS_AFTER.match(info.text, end)):
            # "left for home Friday morning following a truck-bomb explosion in Bogota on
            # Wednesday": the day of what followed the event, not the event's; "the first such
            # attack in the country since the Grand-Bassam beach shooting of March 2016": the
            # day of the one it is measured from
            return len(info.text)
        return min(max(lo - end, start - hi, 0) for lo, hi in triggers)

    # (any deed's verb: "who killed two people ... on Thursday night was shot dead ... on Friday
    # morning" hangs both days on deeds, and their distance to the method's words decides)
    deed_words = event_words(info.text)

    def governed_by_a_deed(hit: tuple[ResolvedDate, int, int]) -> bool:
        # "Police on Wednesday launched a manhunt for ... gunmen who ambushed the convoy ... on
        # Tuesday morning": the date the parse hangs on the deed's own verb
        token = next((t for t in info.span if t.idx - info.span.start_char >= hit[1] - info.start), None)
        date_end = hit[2] - info.start
        while token is not None and token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
            if (token.idx - info.span.start_char >= date_end and token.pos_ in ("NOUN", "PROPN")
                    and token.lower_ not in _PARTS_OF_DAY):
                return False  # ("the chairman of Bokkos council, Monday Kassah, said": a name, no day)
            token = token.head
        if token is None or token.pos_ not in ("VERB", "AUX"):
            return False
        offset = token.idx - info.span.start_char
        return any(lo <= offset < hi for lo, hi in deed_words)

    return min(info.dates, key=lambda hit: (not governed_by_a_deed(hit), distance(hit)))


# "after the killing of a prominent lawyer earlier in the day": an earlier attack the incident followed
_EARLIER_KILLING_REFERRED = re.compile(r"\b(?:after|following)\s+the\s+(?:killing|murder|assassination|shooting)\s+of\b"
                                       r"[^.;]{1,80}?\bearlier\s+(?:in\s+the\s+day|that\s+day|on\s+\w+day|that\s+morning)\b",
                                       re.IGNORECASE)
_KILLED_TOLD = re.compile(r"\b(?:was|were)\s+(?:shot\s+dead|shot\s+and\s+killed|killed|gunned\s+down|stabbed\s+to\s+death|murdered)\b",
                          re.IGNORECASE)
_BACKGROUND_LABEL = re.compile(r"^\W*(?:background|context|previous(?:ly)?|earlier attacks?|past attacks?)\s*[:—–-]\s", re.IGNORECASE)
_SINCE_THE_START_OF = re.compile(r"\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|onset|launch|eruption)\s+of\b[^,.;]{0,50}$"
                                # "since the Taliban took power in August", "since US troops withdrew in 2021"
                                r"|\bsince\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?:took|seized|came\s+to|returned\s+to|rose\s+to)"
                                r"\s+power\b[^,.;]{0,20}$"
                                # (not "since the siege began on Monday": the attack's own day)
                                r"|\bsince\s+(?:the\s+)?(?!(?:[\w'’-]+\s+){0,3}?(?:attacks?|sieges?|assaults?|raids?|ambush|"
                                r"shooting|standoff|stand-off|hostage|bombing|hijacking)\b)(?:[\w'’-]+\s+){1,4}?(?:withdrew|pulled\s+out|left|took\s+over|"
                                r"was\s+signed|were\s+signed|ended|collapsed|began|started)\b[^,.;]{0,20}$"
                                # "since the Norwegian-brokered ceasefire of February 2002": a truce's day
                                r"|\bsince\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:ceasefire|cease-fire|truce|armistice|"
                                r"peace\s+(?:deal|accord|agreement|talks)|elections?|referendum|independence)\b[^,.;]{0,20}$",
                                re.IGNORECASE)
# a route named by its two ends ("the Moscow-St Petersburg railway", "the Paris-Amsterdam train")
# (not a road's: "on the Maiduguri-Damboa road" lies in their province, near one of them)
_ROUTE_NOUNS = (r"(?:(?:(?-i:[A-Z])[\w'’-]+\s+){0,2}(?:express|train|railway|railroad|rail\s+line|flight|pipeline|"
                r"bus|coach|ferry|service)s?)\b")
_ROUTE_AFTER = re.compile(r"\s?[-–]\s?(?:(?-i:[A-Z])[\w'’.]*\s?){1,3}\s+" + _ROUTE_NOUNS, re.IGNORECASE)
_ROUTE_FROM_BEFORE = re.compile(r"(?:[A-Z][\w'’.]*\s?){1,3}\s?[-–]\s?$")
_ROUTE_NOUN_AFTER = re.compile(r"\s+" + _ROUTE_NOUNS, re.IGNORECASE)
_BEFORE_THE_ATTACK = re.compile(r"\b(?:hours?|days?|minutes?|weeks?|shortly|an?\s+(?:hour|day|week))\s+before\s+"
                                r"(?:his|her|their|the)\s+(?:death|killing|attack|bombing|assassination|ambush)\b", re.IGNORECASE)
_SQUARE_BEFORE = re.compile(r"\b(?:Piazza|Piazzale|Plaza|Praça|Platz|Plac)\s+$")
_IT_HAPPENED = re.compile(r"^\W*(?:it|the\s+(?:attack|bombing|blast|explosion|shooting|incident|ambush|raid))\s+"
                          r"(?:happened|took\s+place|occurred)\b", re.IGNORECASE)
_AS_OF_BEFORE = re.compile(r"\bas\s+(?:of|at)\s+$", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\b[^,.;]{0,60}$", re.IGNORECASE)
_PRAYERS_AFTER = re.compile(r"\s+(?:prayers?|sermon|services?|mass)\b", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|up\s+to)\s+$", re.IGNORECASE)
_DATE_BEFORE_FOLLOWING = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:following|after|in the wake of)\s",
                                    re.IGNORECASE)


def event_words(text: str, only_methods: Optional[Iterable[str]] = None) -> list[tuple[int, int]]:
    """(start, end) of the words that tell an event: the generic ones ("attacked", "killed") and
    every attack method's; with `only_methods`, only the words of those methods."""
    lex = load_lexicon()
    wanted = None if only_methods is None else set(only_methods)
    spans = [] if wanted is not None else [(m.start(), m.end()) for m in lex.generic_event.finditer(text)]
    for method in lex.methods:
        if wanted is None or method.name in wanted:
            spans += [(m.start(), m.end()) for m in method.event.finditer(text)]
    return spans


_ANAPHORIC_SUBJECT = {"it", "this", "which", "that", "attack", "bombing", "blast", "explosion", "assault", "shooting",
                      "killing", "stabbing", "raid", "ambush", "massacre", "violence"}
_EARLIER_LINKS = {"after", "before", "since", "following", "than", "like", "as", "unlike"}


def _told_by_the_main_verb(info: SentenceInfo, offset: int) -> bool:
    """Is the place or date at `offset` an argument of the sentence's own verb, itself an attack
    verb whose subject is not the incident told before ("The same group killed ... at Kabul
    airport on August 26"; not "It came a day after a bombing in Quetta on Monday", nor "Gunmen
    killed five people, a week after a bombing in Quetta")?"""
    token = next((t for t in info.span if t.idx - info.span.start_char + info.start >= offset), None)
    if token is None:
        return False
    root = info.span.root
    if root.pos_ != "VERB" or not event_words(root.text):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _ANAPHORIC_SUBJECT for c in root.children):
        return False
    for _ in range(len(info.span)):
        if token.i == root.i:
            return True
        if token.lower_ in _EARLIER_LINKS or token.dep_ in ("advcl", "relcl", "acl", "appos", "conj", "npadvmod"):
            return False
        if token.head.i == token.i:
            return False
        token = token.head
    return False


_WHEN_CLAUSE = re.compile(r"\s*,?\s*(?:when|as)\s+(?:an?|the|\w+)\s", re.IGNORECASE)


def _mention_span(info: SentenceInfo, date_span: Optional[tuple[int, int]],
                  place: Optional[PlaceMention]) -> tuple[int, int]:
    """The words of a sentence that describe a background incident: from the event word
    before its place/date to the end of the date (or place)."""
    ends = [x for x in ((date_span[1] if date_span else None), (place.end if place else None)) if x]
    starts = [x for x in ((date_span[0] if date_span else None), (place.start if place else None)) if x]
    lo, hi = min(starts), max(ends)
    named = _YEAR_NAMED_EVENT.match(info.text, date_span[0] - info.start - 4) if date_span and date_span[0] - info.start >= 4 else None
    if named:  # "the 2017 Manchester Arena bombing, in which ...": the event's whole name
        hi = max(hi, info.start + named.end())
    # close a parenthesis opened just before the end: "(November 2015, 89 dead)"
    rest = info.text[hi - info.start:]
    close = rest.find(")")
    if 0 <= close < 25 and "(" not in rest[:close]:
        hi += close + 1
    # "the Paris attacks of 13 November, in which 130 people were killed": the relative clause
    # after the date tells that incident's toll
    clause = _TOLL_CLAUSE.match(info.text[hi - info.start:])
    if clause is None and event_words(info.text[lo - info.start:hi - info.start]):
        # (only after words that tell the attack: not "ended the siege early on Sunday, killing
        # three of them", the responders' deed)
        clause = _TOLL_PARTICIPLE.match(info.text[hi - info.start:])
    if clause is None and event_words(info.text[:hi - info.start]):
        # (the subject that tells the attack comes before its place and date)
        clause = _TOLL_VERB_AFTER.match(info.text[hi - info.start:])
    if clause:
        hi += clause.end()
    if date_span and _WHEN_CLAUSE.match(info.text, date_span[1] - info.start):
        # "the deadliest bombing in the city since March 4, 2003, when an explosion at the
        # waiting shed of the Davao International Airport killed 21 people": what happened that day
        stop = info.text.find(";", date_span[1] - info.start)
        hi = max(hi, info.start + stop if stop >= 0 else info.end)
    before = [t for t in info.span if t.idx - info.span.start_char + info.start < lo]
    doers = load_lexicon().perpetrator_nouns
    if before and not any(t.pos_ in ("VERB", "AUX") and t.lower_ not in doers for t in before) \
            and not _ASIDE_MARKER.search(info.text[:lo - info.start]):
        # "Islamic State Sahel Province (IS Sahel) militants 10 Feb attacked village of Tawori":
        # only the doers come before the date; the whole sentence tells the incident
        return info.start, max(hi, info.end)
    if _told_by_the_main_verb(info, lo):
        # "The same group killed more than 150 people, including 13 US service members, in a
        # suicide bombing at Kabul airport on August 26": the sentence's own verb tells the attack
        return info.start, max(hi, info.end)
    events = [start for start, _ in event_words(info.text[:lo - info.start])]
    if events:
        lo = info.start + max(events)
        # take the adjectives before the event noun too: "the deadly ISIS attack"
        before = info.text[:lo - info.start]
        det = max(before.rfind(" the "), before.rfind(" a "), before.rfind(" an "))
        if det >= 0 and lo - info.start - det < 40:
            lo = info.start + det + 1
    return lo, hi


_TOLL_CLAUSE = re.compile(r"\s*,?\s*(in which|which|that|when|where|killing|leaving)\b[^;()]*?"
                          r"\b(killed|dead|died|wounded|injured|lives|killing|wounding|injuring)\b[^;,.]*")
# "an improvised explosive device struck a convoy near Déou, killing 12 soldiers": the attack's
# own toll, told after its place
# ("... in Mumbai during the evening rush hour, killing more than 180 people": a short phrase of
# time or place may come between)
_TOLL_PARTICIPLE = re.compile(r"(?:\s+(?:during|in|on|at|near|around|outside|inside)\s+[^,;.()]{1,40}?)?"
                              r"\s*,\s*(?:reportedly\s+|allegedly\s+)?(?:killing|wounding|injuring)\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+)?"
                              r"(?:\d+|[a-z]+)\b[^;,.]*(?:,?\s+and\s+(?:wounding|injuring)\b[^;,.]*)?")
# "explosions on two commuter buses along Thika Road in Nairobi on Sunday, May 4, killed three
# people and injured dozens": the subject's own verb, after its date
_TOLL_VERB_AFTER = re.compile(r"\s*,\s*(?:killed|wounded|injured|left)\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+)?"
                              r"(?:\d+|[a-z]+)\b[^;.]*")
_ASIDE_MARKER = re.compile(
    r"\b(who|whom|which|since|after the|before the|like the|than|similar to|reminiscent of|recall(ed|ing)?|"
    r"following the|as in|anniversary|compar(ed|isons?) (to|with)|echo(es|ed)?|previous|earlier|last year|worst since|deadliest since)\b",
    re.IGNORECASE,
)


# "About an hour later, a third bomb exploded ...", "Minutes later ...", "Meanwhile, ...": the
# story moves on in time
_SEQUENCE_CUE = re.compile(
    r"^\W*(?:(?:about|some|nearly|roughly|around|less than|more than|just)\s+)?(?:(?:an?|one|two|three|half an|a few|several|\d+)\s+)?"
    r"(?:minutes?|hours?)\s+later\b|^\W*(?:later|shortly after(?:wards)?|soon after(?:wards)?|meanwhile|moments later|"
    r"(?:at\s+)?(?:about|around) the same time|simultaneously)\b", re.IGNORECASE)
# ("a second female suicide bomber": one word may stand between)
# ("a third, smaller bomb": or a comma)
_NEXT_ATTACK = re.compile(r"\b(?:a|the)\s+(?:second|third|fourth|fifth|separate),?\s+(?:(?:female|male|powerful|larger|smaller|"
                          r"deadly|suicide|car|truck|roadside)\s+)?(?:bomb|blast|explosion|attack|"
                          r"car bomb|suicide bomb(?:er|ing)|assault|shooting)\b"
                          # "An hour later a second bomber set off explosives at a hitchhiking post"
                          # (not "where a second bomber also died": the same site's)
                          r"|\b(?:a|the)\s+(?:second|third)\s+bomber\s+(?:[\w-]+\s+){0,2}?(?:set off|blew|detonated|triggered)\b"
                          r"|\b(?:two|three|four|\d+)\s+more\s+(?:bombs|blasts|explosions|attacks)\b"
                          # "another bomb was discovered and defused ... at a catholic school in vina del mar"
                          r"|\banother\s+(?:(?:powerful|car|truck|incendiary)\s+)?(?:bomb|explosive device|explosion|blast)\b"
                          # "another group of gunmen attacked a church, a synagogue and a traffic police post"
                          r"|\b(?:another|a\s+second|a\s+third)\s+(?:group|team|band|cell|squad)\s+of\s+"
                          r"(?:gunmen|attackers|assailants|militants|fighters|insurgents|terrorists)\b", re.IGNORECASE)


_ONE_OF_SEVERAL_LEAD = re.compile(r"\bone\s+of\s+(?:several|many|(?:a\s+)?(?:series|string|wave)\s+of|two|three|four|five|six|\d+)\b",
                                  re.IGNORECASE)
_ROUNDUP_CUE = re.compile(r"\b(?:also|elsewhere)\b", re.IGNORECASE)


# "Two days later, a teenager stabbed a bishop during a livestreamed church service": an attacker's
# deed on someone not told before (not "police shot the attacker")
_NEW_VICTIM = re.compile(r"^\W*(?:an?|one|two|three|another)\s+(?:[\w-]+\s+){0,2}?(?!police|officers?|soldiers|troops)[\w-]+\s+"
                         r"(?:stabbed|shot|attacked|hacked|rammed|kidnapped|abducted)\s+(?:an?|two|three|four|several)\s+"
                         r"(?!suspect|attacker|assailant|gunman|man\s+suspected)", re.IGNORECASE)
_OWN_TOLL = re.compile(r"\b(?:killing|wounding|injuring)\s+(?:at least\s+|more than\s+|about\s+)?(?:\d+|one|two|three|four|"
                       r"five|six|seven|eight|nine|ten|\w+teen|twenty|thirty|dozens|several|a|an)\b", re.IGNORECASE)


# people told for the first time, by their number: "hundreds of settlers", "a group of men"
_NEW_ACTORS = re.compile(r"\W*(?:(?:hundreds|dozens|scores|thousands)\s+of|an?\s+(?:group|mob|crowd|band|gang)\s+of|"
                         r"several|a\s+number\s+of|(?:two|three|four|five|six|\d+)\s+(?:\w+\s+)?"
                         r"(?:men|people|youths|assailants|attackers|gunmen))\b", re.IGNORECASE)


def _site_types(texts: Iterable[str]) -> set[str]:
    """Target types the texts name (an airport, a metro station, a church)."""
    rules = load_lexicon().targets
    return {rule.targtype for text in texts for rule in rules if rule.pattern.search(text)}


def _opens_new_site(info: SentenceInfo, current: IncidentMention) -> bool:
    """Does a sentence of the same day and city tell another attack of a coordinated assault,
    at another kind of site ("About an hour later, a third bomb exploded in a carriage at
    Maelbeek metro station" after the airport bombs)? GTD codes each site as its own incident."""
    if _THAT_TIME_LEAD.match(info.text) and info.methods:
        # "The same morning, two shoulder-fired missiles were fired at an Arkia Israel Airlines
        # charter jet as it took off from Moi International Airport" after the hotel bombing:
        # another kind of site that day is another attack
        here = _site_types([info.text]) - {"Private Citizens & Property"}  # (people are at every site)
        return bool(here) and not here & _site_types(c.text() for c in current.contributions)
    if not info.methods or not (_SEQUENCE_CUE.search(info.text) or _NEXT_ATTACK.search(info.text)):
        return False
    if _SEQUENCE_CUE.search(info.text) and _NEXT_ATTACK.search(info.text):
        return True  # "Hours later, two more blasts hit a guesthouse in Dehiwala": later, and more
    if _SEQUENCE_CUE.search(info.text) and _OWN_TOLL.search(info.text):
        # "Hours later, a magnetic bomb attached to a minibus exploded in the city's Karte Seh
        # neighbourhood, killing four passengers": later, with victims of its own (unless the
        # police are the ones who act: "Hours later, police shot dead the attacker")
        first_event = min((start for start, _ in event_words(info.text, info.methods)), default=0)
        return not load_lexicon().response_force.search(info.text[:first_event])
    cue = _SEQUENCE_CUE.search(info.text)
    if cue and _NEW_ACTORS.match(info.text, cue.end()) and not set(info.methods) & {
            m for c in current.contributions for m in c.info.methods}:
        # "Hours later, hundreds of settlers rampaged through Huwara ..., torching dozens of homes"
        # after a shooting: other people, doing another kind of deed
        return True
    if _NEXT_ATTACK.search(info.text) and _OWN_TOLL.search(info.text) and any(not p.origin for p in info.places):
        # "A second bomb exploded the same night in a market in the Shaab area of northern
        # Baghdad, killing five people": another place told, with its own victims
        return True
    here = _site_types([info.text])
    return bool(here) and not here & _site_types(c.text() for c in current.contributions)


def _deed_doer(info: SentenceInfo) -> Optional[set[str]]:
    """The name of the person who does what a sentence tells, when its subject is one by name
    ("Mohammad Sidique Khan, 30, ... set off his bomb ..."): the words of the name."""
    root = info.span.root
    return _doer_of(root) if root.pos_ == "VERB" else None


def _doer_of(verb: Token) -> Optional[set[str]]:
    """The words of the name of a verb's subject, when it is a person by name ("Ibrahim El
    Bakraoui, 29, blew himself up", "his brother, Khalid El Bakraoui, 27, set off the bomb")."""
    for token in verb.children:
        if token.dep_ != "nsubj":
            continue
        named = token if token.ent_type_ == "PERSON" else next(
            (t for t in token.children if t.dep_ == "appos" and t.ent_type_ == "PERSON"), None)
        if named is not None:
            return {t.lower_ for t in named.subtree if t.ent_type_ == "PERSON" and len(t) > 2} or None
    return None


def _split_named_deeds(info: SentenceInfo, current: IncidentMention, mentions: list[IncidentMention]) -> bool:
    """"Ibrahim El Bakraoui, 29, blew himself up at Brussels airport ..., and his brother, Khalid
    El Bakraoui, 27, set off the bomb on the metro train at Maelbeek": two attackers by name, each
    doing his deed at another kind of site, are two incidents of the coordinated assault (GTD).
    True when the sentence was split so."""
    first_doer = _deed_doer(info)
    if not first_doer or not info.methods:
        return False
    for verb in info.span.root.children:
        if verb.dep_ != "conj" or verb.pos_ != "VERB":
            continue
        doer = _doer_of(verb)
        # (another name, not the same one told shorter: brothers share their surname)
        if not doer or doer <= first_doer or first_doer <= doer:
            continue
        cut_token = min(verb.subtree, key=lambda t: t.i)
        cut = info.start + cut_token.idx - info.span.start_char
        if _another_kind_of_site(info.text[:cut - info.start], info.text[cut - info.start:]):
            _split_at(info, cut, current, mentions)
            return True
    return False


def _another_kind_of_site(first: str, second: str) -> bool:
    """Do the words after a sentence's cut tell a blast or an attack of their own at another kind
    of site than the words before it (an airport, then a metro train)?"""
    people = {"Private Citizens & Property"}  # (people are at every site)
    here, there = _site_types([first]) - people, _site_types([second]) - people
    # ("... and 20 at the hospital later": no other blast, no other site)
    return bool(here) and bool(there) and not here & there and bool(event_words(second))


def _split_at(info: SentenceInfo, cut: int, current: IncidentMention, mentions: list[IncidentMention],
              gapped_toll: Optional[tuple[str, int]] = None) -> None:
    """The sentence's words from document offset `cut` on tell another site of the coordinated
    assault `current` is part of: a sibling incident takes them, `current` keeps the words before."""
    where = next((p for p in info.places if p.start >= cut and not p.origin), None)
    sibling = IncidentMention(role=current.role, date=current.date, place=where or current.place,
                              contributions=[Contribution(info, only=(cut, info.end))],
                              gapped_toll=gapped_toll, listed_site=True)
    _add_coordinated(sibling, current, mentions)
    current.contributions.append(Contribution(info, only=(info.start, cut)))


def _another_named_attackers_deed(info: SentenceInfo, current: IncidentMention) -> bool:
    """Does the sentence tell one named attacker's deed with its own victims after the current
    incident told another's ("Shehzad Tanweer ... detonated his bomb ..., killing seven people |
    At about the same time Mohammad Sidique Khan ... set off his bomb ..., killing six people")?
    Each bomber's site is an incident of its own (GTD)."""
    if not info.methods or not _OWN_TOLL.search(info.text):
        return False
    doer = _deed_doer(info)
    if not doer:
        return False
    for contribution in current.contributions:
        told = contribution.info
        if told is info or not told.methods or not _OWN_TOLL.search(told.text):
            continue
        other = _deed_doer(told)
        if other and not other & doer:
            return True
    return False


_TIME_LEAD = re.compile(r"^\W*(?:earlier|later|meanwhile|shortly|moments|minutes|hours|at (?:about|around)|around|"
                        r"in the (?:early )?(?:morning|afternoon|evening)|that (?:morning|afternoon|evening))\b", re.IGNORECASE)
# subjects that every incident of a report shares ("The attack", "The assailant"): no clue which
_GENERIC_SUBJECTS = {"attack", "incident", "assault", "attacker", "assailant", "man", "woman", "suspect", "group",
                     "police", "official", "authority", "victim", "people", "person", "perpetrator", "terrorist",
                     "gunman", "militant", "ministry", "government", "army", "statement", "report", "toll"}


_THAT_EVENT = re.compile(r"\bthat\s+(?:[\w-]+\s+)?(?:bombing|attack|blast|shooting|stabbing|assault|explosion|raid|massacre|"
                         r"ambush|siege|kidnapping|abduction|hijacking)\b", re.IGNORECASE)
_REFERRED_EVENT = re.compile(r"\bthe\s+([a-z]{4,})\s+(?:bombing|attack|blast|shooting|stabbing|assault|explosion|raid|"
                             r"massacre|ambush|siege|kidnapping|abduction)\b")
_ORDER_WORDS = {"first", "second", "third", "latest", "last", "same", "deadly", "deadliest", "suicide", "earlier", "later",
                "previous", "recent", "terrorist", "terror", "alleged", "failed", "coordinated", "twin", "double",
                "bomb", "knife", "truck", "vehicle", "ramming", "attempted", "other", "whole", "entire"}


def _told_incident(info: SentenceInfo, current: IncidentMention,
                   mentions: list[IncidentMention]) -> IncidentMention:
    """Of the day's incidents told so far, the one a sentence with no date or place of its own
    goes on with: the current one, unless the sentence's subject is a definite thing ("The
    missile struck the al-Jalaa military camp") or the sentence names a kind of site (a police
    station) that only another of them has, after the report told both in its lead ("A missile
    attack ... on a military parade killed 36, while a separate suicide car bombing at a police
    station killed 11 more")."""
    if _THAT_EVENT.search(info.text):
        # "... the attack on the AMIA Jewish community center in Buenos Aires, which killed 85
        # people on July 18, 1994. Argentine prosecutors have accused ... Hezbollah of organising
        # that bombing": the earlier attack the sentence before told, not the report's own
        told_before = [m for m in mentions if m is not current and m.role == "background" and any(
            c.info.block == info.block and c.info.index_in_block == info.index_in_block - 1 for c in m.contributions)]
        if len(told_before) == 1:
            return told_before[0]
    referred = _REFERRED_EVENT.search(info.text)
    if referred and referred.group(1).lower() not in _ORDER_WORDS:
        # "The attack came ... after a suicide car bombing outside Karachi airport killed two Chinese
        # nationals on October 6. The Baloch Liberation Army claimed the airport bombing": the
        # earlier attack just told, which the sentence names by its site
        word = re.compile(rf"\b{re.escape(referred.group(1))}\b", re.IGNORECASE)
        current_text = " ".join(c.text() for c in current.contributions)
        named = [m for m in mentions if m is not current and m.contributions
                 and info.block - m.contributions[-1].info.block <= 1
                 and word.search(" ".join(c.text() for c in m.contributions))]
        if len(named) == 1 and not word.search(current_text):
            return named[0]
    # (only incidents the same paragraph opened: a lead that told both, then a paragraph for each)
    opened_in = current.contributions[0].info.block if current.contributions else None
    others = [m for m in mentions if m is not current and m.date is not None and current.date is not None
              and _dates_compatible(m.date, current.date) and m.role == current.role
              and m.contributions and m.contributions[0].info.block == opened_in]
    if not others:
        return current
    current_text = " ".join(c.text() for c in current.contributions)
    subject = next((t for t in info.span if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN"
                    and any(d.dep_ == "det" and d.lower_ in ("the", "that", "this") for d in t.children)), None)
    if subject is not None and subject.lemma_.lower() not in _GENERIC_SUBJECTS:
        noun = re.compile(rf"\b{re.escape(subject.lemma_.lower())}(?:s|es)?\b", re.IGNORECASE)
        if not noun.search(current_text):
            named = [m for m in others if noun.search(" ".join(c.text() for c in m.contributions))]
            if len(named) == 1:
                return named[0]
        return current
    # (a sentence that tells an attack afresh: "Earlier in the morning, a suicide bomber drove a
    # car ... into the gate of the police station"; not "Three suicide bombers died: ... at the
    # airport, and ... at Maelbeek", which sums up)
    afresh = bool(_TIME_LEAD.match(info.text)) or any(
        t.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in t.children) for t in info.span)
    here = _site_types([info.text]) if info.methods and afresh else set()
    if here and not here & _site_types([current_text]):
        named = [m for m in others if here <= _site_types(c.text() for c in m.contributions)]
        if len(named) == 1:
            return named[0]
    return current


_IN_PLACE_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|district|suburb)\s+of\s+)?$",
                              re.IGNORECASE)
_SITES_HIT = re.compile(r"\b(were|was) (hit|struck|targeted|bombed)\b", re.IGNORECASE)
_LIST_BREAK = re.compile(r",|;|\band\b")
_SHARED_IN_BETWEEN = re.compile(r"\s*(?:,|,?\s+and)\s+")


_RANGE_BEFORE = re.compile(r"\b(since|from|between|until|till|through|to|and|after|before)\s+(the\s+)?$", re.IGNORECASE)




def _dated_event_in_aggregate(info: SentenceInfo):
    """A toll over many attacks that names one of them by its day, method and place: (date hit,
    the words that tell it, its place) of that one; None when the sentence names none so."""
    if not info.methods:
        return None
    for hit in info.dates:
        resolved, start, end = hit
        if resolved.precision != "day" or _RANGE_BEFORE.search(info.text[max(0, start - info.start - 12):start - info.start]):
            continue
        near = [p for p in info.places if not p.origin and abs(p.start - start) < 80 and (p.place.specificity or 5) <= 2]
        if not near:
            continue
        where = min(near, key=lambda p: abs(p.start - start))
        span = _mention_span(info, (start, end), where)
        including = info.text.rfind("including", 0, span[0] - info.start)
        if including >= 0 and span[0] - info.start - including < 90:
            span = (info.start + including, span[1])  # "including the 86 who died when ..."
        if any(m.event.search(info.text[span[0] - info.start:span[1] - info.start])
               for m in load_lexicon().methods if m.name in info.methods):
            return hit, span, where
    return None


# (not "at Maelbeek station", "in Tahrir Square": a site named, not a town)
_UNLISTED_AFTER_PREP = re.compile(r"\b(?:in|near|at)\s+([A-Z][a-z'’-]{2,}(?:-[A-Z][a-z'’-]+)?)\b(?!\s+[A-Z])"
                                  r"(?!\s+(?:station|airport|square|street|road|avenue|bridge|market|mosque|church|"
                                  r"hotel|hospital|school|university|camp|base|stadium|mall|port|terminal)\b)")


def _unlisted_town_nearby(info: SentenceInfo, current: IncidentMention) -> Optional[PlaceMention]:
    """"Separately, suspected militants attacked a military base in Gajiram on Friday": a town
    the gazetteer lacks, in the province of the incident told before (not in its town)."""
    if current.place is None or not current.place.place.provstate:
        return None
    persons = {e.text for e in info.span.ents if e.label_ in ("PERSON", "ORG", "NORP")}
    for match in _UNLISTED_AFTER_PREP.finditer(info.text):
        name = match.group(1)
        if (name in persons or is_common_word(name) or _CALENDAR_WORD.match(name) or normalize_country(name)
                or resolve_place(name, country_hint=current.place.place.country)):
            continue
        known = current.place.place
        centre = resolve_province(known.provstate, country_hint=known.country)
        region = Place(country=known.country, region=known.region, provstate=known.provstate, specificity=4,
                       latitude=centre.latitude if centre else None, longitude=centre.longitude if centre else None)
        start = info.start + match.start(1)
        return PlaceMention(_village_place(name, region, without_centre=4), name, start, start + len(name))
    return None


def _village_in_region(village: PlaceMention, region: PlaceMention) -> Optional[PlaceMention]:
    """"in western Niger's Tillaberi region | near the village of Darey-Daye": a village the
    gazetteer lacks, told after the region of its incident, lies in that region (GTD
    specificity 2, at the region's centre)."""
    found, known = village.place, region.place
    if not (found.city and not found.provstate and (found.specificity or 5) == 5 and known.provstate
            and known.country == found.country and (known.specificity or 5) in (3, 4)):
        return None
    return replace(village, place=_village_place(found.city, known, without_centre=5), dateline=False)


_SEPARATE_ATTACKS = re.compile(r"\b(?:separate|unrelated|unconnected)\s+(?:[\w-]+\s+)?(?:attacks|bombings|incidents|"
                               r"assaults|shootings|explosions|blasts)\b", re.IGNORECASE)


def _add_coordinated(sibling: IncidentMention, current: IncidentMention, mentions: list[IncidentMention]) -> None:
    """Record `sibling` as another part of the coordinated assault `current` belongs to."""
    sibling.coordinated = [current, *current.coordinated]
    for other in sibling.coordinated:
        other.coordinated.append(sibling)
    mentions.append(sibling)


def _roundup_next_town(info: SentenceInfo, current: IncidentMention, place: Optional[PlaceMention]) -> bool:
    """Does an undated sentence of the paragraph that opened `current` tell the roundup's next
    attack, in another town ("In the last 24 hours the Shining Path murdered two state officials
    ... in Ancash department. In Huaraz, the terrorists set fire to the offices of ... Seven
    private bank branches were also attacked ... in Lima")? It leads with its town (or says
    "also" / "elsewhere") and tells its own means, or is told to lie away from the current
    incident's scene."""
    if place is None or place.origin or place.near or not info.event or info.negative or not info.places:
        return False
    if not current.contributions:
        return False
    # ("The Madalla attack was one of several by the sect that Christmas morning. In Jos, ...": a
    # paragraph the current incident opens as one of several)
    if current.contributions[0].info.block != info.block and not any(
            c.info.block == info.block and c.info.index_in_block == 0 and _ONE_OF_SEVERAL_LEAD.search(c.info.text)
            for c in current.contributions):
        return False
    # ("In Diyala, gunmen shot dead a village mukhtar in the Khanaqin district": the province it
    # leads with holds the district)
    lead = any(p.start - info.start < 30 and not p.origin and places_compatible(p.place, place.place)
               for p in info.places)
    if not (lead or _ROUNDUP_CUE.search(info.text)) or not (info.methods or not lead):
        return False
    if current.place is not None and not _same_scene(place, current):
        return True
    if current.place is not None and (current.place.place.specificity or 5) <= 2:
        return False
    # after one placed no closer than its province, told by another means
    told = _told_methods(current)
    return bool(told) and not told & set(info.methods) and (place.place.specificity or 5) <= 2


# "Separately, militants attacked an army position in Bamba", "militants tried to storm an army
# camp in Bela": an assault by armed men, whatever weapon
ARMED_MEN_ATTACKED = re.compile(r"\b(gunmen|fighters|militants|insurgents|rebels|terrorists|assailants|attackers|jihadists|"
                                r"guerrillas|armed men|armed groups?|NSAGs?|militiamen|bandits)\b[^.;]{0,70}?"
                                r"\b(attacked|stormed|raided|ambushed|overran|assaulted|"
                                r"(?:tried|attempted) to (?:storm|attack|raid|overrun|enter))\b", re.IGNORECASE)
# "were killed when militants carried out a string of attacks across Balochistan on Sunday night
# and Monday morning": a lead over the attacks the story goes on to tell one by one
_STRING_OF_ATTACKS = re.compile(r"\b(?:string|series|spate|wave|chain)\s+of\s+(?:[\w-]+\s+){0,2}(?:attacks|bombings|assaults|"
                                r"raids)\b", re.IGNORECASE)


def _told_after_string_lead(mentions: list[IncidentMention], infos: list[SentenceInfo],
                            position: int) -> list[IncidentMention]:
    """The incidents told since the last lead over "a string of attacks" before `position`."""
    lead = next((n for n in range(position - 1, -1, -1) if _STRING_OF_ATTACKS.search(infos[n].text)), None)
    if lead is None:
        return []
    after = {id(info) for info in infos[lead + 1:position]}
    return [m for m in mentions if m.contributions and id(m.contributions[0].info) in after and not m.listed_site]


def _tallies_few_attacks(info: SentenceInfo) -> bool:
    """"killed at least 10 people in two attacks in Somalia on Sunday": a tally of a few attacks."""
    return (info.aggregate and bool(_FEW_EVENTS.search(info.text))) or bool(_STRING_OF_ATTACKS.search(info.text))


def _date_by_the_tally_before(mentions: list[IncidentMention], infos: list[SentenceInfo]) -> None:
    """"Al-Shabab extremists killed at least 10 people in two attacks in Somalia on Sunday. | In the
    first, a suicide bomber blew himself up ... in Baidoa": attacks told after a tally of a few
    attacks on one day, with no day of their own, are of that day."""
    position = {id(info): n for n, info in enumerate(infos)}
    for mention in mentions:
        if mention.date is not None or not mention.contributions:
            continue
        first = position.get(id(mention.contributions[0].info))
        if first is None:
            continue
        for info in reversed(infos[max(0, first - 6):first]):
            tally = _tallies_few_attacks(info)
            if info.dates and not tally:
                break  # a day told in between is the one that counts
            days = sorted((d for d, _, _ in info.dates if d.precision == "day"), key=lambda d: d.date)
            if tally and days and (days[-1].date - days[0].date).days <= 1:
                # (a night's attacks, "on Sunday night and Monday morning": from the first day)
                mention.date = days[0]
                break


def _told_methods(mention: IncidentMention) -> set[str]:
    """The methods of the sentences told wholly of `mention`."""
    return {method for c in mention.contributions if c.only is None for method in c.info.methods}


# "Gunmen opened fire at two Orthodox churches, two synagogues and a police post in two cities"
_MANY_TOWNS = re.compile(r"\b(?:in|across)\s+(?:two|three|four|five|several|multiple|\d+)\s+(?:different\s+)?"
                         r"(?:cities|towns|villages|provinces|regions|districts|locations)\b", re.IGNORECASE)
_TOWN_LEAD = re.compile(r"^\W*In\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*,")


def _next_town_of_many(info: SentenceInfo, place: PlaceMention, current: IncidentMention) -> bool:
    """"In Makhachkala, the regional capital ..., gunmen attacked a church" after "In Derbent, ..."
    in a story of attacks "in two cities": the next town's attack, led by its name."""
    lead = _TOWN_LEAD.match(info.text)
    return (lead is not None and info.start <= place.start < info.start + lead.end()
            and place.place.city is not None
            and any(_MANY_TOWNS.search(c.info.text) for c in current.contributions))


def _next_site(info: SentenceInfo, current: IncidentMention, mentions: list[IncidentMention],
               when: Optional[ResolvedDate], where: Optional[PlaceMention], separate: bool = False) -> IncidentMention:
    """A new incident for the next site of the coordinated assault `current` is part of, told by
    `info`; it becomes the current incident. `separate`: the report calls its attacks separate
    ("two separate attacks in Colombia"), so no claim or blame told of one is the other's."""
    sibling = IncidentMention(role=current.role, date=when, place=where, contributions=[Contribution(info)])
    if separate:
        mentions.append(sibling)
    else:
        _add_coordinated(sibling, current, mentions)
    return sibling


def _split_sites(info: SentenceInfo, current: IncidentMention, place: Optional[PlaceMention],
                 mentions: list[IncidentMention]) -> bool:
    """Does one sentence of the current incident tell several sites of the coordinated assault (a
    list of sites, a toll for each, a named attacker at each)? True when it was split so."""
    return (_split_listed_sites(info, current, place, mentions) or _split_site_tolls(info, current, mentions)
            or _split_named_deeds(info, current, mentions))


def _split_listed_sites(info: SentenceInfo, current: IncidentMention, place: Optional[PlaceMention],
                        mentions: list[IncidentMention]) -> bool:
    """"St Anthony's Shrine in Colombo, St Sebastian's Church in Negombo ... and Zion Church in
    the eastern town of Batticaloa": GTD codes each town's attack as its own incident, coordinated
    with the current one. True when the sentence was split so."""
    listed = _listed_sites(info, current)
    if not listed:
        return False
    if current.place is None:
        current.place = place
    for site, span in listed:
        sibling = IncidentMention(role=current.role, date=_own_year(info, span) or current.date, place=site,
                                  contributions=[Contribution(info, only=span)], listed_site=True)
        _add_coordinated(sibling, current, mentions)
    current.contributions.append(Contribution(info, masked=[span for _, span in listed]))
    return True


def _split_site_tolls(info: SentenceInfo, current: IncidentMention, mentions: list[IncidentMention]) -> bool:
    """"Belgian officials said 14 people were killed in the two explosions at the airport ... and
    20 in a blast about an hour later ... on a train leaving Maelbeek station": each kind of site
    with its own toll and its own blast is an incident of the coordinated assault (GTD). True when
    the sentence was split so."""
    gapped = gapped_site_toll(info.text)
    if gapped is None:
        return False
    if not _another_kind_of_site(info.text[slice(*gapped.first)], info.text[slice(*gapped.second)]):
        return False
    _split_at(info, info.start + gapped.second[0], current, mentions, (gapped.effect, gapped.count))
    return True


_IN_YEAR = re.compile(r"\bin\s+((?:19|20)\d\d)\b(?![/-]\d)")


def _own_year(info: SentenceInfo, span: tuple[int, int]) -> Optional[ResolvedDate]:
    """The year a listed site's words give it ("a bomb attack ... in Minsk in July 2008, ..., and
    smaller explosions in Vitebsk in 2005"), where the sentence dates no other thing inside them."""
    words = info.text[max(0, span[0] - info.start):span[1] - info.start]
    years = _IN_YEAR.findall(words)
    if len(years) != 1 or any(span[0] <= start < span[1] for _, start, _ in info.dates):
        return None
    return ResolvedDate(date=date(int(years[0]), 1, 1), precision="year")


def _listed_sites(info: SentenceInfo, current: IncidentMention) -> list[tuple[PlaceMention, tuple[int, int]]]:
    """Other towns of a list of attacked sites in one sentence ("X in Colombo, Y in Negombo and
    Z in Batticaloa"), each with the words that tell its site, when they lie apart from the
    incident's own town (and from each other) in the same country."""
    if not (info.event or _SITES_HIT.search(info.text)) or re.search(r"\b(said|says|told|according to)\b", info.text):
        return []
    scenes = [p for p in info.places if not p.origin and (p.place.specificity or 5) <= 2]
    if len(scenes) < 2:
        return []
    home = current.place.place if current.place is not None else scenes[0].place
    sites: list[tuple[PlaceMention, tuple[int, int]]] = []
    for previous, scene in zip(scenes, scenes[1:]):
        lo, hi = previous.end - info.start, scene.start - info.start
        between = info.text[lo:hi]
        # "twin suicide bombings at churches in Tanta and Alexandria": two towns after one "in"
        shared = bool(_SHARED_IN_BETWEEN.fullmatch(between)) and bool(SEVERAL_EVENTS.search(info.text))
        if not shared and (not _LIST_BREAK.search(between) or not _IN_PLACE_BEFORE.search(info.text[max(0, hi - 45):hi])):
            continue
        if not _IN_PLACE_BEFORE.search(info.text[max(0, previous.start - info.start - 45):previous.start - info.start]):
            continue
        if scene.place.country != home.country or places_compatible(scene.place, home) or any(
                places_compatible(scene.place, other.place) for other, _ in sites):
            continue
        if shared:
            sites.append((scene, (scene.start, scene.end)))  # the rest of the sentence tells both
            continue
        breaks = list(_LIST_BREAK.finditer(between))
        start = previous.end + breaks[-1].end()
        tail = re.search(r"[,;.]", info.text[scene.end - info.start:])
        end = scene.end + (tail.start() if tail else len(info.text) - (scene.end - info.start))
        sites.append((scene, (start, end)))
    return sites


_SCENE_BEFORE = re.compile(r"\b(?:in|near|at|outside)\s+(?:the\s+(?:(?:[\w-]+\s+){0,3}?(?:town|city|village|district)\s+of\s+)?)?$",
                           re.IGNORECASE)
_POLITICAL_ACTORS = re.compile(r"\b(guerrillas?|rebels?|militants?|terrorists?|insurgents?|jihadists?|extremists?|"
                               r"subversives?|separatists?|paramilitar\w*|death squads?)\b", re.IGNORECASE)
_EVENT_PLACED = re.compile(r"\b(?:the|this)\s+(?:\w+\s+){0,2}(?:attack|bombing|blast|explosion|assault|shooting|raid|"
                           r"ambush|massacre)\s+(?:happened|took place|occurred|was carried out|struck|hit)\b", re.IGNORECASE)


# "The decapitated body of Jamal bin Sulaiman was found ... in the town of Patikul": where the
# victim's body lay is the scene the story had not placed
_BODY_FOUND = re.compile(r"\b(?:body|bodies|corpses?|remains)\s+(?:[\w,'’-]+\s+){0,8}?(?:was|were|had\s+been)\s+"
                         r"(?:found|discovered|recovered|dumped)\b", re.IGNORECASE)


# "The patrol was attacked on Monday afternoon near the town of ...": the lead's victims, told
# again by their noun, and where it happened to them
_DEFINITE_VICTIM_ATTACKED = re.compile(r"\s*the\s+(?:[\w-]+\s+){0,2}?(?:was|were)\s+(?:attacked|ambushed|hit|struck|targeted|"
                                       r"bombed|raided|stormed|shelled)\b", re.IGNORECASE)


# "The army said it had killed 30 militants ...": the state's forces tell of their own operations
_STATE_FORCE_OPENS = re.compile(r"\s*(?:the\s+)?(?:[\w-]+\s+)?(?:army|military|troops|soldiers|security\s+forces|police|"
                                r"government\s+forces|air\s+force)\s+(?:said|says|claimed|announced|reported)\b", re.IGNORECASE)


def _places_the_story(info: SentenceInfo, place: PlaceMention, current: IncidentMention) -> bool:
    """"MAIDUGURI, Nigeria (AP) - Three suicide bombers killed 30 people ... | The attack happened
    late Sunday in Konduga town": an incident placed only by the city the wire was filed from
    takes the place a later sentence gives "the attack" (in the same country, or in another where
    the sentence tells the attack there: "DUBAI/RIYADH (Reuters) - Drone attacks ... | The drones
    struck the ... facility at Abqaiq")."""
    if not (current.place is not None and current.place.dateline and not place.dateline):
        return False
    if place.place.country != current.place.place.country and not (info.methods and place.place.city and not place.near):
        return False  # (not "a shoot-out ... near the San Carlos service station": a landmark's name)
    told = (_EVENT_PLACED.search(info.text) or _BODY_FOUND.search(info.text)
            or _DEFINITE_VICTIM_ATTACKED.match(info.text))
    if told and place.start - info.start > told.start():
        return True
    # "masked gunmen planted explosives under the pipeline near the town of El-Arish", "The
    # attackers stormed the government school in the town of Kuriga" (the event word close
    # before the place, not "minutes after the killing ... intercepted a call in Medellin")
    at = place.start - info.start
    if not _SCENE_BEFORE.search(info.text[max(0, at - 45):at]):
        return False
    return bool(info.methods) or any(at - 60 <= end <= at for _, end in event_words(info.text))


def _told_as_scene(info: SentenceInfo, place: PlaceMention) -> bool:
    """"Gunmen ... burst into the venue in Krasnogorsk": a town the attack is told in, which
    beats the city an earlier sentence put the scene near ("a concert venue near Moscow")."""
    if place.near or place.origin or not place.place.city or not info.methods:
        return False
    before = info.text[max(0, place.start - info.start - 45):place.start - info.start]
    # (or "The gunmen stormed the village of Bali Nyonga", after "an attack on a village near Bamenda")
    return bool(_IN_PLACE_BEFORE.search(before) or _SETTLEMENT_OF.search(before))


def _is_aside(info: SentenceInfo, date_hit, place: Optional[PlaceMention]) -> bool:
    """Is the sentence's date/place an aside about another incident ('who took part in the
    attack in Paris (November 2015)'), rather than the subject the sentence opens with?"""
    positions = [x for x in ((date_hit[1] if date_hit else None), (place.start if place else None)) if x is not None]
    if not positions:
        return False
    first = min(positions) - info.start
    before = info.text[:first]
    return bool(_ASIDE_MARKER.search(before)) or first > 120


_CLOCK_BEFORE = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s*)?\(\s*$", re.IGNORECASE)
_LATER_LEAD = re.compile(r"^\W*(?:(?:(?:about|some|nearly|half|just|barely|less than|more than)\s+)?(?:an?\s+|one\s+|two\s+|\d+\s+)?"
                         # ("Less than an hour earlier, a bomb ... exploded at Tokyo's Narita airport")
                         r"(?:hours?|minutes?|moments|days?)\s+(?:later|afterwards?|earlier|before)|(?:shortly|soon)\s+(?:later|afterwards?)|"
                         r"later|meanwhile|elsewhere)\b", re.IGNORECASE)
_KILLED_BY_FORCES = re.compile(
    r"\b(?:was|were)\s+(?:shot dead|shot and killed|killed|gunned down)\s+(?:by|in|during)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:police|officers|security forces|troops|soldiers|special forces|gendarmes|exchange of fire|shoot-?out|"
    r"gunfight|firefight|raid)\b", re.IGNORECASE)
_ALL_THE_ATTACKS = re.compile(r"\b(?:the|these|those|all|both)\s+(?:\w+\s+)?(?:attacks|bombings|blasts|explosions)\b",
                             re.IGNORECASE)
_SEPARATE_EVENT = re.compile(
    r"\W*(in (a|an|another) (separate|different|unrelated|second|similar) (incident|attack|development)|"
    r"in another (incident|attack)|separately|elsewhere"
    # "..., while a separate suicide car bombing at a police station ... killed 11 more"
    r"|(a|an) (separate|unrelated) ([\w-]+ ){0,3}?(attack|bombing|blast|explosion|shooting|assault|raid|ambush|"
    r"incident|stabbing|kidnapping|abduction))\b", re.IGNORECASE)
# "blamed the attack on": one incident, named as the one just told
_THE_EVENT = re.compile(r"\b(the|this|that|[a-z]+day's)\s+(\w+\s+){0,2}(attack|bombing|blast|explosion|killing|"
                        r"kidnapping|abduction|massacre|assault|shooting|raid|ambush)\b(?!s)", re.IGNORECASE)

# "The attacker, who shouted ..., had recorded an audio message pledging allegiance to ...": the
# attacker of the incident just told
_THE_ATTACKER_OPENS = re.compile(r"\W*the\s+(?:[\w-]+\s+){0,2}?(?:attackers?|assailants?|gunm[ae]n|bombers?|suspects?|"
                                 r"perpetrators?|killers?|stabbers?|terrorists?|shooters?)\b", re.IGNORECASE)


# "The bombing came a week after gunmen stormed ...": a sentence that opens by naming the
# incident already told, then tells another one
ANAPHORIC_LEAD = re.compile(
    r"^\s*(?:(the|this|that|today's|yesterday's|(mon|tues|wednes|thurs|fri|satur|sun)day's)\s+([\w-]+\s+){0,2}?"
    r"(attacks?|bombings?|blasts?|explosions?|shootings?|stabbings?|killings?|massacre|assault|raid|siege|kidnapping|abduction|"
    r"incident|attempt)"
    # "The blast at Mindanao State University came a day after ..."
    r"(?:\s+(?:at|in|on|near)\s+[^,.;]{1,60}?)?"
    r"\s+(came|comes|come|happened|occurred|followed|was|were|took place)"
    # "It came two days after Warrant Officer Patrice Vincent was killed ...", "They came three
    # months after a car bomb exploded on Feb. 11 at the Cilvegozu gate"
    r"|(?:it|they)\s+(?:came|comes|happened|occurred|followed|took place))\b[^,.;]{0,40}?\b(after|before|since)\b"
    # (not "took place shortly after 1 a.m.": the hour)
    r"(?!\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b|p\.?m\b|GMT|UTC|hours?\b|h\b)|\d{4}\s*(?:GMT|UTC|hours?\b|h\b)|midnight|noon|"
    r"dawn|dusk|sunset|sunrise|nightfall|daybreak|(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:prayers|morning|evening|night)))",
    re.IGNORECASE)


# "The St. Cloud attack happened on the same evening that a bomb exploded ... in Manhattan": the
# incident told, then another one of its day
_SAME_DAY_AS_ANOTHER = re.compile(
    r"^\W*(?:the|this|that)\s+(?:[\w.'’-]+\s+){0,3}?(?:attacks?|stabbings?|shootings?|bombings?|blasts?|explosions?|assault)\s+"
    r"(?:happened|came|occurred|took\s+place|was)\s+(?:on\s+)?the\s+same\s+(?:day|evening|night|morning|afternoon)\s+"
    r"(?:that|as|when)\b", re.IGNORECASE)
# "The attack came almost three years to the day after teacher Samuel Paty was beheaded in
# Conflans-Sainte-Honorine": the lead dates the earlier event by its distance from the one told
_LEAD_INTERVAL = re.compile(
    r"\b(?:(almost|nearly|about|around|some|roughly|just over|just under|more than|over|less than|exactly|just)\s+)?"
    r"(a|an|[a-z]+|\d{1,2})\s+(day|week|month|year)s?\s+(to\s+the\s+day\s+)?after$", re.IGNORECASE)
# ("came days after", not "came two days after")
_VAGUE_INTERVAL = re.compile(r"\b(?:came|comes|come|happened|occurred|followed|was|were|place|just|only|barely|mere)\s+"
                             r"(days|weeks)\s+after$", re.IGNORECASE)
_INEXACT_INTERVAL = {"almost", "nearly", "about", "around", "some", "roughly", "just over", "just under",
                     "more than", "over", "less than"}


def interval_before(lead: str, told: ResolvedDate) -> Optional[ResolvedDate]:
    """The date of an event told as "came N days / weeks / months after" it, counted back from the
    incident's date. Years give a date only "to the day": "came two years after" dates nothing GTD
    can code. A hedged interval ("almost three years") gives the month."""
    if told.precision != "day":
        return None
    match = _LEAD_INTERVAL.search(lead.rstrip())
    vague = _VAGUE_INTERVAL.search(lead.rstrip())
    if vague is not None:
        # "came days after jihadists killed scores of soldiers in an ambush": a few days or weeks
        # before, the month at best
        back = told.date - timedelta(days=3 if vague.group(1).lower() == "days" else 14)
        return ResolvedDate(back, "month", approx=True)
    if match is None:
        return None
    hedge, amount, unit, to_the_day = match.group(1), match.group(2).lower(), match.group(3).lower(), match.group(4)
    parsed = None if amount in ("a", "an") else parse_count(amount)
    count = 1 if amount in ("a", "an") else (parsed.value if parsed else None)
    if not count or (unit == "year" and not to_the_day):
        return None
    if unit in ("day", "week"):
        back = told.date - timedelta(days=count * (7 if unit == "week" else 1))
    else:
        months = count * (12 if unit == "year" else 1)
        year, month = divmod(told.date.year * 12 + told.date.month - 1 - months, 12)
        back = told.date.replace(year=year, month=month + 1, day=min(told.date.day, 28))
    inexact = (hedge or "").lower() in _INEXACT_INTERVAL
    precision = "day" if (unit == "day" or to_the_day) and not inexact else "month"
    return ResolvedDate(back, precision, approx=inexact or (unit != "day" and not to_the_day))


# "The siege ended on 3 September when ... forces stormed the building": a siege lasts days
_SIEGE_ENDED = re.compile(
    r"\b(siege|stand-?off|hostage crisis|hostage-taking)\s+(finally\s+)?(ended|was ended|was broken|came to an end|was over)\b"
    r"|\b(ended|ending|broke|an end to) (the|an?) ([\w-]+ ){0,2}(siege|stand-?off|hostage crisis)\b", re.IGNORECASE)
# a siege's start, told after its end
_HOSTAGES_SEIZED = re.compile(r"\b(?:seized|occupied|took over|burst into|(?:took|taking|seized|seizing)\s+(?:[\w-]+\s+){0,4}?hostages?)\b",
                              re.IGNORECASE)


_LASTED_UNTIL = re.compile(r"\b(?:lasted|continued|went on|raged|dragged on)\s+(?:\w+\s+)?(?:until|till|through|into)\b",
                           re.IGNORECASE)


def _ends_the_siege(info: SentenceInfo, told: Optional[ResolvedDate], current: IncidentMention) -> bool:
    """The end of a hostage siege, or of attacks that "lasted until" a day, told with its own day
    (up to a week after they began), is still the incident told before, not one of that day."""
    if told is None or current.date is None or not 0 <= (told.date - current.date.date).days <= 7:
        return False
    if _LASTED_UNTIL.search(info.text):
        return True  # "The attacks lasted until 29 November": the end of the attack told
    return bool(_SIEGE_ENDED.search(info.text)) and any("hostage" in c.info.methods for c in current.contributions)


_DEFINITE_SITE = re.compile(r"\bthe\s+(airport|air ?base|base|camp|compound|mosque|church|cathedral|synagogue|temple|shrine|"
                            r"market|hotel|school|university|station|embassy|consulate|checkpoint|prison|stadium|"
                            r"hospital|port|refinery|oil field|pipeline|border crossing)\b", re.IGNORECASE)


def _site_told_again(info: SentenceInfo, current: IncidentMention) -> bool:
    """Does a sentence without a place name a site by "the ..." that the incident before told?
    Then it is there ("four people were wounded when debris ... fell on the airport")."""
    told = " ".join(c.info.text for c in current.contributions).lower()
    return any(re.search(rf"\b{re.escape(m.group(1).lower())}\b", told) for m in _DEFINITE_SITE.finditer(info.text))


def _same_scene(place: Optional[PlaceMention], current: IncidentMention) -> bool:
    """Does a sentence's place (if any) fit the incident's (if any)?"""
    return place is None or current.place is None or places_compatible(place.place, current.place.place)


def _told_of_it(info: SentenceInfo) -> Contribution:
    """The sentence as told of the incident it joins: "The blast at Mindanao State University
    came a day after the military killed 11 members of ...": what follows the lead tells another
    event, and its toll is not this one's."""
    lead = ANAPHORIC_LEAD.search(info.text)
    return Contribution(info, masked=[(info.start + lead.end(), info.end)] if lead else [])


_EDITORIAL_NOTE = re.compile(
    r"^\W*(?:(?:correction|clarification|editor['’]?s notes?)\s*[:\-–—]"
    r"|(?:an|this|a previous|the previous) (?:earlier )?version of this (?:story|article|report|post))", re.IGNORECASE)


def _attribute(info: SentenceInfo, current: IncidentMention, to_current: bool = True) -> None:
    """Add a sentence on who did it to the current incident and, for a claim or an attribution, to
    every part of the coordinated assault it belongs to ("U.S. officials blamed the attacks on
    al-Qaida" after the embassies in Nairobi and Dar es Salaam). `to_current=False`: the caller
    has added it to the current incident already and found it tells of the whole assault."""
    if to_current:
        current.contributions.append(Contribution(info))
    if current.coordinated and (not to_current or tells_who_did_it(info.text)):
        for other in current.coordinated:
            other.contributions.append(Contribution(info))


def tells_who_did_it(text: str) -> bool:
    """A claim of responsibility or an attribution ("police blamed the attack on ...")."""
    lex = load_lexicon()
    return bool(lex.claimed.search(text) or lex.blamed.search(text))


# "Saturday, 21 September", "**Sunday 22 September 2013**", "Monday, Sept. 23": a line that is only a day
_ISSUED_BY = re.compile(r"\b(?:statement|communiqu[eé]|claim|message|declaration)\b[^.]{0,60}\b(?:by|of|from)\b", re.IGNORECASE)
_FIRST_PERSON_CLAIM = re.compile(r"\bwe\s+(?:claim|take|accept|bear)\s+(?:full\s+)?responsibility\b", re.IGNORECASE)
_EVENTS_OF_DAY = re.compile(rf"\b(?:events|attacks?|bombings?|shootings?)\s+(?:of|on)\s+{_DAY_AND_MONTH}", re.IGNORECASE)
_DAY_HEADING = re.compile(rf"^\W*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\W+)?{_DAY_AND_MONTH}(?:,?\s+\d{{4}})?\W*$",
                          re.IGNORECASE)


_DENIAL = re.compile(r"\b(?:no|not|never|nobody|none|neither|nor|without)\b|n't\b", re.IGNORECASE)


def _settings_before(infos: list[SentenceInfo], position: int) -> list[SentenceInfo]:
    """Of the (up to three) sentences just before, in the same paragraph or the one above (or
    the items above: "• When: 22 May 2017 | • Where: Manchester Arena | • Attacker: ...
    detonated a bomb"), those that tell a scene or a day, when none of them tells an event or a
    non-incident; nearest first."""
    info = infos[position]
    found = []
    for before in reversed(infos[max(0, position - 3):position]):
        reach = 3 if before.block_kind == info.block_kind == "list_item" else 1
        if (info.block - before.block > reach or before.block_kind not in ("paragraph", "list_item")
                or before.negative or before.aggregate):
            break
        if before.event:
            if before.methods or before.dates or before.places:
                break
            # "Shortly before 2pm he attacked people inside the hall with two knives": the same
            # attack, told without a method word; the setting may lie before it
            found.append(before)
            continue
        if event_date(before) is not None or any(not p.origin and not p.dateline for p in before.places):
            found.append(before)
    if not found and info.methods:
        # "a fire broke out in the roof truss of the former Husarenhof hotel ... | ... |
        # Investigators assume that the fire was set deliberately": a story whose method is told
        # last; its day is the one the story opened with, a few paragraphs up, when nothing
        # between tells another method or another day
        for before in reversed(infos[max(0, position - 6):position]):
            if before.block_kind not in ("paragraph", "list_item") or before.methods or before.negative:
                break
            if event_date(before) is not None:
                found.append(before)
                break
    return found


_ARMED_WITH = re.compile(r"\barmed\s+with\s+((?:[\w-]+\s+){0,3}[\w-]+)", re.IGNORECASE)


def _methods_armed_with(infos: list[SentenceInfo]) -> list[str]:
    """The methods whose weapon an "armed with ..." phrase in these sentences names."""
    armed = " ".join(m.group(1).lower() for info in infos for m in _ARMED_WITH.finditer(info.text))
    return [m.name for m in load_lexicon().methods if m.weapon is not None and m.weapon.search(armed)]


_NAME_AFTER_PREP = re.compile(r"\b(?:in|at|near|on)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})")


def _names_an_unknown_place(mention: IncidentMention) -> bool:
    """Does the incident's own sentence name a scene the gazetteer does not know ("hijacked the
    Jaffar Express in the Bolan Pass"), rather than none ("attacked the Beach View hotel there")?"""
    if not mention.contributions:
        return False
    info = mention.contributions[0].info
    for match in _NAME_AFTER_PREP.finditer(info.text):
        name = match.group(1)
        if _CALENDAR_WORD.match(name) or _YEAR.match(name) or name.lower() in _STOP_WORDS:
            continue
        start = info.start + match.start(1)
        if not any(p.start <= start < p.end for p in info.places):
            return True
    return False


def group_incidents(infos: list[SentenceInfo], published: Optional[date], folded: bool = False) -> list[IncidentMention]:
    """Walk the sentences in order and assign each to an incident mention (`folded`: the text
    was upper case, read folded)."""
    mentions: list[IncidentMention] = []
    current: Optional[IncidentMention] = None
    block_opened: dict[int, bool] = {}

    def find_match(d: Optional[ResolvedDate], p: Optional[PlaceMention]) -> Optional[IncidentMention]:
        for m in mentions:
            if d is not None and m.date is not None and not _dates_compatible(d, m.date):
                continue
            if p is not None and m.place is not None:
                if not places_compatible(p.place, m.place.place):
                    continue
            elif d is None or m.date is None:
                continue  # neither date nor place in common: no evidence it's the same
            elif p is not None and d.precision == m.date.precision == "day" and d.date != m.date.date:
                # a placed attack the day after an unplaced one ("A bomb ... went off last night"
                # / "A bomb ... in downtown Vina del Mar exploded today"): nothing in common
                continue
            if d is None and p is None:
                continue
            return m
        return None

    def tell_apart(info: SentenceInfo, tail_start: int, when: Optional[ResolvedDate],
                   where: Optional[PlaceMention]) -> IncidentMention:
        """The sentence's words from `tail_start` tell another incident (on `when`, at `where`); the
        current incident keeps the words before them."""
        told = IncidentMention(role="background", date=when, place=where,
                               contributions=[Contribution(info, only=(tail_start, info.end))])
        mentions.append(told)
        current.contributions.append(Contribution(info, masked=[(tail_start, info.end)]))
        return told

    def earlier_attack(when: ResolvedDate, place: PlaceMention) -> IncidentMention:
        """The earlier attack a sentence tells beside the current one: one already told there and
        then, or a new background incident."""
        told = find_match(when, place)
        if told is None:
            told = IncidentMention(role="background", date=when, place=place)
            mentions.append(told)
        return told

    separate_attacks = any(_SEPARATE_ATTACKS.search(i.text) for i in infos)
    event_blocks = {i.block for i in infos if i.event and i.index_in_block <= 2 and not i.negative
                    and not i.aggregate and i.block_kind != "heading"}
    # "Correction: An earlier version of this story said 32 people were killed.": the newsroom's
    # note on its own copy, which tells no incident (the story already gives the right figure)
    editorial = {i.block for i in infos if i.index_in_block == 0 and _EDITORIAL_NOTE.match(i.text)}
    opening_has_verb = {i.block: any(t.pos_ == "VERB" for t in i.span) for i in infos if i.index_in_block == 0}
    day_heading: Optional[tuple[ResolvedDate, int, int]] = None
    heading_unused = False  # the day heading has not yet dated an incident
    # a timeline whose entries open with a full date on a line of its own ("5 June 2022 | Owo, Ondo
    # state, Nigeria | Gunmen opened fire ..."): every such date is an entry's, not the report's
    # (yearless ones, "**Sunday, 22 September**", are the days of one story: a siege's)
    dated_entries = len({i.dates[0][0].date for i in infos if i.block_kind == "heading" and i.dates
                         and _DAY_HEADING.match(i.text) and _YEAR.search(i.text)}) >= 2
    first_dated_tally = next((n for n, i in enumerate(infos) if i.dates and _tallies_few_attacks(i)), None)
    # list items that opened somewhere else than the incident told ("2. ... arrived by ferry on
    # the island of Utøya in Hole municipality"), by block: the place an attack told next in them has
    elsewhere: dict[int, Optional[PlaceMention]] = {}
    issuer: Optional[SentenceInfo] = None  # a group's statement's heading that names it
    # (block, index) of the last sentence that told another matter than an incident ("troops ...
    # clashed with about 20 militants ..., killing two of them."), where it was attached to none
    other_matter: Optional[tuple[int, int]] = None
    # (block, index in block, incident) of an earlier incident a sentence just told beside the
    # current one ("The shooting came a day after a stabbing attack in Holon ...")
    background_told: Optional[tuple[int, int, IncidentMention]] = None
    for position, info in enumerate(infos):
        preludes: list[SentenceInfo] = []
        if info.block in editorial:
            continue
        if (other_matter == (info.block, info.index_in_block - 1) and not info.negative and not info.methods
                and not info.dates and not info.places and not tells_who_did_it(info.text)):
            # "One soldier was wounded.": the clash told just before, not the incident before it
            other_matter = (info.block, info.index_in_block)
            continue
        if (background_told is not None and not info.negative and not info.aggregate and not info.dates
                and ((background_told[:2] == (info.block, info.index_in_block - 1) and all(p.origin for p in info.places))
                     # ("The Tushino bombers were identified as ..., from Kurchaloi in Chechnya": the
                     # next paragraph names the attack told, wherever its bombers came from)
                     or _names_the_told_attack(info, background_told))):
            # "... a day after a stabbing attack in Holon, in which a 66-year-old man was killed. |
            # The assailant, a 20-year-old from Nablus, was shot dead by police.": the earlier
            # attack goes on in the next sentence, which names no day or scene of its own (not
            # "Islamic State's Caucasus Province claimed both attacks.")
            background_told[2].contributions.append(Contribution(info))
            background_told = (info.block, info.index_in_block, background_told[2])
            continue
        if info.block_kind == "heading" and info.text.rstrip().endswith(":") and current is not None:
            # "The three attackers have been identified as:": a lead-in to a list, not a title
            current.contributions.append(Contribution(info))
            continue
        if info.block_kind == "heading" and info.dates and (
                (_DAY_HEADING.match(info.text) and (dated_entries or not _YEAR.search(info.text)))
                or _EVENTS_OF_DAY.search(info.text)):
            # "**Saturday, 21 September**" over a timeline's entries: the day of those under it
            # (not "28 February 2017" under a title: the report's own date); "summary of the
            # events of 22 July 2011": the day of the events told under it
            day_heading = info.dates[0]
            heading_unused = True
            continue
        if info.block_kind == "heading" and info.block <= 2 and _ISSUED_BY.search(info.text) and find_groups(info.text):
            issuer = info  # "Statement issued to the media by the Baloch Liberation Army": who says "we"
        if (info.block <= 2 and published is not None and len(info.text) < 150 and info.index_in_block == 0
                and any(d.date == published and lo - info.start < 40 for d, lo, _ in info.dates)
                and _HEADER_DATE_LEAD.match(info.text)):
            # "Transcript - Tuesday, May 5, 2015, 6:30 p.m. ET | Segment 1: "Garland shooting: ISIS
            # claim"": the header's lines, which date the report and title it, tell no incident
            continue
        if info.block_kind == "heading" or not (any(c.isalpha() for c in info.text) or info.dates):
            # titles repeat the story; they neither open nor describe an incident (a line that is
            # only a date, "01/12/2016:", still dates the item it heads)
            if (info.block_kind == "heading" and info.event and not info.dates and not info.places
                    and mentions and mentions[0].role == "main" and current is not mentions[0]
                    and len(info.text.split()) <= 3):
                # "Background" told earlier attacks; a section headed "Attacks" (or "The
                # shooting") goes back to the article's own incident
                current = mentions[0]
            continue
        if info.negative == "security_operation" and current is not None:
            # "Both were killed in a shootout with police hours later": the end of the attack
            # told (its attackers' deaths count); told alone, a security operation is no incident
            rdate = event_date(info)
            place = _best_place(info.places)
            # ("The next morning, police ... began ... | That same morning, firearms officers ...
            # shot dead Jean Charles de Menezes": a later day's operation, not the attack's end)
            later_day = (rdate is None and info.index_in_block > 0 and position > 0
                         and bool(_LATER_DAY_LEAD.match(infos[position - 1].text)) and bool(_THAT_TIME_LEAD.match(info.text)))
            # ("a few hours before his death, Aslam's team reported killing three suspected TTP
            # militants in a raid": an operation before the attack)
            before_it = bool(_BEFORE_THE_ATTACK.search(info.text))
            if (_dates_compatible(rdate[0] if rdate else None, current.date) and _same_scene(place, current)
                    and not later_day and not before_it):
                # ("The attack came a day after a top ... commander was killed in an encounter with
                # security forces": what follows the lead is the earlier operation, not this attack)
                current.contributions.append(_told_of_it(info))
                if (current.date is None and rdate is not None
                        and _THE_ATTACK_BEFORE.search(info.text[:rdate[1] - info.start])):
                    # "... was killed in a gunfight with police after the attack early on
                    # Wednesday": the day of the attack, told with its end
                    current.date = rdate[0]
            else:
                other_matter = (info.block, info.index_in_block)
            continue
        if (info.negative == "crime" and current is not None and current is mentions[-1]
                and not current.coordinated and not current.listed_site
                and current.contributions[-1].info is infos[position - 1]
                and current.date is not None and current.date.precision == "day"
                and _CRIME_VERDICT.search(info.text) and _CRIMINAL_MOTIVE.search(info.text)
                and not _VERDICT_DOUBTED.search(info.text)
                and not info.places and not any(tells_who_did_it(c.info.text) for c in current.contributions)):
            # "An explosion at a residential building in Uppsala. Police say gang conflict is
            # suspected": the authorities' verdict of a crime on the incident told in the sentence
            # just before, which then is no terrorist incident (a verdict doubted, "initially",
            # "ruled out", leaves it; an attack of years before is not the one it speaks of)
            mentions.pop()
            current = mentions[-1] if mentions else None
            continue
        if info.negative and info.negative != "plot":
            # ("Elsewhere, security forces said they killed six IS militants in an air strike": another
            # matter, whichever group it names)
            if current is not None and not _SEPARATE_EVENT.match(info.text) and not (
                    # "The army said it had killed 30 militants in operations in North Waziristan":
                    # the state's own operations, no claim of the attack told
                    info.negative in ("military", "security_operation") and _STATE_FORCE_OPENS.match(info.text)
            ) and (tells_who_did_it(info.text) or (
                    # "had pledged allegiance to the Islamic State group in an audio message recorded
                    # shortly before the attack": the attacker's own message about the attack told
                    info.negative == "propaganda" and (_THE_EVENT.search(info.text) or _THE_ATTACKER_OPENS.match(info.text))
                    and not info.dates and not info.places)):
                # "said it carried out the attack to avenge the army's offensive": the claim
                # belongs to the current incident, whatever else the sentence mentions
                _attribute(info, current)
            continue
        if info.aggregate:
            # "Police blamed the attack on X, which has carried out several bombings since 2016":
            # a claim or an attribution of the incident told, whatever record the group has
            if not tells_who_did_it(info.text):
                named = _dated_event_in_aggregate(info)
                if named is not None:
                    # "attacks ... have killed more than 250 people in France, including the 86 who
                    # died when a truck was driven into crowds on the Nice seafront on 14 July 2016"
                    hit, span, where = named
                    if find_match(hit[0], where) is None:
                        told = IncidentMention(role="background", date=hit[0], place=where,
                                               contributions=[Contribution(info, only=span)])
                        mentions.append(told)
                        # "- 7 March 2015: Five suicide bombings ... in Maiduguri kill more than
                        # 50 people. | The same day, ...": the item goes on about its own attacks
                        background_told = (info.block, info.index_in_block, told)
                continue
            # "The Islamic State claimed the London and Manchester attacks": a claim over
            # incidents already told, named by their places, belongs to each of them (a place that
            # names none of them is where the claim was made: "called journalists in Maiduguri")
            named = {p.place.city for p in info.places if p.place.city}
            by_place = [m for m in mentions if m.place is not None and m.place.place.city in named]
            if by_place:
                for mention in by_place:
                    mention.contributions.append(Contribution(info))
            elif len(told_after := _told_after_string_lead(mentions, infos, position)) >= 2 and (
                    tells_who_did_it(info.text) and _ALL_THE_ATTACKS.search(info.text)):
                # "... carried out a string of attacks across Balochistan ... | In Musakhel ... |
                # Separately, ... in Kalat ... | The BLA claimed responsibility for the attacks":
                # each attack told since the lead
                for mention in told_after:
                    mention.contributions.append(Contribution(info))
            elif (current is not None and current.coordinated and tells_who_did_it(info.text)
                  and _ALL_THE_ATTACKS.search(info.text)):
                # "The Madalla attack was one of several by the sect that Christmas morning. In Jos,
                # ... In Damaturu, ... | ... said the sect carried out the attacks": each attack
                for mention in [current, *current.coordinated]:
                    mention.contributions.append(Contribution(info))
            # (a sentence naming places none of the incidents is at tells of other ones)
            elif not info.places and current is not None and _BOTH_ATTACKS.search(info.text) and tells_who_did_it(
                    info.text) and len(mentions) >= 2:
                # "The Islamic State claimed both attacks": the last two incidents told (a site
                # listed with one of them is part of it: it takes its claim with it)
                for mention in [m for m in mentions if not m.listed_site][-2:]:
                    mention.contributions.append(Contribution(info))
            elif not info.places and current is not None and (current.contributions[0].info.block == info.block
                                                              or _THE_EVENT.search(info.text)
                                                              or (tells_who_did_it(info.text)
                                                                  and _ALL_THE_ATTACKS.search(info.text))):
                # "... three churches and three hotels ... The Islamic State claimed the attacks":
                # in the item that told them, "the attacks" are that incident; elsewhere, "the
                # attack" (one) is the one just told
                _attribute(info, current)
            continue
        if info.negative == "plot":
            continue
        date_hit = event_date(info)
        if (day_heading is not None and (current is None or current.date is None or (dated_entries and heading_unused))
                and info.event and info.block_kind in ("list_item", "paragraph")
                and (date_hit is None or (_WEEKDAY_SURFACE.fullmatch(info.text[date_hit[1] - info.start:date_hit[2] - info.start].strip(" ,"))
                                          and date_hit[0].date != day_heading[0].date
                                          and date_hit[0].date.weekday() == day_heading[0].date.weekday()))):
            # the first event told under a day's heading ("- 12:30 — Gunmen ... storm the mall"),
            # and one told by the heading's weekday ("during Pentecost Sunday mass" under "5 June 2022")
            date_hit = day_heading
            heading_unused = False
        if (date_hit is None and info.event and position > 0 and _THAT_TIME_LEAD.match(info.text)
                and (before := infos[position - 1]).block == info.block and not before.event and len(before.dates) == 1
                and before.dates[0][0].precision == "day"):
            # "The turning point came on 18 August. That evening, gunmen opened fire on Senator Luis
            # Carlos Galan ...": the day the sentence before told
            date_hit = before.dates[0]
        rdate = date_hit[0] if date_hit else None
        place = _best_place(info.places)
        same_day_as = _SAME_DAY_AS_ANOTHER.match(info.text) if current is not None and info.methods else None
        if same_day_as is not None:
            # "The St. Cloud attack happened on the same evening that a bomb exploded on West 23rd
            # Street in Manhattan's Chelsea neighborhood, injuring 29 people": another attack, that day
            tail_start = info.start + same_day_as.end()
            where = _best_place([p for p in info.places if p.start >= tail_start and not p.origin])
            here = _best_place([p for p in info.places if p.start < tail_start and not p.origin])
            if current.place is None and here is not None:
                current.place = here  # ("The St. Cloud attack ...": the town of the incident told)
            if where is not None and not _same_scene(where, current):
                background_told = (info.block, info.index_in_block, tell_apart(info, tail_start, rdate or current.date, where))
                continue
        # (one search serves both readings below: a dated tail, or an undated lead)
        anaphora = (ANAPHORIC_LEAD.search(info.text) if current is not None and (
            info.methods if rdate is not None else current.date is not None) else None)
        told_after = anaphora if rdate is not None else None
        if told_after is not None and date_hit[1] >= info.start + told_after.end() and current.date is None:
            # "They came three months after a car bomb exploded on Feb. 11 at the Cilvegozu gate, a
            # few kilometres away, killing 17 people": the attacks told, then an earlier one on its day
            tail_start = info.start + told_after.end()
            where = _best_place([p for p in info.places if p.start >= tail_start and not p.origin])
            background_told = (info.block, info.index_in_block, tell_apart(info, tail_start, rdate, where))
            continue
        lead = anaphora if rdate is None else None
        earlier = interval_before(info.text[:lead.end()], current.date) if lead else None
        if earlier is not None:
            tail_start = info.start + lead.end()
            tail = info.text[lead.end():]
            here = _best_place([p for p in info.places if p.start < tail_start and not p.origin])
            if (here is not None and current.place is not None and places_compatible(here.place, current.place.place)
                    and (here.place.specificity or 5) < (current.place.place.specificity or 5)):
                # "The attack on Tin-Akoff in Oudalan province came days after ...": the lead places
                # the incident it refers to (told "in northern Burkina Faso")
                current.place = here
            where = _best_place([p for p in info.places if p.start >= tail_start])
            same_place = _SAME_PLACE.search(tail)
            if where is None and same_place and same_place.group(1).lower() not in _SAME_REGION_WORDS:
                where = current.place  # "a car bomb exploded inside the 30th Brigade base in the same city"
            elif where is None and same_place and current.place is not None and current.place.place.provstate:
                # "The attack came a week after gunmen abducted 10 farmers in the same area": the
                # province of the incident told
                where = _province_of(current.place)
            same_town = where is not None and (where is current.place or (
                same_place is not None and current.place is not None
                and where.place.provstate == current.place.place.provstate))
            # (a town told after the lead is another scene than an incident placed only by its
            # province: "in Oudalan province came days after ... an ambush near Djibo")
            elsewhere_town = (where is not None and where.place.city is not None and current.place is not None
                              and current.place.place.city is None)
            if (event_words(tail) and where is not None and (not _same_scene(where, current) or same_town or elsewhere_town)
                    and find_match(earlier, where) in ((None, current) if same_town else (None,))):
                # "The attack came almost three years to the day after teacher Samuel Paty was
                # beheaded near his school in Conflans-Sainte-Honorine": an earlier incident,
                # dated back from this one
                background_told = (info.block, info.index_in_block, tell_apart(info, tail_start, earlier, where))
                continue
        if (date_hit is None and place is None and current is not None and current.date is not None and info.methods
                and (lead := _earlier_attack_with_toll(info.text))):
            # "(The blast took place around 9.30 am,) barely 15 hours after two gunmen opened fire
            # on three houses in the upper Dhangri area, killing four civilians": an earlier attack
            # with its own toll, where this one was (its place unknown to the gazetteer); "hours
            # after" keeps the day (GTD matching allows a day either way)
            mentions.append(IncidentMention(role="background",
                                            date=interval_before(info.text[:lead.end()], current.date) or current.date,
                                            place=current.place, contributions=[Contribution(info)]))
            continue
        same_day = False
        if rdate is None and current is not None and current.date is not None and _SAME_DAY.search(info.text):
            rdate = current.date  # "hours before the abduction, on the same day, a bomb ..."
            same_day = True
            if (_SAME_DAY_LEAD.match(info.text) and info.event and place is not None and not place.origin
                    and current.place is not None and place.place.city and current.place.place.city
                    and name_key(place.place.city) != name_key(current.place.place.city)):
                # "The same day, a mosque was attacked in Natiaboani in the east of the country":
                # another town's attack that day, not more of the one told
                current = IncidentMention(role=current.role, date=current.date, place=place,
                                          contributions=[Contribution(info)])
                mentions.append(current)
                continue
        # "15 January - Ouagadougou, Burkina Faso. Gunmen opened fire ...": a list item or
        # paragraph whose first line gives date and place and whose next lines the event (a
        # heading-like line without a verb: "Hollande declared mourning starting Saturday." is not)
        # ("Somalia: | Beledweyne hotel siege | Tuesday 11 March 2025. | Al-Shabaab fighters stormed
        # ...": a label split off before the heading line does not change that)
        headed = (info.index_in_block == 0 or (info.index_in_block == 1 and not opening_has_verb.get(info.block, True))
                  ) and info.block_kind in ("list_item", "paragraph", "footnote") and (
            info.block in event_blocks) and not any(t.pos_ == "VERB" for t in info.span) and not any(
            # ("Geneva (ICRC) - The International Committee of the Red Cross is in a state of
            # shock": a clause, with its subject, after the dateline)
            t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ == "AUX" for t in info.span)
        is_anchor = (info.event or headed) and (rdate is not None or place is not None)
        if (not is_anchor and info.methods and not info.negative and current is not None and current.date is not None
                and current.date.precision == "day" and not _told_methods(current) & set(info.methods)):
            # "... his name will always be tied to May 30, 1984. That evening Pastora called a press
            # conference at ... La Penca ... He left a bomb hidden in a metal camera case": another
            # means on the day the paragraph set, years from the incident told before it
            # (a day told with its year: "16 December" alone may be the story's next day)
            setting = next((d for before in infos[max(0, position - 3):position] if before.block == info.block
                            and not before.event and not before.negative
                            for d, lo, hi in before.dates if d.precision == "day"
                            and re.search(r"\b\d{4}\b", before.text[lo - before.start:hi - before.start])), None)
            if setting is not None and abs((setting.date - current.date.date).days) > 60:
                rdate, date_hit, is_anchor = setting, None, True
        if (not is_anchor and current is None and not mentions and info.event and not info.negative
                and info.block_kind in ("paragraph", "list_item")
                # (further down, only a sentence that tells its method and denies nothing: "the
                # fire was set deliberately", not "No explosives were detonated")
                and (info.block <= 4 or (info.methods and not _DENIAL.search(info.text)))):
            # "Labour MP Jo Cox has died after being shot and stabbed": the story's lead, placed and
            # dated by the sentences after it
            preludes = _settings_before(infos, position)
            # ("an alarm about a masked man armed with a sword at the Kronan school ... The man ...
            # attacked pupils and staff": the weapon told of the attacker gives the method)
            info.methods = info.methods or _methods_armed_with([info, *preludes])
            is_anchor = bool(info.methods)
            preludes = preludes if is_anchor else []
            for prelude in preludes:
                # "[2] On 9 October 2019, the defendant drove to the synagogue in Halle ... [3] He
                # then shot dead a woman ...": the sentences before set the day and the scene
                date_hit = date_hit or event_date(prelude)
                place = place or _best_place([p for p in prelude.places if not p.origin and not p.dateline])
            rdate = date_hit[0] if date_hit else None
        if (is_anchor and current is not None and not info.methods and tells_who_did_it(info.text)
                and _THE_EVENT.search(info.text) and not _KILLED_COUNT.search(info.text)
                and (place is None or current.place is None or places_compatible(place.place, current.place.place))
                # (not "the deadliest attack ... since April 2020, when 16 people ... were killed in a
                # massacre ... that the authorities blamed on the MPCP": an attack before it; a claim
                # comes on the day or after)
                and (rdate is None or current.date is None or rdate.date >= current.date.date
                     or _dates_compatible(rdate, current.date))):
            # "On Saturday a videotape in which a man ... said the group carried out the attack was
            # found near a Madrid mosque": the day and place of a claim of the attack just told
            is_anchor = False
        if (is_anchor and rdate is None and current is not None and current.date is not None
                and info.years and current.date.date.year not in info.years and all(y < current.date.date.year for y in info.years)):
            # "the 1963 bombing of a church in Birmingham": an older incident known only by its
            # year; GTD-worthy records need a day or month, so it is only masked out
            span = _mention_span(info, None, place) if place else (info.start, info.end)
            if place is not None and current.place is not None and place.place.country != current.place.place.country:
                # ("he had spent more than a year in Syria in 2013 ..., and several French journalists
                # who had been held hostage there testified ...": all of it told of another country)
                span = (info.start, info.end)
            current.contributions.append(Contribution(info, masked=[span]))
            continue
        # "On Thursday, a car bomb exploded ...": a sentence that opens with its own date and
        # tells an attack is about that attack, wherever it stands in its paragraph
        # ("Two days later, on 16 February, an explosive device struck a bus": a connective before
        # the date changes nothing)
        leads_with_date = bool(date_hit and info.event and (
            date_hit[1] - info.start < 15 or _CONNECTIVE_BEFORE_DATE.fullmatch(info.text[:date_hit[1] - info.start])))
        # "In Mali, an attack on a UN camp in Siby on 17 February ...": a sentence that opens with
        # a place far from the current incident moves the story there
        # ("Hours later, five men attacked people in Cambrils ...": a time lead moves it there too)
        opens_elsewhere = bool(info.event and info.places and current is not None and current.place is not None
                               and (info.places[0].start - info.start < 30 or _LATER_LEAD.match(info.text))
                               and not info.places[0].origin
                               and not places_compatible(info.places[0].place, current.place.place))
        starts_block = (info.index_in_block == 0 or not block_opened.get(info.block, False) or leads_with_date
                        or opens_elsewhere) and (
            not _is_aside(info, date_hit, place) or same_day)
        later = _LATER_DAY_LEAD.match(info.text) if rdate is None and current is not None else None
        if (later and current.date is not None and current.date.precision == "day" and info.event
                and not info.negative and (_OWN_TOLL.search(info.text) or _KILLED_COUNT.search(info.text)
                                           or (info.methods and _NEW_VICTIM.search(info.text[later.end():])))
                and not _ENDS_THE_SIEGE_WORDS.match(info.text[later.end():].lstrip(" ,"))):
            # "Two days later, Amedy Coulibaly killed four hostages at a kosher supermarket": another
            # day's attack, dated from the one just told
            new = IncidentMention(role=current.role, date=ResolvedDate(current.date.date + timedelta(days=_days_later(later.group(0))), "day"),
                                  place=place or current.place, contributions=[Contribution(info)])
            mentions.append(new)
            current = new
            block_opened[info.block] = True
            continue
        earlier_day = _EARLIER_DAY_LEAD.match(info.text) if rdate is None and current is not None else None
        if (earlier_day and current.date is not None and current.date.precision == "day" and info.methods
                and not info.negative and place is not None and not place.origin and not _same_scene(place, current)):
            # "A day earlier, militants fired on a police party in Anantnag, injuring a constable":
            # another attack, elsewhere, on the day before the one just told
            when = ResolvedDate(current.date.date - timedelta(days=_days_later(earlier_day.group(0))), "day")
            earlier_attack(when, place).contributions.append(Contribution(info))
            continue
        if (not is_anchor and current is not None and info.methods and info.block in elsewhere
                and elsewhere[info.block] is not None and not info.negative):
            # "2. At about 17:17 the perpetrator ... arrived by ferry on the island of Utøya in Hole
            # municipality ... | He shot at the participants for more than an hour": the attack
            # told after the item opened elsewhere is that place's, on the day told
            new = IncidentMention(role=current.role, date=current.date, place=elsewhere[info.block],
                                  contributions=[Contribution(i) for i in infos[position - info.index_in_block:position]
                                                 if i.block == info.block] + [Contribution(info)])
            mentions.append(new)
            current = new
            elsewhere[info.block] = None
            block_opened[info.block] = True
            continue
        if (not is_anchor and current is not None and rdate is not None and date_hit is not None
                and date_hit[1] - info.start < 15 and rdate.precision == "day" and current.date is not None
                and current.date.date != rdate.date and not info.negative):
            # "On 7 July, four suicide bombers had killed 52 people ... | On the 21st, four more men
            # set out with rucksacks": the story turns back to the day already told
            told = next((m for m in mentions if m is not current and m.date is not None
                         and m.date.precision == "day" and m.date.date == rdate.date), None)
            if told is not None:
                told.contributions.append(Contribution(info))
                current = told
                continue
        if not is_anchor:
            scenes = [p for p in info.places if not p.origin]
            if (info.index_in_block == 0 and current is not None and current.place is not None and scenes
                    and not any(places_compatible(p.place, current.place.place) for p in scenes)
                    and not tells_who_did_it(info.text)
                    # ("The attackers, armed with machetes and guns, struck while mourners were
                    # gathered for a wake, said ..., an administrator of the Bapere sector in
                    # Lubero territory": the attackers told before, whoever tells it; "He was
                    # arrested near Heiligenhaus": where he was caught)
                    and not (not info.event and (_THE_ATTACKER_OPENS.match(info.text)
                                                 or _only_arrest_or_office_places(info)))):
                if info.block_kind == "list_item" and not info.negative and not info.aggregate and not info.years:
                    elsewhere[info.block] = _best_place(scenes)
                continue  # a new paragraph about somewhere else ("Nigeria: The army said ...")
            if (info.block_kind == "list_item" and info.index_in_block == 0 and date_hit is not None
                    and date_hit[1] - info.start < 15 and current is not None and current.date is not None
                    and date_hit[0].precision == current.date.precision == "day" and date_hit[0].date != current.date.date):
                # "- 16 Sep, Kalamansig (Sultan Kudarat): Twenty NPA fighters surrendered": a log's
                # entry for another day, which tells no attack, is no part of the one before
                continue
            if _SEPARATE_EVENT.match(info.text) and not (current is not None and load_lexicon().claimed.search(info.text)
                                                         and _THE_EVENT.search(info.text)):
                # ("Separately, a spokesman for the militant group Jundullah ... also claimed the
                # attack": another claim of the attack told, not another event)
                if not info.methods:
                    # "Separately, two Virginia State Police troopers died when their helicopter
                    # crashed": told beside the incident, not of it
                    continue
                if current is not None and info.event:
                    # "..., while a separate suicide car bombing at a police station in another part
                    # of the city killed 11 more": another incident the same day, where the last was
                    new = IncidentMention(role=current.role, date=current.date,
                                          place=_unlisted_town_nearby(info, current) or current.place,
                                          contributions=[Contribution(info)])
                    mentions.append(new)
                    current = new
                    continue
            if info.methods and _OTHER_TIME_LEAD.match(info.text):
                # "Last week, suspected jihadists kidnapped a Spanish priest ...": another event,
                # told without a day or place to code it by; not part of the current one
                continue
            if current is not None and _split_sites(info, current, _best_place(info.places), mentions):
                continue
            if current is not None and _another_named_attackers_deed(info, current):
                current = _next_site(info, current, mentions, current.date, current.place)
                continue
            if (current is not None and info.methods and _NEXT_ATTACK.search(info.text)
                    and (_SEQUENCE_CUE.search(info.text) or (
                        (here := _site_types([info.text])) and not here & _site_types(c.text() for c in current.contributions)))):
                # "... and a third bomb exploded about an hour later on a metro train at Maelbeek
                # station" (a station the gazetteer does not place): the assault's next site, in
                # the same town on the same day; "About an hour later, a second bomb exploded ... in
                # Qila Saifullah": the next, in a town the gazetteer lacks, in the same province
                current = _next_site(info, current, mentions, current.date,
                                     _unlisted_town_nearby(info, current) or current.place)
                continue
            if (current is not None and info.methods and current.date is not None
                    and not set(info.methods) & {m for c in current.contributions for m in c.info.methods}
                    and any(_EARLIER_KILLING_REFERRED.search(c.info.text) for c in current.contributions)
                    and _KILLED_TOLD.search(info.text)):
                # "A suicide bomber struck a crowd of mourners at a hospital ..., most of them lawyers
                # who had gathered after the killing of a prominent lawyer earlier in the day. | X
                # ... was shot dead by gunmen in the morning": the killing the attack followed is an
                # incident of its own (the story goes on about the bombing)
                mentions.append(IncidentMention(role=current.role, date=current.date,
                                                place=_unlisted_town_nearby(info, current) or current.place,
                                                contributions=[Contribution(info)]))
                continue
            if current is not None and info.block_kind != "heading":
                current = _told_incident(info, current, mentions)
                current.contributions.append(_told_of_it(info))
                if (rdate is not None and current.date is not None and rdate.precision == current.date.precision == "day"
                        and timedelta(0) < current.date.date - rdate.date <= timedelta(days=7)
                        and _HOSTAGES_SEIZED.search(info.text) and _SIEGE_ENDED.search(current.contributions[0].info.text)):
                    # "Russian special forces stormed a Moscow theatre on Saturday, ending a 57-hour
                    # siege ... | rebels ... seized the theatre ... on Wednesday evening": the
                    # incident is dated by its start, when the hostages were taken
                    current.date = rdate
                if (current.date is None and rdate is not None and rdate.precision == "day"
                        and _AT_THE_SCENE.search(info.text)):
                    # "claimed ... a knife attack in Villach | Police arrested the suspect at the
                    # scene on Saturday": the day of the attack the claim did not date
                    current.date = rdate
                if (place is not None and current.place is not None and not info.negative
                        and (current.place.place.specificity or 5) >= 4 and (place.place.specificity or 5) <= 2
                        and place.place.country == current.place.place.country
                        # (one town: "The Red Cross said hospitals in Colombo and Negombo were
                        # overwhelmed" places no attack in either)
                        and len({p.place.city for p in info.places if p.place.city and not p.origin}) == 1):
                    # "hijacked a bus in northern Kenya ... The bus ... was stopped about 30 km from
                    # Mandera town": the town the story then places it by
                    current.place = place
                if tells_who_did_it(info.text) or _ALL_THE_ATTACKS.search(info.text):
                    # "Officials said seven suicide bombers carried out the attacks"
                    _attribute(info, current, to_current=False)
                # "22 March 2017: | London, United Kingdom. | Khalid Masood drove ...": the
                # place line of an item whose date line opened the incident
                # ("Police identified the men who carried out Thursday's attack on Jl. | MH Thamrin in
                # Central Jakarta as ...": the rest of the opening sentence, cut at an abbreviation)
                # ("It happened on the Alyoshinka-Uglovka stretch ... close to the town of
                # Bologoye": the scene of the incident told, in a later paragraph)
                if (current.place is None and place is not None and not place.origin
                        and info.block_kind in ("list_item", "paragraph")
                        and (current.contributions[0].info.block == info.block or _IT_HAPPENED.match(info.text))):
                    current.place = place
            continue
        if (rdate is not None and current is not None and current.date is not None
                and not _dates_compatible(rdate, current.date) and _KILLED_BY_FORCES.search(info.text)
                and not any(m.event.search(_KILLED_BY_FORCES.sub(" ", info.text)) for m in load_lexicon().methods)):
            # "Chekatt was killed in an exchange of fire with three officers ... late on Thursday"
            # (two days after his attack): the end of a manhunt is no terrorist incident (but "three
            # men drove a van into pedestrians ... and stabbed people ...; all three attackers were
            # shot dead by police" tells an attack and its end)
            continue
        if info.event and current is not None and _SEPARATE_EVENT.match(info.text):
            # "In a separate incident on Saturday, gunmen shot dead a shopkeeper in the city's
            # Hazara Town": another incident, however close in day and place
            new = IncidentMention(role=current.role, date=rdate or current.date,
                                  place=place or _unlisted_town_nearby(info, current) or current.place,
                                  contributions=[Contribution(info)])
            mentions.append(new)
            current = new
            block_opened[info.block] = True
            continue
        target = None
        if current is not None and (_dates_compatible(rdate, current.date) or _ends_the_siege(info, rdate, current)) and (
            _same_scene(place, current) or _places_the_story(info, place, current)
        ):
            target = current
            told = _told_incident(info, current, mentions) if rdate is None or rdate == current.date else current
            if told is not current and _same_scene(place, told):
                # "Earlier in the morning, a suicide bomber drove a car ... into the gate of the police
                # station in Sheikh Othman district": the day's other attack, at the site it named
                current = target = told
        if target is None:
            target = find_match(rdate, place)
        if (target is not None and target.date is None and leads_with_date and rdate is not None and info.methods
                and _INDEFINITE_DEED_AFTER_DATE.match(info.text, date_hit[2] - info.start)
                and published is not None and abs((published - rdate.date).days) > 7
                and position > 0 and _AN_EARLIER_ONE_TOLD.search(infos[position - 1].text)):
            # "... the second deadly shooting in Tel Aviv this year. | On New Year's Day a gunman
            # killed two people outside a Dizengoff Street pub": another attack on its own day, not
            # the day of the one the live blog tells without a date
            mentions.append(IncidentMention(role="background", date=rdate, place=place if place is not None else target.place,
                                            contributions=[Contribution(info)]))
            continue
        if (target is not None and target is current and target.date is None and target.role == "main" and rdate is not None
                and info.methods and published is not None and (published - rdate.date).days > 60
                and bool(told := _told_methods(target)) and not told & set(info.methods)):
            # a feature that tells its bus bombing without a date, then "That truce has been falling
            # apart since August last year, when Foreign Minister Lakshman Kadirgamar was shot dead
            # by a sniper": an older attack by other means, on its own day, not the story's day
            span = _mention_span(info, date_hit[1:] if date_hit else None, place)
            mentions.append(IncidentMention(role="background", date=rdate, place=place,
                                            contributions=[Contribution(info, only=span)]))
            current.contributions.append(Contribution(info, masked=[span]))
            continue
        if (target is not None and leads_with_date and rdate is not None and target.date is not None
                and rdate.precision == target.date.precision == "day" and rdate.date != target.date.date
                and ((place is not None and target.place is not None and place.place.city and target.place.place.city
                      and name_key(place.place.city) != name_key(target.place.place.city))
                     or _NEXT_ATTACK.search(info.text)
                     or (_LATER_DAY_LEAD.match(info.text) and _OWN_TOLL.search(info.text))
                     or (info.methods and _NEW_ATTACK_AFTER_DAY.match(info.text))
                     # "At 0115 this morning incendiary bombs were hurled at a Mormon temple", a
                     # paragraph after the bomb that went off last night: another day, another means
                     or (info.index_in_block == 0 and info.methods
                         and bool(told := _told_methods(target)) and not told & set(info.methods))
                     # "Vendredi 9 janvier: Coulibaly takes hostages at the Hyper Cacher ...": a
                     # timeline's entry for another day
                     or (info.index_in_block == 0 and DAY_LABEL.match(info.text)))):
            # "Late on Thursday, the brothers shot dead an officer ... in Cambridge. Early on Friday,
            # the pair engaged police in a gunfight in Watertown": another day, another town,
            # another incident, however close; "On Tuesday, a second bomb hit another minibus in
            # the same area": another day, another attack; so is "The following morning, 30
            # December, a bomb exploded on a crowded trolleybus ..., killing 16 people"
            target = None
        if target is current and current is not None and (
                _opens_new_site(info, current) or (date_hit is None and _roundup_next_town(info, current, place))):
            current = _next_site(info, current, mentions, rdate or current.date, place or current.place, separate=separate_attacks)
            block_opened[info.block] = True
            continue
        if target is current and current is not None and _split_sites(info, current, place, mentions):
            block_opened[info.block] = True
            continue
        if target is not None:
            if place is not None and target.place is not None:
                place = _village_in_region(place, target.place) or place
            if rdate is not None and (target.date is None or
                                      (target.date.precision != "day" and rdate.precision == "day")
                                      or (target.date.precision == rdate.precision == "day"
                                          and rdate.date < target.date.date)):
                # of two days told for one incident ("ended the siege on Wednesday" / "which began
                # on Tuesday afternoon"), GTD dates it by the first
                target.date = rdate
            if place is not None and (target.place is None or
                                      ((target.place.place.specificity or 5) > (place.place.specificity or 5)
                                       # a town "20 km from the state capital Maiduguri" is no better
                                       # a scene than the village named (but better than a province)
                                       and not (place.near and (target.place.place.specificity or 5) <= 2))
                                      or (target.place.near and _told_as_scene(info, place)
                                          and places_compatible(place.place, target.place.place))
                                      or (_places_the_story(info, place, target)
                                          and (not places_compatible(place.place, target.place.place)
                                               # a village the gazetteer lacks sits at its region's
                                               # centre: "near" the dateline city says nothing
                                               or (place.place.city and place.place.geonameid is None)))):
                target.place = place
            if target is current or starts_block:
                current = target
                if target.role == "background" and info.block_kind in ("list_item", "paragraph", "footnote"):
                    target.role = "list" if info.block_kind == "list_item" else "main"
                target.contributions.append(_told_of_it(info))
                block_opened[info.block] = True
            else:
                span = _mention_span(info, date_hit[1:] if date_hit else None, place)
                target.contributions.append(Contribution(info, only=span))
                if current is not None:
                    current.contributions.append(Contribution(info, masked=[span]))
            continue
        # a new incident
        # ("21.10 hrs: Unknown gunmen fired on a checkpoint in Rueso district.": an entry of a
        # day's log, dated by the report as the entries before it, opens its own incident)
        # ("- Kirkuk: Suspected ISIS militants attacked a federal police checkpoint ... overnight",
        # after a dated item: an item labelled by its own place is its own entry too)
        log_entry = (rdate is None and info.block_kind == "list_item" and info.index_in_block == 0 and info.event
                     and place is not None and not place.origin
                     and (all(m.date is None for m in mentions)
                          or ((label := _PLACE_LABEL.match(info.text)) is not None
                              and place.start - info.start < label.end() and not info.negative
                              and not _same_scene(place, current))))
        if (rdate is None and current is not None and place is not None and not place.origin and info.methods
                and (_NEXT_ATTACK.search(info.text) or _next_town_of_many(info, place, current))
                and (_SEQUENCE_CUE.search(info.text) or (
                    current.place is not None and not place.near and not _same_scene(place, current)))):
            # "About an hour later, a second bomb exploded outside the office of a candidate in
            # Qila Saifullah": the coordinated attack's next site, the same day, in its own town
            # (or "in the regional capital of Makhachkala, another group of gunmen attacked a
            # church": told as the next site by its place)
            current = _next_site(info, current, mentions, current.date, place, separate=separate_attacks)
            block_opened[info.block] = True
            continue
        if (date_hit is None and current is not None and current.date is not None and place is not None
                and not place.origin and _AFTER_EARLIER_LEAD.match(info.text) and event_words(info.text)
                and not _same_scene(place, current)):
            # "..., hours after a van ploughed into crowds on Barcelona's Las Ramblas, killing 13
            # people": another attack, hours before this one and elsewhere (a later sentence that
            # dates it, "The van attack in Barcelona on Thursday", finds it)
            # ("two days after kidnappers abducted 25 passengers ...": two days before it)
            when = interval_before(info.text[:_AFTER_EARLIER_LEAD.match(info.text).end()], current.date) or current.date
            earlier_attack(when, place).contributions.append(Contribution(info))
            continue
        if (date_hit is None and current is not None
                and (current.date is not None or published is not None
                     # (or a tally of a few attacks on a day before it, which dates them all)
                     or (first_dated_tally is not None and first_dated_tally < position))
                and place is not None and not place.origin and info.index_in_block == 0
                # ("Later in the day, a roadside bomb struck a police patrol in Mosul, ...")
                and (info.places[0].start - info.start < 30 or _LATER_LEAD.match(info.text))
                and not _same_scene(place, current)
                and ((info.methods and (stated_toll(info.text, "kill") or stated_toll(info.text, "wound")))
                     # ("In Lasbela district, militants tried to storm an army camp in Bela" after a
                     # lead over "a string of attacks": the next of them, told by its place)
                     or (not info.negative and (info.methods or ARMED_MEN_ATTACKED.search(info.text))
                         and _told_after_string_lead(mentions, infos, position)))):
            # "In the central province of Ghor, a suicide bomber killed 33 people at a Sunni
            # mosque" after the Kabul mosque's paragraph: the story's other attack that day
            current = _next_site(info, current, mentions, current.date, place, separate=separate_attacks)
            block_opened[info.block] = True
            continue
        if date_hit is None and current is not None and _roundup_next_town(info, current, place):
            # a roundup paragraph, one town a sentence: "In huaraz, ... the terrorists set fire to
            # the offices of the local development corporation. Seven private bank branches were
            # also attacked ... in lima. In barranca, ... terrorists bombed a radio station"
            current = _next_site(info, current, mentions, current.date, place, separate=separate_attacks)
            block_opened[info.block] = True
            continue
        if rdate is None and mentions and not log_entry:
            # a place without a date, unlike anything seen so far: not enough to open an
            # incident after the main one. If the place is far from the current incident the
            # sentence is about something else; otherwise it still describes the current one
            # (as does a claim of it: "JNIM claimed the attack, saying it was revenge for a
            # French raid in Mali")
            # ("... at the convoy near Paraolon village, about 80 km from Imphal": a town it is told
            # to be far from is no other scene)
            # (not a town in another country: "In Tunisia a gunman opened fire on tourists at a
            # beach hotel near Sousse, and in France ...", after the Kuwait mosque's story)
            if current is not None and (_same_scene(place, current) or (
                    place is not None and place.near and (current.place is None
                                                          or place.place.country == current.place.place.country))
                                        or load_lexicon().claimed.search(info.text)
                                        or _only_arrest_or_office_places(info)):
                current.contributions.append(Contribution(info))
            continue
        if mentions and current is not None and refers_back(info, date_hit, place):
            current.contributions.append(Contribution(info))
            continue
        same_place = _SAME_PLACE.search(info.text) if place is None and mentions else None
        if same_place:
            # "near Gaskindé, in the same province": the last one's province, not its town
            last = mentions[-1].place
            place = last if (last is None or last.place.city is None
                             or same_place.group(1).lower() not in _SAME_REGION_WORDS) else _province_of(last)
        if rdate is None and info.years_ago:
            # "to remember the 22 people killed in the Manchester Arena bombing seven years ago":
            # an incident of years before, without a day to code it by (the memorial is the news)
            continue
        if place is None and current is not None and current.place is not None and _site_told_again(info, current):
            place = current.place  # "On Monday, four people were wounded when debris ... fell on the airport"
        if place is None and rdate is not None:
            # "In Mali, the Islamic State Sahel Province (ISSP) continued its campaign ... in the
            # Ménaka region. On 25 February, ISSP fighters killed at least 20 civilians ...": the
            # scene the sentence before set
            # (a town only from the same paragraph: "Let's move to Islamabad. On Tuesday a suicide
            # bomber blew himself up outside the district court complex")
            # (a town of a paragraph above only where that paragraph names its country too: "on a
            # quiet Sunday in Lebanon, a yellow Mercedes-Benz truck crashed ... at Beirut
            # International Airport")
            place = next((found for prelude in _settings_before(infos, position)
                          if (found := _best_place([p for p in prelude.places if not p.origin and not p.dateline
                                                    and ((p.place.specificity or 5) >= 3 or (
                                                        prelude.block == info.block and not prelude.event)
                                                        or any(q.place.specificity == 5 and q.place.country == p.place.country
                                                               for q in prelude.places if not q.origin and not q.dateline))]))),
                         None)
        # (not in an upper-case wire: its first lines are a dateline's and a radio station's)
        if place is None and not mentions and not folded and (lead := next((i for i in infos[:position] if i.block_kind == "paragraph"
                                                               and i.block <= 6 and not i.negative and not i.event
                                                               and any(not p.origin and not p.dateline and p.place.city
                                                                       for p in i.places)),
                                                              None)):
            # "THE fanatic who turned himself into a human fireball at Glasgow Airport was last night
            # fighting for his life ... | They rammed it into the glass doors of the main terminal at
            # 3.11pm on Saturday": the story's first incident is where its lead set it
            # (only a lead that names one town: "in Kelapa Dua, Depok, West Java" leaves the scene open)
            towns = [p for p in lead.places if not p.origin and not p.dateline and p.place.city]
            place = towns[0] if len({p.place.city for p in towns}) == 1 and len(lead.places) == len(towns) else None
        new = IncidentMention(role="main", date=rdate, place=place)
        if (place is None and rdate is not None and mentions and mentions[-1].place is not None
                and _LATER_THAN_THE_LAST.match(info.text) and mentions[-1].contributions
                and mentions[-1].contributions[-1].info.block == info.block and not any(_countries_named(info.text))):
            # "... the Davao International Airport killed 21 people. A month later, on April 2,
            # 2003, a bomb at the Sasa wharf killed 16": the next attack, in the scene just told
            # (the mention's place, not the sentence's: its words lie in the sentence before)
            new.place = mentions[-1].place
        if current is None or starts_block:
            new.role = "main" if not mentions or log_entry else ("list" if info.block_kind == "list_item" else "main")
            if mentions and _BACKGROUND_LABEL.match(info.text):
                new.role = "background"  # "Background: the June 2020 attack on the Kafolo army post ..."
            for prelude in reversed(preludes):
                new.contributions.append(Contribution(prelude))
            new.contributions.append(Contribution(info))
            current = new
            block_opened[info.block] = True
        else:
            new.role = "background"
            span = _mention_span(info, date_hit[1:] if date_hit else None, place)
            if place is None and info.text.startswith("where ") and current is not None and event_words(info.text):
                # "(near the town of Mandera ...,) where 28 passengers ... were killed after being
                # pulled off a bus on Nov. 22": the clause tells the place's earlier attack
                new.place, span = current.place, (info.start, info.end)
            if place is None and not event_words(info.text[span[0] - info.start:span[1] - info.start]):
                # "a 21-year-old Tunisian who had arrived in Europe ... in September, was shot and
                # wounded by police": a month in someone's story, no event told with it
                current.contributions.append(Contribution(info))
                continue
            new.contributions.append(Contribution(info, only=span))
            current.contributions.append(Contribution(info, masked=[span]))
            if info.methods and span[1] - span[0] >= 0.6 * (info.end - info.start):
                # ("Two of the three carried out the double suicide bombing at the Krylya (Wings)
                # rock festival at Tushino airfield ... on July 5": the sentences after it go on
                # about that attack)
                background_told = (info.block, info.index_in_block, new)
        mentions.append(new)
        if new.place is not None:
            # "In April, twin suicide bombings at churches in Tanta and Alexandria ... killed 45
            # people": each town's attack is its own incident (the total stays with the first)
            told = new.contributions[-1].only or (info.start, info.end)
            for site, site_span in _listed_sites(info, new):
                if told[0] <= site_span[0] and site_span[1] <= told[1]:
                    own = next((d for d, lo, _ in info.dates if site_span[0] <= lo < site_span[1]), None) or _own_year(
                        info, site_span)
                    rest = [d for d, lo, _ in info.dates if told[0] <= lo < told[1]
                            and not site_span[0] <= lo < site_span[1]]
                    if own is not None and rest and not _dates_compatible(own, rest[0]):
                        # "including the car-ramming at a Christmas market in Magdeburg in December,
                        # which killed six people, and a knife attack in a park in Aschaffenburg in
                        # January in which a man and a two-year-old boy were killed": attacks of their
                        # own months, each with its own words
                        mentions.append(IncidentMention(role=new.role, date=own, place=site,
                                                        contributions=[Contribution(info, only=site_span)]))
                        new.contributions[-1].masked.append(site_span)
                        new.date = rest[0]
                        continue
                    sibling = IncidentMention(role=new.role, date=new.date, place=site,
                                              contributions=[Contribution(info, only=site_span)], listed_site=True)
                    _add_coordinated(sibling, new, mentions)
    _fold_the_leads_year_into_its_day(mentions)
    title = next((i for i in infos if i.block == 0 and i.block_kind == "heading"), None)
    if title is not None and _MASTHEAD.match(title.text.strip()):
        title = None  # "The Jakarta Ledger": the paper's name, not where the story is
    title_place = _best_place([p for p in title.places if not p.origin]) if title is not None else None
    if title_place is not None and (title_place.place.specificity or 5) <= 2:
        first = next((m for m in mentions if m.role == "main" and m.date is not None), None)
        for mention in mentions:
            if mention.place is not None or mention.role != "main":
                continue
            if (first is None or mention.date is None or _dates_compatible(mention.date, first.date)
                    or not _names_an_unknown_place(mention)):
                # "Transcript: Metro Nashville Police Department news briefing" over a story that
                # names only a street: the city of its title
                mention.place = title_place
            elif title_place.place.provstate:
                # "In March, separatist militants ... hijacked the Jaffar Express in the Bolan Pass"
                # under a title on a school bus bombed in Khuzdar: another month's attack, in the
                # province the story is about, not in the title's town
                province = resolve_province(title_place.place.provstate, country_hint=title_place.place.country)
                if province is not None and province.country == title_place.place.country:
                    mention.place = replace(title_place, place=province)
    _date_by_the_tally_before(mentions, infos)
    if issuer is not None:
        # "We claim responsibility for the attack carried out today": the group the statement's
        # heading names
        claimed = next((m for m in mentions if any(_FIRST_PERSON_CLAIM.search(c.info.text) for c in m.contributions)), None)
        if claimed is not None:
            claimed.contributions.append(Contribution(issuer))
    return mentions


def _fold_the_leads_year_into_its_day(mentions: list[IncidentMention]) -> None:
    """"... ruled that Iran planned the 1994 bombing of a Jewish community center in Buenos Aires
    ... | On the morning of July 18, 1994, a Renault Trafic van packed with explosives blew up
    outside the AMIA building": a lead that names its attack by the year, and the one paragraph
    that gives that year's day to an attack of the same kind, tell one incident."""
    lead = next((m for m in mentions if m.role == "main"), None)
    if lead is None or lead.date is None or lead.date.precision != "year" or lead.coordinated:
        return
    methods = _told_methods(lead)
    days = [m for m in mentions if m is not lead and m.role == "main" and not m.coordinated and m.date is not None
            and m.date.precision == "day" and m.date.date.year == lead.date.date.year]
    if len(days) != 1 or not methods & _told_methods(days[0]):
        return
    day = days[0]
    if day.place is not None and lead.place is not None and not places_compatible(day.place.place, lead.place.place):
        return
    lead.date = day.date
    lead.place = day.place if lead.place is None else lead.place
    lead.contributions.extend(day.contributions)
    mentions.remove(day)


def mark_earlier_paragraphs_background(mentions: list[IncidentMention]) -> None:
    """A later paragraph's attack of an earlier year ("In 2019 it killed 26 people in an attack on
    a hotel in ... Kismayo") is the story's background, not another of its news."""
    first = next((m for m in mentions if m.role == "main"), None)
    if first is None or first.date is None or first.date.precision != "day":
        return
    for mention in mentions:
        if mention is first or mention.role != "main" or mention.date is None:
            continue
        if mention.date.precision == "year" or (first.date.date - mention.date.date).days > 180:
            mention.role = "background"


# "hours after", "just a day after": the time since an earlier event
_EARLIER_INTERVAL_AFTER = (r"(?:just\s+|only\s+|some\s+|barely\s+|nearly\s+|about\s+|less\s+than\s+)?(?:hours|minutes|a day|"
                           r"a few hours|(?:one|two|three|\d+)\s+(?:hours|days))\s+after\s")
_MINUTES_LEAD = re.compile(r"\W*(?:\w+\s+){0,2}?minutes\b", re.IGNORECASE)
_AFTER_EARLIER_LEAD = re.compile(r"^\W*" + _EARLIER_INTERVAL_AFTER, re.IGNORECASE)


def _earlier_attack_with_toll(text: str) -> Optional[re.Match]:
    """"barely 15 hours after two gunmen opened fire ..., killing four civilians": an earlier
    attack told with its own toll (not "minutes after a car bomb exploded nearby", the same
    attacker's first bomb); the match of its lead ("... after ")."""
    lead = _AFTER_EARLIER_LEAD.match(text)
    return lead if lead and _OWN_TOLL.search(text) and not _MINUTES_LEAD.match(text) else None


# "In Borno, ISWAP fighters killed 12 soldiers near Damboa on Monday, while in Yobe, gunmen
# abducted five traders near Geidam on Tuesday": two incidents in one sentence, each clause
# opening with its own place
_CLAUSE_BREAK = re.compile(r"(?:,\s+while|,\s+whereas|;|,\s+and|,\s+but)\s+(?=[Ii]n\s+[A-Z])"
                           # "... of Brussels Airport, and a third bomb exploded about an hour later
                           # on a metro train at Maelbeek station": the next site of the assault
                           r"|(?:;|,\s+and|,\s+while)\s+(?=(?:a|the)\s+(?:second|third|fourth)\s+(?:bomb|blast|"
                           r"explosion|attack|car bomb|suicide bomber)\b[^.;]*\blater\b)"
                           # "Police shot dead five men ... in Cambrils early on Friday, hours after a van
                           # ploughed into crowds on Barcelona's Las Ramblas, killing 13 people": the
                           # earlier attack, elsewhere, with its own toll
                           # ("..., barely 15 hours after two gunmen opened fire on three houses")
                           r"|,\s+(?=" + _EARLIER_INTERVAL_AFTER + r"\s*(?:an?|the|two|three|four|five|several|\d+|"
                           r"(?:suspected\s+|unidentified\s+|armed\s+)?(?:militants|gunmen|terrorists|insurgents|rebels|attackers|"
                           r"kidnappers|bandits|assailants|jihadists|fighters))\s)"
                           # "... killed at least 36 people on Thursday, while a separate suicide car
                           # bombing at a police station in another part of the city killed 11 more"
                           r"|(?:;|,\s+(?:while|whereas|and|as))\s+(?=(?:a|an)\s+(?:separate|unrelated)\s)"
                           # "The attack ... took place near the town of Mandera ..., where 28 passengers
                           # ... were killed after being pulled off a bus on Nov. 22": the place's
                           # earlier attack, told with its own day
                           r"|,\s+(?=where\s[^.;]{10,160}?\b(?:on|in)\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
                           r"[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\b)"
                           # "On June 13, eight police officers were killed ... in Salama, and on June 17,
                           # militants killed five villagers ...": the next clause opens with its own day
                           r"|(?:;|,\s+and|,\s+while)\s+(?=(?:on|in)\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
                           r"[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\b)")


def _clauses_told_apart(sentence: Span) -> list[Span]:
    """The sentence, or its clauses where each tells an attack in a place of its own."""
    methods = load_lexicon().methods
    text = sentence.text
    for match in _CLAUSE_BREAK.finditer(text):
        first, second = text[:match.start()], text[match.end():]
        told_second = any(m.event.search(second) for m in methods) or (second.startswith("where ") and event_words(second))
        if not (any(m.event.search(first) for m in methods) and told_second):
            continue
        if not _PLACE_AFTER_PREP.search(first) and not _earlier_attack_with_toll(second):
            # the first clause names no place of its own: one event told in two steps (unless the
            # second tells an earlier one with its own toll: "The blast took place around 9.30 am,
            # barely 15 hours after two gunmen opened fire on three houses ..., killing four")
            continue
        cut = sentence.char_span(match.end(), len(text), alignment_mode="expand")
        if cut is None or cut.start <= sentence.start:
            continue
        doc = sentence.doc
        return [doc[sentence.start:cut.start], *_clauses_told_apart(doc[cut.start:sentence.end])]
    return [sentence]


def _sentences_with_dateline(doc: Doc, folded: bool) -> list[Span]:
    """The block's sentences, a dateline the parser split off ("Magnanville (France) (AFP) -")
    kept with the sentence it opens, so that its place is read as the filing city (an upper-case
    transcript's "LIMA, 17 JUL 92 (...) --" stays a line of its own, as MUC-4 reads it)."""
    sentences = [s for s in doc.sents if s.text.strip()]
    if len(sentences) >= 2 and not folded:
        dateline = parse_dateline(sentences[0].text)
        if (dateline is not None and not sentences[0].text[dateline.end:].strip()) or _PLACE_AND_DATE_ONLY.match(
                sentences[0].text):
            # (or "Jammu, June 10 (PTI) Nine people ...", which `text_for_parsing` ends after its
            # date: "Jammu, June 10.")
            return [doc[sentences[0].start:sentences[1].end], *sentences[2:]]
    return sentences


_PLACE_AND_DATE_ONLY = re.compile(rf"^\s*{DATELINE_PLACE},\s*{DATELINE_DATE}\.?\s*$")


def analyse_document(blocks: list[Block], docs: list[Doc], doc_text: str,
                     published: Optional[date], folded: bool,
                     dateline_place: Optional[PlaceMention] = None) -> list[SentenceInfo]:
    infos: list[SentenceInfo] = []
    # a wire's dateline city (`find_dateline_place`) tells the country the story is about until
    # the text names one
    context_country: Optional[str] = (dateline_place.place.country
                                      if dateline_place is not None and not folded else None)
    date_order = slashed_date_order(doc_text)  # "03/22/2016" tells how "01/12/2016" reads
    colon_closed = _colon_datelines(blocks)
    labels_repeat = _bare_labels_repeat(blocks)
    section_country: Optional[str] = None  # a heading that is only a country's name ("Mali")
    for b_index, (block, doc) in enumerate(zip(blocks, docs)):
        block_country = _country_hint(block.text) if not folded else None
        context = block_country or context_country
        if block.kind == "heading":
            section_country = normalize_country(block.text.strip(" :#*")) if not folded else None
        s_index = 0
        for sentence in _sentences_with_dateline(doc, folded):
            for span in _clauses_told_apart(sentence):
                info = analyse_sentence(span, block, b_index, s_index, doc_text, published, folded, context,
                                        date_order, colon_closed, labels_repeat)
                if section_country and block.kind in ("list_item", "paragraph"):
                    # "Mali | - 14 November, Léré: ...": under a country's heading, a small town of
                    # another country is a namesake of a village the gazetteer lacks (not Lere, Nigeria)
                    named = set(_countries_named(info.text))  # ("Diffa, Niger" under "Nigeria" is Diffa)
                    info.places = [p for p in info.places if p.place.country in (None, section_country)
                                   or (p.place.specificity or 5) > 2 or _big_city(p.place) or p.place.country in named]
                if (section_country and block.kind in ("list_item", "paragraph") and info.event
                        and info.index_in_block == 0 and not info.places):
                    # "Mali | - 14 November, Léré: ISSP militants ambushed ...": an item under a
                    # country's heading whose town the gazetteer lacks is in that country
                    where = resolve_country(section_country)
                    if where is not None:
                        info.places = [PlaceMention(where, section_country, info.start, info.start)]
                infos.append(info)
                s_index += 1
        if block_country and block.kind != "footnote":
            context_country = block_country
        elif context_country is None and not folded and block.kind != "footnote":
            # a story that never names its country ("Four police officers killed in Lamu ambush")
            # is about the country of the places it names, when they all lie in one
            context_country = _country_of_places([i for i in infos if i.block == b_index])
    _drop_surnames_taken_for_places(infos, doc_text)
    if not folded:
        _small_towns_in_the_story_country(infos)
    _place_districts_in_their_city(infos)
    _date_in_the_story_year(infos, doc_text)
    _named_day_in_its_year(infos, doc_text)
    _items_of_a_negative_lead(infos)
    return infos


def _country_of_places(infos: list[SentenceInfo]) -> Optional[str]:
    """The one country of the places these sentences name, when one of them is a province or a
    sizeable town (a village's namesake abroad is no evidence)."""
    places = [p.place for info in infos for p in info.places if not p.origin and p.place.country]
    if not places or len({p.country for p in places}) > 1:
        return None
    if any((p.specificity or 5) in (3, 4) or ((p.specificity or 5) <= 2 and population(p) >= 20_000) for p in places):
        return places[0].country
    return None


# "in the city's Dzerzhinsky district", "the capital's Wazir Akbar Khan area"
_OF_THE_CITY_BEFORE = re.compile(r"\bthe\s+(?:city|town|capital)['’]s\s+(?:[a-z-]+\s+)?$")


def _place_districts_in_their_city(infos: list[SentenceInfo]) -> None:
    """A part of "the city" lies in the city the report last named, not in a namesake the
    gazetteer finds elsewhere (Volgograd's Dzerzhinsky district, not Moscow's)."""
    last_city: Optional[PlaceMention] = None
    for info in infos:
        for i, mention in enumerate(info.places):
            if mention.of_the_city:
                if last_city is not None and mention.place.city != last_city.place.city:
                    info.places[i] = PlaceMention(last_city.place, mention.surface, mention.start, mention.end)
                continue
            if mention.place.city and not mention.origin and (mention.place.specificity or 5) <= 2:
                last_city = mention


def _date_in_the_story_year(infos: list[SentenceInfo], doc_text: str) -> None:
    """"On 1 September 2004 militants seized the school ... The siege ended on 3 September": a day
    told without its year, in the paragraph of a full date or the next, is of that date's year
    (or the next one's) when it falls in the three months after it. Read against the report's
    date instead, an obituary of 2022 would put the end of the siege on 3 September 2021."""
    anchor: Optional[tuple[date, int]] = None  # the last full date told (or read so) and its block
    # ("Ten years ago tomorrow - on Friday, 22 May 2015 - ...": a piece that looks back on one
    # story tells it all in its year, paragraphs after its full date too)
    looking_back = bool(years_looked_back(doc_text))
    for info in infos:
        # (a few paragraphs further, only the days of the week after it: "At about 9.44am on Monday
        # 15 December 2014, Man Haron Monis ... | ... | At 2.13am on 16 December Monis shot ...")
        near = anchor is not None and (info.block - anchor[1] <= 1 or looking_back)
        if anchor is not None and (near or info.block - anchor[1] <= 3):
            dated = []
            for resolved, lo, hi in info.dates:
                if resolved.precision == "day" and is_month_day(doc_text[lo:hi]):
                    for year in (anchor[0].year, anchor[0].year + 1):
                        candidate = _safe_replace_year(resolved.date, year)
                        # (or just before it: "... on Thursday 21 July 2005 ... | On 7 July, four
                        # suicide bombers had killed 52 people": the fortnight before, not 2025's)
                        if candidate is not None and (-45 if near else 0) <= (candidate - anchor[0]).days <= (92 if near else 7) and (
                                candidate >= anchor[0] or abs(resolved.date.year - anchor[0].year) >= 2):
                            resolved = ResolvedDate(candidate, "day", resolved.approx)
                            # a timeline's next entries ("* Aug. 31, 1999 - ... | * Sept. 4 - ... |
                            # * Sept. 9 - ...") go on in the year their first one gave
                            anchor = (candidate, info.block)
                            break
                elif near and resolved.precision == "day" and _DAY_OF_THE_MONTH.match(doc_text[lo:hi]):
                    # "... on Thursday 21 July 2005 ... | On the 21st, four more men set out": that month's
                    candidate = _safe_replace_day(anchor[0], resolved.date.day)
                    if candidate is not None and 0 <= (candidate - anchor[0]).days <= 31:
                        resolved = ResolvedDate(candidate, "day", resolved.approx)
                dated.append((resolved, lo, hi))
            info.dates = dated
        for resolved, lo, hi in info.dates:
            if resolved.precision == "day" and _YEAR.search(doc_text[lo:hi]):
                anchor = (resolved.date, info.block)


# an attack named by its day: "the August 21 grenade attack cases", "the 21 August attack"
_DAY_NAMES_EVENT_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|massacres?|killings?|explosions?|"
                                    r"assaults?|shootings?|carnage|tragedy|atrocity)\b", re.IGNORECASE)


def date_from_the_setting(mentions: list[IncidentMention]) -> None:
    """An incident left without a day takes the day of the sentence that sets its scene, just
    before the first one that tells its method ("3. The attack. On the afternoon of 2 March 2011,
    shortly before 15:20, the accused went to Terminal 2 of Frankfurt Airport. ... He then boarded
    the bus ... and shot the driver"), in the same paragraph or the one above."""
    for mention in mentions:
        if mention.date is not None:
            continue
        told = [c.info for c in mention.contributions]
        # (the first sentence that tells the method and has a dated one just before it: "Five days
        # after a claymore attack on a packed bus ... | Last Thursday, 15 June, it carried more
        # than 150 people. ... | Just before eight o'clock ... two claymore mines went off")
        # (after the first, only a sentence that tells no event sets the day: not "The bombings
        # came four days after police captured Salah Abdeslam, the main surviving suspect in the
        # Nov. 13 attacks in Paris")
        methods_told = [n for n, info in enumerate(told) if info.methods and not info.negative]
        for nth, method_told in enumerate(methods_told):
            mention.date = _day_setting_the_scene(told, method_told, settings_only=nth > 0)
            if mention.date is not None:
                break


def _day_setting_the_scene(told: list[SentenceInfo], method_told: int, settings_only: bool) -> Optional[ResolvedDate]:
    """The day of the sentence, in the same paragraph or the one above, nearest before the one at
    `method_told` (that sentence included; with `settings_only`, only sentences telling no event)."""
    for info in reversed(told[max(0, method_told - 6):method_told + 1]):
        if told[method_told].block - info.block > 1:
            break
        dated = [d for d, _, _ in info.dates if d.precision == "day"]
        if dated and not info.negative and not (settings_only and info.event):
            return dated[0]
    return None


def _items_of_a_negative_lead(infos: list[SentenceInfo]) -> None:
    """The items of a list that a sentence telling no incident leads in ("police and security
    agencies have disrupted a number of attack plots, among them: | - Operation Appleby raids,
    Sydney and Brisbane, 18 September 2014 ...") tell what it tells: plots, not attacks."""
    lead: Optional[str] = None
    for info in infos:
        if info.block_kind == "list_item":
            if lead is not None and info.negative is None:
                info.negative = lead
            continue
        lead = info.negative if info.negative and info.text.rstrip().endswith(":") else None


def _named_day_in_its_year(infos: list[SentenceInfo], doc_text: str) -> None:
    """A day without its year that names an attack ("the August 21 grenade attack cases") is the
    day the report gives in full elsewhere ("the grenade attack ... on 21 August 2004"), not that
    day in the year of a verdict published in 2018."""
    years: dict[tuple[int, int], set[int]] = {}
    for info in infos:
        for resolved, lo, hi in info.dates:
            if resolved.precision == "day" and _YEAR.search(doc_text[lo:hi]):
                years.setdefault((resolved.date.month, resolved.date.day), set()).add(resolved.date.year)
    for info in infos:
        dated = []
        for resolved, lo, hi in info.dates:
            told = years.get((resolved.date.month, resolved.date.day), set())
            if (resolved.precision == "day" and len(told) == 1 and resolved.date.year not in told
                    and is_month_day(doc_text[lo:hi]) and _DAY_NAMES_EVENT_AFTER.match(doc_text, hi)):
                moved = _safe_replace_year(resolved.date, next(iter(told)))
                if moved is not None:
                    resolved = ResolvedDate(moved, "day", resolved.approx)
            dated.append((resolved, lo, hi))
        info.dates = dated


_DAY_OF_THE_MONTH = re.compile(r"^(?:on\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\W*$", re.IGNORECASE)


def _safe_replace_day(day: date, day_of_month: int) -> Optional[date]:
    try:
        return day.replace(day=day_of_month)
    except ValueError:
        return None


def _safe_replace_year(day: date, year: int) -> Optional[date]:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|from|to|into|of)\s+(?:the\s+)?$", re.IGNORECASE)


_NAME_BEFORE_PARTICLE = re.compile(r"\b((?:[A-Z][a-z'’-]+\s+){0,2}[A-Z][a-z'’-]+)\s+(?:bin|binti|bint|ibn|alias|a\.k\.a\.|aka)\s+[A-Z]")


_TITLED_NAME = re.compile(r"\b(?i:colonel|col|general|gen|captain|capt|lieutenant|lt|sergeant|sgt|major|president|director|"
                          r"mayor|minister|judge|father|monsignor|bishop|archbishop|dr|doctor|mr|mrs|ms)\.?\s+"
                          r"((?:[A-Za-z'’\-]+\s+){1,3}[A-Za-z'’\-]+),")


_NOT_IN_NAMES = {"of", "the", "in", "for", "and", "at", "to", "from", "on", "said", "says", "was", "is"}


_IN_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)


def _drop_surnames_taken_for_places(infos: list[SentenceInfo], doc_text: str) -> None:
    """"Officer Alan Horujko confronts Artan": once a report has named "Abdul Razak Ali Artan",
    his surname alone is the man, not a village that happens to be spelled so. A town is kept
    where a locative word introduces it ("in Artan")."""
    name_words = {t.text for info in infos for e in info.span.ents
                  if e.label_ == "PERSON" and len(e) >= 2 for t in e if t.text[:1].isupper()}
    # "Ahmad Muhazan bin Saron", "Afif alias Sunakim": the names before a patronymic or an alias
    # are a person's, whatever the NER made of them
    name_words |= {w for m in _NAME_BEFORE_PARTICLE.finditer(doc_text) for w in m.group(1).split()}
    # "director colonel roberto armando rivera escobar, who was killed": a titled name (an
    # upper-case transcript's, which the NER does not tag) before its comma
    name_words |= {w.lower() for m in _TITLED_NAME.finditer(doc_text) for w in m.group(1).split()
                   if not set(m.group(1).lower().split()) & _NOT_IN_NAMES}  # (not "the mayor of lima,")
    if not name_words:
        return
    @functools.lru_cache(maxsize=None)
    def named_again_and_again(word: str) -> bool:
        # ("He left a bomb hidden in a metal camera case near Pastora": the man an obituary is
        # about, even after a locative word other than "in"; counted only for such a word)
        return word in name_words and len(re.findall(rf"\b{re.escape(word)}\b", doc_text)) >= 4

    for info in infos:
        info.places = [p for p in info.places
                       if not ((p.surface in name_words or p.surface.lower() in name_words) and not normalize_country(p.surface)
                               and (p.place.specificity or 5) <= 2
                               and (not _LOCATIVE_BEFORE.search(doc_text[max(0, p.start - 15):p.start])
                                    or (not _IN_BEFORE.search(doc_text[max(0, p.start - 4):p.start])
                                        and named_again_and_again(p.surface))))]


def _small_towns_in_the_story_country(infos: list[SentenceInfo], small: int = 20_000) -> None:
    """A small town abroad, named before the story names its country, is read in the country
    most of the story's places lie in when it has a namesake there: a Metropolitan Police release
    on "the murder of a man in John Wilson Street, Woolwich, SE18" that goes on about London is
    about Woolwich in London, not Woolwich, Maine (a sentence that names a country keeps its own)."""
    counts: dict[str, int] = {}
    for info in infos:
        for p in info.places:
            if p.place.country and not p.origin:
                counts[p.place.country] = counts.get(p.place.country, 0) + 1
    if not counts:
        return
    story_country = max(counts, key=lambda c: counts[c])
    if counts[story_country] < 3 or sorted(counts.values())[-2:-1] == [counts[story_country]]:
        return  # (no country stands out)
    # ("VAIL — ... Colorado Public Radio ... Colorado's wildlife": Vail, Colorado, not Vail, Arizona)
    states = {p.place.provstate for info in infos for p in info.places
              if p.place.country == story_country and p.place.specificity in (3, 4) and p.place.provstate and not p.origin}
    for info in infos:
        if any(_countries_named(info.text)):
            continue
        for index, p in enumerate(info.places):
            if p.place.specificity != 1 or p.origin or population(p.place) >= small:
                continue
            if p.place.country != story_country:
                there = resolve_place(p.surface, country_hint=story_country)
                if there is not None and there.country == story_country:
                    info.places[index] = replace(p, place=there)
            elif len(states) == 1 and p.place.provstate not in states:
                there = next((c for c in place_candidates(p.surface)
                              if c.country == story_country and c.provstate in states), None)
                if there is not None:
                    info.places[index] = replace(p, place=there)


def _province_of(last: PlaceMention) -> PlaceMention:
    """The province of a place told before ("in the same area")."""
    return PlaceMention(Place(country=last.place.country, region=last.place.region,
                              provstate=last.place.provstate, specificity=4),
                        last.surface, last.start, last.end)


def borrow_places(mentions: list[IncidentMention], infos: list[SentenceInfo]) -> None:
    """An incident told without a place takes it from another sentence that dates the same
    event: "A court ... sentenced a man for the murder of a priest in a church in
    Saint-Etienne-du-Rouvray, Normandy, in July 2016" places "had his throat slit ... on 26 July
    2016". The sentence must name the incident's date (or its month) and a place not of origin."""
    for mention in mentions:
        if mention.place is not None or mention.date is None:
            continue
        for info in infos:
            places = [p for p in info.places if not p.origin]
            dated = [start for d, start, _ in info.dates if _dates_compatible(d, mention.date)]
            if places and dated:
                # of several places ("A court in Paris ... in Saint-Etienne-du-Rouvray ... in July
                # 2016"), the one nearest the date
                mention.place = min(places, key=lambda p: min(abs(p.start - start) for start in dated))
                break


def place_examples_of_a_record(mentions: list[IncidentMention], infos: list[SentenceInfo]) -> None:
    """Incidents told without a place right after a sentence that sums up one place's record
    ("Mumbai, India's financial capital, has been attacked many times. | In November 2008, gunmen
    attacked hotels ... | In July 2006, seven bombs on commuter trains killed ..."): that place's."""
    position = {id(info): n for n, info in enumerate(infos)}
    for mention in mentions:
        if mention.place is not None or not mention.contributions:
            continue
        for told in (c.info for c in mention.contributions if not c.masked):
            at = position[id(told)]
            for before in reversed(infos[max(0, at - 2):at]):
                if before.block != told.block:
                    break
                places = [p for p in before.places if not p.origin and p.place.city]
                if before.aggregate and len({p.place.city for p in places}) == 1:
                    mention.place = places[0]
                    break
            if mention.place is not None:
                break


# a newspaper's name: "The Jakarta Ledger", "THE NAIROBI MIRROR", "Carolina Coastal Ledger"
_MASTHEAD = re.compile(r"^(?:the\s+)?(?:[\w.'’-]+\s+){1,3}(?:times|post|ledger|herald|mirror|tribune|gazette|news|daily|"
                       r"journal|chronicle|star|standard|observer|express|guardian|telegraph|sun|inquirer|courier|"
                       r"dispatch|record|review|bulletin|monitor|nation|today|globe|reporter|examiner)$", re.IGNORECASE)


def find_title_place(infos: list[SentenceInfo], limit: int = 3) -> Optional[PlaceMention]:
    """The place a report's title names ("Istanbul blast: suicide bomber kills 10 tourists"):
    the story's own place when its body names none the gazetteer knows."""
    for info in infos:
        if info.block >= limit:
            break
        places = [p for p in info.places if not p.origin]
        if info.block_kind == "heading" and info.event and places:
            return _best_place(places)
        if info.block_kind == "heading" and info.event:
            # "2019 Sri Lanka Easter bombings — foreign victims": a country the NER took for a
            # person's name
            country = _country_named_in(info)
            if country is not None:
                return country
    return None


def _country_named_in(info: SentenceInfo, only: bool = False) -> Optional[PlaceMention]:
    """The country a sentence names (with `only`, the one country it names), as a place."""
    countries = list(dict.fromkeys(_countries_named(info.text)))
    if not countries or (only and len(countries) > 1):
        return None
    where = resolve_country(countries[0])
    if where is None:
        return None
    at = info.start + max(info.text.find(countries[0]), 0)
    return PlaceMention(where, countries[0], at, at + len(countries[0]))


def place_by_title_country(mentions: list[IncidentMention], infos: list[SentenceInfo], limit: int = 2) -> None:
    """An incident told without any place the gazetteer knows ("13 November, when gunmen and
    suicide bombers attacked the Stade de France, cafés and the Bataclan concert hall") in a
    report whose title names one country ("France's year of terror, revisited") is in that
    country, at country level."""
    if all(m.place is not None for m in mentions):
        return
    title = next((i for i in infos if i.block < limit and i.block_kind == "heading"), None)
    country = _country_named_in(title, only=True) if title is not None else None
    if country is None:
        return
    for mention in mentions:
        if mention.place is None and mention.role in ("main", "list"):
            mention.place = replace(country)


def refine_country_place(mentions: list[IncidentMention]) -> None:
    """An incident placed only by its country takes the one town (or province) of that country
    its own opening sentences name: "Thirty years ago this morning, at 6:22 a.m. on a quiet Sunday
    in Lebanon, a yellow Mercedes-Benz truck crashed through ... at Beirut International Airport"
    (only the sentences up to the first that tells its method: later ones name memorials, envoys,
    the towns the victims came from)."""
    for mention in mentions:
        if mention.place is None or (mention.place.place.specificity or 5) != 5 or mention.place.place.city:
            continue
        found: dict[str, PlaceMention] = {}
        for index, contribution in enumerate(mention.contributions):
            if not contribution.masked and not contribution.only:
                for p in contribution.info.places:
                    if (not p.origin and not p.dateline and not p.near and p.place.country == mention.place.place.country
                            and (p.place.specificity or 5) < 5):
                        found.setdefault(p.place.city or p.place.provstate or "", p)
            if contribution.info.methods and index > 0:
                break  # (a headline's "Marine barracks bombing" opens the story, it does not end its scene)
        if len(found) == 1:
            mention.place = next(iter(found.values()))
        elif not found and mention.coordinated and any(_A_SHORT_WAY_OFF.search(c.text()) for c in mention.contributions):
            # "Minutes later, a second suicide bomber drove a truck into the Drakkar building a few
            # miles away": a site of the coordinated assault, in the town of the one told before it
            partner = next((m for m in mention.coordinated if m.place is not None and m.place.place.city
                            and m.place.place.country == mention.place.place.country), None)
            if partner is not None:
                mention.place = partner.place


def place_the_village_in_its_province(mentions: list[IncidentMention]) -> None:
    """A town the gazetteer lacks, known only with its country ("ISSERS, Algeria"), takes the
    province a sentence of its incident names beside it ("Issers lies about 60 kilometres east
    of the capital, in Boumerdes province"): GTD's provstate, and its centre for coordinates."""
    for mention in mentions:
        place = mention.place.place if mention.place is not None else None
        if place is None or not place.city or place.provstate or place.geonameid is not None:
            continue
        town = re.compile(rf"\b{re.escape(place.city)}\b", re.IGNORECASE)
        provinces = {p.place.provstate: p.place for c in mention.contributions if not c.masked and town.search(c.text())
                     for p in c.info.places if p.place.country == place.country and p.place.provstate and not p.place.city
                     and not p.origin}
        if len(provinces) == 1:
            province = next(iter(provinces.values()))
            mention.place = replace(mention.place, place=_village_place(place.city, province, without_centre=5))


# "a few miles away", "two kilometres away", "several blocks away": the same town
_A_SHORT_WAY_OFF = re.compile(r"\b(?:a\s+few|a\s+couple\s+of|several|one|two|three|four|five|\d)\s+"
                              r"(?:miles|kilometres|kilometers|km|blocks|streets)\s+away\b", re.IGNORECASE)


def place_opening_the_story(mentions: list[IncidentMention], infos: list[SentenceInfo],
                            reach: int = 6) -> None:
    """The main incident still without a place takes the one the sentences just before it name
    ("We start in Afghanistan, where security forces say they have ended a siege at the
    Intercontinental Hotel in Kabul ... | CORRESPONDENT: Well, the attack began at around nine
    o'clock last night, when gunmen ... stormed the hotel"): the scene the story opened with."""
    main = next((m for m in mentions if m.role == "main"), None)
    if main is None or main.place is not None or not main.contributions or main is not mentions[0]:
        return
    first = infos.index(main.contributions[0].info) if main.contributions[0].info in infos else 0
    for info in reversed(infos[max(0, first - reach):first]):
        if info.negative or info.aggregate or info.years:
            break  # another event, a tally, an older year: not the story's scene
        place = _best_place([p for p in info.places if not p.near])
        if place is not None and place.place.country is not None:
            main.place = place
            return


def find_office_place(infos: list[SentenceInfo], limit: int = 3) -> Optional[PlaceMention]:
    """The town whose office issued the report ("Shooting in tram at 24 Oktoberplein — updates
    from the Utrecht police"), named in its first blocks: the place of a story that names no
    other (the office's own town, not its province)."""
    for info in infos:
        if info.block >= limit:
            break
        for start, surface in info.offices:
            place = _resolve_surface(surface, None, False)
            if place is not None and place.city:
                return PlaceMention(place, surface, start, start + len(surface))
    return None


def _colon_datelines(blocks: list[Block]) -> bool:
    """Whether this document's "Raipur, April 26, 2023: ..." opening is a dateline (see
    `colon_datelines_allowed`), for every reader of its datelines to agree."""
    return colon_datelines_allowed([b.text for b in blocks if b.kind == "paragraph"])


def _bare_labels_repeat(blocks: list[Block]) -> bool:
    """Whether several paragraphs open with "Place, date —" (`bare_labels_repeat`): dated items."""
    return bare_labels_repeat([b.text for b in blocks if b.kind == "paragraph"])


def _division_named(text: str) -> Optional[Place]:
    """The state or country written after a town's comma ("N.C.", "Texas", "North Carolina",
    "France"), or None."""
    text = text.strip(" ,")
    division = resolve_state_abbreviation(text)
    if division is None and text:
        country = normalize_country(text)
        division = resolve_country(country) if country else resolve_province(text)
    return division if division is not None and (division.specificity or 0) >= 4 else None


def _town_in(surface: str, division: Place) -> Optional[Place]:
    """The place called `surface` inside a state or country ("Carthage" in North Carolina, not the
    Tunisian one), or None where the gazetteer has none there."""
    return next((c for c in place_candidates(surface) if c.country == division.country
                 and (division.provstate is None or c.provstate == division.provstate)), None)


# a byline's place line, a town in capitals and its country ("KEBITHIGOLLEWA, Sri Lanka |
# Tuesday, 20 June 2006"), alone on its line
_PLACE_LINE = re.compile(r"(?P<city>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}),\s+(?P<country>[A-Z][\w'’.]+(?: [A-Z][\w'’.]+){0,2})"
                         r"\s*(?:[|•·—–-]\s*[^\n]{0,60})?")


def _place_line(text: str) -> Optional[Dateline]:
    line = _PLACE_LINE.fullmatch(text.strip())
    if line is None or normalize_country(line.group("country")) is None:
        return None
    return Dateline(place=f'{line.group("city")}, {line.group("country")}', city=line.group("city"), country=line.group("country"), city_start=line.start("city"),
                    city_end=line.end("city"), day=None, month=None, year=None, agency=None, end=line.end(), wire=False)


def find_dateline_place(blocks: list[Block], limit: int = 6) -> Optional[PlaceMention]:
    """The place of a wire dateline ("CHARLESTON, S.C. -", "LIMA, 10 JAN 90 (EFE) --"): where
    the story was filed, which is where the main incident happened unless the text says otherwise."""
    colon_closed = _colon_datelines(blocks)
    labels_repeat = _bare_labels_repeat(blocks)
    for block in blocks[:limit]:
        dateline = parse_dateline(block.text, colon_closed) or _place_line(block.text)
        if dateline is None or dateline.city is None or dateline.bracketed:
            continue
        if labels_repeat and is_bare_label(dateline):
            continue  # a digest item's label, not where the text was filed
        name = dateline.city
        surface = name.title() if name.isupper() else name
        place = _resolve_surface(surface, None, False)
        # "CARTHAGE, N.C. —", "PARIS, Texas (AP) —": the town of that name in the state named
        after_city = re.sub(r"\(.*", "", dateline.place[len(dateline.city):] if dateline.place.startswith(dateline.city) else "")
        division = _division_named(after_city) if after_city.strip(" ,") else None
        if division is not None and (place is None or place.provstate != division.provstate or place.country != division.country):
            place = _town_in(surface, division) or place
        if place is None and division is not None and not is_common_word(surface):
            # "ISSERS, Algeria, Aug 19, 2008 (AFP) -": a town the gazetteer lacks, in the country
            # the dateline names (no desk files from a village: the story's scene)
            place = _village_place(surface, division, without_centre=5)
        if place is not None:
            return PlaceMention(place, name, block.start + dateline.city_start,
                                block.start + dateline.city_end)
    return None
