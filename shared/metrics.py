"""The metrics every sitrep service exposes, built on an injected registry.

Each process (and each test) builds its own :class:`ServiceMetrics` from its own
``CollectorRegistry``, so nothing is global and tests never see each other's counts.
"""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

# Latency buckets for one batch of NLP work: milliseconds up to tens of seconds.
_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


@dataclass(frozen=True)
class ServiceMetrics:
    registry: CollectorRegistry
    messages_in: Counter
    messages_out: Counter
    errors: Counter
    deadletters: Counter
    processing_seconds: Histogram
    end_to_end_seconds: Histogram
    healthy: Gauge
    last_processed: Gauge
    consumer_lag: Gauge

    @classmethod
    def create(cls, service: str, registry: CollectorRegistry | None = None) -> ServiceMetrics:
        reg = registry if registry is not None else CollectorRegistry()
        labels = {"service": service}
        metrics = cls(
            registry=reg,
            messages_in=Counter("sitrep_messages_in", "Messages consumed", ["service", "topic"], registry=reg),
            messages_out=Counter(
                "sitrep_messages_out", "Messages produced or stored", ["service", "topic"], registry=reg
            ),
            errors=Counter("sitrep_errors", "Errors by kind", ["service", "kind"], registry=reg),
            deadletters=Counter(
                "sitrep_deadletters",
                "Records sent to the dead-letter topic or table",
                ["service", "stage", "error_type"],
                registry=reg,
            ),
            processing_seconds=Histogram(
                "sitrep_processing_seconds",
                "Time to process one batch",
                ["service"],
                buckets=_LATENCY_BUCKETS,
                registry=reg,
            ),
            end_to_end_seconds=Histogram(
                "sitrep_end_to_end_seconds",
                "Time from article ingestion to this stage's output",
                ["service"],
                buckets=_LATENCY_BUCKETS,
                registry=reg,
            ),
            healthy=Gauge("sitrep_healthy", "1 while the service can do its work", ["service"], registry=reg),
            last_processed=Gauge(
                "sitrep_last_processed_timestamp_seconds",
                "Unix time of the last processed message",
                ["service"],
                registry=reg,
            ),
            consumer_lag=Gauge(
                "sitrep_consumer_lag",
                "Messages on the broker not yet read by this service",
                ["service", "topic", "partition"],
                registry=reg,
            ),
        )
        metrics.healthy.labels(**labels).set(0)
        return metrics
