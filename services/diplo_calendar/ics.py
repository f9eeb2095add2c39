"""The diplomatic calendar as an iCalendar file (RFC 5545), built from the store's event rows.

``to_ics(rows)`` is pure: the same rows give the same bytes. Each dated event becomes one all-day
VEVENT whose UID is its ``event_id`` (so a calendar client updates the entry when a later report
moves or cancels the event, rather than adding another); events with no start date are left out,
a calendar having nowhere to put them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Final

from icalendar import Calendar, Event

__all__ = ["to_ics"]

PRODID: Final = "-//sitrep//Diplomatic calendar//EN"
UID_DOMAIN: Final = "sitrep"

# RFC 5545 3.8.1.11 has no "postponed" or "proposed": both are still tentative.
_ICS_STATUS: Final = {
    "proposed": "TENTATIVE",
    "postponed": "TENTATIVE",
    "scheduled": "CONFIRMED",
    "held": "CONFIRMED",
    "cancelled": "CANCELLED",
}


def to_ics(events: Iterable[Mapping[str, Any]], *, stamp: datetime | None = None) -> bytes:
    """An RFC 5545 calendar with one all-day VEVENT per event row that has a start date.

    Rows are the store's (``event_id``, ``title``, ``kind``, ``participants``, ``location``,
    ``start_date``, ``end_date``, ``granularity``, ``date_text``, ``status``, ``sources``; dates as ISO
    strings or None). DTSTAMP is ``stamp`` when given, else the row's ``updated_at`` when it has one,
    else midnight UTC of its start date, so that the output depends on the rows alone.
    """
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "sitrep diplomatic calendar")
    for row in events:
        event = _vevent(row, stamp)
        if event is not None:
            calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data


def _vevent(row: Mapping[str, Any], stamp: datetime | None) -> Event | None:
    start = _date(row.get("start_date"))
    if start is None:
        return None
    end = _date(row.get("end_date")) or start
    event = Event()
    event.add("uid", f"{row['event_id']}@{UID_DOMAIN}")
    event.add("dtstamp", stamp or _stamp(row, start))
    # All-day events: DTEND is exclusive, the day after the last day.
    event.add("dtstart", start)
    event.add("dtend", max(end, start) + timedelta(days=1))
    event.add("summary", str(row.get("title") or "Diplomatic event"))
    if row.get("location"):
        event.add("location", str(row["location"]))
    event.add("description", _description(row))
    if row.get("kind"):
        event.add("categories", [str(row["kind"])])
    status = _ICS_STATUS.get(str(row.get("status") or ""))
    if status is not None:
        event.add("status", status)
    return event


def _description(row: Mapping[str, Any]) -> str:
    participants = row.get("participants") or []
    lines = [
        f"Kind: {row.get('kind') or 'unknown'}",
        f"Participants: {', '.join(str(p) for p in participants) or 'not named'}",
        f"Status: {row.get('status') or 'unknown'}",
    ]
    if row.get("date_text"):
        lines.append(f"Date as reported: {row['date_text']}")
    sources = int(row.get("sources") or 0)
    lines.append(f"Sources: {sources} article{'' if sources == 1 else 's'}")
    return "\n".join(lines)


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _stamp(row: Mapping[str, Any], start: date) -> datetime:
    updated = row.get("updated_at")
    if updated:
        moment = updated if isinstance(updated, datetime) else datetime.fromisoformat(str(updated))
        return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    return datetime.combine(start, time(0), tzinfo=UTC)
