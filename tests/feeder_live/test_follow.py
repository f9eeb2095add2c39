"""The live feeder end to end: a local news site, the embedded broker, the state file across restarts."""

from __future__ import annotations

import asyncio
import itertools
import sqlite3
import time
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
from prometheus_client import CollectorRegistry

from services.cli.supervisor import free_port
from services.feeder.live import FollowMetrics, FollowSummary, follow
from services.feeder.live.state import STATE_FILE
from shared.broker import EmbeddedBroker
from shared.codec import decode
from shared.kafka import client_options, ensure_topics
from shared.models import Article
from shared.settings import Settings
from shared.topics import ARTICLES_RAW
from tests.feeder_live.conftest import BROADCASTER_MODIFIED, NewsServer

pytestmark = pytest.mark.integration

PARTITIONS = [TopicPartition(ARTICLES_RAW.name, p) for p in range(ARTICLES_RAW.partitions)]


@pytest.fixture(scope="module")
def bootstrap() -> Iterator[str]:
    address = f"127.0.0.1:{free_port()}"
    broker = EmbeddedBroker(Settings(kafka_bootstrap=address))
    broker.start()
    try:
        asyncio.run(ensure_topics(Settings(kafka_bootstrap=address), [ARTICLES_RAW]))
        yield address
    finally:
        broker.stop()


@pytest.fixture
async def topic(bootstrap: str) -> AsyncIterator[Topic]:
    async with Topic(Settings(kafka_bootstrap=bootstrap)) as reader:
        yield reader


def feeder_settings(bootstrap: str, data_dir: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "kafka_bootstrap": bootstrap,
        "data_dir": data_dir,
        "feeder_timeout_s": 0.5,
        "feeder_retries": 1,
        "feeder_retry_base_s": 0.05,
        "feeder_retry_max_s": 0.1,
        "feeder_max_retry_after_s": 5,
        "feeder_max_response_bytes": 200_000,
    }
    return Settings(**(values | overrides))


class Topic:
    """What the feeder publishes on articles.raw: each read returns the records that arrived since the last one.

    One consumer throughout, positions kept in memory: Tansu's end offsets can lag behind what a fetch
    returns, so "new" is what fetching yields until a fetch comes back empty.
    """

    def __init__(self, settings: Settings) -> None:
        self._consumer = AIOKafkaConsumer(**client_options(settings), enable_auto_commit=False)

    async def __aenter__(self) -> Topic:
        await self._consumer.start()
        self._consumer.assign(PARTITIONS)
        await self._consumer.seek_to_beginning(*PARTITIONS)
        await self.read()  # what earlier tests published
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._consumer.stop()

    async def read(self) -> list[Article]:
        out: list[Article] = []
        deadline = time.monotonic() + 10
        while True:
            batch = await self._consumer.getmany(timeout_ms=300)
            out += [decode(r.value, Article) for records in batch.values() for r in records]
            end = await self._consumer.end_offsets(PARTITIONS)
            behind = [tp for tp in PARTITIONS if await self._consumer.position(tp) < end[tp]]
            if not batch and not behind:
                return out
            assert time.monotonic() < deadline, f"articles.raw did not deliver {behind} up to {end}"


def write_sources(path: Path, base: str, extra: str = "") -> Path:
    path.write_text(
        f"""
defaults:
  poll_interval: 1h
  host_interval: 0
sources:
  - {{name: Example Wire World, url: "{base}/wire.rss", kind: rss, fetch_pages: true, language: en}}
  - {{name: Example Broadcaster, url: "{base}/broadcaster.atom", kind: atom, fetch_pages: true}}
  - {{name: Example Agency, url: "{base}/limited.rss", kind: rss}}
  - {{name: Slow Wire, url: "{base}/slow.rss"}}
  - {{name: Moved Feed, url: "{base}/moved.rss", kind: rss}}
{extra}"""
    )
    return path


def sample(registry: CollectorRegistry, name: str, **labels: str) -> float | None:
    return registry.get_sample_value(name, labels)


def codes(summary: FollowSummary) -> list[tuple[str, str]]:
    return sorted((r.where.split(": ", 1)[0], r.reason.split(":")[0]) for r in summary.rejected)


