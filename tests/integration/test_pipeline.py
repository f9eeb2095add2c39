"""The whole pipeline on a real broker with real processes: seeds replayed into SQLite."""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

import pytest

from services.cli.main import wait_for_store
from services.cli.supervisor import Pipeline
from services.feeder.load import load_paths
from services.sink.storage import SQLiteStore
from shared.cpus import affinity, threads_of, usable_cores
from shared.models import Article
from shared.settings import Settings
from tests.integration.conftest import ROOT, produce_raw, sitrep

pytestmark = pytest.mark.integration

SEEDS = ROOT / "seeds"
SEED_TITLE = "Zelenskyy Appeals for Western Support in Potential Peace Talks with Russia"


def _seed_ids() -> set[str]:
    return {a.id for a in load_paths([SEEDS]) if isinstance(a, Article)}


@pytest.fixture(scope="module")
def replayed(pipeline: Pipeline, pipeline_env: dict[str, str]) -> SQLiteStore:
    done = sitrep("feed", str(SEEDS), env=pipeline_env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "rejected 0" in done.stdout
    wait_for_store(pipeline.settings, _seed_ids(), timeout=90)
    store = SQLiteStore(Path(pipeline_env["SITREP_SQLITE_PATH"]))
    return store


def _seed_article_id(store: SQLiteStore) -> str:
    row = store._rows("SELECT id FROM articles WHERE title = ?", (SEED_TITLE,))
    assert row, "the seed article is not in the store"
    return str(row[0]["id"])


def test_seed_people_and_roles(replayed: SQLiteStore) -> None:
    seed = _seed_article_id(replayed)
    people: dict[str, str | None] = {}
    for row in replayed.people():
        if row["article_id"] == seed:
            people[row["canonical"]] = row["role"]
    assert people["Volodymyr Zelenskyy"] == "President of Ukraine"
    assert people["Donald Trump"] == "President of the United States"
    assert people["Vladimir Putin"] == "President of Russia"
    assert people["Mikhail Galuzin"] == "Deputy Foreign Minister of Russia"
    assert people["JD Vance"] == "Vice President of the United States"
    assert people["Keith Kellogg"] == "Trump's envoy for Ukraine-Russia negotiations"
    assert "Zelenskyy" not in people, "the bare surname must resolve to the same person"


def test_seed_places(replayed: SQLiteStore) -> None:
    seed = _seed_article_id(replayed)
    rows = replayed._rows(
        "SELECT DISTINCT canonical FROM entities WHERE article_id = ? AND label IN ('GPE','LOC','FAC')", (seed,)
    )
    places = {r["canonical"] for r in rows}
    expected = {"Ukraine", "Russia", "Kyiv", "Sumy", "Krasnodar Krai", "Black Sea", "Crimea", "Germany", "Munich"}
    assert expected <= places, expected - places


def test_seed_incidents(replayed: SQLiteStore) -> None:
    seed = _seed_article_id(replayed)
    incidents = [r for r in replayed.incidents() if r["article_id"] == seed]
    assert len(incidents) == 2, incidents
    ua = next(r for r in incidents if r["claimant"] == "Ukrainian Air Force")
    assert (ua["attacker"], ua["weapon"], ua["launched"], ua["destroyed"], ua["lost"]) == (
        "Russia",
        "drone",
        83,
        61,
        22,
    )
    assert ua["occurred_on"] == "2025-02-09"
    assert {"Kyiv", "Sumy"} <= set(ua["locations"])
    assert ua["injured"] == 1
    ru = next(r for r in incidents if r["claimant"] == "Russia")
    assert (ru["attacker"], ru["weapon"], ru["destroyed"], ru["launched"], ru["lost"]) == (
        "Ukraine",
        "drone",
        17,
        None,
        None,
    )
    assert {"Black Sea", "Crimea"} <= set(ru["locations"])


def test_seed_calendar(replayed: SQLiteStore) -> None:
    seed = _seed_article_id(replayed)
    events = {r["title"]: r for r in replayed.events() if r["article_id"] == seed}
    msc = events["Munich Security Conference"]
    assert (msc["start_date"], msc["end_date"], msc["status"], msc["location"]) == (
        "2025-02-15",
        "2025-02-16",
        "scheduled",
        "Munich",
    )
    assert {"JD Vance", "Volodymyr Zelenskyy"} <= set(msc["participants"])
    visit = next(r for r in events.values() if r["kind"] == "visit")
    assert (visit["start_date"], visit["status"], visit["location"]) == ("2025-02-20", "scheduled", "Ukraine")
    assert visit["participants"][0] == "Keith Kellogg"


def test_replay_adds_no_rows(replayed: SQLiteStore, pipeline: Pipeline, pipeline_env: dict[str, str]) -> None:
    before = replayed.table_counts()
    again = sitrep("feed", str(SEEDS), env=pipeline_env)
    assert again.returncode == 0, again.stderr
    time.sleep(2.0)
    wait_for_store(pipeline.settings, _seed_ids(), timeout=60)
    assert replayed.table_counts() == before


def test_malformed_messages_are_dead_lettered_and_good_ones_pass(
    replayed: SQLiteStore, pipeline: Pipeline, pipeline_env: dict[str, str]
) -> None:
    settings: Settings = pipeline.settings
    good = json.loads(next(a for a in load_paths([SEEDS]) if isinstance(a, Article)).model_dump_json())
    good.update({"id": "goodafterbad0001", "title": "Fresh article after bad ones", "url": None})
    wrong_schema = {"schema_version": 1, "headline": "no text field"}
    empty_text = {**good, "id": "emptytext0000001", "text": "   "}
    produce_raw(
        settings,
        "articles.raw",
        [
            (b"bad-1", b"this is not JSON at all"),
            (b"bad-2", json.dumps(wrong_schema).encode()),
            (b"bad-3", json.dumps(empty_text).encode()),
            (b"good", json.dumps(good).encode()),
        ],
    )
    wait_for_store(settings, _seed_ids() | {"goodafterbad0001"}, timeout=60)
    deadline = time.monotonic() + 30
    letters: list[dict[str, object]] = []
    while time.monotonic() < deadline:
        letters = [r for r in replayed.deadletters() if str(r["key"]).startswith("bad-")]
        if len(letters) >= 3:
            break
        time.sleep(0.5)
    by_key = {r["key"]: r for r in letters}
    assert by_key["bad-1"]["error_type"] == "not_json"
    assert by_key["bad-2"]["error_type"] == "invalid_schema"
    assert "text" in str(by_key["bad-2"]["reason"])
    assert by_key["bad-3"]["error_type"] == "invalid_schema"
    assert "empty" in str(by_key["bad-3"]["reason"])
    assert all(r["stage"] == "extractor" for r in by_key.values())
    assert pipeline.failed() == [], "a service died on bad input"


def test_every_service_serves_metrics(replayed: SQLiteStore, pipeline: Pipeline) -> None:
    import urllib.request

    for name in ("extractor", "linker", "incidents", "calendar", "sink"):
        port = pipeline.settings.metrics_port_for(name)
        # The lag gauge is refreshed by a timer every few seconds: wait for its first round.
        deadline = time.monotonic() + 20
        while True:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
                body = response.read().decode()
            if "sitrep_consumer_lag{" in body or time.monotonic() > deadline:
                break
            time.sleep(0.5)
        assert f'sitrep_messages_in_total{{service="{name}"' in body, name
        assert "sitrep_processing_seconds_bucket" in body
        assert "sitrep_consumer_lag{" in body, f"{name}: no consumer lag per topic and partition"
        # Faust's own sensors, registered on the same registry.
        assert "messages_received" in body


def test_model_stage_is_scheduled_before_the_rule_workers(pipeline: Pipeline) -> None:
    def niceness(pid: int) -> int:
        # /proc/PID/stat after the command name: field 16 (0-based) is the nice value.
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[16])

    assert niceness(pipeline.processes["extractor"].pid) == 0
    assert pipeline.broker is not None and pipeline.broker.process is not None
    assert niceness(pipeline.broker.process.pid) == 5
    for name in ("incidents", "calendar", "sink"):
        assert niceness(pipeline.processes[name].pid) == pipeline.settings.support_nice == 5, name


