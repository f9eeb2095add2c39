-- sitrep's SQLite schema. Every table is keyed by the stable ids the pipeline assigns,
-- so an upsert of a replayed or redelivered record changes nothing.
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    url TEXT,
    source TEXT NOT NULL,
    title TEXT NOT NULL,
    published_at TEXT NOT NULL,
    anchor_date TEXT NOT NULL,
    dateline TEXT,
    language TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    text TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    stored_at TEXT NOT NULL
);
CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start_ INTEGER NOT NULL,
    end_ INTEGER NOT NULL,
    text TEXT NOT NULL,
    label TEXT NOT NULL,
    canonical TEXT NOT NULL,
    entity_id TEXT,
    role TEXT,
    role_text TEXT,
    country TEXT,
    place_kind TEXT,
    country_code TEXT,
    lat REAL,
    lon REAL,
    PRIMARY KEY (article_id, start_, end_, label)
);
CREATE INDEX entities_by_canonical ON entities (label, canonical);
CREATE TABLE incidents (
    incident_id TEXT PRIMARY KEY,
    claimant TEXT NOT NULL,
    attacker TEXT,
    weapon TEXT NOT NULL,
    model TEXT,
    launched INTEGER,
    destroyed INTEGER,
    lost INTEGER,
    killed INTEGER,
    injured INTEGER,
    approximate TEXT NOT NULL,
    occurred_on TEXT,
    locations TEXT NOT NULL,
    damage TEXT NOT NULL,
    cumulative INTEGER NOT NULL,
    flags TEXT NOT NULL,
    evidence TEXT NOT NULL,
    article_id TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX incidents_by_day ON incidents (occurred_on, attacker, weapon, claimant);
CREATE TABLE incident_sources (
    incident_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    launched INTEGER,
    destroyed INTEGER,
    lost INTEGER,
    killed INTEGER,
    injured INTEGER,
    evidence TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (incident_id, article_id)
);
CREATE TABLE calendar_events (
    event_id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    participants TEXT NOT NULL,
    location TEXT,
    start_date TEXT,
    end_date TEXT,
    granularity TEXT NOT NULL,
    date_text TEXT,
    status TEXT NOT NULL,
    evidence TEXT NOT NULL,
    article_id TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX calendar_by_start ON calendar_events (start_date);
CREATE TABLE calendar_sources (
    event_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    status TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT,
    date_text TEXT,
    evidence TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (event_id, article_id)
);
CREATE TABLE deadletters (
    deadletter_id TEXT PRIMARY KEY,
    topic TEXT NOT NULL,
    partition_ INTEGER,
    offset_ INTEGER,
    key TEXT,
    stage TEXT NOT NULL,
    error_type TEXT NOT NULL,
    reason TEXT NOT NULL,
    payload_b64 TEXT NOT NULL,
    failed_at TEXT NOT NULL
);
CREATE TABLE deadletter_replays (
    deadletter_id TEXT NOT NULL,
    replayed_at TEXT NOT NULL,
    PRIMARY KEY (deadletter_id, replayed_at)
);
