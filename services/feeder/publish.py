"""Publishing articles to ``articles.raw``: paced, deduplicated within a run, summarized."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from pathlib import Path

from prometheus_client import CollectorRegistry, Counter
from tqdm import tqdm

from services.feeder.load import Rejection, load_paths
from shared.codec import encode
from shared.kafka import new_producer
from shared.settings import Settings
from shared.topics import ARTICLES_RAW, key_of


@dataclass
class FeedSummary:
    published: int = 0
    duplicates: int = 0
    rejected: list[Rejection] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"published {self.published}, duplicates skipped {self.duplicates}, rejected {len(self.rejected)}"]
        out += [f"  rejected {r.where}: {r.reason}" for r in self.rejected]
        return out


@dataclass(frozen=True)
class FeederMetrics:
    published: Counter
    rejected: Counter
    duplicates: Counter

    @classmethod
    def create(cls, registry: CollectorRegistry) -> FeederMetrics:
        return cls(
            published=Counter("sitrep_feeder_published", "Articles published", registry=registry),
            rejected=Counter("sitrep_feeder_rejected", "Inputs rejected", ["reason"], registry=registry),
            duplicates=Counter("sitrep_feeder_duplicates", "Duplicate articles skipped", registry=registry),
        )


async def feed(
    settings: Settings,
    paths: list[Path],
    *,
    rate: float | None = None,
    metrics: FeederMetrics | None = None,
    progress: bool | None = None,
) -> FeedSummary:
    summary = FeedSummary()
    seen: set[str] = set()
    loaded = list(load_paths(paths))
    producer = new_producer(settings)
    await producer.start()
    interval = 1.0 / rate if rate else 0.0
    pending = []
    try:
        for item in tqdm(loaded, unit="article", disable=progress is False if progress is not None else None):
            if isinstance(item, Rejection):
                summary.rejected.append(item)
                if metrics:
                    metrics.rejected.labels(reason=item.reason.split(":")[0][:40]).inc()
                continue
            if item.id in seen:
                summary.duplicates += 1
                if metrics:
                    metrics.duplicates.inc()
                continue
            seen.add(item.id)
            started = time.monotonic()
            pending.append(
                await producer.send(ARTICLES_RAW.name, encode(item), key=key_of(ARTICLES_RAW, item).encode())
            )
            summary.published += 1
            if metrics:
                metrics.published.inc()
            if interval:
                await asyncio.sleep(max(0.0, interval - (time.monotonic() - started)))
        await asyncio.gather(*pending)
    finally:
        await producer.stop()
    return summary