def test_extractor_has_a_core_of_its_own(pipeline: Pipeline) -> None:
    cores = usable_cores()
    if len(cores) < 2:
        pytest.skip("one core: nothing to spread")
    extractor = pipeline.processes["extractor"].pid
    assert pipeline.broker is not None and pipeline.broker.process is not None
    others = [pipeline.processes[n].pid for n in ("incidents", "calendar", "sink")] + [pipeline.broker.process.pid]
    # Every thread, including the ones the model and the broker started after the pinning.
    (own,) = {affinity(tid) for tid in threads_of(extractor)}
    assert len(own) == 1
    for pid in others:
        for tid in threads_of(pid):
            assert affinity(tid) == cores - own, (pid, tid)


def test_extract_cli_prints_seed_facts() -> None:
    done = sitrep("extract", "--json", str(SEEDS / "000_fc8941b099b714c5.txt"), env={})
    assert done.returncode == 0, done.stderr
    (line,) = [json.loads(x) for x in done.stdout.splitlines() if x.strip()]
    assert set(line) == {"article", "entities", "incidents", "calendar"}
    assert line["article"]["published_at"].startswith("2025-02-10")
    counts = sorted((i["claimant"], i["destroyed"]) for i in line["incidents"])
    assert counts == [("Russia", 17), ("Ukrainian Air Force", 61)]
    assert {c["start"] for c in line["calendar"]} == {date(2025, 2, 15).isoformat(), date(2025, 2, 20).isoformat()}


