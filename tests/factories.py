"""Small builders for test data, so each test states only what matters to it."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from shared.models import Article, CalendarEvent, Evidence, Incident, article_id_for, event_id_for, incident_id_for

SEED_DATE = datetime(2025, 2, 10, 12, tzinfo=UTC)


def article(text: str, *, title: str = "Test", published_at: datetime = SEED_DATE, **extra: Any) -> Article:
    return Article(
        id=extra.pop("id", None)
        or article_id_for(url=None, source="test", title=title + text[:40], published_at=published_at),
        source="test",
        title=title,
        text=text,
        published_at=published_at,
        ingested_at=published_at,
        **extra,
    )


def incident(article_id: str, **changes: Any) -> Incident:
    fields: dict[str, Any] = {
        "claimant": "Ukrainian Air Force",
        "attacker": "Russia",
        "weapon": "drone",
        "occurred_on": date(2025, 2, 9),
        "launched": 83,
        "destroyed": 61,
        "lost": 22,
    }
    fields.update(changes)
    fields.setdefault(
        "incident_id",
        incident_id_for(
            claimant=fields["claimant"],
            attacker=fields["attacker"],
            weapon=fields["weapon"],
            occurred_on=fields["occurred_on"],
            cumulative=fields.get("cumulative", False),
        ),
    )
    return Incident(article_id=article_id, evidence=Evidence(sentence="s", start=0, end=1), **fields)


def event(article_id: str, **changes: Any) -> CalendarEvent:
    fields: dict[str, Any] = {
        "title": "Munich Security Conference",
        "kind": "conference",
        "participants": ["JD Vance"],
        "location": "Munich",
        "start": date(2025, 2, 15),
        "end": date(2025, 2, 16),
        "status": "scheduled",
    }
    fields.update(changes)
    fields.setdefault("event_id", event_id_for(kind=fields["kind"], key=fields["title"], start=date(2025, 1, 1)))
    return CalendarEvent(article_id=article_id, evidence=Evidence(sentence="s", start=0, end=1), **fields)
