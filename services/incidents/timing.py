"""When a claimed attack happened, from the date phrases of its sentence (``shared.timex``).

Each day-level date phrase is sorted into a kind: a night ("on Saturday night", "overnight into
Sunday"), a bare night ("overnight", "last night"), a night named by its morning ("the early
hours of Sunday"), the day of a statement ("said on Sunday") or the day of an event. The
conventions that combine them are in the ``claims`` module docstring.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final, Literal

from services.incidents.vocabulary import rules
from shared.models import EnrichedArticle
from shared.timex import DateSpan

DateKind = Literal["night", "bare_night", "night_into", "report", "event"]
DAY: Final = timedelta(days=1)

_REPORT_BEFORE = re.compile(
    r"\b(?:said|says|reported|announced|stated|told\s+\w+|added|confirmed|claimed|wrote)\s+"
    r"(?:on\s+|late\s+on\s+|early\s+on\s+|on\s+the\s+morning\s+of\s+)?$",
    re.IGNORECASE,
)
_BARE_NIGHT = re.compile(r"^(?:overnight|last\s+night|through\s+the\s+night|during\s+the\s+night)$", re.IGNORECASE)


@dataclass(frozen=True)
class When:
    day: date | None
    night: bool = False
    #: Given by the sentence as the attack's own night or day, not only as the day of a statement.
    strong: bool = False
    #: The sentence dates the attack only roughly ("last week"): no day, and none guessed.
    vague: bool = False


def date_kind(text: str, span: DateSpan) -> DateKind:
    low = span.text.lower()
    if _BARE_NIGHT.match(span.text.strip()):
        return "bare_night"
    if "early hours" in low:
        return "night_into"  # "in the early hours of Sunday": the wave began on Saturday night
    if "night" in low:
        return "night"
    if _REPORT_BEFORE.search(text[: span.char_start]):
        return "report"
    return "event"


def resolve(spans: list[tuple[DateSpan, DateKind]]) -> When | None:
    """The attack's date from one claim's date phrases, or None when the sentence gives none."""

    def first(kind: DateKind) -> date | None:
        return next((span.start for span, k in spans if k == kind and span.start is not None), None)

    night, into, bare, event, report = (first(k) for k in ("night", "night_into", "bare_night", "event", "report"))
    if night is not None:
        return When(night, night=True, strong=True)
    if into is not None:
        return When(into - DAY, night=True, strong=True)
    if bare is not None:
        # "said on Sunday that ... overnight": the night before the statement, not before the article.
        return When(report - DAY if report is not None else bare, night=True, strong=True)
    if event is not None:
        return When(event, strong=True)
    if report is not None:
        return When(report)
    return None


def cumulative(text: str) -> bool:
    """A weekly, monthly or since-then total, not one night's attack."""
    r = rules()
    if r.cumulative_single_re.search(text):
        return False
    for m in r.cumulative_re.finditer(text):
        before = text[: m.start()]
        clause = re.split(r"[,;]", before)[-1]
        if r.cumulative_not_after_re.search(before) or r.superlative_re.search(clause):
            continue
        return True
    return False


def dateline_end(enriched: EnrichedArticle) -> int:
    """Where the dateline ("KYIV, Feb 8 (Reuters) -") ends: its date is the anchor, not an event."""
    dateline = enriched.article.dateline
    if dateline is None:
        return 0
    at = enriched.article.text.find(dateline.text)
    return at + len(dateline.text) if at >= 0 else 0
