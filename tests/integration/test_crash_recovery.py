"""Kill any part at any moment and feed it anything: the store still ends up right, exactly once.

Each test runs its own pipeline (its own broker, ports and SQLite file), because it kills parts of it.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from services.cli.main import wait_for_store
from services.cli.supervisor import Pipeline, isolated_pipeline
from services.diplo_calendar.events import extract_events
from services.extractor.extract import enrich
from services.feeder.load import load_paths
from services.incidents.claims import extract_incidents
from services.sink.storage import SQLiteStore, opened_store
from shared.models import Article
from tests.integration.conftest import ROOT

pytestmark = pytest.mark.integration

CORPUS = ROOT / "tests" / "corpus" / "dev" / "articles"


@pytest.fixture
def own_pipeline(tmp_path: Path) -> Iterator[tuple[Pipeline, dict[str, str]]]:
    with isolated_pipeline(tmp_path, timeout=90, SITREP_BATCH_SECONDS="0.1", SITREP_BATCH_SIZE="16") as running:
        yield running


def many_articles(copies: int) -> list[Article]:
    """Distinct articles (own url, title and id) with the dev corpus's real texts."""
    base = [a for a in load_paths([CORPUS]) if isinstance(a, Article)]
    out = []
    for n in range(copies):
        for a in base:
            out.append(
                a.model_copy(
                    update={"id": f"{a.id[:10]}c{n:04d}", "url": f"{a.url}?copy={n}", "title": f"{a.title} ({n})"}
                )
            )
    return out


def expected_rows(articles: list[Article]) -> dict[str, int]:
    incidents: set[str] = set()
    incident_sources: set[tuple[str, str]] = set()
    events: set[str] = set()
    event_sources: set[tuple[str, str]] = set()
    for article in articles:
        enriched = enrich(article)
        for i in extract_incidents(enriched):
            incidents.add(i.incident_id)
            incident_sources.add((i.incident_id, i.article_id))
        for e in extract_events(enriched):
            events.add(e.event_id)
            event_sources.add((e.event_id, e.article_id))
    return {
        "articles": len(articles),
        "incidents": len(incidents),
        "incident_sources": len(incident_sources),
        "calendar_events": len(events),
        "calendar_sources": len(event_sources),
    }


def feed_file(articles: list[Article], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for a in articles:
            out.write(
                a.model_dump_json(exclude={"schema_version", "dateline", "ingested_at", "published_at_inferred"}) + "\n"
            )
    return path


def start_feed(path: Path, env: dict[str, str], rate: float) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "services.cli", "feed", str(path), "--rate", str(rate)],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_sigkill_mid_stream_loses_and_duplicates_nothing(
    own_pipeline: tuple[Pipeline, dict[str, str]], tmp_path: Path
) -> None:
    pipeline, env = own_pipeline
    articles = many_articles(6)  # 240 articles
    expected = expected_rows(articles)
    feeder = start_feed(feed_file(articles, tmp_path / "many.jsonl"), env, rate=40)
    chaos = random.Random(int(time.time()))
    for victim in ("extractor", "linker", "incidents", "sink", "calendar"):
        time.sleep(chaos.uniform(0.5, 1.5))
        pipeline.kill(victim)
        time.sleep(chaos.uniform(0.2, 1.0))
        pipeline.restart(victim)
    out, err = feeder.communicate(timeout=120)
    assert feeder.returncode == 0, err
    assert "published 240" in out
    wait_for_store(pipeline.settings, {a.id for a in articles}, timeout=180, settle=5)
    # A restarted worker rejoins its group only after the killed member's session expires, so the store can
    # stand still for longer than any settle time while rows are still owed: wait for the rows themselves.
    counts = counts_reaching(pipeline, expected, timeout=120)
    assert {k: counts[k] for k in expected} == expected
    assert pipeline.failed() == []


def counts_reaching(pipeline: Pipeline, expected: dict[str, int], timeout: float) -> dict[str, int]:
    """The store's counts once they equal ``expected``, or as they stand when ``timeout`` runs out."""
    deadline = time.monotonic() + timeout
    with opened_store(pipeline.settings) as store:
        while True:
            counts = store.table_counts()
            if {k: counts[k] for k in expected} == expected or time.monotonic() > deadline:
                return counts
            time.sleep(0.5)


def test_sigterm_stops_each_service_in_bounded_time(own_pipeline: tuple[Pipeline, dict[str, str]]) -> None:
    pipeline, _ = own_pipeline
    for name in ("extractor", "linker", "incidents", "calendar", "sink"):
        took = pipeline.stop_one(name)
        assert pipeline.processes[name].returncode is not None
        assert pipeline.processes[name].returncode != -signal.SIGKILL, f"{name} had to be killed"
        assert took < 15, f"{name} took {took:.1f}s to stop"
        pipeline.restart(name)


