"""A real pipeline for integration tests: Tansu, every service as a process, a fresh SQLite file."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from services.cli.supervisor import Pipeline
from shared.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def free_block(size: int) -> int:
    """A base port with ``size`` consecutive free ports after it."""
    for _ in range(50):
        base = free_port()
        if base + size > 65000:
            continue
        try:
            for offset in range(size):
                with socket.socket() as s:
                    s.bind(("127.0.0.1", base + offset))
            return base
        except OSError:
            continue
    raise RuntimeError("no block of free ports")


@pytest.fixture(scope="session")
def pipeline_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    work = tmp_path_factory.mktemp("pipeline")
    env = {
        "SITREP_KAFKA_BOOTSTRAP": f"127.0.0.1:{free_port()}",
        "SITREP_METRICS_BASE_PORT": str(free_block(5)),
        "SITREP_SQLITE_PATH": str(work / "sitrep.sqlite3"),
        "SITREP_DATA_DIR": str(work / "var"),
        "SITREP_BATCH_SECONDS": "0.1",
    }
    return env


@pytest.fixture(scope="session")
def pipeline(pipeline_env: dict[str, str]) -> Iterator[Pipeline]:
    saved = {k: os.environ.get(k) for k in pipeline_env}
    os.environ.update(pipeline_env)
    settings = Settings()
    running = Pipeline(settings, log_dir=Path(pipeline_env["SITREP_DATA_DIR"]) / "logs", echo=False)
    try:
        running.start(timeout=90)
        yield running
    finally:
        running.stop()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def sitrep(*args: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "services.cli", *args],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def produce_raw(settings: Settings, topic: str, payloads: list[tuple[bytes, bytes]]) -> None:
    from shared.kafka import new_producer

    async def send() -> None:
        producer = new_producer(settings)
        await producer.start()
        try:
            for key, value in payloads:
                await producer.send_and_wait(topic, value, key=key)
        finally:
            await producer.stop()

    asyncio.run(send())
