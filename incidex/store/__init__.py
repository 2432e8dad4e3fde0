"""The incident database: SQLite storage, merging of repeated reports."""
from incidex.store.db import (IncidentFilter, IngestOutcome, SourceRef, Store, StoredEvidence,
                              StoredIncident, StoreError)
from incidex.store.merge import merge_records, same_incident

__all__ = ["Store", "StoreError", "IngestOutcome", "IncidentFilter", "SourceRef",
           "StoredEvidence", "StoredIncident", "merge_records", "same_incident"]
