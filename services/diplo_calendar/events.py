"""Diplomatic events read from an enriched article: who meets whom, where, when, and whether it is on.

Dates come from :mod:`shared.timex`; the vocabulary from ``data/event_rules.json`` and the known
recurring events (with their real dates) from ``data/recurring_events.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from shared.models import CalendarEvent, EnrichedArticle, Entity, Evidence, Message, event_id_for
from shared.timex import DateSpan, find_dates, tense_of

DATA_DIR = Path(__file__).parent / "data"
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def _alternation(phrases: list[str]) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


@dataclass(frozen=True)
class KnownEvent:
    name: str
    aliases: tuple[str, ...]
    kind: str
    location: str | None
    editions: tuple[tuple[date, date], ...]

    def edition_near(self, anchor: date) -> tuple[date, date] | None:
        """The edition an article of ``anchor`` most likely means: the next one, else the last one."""
        coming = [e for e in self.editions if e[1] >= anchor]
        past = [e for e in self.editions if e[1] < anchor and e[1].year == anchor.year]
        if coming and coming[0][0].year == anchor.year:
            return coming[0]
        return past[-1] if past else (coming[0] if coming else None)


@dataclass(frozen=True)
class EventRules:
    kind_res: dict[str, re.Pattern[str]]
    status_res: dict[str, re.Pattern[str]]
    known: tuple[KnownEvent, ...]
    known_re: re.Pattern[str] | None


@cache
def event_rules() -> EventRules:
    raw = json.loads((DATA_DIR / "event_rules.json").read_text(encoding="utf-8"))
    known = tuple(_load_known())
    names = [n for k in known for n in (k.name, *k.aliases)]
    return EventRules(
        kind_res={
            kind: re.compile(rf"(?<![\w-])(?:{_alternation(words)})(?![\w-])", re.IGNORECASE)
            for kind, words in raw["kinds"].items()
        },
        status_res={
            status: re.compile(rf"(?<![\w-])(?:{_alternation(words)})(?![\w-])", re.IGNORECASE)
            for status, words in raw["status"].items()
        },
        known=known,
        known_re=re.compile(rf"(?<![\w-])(?:{_alternation(names)})(?![\w-])") if names else None,
    )


def _load_known() -> list[KnownEvent]:
    path = DATA_DIR / "recurring_events.json"
    if not path.exists():
        return []
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for item in raw.get("events", []):
        editions = tuple(
            sorted((date.fromisoformat(e["start"]), date.fromisoformat(e["end"])) for e in item.get("editions", []))
        )
        out.append(
            KnownEvent(
                name=item["name"],
                aliases=tuple(item.get("aliases", [])),
                kind=item.get("kind", "conference"),
                location=item.get("location"),
                editions=editions,
            )
        )
    return out


def _known_event(sentence: str) -> tuple[KnownEvent, str] | None:
    rules = event_rules()
    if rules.known_re is None:
        return None
    m = rules.known_re.search(sentence)
    if m is None:
        return None
    for event in rules.known:
        if m.group(0) in (event.name, *event.aliases):
            return event, m.group(0)
    return None


# The most specific kind wins: "a visit for talks" is a visit, "a call about the summit" a call.
_KIND_PRIORITY = ("call", "summit", "conference", "visit", "talks", "meeting")


def _kind(sentence: str) -> str | None:
    patterns = event_rules().kind_res
    return next((k for k in _KIND_PRIORITY if k in patterns and patterns[k].search(sentence)), None)


def _named_event(entities: list[Entity]) -> Entity | None:
    """An organization that is itself an event ("Munich Security Conference")."""
    return next(
        (e for e in entities if e.label == "ORG" and re.search(r"\b(Conference|Summit|Forum)\b", e.canonical)),
        None,
    )


def _status(sentence: str, span: DateSpan | None, anchor: date) -> str:
    rules = event_rules()
    for status in ("cancelled", "postponed"):
        if rules.status_res[status].search(sentence):
            return status
    tense = tense_of(sentence)
    if tense == "past" and (span is None or span.start is None or span.start <= anchor):
        return "held"
    if rules.status_res["proposed"].search(sentence) and not rules.status_res["scheduled"].search(sentence):
        return "proposed"
    return "scheduled"


def _location(entities: list[Entity], known: KnownEvent | None) -> str | None:
    if known is not None and known.location:
        return known.location
    places = [e for e in entities if e.label in _PLACES]
    cities = [e for e in places if e.place is not None and e.place.kind == "city"]
    chosen = cities or places
    return chosen[0].canonical if chosen else None


def _participants(entities: list[Entity]) -> list[str]:
    out: list[str] = []
    for e in entities:
        if e.label == "PERSON" and e.canonical not in out:
            out.append(e.canonical)
    return out


def _title(kind: str, known_name: str | None, participants: list[str], location: str | None) -> str:
    if known_name:
        return known_name
    lead = participants[0] if participants else "Delegations"
    where = f" to {location}" if kind == "visit" and location else (f" in {location}" if location else "")
    if kind == "call":
        return f"{' – '.join(participants[:2]) or lead} phone call"
    return f"{lead} {kind}{where}"


def extract_events(enriched: EnrichedArticle, anchor: date | None = None) -> list[CalendarEvent]:
    """Every dated (or named) diplomatic event in the article, one entry per event."""
    article = enriched.article
    text = article.text
    anchor = anchor or article.anchor_date
    found: dict[str, CalendarEvent] = {}
    for span in enriched.sentences:
        sentence = text[span.start : span.end]
        inside = [e for e in enriched.entities if span.start <= e.start < span.end]
        known = _known_event(sentence)
        named = _named_event(inside)
        kind = _kind(sentence)
        if kind is None and known is None and named is None:
            continue
        dated = next((d for d in find_dates(sentence, anchor) if d.start is not None or d.end is not None), None)
        title_name = known[0].name if known else (named.canonical if named else None)
        if dated is None and title_name is None:
            continue
        participants = _participants(inside)
        location = _location(inside, known[0] if known else None)
        if not participants and location is None:
            continue
        event_kind = (
            known[0].kind
            if known
            else ("conference" if named and "Conference" in named.canonical else kind or "meeting")
        )
        start, end, granularity = (dated.start, dated.end, dated.granularity) if dated else (None, None, "unknown")
        edition = known[0].edition_near(anchor) if known else None
        if edition is not None and dated is None:
            start, end = edition
            granularity = "day"
        title = _title(event_kind, title_name, participants, location)
        # A named event is one per edition (or year); others are one per title and month.
        period = (edition[0] if edition else date(anchor.year, 1, 1)) if title_name else start or anchor
        event_id = event_id_for(kind=event_kind, key=title, start=period)
        previous = found.get(event_id)
        if previous is not None:
            merged = previous.participants + [p for p in participants if p not in previous.participants]
            update: dict[str, object] = {"participants": merged}
            if previous.start is None and start is not None:
                update.update(start=start, end=end, granularity=granularity, date_text=dated.text if dated else None)
            found[event_id] = previous.model_copy(update=update)
            continue
        found[event_id] = CalendarEvent(
            event_id=event_id,
            title=title,
            kind=event_kind,
            participants=participants,
            location=location,
            start=start,
            end=end,
            granularity=granularity,
            date_text=dated.text if dated else None,
            status=_status(sentence, dated, anchor),
            article_id=article.id,
            evidence=Evidence(sentence=sentence, start=span.start, end=span.end),
        )
    return list(found.values())


def events_batch(batch: list[EnrichedArticle]) -> list[list[Message]]:
    return [list(extract_events(e)) for e in batch]
