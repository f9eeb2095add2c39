"""A small built-in article each worker runs once at start-up, before it reads the topic.

The first call of a model or a rule set pays for lazy set-up (pattern compilation, model
buffers); doing it before the first real message keeps that second or two out of the first
batch's latency and out of throughput measurements.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from shared.models import Article, EnrichedArticle, Recognized, RecognizedArticle, Sentence

__all__ = ["sample_article", "sample_enriched", "sample_recognized"]

_WHEN = datetime(2025, 2, 9, 8, 0, tzinfo=UTC)
_TEXT = (
    "KYIV, Feb 9 - Russia launched 83 drones and four missiles at Ukraine overnight, and air "
    "defences shot down 61 of the drones, the air force said on Sunday. Two people were killed. "
    "President Volodymyr Zelenskyy will meet Emmanuel Macron in Paris next week, and the "
    "foreign ministers held talks by phone on Thursday."
)


def sample_article() -> Article:
    return Article(
        id="warmup0000",
        source="sitrep-warmup",
        title="Warm-up",
        text=_TEXT,
        published_at=_WHEN,
        ingested_at=_WHEN,
    )


def sample_enriched() -> EnrichedArticle:
    """The sample as the rule workers receive it, split into sentences, without entities."""
    spans = [Sentence(start=m.start(), end=m.end()) for m in re.finditer(r"[^.]+\.", _TEXT)]
    return EnrichedArticle(article=sample_article(), sentences=spans, entities=[], extractor_version="warmup")


def sample_recognized() -> RecognizedArticle:
    """The sample as the linker receives it, with two spans a model would give."""
    names = ("Volodymyr Zelenskyy", "Emmanuel Macron")
    spans = [Recognized(start=_TEXT.index(n), end=_TEXT.index(n) + len(n), label="PERSON", text=n) for n in names]
    return RecognizedArticle(article=sample_article(), spans=spans, model="warmup")
