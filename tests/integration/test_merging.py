"""One claim reported by three outlets, and one meeting reported three times as it changes:
through the running pipeline, the store holds one incident (three sources, one tally) and one
event with its three states in order."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from services.cli.main import wait_for_store
from services.cli.supervisor import Pipeline
from services.sink.storage import SQLiteStore
from tests.integration.conftest import sitrep

pytestmark = pytest.mark.integration

DATA = Path(__file__).parent / "data" / "merging.jsonl"


@pytest.fixture(scope="module")
def merged(pipeline: Pipeline, pipeline_env: dict[str, str]) -> SQLiteStore:
    # Fed newest first: the store must order reports by publication, not by arrival.
    lines = DATA.read_text().splitlines()
    reversed_feed = Path(pipeline_env["SITREP_DATA_DIR"]) / "merging-reversed.jsonl"
    reversed_feed.parent.mkdir(parents=True, exist_ok=True)
    reversed_feed.write_text("\n".join(reversed(lines)) + "\n")
    done = sitrep("feed", str(reversed_feed), env=pipeline_env)
    assert done.returncode == 0, done.stderr
    ids = {json.loads(line)["id"] for line in lines}
    wait_for_store(pipeline.settings, ids, timeout=90, settle=3)
    time.sleep(1)
    return SQLiteStore(Path(pipeline_env["SITREP_SQLITE_PATH"]))


def _until(check: Callable[[], bool], timeout: float = 60.0) -> None:
    """The incidents and calendar workers finish after the articles are stored; give them time."""
    deadline = time.monotonic() + timeout
    while not check() and time.monotonic() < deadline:
        time.sleep(0.5)


def test_one_claim_from_three_outlets_is_one_incident_and_one_tally(merged: SQLiteStore) -> None:
    def rows_now() -> list[dict[str, Any]]:
        return [
            r for r in merged.incidents() if r["occurred_on"] == "2025-03-02" and r["claimant"] == "Ukrainian Air Force"
        ]

    _until(lambda: sum(r["sources"] for r in rows_now()) >= 3)
    rows = rows_now()
    assert len(rows) == 1, rows
    (incident,) = rows
    assert incident["sources"] == 3
    assert (incident["launched"], incident["destroyed"], incident["lost"]) == (120, 80, 35)
    history = merged.incident_sources(incident["incident_id"])
    assert {h["article_id"] for h in history} == {"mergeclaim000001", "mergeclaim000002", "mergeclaim000003"}
    tallies = [t for t in merged.tallies(since="2025-03-02") if t["day"] == "2025-03-02"]
    assert len(tallies) == 1
    assert (tallies[0]["claims"], tallies[0]["launched"]) == (1, 120)


def test_scheduled_postponed_held_is_one_event_with_three_states(merged: SQLiteStore) -> None:
    # The pipeline is shared with other tests whose articles may name the same two leaders: only
    # events reported by this test's three articles count.
    ours = {"mergeevent000001", "mergeevent000002", "mergeevent000003"}

    def events_now() -> list[dict[str, Any]]:
        return [e for e in merged.events() if {h["article_id"] for h in merged.event_history(e["event_id"])} & ours]

    _until(lambda: sum(e["sources"] for e in events_now()) >= 3)
    events = events_now()
    assert len(events) == 1, events
    (event,) = events
    assert event["status"] == "held"
    assert (event["start_date"], event["end_date"]) == ("2025-02-25", "2025-02-25")
    history = merged.event_history(event["event_id"])
    assert [h["status"] for h in history] == ["scheduled", "postponed", "held"]
    assert [h["start_date"] for h in history] == ["2025-02-18", "2025-02-25", "2025-02-25"]
