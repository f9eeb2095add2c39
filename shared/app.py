"""The one factory for sitrep's Faust apps."""

from __future__ import annotations

from typing import Any

import faust
from faust.sensors.prometheus import setup_prometheus_sensors
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TransportT

from shared.kafka import ssl_context
from shared.metrics import ServiceMetrics
from shared.settings import ServiceName, Settings

#: Stable app ids: each is the consumer group and the changelog-topic prefix of its service.
APP_IDS: dict[str, str] = {
    "extractor": "sitrep-extractor",
    "linker": "sitrep-linker",
    "incidents": "sitrep-incidents",
    "calendar": "sitrep-calendar",
    "sink": "sitrep-sink",
}


def broker_credentials(settings: Settings) -> Any:
    context = ssl_context(settings)
    if settings.kafka_sasl_mechanism:
        password = settings.kafka_sasl_password
        return faust.SASLCredentials(
            username=settings.kafka_sasl_username,
            password=password.get_secret_value() if password else None,
            mechanism=settings.kafka_sasl_mechanism,
            ssl_context=context,
        )
    if context is not None:
        return faust.SSLCredentials(context)
    return None


class _PromptConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
    """Faust's consumer thread, fetching with the app's ``fetch_max_wait_ms`` instead of a fixed 1500 ms."""

    def _create_worker_consumer(self, transport: Any) -> Any:
        consumer = super()._create_worker_consumer(transport)
        # aiokafka reads this when the consumer starts; Faust offers no setting for it.
        consumer._fetch_max_wait_ms = getattr(transport.app, "fetch_max_wait_ms", consumer._fetch_max_wait_ms)
        return consumer


class _PromptConsumer(faust_aiokafka.Consumer):
    def _new_consumer_thread(self) -> faust_aiokafka.AIOKafkaConsumerThread:
        return _PromptConsumerThread(self, loop=self.loop, beacon=self.beacon)


class _PromptTransport(faust_aiokafka.Transport):
    Consumer = _PromptConsumer


class _App(faust.App):
    """A Faust app on the Kafka transport above; ``fetch_max_wait_ms`` comes from the settings."""

    fetch_max_wait_ms: int

    def _new_transport(self) -> TransportT:
        return _PromptTransport(self.conf.broker_consumer, self)


def create_app(service: ServiceName, settings: Settings) -> tuple[faust.App, ServiceMetrics]:
    """A Faust app for ``service`` with its metrics registry wired to its web server's ``/metrics``."""
    app_id = APP_IDS[service]
    # Faust does not create its state folder's parents; a fresh machine has none.
    (settings.data_dir / app_id).mkdir(parents=True, exist_ok=True)
    app = _App(
        app_id,
        broker=";".join(f"kafka://{server}" for server in settings.bootstrap_servers),
        broker_credentials=broker_credentials(settings),
        # Values stay bytes: our codec decodes them, so a bad message becomes a dead letter
        # instead of a crash inside Faust's deserializer.
        key_serializer="raw",
        value_serializer="raw",
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.topic_replication,
        topic_allow_declare=True,
        consumer_auto_offset_reset="earliest",
        broker_session_timeout=settings.session_timeout_s,
        broker_heartbeat_interval=max(0.5, settings.session_timeout_s / 6),
        broker_rebalance_timeout=max(10.0, settings.session_timeout_s * 2),
        web_enabled=True,
        web_bind=settings.metrics_host,
        web_host=settings.metrics_host,
        web_port=settings.metrics_port_for(service),
        web_in_thread=False,
        datadir=str(settings.data_dir / app_id),
        autodiscover=False,
        logging_config=None,
    )
    app.fetch_max_wait_ms = settings.fetch_max_wait_ms
    metrics = ServiceMetrics.create(service)
    setup_prometheus_sensors(app, registry=metrics.registry, name_prefix=app_id.replace("-", "_"))
    return app, metrics
