"""One diplomatic event as an article reports it, published on ``calendar``."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Literal

from pydantic import AwareDatetime, Field

from shared.models.base import SCHEMA_VERSION, Evidence, Message

EventKind = Literal["conference", "summit", "visit", "talks", "call", "meeting"]
EventStatus = Literal["proposed", "scheduled", "postponed", "cancelled", "held"]
Granularity = Literal["day", "week", "month", "unknown"]


class CalendarEvent(Message):
    schema_version: Literal[1] = SCHEMA_VERSION
    event_id: str
    title: str
    kind: EventKind
    participants: list[str] = Field(default_factory=list)
    location: str | None = None
    start: date | None = None
    end: date | None = None
    granularity: Granularity = "unknown"
    date_text: str | None = None
    status: EventStatus
    article_id: str
    evidence: Evidence
    #: When the reporting article was published: the latest report sets the event's status.
    reported_at: AwareDatetime | None = None


def event_id_for(*, kind: str, key: str, start: date | None) -> str:
    """Identity of an event: its kind, a key (title or lead participant and place) and month.

    The month rather than the day keeps one event when a later article moves it by a few days.
    """
    month = start.strftime("%Y-%m") if start else ""
    basis = "\x1f".join((kind, " ".join(key.lower().split()), month))
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]
