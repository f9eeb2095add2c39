"""An article page's main text and metadata, with trafilatura.

Pure and synchronous (lxml work): ``follow`` runs it in a worker thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from trafilatura import bare_extraction
from trafilatura.settings import Document

from shared.sanitize import clean_text

log = logging.getLogger(__name__)

# Full timestamps when the page has them (article:published_time, JSON-LD); trafilatura's default is a day.
# No search through the visible text: a guessed date is worse than an honest "inferred".
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}


#: Less than about a sentence is what extraction falls back to on pages without an article (menus, links).
MIN_PAGE_TEXT_CHARS = 80


class NoMainText(ValueError):
    """The page has no article text that trafilatura can find."""


@dataclass(frozen=True)
class PageContent:
    text: str
    title: str | None
    published: datetime | None
    author: str | None
    site_name: str | None
    language: str | None


def _published(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    # A page that gives only a day (or no zone) is read as UTC: the day is what matters downstream.
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _drop_heading(text: str, title: str | None) -> str:
    """trafilatura keeps the headline as the first line; the dateline has to open the text."""
    first, sep, rest = text.partition("\n")
    if title and sep and " ".join(first.split()).casefold() == " ".join(title.split()).casefold():
        return rest.lstrip("\n")
    return text


def extract_page(html: bytes | str, *, url: str) -> PageContent:
    """Main text, title, date, author and site name of an article page; raises NoMainText."""
    document = bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        date_extraction_params=_DATE_PARAMS,
    )
    if not isinstance(document, Document) or not document.text or not document.text.strip():
        raise NoMainText("no main text found on the page")
    title = clean_text(document.title) if document.title else None
    text = clean_text(_drop_heading(document.text, title))
    if len(text) < MIN_PAGE_TEXT_CHARS:
        raise NoMainText(f"no main text found on the page (only {len(text)} characters of text)")
    return PageContent(
        text=text,
        title=title or None,
        published=_published(document.date),
        author=clean_text(document.author) if document.author else None,
        site_name=clean_text(document.sitename) if document.sitename else None,
        language=document.language or None,
    )
