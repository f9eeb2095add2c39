"""PostgreSQL storage, the production store: migrations, JSONB, reconnection with backoff."""

from __future__ import annotations

import logging
import time
from itertools import groupby
from operator import itemgetter
from typing import Any

import psycopg
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb

from services.sink.storage.base import Row
from services.sink.storage.sql import SQLStore, Statement, migrations

log = logging.getLogger(__name__)

# Any constant works; it only has to be the same for every sink process.
_MIGRATION_LOCK = 7_312_004


class PostgresStore(SQLStore):
    def __init__(self, dsn: str, *, connect_timeout: float = 5.0, retries: int = 5) -> None:
        self.dsn = dsn
        self.connect_timeout = connect_timeout
        self.retries = retries
        self._conn: psycopg.Connection[dict[str, Any]] | None = None

    @property
    def conn(self) -> psycopg.Connection[dict[str, Any]]:
        if self._conn is None or self._conn.closed:
            self._conn = self._connect()
        return self._conn

    def _connect(self) -> psycopg.Connection[dict[str, Any]]:
        delay = 0.5
        for attempt in range(1, self.retries + 1):
            try:
                return psycopg.connect(
                    self.dsn, connect_timeout=int(self.connect_timeout), autocommit=True, row_factory=dict_row
                )
            except psycopg.OperationalError as exc:
                if attempt == self.retries:
                    raise
                log.warning("PostgreSQL not reachable (%s); retry %d in %.1fs", exc, attempt, delay)
                time.sleep(delay)
                delay = min(10.0, delay * 2)
        raise AssertionError("unreachable")

    def setup(self) -> None:
        """Apply the migrations not applied yet, under an advisory lock so that replicas take turns."""
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
            )
            done = {r["version"] for r in self.conn.execute("SELECT version FROM schema_migrations").fetchall()}
            for version, name, sql in migrations("postgres"):
                if version in done:
                    continue
                log.info("applying migration %s", name)
                self.conn.execute(sql.encode("utf-8"))
                self.conn.execute("INSERT INTO schema_migrations (version, name) VALUES (%s, %s)", (version, name))

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _json_param(self, value: Any) -> Any:
        return Jsonb(value)

    def _run_transaction(self, statements: list[Statement]) -> None:
        try:
            with self.conn.transaction(), self.conn.cursor() as cursor:
                # Runs of one statement text go in one executemany, which psycopg sends pipelined
                # instead of waiting for the server's answer row by row.
                for sql, run in groupby(statements, key=itemgetter(0)):
                    cursor.executemany(sql.replace("?", "%s").encode("utf-8"), [params for _, params in run])
        except psycopg.OperationalError:
            # A broken connection is dropped so the next attempt reconnects.
            self.close()
            raise

    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[Row]:
        try:
            rows = self.conn.execute(sql.replace("?", "%s").encode("utf-8"), params).fetchall()
        except psycopg.OperationalError:
            self.close()
            raise
        return [self._decode(dict(r)) for r in rows]
