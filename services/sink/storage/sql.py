"""What the SQL backends share: the upserts of a batch in one transaction, and the reads.

Statements are written once with ``?`` placeholders; a backend says how to run them
(:meth:`SQLStore._execute_many`, :meth:`SQLStore._rows`) and how to pass JSON values.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

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

MIGRATIONS = Path(__file__).parent / "migrations"


def migrations(dialect: Literal["sqlite", "postgres"]) -> list[tuple[int, str, str]]:
    """(version, name, sql) for every ``NNNN_name.sql`` file of the dialect, in order."""
    found = []
    for path in sorted((MIGRATIONS / dialect).glob("*.sql")):
        found.append((int(path.name.split("_", 1)[0]), path.stem, path.read_text(encoding="utf-8")))
    return found


JSON_COLUMNS = frozenset({"approximate", "locations", "damage", "flags", "participants"})
TABLES = (
    "articles",
    "entities",
    "incidents",
    "incident_sources",
    "calendar_events",
    "calendar_sources",
    "deadletters",
)
Statement = tuple[str, list[Any]]


def upsert(
    table: str, row: Row, key: tuple[str, ...], keep_first: tuple[str, ...] = (), *, newer: str | None = None
) -> Statement:
    """INSERT … ON CONFLICT DO UPDATE: replaying a record rewrites the same row.

    With ``newer`` (a column), an existing row is only replaced by one at least as recent in it,
    so reports arriving out of order cannot put an old figure or status back.
    """
    return _upsert_sql(table, tuple(row), key, keep_first, newer), list(row.values())


@lru_cache(maxsize=64)
def _upsert_sql(
    table: str, columns: tuple[str, ...], key: tuple[str, ...], keep_first: tuple[str, ...], newer: str | None
) -> str:
    # Every row of a kind has the same columns, so a batch of thousands of rows builds a few texts.
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in key and c not in keep_first)
    # Table and column names come from our own row builders, never from input; values are parameters.
    sql = (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)}) "
        f"ON CONFLICT ({', '.join(key)}) DO " + (f"UPDATE SET {updates}" if updates else "NOTHING")
    )
    if updates and newer:
        sql += f" WHERE {table}.{newer} IS NULL OR excluded.{newer} >= {table}.{newer}"
    return sql


def batch_statements(batch: Batch, now: str) -> list[Statement]:
    statements: list[Statement] = []
    for enriched in batch.articles:
        statements.append(upsert("articles", article_row(enriched, now), ("id",), ("stored_at",)))
        # A re-extraction replaces the article's mentions as a whole.
        statements.append(("DELETE FROM entities WHERE article_id = ?", [enriched.article.id]))
        statements.extend(
            upsert("entities", r, ("article_id", "start_", "end_", "label")) for r in entity_rows(enriched)
        )
    for incident in batch.incidents:
        statements.append(
            upsert("incidents", incident_row(incident, now), ("incident_id",), ("first_seen",), newer="reported_at")
        )
        statements.append(
            upsert(
                "incident_sources",
                incident_source_row(incident, now),
                ("incident_id", "article_id"),
                ("recorded_at",),
            )
        )
    for event in batch.events:
        statements.append(
            upsert("calendar_events", event_row(event, now), ("event_id",), ("first_seen",), newer="reported_at")
        )
        statements.append(
            upsert("calendar_sources", event_source_row(event, now), ("event_id", "article_id"), ("recorded_at",))
        )
    for letter in batch.deadletters:
        statements.append(upsert("deadletters", deadletter_row(letter), ("deadletter_id",)))
    return statements


def plain(value: Any) -> Any:
    """Dates as ISO strings, so both backends return the same rows."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


