"""Ingest stage: files, folders, JSON lines and pasted text -> Document (or Skipped)."""
from incidex.ingest.html import html_to_text
from incidex.ingest.pubdate import PublicationDate, explain_publication_date, find_publication_date
from incidex.ingest.read import IngestError, content_hash, read_paths, read_text

__all__ = [
    "IngestError",
    "PublicationDate",
    "content_hash",
    "explain_publication_date",
    "find_publication_date",
    "html_to_text",
    "read_paths",
    "read_text",
]
