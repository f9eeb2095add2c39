"""Diplomatic events read from an enriched article: who meets whom, where, when, and whether it is on.

:mod:`mentions` reads each sentence's references to events; this module merges them into one
entry per event ("the call" two paragraphs later is the call already listed; "another round of
talks" and "the first round on May 16" are other events), settles each event's date and status,
and gives it an identity that other articles about the same event share.

Status: cancelled or postponed when a clause says so (a postponed event carries its new date when
the text gives one, else the date it had; told both ways, "cancelled his trip" and "postponing his
trip", it is postponed); held when its date is past, or its own verb or a tense word by it says it
happened (a later clause that it opened today overtakes the plan told first); cancelled when it
"had been due" on days that have come; proposed for a word of proposal ("could", "offered", "hopes") or no time at all;
scheduled otherwise. A known recurring event named with no date, with a vaguer one or with one of
its days takes its edition's real dates; a gathering at the place and on the days of an edition is
that event ("the July 9-11 summit in Washington").

One event, not two: a journey and the meeting it was made for on that day and at that place ("flew
to Moscow on Thursday, where he met Putin"); an arrival in a city during a summit there; a
gathering named later ("an international conference in Berlin" ... "the Ukraine Recovery
Conference"); a trip to a continent and the trip to one of its countries. Two events, not one: an
event the clause goes on to with a verb of its own ("and to take part in a meeting of") and each
elided call ("and afterwards to Zelenskyy").

Identity (``event_id``): the kind of contact (call or in person), who takes part (the people
named in the clause that first reports it, sorted; else the countries; else the place) or the
recurring event's name and edition, and a month. The month is that of the date the event was
first *planned* for when the article gives it ("had been planned for Wednesday ... would now take
place on March 10" keeps February), of the event's own date otherwise, and of the article's date
for undated proposals and for postponements that name no old date. A postponement therefore keeps
the identity of the event it moves, a proposal that gets its date within the month keeps its own,
and a later report that the event took place lands on the same entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final

from services.diplo_calendar.article import ArticleView
from services.diplo_calendar.mentions import Mention, another_verb, read_sentence
from services.diplo_calendar.rules import Edition, KnownEvent, event_rules
from shared.models import CalendarEvent, EnrichedArticle, Evidence, Message, event_id_for
from shared.timex import DateSpan

__all__ = ["event_rules", "events_batch", "extract_events"]

_DISTINCT_NOUNS: Final = frozenset({"conference", "summit", "visit", "call"})

# Kinds one event may be reported as: a summit is also "the meeting" and "the talks", never a call.
_KIND_GROUP: Final = {
    "summit": "gathering",
    "meeting": "gathering",
    "talks": "gathering",
    "conference": "gathering",
    "visit": "visit",
    "call": "call",
}
# Places wider than a country ("Europe"): a trip there may be told later as a trip to one of them.
_AREA_KINDS: Final = frozenset({"area", "continent"})
_WEEKDAY: Final = re.compile(
    r"^(?:last\s+|this\s+|next\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I
)
# "to Budapest for the summit", "to New York next week for the annual": a journey's purpose;
# "a tour that took him to the security conference": the gathering is where it goes.
_FOR_GATHERING: Final = re.compile(
    r"[^,;.]{0,60}?\b(?:for|to)\s+(?:the|a|an|this|next|its|his|her)\s+(?:[\w'’.-]+\s+){0,5}$"
)
# "the Ramstein meeting": a capitalised word right between the article and the event word.
_PLACE_BEFORE: Final = re.compile(r"\bthe\s+([A-Z][\w'’-]+)\s+$")
_WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# How far ahead a summit at an edition's venue is that edition: its season, not next year's.
_VENUE_SEASON: Final = timedelta(days=62)


@dataclass
class _Event:
    """An event as the article builds it up, mention by mention."""

    first: Mention
    kind: str
    known: KnownEvent | None
    name: str | None
    principals: list[str]
    persons: list[str]
    countries: list[str]
    location: str | None
    city: bool
    when: DateSpan | None
    date_text: str | None
    original: date | None
    edition: Edition | None
    mentions: list[Mention] = field(default_factory=list)
    touched: int = 0
    #: Dated only by the day the story is at, not by its text: no reason by itself to list it.
    narrative_date: bool = False

    @property
    def family(self) -> str:
        return "call" if self.kind == "call" else "in-person"

    @property
    def start(self) -> date | None:
        return self.when.start if self.when is not None else None

    @property
    def end(self) -> date | None:
        return self.when.end if self.when is not None else None


class _Book:
    """The article's events so far; each new mention either joins one or starts one."""

    def __init__(self, view: ArticleView) -> None:
        self.view = view
        self.anchor = view.anchor
        self.events: list[_Event] = []
        self.of: dict[int, _Event] = {}
        self.clock = 0
        self._sentence: list[Mention] = []
        #: (host, event on its sidelines), for dating a host the text gives no day of its own.
        self._sidelines: list[tuple[_Event, _Event]] = []

    # -- adding ----------------------------------------------------------------------------------

    def add_sentence(self, mentions: list[Mention]) -> None:
        self._sentence = mentions
        for m in mentions:
            self._prepare(m)
            self.add(m)
        for m in mentions:
            self._after_sentence(m)

    def _prepare(self, m: Mention) -> None:
        if m.when is None and m.following is not None:
            last = self._last_dated(m)
            start = last.start if last is not None else None
            if start is None and m.following < 0:
                start = self.anchor  # "A day earlier": before the story's own day
            if start is not None:
                day = start + timedelta(days=m.following)
                m.when = DateSpan(day, day, "day", "", 0, 0)
                m.date_text = None
        if m.two_sides and len(m.countries) < 2:
            # "the negotiating teams of the two countries": the two the article has been about.
            sides = self._two_sides()
            if sides:
                m.countries = sides
        if m.three_way and len(m.persons) + len(m.countries) < 3:
            # "possibly followed by a three-way meeting including Zelenskyy": with the two just named.
            pair = next((e for e in self._recent() if e.family == m.family and len(e.persons) >= 2), None)
            if pair is not None:
                m.persons = [*pair.persons[:2], *(p for p in m.persons if p not in pair.persons[:2])]
        if m.repeats and not m.persons:
            # "the two sides will meet again on Monday": the people and place of the meeting just told.
            told = next((e for e in self._recent() if e.family == m.family and (e.persons or e.countries)), None)
            if told is not None and _overlaps_or_empty(m.countries, told.countries + self._countries_of(told)):
                # "EU foreign ministers met ... the ministers would meet again": the bodies if no people.
                m.persons = list(told.principals or told.persons)
                m.countries = m.countries or list(told.countries)
                if m.location is None:
                    m.location, m.city = told.location, told.city
        if m.is_round and not m.persons:
            # "another round", "Ukraine proposed holding the next round": of the talks the article
            # is about, whichever of their parties the clause names.
            talks = next((e for e in self._recent() if e.kind == "talks" and e.countries), None)
            if talks is not None and set(m.countries) <= set(talks.countries):
                m.countries = list(talks.countries)

    def add(self, m: Mention) -> None:
        self.clock += 1
        target = self._target(m)
        if target is not None and self._reschedules(target, m):
            # "looked forward to rescheduling his visit in the coming months": a new occasion.
            m.persons = m.persons or list(target.persons)
            m.location, m.city = m.location or target.location, m.city or target.city
            target = None
        # The country of who says so ("Beijing says no dates ... have been agreed") names no party.
        bare = _bare(m)
        if target is None and bare and m.undecided:
            # "expects Xi to visit Hungary later this month" and then "no dates for a visit have been
            # agreed": the undated plan of that kind just told, not a plan of its own.
            target = next((e for e in self._recent() if e.kind == m.kind and e.start is None), None)
        if target is None:
            own_date = m.definite and m.has_own_date
            if not (m.persons or m.countries or m.location or m.known or m.name or own_date):
                return  # "a meeting of leaders should come at the end": no event to list or refer back to
            event = self._new(m)
            self.events.append(event)
        else:
            event = target
            self._merge(event, m)
        event.touched = self.clock
        self.of[id(m)] = event

    def _after_sentence(self, m: Mention) -> None:
        event = self.of.get(id(m))
        if event is None:
            return
        host = self.of.get(id(m.sidelines_of)) if m.sidelines_of is not None else None
        if host is not None and event.location is None:
            event.location, event.city = host.location, host.city
        if host is not None:
            self._sidelines.append((host, event))
        if event.when is None and event.first.sentence == m.sentence:
            # "broke off his talks with Zelenskyy to telephone Putin": one clause, one day; "flew to
            # Moscow on Thursday, where he met Putin": the day of the arrival there. An event told in
            # an earlier sentence inherits no neighbour's day ("The Sochi meeting followed talks in
            # Moscow last Thursday" is not Thursday's).
            mate = next(
                (
                    self.of[id(o)]
                    for o in self._sentence
                    if o is not m
                    and (o.segment == m.segment or (m.where_clause and o.segment == m.segment - 1))
                    and id(o) in self.of
                    and self.of[id(o)].start is not None
                ),
                None,
            )
            if mate is not None and self._status(mate) == self._status(event) == "held":
                event.when, event.date_text = mate.when, mate.date_text
        if event.when is None and m.within_clause and event.first.sentence == m.sentence:
            # "a state visit on June 19-20, during which he will hold talks in Hanoi": on its days.
            outer = next(
                (self.of[id(o)] for o in self._sentence if o.segment == m.segment - 1 and id(o) in self.of),
                None,
            )
            if outer is not None and outer is not event and outer.start is not None:
                event.when, event.date_text = outer.when, outer.date_text
        if event.when is None and event.kind == "visit":
            # "Biden heads to Warsaw, where he will meet Polish President Andrzej Duda on Tuesday".
            goal = next(
                (
                    self.of[id(o)]
                    for o in self._sentence
                    if o.where_clause and o.segment == m.segment + 1 and id(o) in self.of and o.kind != "call"
                ),
                None,
            )
            if goal is not None and goal.start is not None and set(event.persons) <= set(goal.persons):
                event.when, event.date_text = goal.when, goal.date_text
        if event.when is None and host is not None and host.start is not None and host.end is not None:
            # "will meet on the sidelines of the G20 summit in Rio": some day of the summit's; "on
            # the sidelines of the forum in Davos the same day": the day the clause gives the forum.
            own_day = _one_day_within(m.sidelines_of.when if m.sidelines_of is not None else None, host)
            event.when, event.date_text = (own_day, None) if own_day is not None else (host.when, host.date_text)
        if event.when is None and event.family != "call":
            anchored = self._anchored_to_gathering(m)
            if anchored is not None:
                event.when, event.date_text = anchored, None
        other = self.of.get(id(m.relative_to)) if m.relative_to is not None else None
        if (
            other is not None
            and event.when is None
            and other.when is not None
            and other.start is not None
            and other.start == other.end
        ):
            # Before or after a call that day: the same day is the best the text gives; "fly to
            # Florida after the summit" of several days is on none of them.
            event.when, event.date_text = other.when, other.date_text
            if m.relative_days:
                day = other.start + timedelta(days=m.relative_days)
                event.when, event.date_text = DateSpan(day, day, "day", "", 0, 0), None

    def _anchored_to_gathering(self, m: Mention) -> DateSpan | None:
        """ "will meet Trump on the eve of the NATO summit in The Hague": the day before the dated
        gathering the phrase names; "will meet again at the G20 summit in Rio": its days."""
        offset = m.sentence_span[0]
        rules = event_rules()
        for o in self._sentence:
            host = self.of.get(id(o))
            if o is m or host is None or host.when is None or host.start is None or o.start <= m.start:
                continue
            lo = offset + max(m.triggers[-1].end, o.start - 80)
            if rules.eve_of.search(self.view.text, lo, offset + o.start):
                day = host.start - timedelta(days=1)
                return DateSpan(day, day, "day", "", 0, 0)
            nth = rules.day_of.search(self.view.text, lo, offset + o.start)
            if nth is not None and host is not self.of.get(id(m)):
                nth_day = _nth_day(nth.group("nth").lower(), host.start, host.end or host.start)
                if nth_day is not None:
                    return DateSpan(nth_day, nth_day, "day", "", 0, 0)
            gathering = host.kind in ("summit", "conference") and host.known is not None
            if (
                gathering
                and host is not self.of.get(id(m))
                and rules.at_gathering.search(self.view.text, lo, offset + o.start)
            ):
                return host.when
        return None

    # -- finding the event a mention belongs to ----------------------------------------------

    def _target(self, m: Mention) -> _Event | None:
        if m.known is not None or m.name is not None:
            # "an informal dinner of the European Council on Friday" and "a formal EU summit on
            # Dec. 19-20": one body, two occasions, each on its own days.
            named = next((e for e in self.events if self._same_named(e, m) and not self._dated_apart(e, m)), None)
            return named or self._unnamed_before(m)
        gathering = self._gathering_visited(m)
        if gathering is not None:
            return gathering
        moved = self._moved(m)
        if moved is not None:
            return moved
        candidates = [e for e in self._recent() if self._compatible(e, m)]
        if m.anaphor and m.persons:
            # "sat in on the meeting with Putin": the meeting Putin was at, before the latest one.
            candidates.sort(key=lambda e: -len(set(m.persons) & set(e.persons)))
        if m.definite and m.kind in _DISTINCT_NOUNS:
            # "the conference" is the conference the article is about before it is any meeting;
            # "the meeting" or "the talks" may be any gathering, the latest first.
            same_kind = [e for e in candidates if e.kind == m.kind]
            candidates = same_kind or candidates
        if m.definite and m.ordinal is None:
            # "the summit" is the one the story is about, not "the next NATO summit" named since,
            # which is another occasion and named so again.
            other = event_rules().other_occasions
            candidates.sort(key=lambda e: all(o.ordinal in other for o in e.mentions))
        return candidates[0] if candidates else None

    def _moved(self, m: Mention) -> _Event | None:
        """ "Biden put off his trip to Germany" and then "Biden will now travel to Berlin next Friday
        instead": the new date of the event put off, with its people, wherever the clause puts the
        talks it is for."""
        if not m.new_date or m.when is None or m.when.start is None or m.when.start < self.anchor or not m.persons:
            return None
        return next(
            (
                e
                for e in self._recent()
                if self._status(e) == "postponed"
                and e.family == m.family
                and set(m.persons) & set(e.persons)
                and self._location_compatible(e.location, m.location)
            ),
            None,
        )

    def _unnamed_before(self, m: Mention) -> _Event | None:
        """ "told an international conference in Berlin on Tuesday" and then "The Ukraine Recovery
        Conference, which runs from June 11-12": the event now named, at its place and on its days."""
        span = m.when if m.when is not None and m.when.start is not None else None
        first, last = (span.start, span.end) if span is not None else (None, None)
        if first is None and m.edition is not None:
            first, last = m.edition.start, m.edition.end
        if first is None or m.location is None:
            return None
        for e in self._recent():
            if e.name is not None or e.kind != m.kind or e.location is None or e.start is None:
                continue
            same_place = e.location == m.location or self._within(e.location, m.location)
            if same_place and first <= e.start <= (last or first):
                return e
        return None

    def _gathering_visited(self, m: Mention) -> _Event | None:
        """ "Zelenskyy, who arrived in Washington on Tuesday" during the summit there: his trip is
        his part in the summit, not an event of its own."""
        if m.kind != "visit" or m.definite or m.location is None:
            return None
        for e in self._recent():
            if e.kind not in ("summit", "conference") or e.location is None or e.start is None or e.end is None:
                continue
            if m.cue is not None and m.cue != self._status(e):
                continue  # a trip with news of its own
            if m.location != e.location and not self._within(e.location, m.location):
                continue
            day = m.when.start if m.when is not None else None
            last = m.when.end if m.when is not None else None
            if last is not None and last > e.end:
                continue  # "will spend four days in China" round a two-day summit: a stay of its own
            if day is None or e.start <= day <= e.end:
                return e
        return None

    def _reschedules(self, e: _Event, m: Mention) -> bool:
        # "had been due to arrive on Thursday" is the plan called off, not a new one.
        return (
            not m.unfulfilled
            and self._status(e) == "cancelled"
            and m.cue not in ("cancelled", "postponed")
            and m.tense == "future"
            and m.when is not None
            and (m.when.start is None or e.start is None or m.when.start > e.start)
        )

    def _recent(self) -> list[_Event]:
        return sorted(self.events, key=lambda e: e.touched, reverse=True)

    def _same_named(self, e: _Event, m: Mention) -> bool:
        if m.known is not None:
            return e.known is m.known and e.edition == _edition_of(m, self.view.dateline_place)
        return e.name == m.name or (e.known is not None and e.known.name == m.name)

    def _compatible(self, e: _Event, m: Mention) -> bool:
        if e.family != m.family:
            return False
        if _addressed(m) != {b for o in e.mentions for b in _addressed(o)}:
            return False  # an address is to its own body, and no other meeting of its speaker
        apart = m.triggers[0].elliptical or m.triggers[0].fresh
        if apart and any(o.sentence == m.sentence for o in e.mentions):
            return False  # "to Putin ..., and afterwards to Zelenskyy": another call, told in one breath
        if (e.known is not None or e.name is not None) and not m.definite:
            return False
        if m.kind == "summit" and e.kind != "summit" and not m.definite and e.first.sentence != m.sentence:
            return False  # "the talks in Jeddah ... hopes they will lead to a summit of world leaders": another
        if m.sidelines_of is not None and e.kind == m.sidelines_of.kind and e.kind != m.kind:
            return False  # "would meet Modi on the sidelines of the summit": a meeting of its own
        if self._bilateral_at(e, m):
            return False
        if not self._status_compatible(e, m) or not self._date_compatible(e, m):
            return False
        if not self._same_occasion(e, m):
            return False
        if m.cue in ("postponed", "cancelled") and self._status(e) == "held":
            return False  # what has taken place is not put off
        if not m.has_own_date and self._new_occasion(m) and self._status(e) == "held":
            return False  # "gave no timetable for a further call": not the call that took place
        if self._proposed_anew(e, m):
            return False
        same_day = m.when is not None and e.start is not None and _same_weekday(m.date_text, e.start)
        # "The meeting was postponed": the past of the news, not of the meeting.
        past = (m.tense == "past" and m.cue not in ("cancelled", "postponed")) or m.cue == "held"
        under_way = m.when is not None and m.has_own_date and _in_progress_over(m.when, e, self.anchor)
        if m.anaphor and m.firm_tense and not (same_day or under_way) and past != (self._status(e) == "held"):
            # "The session was chaired by Fidan" is the talks that took place, not the one proposed.
            return False
        if not self._location_compatible(e.location, m.location) and not self._same_day_same_people(e, m):
            return False
        # A visit is a visit ("Zelenskyy's planned trip to Washington" is no summit), unless it is
        # the journey to the event ("Putin's first trip to the United States").
        visit_clash = (m.kind == "visit") != (e.kind == "visit") and not self._trip_to(e, m)
        if (visit_clash or not m.definite) and _KIND_GROUP[m.kind] != _KIND_GROUP[e.kind] and not self._trip_to(e, m):
            return False
        if m.definite and m.own_list and m.countries and not set(m.countries) & set(e.countries + e.persons):
            return False  # "the first meeting of a new NATO-Ukraine Council" is that body's, no other meeting
        if m.definite and self._named_by_place(e, m):
            return True  # "the Ramstein meeting" is the meeting at Ramstein told before, whoever chairs it
        if m.definite:
            return _overlaps_or_empty(m.persons, e.persons) and _overlaps_or_empty(m.countries, e.countries + e.persons)
        if self._one_sentence_one_kind(e, m):
            return True
        called_off = m.unfulfilled and self._status(e) in ("cancelled", "postponed")
        if m.has_own_date and e.start is None and set(m.persons) != set(e.persons) and not called_off:
            # "a meeting of the contact group at Ramstein next month" is not the undated meeting
            # with Harris told before, though Zelenskyy is at both; "had been due to arrive in Berlin
            # on Thursday" after "called off a trip to Germany" is the date the trip had.
            return False
        return (
            _same_people(m, e)
            or (not m.persons and not e.persons and _subset_either(m.countries, e.countries))
            or self._same_days_running(e, m)
            or self._hosts_gathering(e, m)
            or self._names_the_visitors(e, m)
        )

    def _names_the_visitors(self, e: _Event, m: Mention) -> bool:
        """ "called off a visit to Berlin by two senior aides" and, in the next sentence, "Yermak and
        Umerov had been due to fly to the German capital": the visitors told before, now by name."""
        return (
            e.kind == m.kind == "visit"
            and not e.persons
            and not e.countries
            and bool(m.persons)
            and e.location is not None
            and m.location is not None
            and e.mentions[-1].sentence == m.sentence - 1
        )

    def _named_by_place(self, e: _Event, m: Mention) -> bool:
        """A definite event word right after the name of the event's place ("the Ramstein meeting")."""
        if e.location is None or m.location is not None:
            return False
        start = m.sentence_span[0] + m.triggers[0].start
        before = _PLACE_BEFORE.search(self.view.text, max(0, start - 40), start)
        return before is not None and before.group(1) in e.location.split()

    def _proposed_anew(self, e: _Event, m: Mention) -> bool:
        """ "the meeting was put off ... Scholz had spoken to Biden and the two would meet as soon as
        possible": an undated proposal told on its own after the news that the event was put off or
        called off is the new occasion hoped for, not the one called off."""
        return (
            m.cue == "proposed"
            and not m.anaphor
            and not m.has_own_date
            and all(o.sentence < m.sentence for o in e.mentions)
            and self._status(e) in ("postponed", "cancelled")
        )

    def _bilateral_at(self, e: _Event, m: Mention) -> bool:
        """ "welcomed leaders to Kazan for a summit" and then "Putin held talks with Modi": two named
        people meeting during a gathering told before meet on their own, not as the gathering."""
        return (
            m.kind in ("meeting", "talks")
            and e.kind in ("summit", "conference")
            and not m.definite
            and len(m.persons) == 2
            and e.first.sentence != m.sentence
        )

    def _hosts_gathering(self, e: _Event, m: Mention) -> bool:
        """ "a summit of the coalition in Paris on Tuesday" and then "Macron will host Zelenskyy,
        Starmer and other leaders in Paris": the hosting, undated, is the gathering told with no
        one named."""
        return (
            m.weak
            and m.when is None
            and e.kind in ("summit", "conference")
            and not e.persons
            and e.location is not None
            and e.location == m.location
        )

    def _same_days_running(self, e: _Event, m: Mention) -> bool:
        """ "held a third straight day of talks" and "were meeting U.S. envoys for a third day": the
        same run of several days, with a side of the talks, is the talks."""
        if m.when is None or e.start is None or e.end is None or e.start == e.end:
            return False
        same_days = m.when.start == e.start and m.when.end == e.end
        return same_days and bool(m.countries) and set(m.countries) <= set(e.countries)

    def _dated_apart(self, e: _Event, m: Mention) -> bool:
        """Whether the event and the mention each name days of their own, and not the same days."""
        own = m.has_own_date and any(o.has_own_date for o in e.mentions)
        return own and not self._date_compatible(e, m)

    def _same_occasion(self, e: _Event, m: Mention) -> bool:
        """ "The first round" is not the second; "the last direct talks ..., in March 2022" are not
        the undated meeting just told, unless that one was called the last too."""
        theirs = {o.ordinal for o in e.mentions if o.ordinal is not None}
        if m.ordinal is None:
            return True
        if theirs:
            return m.ordinal in theirs
        return not (m.ordinal in ("last", "previous") and m.has_own_date and e.start is None)

    def _one_sentence_one_kind(self, e: _Event, m: Mention) -> bool:
        """ "Russia and Ukraine would begin negotiations and the Pope had offered to host talks at the
        Vatican": in one sentence, talks named once with their parties and once with their host."""
        last = e.mentions[-1]
        if last.sentence != m.sentence or last.kind != m.kind or (e.persons and m.persons):
            return False
        if m.countries and e.countries and not set(m.countries) & set(e.countries):
            # "meet G7 leaders ..., and the Security Council was set to hold a meeting": two bodies, two events.
            return False
        # Not "due to meet Biden on Thursday and to take part in a meeting of the council": two verbs.
        offset = m.sentence_span[0]
        return not another_verb(self.view.text[offset + last.triggers[-1].end : offset + m.start])

    def _trip_to(self, e: _Event, m: Mention) -> bool:
        """ "Putin's first trip to the United States" is his journey to the Alaska summit."""
        return (
            m.kind == "visit"
            and e.kind != "call"
            # "... postponed after Biden cancelled his trip to Europe": a trip with news of its own.
            and (m.cue is None or m.cue == self._status(e))
            and (m.when is None or _within_dates(m.when.start, e))
            # "will spend four days in China, from Aug. 31 to Sept. 3" round a two-day summit there:
            # a stay of its own that takes in the summit, not the way to it.
            and (m.when is None or m.when.end is None or e.end is None or m.when.end <= e.end)
            and bool(m.persons)
            and set(m.persons) <= set(e.persons)
            # "From Moscow, Modi travels on to Vienna for a visit to Austria": a journey somewhere
            # of its own is not the way to an event with no place.
            and (m.definite or m.location is None or e.location is not None)
        )

    def _location_compatible(self, a: str | None, b: str | None) -> bool:
        """The same place, or a place and the country it is in ("Anchorage" and "United States")."""
        if a is None or b is None or a == b or self._area(a) or self._area(b):
            return True  # "his trip to Europe" is the trip to Germany told later
        countries = self.view.place_countries
        return countries.get(a) == b or countries.get(b) == a

    def _within(self, place: str, country: str) -> bool:
        if self._area(country) and not self._area(place):
            return True
        return place != country and self.view.place_countries.get(place) == country

    def _area(self, place: str) -> bool:
        return self.view.place_kinds.get(place) in _AREA_KINDS

    def _status_compatible(self, e: _Event, m: Mention) -> bool:
        if m.when is None and m.cue is None and not m.repeats and self._same_trip(e, m):
            # "Washington had notified Moscow that Biden would be travelling to Kyiv" in a story of
            # his visit there: the visit told, in the future of the past.
            return True
        # A reference says nothing of status unless it dates the event ("Zelenskyy's previous
        # Oval Office visit in February" is not the meeting being arranged).
        dated = m.when is not None and m.when.start is not None and m.has_own_date
        if dated and e.start is not None and _same_weekday(m.date_text, e.start):
            return True  # "coordinating Wednesday's call" is the call set for Wednesday
        if dated and m.when is not None and _in_progress_over(m.when, e, self.anchor):
            return True  # "began talks on Saturday" and "the Aug. 5-6 meeting": under way, not to come
        mine = _mention_status(m, self.anchor) if not m.anaphor or dated else None
        if mine is None:
            return True
        theirs = self._status(e)
        return (mine == "held") == (theirs == "held")

    def _same_day_same_people(self, e: _Event, m: Mention) -> bool:
        """ "due to meet Trump in Florida" and "will see Trump on Sunday at his estate in Palm Beach":
        the same people on the same day in one country are one meeting, however the place is named."""
        if m.when is None or m.when.start is None or m.when.start != m.when.end or e.start != m.when.start:
            return False
        if e.end != e.start or not m.persons or set(m.persons) != set(e.persons):
            return False
        countries = self.view.place_countries
        return (
            m.location is not None and e.location is not None and countries.get(m.location) == countries.get(e.location)
        )

    def _same_trip(self, e: _Event, m: Mention) -> bool:
        return (
            m.kind == e.kind == "visit"
            and m.location is not None
            and m.location == e.location
            and bool(m.persons)
            and set(m.persons) <= set(e.persons)
        )

    def _date_compatible(self, e: _Event, m: Mention) -> bool:
        if m.when is None or m.when.start is None or e.start is None or e.end is None:
            return True
        if self._status(e) == "postponed" and m.when.start >= self.anchor:
            return True  # the new date of a postponed event
        if _same_weekday(m.date_text, e.start):
            return True
        end = m.when.end or m.when.start
        return not (end < e.start or m.when.start > e.end)

    # -- building and merging ----------------------------------------------------------------

    def _new(self, m: Mention) -> _Event:
        persons, countries = list(m.persons), list(m.countries)
        if m.definite and not persons and not countries:
            # "the first round on May 16": another meeting of the parties the article is about.
            donor = next((e for e in self._recent() if _KIND_GROUP[e.kind] == _KIND_GROUP[m.kind]), None)
            if donor is not None:
                persons, countries = list(donor.persons), list(donor.countries)
        edition = _edition_of(m, self.view.dateline_place)
        date_span, date_text = m.when, m.date_text
        if edition is not None and _dated_by_edition(
            edition, m, self.anchor, self.view.text[m.sentence_span[0] : m.sentence_span[1]]
        ):
            date_span = DateSpan(edition.start, edition.end, "day", "", 0, 0)
        location, city = (m.location, m.city) if m.location or not m.anaphor else (m.full_location, m.full_city)
        event = _Event(
            first=m,
            kind=m.kind,
            known=m.known,
            name=m.known.name if m.known is not None else m.name,
            principals=list(m.persons),
            persons=persons,
            countries=countries,
            location=location,
            city=city,
            when=date_span,
            date_text=date_text,
            original=m.original,
            edition=edition,
            mentions=[m],
        )
        return event

    def _merge(self, e: _Event, m: Mention) -> None:
        e.mentions.append(m)
        if e.name is None and (m.known is not None or m.name is not None):
            e.known, e.name, e.edition = (
                m.known,
                m.known.name if m.known is not None else m.name,
                _edition_of(m, self.view.dateline_place),
            )
            if m.location is not None:
                e.location, e.city = m.location, m.city
            dated = m.when is not None and m.when.start is not None
            if (
                dated
                and e.edition is not None
                and _dated_by_edition(
                    e.edition, m, self.anchor, self.view.text[m.sentence_span[0] : m.sentence_span[1]]
                )
            ):
                e.when = DateSpan(e.edition.start, e.edition.end, "day", "", 0, 0)
            elif dated:
                e.when, e.date_text = m.when, m.date_text
            elif e.edition is not None and _refines(e.edition, e.when):
                e.when = DateSpan(e.edition.start, e.edition.end, "day", "", 0, 0)
        for p in m.persons:
            if p not in e.persons:
                e.persons.append(p)
        for c in m.countries:
            if c not in e.countries:
                e.countries.append(c)
        if m.location is not None and (e.location is None or self._within(m.location, e.location)):
            # "to visit Ukraine" and then "arrived in Kyiv": the nearer place is where it is.
            e.location, e.city = m.location, m.city
        self._merge_date(e, m)

    def _merge_date(self, e: _Event, m: Mention) -> None:
        if m.when is None:
            return
        if self._status(e) == "postponed" and m.when.start is not None and m.when.start >= self.anchor:
            # "The trip would now take place on March 10": the new date; the old one stays its identity.
            if e.original is None and e.start is not None and e.start != m.when.start:
                e.original = e.start
            e.when, e.date_text = m.when, m.date_text
            return
        if m.has_own_date and _in_progress_over(m.when, e, self.anchor):
            # "began talks on Saturday" was the first day of "the Aug. 5-6 meeting".
            e.when, e.date_text = m.when, m.date_text
            return
        if m.has_own_date and _longer_from_same_day(e.when, m.when):
            # "due to meet in Abu Dhabi on Wednesday" ... "will be held on Wednesday and Thursday".
            e.when, e.date_text = m.when, m.date_text
            return
        if m.has_own_date and e.known is None and _day_within_vague(e.when, m.when):
            # "Earlier in the month, at the last meeting of the contact group, Austin hosted
            # ministers at Ramstein on Jan. 9": the day tells which part of the month.
            e.when, e.date_text = m.when, m.date_text
            return
        # Otherwise a later mention only fills in a date the event lacks, and only in its tense.
        lacks = e.when is None or (e.when.start is None and m.when.start is not None)
        if lacks and self._status_compatible(e, m):
            e.when, e.date_text = m.when, m.date_text

    def _two_sides(self) -> list[str]:
        """The two countries of the latest meeting of two leaders, else of the latest two-sided event."""
        for e in self._recent():
            countries: list[str] = []
            for person in e.persons:
                country = self.view.person_countries.get(person)
                if country and country not in countries:
                    countries.append(country)
            if len(countries) == 2:
                return countries
        return next((list(e.countries) for e in self._recent() if len(e.countries) == 2), [])

    def _countries_of(self, e: _Event) -> list[str]:
        return [c for p in e.persons if (c := self.view.person_countries.get(p))]

    def _last_dated(self, m: Mention) -> _Event | None:
        """The event whose date the text gave last: "told Putin in a call on Sunday that Turkey was
        ready to host the negotiations" ... "spoke to Macron the same day" is Sunday, though the
        negotiations (on Thursday) were named after the call."""
        # A past "the same day" counts from a day already past, not from a plan named since.
        past = m.tense == "past"
        dated = [
            ((o.sentence, o.start), e)
            for e in self.events
            if e.start is not None and not (past and e.start > self.anchor)
            for o in e.mentions
            if o.has_own_date and o.when is not None
        ]
        if dated:
            return max(dated, key=lambda pair: pair[0])[1]
        return next((e for e in self._recent() if e.start is not None), None)

    # -- status -------------------------------------------------------------------------------

    def _status(self, e: _Event) -> str:
        cues = {m.cue for m in e.mentions}
        # Put off is the more specific news: "cancelled his trip" and "postponing his trip ... hoped
        # to reschedule" in one article, or "would not take place" on a date it was moved from.
        if "postponed" in cues:
            return "postponed"
        called_off = min((m.sentence for m in e.mentions if m.cue == "cancelled"), default=None)
        if called_off is not None and any(m.sentence >= called_off and self._goes_ahead(m) for m in e.mentions):
            # "will travel to Berlin on Friday, rescheduling a visit that he called off last week":
            # called off, then set for a new day, is put off; a plan told before the news that it
            # was called off is not a new day.
            return "postponed"
        if "cancelled" in cues:
            return "cancelled"
        # "The Kremlin has not confirmed any such visit" only says how firm the plan told before is.
        defining = next((m for m in e.mentions if not m.anaphor and not (m.undecided and _bare(m))), e.first)
        if "held" in cues and (e.start is None or e.start <= self.anchor):
            return "held"
        if e.start is not None and e.start <= self.anchor and any(self._told_done(m) for m in e.mentions):
            # "will fly to Hiroshima to take part in the summit" and then "the summit opened on
            # Friday": the plan told first is overtaken by the news that it has begun.
            return "held"
        if defining.invited and defining.cue is None and (e.when is None or e.when.granularity != "day"):
            return "proposed"  # "invited Putin to visit China next year": asked for, not fixed
        tense = defining.tense
        if tense == "past" and not defining.firm_tense and e.when is None and self._new_occasion(defining):
            # "said he intended to keep talking but gave no timetable for a further call": the past
            # is the saying's; the further call is still to come.
            tense = "future"
        status = _status_of(defining.cue, tense, e.start, e.end, e.when is not None, self.anchor)
        undated = e.when is None or e.when.granularity != "day"
        if status == "scheduled" and undated and any(m.undecided for m in e.mentions):
            return "proposed"  # "he expects Putin to visit Turkey later this month ... no dates have been agreed"
        if status == "scheduled" and undated and self._called_for(e, defining):
            # "Zelenskyy said work would begin on preparing a second peace summit": a summit with no
            # day, host, place or party but the one who speaks of it is what he calls for, not set.
            return "proposed"
        tentative = any(m.tentative for m in e.mentions if not m.anaphor)
        if (
            status == "scheduled"
            and e.when is None
            and (tentative or "proposed" in {m.cue for m in e.mentions if not m.anaphor})
        ):
            # "Russia and Ukraine would start negotiations ... the Pope offered to host talks": with no
            # date fixed, one clause that only offers or hopes for it says how firm the plan is.
            return "proposed"
        if status == "held" and e.start == e.end == self.anchor and self._arrived_for(defining):
            return "scheduled"  # "arrived in Paris on Wednesday for a working dinner with Macron": still ahead
        if status == "held" and defining.unfulfilled and "held" not in cues:
            return "cancelled"  # "had been due to chair a meeting at Ramstein on Saturday": it did not happen
        if status == "scheduled" and defining.unfulfilled and e.start is not None and e.start <= self.anchor:
            # "had been due to travel to Washington this week": a plan whose days have come, told
            # as what was to have been, is off.
            return "cancelled"
        return status

    def _told_done(self, m: Mention) -> bool:
        """A mention whose own verb tells, on a day of its own not after the story's, that the
        event took place or began."""
        return (
            m.cue is None
            and m.tense == "past"
            and m.firm_tense
            and m.has_own_date
            and not m.unfulfilled
            and not m.undecided
            and m.when is not None
            and m.when.granularity == "day"
            and m.when.start is not None
            and m.when.start <= self.anchor
            and not self._arrived_for(m)
        )

    def _called_for(self, e: _Event, defining: Mention) -> bool:
        return (
            e.kind == "summit"
            and e.name is None
            and e.location is None
            and not e.countries
            and len(e.persons) == 1
            and not defining.definite
            and not defining.anaphor
        )

    def _new_occasion(self, m: Mention) -> bool:
        """An indefinite event word told as one more occasion ("a further call", "another meeting")."""
        if m.definite or m.anaphor:
            return False
        start = m.sentence_span[0] + m.triggers[0].start
        return event_rules().new_occasion_before.search(self.view.text, max(0, start - 60), start) is not None

    def _arrived_for(self, m: Mention) -> bool:
        """A journey told as done whose clause names the occasion it was made for, an event noun
        after "for": on the story's own day that occasion is still to come."""
        offset = m.sentence_span[0]
        text = self.view.text
        for t in m.triggers[1:]:
            before = text[offset + m.triggers[0].start : offset + t.start]
            if t.party is None and event_rules().arrived_for.match(before):
                return True
        return False

    def _goes_ahead(self, m: Mention) -> bool:
        """A mention that tells the event as still to come on a day of its own, with no word of
        calling it off."""
        return (
            m.cue is None
            and m.tense == "future"
            and m.firm_tense
            and not m.anaphor
            and not m.unfulfilled
            and m.when is not None
            and m.when.granularity == "day"
            and m.when.start is not None
            and m.when.start >= self.anchor
        )

    # -- output -------------------------------------------------------------------------------

    def _absorb_journeys(self) -> None:
        """ "Witkoff flew to Moscow on Thursday, where he met Putin": the journey and the meeting it
        was made for that day are one event, listed where the article first tells it."""
        for visit in [e for e in self.events if e.kind == "visit"]:
            goal = next((g for g in self.events if g is not visit and self._journey_for(visit, g)), None)
            if goal is not None:
                # "will travel to Budapest for the European Political Community summit": the
                # traveller takes part in the gathering, and his trip, undated, is only the way
                # there, not an occasion of its own, when told in the gathering's status.
                goal.persons += [p for p in visit.persons if p not in goal.persons]
                trip, gathering = self._status(visit), self._status(goal)
                if trip == gathering or (gathering == "held" and trip not in ("cancelled", "postponed")):
                    # A trip with no day of its own to a gathering already held is no plan still to come.
                    self.events.remove(visit)
                continue
            meeting = next((g for g in self.events if g is not visit and self._journey_of(visit, g)), None)
            if meeting is None:
                continue
            meeting.mentions = [*visit.mentions, *meeting.mentions]
            meeting.first = min(visit.first, meeting.first, key=lambda m: (m.sentence, m.start))
            meeting.persons = [*visit.persons, *(p for p in meeting.persons if p not in visit.persons)]
            if visit.location is not None and self._within(visit.location, meeting.location or ""):
                meeting.location, meeting.city = visit.location, visit.city
            self.events.remove(visit)

    def _absorb_sessions(self) -> None:
        """ "Zelenskyy, who is in New York for the annual U.N. General Assembly" and "was due to
        address the General Assembly later on Wednesday": the gathering is where the address is
        made, and the address, on its own day, is the event the article tells."""
        for e in [e for e in self.events if e.known is not None and e.edition is not None]:
            edition = e.edition
            addresses = [
                a
                for a in self.events
                if a is not e
                and any(t.session_of == e.name for m in a.mentions for t in m.triggers)
                and (a.start is None or (edition is not None and edition.start <= a.start <= edition.end))
            ]
            if addresses:
                self.events.remove(e)

    def _journey_of(self, visit: _Event, g: _Event) -> bool:
        if g.kind in ("visit", "call") or g.start is None or visit.start != g.start:
            return False
        if any(o.within_clause for o in g.mentions):
            return False  # "a state visit ..., during which he will hold talks": the talks are a part of it
        if visit.end is not None and g.end is not None and visit.end > g.end:
            return False  # a three-day state visit is more than the meeting on its first day
        if visit.location is None or g.location is None or not visit.persons:
            return False
        same_place = visit.location == g.location or self._within(g.location, visit.location)
        if same_place and visit.end == g.end and self._made_for(visit, g):
            return True  # "will travel on to Washington for the NATO summit, which runs from Tuesday"
        same_status = self._status(visit) == self._status(g)
        return same_place and same_status and set(visit.persons) <= set(g.persons)

    def _journey_for(self, visit: _Event, g: _Event) -> bool:
        """ "will travel to Budapest for the European Political Community summit": an undated journey
        made for a gathering its clause names, whose traveller takes part in it."""
        if g.kind in ("visit", "call") or visit.start is not None or not visit.persons:
            return False
        return self._made_for(visit, g)

    def _made_for(self, visit: _Event, g: _Event) -> bool:
        """Whether the journey's clause says it is made for the gathering ("to Budapest for the summit")."""
        v, m = visit.first, g.first
        if v.sentence != m.sentence or m.start <= v.triggers[-1].end:
            return False
        if (
            visit.location is not None
            and g.location is not None
            and not (visit.location == g.location or self._within(g.location, visit.location))
        ):
            return False
        offset = v.sentence_span[0]
        return _FOR_GATHERING.match(self.view.text, offset + v.triggers[-1].end, offset + m.start) is not None

    def _name_known_editions(self) -> None:
        """ "The July 9-11 summit in Washington": a gathering at the place and on the days of a known
        event's edition is that event."""
        # "the two met on the sidelines of an EU summit": a meeting at the summit is not the summit.
        guests = [guest for _, guest in self._sidelines]
        for e in self.events:
            if e.name is not None or e.family == "call" or e.kind == "visit" or e.location is None:
                continue
            if any(_addressed(m) for m in e.mentions):
                continue  # an address made during the gathering is not the gathering
            if e.start is None or e.end is None or any(g is e for g in guests):
                continue
            for known in event_rules().known:
                edition = next(
                    (
                        x
                        for x in known.editions
                        if e.location in (x.location, known.location) and x.start <= e.start and e.end <= x.end
                    ),
                    None,
                )
                if edition is not None and (e.start, e.end) == (edition.start, edition.end):
                    if e.first.where_clause and any(o.edition == edition for o in self.events):
                        break  # "attended the summit in Tirana, where he met Macron": a meeting there
                    e.known, e.name, e.edition, e.kind = known, known.name, edition, known.kind
                    break

    def _place_by_visits(self) -> None:
        """ "Xi will travel to Moscow for a state visit on March 20-22 ... the two leaders would hold an
        informal meeting on Monday": a meeting with no place of its own, on a day of a visit one of
        its people makes, is where the visit goes."""
        visits = [v for v in self.events if v.kind == "visit" and v.location is not None and v.start is not None]
        for e in self.events:
            if e.kind == "visit" or e.family == "call" or e.location is not None or e.start is None:
                continue
            host = next((v for v in visits if self._takes_part(v, e) and _within_dates(e.start, v)), None)
            if host is not None:
                e.location, e.city = host.location, host.city
        self._place_by_stops()
        # "Xi begins a four-day state visit on Wednesday and is to hold talks with Putin in the
        # Kremlin on Thursday": a visit with no place of its own goes where its visitor's talks
        # of the same sentence are, on one of its days.
        for v in self.events:
            if v.kind != "visit" or v.location is not None or v.start is None or not v.persons:
                continue
            goal = next(
                (
                    g
                    for g in self.events
                    if g.kind != "visit"
                    and g.family != "call"
                    and g.location is not None
                    and g.first.sentence == v.first.sentence
                    and set(v.persons) <= set(g.persons)
                    and _within_dates(g.start, v)
                ),
                None,
            )
            if goal is not None:
                v.location, v.city = goal.location, goal.city

    def _place_by_stops(self) -> None:
        """ "will stop in Oslo on his way to the summit. He will see the king on Monday": a stop with no
        day of its own, and the dated meeting of its traveller told right after it with no place, are
        one event, at the stop's place on the meeting's day."""
        for v in [v for v in self.events if v.kind == "visit" and v.when is None and v.location is not None]:
            goal = next(
                (
                    e
                    for e in self.events
                    if e.kind in ("meeting", "talks")
                    and e.location is None
                    and e.start is not None
                    and v.first.sentence <= e.first.sentence <= v.first.sentence + 1
                    and bool(v.persons)
                    and set(v.persons) <= set(e.persons)
                    and len(e.persons) > len(v.persons)
                    and self._status(e) == self._status(v)
                ),
                None,
            )
            if goal is not None:
                goal.location, goal.city = v.location, v.city
                v.when, v.date_text = goal.when, goal.date_text

    def _date_by_visits(self) -> None:
        """ "Biden will travel to Berlin on Friday ... In Berlin, Biden will meet Scholz", "a visit to
        Moscow on March 13 by Witkoff, who met Putin": a meeting with no date of its own, told with or
        after a one-day visit its people make, where the visit goes, is on the day of the visit."""
        visits = [
            v
            for v in self.events
            if v.kind == "visit" and v.location is not None and v.start is not None and v.start == v.end and v.persons
        ]
        for e in self.events:
            if e.kind == "visit" or e.family == "call" or e.when is not None or len(e.persons) < 2:
                continue  # a meeting of the visitor with someone, not one person alone
            if self._status(e) == "proposed":
                continue  # "would be open to meeting Kim while in the region": no day is said
            held = self._status(e) == "held"
            host = next(
                (
                    v
                    for v in sorted(visits, key=lambda v: -v.first.sentence)
                    if v.first.sentence <= e.first.sentence
                    and set(v.persons) & set(e.persons)
                    and (e.location is None or e.location == v.location or self._within(e.location, v.location or ""))
                    and (self._status(v) == "held") == held
                    # A plan is not on the day of a trip already past ("had been due to arrive last
                    # Thursday ... will now meet Scholz in Berlin"), nor a past meeting on a coming one.
                    and (v.start is None or (v.start <= self.anchor if held else (v.end or v.start) >= self.anchor))
                ),
                None,
            )
            if host is not None:
                e.when, e.date_text = host.when, host.date_text
                if e.location is None:
                    e.location, e.city = host.location, host.city

    def _takes_part(self, visit: _Event, e: _Event) -> bool:
        """Whether the visitor is at the event, in person or as the country he leads ("the two delegations")."""
        countries = {self.view.person_countries.get(p) for p in visit.persons}
        return bool(set(visit.persons) & set(e.persons) or countries & set(e.countries))

    def calendar(self, enriched: EnrichedArticle) -> list[CalendarEvent]:
        self._name_known_editions()
        self._place_by_visits()
        self._absorb_journeys()
        self._date_by_visits()
        self._absorb_sessions()
        self._date_hosts_by_sidelines()
        self._date_by_narrative()
        self._date_by_old_plan()
        out: dict[str, CalendarEvent] = {}
        for e in sorted(self.events, key=lambda e: (e.first.sentence, e.first.start)):
            status = self._status(e)
            if not self._listable(e, status):
                continue
            event = self._calendar_event(e, status, enriched)
            if event.event_id in out:
                # Two events of one month and people in one article ("cancelled his trip" and
                # "rescheduling his visit"): the later one is told apart by its title and date.
                unique = event_id_for(kind=e.kind, key=event.title, start=e.start)
                event = event.model_copy(update={"event_id": unique})
            out.setdefault(event.event_id, event)
        return list(out.values())

    def _date_hosts_by_sidelines(self) -> None:
        """ "met on the sidelines of an EU summit in Brussels last Thursday": a past gathering the
        text dates only through what happened on its sidelines was on that day too."""
        for host, guest in self._sidelines:
            if host.when is not None or guest.start is None or host not in self.events:
                continue
            if self._status(host) == self._status(guest) == "held":
                host.when, host.date_text = guest.when, guest.date_text

    def _date_by_narrative(self) -> None:
        """A news story tells what happened on the day its narrative is at: "Zelenskiy spoke by phone
        with Biden" with no date happened on the day of the last dated past event before it, or on the
        article's own day when none came before ("Earlier in the day he talked to Macron")."""
        for e in self.events:
            if e.when is not None or all(m.at_a_gap for m in e.mentions) or self._status(e) != "held":
                continue  # "hours after Zelenskyy met Macron" is not the story's day
            before = [
                o.when
                for o in self.events
                if (o.first.sentence, o.first.start) < (e.first.sentence, e.first.start)
                and o.when is not None
                and o.when.granularity == "day"
                and o.start is not None
                and o.start <= self.anchor
            ]
            day = before[-1].start if before and before[-1].start is not None else self.anchor
            e.when = DateSpan(day, day, "day", "", 0, 0)
            e.narrative_date = True

    def _date_by_old_plan(self) -> None:
        """ "A meeting planned for Monday has been postponed" with no new date: the gold calendars
        keep the date it was planned for, as they do for a cancellation."""
        for e in self.events:
            if e.when is not None or self._status(e) != "postponed":
                continue
            planned = next((m.planned_when for m in e.mentions if m.planned_when is not None), None)
            if planned is not None:
                e.when, e.date_text = planned, planned.text

    def _listable(self, e: _Event, status: str) -> bool:
        dated = (e.start is not None or e.end is not None) and not e.narrative_date
        if status == "held" and not dated:
            # Known to have happened, not when: worth listing only as a meeting of two named people.
            # An address is a meeting of its speaker with the body addressed.
            addressed = any(t.party for m in e.mentions for t in m.triggers)
            return e.kind != "visit" and (len(e.persons) >= 2 or (addressed and bool(e.persons)))
        if e.known is not None or e.name is not None:
            return True
        hosted = any(m.hosted_by_place for m in e.mentions)
        # "The group's previous meeting, on Feb. 14, ... in Brussels": a date and a place of its own.
        placed_and_dated = e.location is not None and any(m.has_own_date and not m.anaphor for m in e.mentions)
        if (
            not e.persons
            and not e.countries
            and ((e.kind in ("meeting", "visit") and not hosted and not placed_and_dated) or e.location is None)
        ):
            return False
        if dated:
            return True
        specific = any(m.specific for m in e.mentions)
        return (
            len(e.persons) >= 2
            or (bool(e.persons) and e.location is not None)
            or (len(e.countries) >= 2 and (e.location is not None or any(m.delegations for m in e.mentions)))
            or (bool(e.persons) and specific)
            or (hosted and e.location is not None)  # "India could host a second peace summit"
            # "Zelenskyy has called for a global summit": a summit is an occasion of its own even
            # when only the one who asks for it is named.
            or (e.kind == "summit" and bool(e.persons) and any(m.cue == "proposed" for m in e.mentions))
        )

    def _calendar_event(self, e: _Event, status: str, enriched: EnrichedArticle) -> CalendarEvent:
        location = e.location
        if location is None and e.family != "call" and e.start == self.anchor and status in ("held", "scheduled"):
            # A wire story's dateline is where its same-day events are happening.
            location = self.view.dateline_place
        participants = e.persons + [c for c in e.countries if c not in e.persons]
        title = _title(e, location)
        start, end = e.start, e.end
        granularity = e.when.granularity if e.when is not None else "unknown"
        first = e.first
        sentence_start, sentence_end = first.sentence_span
        return CalendarEvent(
            event_id=self._event_id(e, status),
            title=title,
            kind=e.kind,
            participants=participants,
            location=location,
            start=start,
            end=end,
            granularity=granularity,
            date_text=e.date_text or None,
            status=status,
            article_id=enriched.article.id,
            evidence=Evidence(
                sentence=enriched.article.text[sentence_start:sentence_end], start=sentence_start, end=sentence_end
            ),
        )

    def _event_id(self, e: _Event, status: str) -> str:
        """Contact (call or in person), who (or the known event's name) and month: see the module docstring."""
        family = "call" if e.family == "call" else "meeting"
        if e.name is not None:
            edition = e.edition.start if e.edition is not None else date(self.anchor.year, 1, 1)
            return event_id_for(kind=family, key=e.name, start=edition)
        people = sorted(e.principals or e.persons)
        key = " & ".join(people) or " & ".join(sorted(e.countries)) or (e.location or "")
        return event_id_for(kind=family, key=key, start=self._period(e, status))

    def _period(self, e: _Event, status: str) -> date:
        """The date an event is filed under: the one it was first planned for when the text gives it,
        else its own; the article's for a postponement that names no old date and for undated plans."""
        if e.original is not None:
            return e.original
        if status == "postponed":
            return self.anchor
        return e.start or e.end or self.anchor


