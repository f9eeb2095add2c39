"""Turn the date phrases of one news sentence into calendar dates.

``find_dates(sentence, anchor)`` returns every date expression in the sentence as a
:class:`DateSpan`. ``anchor`` is the article's own date (its dateline or publication date);
relative phrases ("on Thursday", "next week", "overnight") count from it. The module is pure:
no clock, no I/O beyond reading its word list once, no dependencies.

Conventions, each pinned by example-table tests in ``tests/unit/test_timex.py``:

* ``text`` is the phrase as written but without a leading preposition that only places the
  date: "on February 20" gives "February 20", "in March" gives "March", "over the weekend"
  gives "the weekend". Words that change the meaning stay in: "by the end of March", "from
  February 14 to 16", "between March 3 and 5", "in two days", "overnight on Saturday", and
  vague phrases keep their set wording ("in the coming weeks", "at a later date").
* A bare weekday follows the tense. Past: the latest such day on or before the anchor (wire
  copy says "said on Monday" for the dateline's own day, and "last Monday" for the week before;
  in an article of Monday 10 February 2025 a past "on Monday" is 10 February). Future: the
  anchor itself if it is that weekday (wire copy names the story's own day too: "is due to hold
  talks on Saturday" in a Saturday story is that Saturday), else the earliest such day after it;
  when the sentence says the event repeats ("will meet again on Monday") the anchor's own
  weekday is the one a week later. Present: the anchor itself if it is that weekday, else the
  nearer of the two. "last Thursday" is the Thursday of the week (Monday to Sunday) before the
  anchor's, or in a Sunday story the latest Thursday before the day before; "this Thursday" the
  Thursday of the anchor's ISO week (even if already past),
  and "next Thursday" the Thursday of the *following* ISO week: from Monday 10 February 2025,
  a future "on Thursday" is 13 February but "next Thursday" is 20 February.
* "this weekend" is the Saturday and Sunday of the anchor's ISO week. "next weekend" is that
  same weekend when the anchor is Monday to Thursday (a Monday article calls the coming
  weekend "next weekend") and the weekend after it from Friday on. "last weekend" is the
  latest weekend that ended before the anchor.
* A night is dated to the evening it began: "Sunday night" is Sunday, "overnight" alone and
  "last night" are the day before the anchor, "overnight into Sunday" is Saturday, "the night
  of February 9-10" is February 9.
* A day and month without a year take the year that fits the tense. Future: the first
  occurrence ending no earlier than a week before the anchor (late copy still means this
  year). Past: the latest occurrence starting on or before the anchor. Present: the nearest
  occurrence, ties going to the future. A month alone ("in March", "early March") does the
  same by whole months: the same month as the anchor is always the anchor's year. A named
  weekday outranks the tense: "Sunday, April 13" moves to the neighbouring year if only that
  one makes April 13 a Sunday.
* "early", "mid" and "late" split a month at the 10th and 20th ("late March" is 21-31) and a
  week into Monday-Wednesday, Tuesday-Thursday and Thursday-Sunday; "the end of" a week is
  Friday-Sunday, of a month the same as "late". "later this week/month" runs from the day
  after the anchor, "earlier this week/month" up to the anchor itself (a story of the 25th told
  "earlier this month" of the 1st-25th, as the gold calendars write it); "earlier/later in the
  week" (month, year) is the same as with "this". "the first/second half of" a month splits it
  at the 15th, a week after Wednesday, a year after June.
* Vague phrases ("in the coming weeks", "soon") come back with no dates and granularity
  "unknown", so a caller knows a time was given, only not as a date.
* A deadline ("by Friday", "before the end of the month", "within two weeks") has no start;
  with no tense word about it, its weekday or date is read as future.
* "and" joins two days into one range after "between" or when they are consecutive ("June 24
  and 25", "next Tuesday and Wednesday"); "on February 14 and 20" is two separate days, the
  second ("20") in the first one's month and year.
* A month or day without a year takes one given in words after it ("in June last year", "Dec. 25
  next year"). "last August" is the latest August before the anchor's month, "next March" the
  first after it, "this March" the anchor's year's. A month after "to", "until" or "till" ("moved to
  December") is read like "in December", with the tense of the words before it. Fixed-date
  holidays ("Christmas Day", "New Year's Eve") are yearless dates like "December 25".
* Seasons are northern-hemisphere meteorological ones in whole months (spring March-May, summer
  June-August, autumn or fall September-November, winter December-February, dated by the year it
  starts): "this summer" is the one under way, else the one that starts in the anchor's year;
  "next summer" the one after that; "last summer" the latest that ended before the anchor; "the
  coming winter" the next that starts after it; "in the spring" follows the tense like "in
  March"; "the spring of 2022" is that year's. A bare season word ("a spring offensive") and "the
  fall of" a place are no date. Granularity "month".
* "two days later", "a week earlier", "the following week" count from the last single day the
  sentence names before them ("met Lavrov on Tuesday and Zelensky two days later" is Thursday),
  else from the anchor. A count in weeks keeps granularity "week"; "the following/previous week"
  is the whole ISO week after or before. A one-day step with no day before it in the sentence
  ("the following day", "a day earlier", "the previous day") is not returned: the callers count
  it from the last event they dated (the calendar's ``following`` offset), which the anchor would
  override. "the day before" on its own stays the day before the anchor.
* "in the morning", "in the afternoon", "in the evening" are the day the sentence named before
  them ("on Thursday ..., in the evening"), else the anchor.
* "in two weeks" and "a week ago" are a single day with granularity "week" (and "month" for
  counted months and years: "a year ago"): how precise the count is, not a range. A fortnight is
  two weeks; "within the next two weeks" and "in the next 10 days" are deadlines like "within two
  weeks", and "within seven to 10 days" is by the later count. Hours count only as a deadline
  ("within 48 hours", "in the next 24 hours": by the day the hours run out, rounded up to whole
  days, granularity "day"); "the third attack in 24 hours" and a past "within 24 hours" are no date.
  "a few days ago", "several weeks ago" and "within hours" are vague. "by year-end" is "by the end of the year".
* "the week after next" is the ISO week two after the anchor's. "on the 20th" is that day of the
  anchor's month or a neighbouring one, chosen by the tense like a weekday.
* Parts of a year count in months: "early/mid/late next year" or "late 2026" split it at April and
  August; "later this year" runs from the day after the anchor. A bare "this year" is no date;
  a bare "next year" is the whole year.
* Spans never overlap; where two readings overlap the longer one wins.
* With ``tense=None`` each expression takes the tense of the nearest tense word in its own
  clause, so "said on Sunday he would meet Vance on Friday" reads Sunday as past and Friday
  as future. When its own clause has none, the main clause's verb decides over a nearer verb of
  a clause opened by "who", "since", "after" ... ("On Friday, leaders who met in Paris last week
  will gather in Rome": Friday is future) and over a date's own adverb ("last", "ago").
  Pass ``tense=tense_of(sentence)`` to force one tense on the whole sentence.

The words themselves (months, weekdays, parts of the day, numbers, vague phrases, tense words)
live in ``data/timex.json``; only the grammar and the date arithmetic are here.
"""

from __future__ import annotations

import calendar
import json
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from pathlib import Path
from typing import Final, Literal

from shared.phrases import phrase_alternation

Granularity = Literal["day", "week", "month", "unknown"]
Tense = Literal["past", "future", "present"]

__all__ = ["DateSpan", "Granularity", "Tense", "find_dates", "tense_of"]

_DATA_FILE: Final = Path(__file__).parent / "data" / "timex.json"

_DAY: Final = timedelta(days=1)

# Articles are often dated a day or more after they were written, so a "will meet on
# February 8" in an article of February 10 is far likelier late copy than next February.
_FUTURE_GRACE: Final = timedelta(days=7)

# The years tried when a date has none: wide enough that February 29 always finds a leap year.
_YEAR_REACH: Final = 4


@dataclass(frozen=True)
class DateSpan:
    """One date expression of a sentence and the dates it stands for, both ends inclusive."""

    start: date | None
    end: date | None
    granularity: Granularity
    text: str
    char_start: int
    char_end: int


# ---------------------------------------------------------------------------------------------
# Vocabulary


_MarkerKind = Literal["future", "past", "reporting", "ignore"]
_MARKER_KINDS: Final[tuple[_MarkerKind, ...]] = ("future", "past", "reporting", "ignore")


