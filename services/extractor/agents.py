"""Extractor service: ``articles.raw`` -> :func:`enrich_batch` -> ``articles.enriched``."""

from __future__ import annotations

from functools import partial

import faust

from services.extractor.extract import enrich_batch
from services.extractor.gazetteer import default_gazetteer
from services.extractor.model import load_model
from shared.app import create_app
from shared.models import Article, EnrichedArticle, Message
from shared.sanitize import checked_article
from shared.settings import Settings
from shared.topics import ARTICLES_ENRICHED, ARTICLES_RAW
from shared.warmup import sample_article
from shared.worker import add_stage


def clean_and_enrich(batch: list[Article], *, max_text_chars: int) -> list[list[Message]]:
    """Untrusted text is made plain (or rejected with a reason) before any rule reads it."""
    checked = [checked_article(a, max_text_chars=max_text_chars) for a in batch]
    return enrich_batch(checked, max_text_chars=max_text_chars)


def build(settings: Settings) -> faust.App:
    app, metrics = create_app("extractor", settings)
    # Load the model and the gazetteer once per process, before the first message.
    load_model()
    default_gazetteer()
    add_stage(
        app,
        metrics,
        settings,
        name="extractor",
        source=ARTICLES_RAW,
        transform=partial(clean_and_enrich, max_text_chars=settings.max_text_chars),
        outputs={EnrichedArticle: ARTICLES_ENRICHED},
        warm_up=[sample_article()],
    )
    return app
