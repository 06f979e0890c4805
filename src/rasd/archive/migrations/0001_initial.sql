-- rasd archive, schema version 1. Applied once, inside one transaction, by rasd.archive.store.migrate().
-- Never edit a released migration: add NNNN_<what>.sql with the next number instead (docs/archive.md).

-- Settings fixed when the archive is created (stemmer, shingle size, MinHash / LSH parameters): every
-- later writer reads them back so all documents of one archive are indexed and clustered the same way.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per article. `content_hash` (sha256 of text, url and outlet) makes ingestion idempotent.
-- `doc` is the full rasd.document/1 JSON, zlib-compressed, so the document can be re-materialized exactly.
CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    url          TEXT,
    title        TEXT,
    outlet       TEXT,
    author       TEXT,
    published    TEXT,            -- ISO date or datetime, as in meta.published
    language     TEXT,
    source       TEXT,            -- the file or URL the article was read from
    text         TEXT NOT NULL,
    n_chars      INTEGER NOT NULL,
    cluster_id   INTEGER,         -- the story this report belongs to (clusters.id)
    ingested_at  TEXT NOT NULL,
    doc          BLOB NOT NULL
);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_cluster ON documents (cluster_id);
CREATE INDEX documents_outlet ON documents (outlet);

-- Linked entities (a Wikidata QID or a rasd: id), one row each, with what the linker knows about them.
CREATE TABLE entities (
    id      TEXT PRIMARY KEY,
    name_ar TEXT,
    name_en TEXT,
    type    TEXT,
    country TEXT,                 -- ISO 3166-1 alpha-3
    sector  TEXT
);

-- Every entity span of every document, linked (entity_id) or not.
CREATE TABLE mentions (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    label       TEXT,
    entity_id   TEXT REFERENCES entities (id),
    score       REAL
);
CREATE INDEX mentions_document ON mentions (document_id);
CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE dates (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    value       TEXT,             -- ISO string, or JSON {"start","end"} for a range
    value_start TEXT,             -- the range's first day (or the value itself)
    value_end   TEXT,
    grain       TEXT,
    anchor      TEXT,
    relative    INTEGER
);
CREATE INDEX dates_document ON dates (document_id);
CREATE INDEX dates_value ON dates (value_start);

CREATE TABLE quotes (
    id              INTEGER PRIMARY KEY,
    document_id     INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    start           INTEGER NOT NULL,
    end             INTEGER NOT NULL,
    text            TEXT NOT NULL,
    kind            TEXT,         -- direct / indirect / statement
    content         TEXT,
    cue             TEXT,
    speaker_id      TEXT,
    speaker_text    TEXT,
    speaker_name_en TEXT,
    channel         TEXT,
    date            TEXT
);
CREATE INDEX quotes_document ON quotes (document_id);
CREATE INDEX quotes_speaker ON quotes (speaker_id);

-- One row per event span of a document; `story_event_id` is the merged event of its story (story_events).
CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    start          INTEGER NOT NULL,
    end            INTEGER NOT NULL,
    text           TEXT NOT NULL,
    type           TEXT,          -- PLOVER event type
    mode           TEXT,
    cameo          TEXT,
    confidence     REAL,
    score          REAL,
    date           TEXT,          -- ISO string or JSON range
    date_from      TEXT,          -- where the date came from: text / published
    location_id    TEXT,
    location_text  TEXT,
    location_name_en TEXT,
    location_country TEXT,
    trigger        TEXT,
    sentence       TEXT,          -- the evidence sentence
    sentence_start INTEGER,
    sentence_end   INTEGER,
    aux            TEXT,          -- JSON (modality: negation, condition, reported_by, ...)
    factual        INTEGER,       -- 1 when the event is asserted as having happened
    story_event_id INTEGER
);
CREATE INDEX events_document ON events (document_id);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_story ON events (story_event_id);

-- The source and target actors of each event, in order.
CREATE TABLE event_actors (
    event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    role      TEXT NOT NULL,      -- source / target
    position  INTEGER NOT NULL,
    entity_id TEXT,
    text      TEXT,
    name_en   TEXT,
    country   TEXT,
    sector    TEXT,
    code      TEXT,               -- CAMEO-style actor code: country + sector (SAUGOV)
    PRIMARY KEY (event_id, role, position)
);
CREATE INDEX event_actors_entity ON event_actors (entity_id);

-- Stories: reports of the same story across outlets (MinHash LSH over word shingles, single linkage).
CREATE TABLE clusters (
    id              INTEGER PRIMARY KEY,  -- the smallest document id of the story
    size            INTEGER NOT NULL,
    outlets         INTEGER NOT NULL,
    first_published TEXT,
    last_published  TEXT,
    title           TEXT
);

-- Events merged across the reports of a story: one event reported by ten outlets is one row, reports = 10.
CREATE TABLE story_events (
    id         INTEGER PRIMARY KEY,
    cluster_id INTEGER NOT NULL,
    type       TEXT,
    cameo      TEXT,
    source_ids TEXT NOT NULL,     -- JSON list of actor keys
    target_ids TEXT NOT NULL,
    date       TEXT,
    reports    INTEGER NOT NULL,  -- distinct documents reporting it
    outlets    TEXT NOT NULL,     -- JSON list of the reporting outlets
    sources    TEXT NOT NULL      -- JSON list of {document_id, event_id, outlet, url, published}
);
CREATE INDEX story_events_cluster ON story_events (cluster_id);
CREATE INDEX story_events_type ON story_events (type);

-- MinHash signature of each document and its LSH band keys (the persistent LSH index).
CREATE TABLE minhash (
    document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    signature   BLOB NOT NULL
);
CREATE TABLE lsh_bands (
    band        INTEGER NOT NULL,
    key         INTEGER NOT NULL,
    document_id INTEGER NOT NULL,
    PRIMARY KEY (band, key, document_id)
) WITHOUT ROWID;

-- Full-text index over normalized, light-stemmed terms (rowid = documents.id). Contentless: snippets are
-- cut from documents.text, so the index holds only the terms.
CREATE VIRTUAL TABLE search USING fts5 (
    title, body,
    content = '',
    tokenize = 'unicode61 remove_diacritics 0'
);