def test_sink_serves_the_calendar_as_icalendar_and_json(replayed: SQLiteStore, pipeline: Pipeline) -> None:
    import urllib.request

    from icalendar import Calendar

    port = pipeline.settings.metrics_port_for("sink")
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/calendar.ics", timeout=5) as response:
        assert response.headers["Content-Type"].startswith("text/calendar")
        calendar = Calendar.from_ical(response.read())
    summaries = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
    msc = summaries["Munich Security Conference"]
    assert msc.decoded("DTSTART") == date(2025, 2, 15)
    assert msc.decoded("DTEND") == date(2025, 2, 17)  # exclusive end of an all-day event
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/tallies.json?since=2025-02-01", timeout=5) as response:
        tallies = json.load(response)
    assert any(t["claimant"] == "Ukrainian Air Force" and t["launched"] == 83 for t in tallies)


def test_deadletter_list_and_replay(replayed: SQLiteStore, pipeline: Pipeline, pipeline_env: dict[str, str]) -> None:
    produce_raw(pipeline.settings, "articles.raw", [(b"replay-me", b"still not JSON")])
    deadline = time.monotonic() + 30
    letters: list[dict[str, object]] = []
    while time.monotonic() < deadline and not letters:
        letters = [r for r in replayed.deadletters() if r["key"] == "replay-me"]
        time.sleep(0.5)
    (letter,) = letters
    listed = sitrep("deadletter", "list", "--json", env=pipeline_env)
    assert listed.returncode == 0, listed.stderr
    assert letter["deadletter_id"] in {r["deadletter_id"] for r in json.loads(listed.stdout)}
    replay = sitrep("deadletter", "replay", "--id", str(letter["deadletter_id"]), env=pipeline_env)
    assert replay.returncode == 0, replay.stderr
    assert "replayed 1 dead letter" in replay.stdout
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        rows = [r for r in replayed.deadletters() if r["key"] == "replay-me"]
        # The original is marked replayed; the payload, still bad, failed again at a new offset.
        if len(rows) == 2 and any(r["replayed_at"] for r in rows):
            break
        time.sleep(0.5)
    assert len(rows) == 2 and any(r["replayed_at"] for r in rows), rows
    missing = sitrep("deadletter", "replay", "--id", "nosuchid", env=pipeline_env)
    assert missing.returncode != 0 and "no dead letter with id nosuchid" in missing.stderr
