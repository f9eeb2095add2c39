"""The base every message model shares: strict fields and a schema version."""

from __future__ import annotations

from typing import ClassVar, Final

from pydantic import BaseModel, ConfigDict

SCHEMA_VERSION: Final = 1


class Message(BaseModel):
    """A message on a sitrep topic.

    Unknown fields are an error rather than silently ignored, so that a producer
    on a newer schema is noticed instead of half-understood.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    #: Bumped whenever a field changes meaning or a required field is added.
    SUPPORTED_VERSIONS: ClassVar[frozenset[int]] = frozenset({SCHEMA_VERSION})


class Evidence(BaseModel):
    """The sentence a fact was read from, with its character offsets in the article text."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    sentence: str
    start: int
    end: int
