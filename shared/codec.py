"""Bytes to models and back, with one error type that carries a dead-letter reason."""

from __future__ import annotations

import json
from typing import TypeVar

from pydantic import ValidationError

from shared.models import Message

M = TypeVar("M", bound=Message)


class DecodeError(Exception):
    """A payload that cannot become the expected model.

    ``error_type`` is a short machine-readable kind (used as a metric label);
    ``reason`` is for the person reading the dead-letter record.
    """

    def __init__(self, error_type: str, reason: str) -> None:
        super().__init__(f"{error_type}: {reason}")
        self.error_type = error_type
        self.reason = reason


def encode(message: Message) -> bytes:
    return message.model_dump_json().encode("utf-8")


def _summarize(error: ValidationError, limit: int = 5) -> str:
    parts = []
    for item in error.errors()[:limit]:
        where = ".".join(str(p) for p in item["loc"]) or "(root)"
        parts.append(f"{where}: {item['msg']}")
    more = error.error_count() - limit
    if more > 0:
        parts.append(f"... and {more} more")
    return "; ".join(parts)


def decode(data: bytes | None, model: type[M], *, max_bytes: int = 4_000_000) -> M:
    """Parse ``data`` as ``model`` or raise :class:`DecodeError` saying why not."""
    if not data:
        raise DecodeError("empty_payload", "the message has no value")
    if len(data) > max_bytes:
        raise DecodeError("payload_too_large", f"the message is {len(data)} bytes; the limit is {max_bytes}")
    # Nearly every message is good: pydantic parses and validates the bytes in one pass, at half
    # the cost of json.loads and model_validate (this runs for every message in every worker).
    # Anything it refuses, or a message that leaves its schema_version to the default, takes the
    # slow path below, which says exactly what is wrong.
    try:
        fast = model.model_validate_json(data)
    except ValidationError:
        pass
    else:
        version = getattr(fast, "schema_version", None)
        if "schema_version" in fast.model_fields_set and version in model.SUPPORTED_VERSIONS:
            return fast
    return _decode_slowly(data, model)


def _decode_slowly(data: bytes, model: type[M]) -> M:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeError("invalid_utf8", f"not valid UTF-8 at byte {exc.start}") from exc
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DecodeError("not_json", f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from exc
    if not isinstance(raw, dict):
        raise DecodeError("wrong_shape", f"expected a JSON object, got {type(raw).__name__}")
    version = raw.get("schema_version")
    supported = model.SUPPORTED_VERSIONS
    if version not in supported:
        raise DecodeError(
            "unknown_schema_version",
            f"schema_version {version!r} is not one of {sorted(supported)} for {model.__name__}",
        )
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise DecodeError("invalid_schema", f"{model.__name__}: {_summarize(exc)}") from exc