async def test_follow_publishes_skips_reports_and_resumes(
    bootstrap: str, topic: Topic, news: NewsServer, tmp_path: Path
) -> None:
    settings = feeder_settings(bootstrap, tmp_path / "var")
    sources = write_sources(tmp_path / "sources.yaml", news.base)
    registry = CollectorRegistry()

    # --- first run: everything is new ---------------------------------------------------------
    first = await follow(settings, sources, once=True, metrics=FollowMetrics.create(registry))
    published = {a.title: a for a in await topic.read()}

    assert sorted(published) == [
        "Air force says 61 of 83 drones downed overnight",
        "Envoy to visit Kyiv ahead of security conference",
        "Foreign ministers to meet in Warsaw next week",
        "Grain corridor inspections resume",
        "Navy reports sea drone attack repelled near Sevastopol",
    ]
    assert first.lines()[0] == (
        "polls 5 (not modified 0, failed 2), published 5, duplicates skipped 1, rejected 3, deferred to the next poll 0"
    )
    assert codes(first) == [
        ("Example Wire World", "bad_date"),
        ("Example Wire World", "no_text"),
        ("Example Wire World", "page_too_large"),
    ]
    assert sorted((f.source, f.kind) for f in first.failures) == [
        ("Moved Feed", "not_a_feed"),
        ("Slow Wire", "timeout"),
    ]

    # Full text from the feed; URL without tracking parameters; the dateline read.
    drones = published["Air force says 61 of 83 drones downed overnight"]
    assert drones.url == f"{news.base}/world/air-force-drones-downed"
    assert drones.text.startswith("KYIV, Feb 9 (Example Wire) - Russia launched 83 attack drones")
    assert drones.dateline is not None and (drones.dateline.place, drones.dateline.date) == ("Kyiv", date(2025, 2, 9))
    assert (drones.published_at, drones.published_at_inferred) == (datetime(2025, 2, 9, 7, 40, tzinfo=UTC), False)
    assert (drones.source, drones.language) == ("Example Wire World", "en")
    # Only a summary in the feed: the page's main text, and its date since the entry has none.
    envoy = published["Envoy to visit Kyiv ahead of security conference"]
    assert envoy.text.startswith("WASHINGTON, Feb 8 (Example Wire) - The U.S. special envoy for Ukraine")
    assert "Most read" not in envoy.text and "Copyright" not in envoy.text and "Subscribe" not in envoy.text
    assert (envoy.published_at, envoy.published_at_inferred) == (datetime(2025, 2, 8, 16, 5, tzinfo=UTC), False)
    # Neither the entry nor its page has a date: ingestion time, marked as inferred.
    grain = published["Grain corridor inspections resume"]
    assert grain.text.startswith("ISTANBUL - Joint inspections") and grain.published_at_inferred
    assert abs((grain.published_at - grain.ingested_at).total_seconds()) < 1
    assert grain.url == f"{news.base}/pages/grain-corridor.html"  # relative link in the Atom feed
    # Atom, with a time zone; the agency feed was answered 429 first and Retry-After was waited out.
    ministers = published["Foreign ministers to meet in Warsaw next week"]
    assert ministers.published_at == datetime(2025, 2, 10, 8, 15, tzinfo=UTC)
    assert ministers.dateline is not None and ministers.dateline.place == "Warsaw"
    refused, accepted = news.requests("/limited.rss")
    assert accepted.at - refused.at >= 1.0
    # The huge page was cut off while streaming, not read to the end.
    assert not news.huge_completed

    assert sample(registry, "sitrep_feeder_new_articles_total", source="Example Wire World") == 2
    assert sample(registry, "sitrep_feeder_duplicates_skipped_total", source="Example Wire World") == 1
    assert (
        sample(registry, "sitrep_feeder_entries_rejected_total", source="Example Wire World", reason="page_too_large")
        == 1
    )
    assert sample(registry, "sitrep_feeder_fetch_errors_total", source="Slow Wire", target="feed", kind="timeout") == 1
    assert (
        sample(
            registry, "sitrep_feeder_fetch_errors_total", source="Example Wire World", target="page", kind="too_large"
        )
        == 1
    )
    assert sample(registry, "sitrep_feeder_polls_total", source="Moved Feed", result="error") == 1
    assert sample(registry, "sitrep_feeder_source_healthy", source="Slow Wire") == 0
    assert sample(registry, "sitrep_feeder_source_healthy", source="Example Agency") == 1
    assert sample(registry, "sitrep_feeder_source_consecutive_failures", source="Moved Feed") == 1
    last_success = sample(registry, "sitrep_feeder_last_success_timestamp_seconds", source="Example Broadcaster")
    assert last_success is not None and abs(last_success - time.time()) < 30

    # --- restart: state reloaded from the file, conditional requests, nothing published twice --------
    news.hits.clear()
    registry = CollectorRegistry()
    second = await follow(settings, sources, once=True, metrics=FollowMetrics.create(registry))
    assert await topic.read() == []
    assert (second.published, second.not_modified, second.duplicates, second.rejected) == (0, 3, 0, [])
    (wire,) = news.requests("/wire.rss")
    assert (wire.headers["If-None-Match"], wire.headers["If-Modified-Since"]) == (
        '"wire-1"',
        "Sun, 09 Feb 2025 11:00:00 GMT",
    )
    assert news.requests("/broadcaster.atom")[0].headers["If-Modified-Since"] == BROADCASTER_MODIFIED
    assert news.requests("/limited.rss")[0].headers["If-None-Match"] == '"limited-1"'
    assert "If-None-Match" not in news.requests("/moved.rss")[0].headers
    # Health is restored from the file before the first poll, and failures keep counting.
    slow = next(f for f in second.failures if f.source == "Slow Wire")
    assert slow.consecutive == 2
    assert sample(registry, "sitrep_feeder_source_consecutive_failures", source="Slow Wire") == 2

    # --- a new edition of the feed: one new story, one re-posted under a new URL -------------------
    news.hits.clear()
    news.wire_edition = 2
    third = await follow(settings, sources, once=True)
    (new,) = await topic.read()
    assert new.title == "Power restored in Kharkiv after overnight strike"
    assert new.dateline is not None and new.dateline.place == "Kharkiv"
    # The two copies of the drones story, the envoy story and its re-post under a new URL.
    assert (third.published, third.duplicates, third.rejected, third.not_modified) == (1, 4, [], 2)
    # Entries rejected before are not fetched or reported again; the re-post's page is never fetched.
    assert news.requests("/pages/huge.html") == [] and news.requests("/pages/envoy-visit-updated.html") == []
    assert news.requests("/pages/envoy-visit.html") == []

    with sqlite3.connect(tmp_path / "var" / STATE_FILE) as db:
        statuses = dict(db.execute("SELECT status, count(*) FROM seen GROUP BY status").fetchall())
        failing = dict(db.execute("SELECT name, failures FROM sources WHERE failures > 0").fetchall())
    assert statuses == {"published": 6, "duplicate": 1, "rejected": 3}
    assert failing == {"Slow Wire": 3, "Moved Feed": 3}