def _in_progress_over(span: DateSpan, e: _Event, anchor: date) -> bool:
    """A span of several days running over the article's date that holds the event's dates: the
    event under way ("began talks on Saturday" ... "the Aug. 5-6 meeting in Jeddah"), whose own
    dates are its first days."""
    if span.start is None or span.end is None or e.start is None or e.end is None:
        return False
    return span.start < span.end and span.start <= anchor <= span.end and span.start <= e.start <= e.end <= span.end


_ORDINALS: Final = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4}


def _one_day_within(span: DateSpan | None, e: _Event) -> DateSpan | None:
    """A single day the text gives a mention of the event, when it is one of the event's days."""
    if span is None or span.start is None or span.start != span.end or span.granularity != "day":
        return None
    return span if _within_dates(span.start, e) else None


def _nth_day(nth: str, start: date, end: date) -> date | None:
    """The day of a gathering an ordinal names: "the second day of the summit"; none past its end."""
    if nth in ("final", "last", "closing"):
        return end
    day = start + timedelta(days=_ORDINALS[nth])
    return day if day <= end else None


def _within_dates(day: date | None, e: _Event) -> bool:
    """ "arrived in Moscow" on the day of the talks there: the journey to them."""
    return day is not None and e.start is not None and e.start <= day <= (e.end or e.start)


