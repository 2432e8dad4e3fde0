"""Small comparisons shared by incident merging and gold evaluation."""
from __future__ import annotations

import re
import unicodedata
from typing import Optional

from incidex.normalize.gazetteer import haversine_km  # noqa: F401 (one formula, re-exported for store/evaluate)


def fold(text: Optional[str]) -> str:
    """Accent-, case- and punctuation-insensitive form of a name: 'Trèbes' == 'TREBES',
    'St. Petersburg' == 'St Petersburg', 'Sankt-Peterburg' == 'Sankt Peterburg'."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    no_accents = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    spaced = re.sub(r"[^\w]+", " ", no_accents.casefold())
    return " ".join(spaced.replace("_", " ").split())
