"""Deduplication keys of feed entries: the article id and the title key."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime

from shared.models import article_id_for

_NOT_WORD = re.compile(r"\W+")


def entry_id(
    *, link: str | None, guid: str | None, title: str, text: str, source: str, published: datetime | None
) -> str:
    """The article id: from the canonical URL when there is one, like every other sitrep article.

    Without a link, the id must still be the same at every poll, so it never uses the ingestion time.
    """
    if link:
        return article_id_for(url=link, source=source, title=title, published_at=None)
    if title:
        return article_id_for(url=None, source=source, title=title, published_at=published)
    if guid:
        return article_id_for(url=None, source=source, title=f"guid {guid}", published_at=None)
    return article_id_for(url=None, source=source, title=f"text {text[:500]}", published_at=None)


def normalize_title(title: str) -> str:
    """Case, accents' composed forms, punctuation and spacing do not make a new story."""
    text = unicodedata.normalize("NFKC", title).casefold()
    return " ".join(_NOT_WORD.sub(" ", text).split())


def title_key(source: str, title: str) -> str | None:
    """The same story re-posted under a new URL keeps its title; None when there is no title to compare."""
    normalized = normalize_title(title)
    if not normalized:
        return None
    basis = f"{source.strip().casefold()}\x1f{normalized}"
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]
