"""Message models flattened to table rows; shared by every SQL backend."""

from __future__ import annotations

from datetime import datetime

from services.sink.storage.base import Row
from shared.models import CalendarEvent, DeadLetter, EnrichedArticle, Incident


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def article_row(enriched: EnrichedArticle, now: str) -> Row:
    a = enriched.article
    return {
        "id": a.id,
        "url": a.url,
        "source": a.source,
        "title": a.title,
        "published_at": a.published_at.isoformat(),
        "anchor_date": a.anchor_date.isoformat(),
        "dateline": a.dateline.text if a.dateline else None,
        "language": a.language,
        "ingested_at": a.ingested_at.isoformat(),
        "text": a.text,
        "extractor_version": enriched.extractor_version,
        "stored_at": now,
    }


def entity_rows(enriched: EnrichedArticle) -> list[Row]:
    rows: dict[tuple[int, int, str], Row] = {}
    for e in enriched.entities:
        rows[(e.start, e.end, e.label)] = {
            "article_id": enriched.article.id,
            "start_": e.start,
            "end_": e.end,
            "text": e.text,
            "label": e.label,
            "canonical": e.canonical,
            "entity_id": e.entity_id,
            "role": e.role,
            "role_text": e.role_text,
            "country": e.country,
            "place_kind": e.place.kind if e.place else None,
            "country_code": e.place.country_code if e.place else None,
            "lat": e.place.lat if e.place else None,
            "lon": e.place.lon if e.place else None,
        }
    return list(rows.values())


def incident_row(i: Incident, now: str) -> Row:
    return {
        "incident_id": i.incident_id,
        "claimant": i.claimant,
        "attacker": i.attacker,
        "weapon": i.weapon,
        "model": i.model,
        "launched": i.launched,
        "destroyed": i.destroyed,
        "lost": i.lost,
        "killed": i.killed,
        "injured": i.injured,
        "approximate": i.approximate,
        "occurred_on": i.occurred_on.isoformat() if i.occurred_on else None,
        "locations": i.locations,
        "damage": i.damage,
        "cumulative": i.cumulative,
        "part_of": i.part_of,
        "flags": i.flags,
        "evidence": i.evidence.sentence,
        "article_id": i.article_id,
        "reported_at": _iso(i.reported_at),
        "first_seen": now,
        "updated_at": now,
    }


def incident_source_row(i: Incident, now: str) -> Row:
    return {
        "incident_id": i.incident_id,
        "article_id": i.article_id,
        "launched": i.launched,
        "destroyed": i.destroyed,
        "lost": i.lost,
        "killed": i.killed,
        "injured": i.injured,
        "evidence": i.evidence.sentence,
        "reported_at": _iso(i.reported_at),
        "recorded_at": now,
    }


def event_row(e: CalendarEvent, now: str) -> Row:
    return {
        "event_id": e.event_id,
        "title": e.title,
        "kind": e.kind,
        "participants": e.participants,
        "location": e.location,
        "start_date": e.start.isoformat() if e.start else None,
        "end_date": e.end.isoformat() if e.end else None,
        "granularity": e.granularity,
        "date_text": e.date_text,
        "status": e.status,
        "evidence": e.evidence.sentence,
        "article_id": e.article_id,
        "reported_at": _iso(e.reported_at),
        "first_seen": now,
        "updated_at": now,
    }


def event_source_row(e: CalendarEvent, now: str) -> Row:
    return {
        "event_id": e.event_id,
        "article_id": e.article_id,
        "status": e.status,
        "start_date": e.start.isoformat() if e.start else None,
        "end_date": e.end.isoformat() if e.end else None,
        "date_text": e.date_text,
        "evidence": e.evidence.sentence,
        "reported_at": _iso(e.reported_at),
        "recorded_at": now,
    }


def deadletter_row(d: DeadLetter) -> Row:
    return {
        "deadletter_id": d.deadletter_id,
        "topic": d.topic,
        "partition_": d.partition,
        "offset_": d.offset,
        "key": d.key,
        "stage": d.stage,
        "error_type": d.error_type,
        "reason": d.reason,
        "payload_b64": d.payload_b64,
        "failed_at": d.failed_at.isoformat(),
    }
