"""``unread_records`` against the real embedded broker: what a group has not committed is owed."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
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
