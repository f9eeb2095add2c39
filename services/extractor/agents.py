"""Extractor service, the model stage: ``articles.raw`` -> :func:`recognize_batch` -> ``articles.recognized``.

The rules that turn the model's spans into linked entities run in the linker
(``services/linker``), a process of its own, so that this one does the model's work only.
"""

from __future__ import annotations

from functools import partial

import faust

from services.extractor.extract import recognize_batch
from services.extractor.model import load_model
from shared.app import create_app
from shared.models import Article, Message, RecognizedArticle
from shared.sanitize import checked_article
from shared.settings import Settings
from shared.topics import ARTICLES_RAW, ARTICLES_RECOGNIZED
from shared.warmup import sample_article
from shared.worker import add_stage


def clean_and_recognize(batch: list[Article], *, max_text_chars: int) -> list[list[Message]]:
    """Untrusted text is made plain (or rejected with a reason) before the model reads it."""
    checked = [checked_article(a, max_text_chars=max_text_chars) for a in batch]
    return recognize_batch(checked, max_text_chars=max_text_chars)


def build(settings: Settings) -> faust.App:
    app, metrics = create_app("extractor", settings)
    load_model()  # once per process, before the first message
    add_stage(
        app,
        metrics,
        settings,
        name="extractor",
        source=ARTICLES_RAW,
        transform=partial(clean_and_recognize, max_text_chars=settings.max_text_chars),
        outputs={RecognizedArticle: ARTICLES_RECOGNIZED},
        warm_up=[sample_article()],
    )
    return app