async def test_follow_loop_defers_backs_off_and_stops(
    bootstrap: str, topic: Topic, news: NewsServer, tmp_path: Path
) -> None:
    settings = feeder_settings(bootstrap, tmp_path / "var", feeder_retries=0, feeder_source_backoff_max_s=1.0)
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        f"""
sources:
  - {{name: Example Daily, url: "{news.base}/deferred.rss", poll_interval: 0.3s, fetch_pages: true, host_interval: 0}}
  - {{name: Broken Feed, url: "{news.base}/gone.rss", poll_interval: 0.2s, host_interval: 0}}
"""
    )
    registry = CollectorRegistry()
    stop = asyncio.Event()

    async def published() -> float:
        return sample(registry, "sitrep_feeder_new_articles_total", source="Example Daily") or 0

    started = time.monotonic()
    task = asyncio.create_task(follow(settings, sources, stop=stop, metrics=FollowMetrics.create(registry)))
    # The page is down (503): the entry waits for the next poll instead of being published half-made.
    while len(news.requests("/pages/flaky.html")) < 2:
        assert time.monotonic() - started < 10 and not task.done()
        await asyncio.sleep(0.02)
    assert await published() == 0
    news.flaky_page_up = True
    while not await published():
        assert time.monotonic() - started < 10 and not task.done()
        await asyncio.sleep(0.02)
    await asyncio.sleep(1.0)  # long enough to see the broken feed backed off
    stop.set()
    summary = await asyncio.wait_for(task, timeout=5)
    elapsed = time.monotonic() - started
    (article,) = await topic.read()

    assert article.title == "Grain corridor inspections resume"
    assert article.text.startswith("ISTANBUL - Joint inspections")
    assert article.published_at == datetime(2025, 2, 10, 11, tzinfo=UTC)
    assert summary.published == 1 and summary.deferred >= 2 and summary.rejected == []
    # While an entry was deferred, the feed was asked for unconditionally (so the entry came back).
    feed_hits = news.requests("/deferred.rss")
    page_ok_at = news.requests("/pages/flaky.html")[-1].at
    assert all("If-None-Match" not in h.headers for h in feed_hits if h.at <= page_ok_at)
    # The failing feed is backed off exponentially, not polled every 0.2 s (let alone in a tight loop).
    broken = [h.at for h in news.requests("/gone.rss")]
    assert 2 <= len(broken) <= 2 + elapsed / 0.4
    gaps = [b - a for a, b in itertools.pairwise(broken)]
    assert len(gaps) >= 2 and gaps[-1] > 1.5 * gaps[0]
    assert sample(registry, "sitrep_feeder_source_healthy", source="Broken Feed") == 0
    assert sample(registry, "sitrep_feeder_source_healthy", source="Example Daily") == 1
    assert sample(registry, "sitrep_feeder_fetch_errors_total", source="Example Daily", target="page", kind="http_5xx")
    assert sample(registry, "sitrep_feeder_entries_deferred_total", source="Example Daily") == summary.deferred
