-- sitrep's PostgreSQL schema, version 1. Keys are the stable ids the pipeline assigns,
-- so a replayed or redelivered record is an upsert of the same row.
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    url TEXT,
    source TEXT NOT NULL,
    title TEXT NOT NULL,
    published_at TIMESTAMPTZ NOT NULL,
    anchor_date DATE NOT NULL,
    dateline TEXT,
    language TEXT NOT NULL,
    ingested_at TIMESTAMPTZ NOT NULL,
    text TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    stored_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX articles_by_published ON articles (published_at);

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
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
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
    approximate JSONB NOT NULL,
    occurred_on DATE,
    locations JSONB NOT NULL,
    damage JSONB NOT NULL,
    cumulative BOOLEAN NOT NULL,
    flags JSONB NOT NULL,
    evidence TEXT NOT NULL,
    article_id TEXT NOT NULL,
    first_seen TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX incidents_by_day ON incidents (occurred_on, attacker, weapon, claimant);
CREATE INDEX incidents_by_location ON incidents USING GIN (locations);

CREATE TABLE incident_sources (
    incident_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    launched INTEGER,
    destroyed INTEGER,
    lost INTEGER,
    killed INTEGER,
    injured INTEGER,
    evidence TEXT NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (incident_id, article_id)
);

CREATE TABLE calendar_events (
    event_id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    participants JSONB NOT NULL,
    location TEXT,
    start_date DATE,
    end_date DATE,
    granularity TEXT NOT NULL,
    date_text TEXT,
    status TEXT NOT NULL,
    evidence TEXT NOT NULL,
    article_id TEXT NOT NULL,
    first_seen TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX calendar_by_start ON calendar_events (start_date);
CREATE INDEX calendar_by_participants ON calendar_events USING GIN (participants);

CREATE TABLE calendar_sources (
    event_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    status TEXT NOT NULL,
    start_date DATE,
    end_date DATE,
    date_text TEXT,
    evidence TEXT NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (event_id, article_id)
);

CREATE TABLE deadletters (
    deadletter_id TEXT PRIMARY KEY,
    topic TEXT NOT NULL,
    partition_ INTEGER,
    offset_ BIGINT,
    key TEXT,
    stage TEXT NOT NULL,
    error_type TEXT NOT NULL,
    reason TEXT NOT NULL,
    payload_b64 TEXT NOT NULL,
    failed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX deadletters_by_stage ON deadletters (stage, error_type);