def _refines(edition: Edition, span: DateSpan | None, *, address: bool = False) -> bool:
    """A known event's real dates stand in for no date, a vague one, a week or month it opens in
    ("the NATO summit next month", "the APEC summit next month" that opens on October 31 and ends
    in November) or one of its days ("signed at the two-day summit on Sunday"), unless that day is
    the one someone speaks there (``address``); days the text names otherwise win ("runs
    February 14-16", "next weekend"), and so does a plan told by when ("hosts the Group of Seven
    ... later this month" ends with the month)."""
    if span is None or span.end is None:
        return True
    if span.start is None:
        return False
    if span.granularity == "day" and span.start == span.end:
        return not address and edition.start <= span.start <= edition.end
    return span.granularity in ("week", "month") and span.start <= edition.start <= span.end


def _edition_of(m: Mention, dateline: str | None) -> Edition | None:
    """The edition a clause means, unless it puts an event that moves from host to host in another
    city than the edition's ("the Quad summit in Sydney" that was called off for one in Hiroshima):
    that occasion is not the listed one. The dateline's city may be only where the story is told."""
    edition = m.edition
    if edition is None or m.known is None or m.known.location is not None or edition.location is None:
        return edition
    if m.city and m.location not in (None, dateline) and not edition.held_at(m.location or ""):
        return None
    return edition


