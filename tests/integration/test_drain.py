"""Offsets on the real embedded broker: what a group has not committed is owed, and resuming
inside a batch of records reads every record after the offset (the workers send batches)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.structs import OffsetAndMetadata

from services.cli.supervisor import free_port
from shared.broker import EmbeddedBroker
from shared.kafka import client_options, ensure_topics, new_producer, unread_records
from shared.settings import Settings
from shared.topics import DEADLETTER, TopicSpec

pytestmark = pytest.mark.integration

# A one-partition topic keeps the offsets in the assertions easy to follow.
TOPIC: TopicSpec = DEADLETTER


@pytest.fixture(scope="module")
def settings() -> Iterator[Settings]:
    s = Settings(kafka_bootstrap=f"127.0.0.1:{free_port()}")
    broker = EmbeddedBroker(s)
    broker.start()
    try:
        asyncio.run(ensure_topics(s, [TOPIC]))
        yield s
    finally:
        broker.stop()


async def _produce(settings: Settings, count: int) -> None:
    producer = new_producer(settings)
    await producer.start()
    try:
        for i in range(count):
            await producer.send_and_wait(TOPIC.name, b"{}", key=str(i).encode())
    finally:
        await producer.stop()


async def _commit(settings: Settings, group: str, offset: int) -> None:
    consumer = AIOKafkaConsumer(**client_options(settings), group_id=group, enable_auto_commit=False)
    await consumer.start()
    try:
        tp = TopicPartition(TOPIC.name, 0)
        consumer.assign([tp])
        await consumer.commit({tp: OffsetAndMetadata(offset, "")})
    finally:
        await consumer.stop()


def test_committed_offsets_tell_what_each_group_still_owes(settings: Settings) -> None:
    async def scenario() -> list[dict[str, int]]:
        await _produce(settings, 5)
        reads = {"drain-partial": (TOPIC,), "drain-none": (TOPIC,), "drain-all": (TOPIC,)}
        await _commit(settings, "drain-partial", 3)
        await _commit(settings, "drain-all", 5)
        first = await unread_records(settings, reads)
        await _produce(settings, 2)
        second = await unread_records(settings, reads)
        return [first, second]

    first, second = asyncio.run(scenario())
    assert first == {"drain-partial": 2, "drain-none": 5, "drain-all": 0}
    # New records are owed by every group, including the one that had caught up.
    assert second == {"drain-partial": 4, "drain-none": 7, "drain-all": 2}


def test_a_consumer_resuming_inside_a_batch_reads_every_record_after_its_offset(settings: Settings) -> None:
    """Sent in one produce request, ten records share one batch; resuming at any offset inside it
    must read exactly the records from that offset on, or a restarted worker would skip some."""
    tp = TopicPartition(TOPIC.name, 0)

    async def scenario() -> tuple[list[int], dict[int, list[str]]]:
        producer = AIOKafkaProducer(**client_options(settings), acks="all", linger_ms=500, max_batch_size=1 << 16)
        await producer.start()
        try:
            pending = [await producer.send(TOPIC.name, f"b{i}".encode(), partition=0) for i in range(10)]
            offsets = [m.offset for m in await asyncio.gather(*pending)]
        finally:
            await producer.stop()
        read: dict[int, list[str]] = {}
        for start in (offsets[0], offsets[3], offsets[9]):
            consumer = AIOKafkaConsumer(**client_options(settings), enable_auto_commit=False)
            await consumer.start()
            try:
                consumer.assign([tp])
                consumer.seek(tp, start)
                values: list[str] = []
                while len(values) < offsets[-1] + 1 - start:
                    got = await consumer.getmany(tp, timeout_ms=3000)
                    if not got:
                        break
                    values += [m.value.decode() for m in got[tp] if m.value is not None]
                read[start] = values
            finally:
                await consumer.stop()
        return offsets, read

    offsets, read = asyncio.run(scenario())
    assert offsets == list(range(offsets[0], offsets[0] + 10))
    first = offsets[0]
    assert read == {first + k: [f"b{i}" for i in range(k, 10)] for k in (0, 3, 9)}
