"""The thin agents, driven through Faust's ``test_context``: decode, call the pure function, send."""

from __future__ import annotations

import json
from typing import Any

import faust

from services.diplo_calendar.events import events_batch
from services.extractor.agents import clean_and_recognize
from services.extractor.extract import enrich, enrich_batch, link_batch
from services.incidents.claims import incidents_batch
from shared.app import create_app
from shared.codec import decode, encode
from shared.models import CalendarEvent, DeadLetter, EnrichedArticle, Incident, RecognizedArticle
from shared.settings import Settings
from shared.stage import Stage
from shared.topics import ARTICLES_ENRICHED, ARTICLES_RAW, ARTICLES_RECOGNIZED, CALENDAR, INCIDENTS, TopicSpec
from shared.worker import add_stage
from tests.agents.conftest import RecordingTopic, eventually
from tests.factories import article

SEED_LIKE = (
    "On Sunday night, Ukraine's air force reported downing 61 of 83 Russian drones launched toward "
    "the country, with another 22 drones lost in flight. Vice President JD Vance is expected to attend "
    "the Munich Security Conference next weekend."
)


def _wire(
    settings: Settings, name: str, source: TopicSpec, transform: Any, outputs: dict[type, TopicSpec]
) -> tuple[faust.App, Stage[Any], dict[str, RecordingTopic], RecordingTopic]:
    app, metrics = create_app(name, settings)  # type: ignore[arg-type]
    stage = add_stage(app, metrics, settings, name=name, source=source, transform=transform, outputs=outputs)
    recorders = {spec.name: RecordingTopic(spec.name) for spec in outputs.values()}
    stage.routes = {model: (spec, recorders[spec.name]) for model, spec in outputs.items()}  # type: ignore[misc]
    dead = RecordingTopic("deadletter")
    stage.deadletter = dead  # type: ignore[assignment]
    return app, stage, recorders, dead


async def test_extractor_agent_enriches_and_dead_letters(settings: Settings) -> None:
    app, _, out, dead = _wire(settings, "extractor", ARTICLES_RAW, enrich_batch, {EnrichedArticle: ARTICLES_ENRICHED})
    good = article(SEED_LIKE)
    agent = app.agents["extractor.agent"]
    async with agent.test_context() as tester:
        await tester.put(value=encode(good), key=good.id.encode())
        await tester.put(value=b"definitely not json", key=b"k")
        await tester.put(value=json.dumps({"schema_version": 1, "id": "abcdefgh12", "text": ""}).encode(), key=b"k2")
        await eventually(lambda: len(dead.sent) == 2)
    ((key, value),) = out[ARTICLES_ENRICHED.name].sent
    assert key == good.id.encode()
    enriched = decode(value, EnrichedArticle)
    assert any(e.canonical == "JD Vance" for e in enriched.entities)
    letters = [decode(v, DeadLetter) for _, v in dead.sent]
    assert [d.error_type for d in letters] == ["not_json", "invalid_schema"]
    assert all(d.stage == "extractor" and d.topic == ARTICLES_RAW.name for d in letters)
    assert letters[0].payload() == b"definitely not json"


async def test_model_stage_then_linker_give_what_enrich_gives(settings: Settings) -> None:
    """The extractor publishes the model's spans; the linker turns them into the same entities that
    one in-process ``enrich`` call finds."""
    from functools import partial

    model_app, _, spans_out, model_dead = _wire(
        settings,
        "extractor",
        ARTICLES_RAW,
        partial(clean_and_recognize, max_text_chars=settings.max_text_chars),
        {RecognizedArticle: ARTICLES_RECOGNIZED},
    )
    good = article(SEED_LIKE)
    async with model_app.agents["extractor.agent"].test_context() as tester:
        await tester.put(value=encode(good), key=good.id.encode())
        await tester.put(value=b"{}", key=b"k")
        await eventually(lambda: len(spans_out[ARTICLES_RECOGNIZED.name].sent) == 1 and len(model_dead.sent) == 1)
    ((key, value),) = spans_out[ARTICLES_RECOGNIZED.name].sent
    assert key == good.id.encode()
    recognized = decode(value, RecognizedArticle)
    assert any(s.label == "PERSON" for s in recognized.spans)

    link_app, _, out, dead = _wire(
        settings, "linker", ARTICLES_RECOGNIZED, link_batch, {EnrichedArticle: ARTICLES_ENRICHED}
    )
    async with link_app.agents["linker.agent"].test_context() as tester:
        await tester.put(value=value, key=key)
        await tester.put(value=encode(good), key=b"wrong-model")  # an Article is not a RecognizedArticle
        await eventually(lambda: len(out[ARTICLES_ENRICHED.name].sent) == 1 and len(dead.sent) == 1)
    ((_, linked),) = out[ARTICLES_ENRICHED.name].sent
    enriched = decode(linked, EnrichedArticle)
    assert enriched.entities == enrich(good).entities
    assert any(e.canonical == "JD Vance" for e in enriched.entities)
    (letter,) = [decode(v, DeadLetter) for _, v in dead.sent]
    assert letter.stage == "linker" and letter.error_type == "invalid_schema"


