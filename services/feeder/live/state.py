"""The live feeder's durable state, in one small SQLite file: what was seen, and where each source stands.

Every change is one transaction, made only after what it records has happened (an article is marked
published once the broker acknowledged it), so a crash at any point repeats work at worst (the article
id makes a repeat harmless downstream) and never loses an entry. One feeder process per state file.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from services.feeder.live.fetch import Validators
from shared.settings import Settings

STATE_FILE = "feeder_state.sqlite3"
_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS seen (
    id TEXT PRIMARY KEY,
    title_key TEXT,
    source TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('published', 'duplicate', 'rejected')),
    reason TEXT,
    first_seen REAL NOT NULL,
    last_seen REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS seen_by_title ON seen (title_key, first_seen);
CREATE INDEX IF NOT EXISTS seen_by_last_seen ON seen (last_seen);
CREATE TABLE IF NOT EXISTS sources (
    name TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    last_poll REAL,
    last_success REAL,
    failures INTEGER NOT NULL DEFAULT 0,
    next_poll REAL,
    last_error TEXT
);
"""

#: published: sent to articles.raw; duplicate: a new URL under a title already published; rejected: malformed.
Status = Literal["published", "duplicate", "rejected"]
_STATUSES: dict[str, Status] = {"published": "published", "duplicate": "duplicate", "rejected": "rejected"}


def state_path(settings: Settings) -> Path:
    return settings.data_dir / STATE_FILE


@dataclass(frozen=True)
class SourceState:
    name: str
    url: str | None = None
    validators: Validators = field(default_factory=Validators)
    last_poll: float | None = None
    last_success: float | None = None
    failures: int = 0
    next_poll: float | None = None
    last_error: str | None = None

    def validators_for(self, url: str) -> Validators:
        """Validators belong to one URL: a source moved to another one starts afresh."""
        return self.validators if self.url == url else Validators()


class FeederState:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        # WAL + NORMAL survives a process crash; only an OS crash can lose the last commits.
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA busy_timeout=5000")
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > _VERSION:
            raise RuntimeError(f"{path} was written by a newer sitrep (state version {version})")
        with self._transaction():
            for statement in filter(str.strip, _SCHEMA.split(";")):
                self._db.execute(statement)
            self._db.execute(f"PRAGMA user_version = {_VERSION}")

    def close(self) -> None:
        self._db.close()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        # Autocommit connection, explicit transactions: IMMEDIATE takes the write lock up front.
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # --- seen entries ----------------------------------------------------------------

    def seen_status(self, article_id: str, title: str | None, *, now: float, title_window_s: float) -> Status | None:
        """Whether this entry was handled before: by id, or (published only) by title within the window."""
        row = self._db.execute("SELECT status FROM seen WHERE id = ?", (article_id,)).fetchone()
        if row is not None:
            return _STATUSES[row[0]]
        if title is not None:
            row = self._db.execute(
                "SELECT 1 FROM seen WHERE title_key = ? AND status = 'published' AND first_seen >= ? LIMIT 1",
                (title, now - title_window_s),
            ).fetchone()
            if row is not None:
                return "published"
        return None

    def record(
        self, article_id: str, title: str | None, *, source: str, status: Status, now: float, reason: str | None = None
    ) -> None:
        with self._transaction():
            self._db.execute(
                "INSERT INTO seen (id, title_key, source, status, reason, first_seen, last_seen)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET last_seen = excluded.last_seen",
                (article_id, title, source, status, reason, now, now),
            )

    def touch(self, article_ids: list[str], *, now: float) -> None:
        """Entries still listed in a feed are kept: pruning them would let them be published again."""
        if not article_ids:
            return
        with self._transaction():
            self._db.executemany("UPDATE seen SET last_seen = ? WHERE id = ?", [(now, i) for i in article_ids])

    def prune(self, *, now: float, retention_s: float) -> int:
        cursor = self._db.execute("DELETE FROM seen WHERE last_seen < ?", (now - retention_s,))
        return cursor.rowcount

    def seen_count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM seen").fetchone()[0])

    # --- sources -------------------------------------------------------------------

    def source(self, name: str) -> SourceState:
        row = self._db.execute(
            "SELECT url, etag, last_modified, last_poll, last_success, failures, next_poll, last_error"
            " FROM sources WHERE name = ?",
            (name,),
        ).fetchone()
        if row is None:
            return SourceState(name)
        url, etag, last_modified, last_poll, last_success, failures, next_poll, last_error = row
        return SourceState(
            name, url, Validators(etag, last_modified), last_poll, last_success, failures, next_poll, last_error
        )

    def poll_succeeded(self, name: str, url: str, validators: Validators, *, now: float, next_poll: float) -> None:
        self._db.execute(
            "INSERT INTO sources (name, url, etag, last_modified, last_poll, last_success, failures, next_poll,"
            " last_error) VALUES (?, ?, ?, ?, ?, ?, 0, ?, NULL)"
            " ON CONFLICT (name) DO UPDATE SET url = excluded.url, etag = excluded.etag,"
            " last_modified = excluded.last_modified, last_poll = excluded.last_poll,"
            " last_success = excluded.last_success, failures = 0, next_poll = excluded.next_poll, last_error = NULL",
            (name, url, validators.etag, validators.last_modified, now, now, next_poll),
        )

    def poll_failed(self, name: str, url: str, error: str, *, now: float, next_poll: float) -> int:
        """Record a failed poll (validators are kept); returns the failures in a row."""
        self._db.execute(
            "INSERT INTO sources (name, url, last_poll, failures, next_poll, last_error) VALUES (?, ?, ?, 1, ?, ?)"
            " ON CONFLICT (name) DO UPDATE SET last_poll = excluded.last_poll, failures = failures + 1,"
            " next_poll = excluded.next_poll, last_error = excluded.last_error",
            (name, url, now, next_poll, error),
        )
        return self.source(name).failures
