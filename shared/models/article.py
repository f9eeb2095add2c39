"""Articles as the feeder publishes them on ``articles.raw``."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator

from shared.models.base import SCHEMA_VERSION, Message

# Query parameters that only track the reader; dropping them makes two links to
# the same story hash to the same article id.
_TRACKING_PREFIXES = ("utm_", "fbclid", "gclid", "mc_", "ocid", "cmpid")


def normalize_url(url: str) -> str:
    """Lower-case scheme and host, drop fragments, tracking parameters and trailing slashes."""
    parts = urlsplit(url.strip())
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(_TRACKING_PREFIXES)
    ]
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, urlencode(sorted(query)), ""))


def article_id_for(*, url: str | None, source: str, title: str, published_at: dt.datetime | None) -> str:
    """A stable id: the hash of the normalized URL, else of source, title and time."""
    if url:
        basis = normalize_url(url)
    else:
        stamp = published_at.isoformat() if published_at else ""
        basis = "\x1f".join((source.strip().lower(), " ".join(title.split()).lower(), stamp))
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


class Dateline(BaseModel):
    """The place and date a wire story opens with ("KYIV, Feb 8 (Reuters) -")."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    place: str
    date: dt.date | None = None
    text: str


class Article(Message):
    schema_version: Literal[1] = SCHEMA_VERSION
    id: str = Field(min_length=8, max_length=64, pattern=r"^[0-9a-zA-Z_-]+$")
    url: str | None = None
    source: str = Field(min_length=1)
    title: str
    text: str = Field(min_length=1)
    published_at: AwareDatetime
    #: True when the source gave no publication time and ``published_at`` is the ingestion time.
    published_at_inferred: bool = False
    dateline: Dateline | None = None
    language: str = "en"
    ingested_at: AwareDatetime

    @field_validator("text")
    @classmethod
    def _text_has_words(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is empty or only white space")
        return value

    @property
    def anchor_date(self) -> dt.date:
        """The article's own date, against which "on Thursday" is read: dateline, else publication."""
        if self.dateline is not None and self.dateline.date is not None:
            return self.dateline.date
        return self.published_at.date()
