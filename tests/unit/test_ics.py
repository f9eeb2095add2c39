"""The calendar as iCalendar: the output parsed back with icalendar must say what the rows say."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from icalendar import Calendar

from services.diplo_calendar.ics import to_ics


def row(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "event_id": "25fff88c335c6e16",
        "title": "Munich Security Conference",
        "kind": "conference",
        "participants": ["JD Vance", "Volodymyr Zelenskyy"],
        "location": "Munich",
        "start_date": "2025-02-14",
        "end_date": "2025-02-16",
        "granularity": "day",
        "date_text": "February 14-16",
        "status": "scheduled",
        "sources": 3,
        "updated_at": "2025-02-10T12:00:00+00:00",
    }
    base.update(changes)
    return base


def events_of(data: bytes) -> dict[str, Any]:
    calendar = Calendar.from_ical(data)
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def test_one_all_day_event_with_every_field() -> None:
    data = to_ics([row()])
    calendar = Calendar.from_ical(data)
    assert str(calendar["version"]) == "2.0"
    assert "sitrep" in str(calendar["prodid"])
    event = events_of(data)["25fff88c335c6e16@sitrep"]
    # All-day dates; DTEND is exclusive, the day after the last day.
    assert event.decoded("dtstart") == date(2025, 2, 14)
    assert event.decoded("dtend") == date(2025, 2, 17)
    assert event["dtstart"].params["VALUE"] == "DATE"
    assert str(event["summary"]) == "Munich Security Conference"
    assert str(event["location"]) == "Munich"
    assert str(event["status"]) == "CONFIRMED"
    assert event.decoded("dtstamp") == datetime(2025, 2, 10, 12, tzinfo=UTC)
    description = str(event["description"])
    for part in (
        "Kind: conference",
        "Participants: JD Vance, Volodymyr Zelenskyy",
        "Status: scheduled",
        "Date as reported: February 14-16",
        "Sources: 3 articles",
    ):
        assert part in description


STATUS_CASES = [
    ("proposed", "TENTATIVE"),
    ("scheduled", "CONFIRMED"),
    ("held", "CONFIRMED"),
    ("postponed", "TENTATIVE"),
    ("cancelled", "CANCELLED"),
]


@pytest.mark.parametrize(("status", "expected"), STATUS_CASES, ids=[s for s, _ in STATUS_CASES])
def test_status(status: str, expected: str) -> None:
    (event,) = events_of(to_ics([row(status=status)])).values()
    assert str(event["status"]) == expected


def test_a_one_day_event_ends_the_next_day() -> None:
    (event,) = events_of(to_ics([row(end_date=None, start_date="2025-02-20")])).values()
    assert (event.decoded("dtstart"), event.decoded("dtend")) == (date(2025, 2, 20), date(2025, 2, 21))


def test_events_without_a_start_are_left_out() -> None:
    rows = [
        row(),
        row(event_id="undated", start_date=None, end_date="2025-02-28"),
        row(event_id="bare", start_date=None),
    ]
    assert list(events_of(to_ics(rows))) == ["25fff88c335c6e16@sitrep"]


def test_an_event_with_no_place_or_participants() -> None:
    (event,) = events_of(to_ics([row(location=None, participants=[], date_text=None, sources=1)])).values()
    assert "location" not in event
    assert "Participants: not named" in str(event["description"])
    assert "Sources: 1 article" in str(event["description"])
    assert "Date as reported" not in str(event["description"])


def test_the_output_depends_on_the_rows_alone() -> None:
    rows = [row(), row(event_id="b", title="Trump – Putin call", kind="call", start_date="2025-03-18", end_date=None)]
    assert to_ics(rows) == to_ics(rows)
    stamped = to_ics(rows, stamp=datetime(2025, 3, 20, 8, tzinfo=UTC))
    assert all(e.decoded("dtstamp") == datetime(2025, 3, 20, 8, tzinfo=UTC) for e in events_of(stamped).values())


def test_an_empty_calendar_is_still_a_calendar() -> None:
    calendar = Calendar.from_ical(to_ics([]))
    assert calendar.walk("VEVENT") == []
    assert str(calendar["version"]) == "2.0"