@dataclass(frozen=True)
class _Vocabulary:
    months: Mapping[str, int]
    months_needing_capital: frozenset[str]
    weekdays: Mapping[str, int]
    parts_of_day: tuple[str, ...]
    # First and last month of each season (winter's last month is in the next year).
    seasons: Mapping[str, tuple[int, int]]
    # Month and day of each fixed-date holiday.
    holidays: Mapping[str, tuple[int, int]]
    # Holidays that name a day only before a part of day ("Christmas morning").
    holidays_before_part: Mapping[str, tuple[int, int]]
    numbers: Mapping[str, int]
    vague_phrases: tuple[str, ...]
    repeat_words: tuple[str, ...]
    hedges: tuple[str, ...]
    not_after_overnight: tuple[str, ...]
    markers: Mapping[str, _MarkerKind]
    not_past_verbs: frozenset[str]
    subordinators: tuple[str, ...]
    not_main_verbs: frozenset[str]


def _table(raw: Mapping[str, object], key: str) -> Mapping[str, object]:
    value = raw.get(key)
    if not isinstance(value, dict):
        raise ValueError(f"{_DATA_FILE}: {key!r} must be an object")
    return {str(k): v for k, v in value.items()}


def _numbers(raw: Mapping[str, object], key: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for word, value in _table(raw, key).items():
        if not isinstance(value, int):
            raise ValueError(f"{_DATA_FILE}: {key}.{word} must be an integer")
        out[_normal(word)] = value
    return out


def _month_pairs(raw: Mapping[str, object], key: str, *, top: int = 12) -> dict[str, tuple[int, int]]:
    """Pairs of small numbers: a season's first and last month (``top`` 12), a holiday's month and day."""
    out: dict[str, tuple[int, int]] = {}
    for word, value in _table(raw, key).items():
        if not (
            isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) and 1 <= v <= top for v in value)
        ):
            raise ValueError(f"{_DATA_FILE}: {key}.{word} must be a pair of numbers from 1 to {top}")
        out[_normal(word)] = (value[0], value[1])
    return out


def _words(raw: Mapping[str, object], key: str) -> tuple[str, ...]:
    value = raw.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{_DATA_FILE}: {key!r} must be a list of strings")
    return tuple(_normal(str(v)) for v in value)


@cache
def _vocabulary() -> _Vocabulary:
    raw: object = json.loads(_DATA_FILE.read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise ValueError(f"{_DATA_FILE}: the top level must be an object")
    top: Mapping[str, object] = {str(k): v for k, v in raw.items()}
    tense_words = _table(top, "tense_markers")
    markers: dict[str, _MarkerKind] = {}
    for kind in _MARKER_KINDS:
        for phrase in _words(tense_words, kind):
            markers[phrase] = kind
    return _Vocabulary(
        months=_numbers(top, "months"),
        months_needing_capital=frozenset(_words(top, "months_needing_capital")),
        weekdays=_numbers(top, "weekdays"),
        parts_of_day=_words(top, "parts_of_day"),
        seasons=_month_pairs(top, "seasons"),
        holidays=_month_pairs(top, "holidays", top=31),
        holidays_before_part=_month_pairs(top, "holidays_before_part_of_day", top=31),
        numbers=_numbers(top, "numbers"),
        vague_phrases=_words(top, "vague_phrases"),
        repeat_words=_words(top, "repeat_words"),
        hedges=_words(top, "hedges"),
        not_after_overnight=_words(top, "not_after_overnight"),
        markers=markers,
        not_past_verbs=frozenset(_words(top, "not_past_verbs")),
        subordinators=_words(top, "subordinators"),
        not_main_verbs=frozenset(_words(top, "not_main_verbs")),
    )


def _normal(phrase: str) -> str:
    """Lower case with single spaces: the form vocabulary keys and matched text are compared in."""
    return " ".join(phrase.lower().split())


# ---------------------------------------------------------------------------------------------
# Calendar arithmetic


class _NoDate(Exception):
    """A match that looked like a date but is not one (February 30, "the day before the summit")."""


def _date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise _NoDate from None


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date:
    years, month0 = divmod(day.month - 1 + months, 12)
    year, month = day.year + years, month0 + 1
    # The 31st of a month moved into a shorter month lands on that month's last day.
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _weekday_before(anchor: date, weekday: int) -> date:
    """The latest date strictly before ``anchor`` falling on ``weekday`` (0 is Monday)."""
    return anchor - timedelta(days=(anchor.weekday() - weekday - 1) % 7 + 1)


def _weekday_after(anchor: date, weekday: int) -> date:
    """The earliest date strictly after ``anchor`` falling on ``weekday`` (0 is Monday)."""
    return anchor + timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1)


def _distance(span: tuple[date, date], anchor: date) -> int:
    start, end = span
    if start <= anchor <= end:
        return 0
    return (start - anchor).days if anchor < start else (anchor - end).days


def _pick_year(build: Callable[[int], tuple[date, date]], anchor: date, tense: Tense) -> tuple[date, date]:
    """The occurrence of a yearless day or range that fits the tense (see the module docstring)."""
    options: list[tuple[date, date]] = []
    for year in range(anchor.year - _YEAR_REACH, anchor.year + _YEAR_REACH + 1):
        try:
            options.append(build(year))
        except _NoDate:
            continue
    if not options:
        raise _NoDate
    if tense == "future":
        for option in options:
            if option[1] >= anchor - _FUTURE_GRACE:
                return option
    elif tense == "past":
        for option in reversed(options):
            if option[0] <= anchor:
                return option
    return min(options, key=lambda o: (_distance(o, anchor), o[0] < anchor))


def _month_year(month: int, anchor: date, tense: Tense) -> int:
    """The year of a month named without one, judged by whole months (see the module docstring)."""
    if month == anchor.month:
        return anchor.year
    ahead = month > anchor.month
    if tense == "future":
        return anchor.year if ahead else anchor.year + 1
    if tense == "past":
        return anchor.year if not ahead else anchor.year - 1
    months_ahead = (month - anchor.month) % 12
    if months_ahead <= 6:
        return anchor.year if ahead else anchor.year + 1
    return anchor.year if not ahead else anchor.year - 1


# ---------------------------------------------------------------------------------------------
# Regular expressions


def _alternation(words: Iterable[str]) -> str:
    return phrase_alternation(words, head=r"\b", tail=r"\b")


_Q_PART: Final = r"early|mid|late|(?:the\s+)?(?:beginning|start|middle|end|(?:first|second)\s+half)\s+of"
_Q_REL: Final = rf"later|earlier|{_Q_PART}"
_QUALIFIER_GAP: Final = r"(?:\s*-\s*|\s+)"
_DASH: Final = r"\s*[-\u2010\u2011\u2012\u2013\u2014]\s*"
_CONNECTOR: Final = rf"(?P<conn>{_DASH}|\s+(?:to|through|thru|until|till|and)\s+)"
_FROM_OR_BETWEEN: Final = r"(?:\b(?P<pre>from|between)\s+)?"


class _Fragments:
    """Pattern pieces built from the vocabulary, each with its own group name."""

    def __init__(self, vocab: _Vocabulary) -> None:
        # An abbreviation is a name that starts a longer name of the same month ("sept" of
        # "september"); only those take a full stop, so "in March." keeps its stop out of the text.
        short = [
            w
            for w, n in vocab.months.items()
            if any(o != w and o.startswith(w) and vocab.months[o] == n for o in vocab.months)
        ]
        full = [w for w in vocab.months if w not in short]
        self.months = rf"{_alternation(full)}|(?:{_alternation(short)})\.?"
        self.weekdays = _alternation(vocab.weekdays)
        self.parts_of_day = _alternation(vocab.parts_of_day)
        self.seasons = _alternation(vocab.seasons)
        self.holidays = _alternation(vocab.holidays)
        self.holidays_before_part = _alternation(vocab.holidays_before_part)
        self.numbers = rf"(?:{_alternation(vocab.numbers)}|\d{{1,2}}\b)"
        self.vague = _alternation(vocab.vague_phrases)
        self.hedges = _alternation(vocab.hedges)

    def month(self, group: str) -> str:
        return rf"(?P<{group}>{self.months})"

    def weekday(self, group: str) -> str:
        return rf"(?P<{group}>{self.weekdays})"

    @staticmethod
    def day(group: str) -> str:
        return rf"\b(?P<{group}>[0-3]?\d)(?:st|nd|rd|th)?\b"

    @staticmethod
    def year(group: str) -> str:
        return rf"\b(?P<{group}>(?:19|20)\d\d)\b"


_Dates = tuple[date | None, date | None, Granularity]
# "shift": counted from another date ("two days later", "the following week"), see _rebase.
_RuleKind = Literal["date", "weekday", "day", "part", "shift", "other"]


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    resolve: Callable[[re.Match[str], date, Tense], _Dates]
    # What the expansions in _expand may do with a match: only absolute dates take "the week
    # of", only dates and weekdays take "the night of".
    kind: _RuleKind
    # The group that is the phrase itself, when the pattern needs a preposition to match at
    # all ("in March": a bare "March" is too often a verb or a name).
    text_group: str | None = None
    # A word the pattern cannot match without (a key of _Grammar.needs): most sentences that
    # pass the gate have a number and no month or weekday, and a rule they cannot match is skipped.
    needs: str | None = None


