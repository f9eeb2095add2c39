"""aiokafka plumbing shared by the feeder, the CLI and the tests: connection options, topics, readiness."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
import time
from collections.abc import Iterable, Mapping
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, KafkaError, TopicAlreadyExistsError

from shared.settings import Settings
from shared.topics import ALL_TOPICS, TopicSpec

log = logging.getLogger(__name__)


def ssl_context(settings: Settings) -> ssl.SSLContext | None:
    if not settings.kafka_security_protocol.endswith("SSL"):
        return None
    context = ssl.create_default_context(cafile=str(settings.kafka_ssl_cafile) if settings.kafka_ssl_cafile else None)
    if settings.kafka_ssl_certfile:
        context.load_cert_chain(
            str(settings.kafka_ssl_certfile),
            str(settings.kafka_ssl_keyfile) if settings.kafka_ssl_keyfile else None,
        )
    return context


def client_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for any aiokafka client, security included."""
    options: dict[str, Any] = {
        "bootstrap_servers": settings.bootstrap_servers,
        "security_protocol": settings.kafka_security_protocol,
    }
    context = ssl_context(settings)
    if context is not None:
        options["ssl_context"] = context
    if settings.kafka_sasl_mechanism:
        options["sasl_mechanism"] = settings.kafka_sasl_mechanism
        options["sasl_plain_username"] = settings.kafka_sasl_username
        password = settings.kafka_sasl_password
        options["sasl_plain_password"] = password.get_secret_value() if password else None
    return options


def new_producer(settings: Settings, **extra: Any) -> AIOKafkaProducer:
    # acks=all and idempotence: a retried send never writes the same record twice.
    return AIOKafkaProducer(**client_options(settings), acks="all", enable_idempotence=False, linger_ms=5, **extra)


async def wait_for_broker(settings: Settings, timeout: float = 30.0) -> None:
    """Return once the broker answers a metadata request; raise TimeoutError otherwise."""
    deadline = time.monotonic() + timeout
    # Refused connections are expected while the broker starts; aiokafka would log each one as an error.
    quiet = logging.getLogger("aiokafka")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)
    try:
        await _poll_broker(settings, deadline)
    finally:
        quiet.setLevel(level)


async def _poll_broker(settings: Settings, deadline: float) -> None:
    last: Exception | None = None
    while time.monotonic() < deadline:
        admin = AIOKafkaAdminClient(**client_options(settings), request_timeout_ms=3000)
        try:
            await admin.start()
            await admin.list_topics()
            return
        except (KafkaError, OSError) as exc:
            last = exc
        finally:
            with contextlib.suppress(KafkaError, OSError):
                await admin.close()
        await asyncio.sleep(0.2)
    raise TimeoutError(f"no Kafka broker answered at {settings.kafka_bootstrap}: {last!r}")


async def ensure_topics(settings: Settings, specs: Iterable[TopicSpec] = ALL_TOPICS) -> list[str]:
    """Create the topics that do not exist yet, with their declared partition counts."""
    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    created: list[str] = []
    try:
        existing = set(await admin.list_topics())
        for spec in specs:
            if spec.name in existing:
                continue
            config = {"cleanup.policy": "compact"} if spec.compacted else {}
            try:
                await admin.create_topics(
                    [
                        NewTopic(
                            spec.name,
                            num_partitions=spec.partitions,
                            replication_factor=settings.topic_replication,
                            topic_configs=config,
                        )
                    ]
                )
                created.append(spec.name)
            except TopicAlreadyExistsError:
                pass
    except KafkaConnectionError as exc:
        raise TimeoutError(f"cannot reach Kafka at {settings.kafka_bootstrap}: {exc}") from exc
    finally:
        await admin.close()
    return created


async def unread_records(settings: Settings, reads: Mapping[str, Iterable[TopicSpec]]) -> dict[str, int]:
    """Per consumer group, the records on the topics it reads that it has not committed yet.

    Committed offsets, not read positions: a record counts as done only once its group will not
    read it again after a restart, which is when its results are safely downstream.
    """
    admin = AIOKafkaAdminClient(**client_options(settings))
    consumer = AIOKafkaConsumer(**client_options(settings), enable_auto_commit=False)
    await admin.start()
    try:
        await consumer.start()
        try:
            await consumer.topics()  # fetches the partition counts, which may exceed the declared ones
            names = {spec.name for specs in reads.values() for spec in specs}
            partitions = [
                TopicPartition(name, p)
                for name in sorted(names)
                for p in sorted(consumer.partitions_for_topic(name) or ())
            ]
            ends: dict[TopicPartition, int] = await consumer.end_offsets(partitions) if partitions else {}
        finally:
            await consumer.stop()
        unread: dict[str, int] = {}
        for group, specs in reads.items():
            topics = {spec.name for spec in specs}
            mine = [tp for tp in ends if tp.topic in topics]
            # Named partitions: asking for "all the group's offsets" (a null topic list) is a
            # request form that Tansu does not answer.
            committed = await admin.list_consumer_group_offsets(group, partitions=mine)
            unread[group] = sum(
                max(0, ends[tp] - max(0, committed[tp].offset if tp in committed else 0)) for tp in mine
            )
        return unread
    finally:
        await admin.close()