def _dated_by_edition(edition: Edition, m: Mention, anchor: date, sentence: str) -> bool:
    """Whether the edition's dates are the event's: they refine the clause's own date, but for
    the day of an address at a conference ("will speak at the Shangri-La Dialogue on Sunday"); and
    a month the clause gives a summit at the venue of an edition weeks ahead, a month holding no
    edition of it, belongs to something else of the sentence ("in Helsinki for a summit with the
    Nordic leaders, marking Finland's entry into NATO in April")."""
    span = m.when
    if _refines(edition, span, address=m.kind == "conference" and _speaks_at(m, sentence)):
        return True
    if span is None or span.start is None or span.end is None or span.granularity not in ("week", "month"):
        return False
    known = m.known
    return (
        known is not None
        and known.location is None
        and m.cue not in ("cancelled", "postponed")
        and m.location is not None
        and edition.held_at(m.location)
        and timedelta(0) <= edition.start - anchor <= _VENUE_SEASON
        and not any(span.start <= x.start <= span.end for x in known.editions)
    )


def _speaks_at(m: Mention, sentence: str) -> bool:
    """ "he spoke at the Ukraine Recovery Conference on Tuesday": the day of an address made at a
    gathering is the one the article tells, not the gathering's days."""
    named = next((t for t in m.triggers if t.known is not None), m.triggers[0])
    return event_rules().address_before.search(sentence, max(0, named.start - 60), named.start) is not None