@dataclass(frozen=True)
class _Grammar:
    rules: tuple[_Rule, ...]
    needs: Mapping[str, re.Pattern[str]]
    # Every rule needs at least one of these words or a digit; a sentence without any has no
    # date, and most sentences of a news report have none, so it is checked before the rules.
    gate: re.Pattern[str]
    markers: re.Pattern[str]
    past_participle: re.Pattern[str]
    subordinator: re.Pattern[str]
    suffix_part_of_day: re.Pattern[str]
    prefix_weekday: re.Pattern[str]
    prefix_early_late: re.Pattern[str]
    prefix_night_of: re.Pattern[str]
    prefix_overnight: re.Pattern[str]
    prefix_week_of: re.Pattern[str]
    prefix_by: re.Pattern[str]
    suffix_year: re.Pattern[str]
    and_day: re.Pattern[str]
    repeat: re.Pattern[str]
    travel_after: re.Pattern[str]


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@cache
def _grammar() -> _Grammar:
    vocab = _vocabulary()
    f = _Fragments(vocab)
    year_opt = rf"(?:,?\s+{f.year('y')})?"
    rules = (
        # Ranges first: on equal length the earlier rule wins, and a range is the fuller reading.
        _Rule(
            _compile(
                rf"{_FROM_OR_BETWEEN}\b{f.month('m1')}\s+{f.day('d1')}(?:,?\s+{f.year('y1')})?"
                rf"{_CONNECTOR}(?:\b{f.month('m2')}\s+)?{f.day('d2')}(?:,?\s+{f.year('y2')})?"
            ),
            _month_day_range,
            "date",
            needs="month",
        ),
        _Rule(
            _compile(
                rf"{_FROM_OR_BETWEEN}(?:\bthe\s+)?{f.day('d1')}"
                rf"(?:\s+(?:of\s+)?\b{f.month('m1')}(?:,?\s+{f.year('y1')})?)?"
                rf"{_CONNECTOR}(?:the\s+)?{f.day('d2')}\s+(?:of\s+)?\b{f.month('m2')}"
                rf"(?:,?\s+{f.year('y2')})?"
            ),
            _day_month_range,
            "date",
            needs="month",
        ),
        _Rule(
            _compile(
                rf"{_FROM_OR_BETWEEN}(?:\b(?P<rel>this\s+coming|this\s+past|this|next|last)\s+)?"
                rf"\b{f.weekday('wd1')}{_CONNECTOR}\b{f.weekday('wd2')}\b"
                r"(?:\s+(?:of\s+)?(?P<wk>last|this|next)\s+week\b)?"
            ),
            _weekday_range,
            "weekday",
            needs="weekday",
        ),
        _Rule(
            _compile(
                rf"\b(?:by|before)\s+(?:the\s+)?(?:end\s+of\s+(?:(?P<rel>the|this|next)\s+(?P<unit>week|month|year)\b"
                rf"|\b{f.month('m')}{year_opt}|{f.year('y2')})"
                r"|(?P<unit2>year|month)(?:-end\b|(?:'s|\u2019s)\s+end\b))"
            ),
            _by_end_of,
            "other",
            needs="end",
        ),
        _Rule(
            _compile(rf"\b{f.year('y')}-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b"),
            _iso_date,
            "date",
            needs="digit",
        ),
        _Rule(_compile(rf"\b{f.month('m')}\s+{f.day('d')}{year_opt}"), _month_day, "date", needs="month"),
        _Rule(
            _compile(rf"(?:\bthe\s+)?{f.day('d')}\s+(?:of\s+)?\b{f.month('m')}{year_opt}"),
            _day_month,
            "date",
            needs="month",
        ),
        _Rule(_compile(rf"\b{f.month('m')}(?:\s+of)?,?\s+{f.year('y')}"), _month_and_year, "other", needs="month"),
        _Rule(
            # The part of day itself is left to _expand, which grows any day by it.
            _compile(
                rf"(?P<h>{f.holidays})(?:,?\s+{f.year('y')})?"
                rf"|\b(?P<hp>{f.holidays_before_part})(?=\s+(?:{f.parts_of_day})\b)"
            ),
            _holiday,
            "date",
            needs="rare",
        ),
        _Rule(
            _compile(rf"\b(?P<q>{_Q_PART}){_QUALIFIER_GAP}\b{f.month('m')}(?:,?\s+{f.year('y')}|(?!\s*\d))"),
            _part_of_named_month,
            "other",
            needs="month",
        ),
        _Rule(
            # "moved to December", "put off until January": a postponement's new month.
            _compile(
                rf"(?:\b(?:in|during|to|until|till)\s+(?P<t>\b{f.month('m')})"
                rf"|\b(?P<t2>(?P<rel>last|this|next)\s+{f.month('m2')}))(?!\.?\s*\d)"
            ),
            _in_month,
            "other",
            text_group="t",
            needs="month",
        ),
        _Rule(
            # "this autumn", "next spring", "in the winter", "the spring of 2022": never a bare season
            # word ("a spring offensive", "prices fall"), nor "the fall of Bakhmut".
            _compile(
                r"(?:\b(?P<pre>in|during|over)\s+(?=the\b))?"
                r"(?P<t>\b(?:(?P<rel>this|next|last|the\s+coming|the)\s+)?"
                rf"(?P<s>{f.seasons})(?:(?:\s+of)?\s+{f.year('y')}(?:[-\u2013/](?:19|20)?\d\d)?\b|(?!\s+of\b)(?![\w-])))"
            ),
            _season,
            "other",
            text_group="t",
            needs="rare",
        ),
        _Rule(
            _compile(
                rf"(?:\b(?P<q>{_Q_REL}){_QUALIFIER_GAP}\b(?:(?P<rel>this|next|last|in\s+the|the)\s+year\b|{f.year('y')})"
                r"|\b(?P<rel2>next)\s+year\b)"
            ),
            _part_of_year,
            "other",
            needs="year",
        ),
        _Rule(_compile(r"\bthe\s+week\s+after\s+next\b"), _week_after_next, "other", needs="week"),
        _Rule(
            _compile(r"\bon\s+(?P<t>the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th))\b(?!\s*(?:of\b|[-\u2013]|[a-z]))"),
            _day_of_month,
            "date",
            text_group="t",
            needs="digit",
        ),
        _Rule(
            _compile(rf"(?:\b(?P<q>{_Q_REL}){_QUALIFIER_GAP})?\b(?P<rel>this|next|last|in\s+the|the)\s+month\b"),
            _relative_month,
            "other",
            needs="month_word",
        ),
        _Rule(
            _compile(
                rf"(?:\b(?P<q>{_Q_REL}){_QUALIFIER_GAP})?"
                r"\b(?P<rel>this|next|last|in\s+the|the\s+coming|the\s+next|the\s+past|the\s+last|the)"
                r"\s+week\b(?!\s+of\b)"
            ),
            _relative_week,
            "other",
            needs="week",
        ),
        _Rule(
            _compile(
                r"\b(?P<rel>this\s+past|this\s+coming|the\s+past|the\s+coming|this|next|last|the)"
                r"\s+weekend\b"
            ),
            _weekend,
            "other",
            needs="week",
        ),
        _Rule(
            _compile(rf"\b{f.weekday('wd')}\s+(?:of\s+)?(?P<rel>last|this|next)\s+week\b"),
            _weekday_of_week,
            "weekday",
            needs="weekday",
        ),
        _Rule(
            _compile(rf"(?:\b(?P<rel>this\s+past|this\s+coming|this|next|last)\s+)?\b{f.weekday('wd')}\b"),
            _weekday,
            "weekday",
            needs="weekday",
        ),
        _Rule(_compile(rf"(?:{_alternation(_RELATIVE_DAYS)})"), _relative_day, "day", needs="relative_day"),
        _Rule(
            _compile(rf"\b(?:in|during)\s+(?P<t>the\s+(?P<part>{f.parts_of_day}))\b"),
            _part_of_today,
            "part",
            text_group="t",
            needs="part_of_day",
        ),
        _Rule(_compile(r"\bovernight\b"), _overnight, "other", needs="overnight"),
        _Rule(
            _compile(
                rf"(?<![\w-])(?:(?P<n>{f.numbers})\s+(?P<unit>days?|weeks?)\s+(?P<dir>earlier|later)"
                r"|the\s+(?P<rel>following|next|previous|preceding)\s+day"
                r"|the\s+(?P<wrel>following|previous|preceding)\s+week)\b"
            ),
            _shifted,
            "shift",
            needs="rare",
        ),
        _Rule(
            _compile(
                rf"\b(?P<pre>in|within)\s+(?:the\s+(?P<next>next|coming)\s+)?(?:(?:{f.hedges})\s+)?"
                rf"(?P<n0>{f.numbers}\s*(?:to|or|[-\u2013])\s*)?(?P<n>{f.numbers})\s+"
                r"(?P<unit>days?|weeks?|fortnights?|months?|hours?)\b"
                r"(?:(?:'s|\u2019s|'|\u2019)?\s+time\b)?"
                r"(?!\s+(?:of|after|before|later|earlier|ago)\b)"
            ),
            _in_count,
            "other",
            needs="unit",
        ),
        _Rule(
            _compile(
                rf"(?<![\w-])(?P<n>{f.numbers}|\d{{3}}\b)\s+(?P<unit>days?|weeks?|fortnights?|months?|years?)\b"
                r"\s+(?P<dir>ago|from\s+now)\b"
            ),
            _count_ago,
            "other",
            needs="rare",
        ),
        _Rule(_compile(rf"(?<![\w-])(?:{f.vague})(?![\w-])"), _vague, "other", needs="vague"),
    )
    return _Grammar(
        rules=rules,
        needs={
            "month": _compile(f.months),
            "weekday": _compile(f.weekdays),
            "digit": re.compile(r"\d"),
            "end": _compile(r"\bend\b"),
            "year": _compile(r"year|\d"),
            "week": _compile("week"),
            "month_word": _compile("month"),
            "relative_day": _compile(_alternation(_RELATIVE_DAYS)),
            "part_of_day": _compile(f.parts_of_day),
            "overnight": _compile("overnight"),
            "unit": _compile("day|week|fortnight|month|hour"),
            # Words of rules few sentences need (seasons, holidays, "ago", "two days later"): one
            # search for all of them, as each alone would cost nearly as much as the rule itself.
            "rare": _compile(
                rf"{f.seasons}|{f.holidays}|{f.holidays_before_part}|\b(?:ago|from\s+now|earlier|later|following|previous|preceding)\b"
            ),
            "vague": _compile(f.vague),
        },
        gate=_compile(
            rf"\d|\b(?:{f.months}|{f.weekdays}|{f.parts_of_day}|{f.vague}|{_alternation(_RELATIVE_DAYS)}"
            # Of the holidays only "Christmas Eve" has none of the other words.
            rf"|{f.seasons}|christmas|week|month|year|days?|fortnight|overnight|hours)"
        ),
        # "will be held", "to be signed": a passive infinitive is still to happen. It is one
        # alternative of the same pattern so that it claims its participle ("held") before the
        # word list can read that as a past verb.
        markers=_compile(rf"(?P<passive>\bbe\s+[a-z]+\b)|(?:{_alternation(vocab.markers)})"),
        # Case-sensitive on purpose: capitalised "-ed" words are names ("United", "Ted").
        past_participle=re.compile(r"(?<![\w-])[a-z][a-z-]{2,}ed\b"),
        subordinator=_compile(_alternation(vocab.subordinators)),
        suffix_part_of_day=_compile(
            rf"\s+(?:{f.parts_of_day})(?:\s+(?:into|to)\s+\b{f.weekday('wd')}\b)?"
            rf"|\s+into\s+\b{f.weekday('wd2')}\b"
        ),
        prefix_weekday=_compile(rf"\b{f.weekday('wd')},?\s+$"),
        prefix_early_late=_compile(r"\b(?:early|late)\s+(?:on\s+)?$"),
        prefix_night_of=_compile(rf"\b(?:the\s+)?(?:{f.parts_of_day}|early\s+hours)\s+of\s+$"),
        prefix_overnight=_compile(r"\bovernight\s+(?:(?P<into>into|to)\s+|on\s+)?$"),
        prefix_week_of=_compile(r"\bthe\s+week(?P<end>end)?\s+of\s+$"),
        prefix_by=_compile(r"\b(?:by|before)\s+$"),
        # "in November last year", "on Dec. 25 last year" (not "last year's", which names something else).
        # "February 14 and 20": the second day borrows the first one's month. Not before a unit or a
        # month ("14 and 20 drones", "14 and 20 March" is a range rule's) nor a hyphen or a decimal.
        and_day=_compile(rf",?\s+and\s+(?:on\s+)?(?P<t>{f.day('d')})(?![-\u2013.,]\d)(?!\s*(?:%|[a-z]|\d|{f.months}))"),
        suffix_year=_compile(r",?\s+(?P<rel>last|this|next)\s+year\b(?!\s*(?:'s|\u2019s))"),
        repeat=_compile(_alternation(vocab.repeat_words)),
        travel_after=_compile(rf"\s+(?:{_alternation(vocab.not_after_overnight)})"),
    )


