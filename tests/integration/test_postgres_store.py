"""The PostgreSQL store against the real server on 127.0.0.1:5432 (skipped, with the reason, if none answers)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest

from services.sink.storage import Batch
from services.sink.storage.postgres import PostgresStore
from services.sink.storage.sql import migrations
from tests.factories import article, incident
from tests.store_contract import OrderContract, StoreContract, sample_batch

pytestmark = pytest.mark.integration

ADMIN_DSN = "postgresql://postgres@127.0.0.1:5432/test"


def _server() -> str | None:
    try:
        with psycopg.connect(ADMIN_DSN, connect_timeout=3):
            return None
    except psycopg.OperationalError as exc:
        return str(exc).strip().splitlines()[0]


@pytest.fixture
def database() -> Iterator[str]:
    problem = _server()
    if problem:
        pytest.skip(f"no PostgreSQL server at 127.0.0.1:5432: {problem}")
    name = f"sitrep_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(ADMIN_DSN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(ADMIN_DSN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def store(database: str) -> Iterator[PostgresStore]:
    s = PostgresStore(database)
    s.setup()
    yield s
    s.close()


class TestPostgresStore(StoreContract, OrderContract):
    def test_migrations_apply_once(self, store: PostgresStore) -> None:
        store.setup()
        store.setup()
        assert store.applied_migrations() == [v for v, _, _ in migrations("postgres")]

    def test_json_columns_are_jsonb_and_queryable(self, store: PostgresStore) -> None:
        a = article("x", title="jsonb")
        store.write(Batch(incidents=[incident(a.id, locations=["Kyiv", "Sumy"])]))
        rows = store._rows("SELECT incident_id FROM incidents WHERE locations @> ?::jsonb", ('["Sumy"]',))
        assert len(rows) == 1

    def test_reconnects_after_the_connection_drops(self, store: PostgresStore, database: str) -> None:
        store.write(sample_batch())
        with psycopg.connect(ADMIN_DSN, autocommit=True) as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                (database.rsplit("/", 1)[1],),
            )
        with pytest.raises(psycopg.OperationalError):
            store.table_counts()
        # The failed call dropped the connection; the next one reconnects.
        assert store.table_counts()["articles"] == 1


def test_unreachable_server_fails_after_retries() -> None:
    s = PostgresStore("postgresql://postgres@127.0.0.1:1/none", connect_timeout=1, retries=2)
    with pytest.raises(psycopg.OperationalError):
        s.setup()
