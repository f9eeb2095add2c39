"""Prometheus metrics of the live feeder, on an injected registry (nothing global, tests stay apart)."""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Gauge


@dataclass(frozen=True)
class FollowMetrics:
    registry: CollectorRegistry
    #: result: ok, not_modified, error.
    polls: Counter
    new_articles: Counter
    duplicates: Counter
    #: reason: a short code (no_text, page_too_large, invalid, ...).
    rejected: Counter
    #: Entries left for the next poll because their page could not be fetched this time.
    deferred: Counter
    #: target: feed or page; kind: timeout, network, http_5xx, http_4xx, rate_limited, too_large, not_a_feed, ...
    fetch_errors: Counter
    last_success: Gauge
    #: 1 when the source's last poll succeeded, 0 while it is failing (and backed off).
    healthy: Gauge
    consecutive_failures: Gauge

    @classmethod
    def create(cls, registry: CollectorRegistry | None = None) -> FollowMetrics:
        reg = registry if registry is not None else CollectorRegistry()
        return cls(
            registry=reg,
            polls=Counter("sitrep_feeder_polls", "Feed polls", ["source", "result"], registry=reg),
            new_articles=Counter(
                "sitrep_feeder_new_articles", "Articles published from live sources", ["source"], registry=reg
            ),
            duplicates=Counter(
                "sitrep_feeder_duplicates_skipped", "Feed entries already published", ["source"], registry=reg
            ),
            rejected=Counter(
                "sitrep_feeder_entries_rejected", "Malformed feed entries or pages", ["source", "reason"], registry=reg
            ),
            deferred=Counter(
                "sitrep_feeder_entries_deferred", "Entries retried at the next poll", ["source"], registry=reg
            ),
            fetch_errors=Counter(
                "sitrep_feeder_fetch_errors", "Failed requests", ["source", "target", "kind"], registry=reg
            ),
            last_success=Gauge(
                "sitrep_feeder_last_success_timestamp_seconds",
                "Unix time of the source's last successful poll",
                ["source"],
                registry=reg,
            ),
            healthy=Gauge(
                "sitrep_feeder_source_healthy", "1 if the source's last poll succeeded", ["source"], registry=reg
            ),
            consecutive_failures=Gauge(
                "sitrep_feeder_source_consecutive_failures", "Failed polls in a row", ["source"], registry=reg
            ),
        )
