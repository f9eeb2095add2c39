"""Storage backends behind one interface (:class:`~services.sink.storage.base.Store`)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from services.sink.storage.base import Batch, Store
from services.sink.storage.sqlite import SQLiteStore
from shared.settings import Settings


def open_store(settings: Settings) -> Store:
    if settings.store == "postgres" and settings.postgres_dsn is not None:
        from services.sink.storage.postgres import PostgresStore

        return PostgresStore(settings.postgres_dsn.get_secret_value())
    return SQLiteStore(settings.sqlite_path)


@contextmanager
def opened_store(settings: Settings) -> Iterator[Store]:
    """The configured store, migrated and closed afterwards: what every CLI read needs."""
    store = open_store(settings)
    store.setup()
    try:
        yield store
    finally:
        store.close()


__all__ = ["Batch", "SQLiteStore", "Store", "open_store", "opened_store"]
