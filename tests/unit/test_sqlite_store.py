"""The SQLite store: idempotent upserts, per-source history, dead letters."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.extractor.extract import enrich
from services.sink.storage import Batch, SQLiteStore
from shared.deadletters import dead_letter
from tests.factories import article, event, incident


@pytest.fixture
def store(tmp_path: Path) -> SQLiteStore:
    s = SQLiteStore(tmp_path / "t.sqlite3")
    s.setup()
    yield s  # type: ignore[misc]
    s.close()


def _batch() -> Batch:
    a = article("Ukrainian President Volodymyr Zelenskyy met Keith Kellogg in Kyiv.")
    letter = dead_letter(
        payload=b"{bad",
        topic="articles.raw",
        partition=0,
        offset=7,
        key=None,
        stage="extractor",
        error_type="not_json",
        reason="not JSON",
    )
    return Batch(articles=[enrich(a)], incidents=[incident(a.id)], events=[event(a.id)], deadletters=[letter])


def test_writing_twice_changes_nothing(store: SQLiteStore) -> None:
    batch = _batch()
    store.write(batch)
    first = store.table_counts()
    store.write(batch)
    assert store.table_counts() == first
    assert first["articles"] == 1
    assert first["incidents"] == 1
    assert first["deadletters"] == 1
    assert first["entities"] >= 3


def test_same_claim_from_two_articles_is_one_incident_with_two_sources(store: SQLiteStore) -> None:
    a1 = article("first report", title="one")
    a2 = article("second report", title="two")
    store.write(Batch(incidents=[incident(a1.id, destroyed=60)]))
    store.write(Batch(incidents=[incident(a2.id, destroyed=61)]))
    (row,) = store.incidents()
    assert row["sources"] == 2
    assert row["destroyed"] == 61
    history = [s["destroyed"] for s in store.incident_sources(row["incident_id"])]
    assert sorted(history) == [60, 61]


def test_event_status_history(store: SQLiteStore) -> None:
    a1, a2 = article("a", title="1"), article("b", title="2")
    store.write(Batch(events=[event(a1.id, status="scheduled")]))
    store.write(Batch(events=[event(a2.id, status="postponed")]))
    (row,) = store.events()
    assert row["status"] == "postponed"
    assert [h["status"] for h in store.event_history(row["event_id"])] == ["scheduled", "postponed"]


def test_people_and_places_views(store: SQLiteStore) -> None:
    store.write(_batch())
    people = {r["canonical"]: r["role"] for r in store.people()}
    assert people["Volodymyr Zelenskyy"] == "President of Ukraine"
    places = {r["canonical"]: r for r in store.places()}
    assert places["Kyiv"]["place_kind"] == "city"
    assert places["Kyiv"]["lat"] == pytest.approx(50.45, abs=0.1)


def test_failed_batch_leaves_nothing(store: SQLiteStore) -> None:
    batch = _batch()
    bad = incident("x" * 16)
    object.__setattr__(bad, "claimant", None)  # violates NOT NULL inside the transaction
    batch.incidents.append(bad)
    with pytest.raises(Exception, match="NOT NULL"):
        store.write(batch)
    assert store.table_counts()["articles"] == 0
