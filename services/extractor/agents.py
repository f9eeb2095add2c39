"""Extractor service: ``articles.raw`` -> :func:`enrich_batch` -> ``articles.enriched``."""

from __future__ import annotations

from functools import partial

import faust

from services.extractor.extract import enrich_batch
from services.extractor.gazetteer import default_gazetteer
from shared.app import create_app
from shared.models import EnrichedArticle
from shared.settings import Settings
from shared.topics import ARTICLES_ENRICHED, ARTICLES_RAW
from shared.worker import add_stage


def build(settings: Settings) -> faust.App:
    app, metrics = create_app("extractor", settings)
    default_gazetteer()  # load the gazetteer once per process, before the first message
    add_stage(
        app,
        metrics,
        settings,
        name="extractor",
        source=ARTICLES_RAW,
        transform=partial(enrich_batch, max_text_chars=settings.max_text_chars),
        outputs={EnrichedArticle: ARTICLES_ENRICHED},
    )
    return app
