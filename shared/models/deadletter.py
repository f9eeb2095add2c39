"""A record that could not be processed, with the reason, published on ``deadletter``."""

from __future__ import annotations

import base64
import hashlib
from typing import Literal

from pydantic import AwareDatetime, Field

from shared.models.base import SCHEMA_VERSION, Message


class DeadLetter(Message):
    schema_version: Literal[1] = SCHEMA_VERSION
    deadletter_id: str
    #: The original bytes, base64-encoded so that invalid UTF-8 survives the trip.
    payload_b64: str
    topic: str
    partition: int | None = None
    offset: int | None = None
    key: str | None = None
    stage: str
    error_type: str
    reason: str = Field(min_length=1)
    failed_at: AwareDatetime

    def payload(self) -> bytes:
        return base64.b64decode(self.payload_b64)


def deadletter_id_for(*, topic: str, partition: int | None, offset: int | None, payload: bytes) -> str:
    """Stable per source record, so a redelivered bad message is stored once."""
    where = f"{topic}\x1f{partition}\x1f{offset}".encode()
    return hashlib.sha256(where + b"\x1f" + payload).hexdigest()[:16]
