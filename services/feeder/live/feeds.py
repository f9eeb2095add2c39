"""RSS and Atom documents into plain :class:`FeedEntry` values, with feedparser.

Pure: bytes in, values out. feedparser is lenient (it recovers what it can from broken XML);
what it recovers is checked entry by entry in ``follow`` before anything is published.
"""

from __future__ import annotations

import calendar
import io
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import feedparser

from shared.sanitize import clean_text

#: Shorter entry content is a teaser, not the article: a source with ``fetch_pages`` fetches the page.
MIN_FULL_TEXT_CHARS = 400


class NotAFeed(ValueError):
    """The document is neither RSS nor Atom."""


@dataclass(frozen=True)
class FeedEntry:
    #: Position in the document (0 = first), for reports.
    index: int
    link: str | None
    guid: str | None
    title: str
    #: Plain text of the entry's summary (RSS description, Atom summary).
    summary: str
    #: Plain text of the entry's full content (Atom content, RSS content:encoded), when it has one.
    content: str
    published: datetime | None
    #: The entry states a date that could not be read: it is malformed, not undated.
    date_unreadable: bool
    author: str | None
    language: str | None

    @property
    def full_text(self) -> str | None:
        """The entry's own article text, when it carries more than a summary."""
        # feedparser copies content into an absent summary, so equal lengths still mean full content;
        # a teaser repeated in content:encoded is too short to count.
        if len(self.content) >= max(len(self.summary), MIN_FULL_TEXT_CHARS):
            return self.content
        return None

    @property
    def best_text(self) -> str:
        """What the entry itself carries, full text or summary."""
        return max(self.content, self.summary, key=len)


@dataclass(frozen=True)
class ParsedFeed:
    #: feedparser's version code: rss20, rss10, atom10, ...
    version: str
    title: str
    language: str | None
    entries: list[FeedEntry]
    #: Why the XML was not well-formed, when feedparser had to recover.
    problem: str | None

    @property
    def kind(self) -> str:
        return "atom" if self.version.startswith("atom") else "rss" if self.version.startswith("rss") else "other"


def _text(value: Any) -> str:
    return clean_text(value) if isinstance(value, str) else ""


def _http_url(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    parts = urlsplit(value.strip())
    return value.strip() if parts.scheme in ("http", "https") and parts.hostname else None


def _date(entry: Any) -> tuple[datetime | None, bool]:
    # dict.get: feedparser's own get() maps a missing "updated" to "published" with a deprecation warning.
    for field in ("published", "updated", "created"):
        parsed: time.struct_time | None = dict.get(entry, f"{field}_parsed")
        if parsed is not None:
            # feedparser normalizes every date it reads to UTC.
            return datetime.fromtimestamp(calendar.timegm(parsed), UTC), False
    stated = any(dict.get(entry, field) for field in ("published", "updated", "created"))
    return None, stated


def _content(entry: Any) -> str:
    parts = [_text(c.get("value")) for c in entry.get("content") or [] if isinstance(c, dict)]
    return max(parts, key=len, default="")


def _link(entry: Any) -> str | None:
    link = _http_url(entry.get("link"))
    if link:
        return link
    for candidate in entry.get("links") or []:
        if isinstance(candidate, dict) and candidate.get("rel", "alternate") == "alternate":
            link = _http_url(candidate.get("href"))
            if link:
                return link
    # An RSS guid marked as a permalink is the article's address.
    return _http_url(entry.get("id")) if entry.get("guidislink") else None


def parse_feed(body: bytes, *, url: str, content_type: str = "") -> ParsedFeed:
    """Entries of an RSS or Atom document; raises NotAFeed for anything else."""
    # A stream, never bytes or str: feedparser fetches a string that looks like a URL by itself.
    parsed = feedparser.parse(
        io.BytesIO(body),
        response_headers={"content-location": url, "content-type": content_type or "application/xml"},
    )
    version = str(parsed.get("version") or "")
    problem = repr(parsed.get("bozo_exception")) if parsed.get("bozo") else None
    if not version and not parsed.entries:
        raise NotAFeed(f"not an RSS or Atom document{f' ({problem})' if problem else ''}")
    feed = parsed.get("feed") or {}
    entries = []
    for index, entry in enumerate(parsed.entries):
        published, unreadable = _date(entry)
        detail = entry.get("title_detail") or {}
        entries.append(
            FeedEntry(
                index=index,
                link=_link(entry),
                guid=str(entry["id"]) if entry.get("id") else None,
                title=_text(entry.get("title")),
                summary=_text(entry.get("summary")),
                content=_content(entry),
                published=published,
                date_unreadable=unreadable,
                author=_text(entry.get("author")) or None,
                language=detail.get("language") or None,
            )
        )
    return ParsedFeed(
        version=version,
        title=_text(feed.get("title")),
        language=feed.get("language") or None,
        entries=entries,
        problem=problem,
    )
