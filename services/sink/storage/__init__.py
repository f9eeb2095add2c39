"""Storage backends behind one interface (:class:`~services.sink.storage.base.Store`)."""

from __future__ import annotations

from services.sink.storage.base import Batch, Store
from services.sink.storage.sqlite import SQLiteStore
from shared.settings import Settings


def open_store(settings: Settings) -> Store:
    if settings.store == "postgres" and settings.postgres_dsn is not None:
        from services.sink.storage.postgres import PostgresStore

        return PostgresStore(settings.postgres_dsn.get_secret_value())
    return SQLiteStore(settings.sqlite_path)


__all__ = ["Batch", "SQLiteStore", "Store", "open_store"]
