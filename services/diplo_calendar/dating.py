"""Which date of a sentence belongs to which of its events, and what a date phrase means for it.

A date goes to the nearest event of its own clause; a date right after a verb of saying dates the
saying ("said on Sunday"); "a day after" counts from the sentence's date; a postponement's first
date is the one it had.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any, Final

from services.diplo_calendar.reader import NO_SUBJECT, SentenceReader, Trigger
from services.diplo_calendar.rules import DATA_DIR
from shared.timex import DateSpan, Tense, tense_of

if TYPE_CHECKING:
    from services.diplo_calendar.mentions import Mention

_ORIGINAL_DATE_BEFORE: Final = re.compile(
    r"\b(?:planned|scheduled|set|due|slated|originally|initially|had\s+been\s+due)\s+(?:for\s+|on\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "postponed to next week", "put off until this month's end": the date it gets.
_NEW_DATE_BEFORE: Final = re.compile(r"\b(?:to|until|till|into|for)\s+$", re.IGNORECASE)
# What may stand between an event noun and its predicate: where it is, and an aside in commas.
_PLACE_AND_ASIDE: Final = re.compile(
    r"^\s+(?:to|in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|,[^,]{0,60}(?:,|$)"
)
# ", held in the Emirati capital ": a participle of the event opening an aside, with where it was.
_PARTICIPLE_ASIDE: Final = re.compile(
    r",\s*(?P<verb>[a-z]+)\s+(?:(?:in|at)\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,3}?)?(?:on|in|from|during)?\s*",
    re.IGNORECASE,
)
_TAKES_PLACE: Final = re.compile(
    r"\s*(?:(?:will|would|could|is|are|was|were|has|have|had|to|now|be|been|also|still|instead)\s+)*"
    r"(?:take|takes|took|taking\s+place|be\s+held|held|moved(?:\s+up)?|pushed\s+back|postponed|rescheduled|set|planned|scheduled"
    # "has been brought forward to Monday", "is still expected to go ahead on December 4".
    r"|brought\s+forward|go\s+ahead|goes\s+ahead|confirmed"
    # "The trip will begin on January 5": its first day.
    r"|begin|begins|began|start|starts|started|open|opens|opened)"
    r"(?:\s+place)?\s+"
    # "The meeting will take place in Brussels on June 23": where, then when.
    r"(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+)?(?:on|in|for|to|until)?\s*",
    re.IGNORECASE,
)

# The kind a length's noun names: "a two-day trip" is a visit.
_LENGTH_KIND: Final = {
    "trip": "visit",
    "tour": "visit",
    "negotiations": "talks",
    "consultations": "talks",
    "session": "meeting",
    "meetings": "meeting",
}

# "the two-day summit opens on Thursday": the date of a gathering's length is its first day only
# when the clause says so; a trip's date is its first day anyway ("arrives on Monday for a two-day visit").
_OPENING: Final = re.compile(
    r"\b(?:opens?|opened|opening|begins?|began|beginning|starts?|started|starting|kicks?\s+off|kicked\s+off)\b",
    re.IGNORECASE,
)


_AND_VERB: Final = re.compile(r"\s+and\s+(?:(?:then|later|also)\s+)?", re.IGNORECASE)


@dataclass(frozen=True)
class _DatingRules:
    """The phrases of ``data/dating_rules.json``, compiled (each key's note there says why)."""

    until_before: re.Pattern[str]
    followed_by: re.Pattern[str]
    preparing_for: re.Pattern[str]
    coarseness: dict[str, int]
    narrowed: re.Pattern[str]
    stop_on: re.Pattern[str]
    for_length: re.Pattern[str]
    before_going: re.Pattern[str]
    and_clause: re.Pattern[str]
    day_of_named: re.Pattern[str]
    counted_step: re.Pattern[str]
    cut_short: re.Pattern[str]
    bare_weekday: re.Pattern[str]
    visit_goes_on: re.Pattern[str]
    that_day: re.Pattern[str]
    goes_on_to: re.Pattern[str]
    received_there: re.Pattern[str]
    name_list_glue: re.Pattern[str]
    came_after: re.Pattern[str]
    said_frame: re.Pattern[str]


@cache
def _rules() -> _DatingRules:
    raw: dict[str, Any] = json.loads((DATA_DIR / "dating_rules.json").read_text(encoding="utf-8"))
    return _DatingRules(
        until_before=re.compile(raw["until_before"]),
        followed_by=re.compile(raw["followed_by"]),
        preparing_for=re.compile(raw["preparing_for"]),
        coarseness={k: int(v) for k, v in raw["coarseness"].items()},
        narrowed=re.compile(raw["narrowed"]),
        stop_on=re.compile(raw["stop_on"]),
        for_length=re.compile(raw["for_length"]),
        before_going=re.compile(raw["before_going"]),
        and_clause=re.compile(raw["and_clause"]),
        day_of_named=re.compile(raw["day_of_named"]),
        counted_step=re.compile(raw["counted_step"]),
        cut_short=re.compile(raw["cut_short"]),
        bare_weekday=re.compile(raw["bare_weekday"]),
        visit_goes_on=re.compile(raw["visit_goes_on"]),
        that_day=re.compile(raw["that_day"]),
        goes_on_to=re.compile(raw["goes_on_to"]),
        received_there=re.compile(raw["received_there"]),
        name_list_glue=re.compile(raw["name_list_glue"]),
        came_after=re.compile(raw["came_after"]),
        said_frame=re.compile(raw["said_frame"]),
    )


# "hours after", "three days before", "shortly after": a clause at a distance in time.
_GAP_OPENER: Final = re.compile(r"[\s,]*(?:after|before|since)\b", re.IGNORECASE)
_GAP_BEFORE: Final = re.compile(
    r"\b(?:hours?|days?|weeks?|months?|years?|minutes?|shortly|soon|long|just|a\s+day|a\s+week)[\s,]*$",
    re.IGNORECASE,
)


def assign_dates(reader: SentenceReader, mentions: list[Mention]) -> None:
    """Date the sentence's mentions: their own dates, then counted, shared and reported ones."""
    claimed: set[int] = set()
    for m in mentions:
        m.at_a_gap = _after_a_gap(reader, m.segment)
    _own_dates(reader, mentions, claimed)
    _relative_dates(reader, mentions)
    _eve_dates(reader, mentions)
    _where_dates(reader, mentions, claimed)
    _shared_dates(reader, mentions)
    _reported_dates(reader, mentions, claimed)
    _that_day(reader, mentions)
    _days_in_sequence(reader, mentions)
    _lengths(reader, mentions)
    _visit_until_its_last_event(reader, mentions)
    _counted_from_reference(reader, mentions)
    _counted_back_from_a_plan(reader, mentions)
    _counted_from_own_day(reader, mentions)
    _later_in_the_day(reader, mentions)
    _later_today(reader, mentions)


def _own_dates(reader: SentenceReader, mentions: list[Mention], claimed: set[int]) -> None:
    """Each date of a clause goes to the nearest event of that clause; an event with several takes
    the nearest after its event word ("proposed on Wednesday that they meet by the end of August")."""
    offered: dict[int, list[DateSpan]] = {}
    for span in reader.dates:
        if reader.reported(span) or _decision_date(reader, span):
            continue  # "said on Sunday", "was called off in October": the day of the news
        if _other_act(reader, span):
            continue  # "her first trip to Ukraine since taking office in October"
        if _modifies_other_noun(reader, span):
            continue  # "ahead of the May 9 parade"
        seg_index = reader.segment_of(span.char_start)
        if _describes_something_else(reader, span, seg_index):
            continue
        owners = [m for m in mentions if m.segment == seg_index]
        if not owners and seg_index > 0 and _completes_clause_before(reader, span, seg_index):
            owners = [m for m in mentions if m.segment == seg_index - 1]
        if _time_of_putting_off(reader, span, owners):
            continue  # "put off his trip to Germany this week": when it was put off
        if reader.segments[seg_index].sidelines:
            # "his meeting with Zelenskyy on the sidelines of the UN General Assembly on Tuesday":
            # the date is the meeting's; the assembly has its own.
            owners = [m for m in owners if m.known is None and m.name is None and not m.anaphor]
            owners += [m for m in mentions if m.sidelines_of is not None and m.segment == seg_index - 1]
            if not owners:
                # "are expected to sign an agreement on the sidelines of the G7 on Thursday": a host
                # read as no event of its own leaves the date to the event before it.
                owners = [m for m in mentions if m.segment == seg_index - 1 and not m.anaphor]
        owners = [m for m in owners if not m.anaphor or _attached(reader, span, m)]
        owners = [m for m in owners if not _said_between(reader, span, m)]
        # "agreed on Monday ... on the eve of the alliance's summit": Monday is the eve, not the
        # summit; "on the eve of a summit that starts on Tuesday" dates the summit.
        owners = [m for m in owners if not _on_the_eve(reader, m) or span.char_start >= m.triggers[-1].end]
        if not owners:
            continue
        owner = min(owners, key=lambda m: _reach(reader, span, m))
        offered.setdefault(id(owner), []).append(span)
    for m in mentions:
        spans = offered.get(id(m), [])
        for span in _date_order(reader, m, spans):
            if m.when is not None:
                _second_date(reader, m, span)
                continue
            _set_date(reader, m, span)
            m.has_own_date = True
            claimed.add(span.char_start)
        _until_range(reader, m, spans)
        _continued_range(reader, m, spans)


def _continued_range(reader: SentenceReader, m: Mention, spans: list[DateSpan]) -> None:
    """ "the talks opened on Friday evening and resumed on Saturday": a second day that the same
    event goes on to, with no subject of its own between, is its last day, not another event's."""
    when = m.when
    if when is None or when.start is None or when.start != when.end or when.granularity != "day":
        return
    later = next((d for d in spans if d.char_start >= when.char_end and d.granularity == "day"), None)
    if later is None or not _rules().goes_on_to.fullmatch(reader.text, when.char_end, later.char_start):
        return
    last = reader.resolve(later, m.tense).end
    if last is None or not 0 < (last - when.start).days <= 6:
        return
    text = reader.text[when.char_start : later.char_end]
    m.when = DateSpan(when.start, last, "day", text, when.char_start, later.char_end)
    m.date_text = m.when.text


def _until_range(reader: SentenceReader, m: Mention, spans: list[DateSpan]) -> None:
    """ "leaves for Moscow on Monday for a state visit that lasts until Wednesday": the day it starts
    to the day it lasts until, whichever of the two the event word is nearer."""
    until = next((d for d in spans if _rules().until_before.search(reader.text, 0, d.char_start)), None)
    first = next((d for d in spans if d is not until and d.char_start < getattr(until, "char_start", -1)), None)
    if until is None or first is None or first.granularity != "day" or until.granularity != "day":
        return
    when, text = m.when, m.date_text
    m.when = None
    _set_date(reader, m, first)
    start = m.when.start if m.when is not None else None
    last = reader.resolve(until, m.tense).end
    if start is None or last is None:
        m.when, m.date_text = when, text
        return
    if last < start or (last - start).days > 6:
        # "until Wednesday" counted from the day it starts, not from the story's day.
        last = start + timedelta(days=(last.weekday() - start.weekday()) % 7)
    text = reader.text[first.char_start : until.char_end]
    m.when = DateSpan(start, last, "day", text, first.char_start, until.char_end)
    m.date_text = m.when.text


def _modifies_other_noun(reader: SentenceReader, span: DateSpan) -> bool:
    """Whether the date modifies a noun after it that names no event ("Sunday's strike", "the
    May 9 parade"); "Friday's talks" and "the July 9-11 summit" keep it."""
    rules = reader.rules
    head = rules.date_premodifier_after.match(reader.text, span.char_end)
    if head is None:
        return False
    possessive = reader.text.startswith(("'s", "’s"), span.char_end)
    if not possessive and not rules.date_premodifier_before.search(reader.text, 0, span.char_start):
        return False
    return not any(span.char_end <= t.start < head.end() for t in reader.triggers)


def _completes_clause_before(reader: SentenceReader, span: DateSpan, index: int) -> bool:
    """Whether the date's clause, with no event word, has no subject of its own and goes on the one
    before: only the date and its preposition (", to March 10."), or a predicate of when it is held
    after an aside ("The talks, the first since March, will be held on Friday")."""
    segment = reader.segments[index]
    head = reader.text[segment.start : span.char_start]
    rest = head + reader.text[span.char_end : segment.end]
    if reader.rules.bare_date_clause.match(rest) is not None:
        return True
    # "will meet Japan's new prime minister, Sanae Takaichi, on Tuesday": a name in apposition to
    # the object before is no clause of its own.
    for e in reader.entities:
        if e.label == "PERSON" and segment.start <= e.start and e.end <= span.char_start:
            named = head[: e.start - segment.start] + head[e.end - segment.start :]
            if reader.rules.bare_date_clause.match(named + reader.text[span.char_end : segment.end]):
                return True
    if _names_listed(reader, segment.start, span.char_start) and reader.rules.bare_date_clause.match(
        reader.text[span.char_end : segment.end]
    ):
        return True
    predicate = reader.text[segment.start : span.char_start].rsplit(",", 1)
    return len(predicate) == 2 and _TAKES_PLACE.fullmatch(predicate[1]) is not None


def _names_listed(reader: SentenceReader, start: int, end: int) -> bool:
    """Whether the stretch is only more people, with their titles, listed after the object of the
    clause before ("will host him, Indian Prime Minister Narendra Modi and Japanese Prime Minister
    Fumio Kishida on May 24"): the list's commas open no clause of their own."""
    persons = [e for e in reader.entities if e.label == "PERSON" and start <= e.start and e.end <= end]
    if not persons:
        return False
    pieces, pos = [], start
    for e in sorted(persons, key=lambda e: e.start):
        pieces.append(reader.text[pos : e.start])
        pos = e.end
    pieces.append(reader.text[pos:end])
    return _rules().name_list_glue.fullmatch(" ".join(pieces)) is not None


def _describes_something_else(reader: SentenceReader, span: DateSpan, index: int) -> bool:
    """Whether the date is in a relative clause with no event word, joined to its event's clause,
    that tells of something the clause names rather than when the event is: "spoke about the plan,
    which Washington unveiled on Monday" is no call on Monday."""
    segment = reader.segments[index]
    if span.char_start < segment.core:
        return False
    if _rules().received_there.search(reader.text, segment.core, span.char_start):
        return False  # "travels to Budapest, where Orban will receive him from Wednesday": the stay there
    return not reader.rules.relative_when.search(reader.text, segment.core, span.char_start)


def _said_between(reader: SentenceReader, span: DateSpan, m: Mention) -> bool:
    """Whether a verb of saying stands between the event word and a date after it: "Zelenskyy will
    visit Ankara, Erdogan's office said in a statement on Tuesday" dates the statement, unless what
    is said tells when the event is ("a meeting, which diplomats said would be held on Thursday")."""
    end = m.triggers[-1].end
    if span.char_start <= end:
        return False
    said = list(reader.rules.reporting.finditer(reader.text, end, span.char_start))
    return bool(said) and not reader.rules.relative_when.search(reader.text, said[-1].end(), span.char_start)


def _decision_date(reader: SentenceReader, span: DateSpan) -> bool:
    """ "was called off in October", "postponed last week": when it was decided; not "postponed
    Friday's talks", whose date is the event's."""
    if not reader.rules.decided.search(reader.text, 0, span.char_start):
        return False
    return not re.match(r"['’]s\b", reader.text[span.char_end :])


def _time_of_putting_off(reader: SentenceReader, span: DateSpan, owners: list[Mention]) -> bool:
    """A stretch that holds the article's day ("this week"), told of a postponement or cancellation
    with no "planned for" or "to" before it and no "'s" after it, dates the decision: the date
    the event had or gets is said otherwise."""
    if span.granularity == "day" or span.start is None or span.end is None:
        return False
    if not span.start <= reader.view.anchor <= span.end:
        return False
    if not any(m.cue in ("cancelled", "postponed") for m in owners):
        return False
    before = reader.text[: span.char_start]
    if _ORIGINAL_DATE_BEFORE.search(before) or _NEW_DATE_BEFORE.search(before):
        return False
    return not re.match(r"['’]s\b", reader.text[span.char_end :])


def _on_the_eve(reader: SentenceReader, m: Mention) -> bool:
    """ "on the eve of a summit", with the event word right after the phrase (a building named
    earlier in the clause, "at the Elysee Palace, on the eve of a summit", does not count)."""
    return any(reader.rules.eve_of.search(reader.text, max(0, t.start - 80), t.start) for t in m.triggers)


def _eve_dates(reader: SentenceReader, mentions: list[Mention]) -> None:
    """ "arrived in Paris on Wednesday for a dinner with Macron, on the eve of a summit": the
    gathering is the day after the day its eve is told on, and still to come then."""
    for m in mentions:
        if m.when is not None or m.known is not None or not _on_the_eve(reader, m):
            continue
        eve = next(
            (
                o.when
                for o in mentions
                if o is not m
                and o.start < m.start
                and o.when is not None
                and o.when.granularity == "day"
                and o.when.start is not None
                and o.when.start == o.when.end
            ),
            None,
        )
        if eve is None or eve.start is None:
            continue
        day = eve.start + timedelta(days=1)
        m.when = DateSpan(day, day, "day", "", 0, 0)
        m.date_text = None
        m.tense, m.firm_tense = "future", True


def _other_act(reader: SentenceReader, span: DateSpan) -> bool:
    """Whether the date sits in a phrase about another act ("since taking office in October"); an
    event word inside the phrase ("after meeting Putin on Friday") keeps the date for that event."""
    act = reader.rules.other_act.search(reader.text, max(0, span.char_start - 80), span.char_start)
    return act is not None and not any(act.start() <= t.start < span.char_start for t in reader.triggers)


def _reach(reader: SentenceReader, span: DateSpan, m: Mention) -> int:
    """How far a date is from an event word; a comma between a date and the event word after it
    puts the date with the event before ("a meeting followed by dinner on Monday, with formal talks
    on Tuesday")."""
    gap = distance(span.char_start, m.triggers)
    after = [t for t in m.triggers if t.start >= span.char_end]
    if after and len(after) == len(m.triggers):
        between = reader.text[span.char_end : after[0].start]
        # "held talks with Xi on Tuesday and met Kim on Wednesday": "and" and a verb of its own
        # start the next event; the date before them is the first one's.
        if "," in between or _AND_VERB.fullmatch(between) or _rules().and_clause.match(between):
            gap += 100
    return gap


def _date_order(reader: SentenceReader, m: Mention, spans: list[DateSpan]) -> list[DateSpan]:
    """Dates after the event word first, nearest first; then those before it, nearest first.

    A postponement keeps text order: the old date comes before the new one.
    """
    if m.cue == "postponed":
        return sorted(spans, key=lambda d: d.char_start)
    key = next((t for t in m.triggers if not t.weak), m.triggers[0])
    after = sorted((d for d in spans if d.char_start >= key.end), key=lambda d: d.char_start)
    before = sorted((d for d in spans if d.char_start < key.end), key=lambda d: -d.char_start)
    # "would meet Putin very soon, possibly next week", "later this month, from Feb. 25 to 27": a
    # finer time right after a coarser one, set off by a comma, tells which part of it is meant.
    if (
        len(after) >= 2
        and _rules().coarseness.get(after[1].granularity, 0) < _rules().coarseness.get(after[0].granularity, 0)
        and _rules().narrowed.fullmatch(reader.text, after[0].char_end, after[1].char_start)
    ):
        after[0], after[1] = after[1], after[0]
    return after + before


def _attached(reader: SentenceReader, span: DateSpan, m: Mention) -> bool:
    """A date belongs to "the call" only when it sits right by it ("Tuesday's call", "the talks on May 16")."""
    first, last = m.triggers[0], m.triggers[-1]
    if span.char_end <= first.start:
        return re.fullmatch(r"(?:['’]s\s+|\s+)(?:[\w-]+\s+){0,2}", reader.text[span.char_end : first.start]) is not None
    between = reader.text[last.end : span.char_start]
    if not between.strip():
        # "the next round of talks between June 20 and June 30", not "proposed the talks last weekend".
        return bool(re.match(r"(?:between|from|by|before|until)\b", span.text, re.IGNORECASE))
    if len(between) > 90 or any(last.end <= t.start < span.char_start for t in reader.triggers):
        return False
    if reader.rules.runs_until.fullmatch(between):
        return True  # "Xi's four-day state visit runs until Saturday", "Orban's visit to Turkey runs until Friday"
    aside = _PARTICIPLE_ASIDE.fullmatch(between)
    if aside and aside.group("verb").lower() in reader.rules.event_participles:
        return True  # "The first round, held in the Emirati capital last Friday and Saturday, was ..."
    if _TAKES_PLACE.fullmatch(between) or _TAKES_PLACE.fullmatch(_PLACE_AND_ASIDE.sub("", between)):
        return True  # "Kellogg's visit to Kyiv, originally planned for Tuesday, has been moved to Thursday"
    if _TAKES_PLACE.fullmatch(_rules().said_frame.sub("", between, count=1)):
        return True  # "visits Turkey, a trip Erdogan says will take place in August"
    if reader.rules.reporting.search(between) or re.search(r"\b(?:will|would|is|are|has|have|had)\b", between):
        return False
    # Only a participle of the event itself may stand between ("held in Istanbul on May 16"), and
    # the date needs its preposition: in "proposed the talks last weekend" it dates the proposing.
    verbs = re.findall(r"\b[a-z]+ed\b", between)
    preposition = re.search(r"\b(?:on|in|from|for|during|of|since)\s*$", between)
    return preposition is not None and all(v in reader.rules.event_participles for v in verbs)


def _set_date(reader: SentenceReader, m: Mention, span: DateSpan) -> None:
    planned_for = bool(_ORIGINAL_DATE_BEFORE.search(reader.text, 0, span.char_start))
    tense: Tense | None = m.tense
    if _follows_a_plan(reader, m):
        # "will begin with a lunch on Monday, followed by formal talks on Tuesday, Peskov told
        # reporters": what follows a plan is planned too, whatever the verb of saying's tense.
        tense = "future"
    if _prepared_for(reader, m):
        # "met on Saturday, preparing for a summit in Paris on Tuesday": what is prepared for is to come.
        tense = "future"
    if _plan_in_the_present(reader, m):
        # "On Monday he flies to Tokyo", "leaders move on to Bangkok for the summit on Friday": wire
        # copy's present of a timetable is still to come, even when the last such day is nearer.
        tense = "future"
    if m.cue in ("proposed", "postponed"):
        tense = "future"  # a proposal or a postponement is about a date still to come
    if m.cue == "held":
        tense = "past"  # "wrapped up talks in Florida on Sunday": what has ended is past
    if m.cue in ("cancelled", "postponed") and planned_for:
        tense = "present"  # the date it was planned for may be just past or just ahead
    if _rules().came_after.search(reader.text, max(0, m.triggers[0].start - 80), m.triggers[0].start):
        tense = "past"  # "The delay followed a meeting in Miami on Saturday": what came before
    if m.tense == "past" and m.cue is None and _in_schedule_clause(reader, m, span):
        m.tense = tense = "present"  # "the gathering, which takes place on June 15-16"
    if _past_plan(reader, span):
        # "had been due to chair a meeting on Saturday": just past or just ahead; a stop dropped from
        # a journey that goes on without it was still ahead.
        tense = "present"
        m.unfulfilled = True
        if _journey_cut_short(reader):
            tense = "future"
            m.cue = m.cue or "cancelled"  # dropped from the journey: called off, not just undone
    if tense == m.tense == "future" and not m.firm_tense and m.cue is None and _past_in_own_clause(reader, span):
        # "The deal followed talks in Cairo on Monday, at which mediators set terms for the
        # crossings to be reopened": a future word of another clause says nothing of the date's verb.
        tense = "past"
    resolved = reader.resolve(span, tense)
    if m.cue == "postponed" and planned_for:
        # "a visit that had been planned for Wednesday": the date it had, not the one it gets.
        m.original = resolved.start or resolved.end
        m.planned_when = _open_start(reader, resolved, tense)
        return
    if m.cue == "cancelled":
        m.original = resolved.start or resolved.end
    m.when = _open_start(reader, resolved, tense)
    m.date_text = span.text


def _past_in_own_clause(reader: SentenceReader, span: DateSpan) -> bool:
    """Whether the stretch around the date, up to the nearest commas, is told in the past: its own
    verb speaks for the date before a tense word of the sentence's other clauses."""
    lo = max(reader.text.rfind(",", 0, span.char_start), reader.text.rfind(";", 0, span.char_start)) + 1
    ends = [i for i in (reader.text.find(",", span.char_end), reader.text.find(";", span.char_end)) if i >= 0]
    clause = reader.text[lo : min(ends, default=len(reader.text))]
    return tense_of(clause) == "past"


def _follows_a_plan(reader: SentenceReader, m: Mention) -> bool:
    """Whether the event is told in a "followed by" clause after a clause in the future, with no
    tense of its own but that of a verb of saying."""
    if m.firm_tense or m.tense == "future" or m.segment == 0 or m.cue is not None:
        return False
    segment = reader.segments[m.segment]
    if not _rules().followed_by.match(reader.text, segment.start, segment.end):
        return False
    before = reader.segments[m.segment - 1]
    return tense_of(reader.text[before.start : before.end]) == "future"


def _prepared_for(reader: SentenceReader, m: Mention) -> bool:
    """Whether the event word is the object of a preparation ("preparing for a summit", "in the
    run-up to the talks"), with no cue of its own."""
    if m.cue is not None:
        return False
    first = m.triggers[0]
    return _rules().preparing_for.search(reader.text, max(0, first.start - 80), first.start) is not None


def _plan_in_the_present(reader: SentenceReader, m: Mention) -> bool:
    """Whether the event is told in the simple present of a plan: its own verb in the present
    ("meets", "flies"), or a sentence with no tense word at all ("leaders move on to Bangkok for
    the summit on Friday"); not a done or undone plan, whose day may be just past."""
    if m.cue is not None:
        return False
    if m.tense == "present":
        return m.firm_tense
    return m.tense is None and tense_of(reader.text) == "present"


def _past_plan(reader: SentenceReader, span: DateSpan) -> bool:
    """Whether the date is of a plan told in the past perfect ("had been due to arrive on Thursday"),
    with no word of the future between."""
    plans = list(reader.rules.past_plan.finditer(reader.text, 0, span.char_start))
    if not plans:
        return False
    plan = plans[-1]
    descriptive = reader.rules.descriptive_infinitive
    return not any(
        c.group("future")
        # "had been due to become the first president to visit Fiji, on Monday": a description, no plan.
        and not (c.group(0).lower().startswith("to ") and descriptive.search(reader.text, plan.end(), c.start()))
        for c in reader.rules.cues.finditer(reader.text, plan.end(), span.char_start)
    )


def _journey_cut_short(reader: SentenceReader) -> bool:
    """Whether the sentence before tells, in the future, of a journey going on without a stop
    ("will return home afterwards instead of travelling on to Manila")."""
    if reader.index == 0:
        return False
    lo, hi = reader.view.spans[reader.index - 1]
    before = reader.view.text[lo:hi]
    return _rules().cut_short.search(before) is not None and tense_of(before) == "future"


def _in_schedule_clause(reader: SentenceReader, m: Mention, span: DateSpan) -> bool:
    """Whether the date is in a relative clause in the present right after the event word."""
    end = m.triggers[-1].end
    return end <= span.char_start and bool(reader.rules.schedule_clause.search(reader.text, end, span.char_start))


def _later_in_the_day(reader: SentenceReader, mentions: list[Mention]) -> None:
    """ "was due to sign the agreement later in the day": a plan with no day named is on the day
    the sentence tells of, else the article's own."""
    for rel in reader.rules.later_in_the_day.finditer(reader.text):
        rel_segment = reader.segment_of(rel.start())
        for m in mentions:
            if m.when is None and m.segment == rel_segment and m.tense == "future" and m.start < rel.start():
                day = _base_date(reader, mentions, rel.start())
                m.when = DateSpan(day, day, "day", rel.group(0), rel.start(), rel.end())
                m.date_text = rel.group(0)


def _later_today(reader: SentenceReader, mentions: list[Mention]) -> None:
    """The article's own day, told as the part of it still ahead ("was due to address the assembly
    later on Wednesday" in a Wednesday story, "later today"): still to come, whatever the verb's tense."""
    for m in mentions:
        span = m.when
        if span is None or span.start != reader.view.anchor or span.end != reader.view.anchor:
            continue
        if _later_in_day(reader, m, span):
            m.tense = "future"


def _later_in_day(reader: SentenceReader, m: Mention, span: DateSpan) -> bool:
    """Whether the date is told as "later" that day of an event not itself told as done."""
    if m.triggers[0].elliptical or _told_as_done(reader, m):
        return False  # "said he spoke with Trump later on Wednesday": done, later in the day
    return span.text.lower().startswith("later") or bool(
        reader.rules.later_today.search(reader.text, 0, span.char_start)
    )


def _told_as_done(reader: SentenceReader, m: Mention) -> bool:
    """Whether an event word is itself a verb in the past ("met", "spoke")."""
    words = reader.text[m.triggers[0].start : m.triggers[0].end].split()
    return bool(words) and words[0].lower() in reader.rules.past_event_verbs


def _open_start(reader: SentenceReader, span: DateSpan, tense: Tense | None) -> DateSpan:
    """ "is expected to travel to Moscow later this week": a plan says by when, not from when, so
    the start is unknown and the end stays the week's or month's last day."""
    if tense == "past" or span.end is None or not reader.rules.open_start.match(span.text):
        return span
    return replace(span, start=None)


def _second_date(reader: SentenceReader, m: Mention, span: DateSpan) -> None:
    """A postponed event with its old date read first and its new one second."""
    if m.cue == "postponed" and m.original is None and m.when is not None:
        m.original = m.when.start
        _set_date(reader, m, span)


def _that_day(reader: SentenceReader, mentions: list[Mention]) -> None:
    """ "meet on Feb. 14 in Brussels, on the sidelines of a two-day gathering that opens that day":
    "that day" of a later clause is the day an earlier event of the sentence has."""
    for m in mentions:
        if m.when is not None or m.following is not None or m.segment == 0:
            continue
        segment = reader.segments[m.segment]
        said = _rules().that_day.search(reader.text, m.triggers[-1].end, segment.end)
        if said is None:
            continue
        named = [
            o.when
            for o in mentions
            if o is not m
            and o.segment < m.segment
            and o.when is not None
            and o.when.granularity == "day"
            and o.when.char_end <= segment.start
        ]
        if named:
            m.when = replace(named[-1], text=said.group(0), char_start=said.start(), char_end=said.end())
            m.date_text = said.group(0)


def _relative_dates(reader: SentenceReader, mentions: list[Mention]) -> None:
    """ "a day after Putin told Trump in a phone call": the day before the sentence's own date."""
    rules = reader.rules
    for rel in rules.relative_offset.finditer(reader.text):
        days = rules.number_words.get(" ".join(rel.group("n").lower().split()))
        if days is None and rel.group("n").isdigit():
            days = int(rel.group("n"))
        if days is None:
            continue
        sign = -1 if rel.group("dir").lower() == "after" else 1
        rel_segment = reader.segment_of(rel.end())
        # The phrase's object is the first event after it ("two days before the NATO summit, and
        # will travel to Brussels": the summit, not the journey the clause goes on to).
        named = next((m for m in mentions if m.start >= rel.end()), None)
        for m in mentions:
            if m.when is not None or m.segment > rel_segment + 1:
                continue
            if m.start >= rel.end() and m is not named:
                continue
            if m.start < rel.start():
                day = _counted_back(reader, rel, rel_segment, -sign * days)
                if day is None or m.segment < rel_segment - 1:
                    continue
            elif m.start >= rel.end():
                day = _base_date(reader, mentions, rel.start()) + timedelta(days=sign * days)
            else:
                continue
            m.when = DateSpan(day, day, "day", rel.group(0), rel.start(), rel.end())
            m.date_text = rel.group(0)


def _counted_back(reader: SentenceReader, rel: re.Match[str], rel_segment: int, days: int) -> date | None:
    """ "Putin chaired a meeting ..., six days after troops crossed the border on Aug. 6": counted
    from the date of what the phrase names, when its clause gives one."""
    segment = reader.segments[rel_segment]
    named = [d for d in reader.dates if rel.end() <= d.char_start < segment.end and d.start is not None]
    if len(named) != 1 or named[0].granularity != "day":
        return None
    start = reader.resolve(named[0], "past").start
    return start + timedelta(days=days) if start is not None else None


def _base_date(reader: SentenceReader, mentions: list[Mention], pos: int) -> date:
    """The date a relative phrase counts from: the last one before it in the sentence, else the article's."""
    # A mention's reading of the date (in its own tense) before the sentence's plain one.
    own = [m.when.start for m in mentions if m.when is not None and m.when.char_end <= pos and m.when.start]
    plain = [
        _day_reached(d)
        for d in reader.dates
        if d.char_end <= pos and d.start is not None and not _aside(reader, d.char_start)
    ]
    return next((d for d in (*reversed(own), *reversed(plain)) if d is not None), reader.view.anchor)


def _lengths(reader: SentenceReader, mentions: list[Mention]) -> None:
    """ "arrived in Moscow on Monday for a three-day state visit": Monday to Wednesday; "the
    two-day summit opens on Thursday", "began talks on Monday that are expected to last two days"."""
    for m in mentions:
        if m.kind == "call":
            continue
        seg = reader.segments[m.segment]
        if _nth_day_of_talks(reader, m, seg.start, seg.end):
            continue
        if m.when is None or m.when.start is None or m.when.start != m.when.end:
            continue
        end = seg.end
        if m.segment + 1 < len(reader.segments) and reader.segments[m.segment + 1].relative:
            end = reader.segments[m.segment + 1].end  # "talks ... that are expected to last two days"
        length = reader.rules.length.search(reader.text, seg.start, end) or reader.rules.days_of.search(
            reader.text, seg.start, end
        )
        if length is None:
            continue
        # `length` and `days_of` name different groups; a missing one reads as absent, not an error.
        groups = length.groupdict()
        noun = groups.get("noun")
        # "a three-day state visit ..., having signed": the length's own word among the event's words.
        kinds = {m.kind} | {t.kind for t in m.triggers if t.start < length.end() and length.start() < t.end}
        if noun is not None and _LENGTH_KIND.get(noun.lower(), noun.lower()) not in kinds:
            continue  # "a two-day visit" is no length of the talks held during it
        word = (groups.get("n") or groups.get("m") or "").lower()
        days = int(word) if word.isdigit() else reader.rules.number_words.get(word)
        if not days:
            continue
        first = m.when.start
        ends = list(reader.rules.length_ends.finditer(reader.text, seg.start, m.when.char_start))
        opens = list(_OPENING.finditer(reader.text, seg.start, m.when.char_start))
        # "at the end of a three-day visit that began on Monday": the last word before the date says
        # which end of the length the date is.
        if ends and not (opens and opens[-1].start() > ends[-1].start()):
            # "the four-day state visit runs until Saturday": Wednesday to Saturday.
            m.when = replace(m.when, start=first - timedelta(days=days - 1))
            if m.cue is None and first - timedelta(days=days - 1) <= reader.view.anchor:
                m.cue = "held"  # begun by the story's day: under way
            continue
        if _rules().stop_on.search(reader.text, seg.start, length.start()):
            continue  # "travel to Washington on Friday, the last stop on a three-day tour": the tour's length
        # "gathered in Reykjavik on Tuesday for a two-day summit": the day they came for it is its first.
        came_for = _rules().for_length.fullmatch(reader.text, m.when.char_end, length.start()) is not None
        # "talks on Thursday expected to last two days": a plan's day is the first of its length.
        came_for = came_for or (groups.get("m") is not None and first > reader.view.anchor)
        if m.kind != "visit" and not came_for and not _OPENING.search(reader.text, seg.start, m.when.char_start):
            continue  # "signed a communique at a two-day summit on Sunday": any of its days
        m.when = replace(m.when, end=first + timedelta(days=days - 1))


def _days_in_sequence(reader: SentenceReader, mentions: list[Mention]) -> None:
    """ "is due to address the community on Tuesday and to hold talks on Wednesday", told on a
    Wednesday: a plan's bare weekday after a later day of the same sentence is the week after."""
    for m in mentions:
        span = m.when
        if m.tense != "future" or m.at_a_gap or span is None or span.start is None or span.start != span.end:
            continue  # "due in Ankara on Tuesday, two days after an encounter on Sunday": another time
        if not _rules().bare_weekday.match(span.text):
            continue
        before = [
            d
            for d in reader.dates
            if d.char_end <= span.char_start and d.granularity == "day" and d.start is not None and d.start == d.end
        ]
        if not before or before[-1].start is None or before[-1].start <= reader.view.anchor:
            continue
        if tense_of(reader.text[: before[-1].char_end]) == "past":
            continue  # "held talks on Sunday, and will meet again on Monday": a day gone by, read anew
        if _rules().until_before.search(reader.text, 0, before[-1].char_start):
            continue  # "the state visit runs until Saturday, and he will hold talks on Thursday": a day of it
        gap = (before[-1].start - span.start).days
        if 0 < gap < 7:
            day = span.start + timedelta(days=7)
            m.when = replace(span, start=day, end=day)


def _visit_until_its_last_event(reader: SentenceReader, mentions: list[Mention]) -> None:
    """ "will arrive in Berlin on Thursday evening and hold talks with Scholz on Friday": the visit
    lasts from the arrival to the day of what its subject goes on to do there, a few days on."""
    for v in mentions:
        span = v.when
        if v.kind != "visit" or span is None or span.start is None or span.start != span.end or not span.text:
            continue
        for o in mentions:
            day = o.when.start if o.when is not None and o.when.start == o.when.end else None
            if o.start <= v.start or day is None or not o.has_own_date or o.tense != v.tense:
                continue
            if not 0 < (day - span.start).days <= 3 or o.location not in (None, v.location):
                continue
            if _rules().visit_goes_on.fullmatch(reader.text, span.char_end, o.triggers[0].start):
                v.when = replace(span, end=day)
                break


def _counted_from_reference(reader: SentenceReader, mentions: list[Mention]) -> None:
    """ "The Florida meeting followed talks in Geneva a week earlier": with no day named before it,
    a count refers to the day of the event the sentence refers back to (the last one dated), not
    to the story's day, which the phrase was read from."""
    if not any(r.anaphor and r.when is None for r in mentions):
        return
    for m in mentions:
        span = m.when
        if m.anaphor or span is None or span.start is None or span.start != span.end:
            continue
        if not _rules().counted_step.match(span.text) or not any(
            r.anaphor and r.when is None and r.start < m.start for r in mentions
        ):
            continue
        if any(d.char_end <= span.char_start for d in reader.dates):
            continue  # counted from a day the sentence names
        m.following = (span.start - reader.view.anchor).days
        m.when, m.date_text = None, None


def _counted_back_from_a_plan(reader: SentenceReader, mentions: list[Mention]) -> None:
    """ "proposed on Sunday that the two sides meet on Thursday, responding to leaders who had
    travelled to Kyiv a day earlier": a count back for something done does not count from the day
    of a plan still to come, but from the day before it in the sentence (else the story's)."""
    for m in mentions:
        span = m.when
        if m.tense != "past" or span is None or span.start is None or span.start != span.end:
            continue
        if not _rules().counted_step.match(span.text) or not re.search(r"(?:earlier|before)$", span.text, re.I):
            continue
        days = [d for d in reader.dates if d.char_end <= span.char_start and d.granularity == "day"]
        days = [d for d in days if d.start is not None and d.start == d.end]
        if not days:
            continue
        plan = next(
            (o for o in mentions if o is not m and o.when is not None and o.when.char_start == days[-1].char_start),
            None,
        )
        if plan is None or plan.when is None or plan.when.start is None or plan.when.start <= reader.view.anchor:
            continue
        step = (days[-1].start - span.start) if days[-1].start is not None else None
        if step is None:
            continue
        earlier = [d.start for d in days[:-1] if d.start is not None and d.start <= reader.view.anchor]
        base = earlier[-1] if earlier else reader.view.anchor
        day = base - step
        m.when = replace(span, start=day, end=day)


def _counted_from_own_day(reader: SentenceReader, mentions: list[Mention]) -> None:
    """ "will fly to Belgrade late on Tuesday and hold talks with Vucic the next day": a day told
    before the event word, with "the next day" after it, is the day the count starts from, not the
    event's own day."""
    for m in mentions:
        span = m.when
        if m.following not in (1, -1) or span is None or span.start is None or span.start != span.end:
            continue
        if span.char_end > m.triggers[-1].start:
            continue  # "talks on Wednesday, the day after the summit": its own day
        relative = reader.rules.following_day if m.following > 0 else reader.rules.previous_day
        seg = reader.segments[m.segment]
        found = relative.search(reader.text, m.triggers[-1].end, seg.end)
        if found is None or any(m.triggers[-1].start <= d.char_start for d in reader.dates):
            continue
        day = span.start + timedelta(days=m.following)
        m.when = DateSpan(day, day, "day", found.group(0), found.start(), found.end())
        m.date_text = found.group(0)
        m.following = None


def _nth_day_of_talks(reader: SentenceReader, m: Mention, start: int, end: int) -> bool:
    """ "held a third straight day of talks" on Saturday (or, with no day of its own, on the day
    the sentence reports from): Thursday to Saturday."""
    nth = reader.rules.nth_day.search(reader.text, start, end)
    if nth is None:
        return False
    noun = (nth.group("noun") or "").lower()
    if not noun and _rules().day_of_named.match(reader.text, nth.end()):
        return False  # "on Thursday, the second day of the EU summit": a day of the summit, not of the meeting
    if _LENGTH_KIND.get(noun, noun) != m.kind and not (not noun and m.kind in ("talks", "meeting")):
        return False
    when = m.when
    if when is None and m.tense == "past":
        # "negotiators held a third straight day of talks ..., the air force said on Saturday";
        # "were meeting U.S. envoys for a third day", with no date of the clause: the story's day.
        reported = [d for d in reader.dates if reader.reported(d)]
        if len(reported) == 1:
            when = reader.resolve(reported[0], "past")
        elif not reported and not any(start <= d.char_start < end for d in reader.dates):
            anchor = reader.view.anchor
            when = DateSpan(anchor, anchor, "day", nth.group(0), nth.start(), nth.end())
    if when is None or when.start is None or when.start != when.end:
        return False
    day = when.start
    m.when = replace(when, start=day - timedelta(days=reader.rules.nth_days[nth.group("nth").lower()] - 1), end=day)
    m.date_text = m.date_text or when.text
    return True


def _day_reached(span: DateSpan) -> date | None:
    """ "overnight into Saturday ..., a day before the meeting": counted from the Saturday."""
    if span.start is not None and re.search(r"\binto\b", span.text, re.IGNORECASE):
        return span.start + timedelta(days=1)
    return span.start


def _shared_dates(reader: SentenceReader, mentions: list[Mention]) -> None:
    """Events of one clause, or cancelled together, happen on the same day."""
    for m in mentions:
        if m.when is not None or m.following is not None or m.anaphor:
            continue
        if m.known is not None and m.edition is not None:
            # "will fly to Hiroshima this weekend to take part in the G7 summit": the journey's
            # days are not the gathering's, whose edition has real dates of its own.
            continue
        mate = next(
            (
                o
                for o in mentions
                if o is not m
                and o.when is not None
                and o.has_own_date
                and not _told_apart(reader, m, o)
                # The eve's day is the day before the event it is the eve of.
                and not _on_the_eve(reader, m)
                and not _on_the_eve(reader, o)
                and not _date_of_its_noun(reader, o)
                and (
                    (o.segment == m.segment and o.tense == m.tense)
                    or (m.cue in ("cancelled", "postponed") and o.cue == m.cue)
                    or (o.segment < m.segment and o.tense == m.tense and _next_stop(reader, m.segment))
                    or (o.segment == m.segment - 1 and _goes_on_before(reader, m.segment))
                    or _met_on_arrival(m, o)
                )
            ),
            None,
        )
        if mate is not None and mate.when is not None:
            if mate.segment == m.segment - 1 and _goes_on_before(reader, m.segment):
                m.tense = mate.tense  # "to meet Scholz" in "held talks on Friday before flying to meet Scholz"
            m.when, m.date_text = mate.when, mate.date_text
            if m.cue == "cancelled":
                # "a meeting planned for London on Wednesday was scrapped after Rubio cancelled his trip".
                m.original = mate.original
                if m.location is None:
                    m.location, m.city = mate.location, mate.city


def _met_on_arrival(m: Mention, o: Mention) -> bool:
    """ "is expected in Rome on Friday, where he will meet Meloni and be received by the Pope at the
    Vatican": what a "where" clause tells of the place a one-day stop reaches is on that day."""
    span = o.when
    return (
        m.where_clause
        and o.kind == "visit"
        and o.segment == m.segment - 1
        and o.tense == m.tense
        and span is not None
        and span.start is not None
        and span.start == span.end
    )


def _date_of_its_noun(reader: SentenceReader, o: Mention) -> bool:
    """Whether ``o``'s date modifies its own event noun ("before next week's NATO summit", "the
    July 9-11 summit"): it names that event's day, not the clause's."""
    span = o.when
    if span is None or not span.text or span.char_end <= span.char_start:
        return False
    head = reader.rules.date_premodifier_after.match(reader.text, span.char_end)
    if head is None:
        return False
    possessive = reader.text.startswith(("'s", "’s"), span.char_end)
    if not possessive and not reader.rules.date_premodifier_before.search(reader.text, 0, span.char_start):
        return False
    return any(span.char_end <= t.start < head.end() for t in o.triggers)


def _told_apart(reader: SentenceReader, m: Mention, o: Mention) -> bool:
    """Whether another event of the sentence is told as something else than ``m``'s occasion: a
    reference to an event of its own ("the Black Sea talks held in March"), or one in what a verb of
    saying between them reports."""
    if o.anaphor:
        return True
    lo, hi = sorted((m.triggers[-1].end, o.triggers[-1].end))
    return reader.rules.reporting.search(reader.text, lo, hi) is not None


def _next_stop(reader: SentenceReader, index: int) -> bool:
    """ "On Thursday he met Starmer in London, then flew to Paris for talks with Macron": a stop of
    the tour the clause before tells, on its day unless it names its own."""
    segment = reader.segments[index]
    return bool(re.match(r"[\s,]*(?:and\s+)?then\s+[a-z]+", reader.text[segment.start : segment.end])) and bool(
        NO_SUBJECT.match(reader.text, segment.start)
    )


def _where_dates(reader: SentenceReader, mentions: list[Mention], claimed: set[int]) -> None:
    """ "the questions allies would take up on Friday at Ramstein Air Base, where defence chiefs are
    due to gather for a meeting": a "where" clause about the place of a clause with a day and no
    event of its own is on that day."""
    for m in mentions:
        if m.when is not None or not m.where_clause or m.segment == 0 or m.anaphor or m.following is not None:
            continue
        before = reader.segments[m.segment - 1]
        if any(o.segment == m.segment - 1 for o in mentions):
            continue
        days = [
            d
            for d in reader.dates
            if before.start <= d.char_start < before.end
            and d.granularity == "day"
            and d.start is not None
            and d.char_start not in claimed
            and not reader.reported(d)
        ]
        if len(days) == 1:
            _set_date(reader, m, days[0])
            m.has_own_date = True
            claimed.add(days[0].char_start)


def _goes_on_before(reader: SentenceReader, index: int) -> bool:
    """ "on Friday held talks in Rome before flying to Berlin to meet Scholz": a clause with no
    subject of its own that tells where the day's journey went on to, on the day of the clause before."""
    segment = reader.segments[index]
    if any(segment.start <= d.char_start < segment.end for d in reader.dates):
        return False  # "before heading to Japan for this weekend's G7 meeting": a day of its own
    return bool(_rules().before_going.match(reader.text, segment.start, segment.end))


def _reported_dates(reader: SentenceReader, mentions: list[Mention], claimed: set[int]) -> None:
    """A past event with no date of its own takes the sentence's only free past date ("officials
    agreed on Tuesday ..., after four hours of talks"). Not across a stretch of time ("hours after
    Zelenskyy met Biden" is not the night of the strike) nor from a clause that describes something
    else ("whose country took over the presidency on July 1")."""
    for m in mentions:
        if m.when is not None or m.following is not None or m.tense != "past" or m.anaphor or m.known:
            continue
        if m.cue in ("proposed", "cancelled", "postponed"):
            # "said on Saturday that a summit ... was still possible", "called off a trip to Germany,
            # officials said on Wednesday": the day of the saying or deciding, not of the event.
            continue
        if _after_a_gap(reader, m.segment):
            continue
        free = [
            reader.resolve(d, "past")
            for d in reader.dates
            if d.char_start not in claimed
            and d.start is not None
            and d.granularity == "day"
            and not _aside(reader, d.char_start)
            and not _subordinate_act(reader, d.char_start, mentions)
        ]
        free = [d for d in free if d.start is not None and d.start <= reader.view.anchor]
        if len({d.start for d in free}) == 1:
            m.when, m.date_text = free[0], free[0].text


def _subordinate_act(reader: SentenceReader, pos: int, mentions: list[Mention]) -> bool:
    """Whether ``pos`` is in a clause opened by "since", "because", "when" ... that names no event:
    "the first such meeting since the invasion began on Feb. 24, 2022" tells when the invasion began."""
    index = reader.segment_of(pos)
    if any(m.segment == index for m in mentions):
        return False
    return bool(reader.rules.subordinate_clause.match(reader.text, reader.segments[index].start))


def _after_a_gap(reader: SentenceReader, index: int) -> bool:
    """ "..., hours after Zelenskyy met Biden", "six days after troops crossed": another time."""
    segment = reader.segments[index]
    return bool(_GAP_OPENER.match(reader.text, segment.start)) and bool(
        _GAP_BEFORE.search(reader.text, 0, segment.start)
    )


def _aside(reader: SentenceReader, pos: int) -> bool:
    """Whether ``pos`` is in a clause that describes something else ("whose country took over the
    presidency on July 1", joined to the name it describes) or lies at a distance in time."""
    index = reader.segment_of(pos)
    segment = reader.segments[index]
    return segment.relative or pos >= segment.core or _after_a_gap(reader, index)


def distance(pos: int, triggers: Sequence[Trigger]) -> int:
    """Characters between ``pos`` and the nearest of ``triggers``."""
    return min(abs(pos - t.start) if pos < t.start else abs(pos - t.end) for t in triggers)
