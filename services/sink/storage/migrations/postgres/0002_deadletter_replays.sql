-- When a dead letter was sent back through the pipeline (`sitrep deadletter replay`).
CREATE TABLE deadletter_replays (
    deadletter_id TEXT NOT NULL,
    replayed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (deadletter_id, replayed_at)
);
