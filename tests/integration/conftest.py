"""A real pipeline for integration tests: Tansu, every service as a process, a fresh SQLite file."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from services.cli.supervisor import Pipeline, isolated_pipeline
from shared.settings import Settings
from tests.feeder_live.conftest import news  # noqa: F401 - the local news site, for the live-feed test

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def running_pipeline(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Pipeline, dict[str, str]]]:
    """One pipeline shared by the tests that only feed it (the crash tests start their own)."""
    with isolated_pipeline(tmp_path_factory.mktemp("pipeline"), timeout=90, SITREP_BATCH_SECONDS="0.1") as running:
        yield running


@pytest.fixture(scope="session")
def pipeline(running_pipeline: tuple[Pipeline, dict[str, str]]) -> Pipeline:
    return running_pipeline[0]


@pytest.fixture(scope="session")
def pipeline_env(running_pipeline: tuple[Pipeline, dict[str, str]]) -> dict[str, str]:
    return running_pipeline[1]


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
