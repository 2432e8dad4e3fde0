"""Questions asked of the incident database (counts, timelines)."""