def _status_of(
    cue: str | None, tense: str | None, start: date | None, end: date | None, timed: bool, anchor: date
) -> str:
    """A mention's status from what its clause says and when the event is."""
    if cue in ("cancelled", "postponed"):
        return cue
    last = end or start
    if last is not None and last < anchor:
        return "held"
    if cue == "held" and (start is None or start <= anchor):
        return "held"
    if tense == "past" and (start is None or start <= anchor) and cue != "proposed":
        return "held"
    if cue == "proposed":
        return "proposed"
    if start is not None:
        return "scheduled"
    if tense in ("future", "present"):
        # "Putin would hold talks with Kim", "Modi travels on to Vienna": announced, even with no day
        return "scheduled"
    return "proposed"


def _mention_status(m: Mention, anchor: date) -> str:
    start = m.when.start if m.when is not None else None
    end = m.when.end if m.when is not None else None
    return _status_of(m.cue, m.tense, start, end, m.when is not None, anchor)


def _bare(m: Mention) -> bool:
    """A mention with nothing of its own to tell which event it is: no people, place, name or date."""
    return not (m.persons or m.location or m.known or m.name or m.when)


def _overlaps_or_empty(mine: list[str], theirs: list[str]) -> bool:
    return not mine or not theirs or bool(set(mine) & set(theirs))