# ---------------------------------------------------------------------------------------------
# Resolvers: one per rule, from a match to dates. They raise _NoDate when the match is not a date.


def _group(m: re.Match[str], name: str) -> str | None:
    value = m.groupdict().get(name)
    return value if isinstance(value, str) else None


def _month_of(m: re.Match[str], name: str) -> int | None:
    word = _group(m, name)
    if word is None:
        return None
    vocab = _vocabulary()
    key = word.lower().rstrip(".")
    # Lower-case "may" and "march" are a verb far more often than a month.
    if key in vocab.months_needing_capital and word.islower():
        raise _NoDate
    return vocab.months[key]


def _int_of(m: re.Match[str], name: str) -> int | None:
    value = _group(m, name)
    return int(value) if value is not None else None


def _required(value: int | None) -> int:
    if value is None:
        raise _NoDate
    return value


def _required_date(value: date | None) -> date:
    if value is None:
        raise _NoDate
    return value


def _check_connector(m: re.Match[str], start: date, end: date) -> None:
    # "and" joins two dates into one range after "between", or when the second is the day after
    # the first ("June 24 and 25", "Tuesday and Wednesday"): "on February 14 and 20" is two days.
    joined_by_and = _normal(_group(m, "conn") or "") == "and"
    if joined_by_and and _normal(_group(m, "pre") or "") != "between" and end - start != _DAY:
        raise _NoDate


def _single_day(month: int, day: int, year: int | None, anchor: date, tense: Tense) -> _Dates:
    if year is not None:
        found = _date(year, month, day)
        return found, found, "day"

    def build(y: int) -> tuple[date, date]:
        d = _date(y, month, day)
        return d, d

    start, end = _pick_year(build, anchor, tense)
    return start, end, "day"


def _day_range(
    first: tuple[int, int, int | None],
    last: tuple[int, int, int | None],
    anchor: date,
    tense: Tense,
) -> _Dates:
    (m1, d1, y1), (m2, d2, y2) = first, last
    # "December 30-January 2" runs into the next year.
    wraps = int((m2, d2) < (m1, d1))
    if y1 is None and y2 is not None:
        y1 = y2 - wraps
    if y2 is None and y1 is not None:
        y2 = y1 + wraps
    if y1 is not None and y2 is not None:
        start, end = _date(y1, m1, d1), _date(y2, m2, d2)
    else:

        def build(y: int) -> tuple[date, date]:
            return _date(y, m1, d1), _date(y + wraps, m2, d2)

        start, end = _pick_year(build, anchor, tense)
    if end <= start:
        raise _NoDate
    return start, end, "day"


def _range(m: re.Match[str], anchor: date, tense: Tense, *, month_first: bool) -> _Dates:
    """ "February 14-16" names its month first, "14-16 February" last; the other side borrows it."""
    if month_first:
        m1 = _required(_month_of(m, "m1"))
        m2 = _month_of(m, "m2") or m1
    else:
        m2 = _required(_month_of(m, "m2"))
        m1 = _month_of(m, "m1") or m2
    first = (m1, _required(_int_of(m, "d1")), _int_of(m, "y1"))
    start, end, granularity = _day_range(first, (m2, _required(_int_of(m, "d2")), _int_of(m, "y2")), anchor, tense)
    _check_connector(m, _required_date(start), _required_date(end))
    return start, end, granularity


def _month_day_range(m: re.Match[str], anchor: date, tense: Tense) -> _Dates:
    return _range(m, anchor, tense, month_first=True)


def _day_month_range(m: re.Match[str], anchor: date, tense: Tense) -> _Dates:
    return _range(m, anchor, tense, month_first=False)


def _iso_date(m: re.Match[str], anchor: date, tense: Tense) -> _Dates:
    found = _date(_required(_int_of(m, "y")), _required(_int_of(m, "mo")), _required(_int_of(m, "d")))
    return found, found, "day"


def _month_day(m: re.Match[str], anchor: date, tense: Tense) -> _Dates:
    month = _required(_month_of(m, "m"))
    return _single_day(month, _required(_int_of(m, "d")), _int_of(m, "y"), anchor, tense)


_day_month = _month_day


