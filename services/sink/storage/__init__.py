"""Storage backends behind one interface (:class:`~services.sink.storage.base.Store`)."""

from __future__ import annotations

from services.sink.storage.base import Batch, Store
from services.sink.storage.sqlite import SQLiteStore
from shared.settings import Settings


def open_store(settings: Settings) -> Store:
    if settings.store == "sqlite":
        return SQLiteStore(settings.sqlite_path)
    raise NotImplementedError("the PostgreSQL store arrives with the deployment work (issue 6)")


__all__ = ["Batch", "SQLiteStore", "Store", "open_store"]
