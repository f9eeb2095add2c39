"""Sink service: every result topic -> one storage transaction per batch.

Offsets are acknowledged only after the batch is committed to storage: while the
database is away the agent retries with backoff and the stream waits.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import faust
from faust.types import EventT
from faust.web import Request, Response, View
from prometheus_client import CollectorRegistry, Gauge

from services.sink.storage import Batch, Store, open_store
from services.sink.storage.base import Row
from shared.app import create_app
from shared.codec import encode
from shared.deadletters import dead_letter
from shared.metrics import ServiceMetrics
from shared.settings import Settings
from shared.stage import decode_events
from shared.topics import ARTICLES_ENRICHED, CALENDAR, DEADLETTER, INCIDENTS, READS, TopicSpec
from shared.worker import add_health, add_lag_metric, topic

log = logging.getLogger(__name__)
T = TypeVar("T")

SOURCES: tuple[TopicSpec, ...] = READS["sink"]
_FIELD = {
    ARTICLES_ENRICHED.name: "articles",
    INCIDENTS.name: "incidents",
    CALENDAR.name: "events",
    DEADLETTER.name: "deadletters",
}


def collect(events: Sequence[EventT[Any]], spec: TopicSpec, *, metrics: ServiceMetrics, max_bytes: int) -> Batch:
    """Decode one topic's batch into the rows to write; undecodable records become dead letters."""
    batch = Batch()
    good, bad = decode_events(events, spec.model, stage="sink", metrics=metrics, max_bytes=max_bytes)
    getattr(batch, _FIELD[spec.name]).extend(d.message for d in good)
    batch.deadletters.extend(bad)
    return batch


def split_collisions(batch: Batch, stored: dict[str, Row]) -> Batch:
    """An id already stored for another URL or source is a collision: dead-lettered, never overwritten.

    The same URL with a new text is a revision of the story and replaces it.
    """
    keep = []
    for enriched in batch.articles:
        article = enriched.article
        old = stored.get(article.id)
        if old is None or (old["url"] == article.url and old["source"] == article.source):
            keep.append(enriched)
            continue
        batch.deadletters.append(
            dead_letter(
                payload=encode(enriched),
                topic=ARTICLES_ENRICHED.name,
                partition=None,
                offset=None,
                key=article.id,
                stage="sink",
                error_type="id_collision",
                reason=(
                    f"article id {article.id} is already stored for url={old['url']!r} source={old['source']!r}; "
                    f"this one has url={article.url!r} source={article.source!r}"
                ),
            )
        )
    batch.articles = keep
    return batch


async def with_retry(call: Callable[..., T], *args: Any, metrics: ServiceMetrics, max_delay: float = 30.0) -> T:
    """Run a storage call in a thread until it succeeds; the batch is not acknowledged meanwhile."""
    delay = 0.5
    healthy = metrics.healthy.labels(service="sink")
    while True:
        try:
            result = await asyncio.to_thread(call, *args)
            healthy.set(1)
            return result
        except Exception as exc:  # noqa: BLE001 - any storage failure: wait and try again
            healthy.set(0)
            metrics.errors.labels(service="sink", kind=f"storage:{type(exc).__name__}").inc()
            log.warning("storage write failed (%s); retrying in %.1fs", exc, delay)
            await asyncio.sleep(delay)
            delay = min(max_delay, delay * 2)


def record(batch: Batch, metrics: ServiceMetrics) -> None:
    for spec in SOURCES:
        count = len(getattr(batch, _FIELD[spec.name]))
        if count:
            metrics.messages_out.labels(service="sink", topic=spec.name).inc(count)
    for letter in batch.deadletters:
        if letter.stage == "sink":
            metrics.deadletters.labels(service="sink", stage="sink", error_type=letter.error_type).inc()


