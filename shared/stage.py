"""What every enrichment agent does with a batch: decode, call a pure function, send, dead-letter.

The agents in ``services/*/agents.py`` only wire topics to a :class:`Stage`; the
work itself is a plain function from a list of input models to their outputs.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar, cast

from faust.types import EventT, TopicT

from shared.codec import DecodeError, decode, encode
from shared.deadletters import dead_letter
from shared.metrics import ServiceMetrics
from shared.models import Article, DeadLetter, EnrichedArticle, Message, RecognizedArticle
from shared.topics import TopicSpec, key_of

log = logging.getLogger(__name__)

In = TypeVar("In", bound=Message)

#: A pure batch function: one list of output messages per input, in order.
Transform = Callable[[list[In]], list[list[Message]]]


@dataclass
class Decoded(Generic[In]):
    event: EventT[Any]
    message: In


def _where(event: EventT[Any]) -> tuple[str, int | None, int | None]:
    msg = event.message
    return str(msg.topic), msg.partition, msg.offset


def decode_events(
    events: Sequence[EventT[Any]],
    model: type[In],
    *,
    stage: str,
    metrics: ServiceMetrics,
    max_bytes: int,
) -> tuple[list[Decoded[In]], list[DeadLetter]]:
    """Split a batch into decoded messages and dead letters for the rest."""
    good: list[Decoded[In]] = []
    bad: list[DeadLetter] = []
    for event in events:
        topic, partition, offset = _where(event)
        metrics.messages_in.labels(service=stage, topic=topic).inc()
        payload = event.value if isinstance(event.value, bytes | None) else bytes(event.value)
        try:
            good.append(Decoded(event, decode(payload, model, max_bytes=max_bytes)))
        except DecodeError as exc:
            bad.append(
                dead_letter(
                    payload=payload,
                    topic=topic,
                    partition=partition,
                    offset=offset,
                    key=event.key,
                    stage=stage,
                    error_type=exc.error_type,
                    reason=exc.reason,
                )
            )
    return good, bad


def ingested_at(message: Message) -> datetime | None:
    if isinstance(message, Article):
        return message.ingested_at
    if isinstance(message, EnrichedArticle | RecognizedArticle):
        return message.article.ingested_at
    return None


@dataclass
class Stage(Generic[In]):
    """One enrichment step: ``source`` in, ``transform``, out to the topic of each output's type."""

    name: str
    source: TopicSpec
    transform: Transform[In]
    routes: dict[type[Message], tuple[TopicSpec, TopicT]]
    deadletter: TopicT
    metrics: ServiceMetrics
    max_bytes: int
    # One thread of its own for the transform, not the loop's shared pool: with the pool each batch
    # could land on another thread, and glibc gives every new thread its own malloc arena, so the
    # extractor's memory rose in steps (183 -> 237 MB in a soak) as more threads took their turn.
    executor: ThreadPoolExecutor = field(default_factory=lambda: ThreadPoolExecutor(max_workers=1))

    def run_transform(self, batch: list[Decoded[In]]) -> tuple[list[Message], list[DeadLetter]]:
        """Run the pure function on the batch; when it fails, find the one input that broke it."""
        inputs = [d.message for d in batch]
        try:
            results = self.transform(inputs)
            return [m for out in results for m in out], []
        except Exception:  # noqa: BLE001 - isolate the culprit below, never crash the stream
            log.warning("batch of %d failed in %s; retrying one by one", len(batch), self.name)
        outputs: list[Message] = []
        failures: list[DeadLetter] = []
        for item in batch:
            try:
                outputs.extend(self.transform([item.message])[0])
            except Exception as exc:  # noqa: BLE001 - any bug in a rule becomes a dead letter
                topic, partition, offset = _where(item.event)
                if isinstance(exc, DecodeError):
                    error_type, reason = exc.error_type, exc.reason
                else:
                    error_type = f"processing_error:{type(exc).__name__}"
                    reason = str(exc) or repr(exc)
                self.metrics.errors.labels(service=self.name, kind=error_type).inc()
                failures.append(
                    dead_letter(
                        payload=item.event.value,
                        topic=topic,
                        partition=partition,
                        offset=offset,
                        key=item.event.key,
                        stage=self.name,
                        error_type=error_type,
                        reason=reason,
                    )
                )
        return outputs, failures

    async def send_all(self, outputs: list[Message], failures: list[DeadLetter]) -> None:
        """Send and wait for the broker's acknowledgement before the batch's offsets are committed."""
        pending: list[Any] = []
        for message in outputs:
            spec, topic = self.routes[type(message)]
            pending.append(await topic.send(key=key_of(spec, message).encode(), value=encode(message)))
            self.metrics.messages_out.labels(service=self.name, topic=spec.name).inc()
        for letter in failures:
            pending.append(await self.deadletter.send(key=letter.deadletter_id.encode(), value=encode(letter)))
            self.metrics.deadletters.labels(service=self.name, stage=letter.stage, error_type=letter.error_type).inc()
        if pending:
            await asyncio.gather(*pending)

    async def process(self, events: Sequence[EventT[Any]]) -> None:
        started = time.perf_counter()
        model = cast(type[In], self.source.model)
        good, bad = decode_events(events, model, stage=self.name, metrics=self.metrics, max_bytes=self.max_bytes)
        # In a thread: while the model works on this batch the event loop keeps fetching the next
        # one and answering /metrics, instead of the consumer standing still for seconds.
        outputs: list[Message] = []
        failures: list[DeadLetter] = []
        if good:
            loop = asyncio.get_running_loop()
            outputs, failures = await loop.run_in_executor(self.executor, self.run_transform, good)
        await self.send_all(outputs, bad + failures)
        now = datetime.now(UTC)
        for item in good:
            stamp = ingested_at(item.message)
            if stamp is not None:
                self.metrics.end_to_end_seconds.labels(service=self.name).observe(
                    max(0.0, (now - stamp).total_seconds())
                )
        self.metrics.processing_seconds.labels(service=self.name).observe(time.perf_counter() - started)
        self.metrics.last_processed.labels(service=self.name).set(time.time())


def with_reported_at(transform: Transform[EnrichedArticle]) -> Transform[EnrichedArticle]:
    """Stamp each output with its article's publication time, so the store can tell the latest report."""

    def stamped(batch: list[EnrichedArticle]) -> list[list[Message]]:
        results = transform(batch)
        return [
            [
                m.model_copy(update={"reported_at": e.article.published_at})
                if "reported_at" in type(m).model_fields
                else m
                for m in out
            ]
            for e, out in zip(batch, results, strict=True)
        ]

    return stamped
