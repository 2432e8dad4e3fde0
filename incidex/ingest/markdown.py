"""Markdown to plain text: a newsletter's or a wiki export's markup taken off its words.

"**Burkina Faso, 30 Nov** — JNIM claimed ..." reads as "Burkina Faso, 30 Nov — JNIM claimed ...",
the way a wire digest writes its items, and "## Africa" as the heading "Africa". Bullets and
table rows stay: the segmenter reads them as list items and table rows.
"""
from __future__ import annotations

import re

_HEADING_MARK = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(?=\S)", re.MULTILINE)
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# (a bullet "* item" has a blank after its star, so it is no emphasis)
_EMPHASIS_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
# (snake_case words are left alone: the underscores must stand outside words)
_EMPHASIS_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[a-z]+:|/|#|www\.)[^)\s]*(?:\s+\"[^\"\n]*\")?\)")
_RULE = re.compile(r"^[ \t]*(?:-[ \t]*){3,}$|^[ \t]*(?:\*[ \t]*){3,}$|^[ \t]*(?:_[ \t]*){3,}$", re.MULTILINE)
_QUOTE_MARK = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)


def looks_like_markdown(text: str) -> bool:
    """A plain-text file written in markdown: an ATX heading ("## Europe") or strong emphasis."""
    return bool(_HEADING_MARK.search(text) or _STRONG.search(text))


def markdown_to_text(text: str) -> str:
    """The text without markdown's markup: headings' hashes, emphasis, links (their words kept),
    images, rules and quote marks; line structure unchanged."""
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _RULE.sub("", text)
    text = _HEADING_MARK.sub("", text)
    text = _QUOTE_MARK.sub("", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS_STAR.sub(r"\1", text)
    return _EMPHASIS_UNDERSCORE.sub(r"\1", text)