async def test_text_over_the_limit_is_a_dead_letter(settings: Settings) -> None:
    small = settings.model_copy(update={"max_text_chars": 1000})
    from functools import partial

    app, _, out, dead = _wire(
        small,
        "extractor",
        ARTICLES_RAW,
        partial(enrich_batch, max_text_chars=1000),
        {EnrichedArticle: ARTICLES_ENRICHED},
    )
    big = article("Drones. " * 500)
    ok = article(SEED_LIKE)
    async with app.agents["extractor.agent"].test_context() as tester:
        await tester.put(value=encode(big), key=b"big")
        await tester.put(value=encode(ok), key=b"ok")
        await eventually(lambda: len(dead.sent) + len(out[ARTICLES_ENRICHED.name].sent) == 2)
    assert len(out[ARTICLES_ENRICHED.name].sent) == 1
    (letter,) = [decode(v, DeadLetter) for _, v in dead.sent]
    assert letter.error_type == "text_too_large"
    assert "limit is 1000" in letter.reason


async def test_incidents_agent_sends_each_claim(settings: Settings) -> None:
    app, _, out, dead = _wire(settings, "incidents", ARTICLES_ENRICHED, incidents_batch, {Incident: INCIDENTS})
    enriched = enrich(article(SEED_LIKE))
    async with app.agents["incidents.agent"].test_context() as tester:
        await tester.put(value=encode(enriched), key=enriched.article.id.encode())
        await eventually(lambda: len(out[INCIDENTS.name].sent) == 1)
    ((key, value),) = out[INCIDENTS.name].sent
    incident = decode(value, Incident)
    assert key == incident.incident_id.encode()
    assert (incident.launched, incident.destroyed, incident.lost) == (83, 61, 22)
    assert dead.sent == []


async def test_calendar_agent_sends_events(settings: Settings) -> None:
    app, _, out, _ = _wire(settings, "calendar", ARTICLES_ENRICHED, events_batch, {CalendarEvent: CALENDAR})
    enriched = enrich(article(SEED_LIKE))
    async with app.agents["calendar.agent"].test_context() as tester:
        await tester.put(value=encode(enriched), key=enriched.article.id.encode())
        await eventually(lambda: len(out[CALENDAR.name].sent) == 1)
    events = [decode(v, CalendarEvent) for _, v in out[CALENDAR.name].sent]
    assert [e.title for e in events] == ["Munich Security Conference"]


async def test_a_crashing_rule_becomes_a_dead_letter_and_the_rest_go_on(settings: Settings) -> None:
    def fragile(batch: list[Any]) -> list[list[Any]]:
        if any("boom" in a.text for a in batch):
            raise RuntimeError("rule exploded")
        return enrich_batch(batch)

    app, _, out, dead = _wire(settings, "extractor", ARTICLES_RAW, fragile, {EnrichedArticle: ARTICLES_ENRICHED})
    async with app.agents["extractor.agent"].test_context() as tester:
        await tester.put(value=encode(article("boom goes the rule")), key=b"a")
        await tester.put(value=encode(article(SEED_LIKE)), key=b"b")
        await eventually(lambda: len(dead.sent) + len(out[ARTICLES_ENRICHED.name].sent) == 2)
    assert len(out[ARTICLES_ENRICHED.name].sent) == 1
    (letter,) = [decode(v, DeadLetter) for _, v in dead.sent]
    assert letter.error_type == "processing_error:RuntimeError"
    assert letter.reason == "rule exploded"
