"""The storage interface every backend implements: ``setup / write / close`` and the reads the CLI runs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from shared.models import CalendarEvent, DeadLetter, EnrichedArticle, Incident


@dataclass
class Batch:
    """Everything one sink batch writes, in one transaction."""

    articles: list[EnrichedArticle] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    events: list[CalendarEvent] = field(default_factory=list)
    deadletters: list[DeadLetter] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.articles) + len(self.incidents) + len(self.events) + len(self.deadletters)


Row = dict[str, Any]


class Store(Protocol):
    def setup(self) -> None:
        """Create or migrate the schema; safe to call on every start."""

    def write(self, batch: Batch) -> None:
        """Upsert the whole batch in one transaction; writing it twice changes nothing."""

    def close(self) -> None: ...

    def article_ids(self) -> set[str]: ...

    def articles_by_id(self, ids: list[str]) -> dict[str, Row]:
        """id -> {id, url, source, title} of the stored articles among ``ids``."""

    def people(self) -> list[Row]:
        """One row per article and person: canonical name and the role that article gives."""

    def places(self) -> list[Row]: ...

    def incidents(self, since: str | None = None) -> list[Row]: ...

    def incident_sources(self, incident_id: str) -> list[Row]: ...

    def tallies(self, since: str | None = None) -> list[Row]:
        """Per day, attacker, weapon and claimant: sums over deduplicated single-night claims."""

    def events(self, since: str | None = None) -> list[Row]: ...

    def event_history(self, event_id: str) -> list[Row]: ...

    def deadletters(self) -> list[Row]:
        """Every dead letter, with ``replayed_at`` (the last replay, or None)."""

    def mark_replayed(self, deadletter_ids: list[str]) -> None: ...

    def table_counts(self) -> dict[str, int]: ...
