"""The codec turns every kind of bad payload into a DecodeError with a kind and a reason."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from shared.codec import DecodeError, decode, encode
from shared.models import Article


def _article(**changes: object) -> Article:
    base = {
        "id": "abcdef0123456789",
        "source": "wire",
        "title": "t",
        "text": "Russia launched 10 drones.",
        "published_at": datetime(2025, 2, 10, 12, tzinfo=UTC),
        "ingested_at": datetime(2025, 2, 10, 12, 5, tzinfo=UTC),
    }
    base.update(changes)
    return Article.model_validate(base)


def test_round_trip() -> None:
    article = _article()
    assert decode(encode(article), Article) == article


BAD_PAYLOADS = [
    ("empty", b"", "empty_payload"),
    ("none", None, "empty_payload"),
    ("not json", b"{not json", "not_json"),
    ("invalid utf-8", b"\xff\xfe\x00", "invalid_utf8"),
    ("a list", b"[1, 2]", "wrong_shape"),
    ("no version", json.dumps({"id": "x"}).encode(), "unknown_schema_version"),
    ("future version", json.dumps({"schema_version": 99}).encode(), "unknown_schema_version"),
    ("missing fields", json.dumps({"schema_version": 1, "id": "abcdef0123"}).encode(), "invalid_schema"),
]


@pytest.mark.parametrize(("payload", "kind"), [(p, k) for _, p, k in BAD_PAYLOADS], ids=[n for n, _, _ in BAD_PAYLOADS])
def test_bad_payloads_say_why(payload: bytes | None, kind: str) -> None:
    with pytest.raises(DecodeError) as info:
        decode(payload, Article)
    assert info.value.error_type == kind
    assert info.value.reason


def test_a_whole_message_without_its_version_is_refused() -> None:
    """The model has a default version; a message must still say which one it is written in."""
    raw = json.loads(encode(_article()))
    del raw["schema_version"]
    with pytest.raises(DecodeError) as info:
        decode(json.dumps(raw).encode(), Article)
    assert info.value.error_type == "unknown_schema_version"


def test_a_payload_the_fast_parser_refuses_gets_the_exact_reason() -> None:
    """NaN is not JSON and pydantic's parser stops at it; json.loads reads it, so the reason given
    is the real fault of the message (an unknown field), as it was before the fast path."""
    raw = encode(_article()).replace(b'"title":"t"', b'"title":"t","surprise":NaN')
    with pytest.raises(DecodeError, match="surprise"):
        decode(raw, Article)


def test_extra_field_is_rejected() -> None:
    raw = json.loads(encode(_article()))
    raw["surprise"] = 1
    with pytest.raises(DecodeError, match="surprise"):
        decode(json.dumps(raw).encode(), Article)


def test_empty_text_is_rejected() -> None:
    raw = json.loads(encode(_article()))
    raw["text"] = "   \n "
    with pytest.raises(DecodeError) as info:
        decode(json.dumps(raw).encode(), Article)
    assert info.value.error_type == "invalid_schema"
    assert "text" in info.value.reason


def test_naive_datetime_is_rejected() -> None:
    raw = json.loads(encode(_article()))
    raw["published_at"] = "2025-02-10T12:00:00"
    with pytest.raises(DecodeError, match="published_at"):
        decode(json.dumps(raw).encode(), Article)


def test_too_large() -> None:
    with pytest.raises(DecodeError) as info:
        decode(b"x" * 2000, Article, max_bytes=1000)
    assert info.value.error_type == "payload_too_large"
