"""The whole pipeline: read -> parse -> extract -> normalise -> store.

`ingest_paths` is what `incidex ingest` runs (`incidex extract` calls
`incidex.extract.incidents.extract_many` directly, without a database). Documents are
streamed (parsed a few at a time), so memory stays flat on big folders.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from incidex.extract.incidents import extract_each
from incidex.ingest.read import read_paths
from incidex.model import Document, Skipped


@dataclass
class IngestSummary:
    read: int = 0
    skipped: int = 0
    duplicates: int = 0
    new: int = 0
    updated: int = 0
    skipped_reasons: list[Skipped] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)

    def line(self) -> str:
        return (f"documents read: {self.read} (already stored: {self.duplicates}), skipped: {self.skipped}, "
                f"incidents new: {self.new}, incidents updated: {self.updated}")


def split_readable(items: Iterable[Document | Skipped], summary: IngestSummary,
                   on_skip: Optional[Callable[[Skipped], None]] = None) -> Iterator[Document]:
    for item in items:
        if isinstance(item, Skipped):
            summary.skipped += 1
            summary.skipped_reasons.append(item)
            if on_skip:
                on_skip(item)
            continue
        yield item


def ingest_documents(documents: Iterable[Document], store, summary: IngestSummary,
                     on_document: Optional[Callable[[Document], None]] = None) -> IngestSummary:
    """Store each document with its incidents, one transaction per document. Documents are
    parsed a few at a time (see `extract_each`); each is stored as soon as it is coded."""

    def not_yet_stored() -> Iterator[Document]:
        for document in documents:
            summary.read += 1
            if store.has_document(document.content_hash):
                summary.duplicates += 1  # re-ingesting the same report changes nothing
                if on_document:
                    on_document(document)
                continue
            yield document

    for extraction in extract_each(not_yet_stored()):
        document = extraction.document
        try:
            if extraction.error is not None:
                raise extraction.error
            outcome = store.ingest(document, extraction.records)
        except Exception as exc:  # one bad document must not stop a run over thousands
            summary.failed.append((document.source, f"{type(exc).__name__}: {exc}"))
            summary.skipped += 1
            summary.read -= 1
        else:
            if outcome.skipped_duplicate:
                summary.duplicates += 1
            summary.new += len(outcome.new)
            summary.updated += len(outcome.updated)
        if on_document:
            on_document(document)
    return summary


def ingest_paths(paths: Iterable[str | Path], store, on_skip=None, on_document=None,
                 max_bytes: int = 10_000_000) -> IngestSummary:
    summary = IngestSummary()
    documents = split_readable(read_paths(paths, max_bytes=max_bytes), summary, on_skip)
    return ingest_documents(documents, store, summary, on_document)
