"""What extraction adds to an article: the model's spans on ``articles.recognized`` (extractor),
then the linked entities on ``articles.enriched`` (linker)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from shared.models.article import Article
from shared.models.base import SCHEMA_VERSION, Message

EntityLabel = Literal["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WEAPON"]
PlaceKind = Literal["country", "region", "city", "sea", "site", "area"]


class Place(BaseModel):
    """Where a place mention resolves to."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: PlaceKind
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None


class Entity(BaseModel):
    """One mention of a named thing in the article text."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    label: EntityLabel
    start: int
    end: int
    canonical: str
    #: Gazetteer id when the mention resolved to a known entry.
    entity_id: str | None = None
    #: For people: the office as this article states it, normalized ("President of Ukraine").
    role: str | None = None
    #: For people: the words of the text that gave the role.
    role_text: str | None = None
    #: The country the mention belongs to: a demonym's, a place's, a person's or an organization's.
    country: str | None = None
    place: Place | None = None


class Sentence(BaseModel):
    """A sentence span, so downstream workers need not split the text again."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: int
    end: int


class EnrichedArticle(Message):
    schema_version: Literal[1] = SCHEMA_VERSION
    article: Article
    sentences: list[Sentence]
    entities: list[Entity]
    extractor_version: str


class Recognized(BaseModel):
    """A span the statistical model labelled, before any gazetteer or rule has looked at it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: int
    end: int
    label: str
    text: str


class RecognizedArticle(Message):
    """An article with the model's spans: the extractor's output and the linker's input.

    The model stage and the rules run in separate processes so that the model has a core of its
    own; this message is what passes between them.
    """

    schema_version: Literal[1] = SCHEMA_VERSION
    article: Article
    spans: list[Recognized]
    model: str
