"""Every topic sitrep uses, declared once: name, payload model, key and partition count."""

from __future__ import annotations

from dataclasses import dataclass

from shared.models import Article, CalendarEvent, DeadLetter, EnrichedArticle, Incident, Message, RecognizedArticle


@dataclass(frozen=True)
class TopicSpec:
    name: str
    model: type[Message]
    #: The field whose value is the message key, so that one id always lands on one partition.
    key_field: str
    partitions: int
    #: Compacted topics keep the latest value per key (status changes of one calendar event).
    compacted: bool = False


ARTICLES_RAW = TopicSpec("articles.raw", Article, "id", partitions=4)
ARTICLES_RECOGNIZED = TopicSpec("articles.recognized", RecognizedArticle, "article.id", partitions=4)
ARTICLES_ENRICHED = TopicSpec("articles.enriched", EnrichedArticle, "article.id", partitions=4)
INCIDENTS = TopicSpec("incidents", Incident, "incident_id", partitions=4)
CALENDAR = TopicSpec("calendar", CalendarEvent, "event_id", partitions=4)
DEADLETTER = TopicSpec("deadletter", DeadLetter, "deadletter_id", partitions=1)

ALL_TOPICS: tuple[TopicSpec, ...] = (
    ARTICLES_RAW,
    ARTICLES_RECOGNIZED,
    ARTICLES_ENRICHED,
    INCIDENTS,
    CALENDAR,
    DEADLETTER,
)

#: The topics each service's consumer group reads. A group has caught up when it has committed
#: every record on them, which is how ``sitrep demo`` knows the pipeline has drained.
READS: dict[str, tuple[TopicSpec, ...]] = {
    "extractor": (ARTICLES_RAW,),
    "linker": (ARTICLES_RECOGNIZED,),
    "incidents": (ARTICLES_ENRICHED,),
    "calendar": (ARTICLES_ENRICHED,),
    "sink": (ARTICLES_ENRICHED, INCIDENTS, CALENDAR, DEADLETTER),
}


def key_of(spec: TopicSpec, message: Message) -> str:
    """The message key for ``message`` on ``spec``: the stable id named by ``key_field``."""
    value: object = message
    for part in spec.key_field.split("."):
        value = getattr(value, part)
    return str(value)
