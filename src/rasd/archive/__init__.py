"""The archive: many analysed articles in one SQLite file, searchable in Arabic and grouped into stories.

``Archive`` opens (and migrates) the file; ``rasd.ingest`` fills it from files and folders on all cores;
``search`` finds articles across clitic and inflected spellings; ``cluster`` groups reports of one story and
merges their events; ``export`` writes tables as JSONL, CSV or Parquet. docs/archive.md documents the schema.
"""

from __future__ import annotations

from rasd.archive.store import DEFAULT_DB, AddResult, Archive, connect, latest_version, migrate

__all__ = ["DEFAULT_DB", "AddResult", "Archive", "connect", "latest_version", "migrate"]
