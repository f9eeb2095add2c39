"""Incidents service: ``articles.enriched`` -> :func:`incidents_batch` -> ``incidents``."""

from __future__ import annotations

import faust

from services.incidents.claims import incidents_batch, rules
from shared.app import create_app
from shared.models import Incident
from shared.settings import Settings
from shared.stage import with_reported_at
from shared.topics import ARTICLES_ENRICHED, INCIDENTS
from shared.warmup import sample_enriched
from shared.worker import add_stage


def build(settings: Settings) -> faust.App:
    app, metrics = create_app("incidents", settings)
    rules()
    add_stage(
        app,
        metrics,
        settings,
        name="incidents",
        source=ARTICLES_ENRICHED,
        transform=with_reported_at(incidents_batch),
        outputs={Incident: INCIDENTS},
        warm_up=[sample_enriched()],
    )
    return app
