"""Wiring shared by the Faust services: a Stage agent, health pages, and running a worker."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from typing import Any

import faust
from faust.web import Request, Response, View

from shared.metrics import ServiceMetrics
from shared.models import Message
from shared.settings import Settings
from shared.stage import Stage, Transform
from shared.topics import DEADLETTER, TopicSpec

log = logging.getLogger(__name__)


def topic(app: faust.App, spec: TopicSpec) -> Any:
    return app.topic(spec.name, key_type=bytes, value_type=bytes, partitions=spec.partitions)


def add_stage(
    app: faust.App,
    metrics: ServiceMetrics,
    settings: Settings,
    *,
    name: str,
    source: TopicSpec,
    transform: Transform[Any],
    outputs: dict[type[Message], TopicSpec],
    warm_up: Sequence[Message] = (),
) -> Stage[Any]:
    """Register one thin agent: batches from ``source`` through ``transform`` to ``outputs``.

    ``warm_up`` is run through ``transform`` once, now, so that the first real batch does not
    pay for lazy set-up; a transform that fails on it fails the start, which is the point.
    """
    if warm_up:
        transform(list(warm_up))
    stage: Stage[Any] = Stage(
        name=name,
        source=source,
        transform=transform,
        routes={model: (spec, topic(app, spec)) for model, spec in outputs.items()},
        deadletter=topic(app, DEADLETTER),
        metrics=metrics,
        max_bytes=settings.max_message_bytes,
    )

    async def agent(stream: Any) -> None:
        async for events in stream.take_events(settings.batch_size, within=settings.batch_seconds):
            await stage.process(events)

    app.agent(topic(app, source), name=f"{name}.agent")(agent)
    add_health(app, metrics, name)
    add_lag_metric(app, metrics, name, {source.name})
    return stage


def add_health(app: faust.App, metrics: ServiceMetrics, service: str) -> None:
    """``/health/live`` answers while the event loop runs; ``/health/ready`` once agents are up."""
    gauge = metrics.healthy.labels(service=service)

    @app.page("/health/live")
    async def live(self: View, request: Request) -> Response:
        return self.json({"service": service, "live": True})

    @app.page("/health/ready")
    async def ready(self: View, request: Request) -> Response:
        crashed = [a.name for a in app.agents.values() if any(getattr(x, "crashed", False) for x in a._actors)]
        ok = not crashed and not app.rebalancing
        gauge.set(1 if ok else 0)
        return self.json({"service": service, "ready": ok, "crashed_agents": crashed}, status=200 if ok else 503)

    @app.task  # type: ignore[untyped-decorator]
    async def mark_started() -> None:
        gauge.set(1)


def add_lag_metric(app: faust.App, metrics: ServiceMetrics, service: str, topics: set[str], every: float = 5.0) -> None:
    """Consumer lag per topic and partition: the broker's high watermark minus our read position."""
    gauge = metrics.consumer_lag

    async def measure() -> None:
        consumer = app.consumer
        try:
            assignment = consumer.assignment()
        except Exception:  # noqa: BLE001 - not assigned yet, or rebalancing: try next time
            return
        for tp in assignment:
            if tp.topic not in topics:
                continue
            high = consumer.highwater(tp)
            if high is None:
                continue
            # Faust keeps the last offset each stream read; it has no public accessor for it.
            read = getattr(consumer, "_read_offset", {}).get(tp)
            position = read + 1 if read is not None else 0
            gauge.labels(service=service, topic=tp.topic, partition=str(tp.partition)).set(max(0, high - position))

    app.timer(every, name=f"{service}.consumer_lag")(measure)


def run_worker(app: faust.App, settings: Settings) -> None:
    """Run until SIGINT/SIGTERM; Faust stops the agents and commits what was acked."""
    if settings.worker_nice:
        os.nice(settings.worker_nice)
    worker = faust.Worker(app, loglevel=settings.log_level.lower(), quiet=True, override_logging=False)
    worker.execute_from_commandline()