def _same_people(m: Mention, e: _Event) -> bool:
    """Whether a new mention's people can be the event's: the same or fewer, or one more joining a
    one-person event ("a call with Putin" ... "Trump and Putin spoke"). A three-way meeting is not
    the two-way one."""
    mine, theirs = set(m.persons), set(e.persons)
    if not mine or not theirs:
        return False
    if mine <= theirs:
        return True
    return theirs <= mine and len(mine - theirs) == 1 and len(theirs) < 2 and not m.specific


def _subset_either(a: list[str], b: list[str]) -> bool:
    if not a or not b:
        return False
    return set(a) <= set(b) or set(b) <= set(a)


def _same_weekday(text: str | None, day: date) -> bool:
    """ "Wednesday's call" and a call dated a Wednesday: one call, whatever the week read."""
    m = _WEEKDAY.match(text or "")
    return m is not None and _WEEKDAYS.index(m.group(1).lower()) == day.weekday()


def _title(e: _Event, location: str | None) -> str:
    if e.name is not None:
        return e.name
    names = e.persons or e.countries
    lead = " – ".join(names[:3]) if names else "Delegations"
    if e.kind == "visit":
        return f"{names[0] if names else lead} visit" + (f" to {location}" if location else "")
    label = {"call": "call", "talks": "talks", "summit": "summit", "conference": "conference"}.get(e.kind, "meeting")
    return f"{lead} {label}" + (f" in {location}" if location and e.kind != "call" else "")


