"""SQLite storage, the embedded default."""

from __future__ import annotations

import json
import sqlite3
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any

from services.sink.storage.base import Row
from services.sink.storage.sql import SQLStore, Statement, migrations


class SQLiteStore(SQLStore):
    def __init__(self, path: Path | str, timeout: float = 30.0) -> None:
        self.path = Path(path)
        self.timeout = timeout
        self._conn: sqlite3.Connection | None = None

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            if str(self.path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
            # The sink writes from a worker thread; every use is serialized by the sink's lock.
            conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            # WAL lets the CLI read while the sink writes.
            conn.execute("PRAGMA journal_mode=WAL")
            self._conn = conn
        return self._conn

    def setup(self) -> None:
        """Apply the migrations not applied yet, each in its own transaction."""
        conn = self.conn
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
            "applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"
        )
        done = {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}
        legacy = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'").fetchone()
        if not done and legacy:
            # A store created before migrations were tracked already has the initial schema.
            conn.execute("INSERT INTO schema_migrations (version, name) VALUES (1, 'legacy baseline')")
            done = {1}
        for version, name, sql in migrations("sqlite"):
            if version in done:
                continue
            # executescript commits on its own; the version row goes in the same script.
            conn.executescript(
                f"BEGIN;\n{sql}\nINSERT INTO schema_migrations (version, name) VALUES ({version}, '{name}');\nCOMMIT;"
            )

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _json_param(self, value: Any) -> Any:
        return json.dumps(value)

    def _run_transaction(self, statements: list[Statement]) -> None:
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Runs of one statement text (a batch's entity rows) go in one executemany call.
            for sql, run in groupby(statements, key=itemgetter(0)):
                conn.executemany(sql, [params for _, params in run])
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[Row]:
        return [self._decode(dict(r)) for r in self.conn.execute(sql, params).fetchall()]
