"""Pydantic message models: one module per topic payload."""

from shared.models.article import Article, Dateline, article_id_for, normalize_url
from shared.models.base import SCHEMA_VERSION, Evidence, Message
from shared.models.calendar import CalendarEvent, event_id_for
from shared.models.deadletter import DeadLetter, deadletter_id_for
from shared.models.enrichment import EnrichedArticle, Entity, Place, Recognized, RecognizedArticle, Sentence
from shared.models.incident import Incident, incident_id_for

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "CalendarEvent",
    "Dateline",
    "DeadLetter",
    "EnrichedArticle",
    "Entity",
    "Evidence",
    "Incident",
    "Message",
    "Place",
    "Recognized",
    "RecognizedArticle",
    "Sentence",
    "article_id_for",
    "deadletter_id_for",
    "event_id_for",
    "incident_id_for",
    "normalize_url",
]
