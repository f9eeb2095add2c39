"""Doubles for Faust agent tests: topics that record what is sent instead of producing it."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from shared.settings import Settings


class RecordingTopic:
    """Stands in for a Faust topic in a Stage: ``send`` records and returns a finished future."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.sent: list[tuple[bytes, bytes]] = []

    async def send(self, *, key: bytes, value: bytes) -> asyncio.Future[Any]:
        self.sent.append((key, value))
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        future.set_result(None)
        return future


@pytest.fixture
def settings(tmp_path: Any) -> Settings:
    return Settings(
        metrics_port=59999,
        sqlite_path=tmp_path / "agents.sqlite3",
        data_dir=tmp_path / "var",
        batch_seconds=0.05,
    )


async def eventually(check: Any, timeout: float = 5.0) -> None:
    """Wait until ``check()`` is true: a batch is flushed when its ``within`` window closes."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not check():
        if loop.time() > deadline:
            raise AssertionError(f"condition not met within {timeout}s")
        await asyncio.sleep(0.02)