def _holiday(m: re.Match[str], anchor: date, tense: Tense) -> _Dates:
    vocab = _vocabulary()
    name = _group(m, "hp")
    month, day = vocab.holidays_before_part[_normal(name)] if name else vocab.holidays[_normal(_group(m, "h") or "")]
    return _single_day(month, day, _int_of(m, "y"), anchor, tense)


def _month_and_year(m: re.Match[str], anchor: date, tense: Tense) -> _Dates:
    month, year = _required(_month_of(m, "m")), _required(_int_of(m, "y"))
    return date(year, month, 1), _last_day(year, month), "month"


def _in_month(m: re.Match[str], anchor: date, tense: Tense) -> _Dates:
    month = _required(_month_of(m, "m") or _month_of(m, "m2"))
    rel = _normal(_group(m, "rel") or "")
    if rel == "last":
        # "last August": the latest August before the anchor's month, as "last Thursday" is.
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif rel == "next":
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif rel == "this":
        year = anchor.year
    else:
        year = _month_year(month, anchor, tense)
    return date(year, month, 1), _last_day(year, month), "month"


_QUALIFIERS: Final[Mapping[str, str]] = {
    "early": "early",
    "the beginning of": "early",
    "beginning of": "early",
    "the start of": "early",
    "start of": "early",
    "mid": "mid",
    "the middle of": "mid",
    "middle of": "mid",
    "late": "late",
    "the end of": "end",
    "end of": "end",
    "later": "later",
    "earlier": "earlier",
    "the first half of": "first half",
    "first half of": "first half",
    "the second half of": "second half",
    "second half of": "second half",
}

# Thirds of a month by day of the month, newsroom usage: early 1-10, mid 11-20, late 21-end.
_MONTH_THIRDS: Final[Mapping[str, tuple[int, int]]] = {
    "early": (1, 10),
    "mid": (11, 20),
    "late": (21, 31),
    "end": (21, 31),
    # Halves split at the 15th, as desks write "the second half of March" for the 16th on.
    "first half": (1, 15),
    "second half": (16, 31),
}

# Parts of an ISO week by weekday (0 is Monday).
_WEEK_PARTS: Final[Mapping[str, tuple[int, int]]] = {
    "early": (0, 2),
    "mid": (1, 3),
    "late": (3, 6),
    "end": (4, 6),
    "first half": (0, 2),
    "second half": (3, 6),
}


def _qualifier(m: re.Match[str]) -> str | None:
    raw = _group(m, "q")
    return _QUALIFIERS[_normal(raw)] if raw is not None else None


def _month_part(year: int, month: int, qualifier: str | None) -> tuple[date, date]:
    last = _last_day(year, month)
    if qualifier is None:
        return date(year, month, 1), last
    first_day, last_day = _MONTH_THIRDS[qualifier]
    return date(year, month, first_day), date(year, month, min(last_day, last.day))


def _part_of_named_month(m: re.Match[str], anchor: date, tense: Tense) -> _Dates:
    month = _required(_month_of(m, "m"))
    year = _int_of(m, "y") or _month_year(month, anchor, tense)
    start, end = _month_part(year, month, _qualifier(m))
    return start, end, "month"


def _relative_month(m: re.Match[str], anchor: date, tense: Tense) -> _Dates:
    rel, qualifier = _normal(_group(m, "rel") or ""), _qualifier(m)
    if rel in ("the", "in the") and qualifier is None:
        raise _NoDate  # "the month" alone names no month
    # "later in the month" is the story's month, as "later this month" is.
    first = _add_months(anchor.replace(day=1), {"this": 0, "the": 0, "in the": 0, "next": 1, "last": -1}[rel])
    last = _last_day(first.year, first.month)
    if qualifier == "later":
        if first.month == anchor.month:
            return min(anchor + _DAY, last), last, "month"
        qualifier = "late"
    if qualifier == "earlier":
        if first.month == anchor.month:
            return first, anchor, "month"
        qualifier = "early"
    start, end = _month_part(first.year, first.month, qualifier)
    return start, end, "month"


def _relative_week(m: re.Match[str], anchor: date, tense: Tense) -> _Dates:
    rel, qualifier = _normal(_group(m, "rel") or ""), _qualifier(m)
    if rel in ("the coming", "the next", "the past", "the last"):
        if qualifier is not None:
            raise _NoDate
        # "over the past week" is a rolling seven days, not a calendar week.
        if rel in ("the coming", "the next"):
            return anchor + _DAY, anchor + 7 * _DAY, "week"
        return anchor - 7 * _DAY, anchor - _DAY, "week"
    if rel in ("the", "in the") and qualifier is None:
        raise _NoDate  # "the week" alone names no week
    # "earlier in the week" is the story's week, as "earlier this week" is.
    monday = _monday(anchor) + timedelta(days={"this": 0, "the": 0, "in the": 0, "next": 7, "last": -7}[rel])
    sunday = monday + 6 * _DAY
    if qualifier == "later":
        if monday == _monday(anchor):
            return min(anchor + _DAY, sunday), sunday, "week"
        qualifier = "late"
    if qualifier == "earlier":
        if monday == _monday(anchor):
            return monday, anchor, "week"
        qualifier = "early"
    if qualifier is None:
        return monday, sunday, "week"
    first, last = _WEEK_PARTS[qualifier]
    return monday + timedelta(days=first), monday + timedelta(days=last), "week"


def _week_after_next(m: re.Match[str], anchor: date, tense: Tense) -> _Dates:
    monday = _monday(anchor) + 14 * _DAY
    return monday, monday + 6 * _DAY, "week"


# Thirds of a year by month, as for a month: early January-April, mid May-August, late September-December.
_YEAR_THIRDS: Final[Mapping[str, tuple[int, int]]] = {
    "early": (1, 4),
    "mid": (5, 8),
    "late": (9, 12),
    "end": (9, 12),
    "first half": (1, 6),
    "second half": (7, 12),
}


def _part_of_year(m: re.Match[str], anchor: date, tense: Tense) -> _Dates:
    """ "later this year", "early next year", "late 2026": a part of a year, as months."""
    qualifier = _qualifier(m)
    named = _int_of(m, "y")
    rel = _normal(_group(m, "rel") or _group(m, "rel2") or "")
    if named is None and rel in ("the", "in the"):
        rel = "this"  # "later in the year" is the story's year
    year = named if named is not None else anchor.year + {"this": 0, "next": 1, "last": -1}[rel]
    first, last = date(year, 1, 1), date(year, 12, 31)
    if qualifier == "later":
        if year != anchor.year:
            raise _NoDate
        return min(anchor + _DAY, last), last, "month"
    if qualifier == "earlier":
        if year != anchor.year:
            raise _NoDate
        return first, anchor, "month"
    if qualifier is None:
        if rel == "next" and named is None:
            return first, last, "month"  # "will meet again next year": the whole year, as gold writes it
        raise _NoDate
    first_month, last_month = _YEAR_THIRDS[qualifier]
    return date(year, first_month, 1), _last_day(year, last_month), "month"


def _season_span(first_month: int, last_month: int, year: int) -> tuple[date, date]:
    """The season that starts in ``year`` (a winter runs on into the next one)."""
    end_year = year + (last_month < first_month)
    return date(year, first_month, 1), _last_day(end_year, last_month)


def _season(m: re.Match[str], anchor: date, tense: Tense) -> _Dates:
    """ "this autumn", "next spring", "in the winter", "the spring of 2022": whole months of a season."""
    first_month, last_month = _vocabulary().seasons[_normal(_group(m, "s") or "")]
    named = _int_of(m, "y") or _int_of(m, "y2")
    if named is not None:
        start, end = _season_span(first_month, last_month, named)
        return start, end, "month"
    rel = _normal(_group(m, "rel") or "")
    if not rel or (rel == "the" and _group(m, "pre") is None):
        raise _NoDate  # "a spring offensive", "since the winter": no season named as a time
    options = [_season_span(first_month, last_month, y) for y in range(anchor.year - 2, anchor.year + 2)]
    current = next((o for o in options if o[0] <= anchor <= o[1]), None)
    before = max(o for o in options if o[1] < anchor)
    after = min(o for o in options if o[0] > anchor)
    # "this summer" is the one under way, else the one that starts in the anchor's year.
    this = current or next(o for o in options if o[0].year == anchor.year)
    if rel == "this":
        found = this
    elif rel == "next":
        found = _season_span(first_month, last_month, this[0].year + 1)
    elif rel == "last":
        found = before
    elif rel == "the coming":
        found = after
    elif current is not None:
        found = current
    elif tense == "past":
        found = before
    elif tense == "future":
        found = after
    else:
        found = min((before, after), key=lambda o: (_distance(o, anchor), o[0] < anchor))
    return found[0], found[1], "month"


