"""Any text at all through every extractor: nothing raises, and every output is a valid message."""

from __future__ import annotations

import string
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.diplo_calendar.events import extract_events
from services.extractor.extract import enrich
from services.incidents.claims import extract_incidents
from shared.codec import DecodeError, decode, encode
from shared.models import CalendarEvent, EnrichedArticle, Incident
from shared.sanitize import checked_article
from tests.factories import article

# Words that make the rules fire, mixed with arbitrary text, so the interesting paths are reached.
VOCAB = [
    "Russia",
    "Ukraine",
    "Ukrainian",
    "Russian",
    "drones",
    "missiles",
    "launched",
    "shot down",
    "of",
    "all",
    "lost",
    "83",
    "61",
    "two dozen",
    "more than 100",
    "overnight",
    "on Sunday night",
    "next weekend",
    "February 20",
    "will visit",
    "met",
    "summit",
    "talks",
    "Kyiv",
    "Zelenskyy",
    "President",
    "said",
    ",",
    ".",
    "Keith Kellogg,",
    "envoy",
    "the air force",
    "killed",
    "injured",
    "a woman",
    "this week",
    "postponed",
]
texts = st.one_of(
    st.text(min_size=1, max_size=400),
    st.lists(st.sampled_from(VOCAB), min_size=1, max_size=60).map(" ".join),
    st.lists(st.one_of(st.sampled_from(VOCAB), st.text(string.printable, max_size=8)), min_size=1, max_size=40).map(
        " ".join
    ),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_no_extractor_raises_and_outputs_validate(text: str) -> None:
    try:
        clean = checked_article(article(text if text.strip() else "x"), max_text_chars=10_000, now=datetime.now(UTC))
    except DecodeError:
        return  # markup-only or empty text: a dead letter, by design
    enriched = enrich(clean)
    assert decode(encode(enriched), EnrichedArticle) == enriched
    for entity in enriched.entities:
        assert clean.text[entity.start : entity.end] == entity.text
    for incident in extract_incidents(enriched):
        assert decode(encode(incident), Incident) == incident
        assert incident.evidence.sentence in clean.text
    for event in extract_events(enriched):
        assert decode(encode(event), CalendarEvent) == event