def _metric(pipeline: Pipeline, name: str, text: str) -> float | None:
    port = pipeline.settings.metrics_port_for(name)
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
        for line in response.read().decode().splitlines():
            if line.startswith(text):
                return float(line.rsplit(" ", 1)[1])
    return None


def test_sink_waits_out_a_locked_database_and_catches_up(
    own_pipeline: tuple[Pipeline, dict[str, str]], tmp_path: Path
) -> None:
    pipeline, env = own_pipeline
    articles = many_articles(1)
    db = Path(env["SITREP_SQLITE_PATH"])
    SQLiteStore(db).setup()
    blocker = sqlite3.connect(db, timeout=1, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    unhealthy_seen = threading.Event()

    def watch() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not unhealthy_seen.is_set():
            if _metric(pipeline, "sink", 'sitrep_healthy{service="sink"}') == 0.0:
                unhealthy_seen.set()
            time.sleep(0.3)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    feeder = start_feed(feed_file(articles, tmp_path / "some.jsonl"), env, rate=100)
    feeder.communicate(timeout=60)
    # Hold the lock well past the sink's first attempts (SQLite itself waits 30 s per attempt).
    unhealthy_seen.wait(timeout=75)
    blocker.execute("ROLLBACK")
    blocker.close()
    assert unhealthy_seen.is_set(), "the sink never reported itself unhealthy while the database was locked"
    counts = wait_for_store(pipeline.settings, {a.id for a in articles}, timeout=180, settle=3)
    assert counts["articles"] == len(articles)
    assert pipeline.failed() == []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and _metric(pipeline, "sink", 'sitrep_healthy{service="sink"}') != 1.0:
        time.sleep(0.5)
    assert _metric(pipeline, "sink", 'sitrep_healthy{service="sink"}') == 1.0


def test_hostile_input_is_dead_lettered_and_the_pipeline_goes_on(
    own_pipeline: tuple[Pipeline, dict[str, str]], tmp_path: Path
) -> None:
    from tests.integration.conftest import produce_raw

    pipeline, env = own_pipeline
    good = json.loads(many_articles(1)[0].model_dump_json())
    hostile = {
        b"not-json": b"<html>oops",
        b"wrong-shape": b"[1, 2, 3]",
        b"no-text": json.dumps({k: v for k, v in good.items() if k != "text"}).encode(),
        b"invalid-utf8": b'{"schema_version": 1, "text": "\xff\xfe"}',
        b"future-version": json.dumps({**good, "schema_version": 99}).encode(),
        b"huge": json.dumps({**good, "id": "hugehugehuge0001", "text": "drone " * 60_000}).encode(),
        b"far-future": json.dumps(
            {**good, "id": "farfuture0000001", "published_at": "2091-01-01T00:00:00+00:00"}
        ).encode(),
    }
    markup = {
        **good,
        "id": "markup0000000001",
        "text": "<p>Russia launched <b>10</b> drones.<script>alert(1)</script></p>",
    }
    produce_raw(pipeline.settings, "articles.raw", [*hostile.items(), (b"markup", json.dumps(markup).encode())])
    wait_for_store(pipeline.settings, {"markup0000000001"}, timeout=60, settle=2)
    store = SQLiteStore(Path(env["SITREP_SQLITE_PATH"]))
    deadline = time.monotonic() + 30
    letters: dict[str, dict[str, object]] = {}
    while time.monotonic() < deadline and len(letters) < len(hostile):
        letters = {str(r["key"]): r for r in store.deadletters()}
        time.sleep(0.5)
    assert set(letters) >= {k.decode() for k in hostile}, set(letters)
    assert letters["not-json"]["error_type"] == "not_json"
    assert letters["wrong-shape"]["error_type"] == "wrong_shape"
    assert letters["no-text"]["error_type"] == "invalid_schema"
    assert letters["invalid-utf8"]["error_type"] == "invalid_utf8"
    assert letters["future-version"]["error_type"] == "unknown_schema_version"
    assert letters["huge"]["error_type"] == "text_too_large"
    assert letters["far-future"]["error_type"] == "implausible_date"
    stored = store._rows("SELECT text FROM articles WHERE id = ?", ("markup0000000001",))[0]["text"]
    assert "<" not in stored and "alert" not in stored and "Russia launched 10 drones." in stored
    assert pipeline.failed() == []