def extract_events(enriched: EnrichedArticle, anchor: date | None = None) -> list[CalendarEvent]:
    """Every diplomatic event the article reports or announces, one entry per event."""
    view = ArticleView(enriched, anchor or enriched.article.anchor_date)
    book = _Book(view)
    for index in range(len(view.spans)):
        book.add_sentence(read_sentence(view, index))
    return book.calendar(enriched)


def _addressed(m: Mention) -> set[str]:
    """The bodies the mention's speaker addresses ("told the U.N. Security Council")."""
    return {t.party for t in m.triggers if t.party is not None}


def events_batch(batch: list[EnrichedArticle]) -> list[list[Message]]:
    return [list(extract_events(e)) for e in batch]


def _day_within_vague(old: DateSpan | None, new: DateSpan) -> bool:
    """Whether a later mention's single day falls within the month the event is told by (a week or a
    weekend may be the event's own days: "this weekend" ... "the two-day gathering opens on Saturday")."""
    if old is None or old.start is None or old.end is None or old.granularity != "month":
        return False
    if new.granularity != "day" or new.start is None or new.start != new.end:
        return False
    return old.start <= new.start <= old.end


def _longer_from_same_day(old: DateSpan | None, new: DateSpan) -> bool:
    """Whether a later mention's stretch of a few days starts on the one day the event has."""
    if old is None or old.start is None or old.start != old.end or old.granularity != "day":
        return False
    if new.start != old.start or new.end is None or new.granularity != "day":
        return False
    return 0 < (new.end - new.start).days <= 6
