"""Settings: read once, validated, secrets hidden; Kafka security options reach every client."""

from __future__ import annotations

import asyncio
import ssl
from pathlib import Path

import faust
import pytest
from pydantic import ValidationError

from shared.app import broker_credentials, create_app
from shared.kafka import client_options
from shared.settings import Settings


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    for name in list(os.environ):
        if name.startswith("SITREP_"):
            monkeypatch.delenv(name)


def test_defaults_are_the_embedded_local_setup() -> None:
    s = Settings()
    assert s.embedded_broker
    assert s.store == "sqlite"
    assert s.metrics_host == "127.0.0.1"
    assert s.metrics_port_for("extractor") == s.metrics_base_port + 1


def test_settings_are_frozen() -> None:
    s = Settings()
    with pytest.raises(ValidationError):
        s.store = "postgres"  # type: ignore[misc]


def test_environment_with_prefix_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_BATCH_SIZE", "7")
    monkeypatch.setenv("BATCH_SIZE", "99")  # unprefixed names belong to others (Faust reads some)
    assert Settings().batch_size == 7


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"kafka_security_protocol": "SASL_SSL"}, "SASL needs"),
        ({"store": "postgres"}, "SITREP_POSTGRES_DSN"),
        ({"batch_size": 0}, "greater than or equal to 1"),
        ({"surprise": 1}, "Extra inputs"),
    ],
)
def test_invalid_settings_fail_at_start(values: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Settings(**values)  # type: ignore[arg-type]


def test_sasl_scram_reaches_aiokafka_and_faust_without_showing_the_password() -> None:
    s = Settings(
        kafka_security_protocol="SASL_PLAINTEXT",
        kafka_sasl_mechanism="SCRAM-SHA-512",
        kafka_sasl_username="sitrep",
        kafka_sasl_password="s3cret",  # type: ignore[arg-type]
        postgres_dsn="postgresql://u:dbpass@db/x",  # type: ignore[arg-type]
        store="postgres",
    )
    options = client_options(s)
    assert options["security_protocol"] == "SASL_PLAINTEXT"
    assert options["sasl_mechanism"] == "SCRAM-SHA-512"
    assert (options["sasl_plain_username"], options["sasl_plain_password"]) == ("sitrep", "s3cret")
    credentials = broker_credentials(s)
    assert isinstance(credentials, faust.SASLCredentials)
    assert credentials.mechanism.value == "SCRAM-SHA-512"
    assert "s3cret" not in repr(s) and "dbpass" not in repr(s)


def test_tls_builds_a_context_from_the_ca_file(tmp_path: Path) -> None:
    import subprocess

    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    made = subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "1",
            "-subj",
            "/CN=sitrep-test",
        ],
        capture_output=True,
    )
    if made.returncode != 0:
        pytest.fail(f"openssl could not make a test certificate: {made.stderr.decode()[:200]}")
    s = Settings(kafka_security_protocol="SSL", kafka_ssl_cafile=cert, kafka_ssl_certfile=cert, kafka_ssl_keyfile=key)
    options = client_options(s)
    assert isinstance(options["ssl_context"], ssl.SSLContext)
    assert isinstance(broker_credentials(s), faust.SSLCredentials)


@pytest.mark.parametrize("wait_ms", [100, 750])
def test_workers_fetch_with_the_configured_wait(wait_ms: int, tmp_path: Path) -> None:
    """Faust fixes 1500 ms; the consumer it builds for a worker must use ours instead."""

    async def built() -> int:
        app, _ = create_app("sink", Settings(fetch_max_wait_ms=wait_ms, data_dir=tmp_path))
        consumer = app.consumer._thread._create_worker_consumer(app.transport)
        try:
            return int(consumer._fetch_max_wait_ms)
        finally:
            await consumer.stop()

    assert asyncio.run(built()) == wait_ms
