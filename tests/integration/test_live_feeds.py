"""Live feeds end to end: a local news site, the live feeder, the running pipeline, the store."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from services.cli.supervisor import Pipeline
from services.feeder.live.follow import follow
from services.sink.storage import SQLiteStore
from shared.settings import Settings
from tests.feeder_live.conftest import NewsServer
from tests.feeder_live.test_follow import write_sources

pytestmark = pytest.mark.integration

SOURCES = ("Example Wire World", "Example Broadcaster", "Example Agency")


async def test_followed_feeds_reach_the_store_once(
    pipeline: Pipeline,
    pipeline_env: dict[str, str],
    news: NewsServer,
    tmp_path: Path,
) -> None:
    settings = Settings(
        kafka_bootstrap=pipeline_env["SITREP_KAFKA_BOOTSTRAP"],
        data_dir=tmp_path,
        feeder_timeout_s=0.5,
        feeder_retries=1,
        feeder_retry_base_s=0.05,
        feeder_retry_max_s=0.1,
        feeder_max_retry_after_s=5,
        feeder_max_response_bytes=200_000,
    )
    sources = write_sources(tmp_path / "sources.yaml", news.base)
    first = await follow(settings, sources, once=True)
    assert first.published >= 3, first.lines()
    again = await follow(settings, sources, once=True)  # a restart: state reloaded from disk
    assert again.published == 0, again.lines()

    store = SQLiteStore(Path(pipeline_env["SITREP_SQLITE_PATH"]))
    marks = ", ".join("?" for _ in SOURCES)
    deadline = time.monotonic() + 60
    rows: list[dict[str, object]] = []
    while time.monotonic() < deadline:
        rows = store._rows(f"SELECT id, source, text FROM articles WHERE source IN ({marks})", SOURCES)
        if len(rows) >= first.published:
            break
        await asyncio.sleep(0.5)
    assert len(rows) == first.published, rows
    assert all(str(r["text"]).strip() for r in rows)
    store.close()
