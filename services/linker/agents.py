"""Linker service: ``articles.recognized`` -> :func:`link_batch` -> ``articles.enriched``.

The gazetteer, the place and people patterns, roles and geocoding: the extraction rules, run over
the spans the extractor's model found. They need no model, so they run beside the other rule
workers and leave the model's core to the model.
"""

from __future__ import annotations

import faust

from services.extractor.extract import link_batch
from services.extractor.gazetteer import default_gazetteer
from services.extractor.geocode import default_geocoder
from services.extractor.roles import vocabulary
from shared.app import create_app
from shared.models import EnrichedArticle
from shared.settings import Settings
from shared.topics import ARTICLES_ENRICHED, ARTICLES_RECOGNIZED
from shared.warmup import sample_recognized
from shared.worker import add_stage


def build(settings: Settings) -> faust.App:
    app, metrics = create_app("linker", settings)
    # Load the gazetteer and the rules once per process, before the first message; a broken
    # rules file fails the start rather than the first article.
    default_gazetteer()
    default_geocoder()
    vocabulary()
    add_stage(
        app,
        metrics,
        settings,
        name="linker",
        source=ARTICLES_RECOGNIZED,
        transform=link_batch,
        outputs={EnrichedArticle: ARTICLES_ENRICHED},
        warm_up=[sample_recognized()],
    )
    return app
