"""Writers of stored incidents: GTD CSV, JSON Lines, GeoJSON (each streams to a TextIO)."""
