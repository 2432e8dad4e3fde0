"""A title for a plain-text report: the headline line, if the text has one."""
from __future__ import annotations

import re
from typing import Optional

from incidex.ingest.pubdate import DateMention, classify_mention, iter_date_mentions

TITLE_MAX_CHARS = 150
TITLE_MAX_WORDS = 20
# Lines at least this long, one after another, are read as hard-wrapped prose rather than headings.
WRAPPED_LINE_MIN_CHARS = 40

_WORD = re.compile(r"[^\W\d_]{2,}")


def title_from_text(text: str, markdown: bool = False, lines_to_try: int = 10) -> Optional[str]:
    """The first short line standing as its own heading, and neither a bare date, a breadcrumb trail
    nor a dateline. In hard-wrapped text (MUC, wire copy) a paragraph's first line is no heading."""
    lines = [_strip_markdown(line) if markdown else line.strip() for line in text.splitlines()]
    hard_wrapped = _is_hard_wrapped(lines)
    tried = 0
    for i, line in enumerate(lines):
        if not line:
            continue
        tried += 1
        if tried > lines_to_try or _ends_a_sentence(line, continues=i > 0 and bool(lines[i - 1])):
            break  # the body has begun: headings come before it
        if len(line) > TITLE_MAX_CHARS or len(line.split()) > TITLE_MAX_WORDS:
            continue
        if _is_breadcrumb(line):  # "Home » World » ..."
            continue
        # a headline does not end like a sentence or a wrapped fragment
        if line.endswith((".", ",", ";", ":", "-")) or not _stands_alone(lines, i, hard_wrapped):
            continue
        mentions = list(iter_date_mentions(line))
        if len(_WORD.findall(_without_dates(line, mentions))) < 2:  # "Tuesday, 20 October 2020" is a date
            continue
        if any(_is_dateline(line, m) for m in mentions):  # "LIMA, 10 JAN 90 (EFE) -- [TEXT] ..." opens the body
            continue
        return line
    return None


def _stands_alone(lines: list[str], i: int, hard_wrapped: bool) -> bool:
    """Line i is a heading, not a piece of a hard-wrapped paragraph.

    A piece of wrapped text follows or precedes another line of similar, wrap-width length;
    a heading sits between blank lines or beside short lines (a byline, a date, a breadcrumb).
    In a hard-wrapped text only a line between blank lines can be a heading.
    """
    line = lines[i]
    previous = lines[i - 1] if i > 0 else ""
    if len(previous) >= WRAPPED_LINE_MIN_CHARS and not _is_breadcrumb(previous):
        return False
    following = lines[i + 1] if i + 1 < len(lines) else ""
    if hard_wrapped:
        return not following
    if len(following) < WRAPPED_LINE_MIN_CHARS or len(following) > TITLE_MAX_CHARS:
        return True  # blank, short, or an unwrapped body paragraph
    return len(line) < 0.6 * len(following)


def _ends_a_sentence(line: str, continues: bool) -> bool:
    """A line that closes a sentence of some length, or closes a paragraph of several lines."""
    return line.rstrip('"”’\')').endswith((".", "!", "?")) and (continues or len(line.split()) >= 6)


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Most lines run on into a next line of wrap width: text wrapped at a fixed column."""
    filled = [line for line in lines if line]
    runs_on = sum(1 for a, b in zip(lines, lines[1:])
                  if len(a) >= WRAPPED_LINE_MIN_CHARS and WRAPPED_LINE_MIN_CHARS <= len(b) <= TITLE_MAX_CHARS)
    return bool(filled) and runs_on >= 0.5 * len(filled)


def _is_breadcrumb(line: str) -> bool:
    return any(mark in line for mark in ("»", "›", " > "))


def _strip_markdown(line: str) -> str:
    return line.strip().lstrip("#").strip().strip("*_").strip()


def _without_dates(line: str, mentions: list[DateMention]) -> str:
    for mention in sorted(mentions, key=lambda m: m.start, reverse=True):
        line = line[: mention.start] + line[mention.end:]
    return line


def _is_dateline(line: str, mention: DateMention) -> bool:
    classify_mention(line, mention)
    return mention.kind == "dateline"
