"""``sources.yaml``: the live sources to follow, validated into :class:`Source` models.

A file looks like::

    defaults:              # optional; any source field except name and url
      poll_interval: 5m
      host_interval: 2s
    sources:
      - name: Example Wire World
        url: https://wire.example/world/rss.xml
        kind: rss          # rss | atom | auto (default)
        language: en
        fetch_pages: true  # fetch the linked page when an entry has only a summary

Durations are seconds (a number) or a number with ``s``, ``m`` or ``h``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator, model_validator

_DURATION = re.compile(r"^\s*(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>s|m|h)?\s*$")
_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0, None: 1.0}


class SourcesError(ValueError):
    """The sources file cannot be used; the message says where and why."""


def parse_duration(value: Any) -> float:
    """Seconds from ``30``, ``"30s"``, ``"5m"`` or ``"1.5h"``."""
    if isinstance(value, bool):
        raise ValueError("a duration is a number of seconds or a string like 30s, 5m, 1h")
    if isinstance(value, int | float):
        return float(value)
    m = _DURATION.match(str(value))
    if m is None:
        raise ValueError(f"{value!r} is not a duration: use seconds or a number with s, m or h")
    return float(m.group("value")) * _UNITS[m.group("unit")]


Duration = Annotated[float, BeforeValidator(parse_duration)]


class Source(BaseModel):
    """One feed to follow."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    #: Unique; keys the durable state and the metrics, and is the article's ``source`` unless ``publisher`` is set.
    name: str = Field(min_length=1, max_length=80)
    url: str
    kind: Literal["rss", "atom", "auto"] = "auto"
    poll_interval: Duration = Field(default=300.0, gt=0)
    #: BCP 47 tag given to this source's articles; otherwise the feed's or the page's own.
    language: str | None = Field(default=None, pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
    fetch_pages: bool = False
    #: Minimum seconds between two requests to one host (feed and pages alike).
    host_interval: Duration = Field(default=1.0, ge=0)
    #: The ``source`` written on articles, when several feeds share one publisher.
    publisher: str | None = Field(default=None, min_length=1, max_length=80)

    @field_validator("name", "publisher")
    @classmethod
    def _strip(cls, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise ValueError("must not be blank")
        return value.strip() if value is not None else None

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        parts = urlsplit(value.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"{value!r} is not an http(s) URL")
        return value.strip()

    @property
    def article_source(self) -> str:
        return self.publisher or self.name

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""


class SourcesFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    sources: list[Source] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_names(self) -> SourcesFile:
        seen: set[str] = set()
        for source in self.sources:
            key = source.name.casefold()
            if key in seen:
                raise ValueError(f"source name {source.name!r} is used twice; names key the feeder's state")
            seen.add(key)
        return self


def parse_sources(data: Any) -> list[Source]:
    """Sources from the parsed YAML document; raises SourcesError with every problem found."""
    if not isinstance(data, dict):
        raise SourcesError("expected a mapping with a 'sources' list")
    unknown = set(data) - {"defaults", "sources"}
    if unknown:
        raise SourcesError(f"unknown top-level keys {sorted(unknown)}: use 'defaults' and 'sources'")
    defaults = data.get("defaults") or {}
    if not isinstance(defaults, dict):
        raise SourcesError("'defaults' must be a mapping")
    if {"name", "url"} & set(defaults):
        raise SourcesError("'defaults' cannot set name or url")
    items = data.get("sources")
    if not isinstance(items, list):
        raise SourcesError("'sources' must be a list")
    merged = [{**defaults, **item} if isinstance(item, dict) else item for item in items]
    try:
        return SourcesFile(sources=merged).sources
    except ValidationError as exc:
        raise SourcesError(_describe(exc, merged)) from exc


def _describe(exc: ValidationError, items: list[Any]) -> str:
    problems = []
    for error in exc.errors():
        loc = list(error["loc"])
        where = "sources"
        if len(loc) >= 2 and loc[0] == "sources" and isinstance(loc[1], int):
            item = items[loc[1]]
            name = item.get("name") if isinstance(item, dict) else None
            where = f"sources[{loc[1]}]" + (f" ({name})" if name else "")
            loc = loc[2:]
        field = ".".join(map(str, loc))
        message = str(error["msg"]).removeprefix("Value error, ")
        problems.append(f"{where}{'.' + field if field else ''}: {message}")
    return "; ".join(problems)


def load_sources(path: Path) -> list[Source]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SourcesError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SourcesError(f"{path}: not valid YAML: {exc}") from exc
    try:
        return parse_sources(data)
    except SourcesError as exc:
        raise SourcesError(f"{path}: {exc}") from exc
