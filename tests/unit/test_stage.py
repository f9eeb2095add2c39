"""A stage runs its transform off the event loop, always on the same thread of its own."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

from shared.codec import encode
from shared.metrics import ServiceMetrics
from shared.models import Article, Message
from shared.stage import Stage
from shared.topics import ARTICLES_RAW


def _event(n: int) -> Any:
    article = Article(
        id=f"stagetest{n:07d}",
        source="wire",
        title="t",
        text="Russia launched 10 drones.",
        published_at=datetime(2025, 2, 10, 12, tzinfo=UTC),
        ingested_at=datetime(2025, 2, 10, 12, 5, tzinfo=UTC),
    )
    return SimpleNamespace(
        value=encode(article),
        key=article.id.encode(),
        message=SimpleNamespace(topic="articles.raw", partition=0, offset=n),
    )


def test_every_batch_runs_on_one_thread_that_is_not_the_loops() -> None:
    threads: list[int] = []

    def transform(batch: list[Article]) -> list[list[Message]]:
        threads.append(threading.get_ident())
        return [[] for _ in batch]

    stage: Stage[Article] = Stage(
        name="test",
        source=ARTICLES_RAW,
        transform=transform,
        routes={},
        deadletter=SimpleNamespace(),  # type: ignore[arg-type]
        metrics=ServiceMetrics.create("test"),
        max_bytes=1_000_000,
    )

    async def run() -> int:
        # Other work on the loop's shared pool at the same time must not move the transform.
        for n in range(12):
            await asyncio.gather(
                stage.process([_event(n)]), *(asyncio.to_thread(threading.get_ident) for _ in range(4))
            )
        return threading.get_ident()

    loop_thread = asyncio.run(run())
    assert len(threads) == 12
    assert len(set(threads)) == 1
    assert threads[0] != loop_thread
