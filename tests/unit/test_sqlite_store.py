"""Storage behaviour, the same for every backend: SQLite here, PostgreSQL in tests/integration."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from services.sink.storage import SQLiteStore
from services.sink.storage.sql import SQLStore
from tests.store_contract import OrderContract, StoreContract


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLStore]:
    s = SQLiteStore(tmp_path / "t.sqlite3")
    s.setup()
    yield s
    s.close()


class TestSQLiteStore(StoreContract, OrderContract):
    pass
