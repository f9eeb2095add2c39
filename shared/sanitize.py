"""Making untrusted article text safe to process and store: no markup, no control characters.

Markup is removed, never interpreted: script and style bodies are dropped whole, other tags
become white space, entities are decoded once. The result is plain text.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime, timedelta

from shared.codec import DecodeError
from shared.models import Article

_DROP_BLOCKS = re.compile(
    r"<(script|style|noscript|iframe|object|template)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)
_COMMENTS = re.compile(r"<!--.*?-->", re.DOTALL)
_BREAKS = re.compile(r"<\s*(br|/p|/div|/h[1-6]|/li|/tr)\b[^>]*>", re.IGNORECASE)
_TAGS = re.compile(r"</?[A-Za-z][^<>]*>")
# C0 and C1 controls except tab and newline, plus the Unicode line/paragraph separators.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
_MARKUP_HINT = re.compile(r"<[A-Za-z/!]|&[#A-Za-z0-9]+;")


def clean_text(text: str) -> str:
    """Plain text from text that may carry HTML, entities or control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _MARKUP_HINT.search(text):
        text = _COMMENTS.sub(" ", text)
        text = _DROP_BLOCKS.sub(" ", text)
        text = _BREAKS.sub("\n", text)
        text = _TAGS.sub(" ", text)
        text = html.unescape(text)
    text = _CONTROLS.sub(" ", text)
    # Tags removed mid-line leave runs of spaces; paragraphs (blank lines) are kept.
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


#: Wire copy about this war is from 2014 on; anything before 1990 is a broken date, not history.
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
#: Clocks and time zones differ; more than this ahead of now is a broken date.
FUTURE_SLACK = timedelta(days=2)


def implausible_date(when: datetime, now: datetime | None = None) -> str | None:
    """Why a publication time cannot be right, or None when it can."""
    now = now or datetime.now(UTC)
    if when < EARLIEST:
        return f"published_at {when.isoformat()} is before {EARLIEST.date().isoformat()}"
    if when > now + FUTURE_SLACK:
        return f"published_at {when.isoformat()} is in the future"
    return None


def checked_article(article: Article, *, max_text_chars: int, now: datetime | None = None) -> Article:
    """The article with plain text, or a DecodeError saying why it cannot be processed."""
    problem = None if article.published_at_inferred else implausible_date(article.published_at, now)
    if problem:
        raise DecodeError("implausible_date", problem)
    text = clean_text(article.text)
    if not text:
        raise DecodeError("empty_text", "the text is empty once markup and control characters are removed")
    if len(text) > max_text_chars:
        raise DecodeError("text_too_large", f"text has {len(text)} characters; the limit is {max_text_chars}")
    return article if text == article.text else article.model_copy(update={"text": text})