def _day_of_month(m: re.Match[str], anchor: date, tense: Tense) -> _Dates:
    """ "on the 20th": that day of the anchor's month or a neighbouring one, by the tense."""
    day = _required(_int_of(m, "d"))
    options: list[date] = []
    for shift in (-1, 0, 1):
        first = _add_months(anchor.replace(day=1), shift)
        try:
            options.append(date(first.year, first.month, day))
        except ValueError:
            continue
    if not options:
        raise _NoDate
    if tense == "future":
        found = next((d for d in options if d >= anchor), options[-1])
    elif tense == "past":
        found = next((d for d in reversed(options) if d <= anchor), options[0])
    else:
        found = min(options, key=lambda d: (abs((d - anchor).days), d < anchor))
    return found, found, "day"


def _weekend(m: re.Match[str], anchor: date, tense: Tense) -> _Dates:
    rel = _normal(_group(m, "rel") or "")
    this_saturday = _monday(anchor) + 5 * _DAY
    if rel == "this":
        saturday = this_saturday
    elif rel == "next":
        saturday = this_saturday if anchor.weekday() <= 3 else this_saturday + 7 * _DAY
    elif rel in ("last", "this past", "the past"):
        saturday = _weekday_before(anchor, 6) - _DAY
    elif rel in ("this coming", "the coming"):
        saturday = _weekday_after(anchor, 5)
    else:  # "the weekend", "over the weekend": the tense decides which
        past = _weekday_before(anchor, 5)
        coming = _weekday_after(anchor, 6) - _DAY
        if tense == "past":
            saturday = past
        elif tense == "future":
            saturday = coming
        elif anchor.weekday() >= 5:
            saturday = this_saturday
        else:
            saturday = min((past, coming), key=lambda s: (_distance((s, s + _DAY), anchor), s < anchor))
    return saturday, saturday + _DAY, "week"


def _resolve_weekday(weekday: int, rel: str, anchor: date, tense: Tense) -> date:
    if rel == "last":
        # Wire copy names a day of the story's own week without "last" ("on Thursday"); "last
        # Thursday" is the Thursday of the week before, Monday to Sunday, in a Friday or Saturday
        # story as in a Monday one. A Sunday story's week is over: its "last Wednesday" is four
        # days back, as every corpus labels it, and never the day before.
        if anchor.weekday() == 6:
            return _weekday_before(anchor - _DAY, weekday)
        return _monday(anchor) - timedelta(days=7) + timedelta(days=weekday)
    if rel == "this past":
        return _weekday_before(anchor, weekday)
    if rel == "this coming":
        return _weekday_after(anchor, weekday)
    if rel == "this":
        return _monday(anchor) + timedelta(days=weekday)
    if rel == "next":
        return _monday(anchor) + timedelta(days=7 + weekday)
    if tense == "past":
        # Wire copy says "said Monday" for the dateline's own day; a week earlier is "last Monday".
        return anchor if anchor.weekday() == weekday else _weekday_before(anchor, weekday)
    if tense == "future":
        # Wire copy names the story's own day too: "is due to meet on Saturday" in a Saturday story.
        same_day = anchor.weekday() == weekday and rel != "repeat"
        return anchor if same_day else _weekday_after(anchor, weekday)
    if anchor.weekday() == weekday:
        return anchor
    before, after = _weekday_before(anchor, weekday), _weekday_after(anchor, weekday)
    return after if after - anchor <= anchor - before else before


def _weekday_number(m: re.Match[str], name: str) -> int:
    return _vocabulary().weekdays[_normal(_group(m, name) or "")]


def _weekday(m: re.Match[str], anchor: date, tense: Tense) -> _Dates:
    day = _resolve_weekday(_weekday_number(m, "wd"), _weekday_rel(m), anchor, tense)
    return day, day, "day"


def _weekday_of_week(m: re.Match[str], anchor: date, tense: Tense) -> _Dates:
    """ "on Thursday of last week", "Friday next week": that day of the week named, whatever the tense."""
    weeks = {"last": -1, "this": 0, "next": 1}[_normal(_group(m, "rel") or "")]
    day = _monday(anchor) + timedelta(days=7 * weeks + _weekday_number(m, "wd"))
    return day, day, "day"


def _weekday_rel(m: re.Match[str]) -> str:
    rel = _normal(_group(m, "rel") or "")
    # "will meet again on Monday" in a Monday story is the Monday after: the meeting repeats one
    # that has just taken place. Without the repeat word a future "on Monday" is the day itself.
    if not rel and _grammar().repeat.search(m.string):
        return "repeat"
    return rel


def _weekday_range(m: re.Match[str], anchor: date, tense: Tense) -> _Dates:
    first, last = _weekday_number(m, "wd1"), _weekday_number(m, "wd2")
    if first == last:
        raise _NoDate
    week = _normal(_group(m, "wk") or "")
    if week:
        # "from Monday to Wednesday next week": those days of the week named, whatever the tense.
        start = _monday(anchor) + timedelta(days=7 * {"last": -1, "this": 0, "next": 1}[week] + first)
    else:
        start = _resolve_weekday(first, _weekday_rel(m), anchor, tense)
    end = start + timedelta(days=(last - first) % 7)
    _check_connector(m, start, end)
    return start, end, "day"


# Relative days are grammar (an offset each), not vocabulary, so they stay with the code.
_RELATIVE_DAYS: Final[Mapping[str, int]] = {
    "today": 0,
    "earlier today": 0,
    "later today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "last night": -1,
    "the day before": -1,
    "the day before yesterday": -2,
    "tomorrow": 1,
    "the day after tomorrow": 2,
}

_EVENT_AFTER: Final = re.compile(r"\s+(?:the|a|an|his|her|its|their|our|this|that)\b", re.IGNORECASE)


def _relative_day(m: re.Match[str], anchor: date, tense: Tense) -> _Dates:
    key = _normal(m.group(0))
    # "the day before the summit" counts from the summit, not from the article's date.
    if key == "the day before" and _EVENT_AFTER.match(m.string, m.end()):
        raise _NoDate
    day = anchor + timedelta(days=_RELATIVE_DAYS[key])
    return day, day, "day"


def _part_of_today(m: re.Match[str], anchor: date, tense: Tense) -> _Dates:
    # "In the evening, Fidan met the delegation": a part of the day with no day named is the
    # story's own day. "In the night" is left out: a night is dated to the evening it began.
    if _normal(_group(m, "part") or "") == "night":
        raise _NoDate
    return anchor, anchor, "day"


def _overnight(m: re.Match[str], anchor: date, tense: Tense) -> _Dates:
    # "arrived on an overnight train": how the traveller came, not a night of the story.
    if _grammar().travel_after.match(m.string, m.end()):
        raise _NoDate
    # Reported overnight attacks began the evening before the article; a coming one starts tonight.
    day = anchor if tense == "future" else anchor - _DAY
    return day, day, "day"


def _count(m: re.Match[str]) -> tuple[int, str]:
    raw = _normal(_group(m, "n") or "")
    number = int(raw) if raw.isdigit() else _vocabulary().numbers[raw]
    return number, _normal(_group(m, "unit") or "").rstrip("s")


