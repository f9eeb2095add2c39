"""Calendar service: ``articles.enriched`` -> :func:`events_batch` -> ``calendar``."""

from __future__ import annotations

import faust

from services.diplo_calendar.events import event_rules, events_batch
from shared.app import create_app
from shared.models import CalendarEvent
from shared.settings import Settings
from shared.stage import with_reported_at
from shared.topics import ARTICLES_ENRICHED, CALENDAR
from shared.warmup import sample_enriched
from shared.worker import add_stage


def build(settings: Settings) -> faust.App:
    app, metrics = create_app("calendar", settings)
    event_rules()
    add_stage(
        app,
        metrics,
        settings,
        name="calendar",
        source=ARTICLES_ENRICHED,
        transform=with_reported_at(events_batch),
        outputs={CalendarEvent: CALENDAR},
        warm_up=[sample_enriched()],
    )
    return app
