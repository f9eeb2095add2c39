"""SQLite storage, the embedded default: idempotent upserts keyed by the stable ids."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from services.sink.storage.base import Batch, Row
from services.sink.storage.records import (
    article_row,
    deadletter_row,
    entity_rows,
    event_row,
    event_source_row,
    incident_row,
    incident_source_row,
)

SCHEMA = (Path(__file__).parent / "sqlite_schema.sql").read_text(encoding="utf-8")

_JSON_COLUMNS = frozenset({"approximate", "locations", "damage", "flags", "participants"})


def _decode(row: sqlite3.Row) -> Row:
    out: Row = {}
    for key in row.keys():  # noqa: SIM118 - sqlite3.Row is not a dict
        value = row[key]
        out[key] = json.loads(value) if key in _JSON_COLUMNS and isinstance(value, str) else value
    return out


def _upsert(table: str, row: Row, key: tuple[str, ...], keep_first: tuple[str, ...] = ()) -> tuple[str, list[Any]]:
    columns = list(row)
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in key and c not in keep_first)
    # Table and column names come from our own row builders, never from input; values are parameters.
    sql = (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)}) "  # noqa: S608
        f"ON CONFLICT ({', '.join(key)}) DO " + (f"UPDATE SET {updates}" if updates else "NOTHING")
    )
    return sql, [json.dumps(v) if isinstance(v, list | dict) else v for v in row.values()]


class SQLiteStore:
    def __init__(self, path: Path | str, timeout: float = 30.0) -> None:
        self.path = Path(path)
        self.timeout = timeout
        self._conn: sqlite3.Connection | None = None

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            if str(self.path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            # WAL lets the CLI read while the sink writes.
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA foreign_keys=ON")
            self._conn = conn
        return self._conn

    def setup(self) -> None:
        self.conn.executescript(SCHEMA)

    def write(self, batch: Batch) -> None:
        now = datetime.now(UTC).isoformat()
        statements: list[tuple[str, list[Any]]] = []
        for enriched in batch.articles:
            statements.append(_upsert("articles", article_row(enriched, now), ("id",), ("stored_at",)))
            statements.append(("DELETE FROM entities WHERE article_id = ?", [enriched.article.id]))
            statements.extend(
                _upsert("entities", r, ("article_id", "start", "end_", "label")) for r in entity_rows(enriched)
            )
        for incident in batch.incidents:
            statements.append(_upsert("incidents", incident_row(incident, now), ("incident_id",), ("first_seen",)))
            statements.append(
                _upsert(
                    "incident_sources",
                    incident_source_row(incident, now),
                    ("incident_id", "article_id"),
                    ("recorded_at",),
                )
            )
        for event in batch.events:
            statements.append(_upsert("calendar_events", event_row(event, now), ("event_id",), ("first_seen",)))
            statements.append(
                _upsert("calendar_sources", event_source_row(event, now), ("event_id", "article_id"), ("recorded_at",))
            )
        for letter in batch.deadletters:
            statements.append(_upsert("deadletters", deadletter_row(letter), ("deadletter_id",)))
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            for sql, params in statements:
                conn.execute(sql, params)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[Row]:
        return [_decode(r) for r in self.conn.execute(sql, params).fetchall()]

    def article_ids(self) -> set[str]:
        return {r["id"] for r in self._rows("SELECT id FROM articles")}

    def people(self) -> list[Row]:
        return self._rows(
            "SELECT article_id, canonical, MAX(role) AS role, MAX(role_text) AS role_text, COUNT(*) AS mentions "
            "FROM entities WHERE label = 'PERSON' GROUP BY article_id, canonical ORDER BY canonical"
        )

    def places(self) -> list[Row]:
        return self._rows(
            "SELECT canonical, label, place_kind, country_code, lat, lon, COUNT(*) AS mentions, "
            "COUNT(DISTINCT article_id) AS articles FROM entities WHERE label IN ('GPE', 'LOC', 'FAC') "
            "GROUP BY canonical, label, place_kind, country_code, lat, lon ORDER BY canonical"
        )

    def incidents(self, since: str | None = None) -> list[Row]:
        rows = self._rows(
            "SELECT i.*, (SELECT COUNT(*) FROM incident_sources s WHERE s.incident_id = i.incident_id) AS sources "
            "FROM incidents i WHERE (? IS NULL OR i.occurred_on >= ?) ORDER BY i.occurred_on, i.claimant",
            (since, since),
        )
        return rows

    def incident_sources(self, incident_id: str) -> list[Row]:
        return self._rows("SELECT * FROM incident_sources WHERE incident_id = ? ORDER BY recorded_at", (incident_id,))

    def events(self, since: str | None = None) -> list[Row]:
        return self._rows(
            "SELECT e.*, (SELECT COUNT(*) FROM calendar_sources s WHERE s.event_id = e.event_id) AS sources "
            "FROM calendar_events e WHERE (? IS NULL OR e.start_date >= ? OR e.end_date >= ?) "
            "ORDER BY e.start_date, e.title",
            (since, since, since),
        )

    def event_history(self, event_id: str) -> list[Row]:
        return self._rows("SELECT * FROM calendar_sources WHERE event_id = ? ORDER BY recorded_at", (event_id,))

    def deadletters(self) -> list[Row]:
        return self._rows("SELECT * FROM deadletters ORDER BY failed_at")

    def table_counts(self) -> dict[str, int]:
        tables = (
            "articles",
            "entities",
            "incidents",
            "incident_sources",
            "calendar_events",
            "calendar_sources",
            "deadletters",
        )
        return {t: int(self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in tables}  # noqa: S608