@dataclass
class StoreGauges:
    """What the store holds, as gauges: daily incident tallies and calendar events by status."""

    tally: Gauge
    events: Gauge
    dirty: bool = True

    @classmethod
    def create(cls, registry: CollectorRegistry) -> StoreGauges:
        return cls(
            tally=Gauge(
                "sitrep_incident_tally",
                "Per day, attacker, weapon and claimant: sum of deduplicated single-night claims",
                ["day", "attacker", "weapon", "claimant", "count"],
                registry=registry,
            ),
            events=Gauge("sitrep_calendar_events", "Calendar events by status", ["status"], registry=registry),
        )

    def refresh(self, store: Store, days: int = 31) -> None:
        rows = store.tallies()
        recent_days = sorted({r["day"] for r in rows})[-days:]
        self.tally.clear()
        for row in rows:
            if row["day"] not in recent_days:
                continue
            for count in ("launched", "destroyed", "lost", "killed", "injured"):
                if row[count] is not None:
                    self.tally.labels(
                        day=row["day"],
                        attacker=row["attacker"] or "unknown",
                        weapon=row["weapon"],
                        claimant=row["claimant"],
                        count=count,
                    ).set(row[count])
        self.events.clear()
        by_status: dict[str, int] = {}
        for event in store.events():
            by_status[event["status"]] = by_status.get(event["status"], 0) + 1
        for status, n in by_status.items():
            self.events.labels(status=status).set(n)
        self.dirty = False


def add_read_api(app: faust.App, storage: Store, lock: asyncio.Lock) -> None:
    """Read-only views of the store on the sink's web port (bound to ``SITREP_METRICS_HOST``).

    ``/calendar.ics`` lets calendar programs subscribe; the JSON views serve dashboards and scripts.
    """

    async def read(call: Callable[..., T], *args: Any) -> T:
        async with lock:
            return await asyncio.to_thread(call, *args)

    def _since(request: Request) -> str | None:
        value = request.query.get("since")
        return value if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None

    @app.page("/calendar.ics")
    async def calendar_ics(self: View, request: Request) -> Response:
        from services.diplo_calendar.ics import to_ics

        rows = await read(storage.events, _since(request))
        return self.bytes(to_ics(rows), content_type="text/calendar")

    @app.page("/calendar.json")
    async def calendar_json(self: View, request: Request) -> Response:
        return self.json(await read(storage.events, _since(request)))

    @app.page("/incidents.json")
    async def incidents_json(self: View, request: Request) -> Response:
        return self.json(await read(storage.incidents, _since(request)))

    @app.page("/tallies.json")
    async def tallies_json(self: View, request: Request) -> Response:
        return self.json(await read(storage.tallies, _since(request)))


def build(settings: Settings, store: Store | None = None) -> faust.App:
    app, metrics = create_app("sink", settings)
    storage = store or open_store(settings)
    storage.setup()
    # One connection, several agents: writes take turns.
    lock = asyncio.Lock()
    gauges = StoreGauges.create(metrics.registry)

    @app.timer(10.0, name="sink.store_gauges")  # type: ignore[untyped-decorator]
    async def refresh_gauges() -> None:
        if gauges.dirty:
            async with lock:
                try:
                    await asyncio.to_thread(gauges.refresh, storage)
                except Exception as exc:  # noqa: BLE001 - gauges wait for the next tick
                    log.warning("could not refresh store gauges: %s", exc)

    def add_agent(spec: TopicSpec) -> None:
        async def sink(stream: Any) -> None:
            async for events in stream.take_events(settings.batch_size * 4, within=settings.batch_seconds):
                started = time.perf_counter()
                batch = collect(events, spec, metrics=metrics, max_bytes=settings.max_message_bytes)
                if len(batch):
                    async with lock:
                        if batch.articles:
                            ids = [e.article.id for e in batch.articles]
                            stored = await with_retry(storage.articles_by_id, ids, metrics=metrics)
                            split_collisions(batch, stored)
                        await with_retry(storage.write, batch, metrics=metrics)
                    record(batch, metrics)
                    gauges.dirty = gauges.dirty or bool(batch.incidents or batch.events)
                metrics.processing_seconds.labels(service="sink").observe(time.perf_counter() - started)
                metrics.last_processed.labels(service="sink").set(time.time())

        app.agent(topic(app, spec), name=f"sink.{spec.name}")(sink)

    for spec in SOURCES:
        add_agent(spec)
    add_health(app, metrics, "sink")
    add_read_api(app, storage, lock)
    add_lag_metric(app, metrics, "sink", {s.name for s in SOURCES})

    @app.on_before_shutdown.connect
    async def close_store(sender: Any, /, *args: Any, signal: Any, **kwargs: Any) -> None:
        storage.close()

    return app
