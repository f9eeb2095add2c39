"""``sitrep deadletter list|replay``: look at what failed, and send it back through the pipeline."""

from __future__ import annotations

import asyncio
import base64
from typing import Any

from services.sink.storage.base import Row, Store
from shared.kafka import new_producer
from shared.settings import Settings


def line(row: Row) -> str:
    replayed = f", replayed {row['replayed_at']}" if row.get("replayed_at") else ""
    where = f"{row['topic']}[{row['partition_']}]@{row['offset_']}" if row["partition_"] is not None else row["topic"]
    what = f"{row['stage']}/{row['error_type']}: {row['reason']}"
    return f"{row['deadletter_id']}  {row['failed_at']}  {what}  ({where}{replayed})"


def select(store: Store, ids: list[str] | None, everything: bool, include_replayed: bool) -> list[Row]:
    rows = store.deadletters()
    if ids:
        wanted = set(ids)
        chosen = [r for r in rows if r["deadletter_id"] in wanted]
        missing = wanted - {r["deadletter_id"] for r in chosen}
        if missing:
            raise SystemExit(f"no dead letter with id {', '.join(sorted(missing))}")
        return chosen
    if everything:
        return [r for r in rows if include_replayed or not r.get("replayed_at")]
    raise SystemExit("say which: --id ID (repeatable) or --all")


async def _publish(settings: Settings, rows: list[Row]) -> None:
    producer = new_producer(settings)
    await producer.start()
    try:
        for row in rows:
            key = row["key"].encode() if row.get("key") else None
            await producer.send_and_wait(row["topic"], base64.b64decode(row["payload_b64"]), key=key)
    finally:
        await producer.stop()


def replay(settings: Settings, store: Store, rows: list[Row]) -> int:
    """Publish each original payload to the topic it came from; the store records the replay."""
    asyncio.run(_publish(settings, rows))
    store.mark_replayed([r["deadletter_id"] for r in rows])
    return len(rows)


def as_json(rows: list[Row]) -> list[dict[str, Any]]:
    return [dict(r) for r in rows]
