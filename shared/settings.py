"""All configuration, read once from the environment (prefix ``SITREP_``) and validated at start-up.

Nothing reads the environment at import time: a process calls :func:`load_settings`
once in its entry point and passes the frozen object down.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

ServiceName = Literal["feeder", "extractor", "linker", "incidents", "calendar", "sink"]

#: Offsets from ``metrics_base_port``: one fixed port per service on a single host.
METRICS_PORT_OFFSETS: dict[str, int] = {
    "feeder": 0,
    "extractor": 1,
    "incidents": 2,
    "calendar": 3,
    "sink": 4,
    "linker": 5,
}


class Settings(BaseSettings):
    """sitrep's settings. Every field maps to ``SITREP_<FIELD>`` (case-insensitive)."""

    # Faust reads unprefixed names such as BROKER_URL itself; the prefix keeps ours apart.
    model_config = SettingsConfigDict(
        env_prefix="SITREP_", frozen=True, extra="forbid", env_file=None, validate_default=True
    )

    # --- Kafka -------------------------------------------------------------------------
    #: Comma-separated host:port list of the Kafka bootstrap servers.
    kafka_bootstrap: str = "127.0.0.1:19092"
    #: Start the embedded Tansu broker in ``sitrep up``/``demo`` (false: use ``kafka_bootstrap``).
    embedded_broker: bool = True
    kafka_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    kafka_sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = None
    kafka_sasl_username: str | None = None
    kafka_sasl_password: SecretStr | None = None
    kafka_ssl_cafile: Path | None = None
    kafka_ssl_certfile: Path | None = None
    kafka_ssl_keyfile: Path | None = None
    #: Replication factor for the topics sitrep creates (1 on a single broker).
    topic_replication: int = Field(default=1, ge=1)
    #: Partitions per topic unless ``shared.topics`` declares its own.
    topic_partitions: int = Field(default=4, ge=1)
    #: Consumer-group session timeout; a short one makes a single-node broker rebalance fast.
    session_timeout_s: float = Field(default=6.0, gt=0)
    #: How long a worker's fetch may wait on the broker for new records. Faust fixes 1500 ms, and
    #: a broker that answers only when the wait ends (Tansu does) then adds up to that much to
    #: every hop; 100 ms costs at most ten empty fetches a second per idle consumer.
    fetch_max_wait_ms: int = Field(default=100, ge=10, le=30_000)

    # --- Processing ----------------------------------------------------------------------
    #: Largest article text accepted, in characters; longer ones go to the dead-letter topic.
    max_text_chars: int = Field(default=200_000, ge=1_000)
    #: Largest message accepted from any topic, in bytes.
    max_message_bytes: int = Field(default=4_000_000, ge=10_000)
    batch_size: int = Field(default=64, ge=1)
    batch_seconds: float = Field(default=0.25, gt=0)
    #: Niceness this worker process takes at start (0: left as started).
    worker_nice: int = Field(default=0, ge=0, le=19)
    #: Niceness ``sitrep up``/``demo`` give everything but the extractor: the linker, incidents, calendar and
    #: sink workers and the embedded broker. On a machine they share with the extractor, the model
    #: stage is the bottleneck and the others have slack: the scheduler then serves the extractor
    #: first and the rest use the cycles it leaves.
    support_nice: int = Field(default=5, ge=0, le=19)
    #: ``sitrep up``/``demo`` give each extractor process a core of its own and run the rest on the
    #: cores left, when there are more cores than extractor processes (see shared/cpus.py).
    pin_cpus: bool = True

    # --- Storage ------------------------------------------------------------------------
    store: Literal["sqlite", "postgres"] = "sqlite"
    sqlite_path: Path = Path("var/sitrep.sqlite3")
    #: e.g. ``postgresql://sitrep@db:5432/sitrep``; a secret because it may carry a password.
    postgres_dsn: SecretStr | None = None

    # --- Observability -------------------------------------------------------------------
    metrics_host: str = "127.0.0.1"
    metrics_base_port: int = Field(default=9300, ge=1, le=65000)
    #: Overrides the fixed per-service port, for extra worker processes on one host.
    metrics_port: int | None = Field(default=None, ge=1, le=65535)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    #: Where Faust keeps its local state, one folder per service (and the live feeder its state file).
    data_dir: Path = Path("var")

    # --- Live feeder (``sitrep feed --sources``) ------------------------------------------
    #: Sent with every request: names the project and where to reach its operators.
    feeder_user_agent: str = Field(default="sitrep-feeder/0.1 (+https://github.com/sitrep/sitrep)", min_length=8)
    #: Whole-request timeout (connect, headers and body) for one feed or page request.
    feeder_timeout_s: float = Field(default=20.0, gt=0)
    #: Extra attempts after a network error, a timeout or a 5xx, with exponential backoff and jitter.
    feeder_retries: int = Field(default=3, ge=0, le=10)
    #: First retry delay; doubles per attempt up to ``feeder_retry_max_s``.
    feeder_retry_base_s: float = Field(default=1.0, gt=0)
    feeder_retry_max_s: float = Field(default=30.0, gt=0)
    #: A 429/503 Retry-After up to this long is waited out; a longer one postpones the source's next poll.
    feeder_max_retry_after_s: float = Field(default=120.0, ge=0)
    #: Longest delay between polls of a source that keeps failing (its backoff doubles up to this).
    feeder_source_backoff_max_s: float = Field(default=3600.0, gt=0)
    #: Largest feed or page body read, in bytes; reading stops past it and the response is rejected.
    feeder_max_response_bytes: int = Field(default=5_000_000, ge=1_000)
    feeder_max_redirects: int = Field(default=5, ge=0, le=20)
    #: Sources polled at the same time (requests to one host are still spaced by its rate limit).
    feeder_concurrency: int = Field(default=4, ge=1, le=64)
    #: The same normalized title from the same source within this window is a duplicate.
    feeder_title_window_hours: float = Field(default=72.0, ge=0)
    #: Seen-entry records are dropped this long after their entry was last in a feed.
    feeder_seen_retention_days: float = Field(default=30.0, gt=0)

    @model_validator(mode="after")
    def _check_security(self) -> Settings:
        sasl_complete = self.kafka_sasl_mechanism and self.kafka_sasl_username and self.kafka_sasl_password
        if self.kafka_security_protocol.startswith("SASL") and not sasl_complete:
            raise ValueError(
                "SASL needs SITREP_KAFKA_SASL_MECHANISM, SITREP_KAFKA_SASL_USERNAME and SITREP_KAFKA_SASL_PASSWORD"
            )
        if self.store == "postgres" and self.postgres_dsn is None:
            raise ValueError("SITREP_STORE=postgres needs SITREP_POSTGRES_DSN")
        return self

    @property
    def bootstrap_servers(self) -> list[str]:
        return [s.strip() for s in self.kafka_bootstrap.split(",") if s.strip()]

    def metrics_port_for(self, service: str) -> int:
        if self.metrics_port is not None:
            return self.metrics_port
        return self.metrics_base_port + METRICS_PORT_OFFSETS[service]


def load_settings(**overrides: Any) -> Settings:
    """Read the environment once; explicit overrides (from the CLI) win."""
    return Settings(**overrides)