def _shift(anchor: date, number: int, unit: str) -> tuple[date, Granularity]:
    if unit == "hour":
        # "within 48 hours": by the day the count runs out, whole days rounded up.
        return anchor + timedelta(days=-(-number // 24)), "day"
    if unit == "year":
        return _add_months(anchor, 12 * number), "month"
    if unit == "fortnight":
        return anchor + timedelta(weeks=2 * number), "week"
    if unit == "day":
        return anchor + timedelta(days=number), "day"
    if unit == "week":
        return anchor + timedelta(weeks=number), "week"
    return _add_months(anchor, number), "month"


_SINCE_SPAN: Final = re.compile(r"\b(?:the|its|his|her|their|our)\s+(?:first|\w+est)\b[^,.;:]{0,60}$", re.IGNORECASE)


def _in_count(m: re.Match[str], anchor: date, tense: Tense) -> _Dates:
    number, unit = _count(m)
    day, granularity = _shift(anchor, number, unit)
    deadline = _normal(_group(m, "pre") or "") == "within" or _group(m, "next") is not None
    # "the third attack in 24 hours" looks back over the hours; only "within 48 hours" looks ahead.
    if unit == "hour" and (not deadline or tense == "past"):
        raise _NoDate
    # "within seven to 10 days" is by the later count; "in two or three weeks" names no one day.
    if _group(m, "n0") is not None and not deadline:
        raise _NoDate
    # "their first face-to-face round in three weeks", "the biggest attack in months": a first or a
    # superlative counts back over the span ("since"), it names no day ahead.
    if not deadline and _SINCE_SPAN.search(m.string, max(0, m.start() - 80), m.start()):
        raise _NoDate
    # "within two weeks", "in the next two weeks": by then, not on that day.
    if deadline:
        return None, day, granularity
    return day, day, granularity


def _shift_of(m: re.Match[str]) -> tuple[int, str]:
    """Days from the base date and how to read the result: one "day", one day counted in "week"s,
    or the calendar week ("iso_week") after or before the base's."""
    week_rel = _group(m, "wrel")
    if week_rel is not None:
        return (7 if _normal(week_rel) == "following" else -7), "iso_week"
    day_rel = _group(m, "rel")
    if day_rel is not None:
        return (1 if _normal(day_rel) in ("following", "next") else -1), "day"
    number, unit = _count(m)
    sign = 1 if _normal(_group(m, "dir") or "") == "later" else -1
    return sign * number * (7 if unit == "week" else 1), unit


def _shifted_from(base: date, days: int, unit: str) -> _Dates:
    day = base + timedelta(days=days)
    if unit == "iso_week":
        monday = _monday(day)
        return monday, monday + 6 * _DAY, "week"
    return day, day, "week" if unit == "week" else "day"


def _shifted(m: re.Match[str], anchor: date, tense: Tense) -> _Dates:
    # Counted from the article's date here; _rebase moves it when the sentence names a day before it.
    return _shifted_from(anchor, *_shift_of(m))


def _count_ago(m: re.Match[str], anchor: date, tense: Tense) -> _Dates:
    number, unit = _count(m)
    sign = -1 if _normal(_group(m, "dir") or "") == "ago" else 1
    day, granularity = _shift(anchor, sign * number, unit)
    return day, day, granularity


def _by_end_of(m: re.Match[str], anchor: date, tense: Tense) -> _Dates:
    unit = _group(m, "unit") or _group(m, "unit2")
    if unit is not None:
        ahead = _normal(_group(m, "rel") or "") == "next"
        unit = unit.lower()
        if unit == "week":
            return None, _monday(anchor) + timedelta(days=6 + 7 * ahead), "week"
        if unit == "month":
            first = _add_months(anchor.replace(day=1), int(ahead))
            return None, _last_day(first.year, first.month), "month"
        return None, date(anchor.year + ahead, 12, 31), "month"
    month = _month_of(m, "m")
    if month is None:
        return None, date(_required(_int_of(m, "y2")), 12, 31), "month"
    year = _int_of(m, "y") or _month_year(month, anchor, tense)
    return None, _last_day(year, month), "month"


_AS_SOON_AS: Final = re.compile(r"\bas\s+$", re.IGNORECASE)


def _vague(m: re.Match[str], anchor: date, tense: Tense) -> _Dates:
    # "as soon as Russia agrees" is a condition, not a time.
    if _normal(m.group(0)) == "soon" and _AS_SOON_AS.search(m.string, 0, m.start()):
        raise _NoDate
    return None, None, "unknown"


# ---------------------------------------------------------------------------------------------
# Tense


@dataclass(frozen=True)
class _Marker:
    start: int
    end: int
    tense: Tense
    # A bare "-ed" word is only a guess at a past verb; a listed word beats it.
    weak: bool = False
    # "said" dates the saying, so it only speaks for a sentence that has no other tense word.
    reporting: bool = False


_DETERMINER_BEFORE: Final = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|these|those)\s+$")
# How far back the determiner can start: the longest one and its space. Searching the whole
# sentence before every participle made the tense words quadratic in the sentence's length.
_DETERMINER_REACH: Final = 16

# Between a tense word and a date these separate clauses, so a word across one is a weaker claim.
_CLAUSE_BREAK: Final = re.compile(r"[,;:()\u2014]|\s[-\u2013]\s")


def _markers(sentence: str) -> list[_Marker]:
    grammar, vocab = _grammar(), _vocabulary()
    found: list[_Marker] = []
    taken: list[tuple[int, int]] = []
    for m in grammar.markers.finditer(sentence):
        taken.append(m.span())
        kind = "future" if m.group("passive") else vocab.markers.get(_normal(m.group(0)))
        if kind is None or kind == "ignore":
            continue
        if kind == "reporting":
            found.append(_Marker(m.start(), m.end(), "past", reporting=True))
        else:
            found.append(_Marker(m.start(), m.end(), kind))

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for m in grammar.past_participle.finditer(sentence):
        word = m.group(0)
        if word in vocab.not_past_verbs or not free(*m.span()):
            continue
        # "the proposed talks", "a renewed push": after a determiner it is an adjective.
        if _DETERMINER_BEFORE.search(sentence, max(0, m.start() - _DETERMINER_REACH), m.start()):
            continue
        found.append(_Marker(m.start(), m.end(), "past", weak=True))
    found.sort(key=lambda mk: mk.start)
    return found


@lru_cache(maxsize=8)
def _clause_break_ends(sentence: str) -> tuple[int, ...]:
    return tuple(m.end() for m in _CLAUSE_BREAK.finditer(sentence))


def _is_minor(markers: list[_Marker], index: int, sentence: str) -> bool:
    """Whether a tense word is not the main clause's verb: a verb of a clause opened by "who",
    "since" ... ("leaders who met in Paris"), or an adverb of a date of its own ("last week")."""
    marker = markers[index]
    if _normal(sentence[marker.start : marker.end]) in _vocabulary().not_main_verbs:
        return True
    ends = _clause_break_ends(sentence)
    clause_start = ends[bisect_right(ends, marker.start) - 1] if ends and ends[0] <= marker.start else 0
    previous_end = markers[index - 1].end if index > 0 else 0
    # Only the words since the clause began and since the last tense word: "leaders who met in
    # Paris will gather" opens its clause with "who" for "met", not for "will".
    return _grammar().subordinator.search(sentence, max(clause_start, previous_end), marker.start) is not None


def tense_of(sentence: str) -> Tense:
    """The tense a sentence reports its events in: "future", "past", or "present" by default.

    The first listed tense word decides ("is expected to", "will", "plans to", "next" for the
    future; "met", "held", "took place", "visited" for the past). Without one, an "-ed" verb
    makes it past, and failing that a reporting verb ("said", "told"); a sentence with none of
    these is present.
    """
    markers = _markers(sentence)
    for marker in markers:
        if not marker.weak and not marker.reporting:
            return marker.tense
    if any(marker.weak or marker.reporting for marker in markers):
        return "past"
    return "present"


def _tense_near(markers: list[_Marker], sentence: str, start: int, end: int) -> Tense:
    """The tense of the tense word nearest to ``sentence[start:end]``, preferring its own clause."""
    best: tuple[tuple[bool, int, bool, int, bool], Tense] | None = None
    for index, marker in enumerate(markers):
        if marker.end <= start:
            between, after = sentence[marker.end : start], False
        elif marker.start >= end:
            between, after = sentence[end : marker.start], True
        else:
            continue  # a word inside the phrase itself ("next" in "next week")
        breaks = len(_CLAUSE_BREAK.findall(between))
        # Across a clause break, the main clause's verb speaks for a date whose own clause has none
        # ("The meeting on Friday, the first since talks collapsed in March, will be held ...").
        key = (breaks > 0 and _is_minor(markers, index, sentence), breaks, marker.weak, len(between), after)
        if best is None or key < best[0]:
            best = (key, marker.tense)
    return best[1] if best is not None else "present"


# ---------------------------------------------------------------------------------------------
# Matching


@dataclass(frozen=True)
class _Candidate:
    full_start: int  # the whole match, for overlaps: "in March" claims its "in"
    full_end: int
    text_start: int  # the phrase itself, for DateSpan.text
    text_end: int
    start: date | None
    end: date | None
    granularity: Granularity
    kind: _RuleKind
    order: int
    # For a "shift" rule: days from its base date and how to read the result (see _shift_of).
    shift: tuple[int, str] | None = None

    def grown(self, start: int, end: int) -> _Candidate:
        """The candidate with its match and text stretched to ``start``..``end``."""
        return replace(
            self,
            full_start=min(start, self.full_start),
            full_end=max(end, self.full_end),
            text_start=min(start, self.text_start),
            text_end=max(end, self.text_end),
        )


_YEAR_IN_TEXT: Final = re.compile(r"\b(?:19|20)\d\d\b")


def _agree_with_weekday(c: _Candidate, weekday: int, sentence: str) -> _Candidate:
    """Move a yearless date to the neighbouring year when only that one falls on its named weekday.

    "Sunday, April 13" in an article dated February 2025 is April 13, 2025 (a Sunday), even in
    the past tense: the weekday is firmer evidence than an anchor that may be off.
    """
    day = c.start
    if day is None or day.weekday() == weekday or _YEAR_IN_TEXT.search(sentence, c.text_start, c.text_end):
        return c
    for shift in (-1, 1):
        try:
            moved = day.replace(year=day.year + shift)
        except ValueError:  # February 29
            continue
        if moved.weekday() == weekday:
            return replace(c, start=moved, end=moved)
    return c


def _with_year_after(c: _Candidate, sentence: str, anchor: date) -> _Candidate:
    """ "November last year", "Dec. 25 next year": a yearless month or day given its year in words."""
    m = _grammar().suffix_year.match(sentence, c.full_end)
    if m is None or c.start is None or c.end is None or c.start.year != c.end.year:
        return c
    year = anchor.year + {"last": -1, "this": 0, "next": 1}[_normal(m.group("rel"))]
    try:
        moved = replace(c, start=c.start.replace(year=year), end=c.end.replace(year=year))
    except ValueError:  # February 29
        return c
    return replace(moved, full_end=m.end(), text_end=m.end())


def _expand(c: _Candidate, sentence: str) -> _Candidate:
    """Grow a date by the words around it that refine it rather than name a date of their own."""
    g = _grammar()
    one_day = c.granularity == "day" and c.start is not None and c.start == c.end
    if one_day and c.kind in ("date", "weekday", "day"):
        # "Sunday night", "Saturday night into Sunday", "tomorrow morning": still that day.
        m = g.suffix_part_of_day.match(sentence, c.full_end)
        if m:
            c = c.grown(c.full_start, m.end())
    if one_day and c.kind == "date" and c.start is not None:
        # "Thursday, February 20": one expression, dated by its day and month.
        m = g.prefix_weekday.search(sentence, 0, c.full_start)
        if m:
            c = _agree_with_weekday(c, _weekday_number(m, "wd"), sentence).grown(m.start(), c.full_end)
    if one_day and c.kind in ("date", "weekday", "day"):
        m = g.prefix_early_late.search(sentence, 0, c.full_start)
        if m:
            c = c.grown(m.start(), c.full_end)
    first = c.start
    if c.granularity == "day" and first is not None and c.kind in ("date", "weekday"):
        night = g.prefix_night_of.search(sentence, 0, c.full_start)
        overnight = g.prefix_overnight.search(sentence, 0, c.full_start)
        if night:
            # "the night of February 9-10" is the night that began on February 9.
            c = replace(c.grown(night.start(), c.full_end), start=first, end=first)
        elif overnight:
            began = first - _DAY if overnight.group("into") else first
            c = replace(c.grown(overnight.start(), c.full_end), start=began, end=began)
    first, last = c.start, c.end
    if c.granularity == "day" and c.kind == "date" and first is not None and last is not None:
        m = g.prefix_week_of.search(sentence, 0, c.full_start)
        if m and m.group("end"):
            # "the weekend of February 15-16" is those days; "the weekend of February 15" that
            # date's weekend.
            saturday = _monday(first) + 5 * _DAY
            start, end = (first, last) if first != last else (saturday, saturday + _DAY)
            c = replace(c, start=start, end=end, granularity="week").grown(m.start(), c.full_end)
        elif m and first == last:
            monday = _monday(first)
            week = replace(c, start=monday, end=monday + 6 * _DAY, granularity="week")
            c = week.grown(m.start(), c.full_end)
    if c.granularity in ("day", "month") and c.start is not None:
        m = g.prefix_by.search(sentence, 0, c.full_start)
        # "by Sunday's strike" is an agent, not a deadline.
        possessive = sentence[c.full_end : c.full_end + 2] in ("'s", "\u2019s")
        if m and not possessive:
            c = replace(c.grown(m.start(), c.full_end), start=None)
    return c


@lru_cache(maxsize=64)
def _matches(sentence: str) -> tuple[tuple[int, _Rule, re.Match[str]], ...]:
    """Every rule's matches in the sentence. Kept for a while: a reader often asks for the same
    sentence's dates again in another tense, and only the resolving differs."""
    grammar = _grammar()
    if not grammar.gate.search(sentence):
        return ()
    present: dict[str, bool] = {}

    def has(key: str | None) -> bool:
        if key is None:
            return True
        if key not in present:
            present[key] = grammar.needs[key].search(sentence) is not None
        return present[key]

    return tuple(
        (order, rule, m)
        for order, rule in enumerate(grammar.rules)
        if has(rule.needs)
        for m in rule.pattern.finditer(sentence)
    )


def _candidates(sentence: str, anchor: date, tense: Tense | None) -> Iterable[_Candidate]:
    markers: list[_Marker] | None = None  # read only once a rule matches: most sentences have no date
    by = _grammar().prefix_by
    for order, rule, m in _matches(sentence):
        full_start, full_end = m.span()
        placed = rule.text_group is not None and m.group(rule.text_group) is not None
        text_start, text_end = m.span(rule.text_group) if placed and rule.text_group else (full_start, full_end)
        if tense is None and markers is None:
            markers = _markers(sentence)
        # Only the phrase itself: "postponed until" speaks for the "January" of "until January".
        here = tense if tense is not None else _tense_near(markers or [], sentence, text_start, text_end)
        # A deadline ("by Friday") with no tense word about it looks ahead.
        if tense is None and here == "present" and by.search(sentence, 0, full_start):
            here = "future"
        try:
            start, end, granularity = rule.resolve(m, anchor, here)
        except _NoDate:
            continue
        found = _Candidate(full_start, full_end, text_start, text_end, start, end, granularity, rule.kind, order)
        if rule.kind == "shift":
            found = replace(found, shift=_shift_of(m))
        if rule.needs == "month" and not _YEAR_IN_TEXT.search(m.group(0)):
            found = _with_year_after(found, sentence, anchor)
        yield _expand(found, sentence)


def _second_days(chosen: list[_Candidate], sentence: str) -> list[_Candidate]:
    """ "on February 14 and 20": two days that are not consecutive are two dates, the second in
    the first one's month (consecutive ones are a range, read by the range rules)."""
    out: list[_Candidate] = []
    for i, c in enumerate(chosen):
        out.append(c)
        if c.kind != "date" or c.granularity != "day" or c.start is None or c.start != c.end:
            continue
        m = _grammar().and_day.match(sentence, c.full_end)
        following = chosen[i + 1].full_start if i + 1 < len(chosen) else len(sentence)
        if m is None or m.end() > following:
            continue
        try:
            second = c.start.replace(day=int(m.group("d")))
        except ValueError:
            continue
        if second <= c.start + _DAY:
            continue
        t_start, t_end = m.span("t")
        out.append(
            replace(
                c, full_start=t_start, full_end=m.end(), text_start=t_start, text_end=t_end, start=second, end=second
            )
        )
    return out


def _rebase(chosen: list[_Candidate]) -> list[_Candidate]:
    """ "met Rubio on Tuesday and Lavrov two days later": a count from a day the sentence named
    before it counts from that day; with none, from the article's date (as resolved).

    A single day's step with no day before it in the sentence ("the following day", "a day
    earlier") is left out: both readers count it from the last day they dated in the story (the
    calendar's ``following`` offset, the incident counter's night cues), which the article's date
    would override."""
    out: list[_Candidate] = []
    for c in chosen:
        shift = c.shift
        if shift is not None:
            named = [o for o in out if o.granularity == "day" and o.start is not None and o.start == o.end]
            base = named[-1].start if named else None
            if base is not None:
                start, end, granularity = _shifted_from(base, *shift)
                c = replace(c, start=start, end=end, granularity=granularity)
            elif abs(shift[0]) == 1:
                continue
        out.append(c)
    return out


def _parts_of_named_days(chosen: list[_Candidate]) -> list[_Candidate]:
    """ "On Thursday he met Starmer ..., where he was received by Meloni in the evening": a part of
    the day after a day the sentence names is of that day, not of the story's."""
    out: list[_Candidate] = []
    for c in chosen:
        named = [o for o in out if o.kind in ("date", "weekday", "day") and o.granularity == "day" and o.start == o.end]
        if c.kind == "part" and named:
            c = replace(c, start=named[-1].start, end=named[-1].end)
        out.append(c)
    return out


def find_dates(sentence: str, anchor: date, tense: Tense | None = None) -> list[DateSpan]:
    """Every date expression in ``sentence``, in order and without overlaps.

    ``anchor`` is the article's own date. ``tense`` forces one tense on every expression; left
    as None, each expression takes the tense of the nearest tense word in its clause. See the
    module docstring for the conventions.
    """
    chosen: list[_Candidate] = []
    # Longest first, then the earlier rule, then the earlier position.
    ranked = sorted(
        _candidates(sentence, anchor, tense),
        key=lambda c: (c.full_start - c.full_end, c.order, c.full_start),
    )
    for candidate in ranked:
        if all(candidate.full_end <= kept.full_start or candidate.full_start >= kept.full_end for kept in chosen):
            chosen.append(candidate)
    chosen.sort(key=lambda c: c.text_start)
    chosen = _parts_of_named_days(_rebase(_second_days(chosen, sentence)))
    return [
        DateSpan(
            start=c.start,
            end=c.end,
            granularity=c.granularity,
            text=sentence[c.text_start : c.text_end],
            char_start=c.text_start,
            char_end=c.text_end,
        )
        for c in chosen
    ]
