"""Small comparisons shared by incident merging and gold evaluation."""
from __future__ import annotations

import math
import re
import unicodedata
from typing import Optional

EARTH_RADIUS_KM = 6371.0088


def fold(text: Optional[str]) -> str:
    """Accent-, case- and punctuation-insensitive form of a name: 'Trèbes' == 'TREBES',
    'St. Petersburg' == 'St Petersburg', 'Sankt-Peterburg' == 'Sankt Peterburg'."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    no_accents = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    spaced = re.sub(r"[^\w]+", " ", no_accents.casefold())
    return " ".join(spaced.replace("_", " ").split())


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))
