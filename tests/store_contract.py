"""One set of storage tests that every backend must pass (used with a ``store`` fixture)."""

from __future__ import annotations

from datetime import date

import pytest

from services.extractor.extract import enrich
from services.sink.storage import Batch
from services.sink.storage.sql import SQLStore
from shared.deadletters import dead_letter
from tests.factories import article, event, incident


def sample_batch() -> Batch:
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


class StoreContract:
    def test_writing_twice_changes_nothing(self, store: SQLStore) -> None:
        batch = sample_batch()
        store.write(batch)
        first = store.table_counts()
        store.write(batch)
        assert store.table_counts() == first
        assert (first["articles"], first["incidents"], first["calendar_events"], first["deadletters"]) == (1, 1, 1, 1)
        assert first["entities"] >= 3

    def test_same_claim_from_two_articles_is_one_incident_with_two_sources(self, store: SQLStore) -> None:
        a1, a2 = article("first report", title="one"), article("second report", title="two")
        store.write(Batch(incidents=[incident(a1.id, destroyed=60)]))
        store.write(Batch(incidents=[incident(a2.id, destroyed=61)]))
        (row,) = store.incidents()
        assert row["sources"] == 2
        assert row["destroyed"] == 61
        assert sorted(s["destroyed"] for s in store.incident_sources(row["incident_id"])) == [60, 61]

    def test_rows_round_trip(self, store: SQLStore) -> None:
        a = article("x", title="rt")
        store.write(Batch(incidents=[incident(a.id, locations=["Kyiv", "Sumy"], approximate={"lost": "dozens"})]))
        (row,) = store.incidents()
        assert row["locations"] == ["Kyiv", "Sumy"]
        assert row["approximate"] == {"lost": "dozens"}
        assert row["occurred_on"] == "2025-02-09"
        assert not row["cumulative"]

    def test_incidents_since(self, store: SQLStore) -> None:
        a = article("x", title="since")
        store.write(
            Batch(
                incidents=[
                    incident(a.id, occurred_on=date(2025, 2, 1)),
                    incident(a.id, occurred_on=date(2025, 2, 9)),
                ]
            )
        )
        assert [r["occurred_on"] for r in store.incidents(since="2025-02-05")] == ["2025-02-09"]

    def test_tallies_sum_claims_per_day_and_skip_cumulative(self, store: SQLStore) -> None:
        a = article("x", title="tally")
        store.write(
            Batch(
                incidents=[
                    incident(a.id, weapon="drone", launched=83, destroyed=61, lost=22),
                    incident(a.id, weapon="missile", launched=7, destroyed=5, lost=None),
                    incident(a.id, cumulative=True, occurred_on=None, launched=1000, destroyed=None, lost=None),
                ]
            )
        )
        rows = {(r["day"], r["weapon"]): r for r in store.tallies()}
        assert set(rows) == {("2025-02-09", "drone"), ("2025-02-09", "missile")}
        assert (rows[("2025-02-09", "drone")]["launched"], rows[("2025-02-09", "drone")]["lost"]) == (83, 22)
        assert rows[("2025-02-09", "missile")]["lost"] is None

    def test_tallies_leave_out_a_model_s_share_of_a_wave(self, store: SQLStore) -> None:
        a = article("x", title="parts")
        wave = incident(a.id, weapon="missile", launched=18, destroyed=18, lost=None)
        share = incident(
            a.id,
            weapon="missile",
            model="Kinzhal",
            launched=6,
            destroyed=6,
            lost=None,
            incident_id="kinzhal-share",
            part_of=wave.incident_id,
        )
        store.write(Batch(incidents=[wave, share]))
        (row,) = store.tallies()
        assert (row["claims"], row["launched"], row["destroyed"]) == (1, 18, 18)
        assert {r["incident_id"]: r["part_of"] for r in store.incidents()} == {
            wave.incident_id: None,
            "kinzhal-share": wave.incident_id,
        }

    def test_event_status_history(self, store: SQLStore) -> None:
        a1, a2 = article("a", title="1"), article("b", title="2")
        store.write(Batch(events=[event(a1.id, status="scheduled")]))
        store.write(Batch(events=[event(a2.id, status="postponed")]))
        (row,) = store.events()
        assert row["status"] == "postponed"
        assert row["participants"] == ["JD Vance"]
        assert {h["status"] for h in store.event_history(row["event_id"])} == {"scheduled", "postponed"}

    def test_people_and_places_views(self, store: SQLStore) -> None:
        store.write(sample_batch())
        people = {r["canonical"]: r["role"] for r in store.people()}
        assert people["Volodymyr Zelenskyy"] == "President of Ukraine"
        places = {r["canonical"]: r for r in store.places()}
        assert places["Kyiv"]["place_kind"] == "city"
        assert places["Kyiv"]["lat"] == pytest.approx(50.45, abs=0.1)

    def test_failed_batch_leaves_nothing(self, store: SQLStore) -> None:
        batch = sample_batch()
        bad = incident("x" * 16)
        object.__setattr__(bad, "claimant", None)  # violates NOT NULL inside the transaction
        batch.incidents.append(bad)
        with pytest.raises(Exception, match=r"(?i)null"):
            store.write(batch)
        assert store.table_counts()["articles"] == 0

    def test_dead_letters_keep_their_payload(self, store: SQLStore) -> None:
        store.write(sample_batch())
        (row,) = store.deadletters()
        assert (row["stage"], row["error_type"], row["offset_"]) == ("extractor", "not_json", 7)
        assert row["payload_b64"] == "e2JhZA=="


class OrderContract:
    """Reports that arrive out of order: the latest *published* one sets the current values."""

    def test_an_older_report_arriving_late_does_not_win(self, store: SQLStore) -> None:
        from datetime import UTC, datetime

        a1, a2 = article("early", title="e"), article("late", title="l")
        newer = event(a2.id, status="held", reported_at=datetime(2025, 2, 25, tzinfo=UTC))
        older = event(a1.id, status="scheduled", reported_at=datetime(2025, 2, 10, tzinfo=UTC))
        store.write(Batch(events=[newer]))
        store.write(Batch(events=[older]))
        (row,) = store.events()
        assert row["status"] == "held"
        assert [h["status"] for h in store.event_history(row["event_id"])] == ["scheduled", "held"]
        i_new = incident(a2.id, destroyed=61, reported_at=datetime(2025, 2, 10, 12, tzinfo=UTC))
        i_old = incident(a1.id, destroyed=60, reported_at=datetime(2025, 2, 10, 8, tzinfo=UTC))
        store.write(Batch(incidents=[i_new]))
        store.write(Batch(incidents=[i_old]))
        (row,) = store.incidents()
        assert row["destroyed"] == 61