class SQLStore(ABC):
    """A Store over a DB-API connection; subclasses supply the connection and the dialect."""

    @abstractmethod
    def _run_transaction(self, statements: list[Statement]) -> None: ...

    @abstractmethod
    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[Row]: ...

    @abstractmethod
    def _json_param(self, value: Any) -> Any: ...

    def _decode(self, row: Row) -> Row:
        return {k: json.loads(v) if k in JSON_COLUMNS and isinstance(v, str) else plain(v) for k, v in row.items()}

    def write(self, batch: Batch) -> None:
        now = datetime.now(UTC).isoformat()
        statements = [
            (sql, [self._json_param(v) if isinstance(v, list | dict) else v for v in params])
            for sql, params in batch_statements(batch, now)
        ]
        self._run_transaction(statements)

    def articles_by_id(self, ids: list[str]) -> dict[str, Row]:
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        rows = self._rows(f"SELECT id, url, source, title FROM articles WHERE id IN ({marks})", tuple(ids))
        return {r["id"]: r for r in rows}

    def applied_migrations(self) -> list[int]:
        return [int(r["version"]) for r in self._rows("SELECT version FROM schema_migrations ORDER BY version")]

    def article_ids(self) -> set[str]:
        return {r["id"] for r in self._rows("SELECT id FROM articles")}

    def people(self) -> list[Row]:
        return self._rows(
            "SELECT article_id, canonical, MAX(role) AS role, MAX(role_text) AS role_text, COUNT(*) AS mentions "
            "FROM entities WHERE label = 'PERSON' GROUP BY article_id, canonical ORDER BY canonical, article_id"
        )

    def places(self) -> list[Row]:
        return self._rows(
            "SELECT canonical, label, place_kind, country_code, lat, lon, COUNT(*) AS mentions, "
            "COUNT(DISTINCT article_id) AS articles FROM entities WHERE label IN ('GPE', 'LOC', 'FAC') "
            "GROUP BY canonical, label, place_kind, country_code, lat, lon ORDER BY canonical"
        )

    def incidents(self, since: str | None = None) -> list[Row]:
        where, params = ("WHERE i.occurred_on >= ?", (since,)) if since else ("", ())
        return self._rows(
            "SELECT i.*, (SELECT COUNT(*) FROM incident_sources s WHERE s.incident_id = i.incident_id) AS sources "
            f"FROM incidents i {where} ORDER BY i.occurred_on IS NULL, i.occurred_on, i.claimant, i.weapon",
            params,
        )

    def incident_sources(self, incident_id: str) -> list[Row]:
        return self._rows(
            "SELECT * FROM incident_sources WHERE incident_id = ? "
            "ORDER BY reported_at IS NULL, reported_at, recorded_at, article_id",
            (incident_id,),
        )

    def tallies(self, since: str | None = None) -> list[Row]:
        """Per day, attacker, weapon and claimant: sums over deduplicated, single-night claims.

        A model's share of a wave (``part_of``) is left out: its numbers are already in the wave's."""
        where = "WHERE cumulative = ? AND part_of IS NULL AND occurred_on IS NOT NULL"
        where += " AND occurred_on >= ?" if since else ""
        params: tuple[Any, ...] = (False, since) if since else (False,)
        return self._rows(
            "SELECT occurred_on AS day, attacker, weapon, claimant, COUNT(*) AS claims, "
            "SUM(launched) AS launched, SUM(destroyed) AS destroyed, SUM(lost) AS lost, "
            "SUM(killed) AS killed, SUM(injured) AS injured "
            f"FROM incidents {where} GROUP BY occurred_on, attacker, weapon, claimant "
            "ORDER BY occurred_on, attacker, weapon, claimant",
            params,
        )

    def events(self, since: str | None = None) -> list[Row]:
        where, params = ("WHERE e.start_date >= ? OR e.end_date >= ?", (since, since)) if since else ("", ())
        return self._rows(
            "SELECT e.*, (SELECT COUNT(*) FROM calendar_sources s WHERE s.event_id = e.event_id) AS sources "
            f"FROM calendar_events e {where} ORDER BY e.start_date IS NULL, e.start_date, e.title",
            params,
        )

    def event_history(self, event_id: str) -> list[Row]:
        return self._rows(
            "SELECT * FROM calendar_sources WHERE event_id = ? "
            "ORDER BY reported_at IS NULL, reported_at, recorded_at, article_id",
            (event_id,),
        )

    def deadletters(self) -> list[Row]:
        return self._rows(
            "SELECT d.*, (SELECT MAX(r.replayed_at) FROM deadletter_replays r "
            "WHERE r.deadletter_id = d.deadletter_id) AS replayed_at "
            "FROM deadletters d ORDER BY d.failed_at, d.deadletter_id"
        )

    def mark_replayed(self, deadletter_ids: list[str]) -> None:
        now = datetime.now(UTC).isoformat()
        self._run_transaction(
            [
                ("INSERT INTO deadletter_replays (deadletter_id, replayed_at) VALUES (?, ?)", [i, now])
                for i in deadletter_ids
            ]
        )

    def table_counts(self) -> dict[str, int]:
        return {t: int(self._rows(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"]) for t in TABLES}
