"""SQLite storage, the embedded default."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from services.sink.storage.base import Row
from services.sink.storage.sql import SQLStore, Statement

SCHEMA = (Path(__file__).parent / "migrations" / "sqlite.sql").read_text(encoding="utf-8")


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
        self.conn.executescript(SCHEMA)

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
            for sql, params in statements:
                conn.execute(sql, params)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[Row]:
        return [self._decode(dict(r)) for r in self.conn.execute(sql, params).fetchall()]
