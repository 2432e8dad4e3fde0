"""Casualty and perpetrator counts written in words or digits -> integers.

The GTD records a conservative figure: "dozens" is 24, "hundreds" 200, "at least 3"
is 3 (and a lower bound), "nearly 30" is 30 (approximate). The caller passes the
number phrase ("at least four", "twenty-one", "a dozen"); what is counted ("people",
"passersby") is its business. `find_counts` locates such phrases in a sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from text_to_num import text2num


@dataclass
class Count:
    value: int
    approx: bool = False
    lower_bound: bool = False


_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
# the number words a terse toll writes alone ("six killed, about fifty injured" is rarer)
WORDS_UP_TO_TWENTY: tuple[str, ...] = (*_UNITS, _TENS[0])
_SCALES = ("hundred", "thousand", "million")
_NUMBER_WORD = r"(?:" + "|".join(_UNITS + _TENS + list(_SCALES)) + r")"
# a run of number words: "twenty-one", "one hundred and five", "two thousand"
# ("a hundred and two people were wounded": "a" for one before a scale)
_WORD_NUMBER = rf"(?:an?\s+(?=(?:hundred|thousand|million)\b))?{_NUMBER_WORD}(?:(?:[\s-]+|\s+and\s+){_NUMBER_WORD})*"
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"

# vague quantities, valued as the GTD codes them (a conservative reading)
_VAGUE = {
    "a dozen": (12, False), "dozen": (12, False), "half a dozen": (6, False),
    "dozens": (24, True), "dozens of": (24, True), "scores": (40, True), "scores of": (40, True),
    "a score": (20, False), "score": (20, False), "hundreds": (200, True), "hundreds of": (200, True),
    "thousands": (2000, True), "thousands of": (2000, True), "tens of": (20, True),
    "a couple": (2, True), "a couple of": (2, True), "a few": (3, True), "few": (3, True),
    "several": (3, True), "a handful": (3, True), "a handful of": (3, True),
    "a number of": (3, True), "some": (2, True), "many": (10, True), "numerous": (10, True),
    "a": (1, False), "an": (1, False), "one": (1, False), "single": (1, False), "a single": (1, False),
    "lone": (1, False), "a lone": (1, False), "both": (2, False), "a pair of": (2, False),
    "no one": (0, False), "nobody": (0, False), "none": (0, False), "no": (0, False),
    "not a single": (0, False), "not one": (0, False), "zero": (0, False),
}
_LOWER = r"at\s+least|more\s+than|over|upwards\s+of|in\s+excess\s+of|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of"
_APPROX = r"nearly|almost|about|around|some|roughly|approximately|an\s+estimated|estimated|up\s+to|close\s+to|as\s+many\s+as|perhaps|possibly|at\s+most"
_VAGUE_RE = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in _VAGUE), key=len, reverse=True))

_COUNT_RE = re.compile(
    rf"\b(?:(?P<lower>{_LOWER})\s+|(?P<approx>{_APPROX})\s+)?"
    rf"(?:(?P<digits>{_DIGITS})(?!\s*(?:%|percent|per\s+cent))|(?P<words>{_WORD_NUMBER})|(?P<vague>{_VAGUE_RE}))\b",
    re.IGNORECASE,
)


def _words_value(words: str) -> Optional[int]:
    text = re.sub(r"\s+and\s+", " ", words.lower())
    text = re.sub(r"[\s-]+", " ", text).strip()
    text = re.sub(r"^an? (?=hundred|thousand|million)", "", text)
    if text.startswith(("hundred", "thousand", "million")):
        text = "one " + text
    try:
        return int(text2num(text, "en"))
    except (ValueError, TypeError):
        return None


def _from_match(m: re.Match) -> Optional[Count]:
    lower, approx = bool(m.group("lower")), bool(m.group("approx"))
    if m.group("digits"):
        value = int(m.group("digits").replace(",", ""))
    elif m.group("words"):
        value = _words_value(m.group("words"))
        if value is None:
            return None
    else:
        vague = re.sub(r"\s+", " ", m.group("vague").lower())
        value, vague_approx = _VAGUE[vague]
        approx = approx or vague_approx
    return Count(value=value, approx=approx, lower_bound=lower)


def parse_count(text: str) -> Optional[Count]:
    """A number phrase -> Count: "15", "1,200", "twenty-one", "THREE", "a dozen" (12),
    "dozens" (24, approx), "at least 3" (lower bound), "nearly 30" (approx),
    "no one" (0). Text that is not a number phrase gives None."""
    phrase = re.sub(r"\s+", " ", (text or "").strip()).rstrip(".,;:")
    if not phrase:
        return None
    m = _COUNT_RE.fullmatch(phrase)
    if m:
        return _from_match(m)
    # a number phrase followed by what it counts: "four policemen", "a dozen people"
    m = _COUNT_RE.match(phrase)
    if m and m.end() > 0 and (m.group("digits") or m.group("words") or m.group("vague")):
        tail = phrase[m.end():]
        if tail[:1] in (" ", "") and not re.match(r"\s*(?:%|-year|year|st\b|nd\b|rd\b|th\b)", tail):
            return _from_match(m)
    return None


# the names of the months, whole or cut short (a day of the month is no count)
MONTH_NAMES = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
               r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b")
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAMES}", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"\b{MONTH_NAMES}\.?\s+$", re.IGNORECASE)

# Words that look like counts but rarely are in running text.
_WEAK = {"a", "an", "one", "some", "no", "many", "several", "few", "single", "lone", "both", "none", "score"}


def find_counts(text: str) -> list[tuple[Count, int, int]]:
    """Number phrases in a sentence with their character offsets. Articles and
    vague words ("a", "some", "no") are left out unless a bound or approximation
    word comes with them; years, ages, times and percentages are not counts."""
    found = []
    for m in _COUNT_RE.finditer(text or ""):
        core = (m.group("digits") or m.group("words") or m.group("vague") or "").lower()
        if core in _WEAK and not (m.group("lower") or m.group("approx")):
            continue
        after = text[m.end():m.end() + 12]
        before = text[max(0, m.start() - 1):m.start()]
        if m.group("digits"):
            if re.match(r"\s*(?:-|\s)?(?:year|yr)s?[- ]old|[-:./]\d|\s*(?:a\.?m\.?|p\.?m\.?|GMT|%)", after, re.IGNORECASE):
                continue  # ages, dates, times, percentages
            if _MONTH_AFTER.match(after) or _MONTH_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
                continue  # the day of a date: "23 March", "March 23"
            if re.fullmatch(r"1[89]\d\d|20\d\d", m.group("digits")):
                continue  # a year
            if before in ("/", "-", ":", ".", "$", "£", "€"):
                continue
        elif re.match(r"[- ]year[- ]old", after, re.IGNORECASE):
            continue
        count = _from_match(m)
        if count is not None:
            found.append((count, m.start(), m.end()))
    return found
