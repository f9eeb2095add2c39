"""Building dead-letter records, the one way every stage reports input it cannot process."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

from shared.models import DeadLetter, deadletter_id_for


def dead_letter(
    *,
    payload: bytes | None,
    topic: str,
    partition: int | None,
    offset: int | None,
    key: bytes | str | None,
    stage: str,
    error_type: str,
    reason: str,
) -> DeadLetter:
    raw = payload or b""
    key_text = key.decode("utf-8", "replace") if isinstance(key, bytes) else key
    return DeadLetter(
        deadletter_id=deadletter_id_for(topic=topic, partition=partition, offset=offset, payload=raw),
        payload_b64=base64.b64encode(raw).decode("ascii"),
        topic=topic,
        partition=partition,
        offset=offset,
        key=key_text,
        stage=stage,
        error_type=error_type,
        reason=reason or error_type,
        failed_at=datetime.now(UTC),
    )
