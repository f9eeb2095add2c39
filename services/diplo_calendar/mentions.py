"""One sentence's mentions of diplomatic events: what kind, who, where, when, and how sure.

A *mention* is one clause's reference to an event ("is due to meet Vance on Friday", "the call").
:mod:`events` merges mentions into events across the article; everything that can be read from
the sentence alone is read here, with :class:`~services.diplo_calendar.reader.SentenceReader`
for the clauses and names and :mod:`dating` for the dates. "Costa said on Sunday that he would
convene a summit in Brussels on March 6" dates the summit March 6, not Sunday.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Final

from services.diplo_calendar.article import OBJECT_BEFORE, PLACE_LABELS, ArticleView, Ent
from services.diplo_calendar.dating import assign_dates, distance
from services.diplo_calendar.reader import (
    HOST_AFTER,
    NO_SUBJECT,
    NOUN_TRIGGER,
    Region,
    Segment,
    SentenceReader,
    Trigger,
    add_unique,
)
from services.diplo_calendar.rules import Edition, KnownEvent, event_rules
from shared.timex import DateSpan, Tense, tense_of

_DETERMINER: Final = re.compile(r"\b(?:the|this|that|these|those|such\s+a)\s+|['’]s\s+", re.IGNORECASE)
# Words that cannot sit between a determiner and its event noun ("that followed his meeting",
# "the framework builds on talks", "their teams would start negotiations"), and words that make
# the noun phrase a new event ("another round", "that a three-way meeting", "the next meeting of
# the group"). Lower case only: "The New York meeting" is definite.
_NOT_MODIFIER: Final = re.compile(
    r"\b(?:would|will|could|should|to|and|or|that|which|who|start|begin|began|hold|held|have|has|had|be|is|are|was|"
    r"were|also|his|her|their|its|another|new|fresh|next|previous|a|an|on|in|at|for|with|of|by|from|about|over)\b"
)
# "put off his trip to Germany and a planned visit to Angola": a second object of the same verb,
# whose subject it shares.
_COORDINATED_OBJECT: Final = re.compile(
    r"(?:\s+(?:to|in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?\s*,?\s*(?:and|as\s+well\s+as)\s+"
    r"(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+)?$"
)
_THREE_WAY: Final = re.compile(r"\b(?:three-way|trilateral)\b", re.IGNORECASE)
# "followed by", "hosted by": a participle in the passive says nothing of when.
_PASSIVE_PARTICIPLE: Final = re.compile(r"\b[a-z]+ed\s+by\b")
_PROGRESSIVE: Final = re.compile(r"\b(?:(?P<future>is|are)|(?P<past>was|were))\s+(?:also\s+|now\s+)?[a-z]+ing\b")
# A sentence that opens on what its subject did before or after: "After meeting Zelenskyy, ...".
_GERUND_OPENER: Final = re.compile(r"\s*(?:after|before|since|following|while|when)\s+", re.IGNORECASE)
# "and to take part in a", "and will then attend a": a verb of its own before a second event noun.
_ANOTHER_VERB: Final = re.compile(
    r"\band\s+(?:(?:then|also|later)\s+)*(?P<aux>to|will|would|is|are|was|were)\s+[a-z]+\b"
)
# How far ahead a summit named by its host or venue may be the edition: the season's, not next year's.
_HOST_REACH: Final = timedelta(days=62)
_FOLLOWING_EDITION: Final = re.compile(r"\b(?:next|following)\s+$", re.IGNORECASE)
# "in a separate call", "in separate phone calls with Zelenskyy and Putin": one call per party.
_SEPARATE: Final = re.compile(r"\bseparate\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# A time clause whose verb is the event word: "when he spoke by telephone", "as Biden met".
_WHEN_CLAUSE_VERB: Final = re.compile(
    r"\b(?:when|as|after|while)\s+(?:he|she|they|(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,2})\s+"
    r"(?:(?:had|has|have|was|were|first|last|then)\s+)?$",
    re.IGNORECASE,
)
_SEPARATELY: Final = re.compile(r"\band\s+(?:then\s*)?,?\s*separately\b", re.IGNORECASE)
_SEVERAL_INCLUDING: Final = re.compile(
    r"\b(?:several|a\s+number\s+of|other|various|many)\s+(?:[\w-]+\s+){0,2}?(?:leaders|counterparts|presidents|"
    r"prime\s+ministers|heads\s+of\s+state)\s*,?\s+(?:including|among\s+them)\b",
    re.IGNORECASE,
)
_PLURAL_EVENT: Final = re.compile(r"(?:calls|conversations|meetings|talks)$", re.IGNORECASE)
# "After the summit he will travel": an event named only to place another in time.
_TIME_REFERENCE: Final = re.compile(
    r"\b(?:after|before|following|since|during|until|ahead\s+of)\s+(?:the|this|that|his|her|their|its|[\w-]+['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "will meet again", "resumed talks", "reconvene": a further occasion of an event already told.
_AGAIN: Final = re.compile(r"\bagain\b", re.IGNORECASE)
_RESUMED: Final = re.compile(
    r"\b(?:resum(?:e|es|ed|ing|ption\s+of)|reconven(?:e|es|ed|ing))\s+(?:(?:the|their|its)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# A participle clause between a verb and the event ("proposed ... that a commission investigate,
# raising the idea in phone calls"): the event is what the subject did, not what was proposed.
_PARTICIPLE_CLAUSE: Final = re.compile(r",\s+(?!including\b)[a-z]+ing\b")
# The object of a status verb that is not the event, which only follows it in a phrase of its own;
# "the date of", "the start of" carry the status over to the event.
_OTHER_OBJECT: Final = re.compile(
    r"\s+(?:his|her|their|its|the|a|an)\s+(?!(?:date|start|opening|beginning)\b)[a-z][\w-]*\s+"
    r"(?:for|of|to|on|at)\s+(?:(?:the|a|an)\s+)?(?:[\w'’.-]+\s+){0,3}"
)
# What stands before a word of proposal that qualifies the topic of the event, not the event.
_TOPIC_BEFORE: Final = re.compile(
    r"\b(?:on|about|over|regarding|concerning|discuss|discussed|discussing|explore|explored|exploring)\s+"
    # "about the U.S. ceasefire proposal": the proposal is the topic, with its own modifiers.
    r"(?:(?:a|an|the)\s+)?(?:(?!(?:a|an|the)\b)[\w.'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# The event noun's own complement (who, where) and then its verb: "a summit between Trump and Putin
# in Budapest was still ", "A meeting with Trump, the Republican nominee, remained ".
_PREDICATE_OF_EVENT: Final = re.compile(
    r"\s+(?:between|with|of|in|at)\s[^;:]{0,100}?\s(?:is|was|are|were|remains|remained|seems|seemed)\s+"
    r"(?:(?:still|now|also|considered|seen\s+as)\s+)*"
)
# "a meeting of the two countries' foreign ministers could follow": the event noun, its own
# complement, and a modal that is its verb.
_OF_PARTIES: Final = re.compile(r"\s+(?:between|with|of)\s[^;:,]{0,100}?\s")
_MODAL: Final = re.compile(r"(?:could|might|may)\b", re.IGNORECASE)
# An address told as done: "addressed the", "told the", "briefed the", "spoke at the".
_PAST_ADDRESS: Final = re.compile(r"(?:addressed|told|briefed|spoke)\b", re.IGNORECASE)
_AND_BEFORE: Final = re.compile(r"\s+and\s+(?:(?:then|later|also)\s+)?$", re.IGNORECASE)
_ADJECTIVE_BEFORE: Final = re.compile(r"\b(?:the|a|an|this|that|its|his|her|their|our)\s+$", re.IGNORECASE)
# "who is hosting the talks, will meet Zelenskyy": a clause that goes on with its verb.
_VERB_FIRST: Final = re.compile(
    r"[\s,]*(?:(?:also|then|later|now|still)\s+)*(?:will|would|is|are|was|were|has|have|had|can|could|"
    r"met|spoke|held|flew|went|[a-z]+ed)\b"
)
_THERE: Final = re.compile(r"(?:\s+[\w'’.-]+){0,4}?\s+there\b(?!\s+(?:is|are|was|were|will|would|has|have|had)\b)")
_INVITATION: Final = re.compile(r"\bat\s+the\s+invitation\s+of\s+", re.IGNORECASE)
# How far before its event word a compound naming the parties may start ("the U.S.-Russia peace talks").
_COMPOUND_REACH: Final = 40
# What may stand before a body that is its clause's subject: "The U.N. Security Council will meet".
_BODY_SUBJECT: Final = re.compile(r"[\s,]*(?:(?:and|but|then|meanwhile)\s+)?(?:the\s+)?", re.IGNORECASE)
# A call word that only says how one takes part ("by video link", "via videoconference").
_MEANS: Final = re.compile(r"(?:by|via|over)\s", re.IGNORECASE)
# How far a body that opens a clause may stand from the event verb it is the subject of.
_SUBJECT_REACH: Final = 70
_HELD_PLURAL: Final = re.compile(r"\b(?:held|hold|holds|holding)\s+(?:[a-z][\w-]*\s+){0,2}$", re.IGNORECASE)
_LEADERS: Final = re.compile(r"\b(?:leaders|heads\s+of\s+(?:state|government))\b", re.IGNORECASE)
# "summit in Puglia in southern Italy, hosted by": a participle of the event noun, after its place.
_HOSTED_BY: Final = re.compile(
    r"(?:\s+(?:in|at|near|on)\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,4}?)*\s*,\s*hosted\s+by\s"
)
# From a gathering verb to the named event it is for: "gather in Munich on Friday for the annual".
_GATHER_FOR: Final = re.compile(
    r"[^,;.]{0,60}?\bfor\s+(?:the|this\s+year['’]s|next\s+week['’]s)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
)
_MOST_RECENTLY: Final = re.compile(r"\bmost\s+recently\b", re.IGNORECASE)
# "the two sides", and "those delegations" pointing back at the two just named.
_TWO_SIDES: Final = re.compile(
    r"\b(?:the\s+two|those|these|both)\s+(?:countries|sides|nations|delegations|governments)\b", re.IGNORECASE
)


@dataclass
class Mention:
    """One clause's reference to an event, with what that clause says about it."""

    sentence: int
    sentence_span: tuple[int, int]
    kind: str
    #: The event words of the clause that name this event ("due to meet ... for technical talks").
    triggers: list[Trigger]
    segment: int
    #: Where its people are read from: the clause's subject and its own stretch of the clause.
    region: Region
    #: "the call", "Friday's talks": a reference that may be to an event already listed.
    definite: bool = False
    #: Names its parties itself ("the first direct talks between Russia and Ukraine").
    own_list: bool = False
    known: KnownEvent | None = None
    #: The known event's edition the text means ("the next NATO summit" is the one after this year's).
    edition: Edition | None = None
    #: An organization that is itself an event ("Munich Security Conference").
    name: str | None = None
    persons: list[str] = field(default_factory=list)
    #: Countries and bodies taking part ("Russian and Ukrainian delegations", "EU foreign ministers").
    countries: list[str] = field(default_factory=list)
    location: str | None = None
    city: bool = False
    #: Where the whole clause puts it, for a reference that turns out to be a new event.
    full_location: str | None = None
    full_city: bool = False
    when: DateSpan | None = None
    date_text: str | None = None
    #: The date it had before it was postponed or cancelled ("had been planned for Wednesday").
    original: date | None = None
    #: That old date as read ("planned for Monday"), the only date of a postponement with no new one.
    planned_when: DateSpan | None = None
    #: The status its clause states outright: cancelled, postponed, held or proposed.
    cue: str | None = None
    tense: Tense | None = None
    #: Whether the tense came from the event's own verb or a tense word by it, not a verb of saying.
    firm_tense: bool = False
    #: Whether the date is the clause's own rather than borrowed from another event of the sentence.
    has_own_date: bool = False
    #: "Ukrainian and Russian delegations", "the leaders of France and Germany": countries named as
    #: the ones sending people, concrete enough to list undated and with no place.
    delegations: bool = False
    #: "three-way", "face-to-face": concrete enough to list undated with one person named.
    specific: bool = False
    three_way: bool = False
    is_round: bool = False
    #: "will meet again", "resumed talks": another occasion of an event already told, with its people.
    repeats: bool = False
    #: Only "host" or a building named: an event only with two people, or a host place.
    weak: bool = False
    hosted_by_place: bool = False
    #: "the negotiating teams of the two countries": the two of the latest two-sided event.
    two_sides: bool = False
    #: "the following day" (1), "the same day"/"afterwards" (0): days after the last event listed.
    following: int | None = None
    #: In a clause opened by "where" ("flew to Moscow on Thursday, where he met Putin").
    where_clause: bool = False
    #: In a clause opened by "during which" ("a state visit on June 19-20, during which he will hold
    #: talks in Hanoi"): held within the event of the clause before, on its days.
    within_clause: bool = False
    #: The event this one is on the sidelines of, which gives it its place.
    sidelines_of: Mention | None = None
    #: "spoke with Zelenskyy before and after the Putin call": the event this one is dated by.
    relative_to: Mention | None = None
    #: "the day after the talks" (1), "a week before the summit" (-7): days from that event's day.
    relative_days: int = 0
    #: "invited Putin to visit China": a visit the host asks for, not one fixed.
    invited: bool = False
    #: "hours after Zelenskyy met Macron": told as at another time than the clause around it.
    at_a_gap: bool = False
    #: "will now travel to Berlin next Friday instead": the new date of an event put off.
    new_date: bool = False
    #: "had been due to chair a meeting on Saturday": a plan made before the story, which did not
    #: take place if its day is past.
    unfulfilled: bool = False
    #: "the first round", "the last direct talks", "the next summit": which occasion of its kind.
    ordinal: str | None = None
    #: "though he gave no date", "no dates for a visit have been agreed": its sentence says the
    #: plan is not fixed yet.
    undecided: bool = False
    #: "agreed to meet": a plan agreed in principle, proposed until a date is given.
    tentative: bool = False

    @property
    def family(self) -> str:
        return "call" if self.kind == "call" else "in-person"

    @property
    def start(self) -> int:
        return self.triggers[0].start

    @property
    def anaphor(self) -> bool:
        """A definite reference with nothing of its own to say who takes part ("the call"); "the
        first direct talks between Russia and Ukraine" names its parties and is read in full."""
        return self.definite and self.known is None and self.name is None and not self.own_list


def read_sentence(view: ArticleView, index: int) -> list[Mention]:
    """Every mention of an event in sentence ``index``, in order, with what the sentence says of it."""
    start, end = view.spans[index]
    entities = _dateline_places(view, view.sentence_entities(start, end))
    reader = SentenceReader(view, index, start, view.text[start:end], event_rules(), entities)
    if not reader.triggers:
        return []
    groups = _groups(reader)
    mentions = [m for group in groups if (m := _mention(reader, group, groups)) is not None]
    _link_sidelines(reader, mentions)
    assign_dates(reader, mentions)
    _latest_of_many(reader, mentions)
    mentions = _when_clause(reader, mentions)
    _elided_subjects(reader, mentions)
    _link_relative(reader, mentions)
    _followed_by(reader, mentions)
    _inherit_proposal(reader, mentions)
    _undecided(reader, mentions)
    _with_phrase(reader, mentions)
    mentions = [m for m in mentions if not _journey_to_where(reader, m, mentions)]
    return [
        piece
        for m in mentions
        for placed in _split_places(reader, m)
        for dated in _split_dates(reader, placed)
        for piece in _split_separate(reader, dated)
    ]


def _dateline_places(view: ArticleView, entities: list[Ent]) -> list[Ent]:
    """ "NUSA DUA, Indonesia - ... gather in Nusa Dua": a resort the tagger takes for a person is the
    place the story is filed from, never a party to its events."""
    lo, hi = view.dateline_span
    place = view.text[lo:hi].split(",")[0].strip().casefold()
    if not place:
        return entities
    return [
        replace(e, label="GPE", place_kind="city") if e.label == "PERSON" and e.canonical.casefold() == place else e
        for e in entities
    ]


def _journey_to_where(reader: SentenceReader, m: Mention, mentions: list[Mention]) -> bool:
    """ "flew to Germany, where on Thursday he addressed a meeting", "was travelling to Paris, where he
    was to hold talks with Macron": a journey told only as the way to what is done there."""
    if m.kind != "visit" or any(NOUN_TRIGGER.match(reader.text[t.start : t.end].strip()) for t in m.triggers):
        return False
    # The journey's own day, when the clause after it has none, is the day of what is done there.
    return any(
        o.where_clause
        and o.segment == m.segment + 1
        and o.kind != "visit"
        and o.family != "call"
        and o.when is not None
        and o.has_own_date
        for o in mentions
    )


def _sides_send(reader: SentenceReader, lo: int, hi: int) -> bool:
    """Whether "the two sides" in ``lo``..``hi`` are named as sending people: "those delegations",
    "the two countries' foreign ministers"."""
    for found in _TWO_SIDES.finditer(reader.text, lo, hi):
        if found.group(0).lower().endswith("delegations"):
            return True
        possessive = re.match(r"['’]s?\s+", reader.text[found.end() : found.end() + 3])
        if possessive is not None and reader.rules.party_words.match(reader.text, found.end() + possessive.end()):
            return True
    return False


def _latest_of_many(reader: SentenceReader, mentions: list[Mention]) -> None:
    """ "have met three times since Feb. 28, most recently on Monday": the occasion told is the
    latest, on the day after "most recently", not the day the series began."""
    for m in mentions:
        segment = reader.segments[m.segment]
        latest = _MOST_RECENTLY.search(reader.text, segment.start, segment.end)
        if latest is None:
            continue
        day = next(
            (d for d in reader.dates if latest.end() <= d.char_start <= latest.end() + 4 and d.start is not None),
            None,
        )
        if day is not None:
            m.when = reader.resolve(day, "past")
            m.date_text, m.has_own_date = m.when.text, True


def _groups(reader: SentenceReader) -> list[list[Trigger]]:
    """Event words of one clause that name one event: consecutive, of one family (call or in person)."""
    groups: list[list[Trigger]] = []
    for t in reader.triggers:
        seg = reader.segment_of(t.start)
        if _negated(reader, t, reader.segments[seg]):
            continue  # "would not go to Istanbul", "no plans for a formal meeting"
        same_clause = bool(groups) and reader.segment_of(groups[-1][0].start) == seg
        separate = bool(_SEPARATE.search(reader.text, max(0, t.start - 30), t.start))
        if same_clause and not separate and _joins(reader, groups[-1], t):
            groups[-1].append(t)
        else:
            # A second event the clause goes on to ("and to take part in a meeting", "and, in a
            # separate call, with Zelenskyy") is not the first.
            t.fresh = same_clause and (separate or _second_noun(reader, groups[-1], t))
            groups.append([t])
    return groups


def _joins(reader: SentenceReader, group: list[Trigger], t: Trigger) -> bool:
    last = group[-1]
    if t.elliptical:
        return False  # "and afterwards to Zelenskyy and to NATO leaders": a call each
    if (t.kind == "call") != (last.kind == "call") and not (
        t.kind == "call" and (_MEANS.match(reader.text, t.start) or _verb_and_object(reader, last, t))
    ):
        # "due to address leaders gathered at a summit in Reykjavik by video link": the means of
        # taking part in the gathering just named, not a call of its own.
        return False
    if (t.known or t.name) and any(x.known or x.name for x in group):
        return False
    if t.party or last.party:
        return False  # "due to address the General Assembly ... and will present the plan to Biden": two events
    # "the talks that he hoped to bring them together", "spoke with Zelenskyy before and after the
    # Putin call": a definite noun not right by another event word is another event.
    # "gather for the year's first meeting of the contact group": the meeting they gather for.
    named = t.known is not None or t.name is not None or (_definite(reader, t) and _own_list(reader, [t]))
    if named and last.kind == "meeting" and not last.weak and _GATHER_FOR.match(reader.text, last.end, t.start):
        # "leaders gather in Munich from Friday for the annual Munich Security Conference": the
        # gathering is the named event (a journey for it is not: it may be on another day).
        return True
    if t.weak and _HOSTED_BY.fullmatch(reader.text, last.end, t.end + 4):
        return True  # "the G7 summit in Puglia, hosted by Meloni": its host, not an event of their own
    if (_definite(reader, t) or _definite(reader, last)) and t.start - last.end > 12:
        return False
    if _nouns_apart(reader, last, t):
        return False  # "The Sochi meeting followed talks in Moscow": one event after another
    if any(_TIME_REFERENCE.search(reader.text, max(0, x.start - 60), x.start) for x in (last, t)):
        return False  # "After the summit he will travel to Helsinki": the summit only dates the trip
    if reader.rules.purpose_of.search(reader.text, last.end, t.start):
        return False
    if reader.rules.eve_of.search(reader.text, max(0, t.start - 60), t.start):
        return False  # "arrived for a working dinner ..., on the eve of a summit": the summit is the next day's
    # "Speaking in the Oval Office afterwards, Trump said he expected a meeting": the building is
    # where he spoke, not where the meeting is.
    if (t.venue or last.venue) and t.start - last.end > 50:
        return False
    if _two_destinations(reader, last, t):
        return False  # "put off his trip to Germany and a planned visit to Angola": two journeys
    if _complement_between(reader, last, t):
        return False
    return not _second_noun(reader, group, t)


# "convene an emergency video conference": the event noun a verb takes as its object.
_OBJECT_NOUN_GAP: Final = re.compile(r"\s*(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}")


def _verb_and_object(reader: SentenceReader, verb: Trigger, noun: Trigger) -> bool:
    """ "will convene a video conference of G7 leaders": one event, told by a verb and its object."""
    said = reader.text[verb.start : verb.end].strip()
    return not NOUN_TRIGGER.match(said) and bool(_OBJECT_NOUN_GAP.fullmatch(reader.text, verb.end, noun.start))


def _complement_between(reader: SentenceReader, a: Trigger, b: Trigger) -> bool:
    """ "said after hosting them on Monday that he had begun arranging a meeting", "speaking after
    talks with Sybiha on Wednesday, said he would travel to Moscow": the second event word is in a
    clause of its own, what was said, not the first event told again."""
    if b.weak or reader.rules.object_relative.match(reader.text, a.end):
        return False  # "a summit that Australia had planned to host": who holds the first
    if reader.rules.complement_clause.search(reader.text, a.end, b.start) is not None:
        return True
    return reader.rules.reporting.search(reader.text, a.end, b.start) is not None


def _two_destinations(reader: SentenceReader, a: Trigger, b: Trigger) -> bool:
    """Two journey words each with a place of its own, neither in the other: two journeys, whatever
    the clause says of them together."""
    if a.kind != "visit" or b.kind != "visit":
        return False
    first, _ = reader.location_right_after(a.end, visit=True)
    second, _ = reader.location_right_after(b.end, visit=True)
    if first is None or second is None or first == second:
        return False
    countries = reader.view.place_countries
    return countries.get(first) != second and countries.get(second) != first


def _nouns_apart(reader: SentenceReader, a: Trigger, b: Trigger) -> bool:
    """Two event nouns with a verb of their own between them ("followed", "preceded")."""
    nouns = all(NOUN_TRIGGER.match(reader.text[t.start : t.end].strip()) for t in (a, b))
    participles = reader.rules.state_participles | reader.rules.event_participles
    verbs = [w for w in re.findall(r"\b[a-z]+ed\b", reader.text[a.end : b.start]) if w not in participles]
    return nouns and bool(verbs)


def _second_noun(reader: SentenceReader, group: list[Trigger], t: Trigger) -> bool:
    """ "a meeting with Putin next week, possibly followed by a three-way meeting": two events,
    unless the second is part of the first ("meetings in several formats, including a three-way one")."""
    article = re.compile(r"\b(?:a|an|another)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
    strong = [g for g in group if not g.weak] or group
    if _turns_tense(reader, strong[-1], t):
        return True  # "held talks with Zelenskyy on Monday and will host a summit on Sunday"
    if _dated_then_verb(reader, strong[-1], t):
        return True  # "begins a four-day state visit on Wednesday and is to hold talks ... on Thursday"
    if reader.rules.coordinated_verb.search(reader.text, strong[-1].end, t.start):
        return True  # "will hold a meeting with Anwar and witness the signing of an accord"
    if not article.search(reader.text, group[-1].end, t.start):
        return False  # "another round of talks" is one
    between = reader.text[strong[-1].end : t.start]
    if re.search(r"\bincluding\b", between):
        return False
    if another_verb(between):
        return True  # "is due to meet Biden on Thursday and to take part in a meeting of the council"
    return any(
        article.search(reader.text, 0, g.start) for g in group if NOUN_TRIGGER.match(reader.text[g.start : g.end])
    )


def _turns_tense(reader: SentenceReader, last: Trigger, t: Trigger) -> bool:
    """ "arrived in Washington on Thursday ... and will meet Trump on Friday": a past event, then
    one to come, joined by "and will"."""
    verb = _ANOTHER_VERB.search(reader.text, last.end, t.end)
    if verb is None or verb.group("aux").lower() not in ("will", "would"):
        return False
    start = reader.segments[reader.segment_of(last.start)].start
    cues = [c for c in reader.rules.cues.finditer(reader.text, start, last.end) if not _reporting(reader, c)]
    return bool(cues) and cues[-1].group("past") is not None


def _dated_then_verb(reader: SentenceReader, last: Trigger, t: Trigger) -> bool:
    """A first event with a date of its own, then "and is to", "and will" with a second: each
    keeps its own day ("a state visit on Wednesday and is to hold talks with Putin on Thursday")."""
    if _dated_apart(reader, last, t):
        return True
    verb = _ANOTHER_VERB.search(reader.text, last.end, t.start)
    if verb is None:
        # "went to Kyiv last Tuesday and met Putin in Moscow on Friday": a verb of its own, in the past.
        joined = _AND_BEFORE.search(reader.text, last.end, t.start)
        words = reader.text[t.start : t.end].split()
        # "visit Madrid on Thursday and meet Macron": the second event word is a verb of its own.
        own_verb = bool(words) and (
            words[0].lower() in reader.rules.past_event_verbs
            or not NOUN_TRIGGER.match(reader.text[t.start : t.end].strip())
        )
        if joined is None or not own_verb:
            joined = _and_own_verb(reader, last, t)
        if joined is None:
            return False
        return any(last.end <= d.char_start < joined.start() and d.start is not None for d in reader.dates)
    return any(last.end <= d.char_start < verb.start() and d.start is not None for d in reader.dates)


def _dated_apart(reader: SentenceReader, last: Trigger, t: Trigger) -> bool:
    """Two event words, each followed by a different day of its own in the clause ("met in Kyiv on
    Saturday ..., preparing for a summit in Paris on Tuesday"): two events, one on each day."""
    end = reader.segments[reader.segment_of(t.start)].end
    # "Beijing announced on Friday" dates the saying, not a second event.
    days = [d for d in reader.dates if d.granularity == "day" and d.start is not None and not reader.reported(d)]
    before = [d for d in days if last.end <= d.char_start < t.start]
    # The second's day comes before any further event word: "for a visit ... and will meet Biden on
    # Tuesday" gives Tuesday to the meeting, not to the visit.
    after = [
        d
        for d in days
        if t.end <= d.char_start < end
        and not any(t.end <= x.start < d.char_start and not x.venue for x in reader.triggers)
    ]
    if after and re.search(r"\b(?:until|through|till)\s+$", reader.text[: after[0].char_start], re.IGNORECASE):
        return False  # "arrives on Thursday for a visit that runs through Saturday": its last day
    return bool(before and after) and before[-1].start != after[0].start


def _and_own_verb(reader: SentenceReader, last: Trigger, t: Trigger) -> re.Match[str] | None:
    """The "and" before a verb of the second event's own that stands before its event noun ("met
    Starmer in London last Thursday ... and held talks with Scholz in Berlin on Friday")."""
    head = reader.text[last.end : t.start].rstrip()
    words = head.split()
    if not words:
        return None
    verb = words[-1].lower()
    if verb not in reader.rules.past_event_verbs and verb not in reader.rules.event_participles:
        return None
    return _AND_BEFORE.search(reader.text, last.end, last.end + len(head) - len(verb))


def _reporting(reader: SentenceReader, cue: re.Match[str]) -> bool:
    return reader.rules.reporting.fullmatch(cue.group(0)) is not None


def another_verb(between: str) -> bool:
    """Whether the words between two event words start a verb of their own ("and to take part in")."""
    return _ANOTHER_VERB.search(between) is not None


def _kind_of(reader: SentenceReader, group: list[Trigger]) -> str:
    """A known event's kind, else the most specific kind of the group's event words."""
    named = next((t for t in group if t.known or t.name), None)
    if named is not None:
        return named.kind
    strong = [t.kind for t in group if not t.weak]
    return min(strong, key=reader.rules.kind_priority.index) if strong else "meeting"


def _mention(reader: SentenceReader, group: list[Trigger], groups: list[list[Trigger]]) -> Mention | None:
    seg_index = reader.segment_of(group[0].start)
    segment = reader.segments[seg_index]
    habitual = reader.rules.habitual.search(reader.text, segment.start, segment.end)
    # "have met three times since Feb. 28, most recently on Monday": the latest of them is told.
    latest = _MOST_RECENTLY.search(reader.text, segment.start, segment.end)
    if habitual and not latest and not _definite(reader, group[0]):
        return None  # "Witkoff has met Putin several times"
    if all(reader.text[t.start : t.end].lower() in reader.rules.plural_occasions for t in group) and not (
        _HELD_PLURAL.search(reader.text, max(0, group[0].start - 40), group[0].start)
    ):
        # "whose recent trips to Kyiv, Moscow and Beijing": several journeys, none told; "arrived on
        # Saturday and held preparatory meetings with the Ukrainians" is that day's round of them.
        return None
    region = _region(reader, group, groups, segment)
    named = next((t for t in group if t.known or t.name), None)
    m = Mention(
        sentence=reader.index,
        sentence_span=(reader.offset, reader.offset + len(reader.text)),
        kind=_kind_of(reader, group),
        triggers=group,
        segment=seg_index,
        region=region,
        definite=named is None and any(_definite(reader, t) for t in group if not t.venue),
        own_list=_own_list(reader, group),
        known=named.known if named else None,
        name=named.name if named else None,
        weak=all(t.weak for t in group),
        specific=any(reader.rules.specific.search(reader.text, lo, hi) for lo, hi in region),
        three_way=any(_THREE_WAY.search(reader.text, t.start, t.end) for t in group),
        is_round=any(reader.rules.round.search(reader.text, t.start, t.end) for t in group),
    )
    m.repeats = _repeats(reader, group, region)
    m.ordinal = _ordinal(reader, group)
    m.where_clause = segment.relative and re.match(r"[\s,]*where\b", reader.text[segment.start :]) is not None
    m.within_clause = segment.relative and reader.rules.within_clause.match(reader.text, segment.start) is not None
    _who_and_where(reader, m, segment)
    _proposer(reader, m)
    if m.weak and not _weak_survives(m):
        return None
    ref = _reference(m)
    m.two_sides = not m.anaphor and any(_TWO_SIDES.search(reader.text, lo, hi) for lo, hi in region)
    # "a meeting of the two countries' foreign ministers", "those delegations": the two sides send people.
    m.delegations = m.delegations or (m.two_sides and any(_sides_send(reader, lo, hi) for lo, hi in region))
    m.cue = _cue(reader, m, segment)
    # "invited Putin to Turkey": the invitation is the trigger itself, so its place lies past it.
    invite = reader.rules.invited_to.search(reader.text, segment.start, segment.end)
    m.invited = m.family != "call" and invite is not None and invite.start() < m.triggers[-1].end
    m.tense = _tense(reader, m, segment)
    if m.cue is None and _conditional(reader, next((t for t in m.triggers if not t.weak), m.triggers[0]), segment):
        m.cue = "proposed"  # a condition is hoped for, not fixed
    if m.cue is None:
        m.cue = _fate_of_called_off_trip(reader, m, segment)
    _past_edition(reader, m)
    m.new_date = m.cue is None and bool(reader.rules.new_date.search(reader.text, segment.start, segment.end))
    # "The same day in Brussels, Austin chaired a meeting": a fronted phrase counts as much as a later one.
    m.following = _following(reader, min(ref.start, region[0][0]), region[-1][1])
    if m.following is None and reader.rules.same_day_opening.match(reader.text, segment.start):
        m.following = 0  # ", and then to Harris in a separate meeting": the same occasion
    return m


def _proposer(reader: SentenceReader, m: Mention) -> None:
    """ "Zelenskyy said work would begin on preparing a second peace summit": a summit not yet set,
    with no party, host or place of its own, is the one its speaker calls for."""
    if m.kind != "summit" or m.definite or m.anaphor or m.persons or m.countries or m.location:
        return
    if m.known is not None or m.name is not None:
        return
    ref = _reference(m)
    first = next((e for e in reader.entities if e.label == "PERSON"), None)
    if first is not None and first.end <= ref.start and reader.is_speaker(first):
        m.persons.append(first.canonical)


def _ordinal(reader: SentenceReader, group: list[Trigger]) -> str | None:
    """The word that says which occasion a noun names ("The first round", "the last direct talks")."""
    t = group[0]
    found = [d for d in _DETERMINER.finditer(reader.text, max(0, t.start - 40), t.start)]
    if not found or not _modifiers_ok(reader.text[found[-1].end() : t.start]):
        return None
    words = reader.text[found[-1].end() : t.end].lower().split()
    return next((w for w in words if w in reader.rules.occasion_ordinals), None)


def _past_edition(reader: SentenceReader, m: Mention) -> None:
    """ "when the two met on the sidelines of an EU summit in Brussels last Thursday": told in the
    past with a day of the sentence within its last edition, a known event is that edition, not the
    next one ("has put off his departure for the summit" is still about the next)."""
    if m.known is None or m.tense != "past" or m.edition is None or m.edition.start <= reader.view.anchor:
        return
    if reader.rules.eve_of.search(reader.text, max(0, m.start - 80), m.start):
        return  # "agreed on Monday ... on the eve of the alliance's summit": the summit is still to come
    last = m.known.edition_before(reader.view.anchor)
    if last is None:
        return
    days = [reader.resolve(d, "past").start for d in reader.dates]
    if any(day is not None and last.start <= day <= last.end for day in days):
        m.edition = last
        if m.known.location is None:
            m.location = last.location or m.location


def _repeats(reader: SentenceReader, group: list[Trigger], region: Region) -> bool:
    """ "the two sides will meet again on Monday", "resumed talks": a further occasion of an event told."""
    first = group[0]
    if _RESUMED.search(reader.text, max(0, first.start - 40), first.start):
        return True
    end = region[-1][1]
    return bool(_AGAIN.search(reader.text, first.end, min(end, first.end + 40)))


def _reference(m: Mention) -> Trigger:
    """The event word that dates and times the mention: the first that is more than "host"."""
    return next((t for t in m.triggers if not t.weak), m.triggers[0])


def _who_and_where(reader: SentenceReader, m: Mention, segment: Segment) -> None:
    ref = _reference(m)
    main = next((t for t in m.triggers if t.kind == m.kind and not t.weak), ref)
    kinds = {t.kind for t in m.triggers}
    m.full_location, m.full_city = reader.location_in(segment.start, segment.end, kinds, main, m.triggers)
    if m.anaphor:
        _anaphor_parties(reader, m, m.region)
        m.location, m.city = reader.location_right_after(main.end, visit=m.kind == "visit")
    else:
        _parties(reader, m, m.region, segment, ref)
        m.location, m.city = m.full_location, m.full_city
        _with_partner(reader, m, main)
    _host(reader, m, m.triggers, segment)
    if m.location is None and _THERE.match(reader.text, ref.end, segment.end):
        m.location, m.city = reader.place_before(m.start)  # "Dmitriev met the two Americans there"
    if m.kind == "visit":
        _inviter(reader, m)
    if m.location is None and segment.relative and re.match(r"[\s,]*where\b", reader.text[segment.start :]):
        m.location, m.city = reader.place_before(segment.start)  # "flew to London, where he ..."
    if m.known is not None:
        named = next(t for t in m.triggers if t.known is not None)
        following = bool(_FOLLOWING_EDITION.search(reader.text, 0, named.start))
        m.edition = m.known.edition_near(reader.view.anchor, following=following)
        if m.known.location is None and m.location is not None and not following:
            # An event that moves from host to host is the edition at the place the clause names.
            m.edition = m.known.edition_at(m.location, reader.view.anchor) or m.edition
        # The text's place before the edition's: it may name a year the list does not hold.
        # A city the clause names for a body that meets at home ("The European Council will hold
        # an informal dinner in Budapest") is where this meeting is.
        home = m.known.location
        countries = reader.view.place_countries
        away = (
            m.location is not None
            and m.city
            and home is not None
            and countries.get(m.location) not in (None, countries.get(home), home)
        )
        m.location = (
            (m.location if away else m.known.location) or m.location or (m.edition.location if m.edition else None)
        )
    elif m.name is None and (
        m.kind == "summit"
        or m.weak
        or (m.kind == "meeting" and _LEADERS.search(reader.text, segment.start, segment.end) is not None)
    ):
        # "hosts the Group of Seven": only "host" names the summit; "a day before NATO leaders gather
        # in Washington": the body's leaders where its summit is held are at the summit.
        _known_by_host(reader, m)
    m.hosted_by_place = m.hosted_by_place or _host_place(reader, segment)
    if m.triggers and all(t.vote for t in m.triggers):
        # "after the United States abstained in a Security Council vote": the body votes; those
        # around the clause are its members or onlookers, not parties.
        m.persons.clear()
    for t in m.triggers:
        if t.party is not None:
            add_unique(m.countries, t.party)  # "told the U.N. Security Council": the body addressed
            if t.vote:
                continue
            speaker = reader.subject_after(t.end) if not m.persons else None
            if speaker is not None:
                m.persons.append(speaker)  # "Speaking at the General Assembly, Zelenskyy accused"


def _is_country(reader: SentenceReader, place: str) -> bool:
    return reader.view.place_kinds.get(place) == "country"


def _known_by_host(reader: SentenceReader, m: Mention) -> None:
    """A summit named by its host body or its venue is the known edition of that season: "Scholz
    hosts the Group of Seven at Schloss Elmau", "NATO holds its summit in Madrid", "a three-day
    summit opened" under a BORGO EGNAZIA dateline."""
    anchor = reader.view.anchor
    for known in reader.rules.known:
        edition = known.edition_near(anchor)
        if edition is None or edition.start - anchor > _HOST_REACH or anchor - edition.end > _HOST_REACH:
            continue
        place = m.location
        at_venue = place is not None and edition.held_at(place)
        by_body = any(b in m.countries for b in known.bodies)
        if not (at_venue or by_body):
            continue
        if m.kind == "meeting" and not m.weak and not (at_venue and by_body and known.kind == "summit"):
            continue  # leaders meeting elsewhere, or of another body, are not at its summit
        if m.kind == "meeting" and not m.weak and any(d.granularity != "day" for d in _clause_dates(reader, m)):
            continue  # "NATO leaders will meet in Washington next month": told by its month, as the text has it
        if m.weak and not by_body and anchor > edition.end:
            # "will present the plan at the White House on Thursday", weeks after the NATO summit
            # in Washington: a building or "host" alone is no summit that is over.
            continue
        dateline = reader.view.dateline_place
        where_ok = (
            place is None
            or at_venue
            or (_is_country(reader, place) and (dateline is None or edition.held_at(dateline)))
        )
        if not where_ok:
            continue  # "a NATO summit in Brussels" this year is not the one in Vilnius
        m.known, m.edition, m.kind, m.weak = known, edition, known.kind, False
        if place is None or at_venue or dateline is not None:
            # Told under the venue's dateline ("opened in southern Italy"), the venue is where it
            # is; a country alone stays as the text has it ("in Moldova").
            m.location, m.city = edition.location or place, False
        return


def _clause_dates(reader: SentenceReader, m: Mention) -> list[DateSpan]:
    segment = reader.segments[m.segment]
    return [d for d in reader.dates if segment.start <= d.char_start < segment.end]


def _inviter(reader: SentenceReader, m: Mention) -> None:
    """ "Xi was going at the invitation of Russian President Vladimir Putin": the host is a party to the visit."""
    invitation = _INVITATION.search(reader.text)
    if invitation is None:
        return
    host = next((e for e in reader.entities if e.start >= invitation.end()), None)
    lead = reader.text[invitation.end() : host.start] if host is not None else ""
    if host is not None and host.label == "PERSON" and re.fullmatch(r"(?:[\w.'’-]+\s+){0,4}", lead):
        add_unique(m.persons, host.canonical)


def _weak_survives(m: Mention) -> bool:
    """ "host" alone makes an event with two people, a hosting place or a person and a place; a
    building alone ("told Zelenskyy at the White House") only with two people."""
    if len(m.persons) >= 2:
        return True
    if all(t.venue for t in m.triggers):
        return False
    return m.hosted_by_place or bool(m.persons and m.location)


def _region(reader: SentenceReader, group: list[Trigger], groups: list[list[Trigger]], segment: Segment) -> Region:
    """Where a group reads its people from: its clause's subject, then its own stretch up to the next group.

    "Trump broke off a meeting with Zelenskyy to telephone Putin": Trump belongs to both events,
    Zelenskyy to the meeting, Putin to the call.
    """
    in_clause = [g for g in groups if segment.start <= g[0].start < segment.end]
    # "After the summit Biden will travel": the subject comes after an event named only as a time.
    main = [g for g in in_clause if not _TIME_REFERENCE.search(reader.text, max(0, g[0].start - 60), g[0].start)]
    first = (main or in_clause)[0][0].start if in_clause else group[0].start
    later = [g[0].start for g in in_clause if g[0].start > group[-1].end]
    own = (group[0].start if group[0].start != first else segment.start, min(later, default=segment.end))
    if group[0].party:
        own = (own[0], group[-1].end)  # an address: the speaker and the body, no one after it
    if own[0] == segment.start:
        return (own,)
    # The subject does the later verbs too ("to telephone Putin", "and to take part in a meeting of
    # the council") but not a later noun ("their teams would start negotiations").
    earlier = max((g[-1].end for g in in_clause if g[-1].end <= group[0].start), default=first)
    separate = _SEPARATE.search(reader.text, max(0, group[0].start - 30), group[0].start)
    if (
        NOUN_TRIGGER.match(reader.text[group[0].start : group[0].end].strip())
        and not another_verb(reader.text[earlier : group[0].start])
        and not separate  # "and, in a separate call, with Zelenskyy": the same caller
        and not _COORDINATED_OBJECT.match(reader.text, earlier, group[0].start)
    ):
        return (own,)
    if any(g[0].party for g in in_clause if g[-1].end <= group[0].start):
        # "was due to address the General Assembly ... and will present the plan to Biden at the
        # White House": the address has the speaker only; who comes after it is the next event's.
        return ((segment.start, first), (earlier, group[0].start), own)
    # "After the G7 meeting, Zelenskyy will travel to Switzerland": the subject after a fronted phrase.
    comma = reader.text.rfind(",", earlier, group[0].start)
    if comma >= 0:
        return ((segment.start, first), (comma, group[0].start), own)
    return ((segment.start, first), own)


def _parties(reader: SentenceReader, m: Mention, region: Region, segment: Segment, ref: Trigger) -> None:
    """People and countries taking part, from the mention's own stretch of its clause."""
    for i, (lo, hi) in enumerate(region):
        # The clause's subject is read against its first verb, which it governs for this one too.
        at = hi if i < len(region) - 1 else ref.start
        for name in reader.persons_in(lo, hi, at):
            add_unique(m.persons, name)
        for name in reader.parties_in(lo, hi, at):
            add_unique(m.countries, name)
        m.delegations = m.delegations or reader.delegations_in(lo, hi)
    # "after the talks that he hoped to bring them together": a pronoun between the previous event
    # word of the clause and this one is its subject.
    gap_start = max((t.end for t in reader.triggers if segment.start <= t.end <= m.start), default=m.start)
    for name in reader.pronoun_persons(gap_start, m.start, ref.start):
        add_unique(m.persons, name)
    if not m.persons:
        # "Russia and Ukraine would begin negotiations"; not "Ukraine proposed that Zelenskyy and
        # Putin meet", where the people named are the parties.
        for name in reader.subject_countries(segment, ref.start):
            add_unique(m.countries, name)
    if segment.relative and re.match(r"[\s,]*who\b", reader.text[segment.start : segment.end]):
        # "Zelenskyy, who met Mohammed bin Salman in Jeddah": the one the clause is about.
        who = [e for e in reader.entities if e.label == "PERSON" and e.end <= segment.start]
        if who and who[-1].canonical not in m.persons:
            m.persons.insert(0, who[-1].canonical)
    for t in m.triggers:
        body = reader.rules.of_body.match(reader.text, t.end)
        named = next((e for e in reader.entities if body and e.start == body.end() and e.label == "ORG"), None)
        if named is not None:
            add_unique(m.countries, named.canonical)  # "the first meeting of a new NATO-Ukraine Council"
    _traveller(reader, m, ref)
    _invitee_first(reader, m, segment)
    _gerund_subject(reader, m, ref)
    _shared_subject(reader, m, segment)
    _subject_before_relative(reader, m, segment)
    _between_only(reader, m, segment, ref)
    two_sides = any(_TWO_SIDES.search(reader.text, lo, hi) for lo, hi in region)
    body = reader.rules.assembly_re.pattern.search(reader.text, segment.start, ref.start)
    if not m.persons and not m.countries and body and _BODY_SUBJECT.fullmatch(reader.text, segment.start, body.start()):
        # "The U.N. Security Council will meet on Tuesday": the body that meets is the party.
        add_unique(m.countries, reader.rules.assemblies[" ".join(body.group(0).split())].name)
    subject = _body_subject(reader, segment, ref)
    if subject is not None:
        # "..., and the Ukraine Defense Contact Group led by Austin will gather on Wednesday": the
        # body that gathers takes part, with whoever leads it.
        add_unique(m.countries, subject)
    if (
        not m.persons
        and not m.countries
        and m.segment > 0
        and reader.rules.gerund_clause.match(reader.text, segment.start)
    ):
        # "he had an audience with the Pope, before travelling on to Germany": the main clause's
        # subject travels, not the one he saw.
        head = reader.segments[0]
        verb = next((t.start for t in reader.triggers if head.start <= t.start < head.end), None)
        if verb is not None:
            m.persons = reader.persons_in(head.start, verb, verb) or reader.pronoun_persons(head.start, verb, verb)
    if not m.persons and not m.countries and m.segment > 0 and not two_sides:
        # "officials agreed on Tuesday ... after four hours of talks": the sentence's subject.
        for head in reader.segments[: m.segment]:
            m.persons = reader.persons_in(head.start, head.end, ref.start)
            m.countries = reader.parties_in(head.start, head.end, ref.start) or reader.subject_countries(
                head, ref.start
            )
            if m.persons or m.countries:
                break
    _visit_by(reader, m, segment)


# "a visit to Moscow on March 13 by ...": the agent of a journey noun, within its own phrase.
_VISIT_BY: Final = re.compile(r"(?:\s+(?:to|in|on|the|this|last|next|[A-Z0-9][\w.'’-]*))*\s+by\s+")
# Where the "by" phrase ends: "by Witkoff, who met Putin", "by two aides on Monday".
_BY_PHRASE_END: Final = re.compile(r"[,;]|\s(?:who|which|after|before|when|on|in|to)\s")
# "Trump envoy Steve Witkoff": a name that only qualifies the next one.
_QUALIFIER_GAP: Final = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,3}")


def _visit_by(reader: SentenceReader, m: Mention, segment: Segment) -> None:
    """ "cancelled a visit to Washington by two of his closest aides", "a visit to Moscow by Trump
    envoy Steve Witkoff": the one the "by" phrase names makes the journey, not the clause's subject."""
    trip = next((t for t in m.triggers if t.kind == "visit"), None)
    if m.kind != "visit" or trip is None or not NOUN_TRIGGER.match(reader.text[trip.start : trip.end].strip()):
        return
    by = _VISIT_BY.match(reader.text, trip.end, segment.end)
    if by is None:
        return
    stop = _BY_PHRASE_END.search(reader.text, by.end(), segment.end)
    end = stop.start() if stop else segment.end
    named = [e for e in reader.entities if e.label == "PERSON" and by.end() <= e.start < end]
    agents = [
        e.canonical
        for i, e in enumerate(named)
        if not (i + 1 < len(named) and _QUALIFIER_GAP.fullmatch(reader.text, e.end, named[i + 1].start))
    ]
    # "by train", "by the end of May": no agent, and the clause's own people stand.
    words = re.findall(r"[\w-]+", reader.text[by.end() : end].lower())
    people = reader.rules.party_words.search(reader.text, by.end(), end) or any(
        w in reader.rules.title_nouns for w in words
    )
    if agents or people:
        m.persons[:] = agents


def _body_subject(reader: SentenceReader, segment: Segment, ref: Trigger) -> str | None:
    """An organization that opens the clause as the subject of its event verb ("NATO will hold",
    "the contact group led by Austin will gather"); not one that only reports ("the Kremlin said")."""
    body = next((e for e in reader.entities if e.start >= segment.start), None)
    if body is None or body.label != "ORG" or body.end > ref.start or ref.start - body.end > _SUBJECT_REACH:
        return None
    if not _BODY_SUBJECT.fullmatch(reader.text, segment.start, body.start):
        return None
    between = reader.text[body.end : ref.start]
    if re.match(r"['’]s\b", between) or re.search(r"\b(?:that|who|which|whose)\b", between):
        return None  # "NATO's chief will meet", "NATO, which ...": someone else's act
    if reader.rules.reporting.search(between):
        return None
    person = next((e for e in reader.entities if e.label == "PERSON" and body.end <= e.start < ref.start), None)
    if person is not None and re.fullmatch(r"(?:\s+(?-i:[A-Z])[\w.'’-]*)*\s+", reader.text[body.end : person.start]):
        return None  # "NATO Secretary General Jens Stoltenberg will host": the body only names his office
    return body.canonical


def _between_only(reader: SentenceReader, m: Mention, segment: Segment, ref: Trigger) -> None:
    """ "was arranging a meeting between the Russian and Ukrainian presidents": the two it is
    between take part, not the one arranging or offering it."""
    opener = _BETWEEN.match(reader.text, m.triggers[-1].end, segment.end)
    if opener is None:
        return
    # "a meeting between Putin and Zelenskyy, to be followed by a three-way summit with himself":
    # the list ends where the next event word begins.
    lo = opener.end()
    hi = min((t.start for t in reader.triggers if lo <= t.start < segment.end and not t.venue), default=segment.end)
    persons = reader.persons_in(lo, hi, ref.start)
    countries = [c for c in reader.parties_in(lo, hi, ref.start) if c not in persons]
    for country, holder in reader.titled_countries(lo, hi):
        # "Trump ... telephoned Vladimir Putin ... arranging a meeting between the Russian and
        # Ukrainian presidents": the leader of that country the story has named, else the country.
        holder = holder or _leader_of(reader, country, m.start)
        if holder is None:
            add_unique(countries, country)
        else:
            add_unique(persons, holder)
    if len(persons) + len(countries) >= 2:
        m.persons, m.countries = persons, countries


def _leader_of(reader: SentenceReader, country: str, pos: int) -> str | None:
    """The one leader of ``country`` named before ``pos`` in the article, if there is just one."""
    named = reader.view.persons_before(reader.offset + pos, 8, leaders=True, unstated=True)
    of_country = [p for p in named if reader.view.person_countries.get(p) == country]
    return of_country[0] if len(of_country) == 1 else None


def _shared_subject(reader: SentenceReader, m: Mention, segment: Segment) -> None:
    """ "He is due in Brussels on Thursday ..., and on Friday will attend a meeting in London": a
    clause with no subject of its own has the one before it."""
    if m.segment == 0 or not NO_SUBJECT.match(reader.text, segment.start):
        _inner_shared_subject(reader, m, segment)
        return
    index = m.segment - 1
    while index > 0 and NO_SUBJECT.match(reader.text, reader.segments[index].start):
        index -= 1  # "He met Starmer ..., saw Macron in Paris ..., and on Friday held talks": his too
    prev = reader.segments[index]
    verb = next((t for t in reader.triggers if prev.start <= t.start < prev.end), None)
    if verb is None:
        return
    subjects = [
        e.canonical
        for e in reader.entities
        if e.label == "PERSON"
        and prev.start <= e.start < verb.start
        and not OBJECT_BEFORE.search(reader.text, max(0, e.start - 60), e.start)
        and not reader.is_title_holder(e)
    ]
    subject = subjects[0] if subjects else next(iter(reader.pronoun_persons(prev.start, verb.start, verb.start)), None)
    if subject is not None and subject not in m.persons:
        m.persons.insert(0, subject)


def _inner_shared_subject(reader: SentenceReader, m: Mention, segment: Segment) -> None:
    """ "Putin would meet Modi on Monday on the sidelines of the summit, and would also hold talks
    with Erdogan there": a second verb phrase joined by "and" inside a clause has the subject of
    the event verb before it."""
    first = m.triggers[0]
    joins = list(reader.rules.and_verb_phrase.finditer(reader.text, segment.start, first.start))
    if not joins:
        return
    verb = next(
        (
            t
            for t in reversed(reader.triggers)
            if t.end <= joins[-1].start() and NOUN_TRIGGER.match(reader.text[t.start : t.end].strip()) is None
        ),
        None,
    )
    if verb is None:
        return
    lo = reader.segments[reader.segment_of(verb.start)].start
    subjects = [
        e.canonical
        for e in reader.entities
        if e.label == "PERSON"
        and lo <= e.start < verb.start
        and not reader.is_speaker(e, verb.start)
        and not reader.is_title_holder(e)
        and not OBJECT_BEFORE.search(reader.text, max(0, e.start - 60), e.start)
    ]
    subject = subjects[-1] if subjects else None
    if subject is not None and subject not in m.persons:
        m.persons.insert(0, subject)


def _subject_before_relative(reader: SentenceReader, m: Mention, segment: Segment) -> None:
    """ "Merz, who is hosting the talks, will meet Zelenskyy": the clause after the relative one has
    its subject before it."""
    if m.segment == 0 or not _VERB_FIRST.match(reader.text, segment.start):
        return
    index = m.segment - 1
    # "Biden, who had travelled from Poland after a secret departure, met Zelenskyy": the relative
    # clause may go on in clauses of its own ("after ...") before the main verb comes.
    while index > 0 and reader.rules.subordinate_clause.match(reader.text, reader.segments[index].start):
        index -= 1
    prev = reader.segments[index]
    # The relative clause is a clause of its own, or was joined to the name it describes.
    who = list(re.finditer(r"[\s,]*\bwho\b", reader.text[prev.start : prev.end]))
    if not who or (who[-1].start() > 0 and not re.match(r",\s", who[-1].group(0))):
        return
    opens = prev.start + who[-1].start()
    before = [e for e in reader.entities if e.label == "PERSON" and e.end <= opens]
    subject = before[-1] if before and re.fullmatch(r"\s*", reader.text[before[-1].end : opens]) else None
    if subject is not None and subject.canonical not in m.persons and not reader.is_title_holder(subject):
        m.persons.insert(0, subject.canonical)


def _invitee_first(reader: SentenceReader, m: Mention, segment: Segment) -> None:
    """ "Putin has invited Trump to Moscow": the visit is Trump's."""
    invite = re.compile(r"\binvit(?:e|es|ed|ing)\s+", re.IGNORECASE).search(reader.text, segment.start, segment.end)
    if m.kind != "visit" or invite is None:
        return
    guest = next((e for e in reader.entities if e.label == "PERSON" and e.start >= invite.end()), None)
    if guest is not None and guest.canonical in m.persons:
        m.persons.remove(guest.canonical)
        m.persons.insert(0, guest.canonical)


def _gerund_subject(reader: SentenceReader, m: Mention, ref: Trigger) -> None:
    """ "After meeting Zelenskyy at the White House, Biden said ...": the one who speaks next met him."""
    if not _GERUND_OPENER.fullmatch(reader.text[: ref.start]):
        return
    comma = reader.text.find(",", ref.end)
    subject = next((e for e in reader.entities if e.label == "PERSON" and comma >= 0 and e.start > comma), None)
    if subject is not None and re.fullmatch(r",\s*", reader.text[comma : subject.start]):
        add_unique(m.persons, subject.canonical)


def _traveller(reader: SentenceReader, m: Mention, ref: Trigger) -> None:
    """ "Modi visited Kyiv, six weeks after a trip to Moscow in which he embraced Putin": a trip in
    a clause of its own is made by the one the sentence is about; those named after it are hosts."""
    trip = next((t for t in m.triggers if t.kind == "visit"), None)
    if trip is None or m.segment == 0 or not NOUN_TRIGGER.match(reader.text[trip.start : trip.end].strip()):
        return
    ref = trip
    if re.search(r"['’]s\s+(?:[\w-]+\s+){0,3}$", reader.text[max(0, ref.start - 40) : ref.start]):
        return  # "Modi's visit": the possessive names the traveller
    if any(e.label == "PERSON" and reader.segments[m.segment].start <= e.start < ref.start for e in reader.entities):
        return
    subject = reader.view.first_person(reader.index)
    if subject is not None and subject not in m.persons:
        m.persons.insert(0, subject)


def _with_partner(reader: SentenceReader, m: Mention, main: Trigger) -> None:
    """ "after a phone call with Trump", "a meeting with Trump planned for Tuesday": the other party
    is the one the sentence is about."""
    if len(m.persons) != 1 or not re.match(r"(?:\s+[\w-]+){0,8}?\s+with\s", reader.text[main.end : main.end + 80]):
        return
    subject = next(
        (
            e
            for e in reader.entities
            if e.label == "PERSON"
            and not reader.is_title_holder(e)
            # "He is due to meet Biden ... and to take part in a meeting of the council with ...": not Biden.
            and not OBJECT_BEFORE.search(reader.text, max(0, e.start - 60), e.start)
        ),
        None,
    )
    if subject is not None and subject.canonical not in m.persons:
        m.persons.insert(0, subject.canonical)


def _host(reader: SentenceReader, m: Mention, group: list[Trigger], segment: Segment) -> None:
    """ "the Vatican ... had expressed interest in hosting the negotiations": the host is a party, or the place."""
    host = next((t for t in group if t.weak and not t.venue), None)
    if host is None or re.match(r"\s+by\b", reader.text[host.end : host.end + 4]):
        return
    candidates = [
        e
        for e in reader.entities
        if segment.start <= e.start < host.start
        and e.label in ("PERSON", *PLACE_LABELS)
        and not reader.is_title_holder(e)
        and not reader.is_speaker(e, host.start)
    ]
    # The one right before the verb ("Switzerland is hosting"), else the clause's subject.
    direct = [e for e in candidates if HOST_AFTER.match(reader.text[e.end : e.end + 40])]
    subjects = [e for e in candidates if not OBJECT_BEFORE.search(reader.text, max(0, e.start - 60), e.start)]
    if direct:
        first = direct[-1]
    elif subjects and not re.search(r"\b(?:including|such\s+as)\s+", reader.text[segment.start : subjects[0].start]):
        first = subjects[0]
    else:
        return
    if first.label == "PERSON":
        add_unique(m.persons, first.canonical)
    elif first.place_kind is not None and m.location is None:
        m.location, m.city = first.canonical, first.place_kind == "city"
        m.hosted_by_place = True
    if first.label != "PERSON" and first.place_kind == "country" and direct and not (m.is_round or m.definite):
        # "a peace conference that Switzerland will host": the host country takes part; a round
        # ("ready to host further rounds") or talks already told ("ready to host the negotiations") are
        # between the parties of the talks they continue.
        add_unique(m.countries, first.canonical)


def _anaphor_parties(reader: SentenceReader, m: Mention, region: Region) -> None:
    """ "Dmitriev and Ushakov both sat in on the meeting with Putin": named people around a reference."""
    first, last = m.triggers[0], m.triggers[-1]
    lo = min(a for a, _ in region)
    for e in reader.entities:
        if e.label != "PERSON" or reader.is_speaker(e) or reader.is_title_holder(e):
            continue
        before = lo <= e.start < first.start
        after = last.end <= e.start < last.end + 80 and re.search(
            r"^\s*(?:\w+\s+){0,2}(?:with|between|and)\s", reader.text[last.end : e.start]
        )
        if before or after:
            add_unique(m.persons, e.canonical)


# "a meeting between the Russian and Ukrainian presidents": the parties come next.
_BETWEEN: Final = re.compile(r"\s+between\s+(?:the\s+)?", re.IGNORECASE)


def _own_list(reader: SentenceReader, group: list[Trigger]) -> bool:
    """ "talks between Russia and Ukraine", "summit with Putin": the event word names its parties;
    so does a compound of countries right before it ("the EU-China summit"). "The Trump-Putin
    call" stays a reference: a story names its leaders' call that way after telling it."""
    for t in group:
        if reader.compound_countries(max(0, t.start - _COMPOUND_REACH), t.start):
            return True
        body = reader.rules.of_body.match(reader.text, t.end)
        if body is not None and any(e.start == body.end() and e.label == "ORG" for e in reader.entities):
            return True  # "the first meeting of a new NATO-Ukraine Council": the body meets
        m = re.match(r"\s+(?:[\w-]+\s+){0,2}?(?:between|with|involving)\s+(?:the\s+)?", reader.text[t.end : t.end + 60])
        if m is None:
            continue
        at = t.end + m.end()
        party = next((e for e in reader.entities if e.start == at), None)
        if party is not None and (party.label == "PERSON" or party.country is not None):
            return True
    return False


def _definite(reader: SentenceReader, t: Trigger) -> bool:
    if not NOUN_TRIGGER.match(reader.text[t.start : t.end].strip()):
        return False
    lo = max(0, t.start - 60)
    found = [m for m in _DETERMINER.finditer(reader.text, lo, t.start)]
    if not found:
        return False
    return _modifiers_ok(reader.text[found[-1].end() : t.start])


def _modifiers_ok(mods: str) -> bool:
    words = mods.split()
    if len(words) > 3 or _NOT_MODIFIER.search(mods):
        return False
    return all(not w.endswith("ed") or w.lower() in event_rules().state_participles for w in words)


def _negated(reader: SentenceReader, t: Trigger, segment: Segment) -> bool:
    for m in reader.rules.negation.finditer(reader.text, segment.start, segment.end):
        if t.known is not None and reader.rules.attendance.search(m.group(0)):
            continue  # "will not attend the G20 summit": the summit goes ahead without them
        if m.start() <= t.start and t.start - m.end() <= 40:
            return True
    return False


def _host_place(reader: SentenceReader, segment: Segment) -> bool:
    """ "Kyiv prepared to host foreign leaders": a place that hosts (so the event needs no names)."""
    return any(
        e.label in PLACE_LABELS and HOST_AFTER.match(reader.text[e.end : e.end + 40])
        for e in reader.entities
        if segment.start <= e.start < segment.end
    )


def _cue(reader: SentenceReader, m: Mention, segment: Segment) -> str | None:
    """The status a clause states outright, if any: cancelled, postponed, proposed or held."""
    found: list[tuple[int, str]] = []
    others = [t for t in reader.triggers if segment.start <= t.start < segment.end and t not in m.triggers]
    own = reader.rules.own_subject_relative.match(reader.text, m.triggers[-1].end)
    for status in ("postponed", "cancelled"):
        if m.anaphor and own and reader.rules.status[status].match(reader.text, own.end()):
            return status  # "the visit he called off": said of this reference itself
    if m.anaphor and any(t.start < m.start and not _definite(reader, t) and not t.weak for t in others):
        # "a planned meeting between the two to prepare the summit was called off": the meeting was.
        return None
    if not m.anaphor:
        others = [t for t in others if not _definite(reader, t)]
    for status in ("cancelled", "postponed", "held", "proposed"):
        for cue in reader.rules.status[status].finditer(reader.text, segment.start, segment.core):
            if status == "proposed" and not _proposal_reaches(reader, cue.start(), m):
                continue
            if reader.rules.status_negated.search(reader.text, max(0, cue.start() - 12), cue.start()):
                continue  # "could start without delay": no postponement
            if not _cue_governs(reader, cue, m):
                continue
            if status in ("cancelled", "postponed") and _said_of_reference(reader, cue, m):
                continue
            mine = distance(cue.start(), m.triggers)
            if all(mine <= distance(cue.start(), [o]) for o in others):
                found.append((mine, status))
    if not found:
        return None
    # Cancelled and postponed outrank the rest: "a meeting planned for Tuesday did not take place";
    # put off is the more specific news: "will not take place, with a new date to be announced".
    if any(s == "cancelled" for _, s in found) and _new_date_to_come(reader, m):
        return "postponed"
    for status in ("postponed", "cancelled"):
        if any(s == status for _, s in found):
            return status
    status = min(found)[1]
    if status == "proposed" and reader.rules.fixed_after.match(reader.text, m.triggers[-1].end):
        return None  # "asked for an emergency meeting ..., which diplomats said would take place on Tuesday"
    return status


def _new_date_to_come(reader: SentenceReader, m: Mention) -> bool:
    """ "would not take place on Saturday and that a new date would be announced": the next clause
    of what was said, with no event of its own, gives the event called off a new date to come."""
    if m.segment + 1 >= len(reader.segments):
        return False
    nxt = reader.segments[m.segment + 1]
    if not reader.rules.and_that_clause.match(reader.text, nxt.start):
        return False
    if any(nxt.start <= t.start < nxt.end for t in reader.triggers):
        return False
    return reader.rules.status["postponed"].search(reader.text, nxt.start, nxt.end) is not None


def _fate_of_called_off_trip(reader: SentenceReader, m: Mention, segment: Segment) -> str | None:
    """ "postponed his trip to Europe and Africa. He had been due to fly to Berlin on Thursday ... He
    was then to travel to Angola.": the rest of a journey, told as it had been planned right after
    the news of the person's trip, was put off or called off with it."""
    rules = reader.rules
    # Only "was then to": "had been due to" is the trip's own plan, told as undone, and joins it.
    if not m.persons or not rules.plan_goes_on.search(reader.text, segment.start, m.triggers[0].end):
        return None
    view = reader.view
    for index in range(reader.index - 1, max(-1, reader.index - 4), -1):
        lo, hi = view.spans[index]
        trip = rules.called_off_trip.search(view.text, lo, hi)
        if trip is not None:
            people = {e.canonical for e in view.sentence_entities(lo, hi) if e.label == "PERSON"}
            if not people & set(m.persons):
                return None
            said = trip.group(0)
            return next((s for s in ("postponed", "cancelled") if rules.status[s].search(said)), None)
        if not (rules.plan_goes_on.search(view.text, lo, hi) or rules.past_plan.search(view.text, lo, hi)):
            return None  # the plan is told apart from the news
    return None


def _said_of_reference(reader: SentenceReader, cue: re.Match[str], m: Mention) -> bool:
    """ "will travel to Berlin on Thursday for a shortened version of the visit he called off": a
    relative clause with a subject of its own, right after a later reference, is about that one."""
    last = m.triggers[-1].end
    return any(
        t not in m.triggers
        and last <= t.start
        and t.end <= cue.start()
        and _definite(reader, t)
        and reader.rules.own_subject_relative.fullmatch(reader.text, t.end, cue.start()) is not None
        for t in reader.triggers
    )


def _cue_governs(reader: SentenceReader, cue: re.Match[str], m: Mention) -> bool:
    """Whether a status word before the event word is about it.

    Not an adjective of another noun ("discussed the proposed corridor by telephone"), nor a verb
    whose clause the event only follows ("proposed ... that a commission investigate, raising the
    idea in phone calls").
    """
    first = m.triggers[0]
    if cue.end() > first.start:
        return True
    if reader.rules.status_noun_sequence.fullmatch(reader.text, cue.end(), first.start):
        return False
    if _ADJECTIVE_BEFORE.search(reader.text, max(0, cue.start() - 8), cue.start()):
        # "the proposed summit", "the planned Trump-Putin meeting": only next to an event noun.
        noun = next((t for t in m.triggers if t.start >= cue.end()), first)
        between = reader.text[cue.end() : noun.start]
        is_noun = NOUN_TRIGGER.match(reader.text[noun.start : noun.end].strip()) is not None
        return is_noun and re.fullmatch(r"(?:\s+[\w'’.-]+){0,2}\s+", between) is not None
    if _WHEN_CLAUSE_VERB.search(reader.text, cue.end(), first.start):
        return False  # "asked for the delay when he spoke by telephone": the call is the time of the asking
    if _OTHER_OBJECT.fullmatch(reader.text, cue.end(), first.start):
        return False  # "put off his departure for an Arab League summit": the departure is put off
    return not _PARTICIPLE_CLAUSE.search(reader.text, cue.end(), first.start)


def _proposal_reaches(reader: SentenceReader, pos: int, m: Mention) -> bool:
    """A word of proposal after the event word is about it only close by ("a meeting would follow"),
    not in a clause of its own ("talks on how a ceasefire might be monitored")."""
    last = m.triggers[-1].end
    first = m.triggers[0].end
    if first <= pos and any(p.start() < pos for p in _PARTICIPLE_CLAUSE.finditer(reader.text, first, pos + 40)):
        return False  # "was due to hold talks ... on Wednesday, seeking to revive negotiations": its aim
    if pos < last:
        return True
    between = reader.text[last:pos]
    if reader.rules.holder_relative.fullmatch(between):
        return True  # "a second peace summit that Kyiv wants to hold": what its holder says of it
    modal = _MODAL.match(reader.text, pos) is not None and _OF_PARTIES.fullmatch(between) is not None
    if (_PREDICATE_OF_EVENT.fullmatch(between) or modal) and not re.search(
        r"\b(?:how|what|whether|which|who|that|if)\b", between
    ):
        # "a summit between Trump and Putin in Budapest was still possible", "A meeting with Trump,
        # the Republican nominee, remained uncertain": what the event noun is said to be.
        return NOUN_TRIGGER.match(reader.text[m.triggers[-1].start : last].strip()) is not None
    if re.search(r"\band\s+(?:then\s+|also\s+|later\s+)?(?:[a-z]+ed\s+)?$", between):
        # "spoke to Duda by phone and offered full support", "hosted Zelenskyy at a summit and
        # helped arrange a prisoner exchange": the subject's next act
        return False
    if re.search(r"\b(?:has|have|had|is|are|was|were)\s+(?:been\s+)?[a-z]+ed\b", between):
        return False  # "the summit has been dominated by efforts to reassure Kyiv": about something else
    if _TOPIC_BEFORE.search(between):
        # "talks with Putin on possible arms supplies", "held talks in Riyadh on Monday on a possible
        # ceasefire", "a video conference to discuss possible security guarantees": the topic is
        # possible, not the talks.
        return False
    return len(between) <= 40 and not re.search(r"\b(?:how|what|whether|which|who|that|if)\b", between)


def _tense(reader: SentenceReader, m: Mention, segment: Segment) -> Tense | None:
    """Whether the event is still to come: the nearest tense word before the event word, else after."""
    first = next((t for t in m.triggers if not t.weak), m.triggers[0])
    own = reader.text[first.start : first.end]
    if _conditional(reader, first, segment):
        m.firm_tense = True
        return "future"  # "until he and Putin met in person", "once Putin and Zelenskyy had met"
    past_verb = own.split()[0].lower() in reader.rules.past_event_verbs if own.split() else False
    if first.party is not None:
        # "On Wednesday Zelenskyy addressed the U.N. Security Council": the verb of the address is
        # the event's own, before any other of its clause.
        spoken = reader.rules.address_before.search(reader.text, max(0, first.start - 60), first.start)
        past_verb = past_verb or (spoken is not None and bool(_PAST_ADDRESS.match(spoken.group(0))))
    if past_verb and not re.match(r"\s+by\b", reader.text[first.end : first.end + 5]):
        m.firm_tense = True
        return "past"
    if reader.rules.past_relative.match(reader.text, first.end):
        m.firm_tense = True
        return "past"  # "ahead of a conference on the rebuilding that opened on Monday": begun
    # (rank, distance, tense): a verb of saying is the weakest evidence, and a tense word after
    # the event past "that" belongs to what was said ("told Zelenskyy at the White House on
    # Monday that the United States would help").
    found: list[tuple[int, int, Tense]] = []
    for cue in _tense_cues(reader, segment.start, segment.core):
        tense: Tense = "future" if cue.group("future") else "past"
        weak = bool(reader.rules.reporting.fullmatch(cue.group(0)))
        if cue.start() >= first.end and reader.rules.object_relative.match(reader.text, first.end, cue.end() + 40):
            # "a conference that Switzerland will host": the clause about the event outranks the main verb.
            found.append((-1, cue.start() - first.end, tense))
            continue
        if cue.start() >= first.end:
            said_before = reader.rules.reporting.search(reader.text, segment.start, first.start)
            if said_before and re.search(r"\b(?:that|which|who)\b", reader.text[first.end : cue.start()]):
                continue
            if not weak and reader.rules.reporting.search(reader.text, first.end, cue.start()):
                continue  # "After meeting Zelenskyy, Biden said he would ...": what was said, not the meeting
            if reader.rules.complement_clause.search(reader.text, first.end, cue.end()):
                continue  # "said after hosting Starmer on Monday that he would convene": what was said
            found.append((3 if weak else 1, cue.start() - first.end, tense))
        else:
            # A cue inside the event word counts as right before it ("is due in Kyiv").
            found.append((2 if weak else 0, max(0, first.start - cue.end()), tense))
    if found and min(found)[0] == -1:
        m.firm_tense = True
        return min(found)[2]
    head = own.split()[0].lower() if own.split() else ""
    if head in reader.rules.present_event_verbs and not any(rank == 0 for rank, _, _ in found):
        # "Foreign ministers meet in Brussels on Tuesday": the present of a plan, not a verb of saying's past.
        m.firm_tense = True
        return "present"
    after_main = segment.start > 0 and reader.rules.gerund_clause.match(reader.text, segment.start)
    if found and min(found)[0] >= 2 and after_main:
        # "will travel to Poland ..., before taking a train to Kyiv for talks with Zelenskyy, said
        # Lal": the act of the main clause's subject is in its tense, not the verb of saying's.
        return _fallback_tense(reader, segment)
    if found and min(found)[0] >= 2 and (shared := _subject_clause_tense(reader, segment)) is not None:
        # "will pay a visit to Hanoi, and then go on to Vientiane, the ministry said": the next stop
        # of the subject's plan is in the tense of the subject's verb, not the verb of saying's.
        return shared
    if found:
        rank, _, tense = min(found)
        m.firm_tense = rank <= 1
        return tense
    return _fallback_tense(reader, segment)


def _subject_clause_tense(reader: SentenceReader, segment: Segment) -> Tense | None:
    """The tense of the clause before, when ``segment`` goes on with its subject ("..., and then go
    on to"), as told by its first tense word that is no verb of saying; None otherwise."""
    index = reader.segments.index(segment)
    if index == 0 or NO_SUBJECT.match(reader.text, segment.start) is None:
        return None
    prev = reader.segments[index - 1]
    own = [c for c in _tense_cues(reader, prev.start, prev.core) if not _reporting(reader, c)]
    if not own:
        return None
    return "future" if own[0].group("future") else "past"


def _conditional(reader: SentenceReader, first: Trigger, segment: Segment) -> bool:
    """ "until he and Putin met in person", "once Putin and Zelenskyy had met": an event told as
    the condition of something else, still to come."""
    return reader.rules.condition_before.search(reader.text, segment.start, first.start) is not None


def _fallback_tense(reader: SentenceReader, segment: Segment) -> Tense | None:
    """With no tense word near the event: the clause's own verbs ("berated ... during a meeting"),
    then the clause it depends on, then the sentence."""
    index = reader.segments.index(segment)
    prev = reader.segments[index - 1] if index > 0 else None
    cues = _tense_cues(reader, prev.start, prev.core) if prev is not None else []
    # "Putin said ... that Moscow was ready to talk, after a phone call with Trump", "arrived in
    # Moscow three days after a visit to Kyiv": what came before or after the main clause takes its
    # main verb's tense first.
    main_clause = re.match(r"[\s,]*(?P<word>after|before|since)\b", reader.text[segment.start : segment.end])
    main: Tense | None = ("future" if cues[0].group("future") else "past") if cues else None
    if main_clause and main is not None:
        # What came before a past event is past; what comes after a future one is to come.
        earlier = main_clause.group("word").lower() in ("after", "since")
        if (earlier and main == "past") or (not earlier and main == "future"):
            return main
        if earlier and main == "future":
            # "is due in Moscow on Tuesday, three days after an encounter with Blinken on Saturday":
            # before a plan may be past or still ahead; the nearer reading of its date.
            return "present"
    # A clause nested in the one that describes it ("..., where he urged Zelenskyy to consider a
    # ceasefire that would speed up ...") has its own tense; the describing clause itself ("a
    # meeting ..., which diplomats said would be held on Thursday") speaks of the event.
    opener = re.compile(r"[\s,]*(?:which|where|who|whom|whose)\b").match(reader.text, segment.core)
    nested = re.compile(r"\b(?:that|which)\b").search(
        reader.text, opener.end() if opener else segment.core, segment.end
    )
    own = _PASSIVE_PARTICIPLE.sub(" ", _muted(reader, segment.start, nested.start() if nested else segment.end))
    if (tense := tense_of(own)) != "present":
        return tense
    if cues:
        # "will travel to London ..., a source said, and then on to Paris to see Macron": a clause
        # with no subject goes on with the verb of the clause's subject, not of a saying after it.
        shared = NO_SUBJECT.match(reader.text, segment.start) is not None
        # "would meet first, followed by a three-way summit": the last word's.
        return main if main_clause or shared else ("future" if cues[-1].group("future") else "past")
    tense = tense_of(_muted(reader, 0, len(reader.text)))
    return None if tense == "present" else tense


def _muted(reader: SentenceReader, lo: int, hi: int) -> str:
    """The stretch with the words that say nothing of an event's time blanked out, as
    :func:`_tense_cues` ignores them ("laid out his victory plan to Biden" has no future in it)."""
    text = reader.text[lo:hi]
    for found in reversed(list(reader.rules.not_tense_cues.finditer(text))):
        a, b = found.span()
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _tense_cues(reader: SentenceReader, lo: int, hi: int) -> list[re.Match[str]]:
    """Tense words of a clause, with the progressive: "Starmer is hosting" announces, "were holding" reports."""
    descriptive = reader.rules.descriptive_infinitive
    found = [
        cue
        for cue in reader.rules.cues.finditer(reader.text, lo, hi)
        if not (cue.group(0).lower().startswith("to ") and descriptive.search(reader.text, 0, cue.start()))
    ]
    found += _PROGRESSIVE.finditer(reader.text, lo, hi)
    # "held what is expected to be his last meeting", "hours later": no word of these tells the event's time.
    mute = [m.span() for m in reader.rules.not_tense_cues.finditer(reader.text, lo, hi)]
    if mute:
        found = [c for c in found if not any(a <= c.start() < b for a, b in mute)]
    return sorted(found, key=lambda m: m.start())


def _following(reader: SentenceReader, lo: int, hi: int) -> int | None:
    """ "hosted Zelenskyy the following day", "spoke to Trump by phone afterwards": counted from the last event."""
    if reader.rules.following_day.search(reader.text, lo, hi):
        return 1
    if reader.rules.previous_day.search(reader.text, lo, hi):
        return -1
    if reader.rules.same_day.search(reader.text, lo, hi):
        return 0
    return None


def _split_dates(reader: SentenceReader, m: Mention) -> list[Mention]:
    """ "He met Putin in St Petersburg on April 11 and in Moscow on April 25": two meetings."""
    if m.tense != "past" or m.when is None or m.when.granularity != "day" or m.anaphor:
        return [m]
    seg = reader.segments[m.segment]
    out = [m]
    pos = m.when.char_end
    for d in reader.dates:
        if d.char_start < pos or d.char_start >= seg.end:
            continue
        item = _dated_item(reader, pos, d)
        if item is None:
            break
        place, city = item
        second = reader.resolve(d, "past")
        out.append(replace(m, when=second, date_text=second.text, location=place, city=city, full_location=place))
        pos = d.char_end
    return out if len(out) > 1 else _split_objects(reader, m, m.when)


def _dated_item(reader: SentenceReader, pos: int, d: DateSpan) -> tuple[str, bool] | None:
    """The place of the next item of a list of places and days (", Moscow on July 5", " and in
    Moscow on April 25"), when the words from ``pos`` to the date are only that."""
    if d.granularity != "day":
        return None
    rules = reader.rules
    place = next(
        (
            e
            for e in reader.entities
            if pos <= e.start
            and e.end <= d.char_start
            and e.label in PLACE_LABELS
            and e.place_kind is not None
            and rules.dated_list_link.fullmatch(reader.text, pos, e.start)
            and rules.dated_list_on.fullmatch(reader.text, e.end, d.char_start)
        ),
        None,
    )
    return (place.canonical, place.place_kind == "city") if place is not None else None


def _split_objects(reader: SentenceReader, m: Mention, when: DateSpan) -> list[Mention]:
    """ "American negotiators met a Ukrainian delegation on Sunday and a Russian team on Monday":
    two meetings, each with the subject and its own party on its own day."""
    seg = reader.segments[m.segment]
    joined = _AND_OBJECT.match(reader.text, when.char_end)
    if joined is None:
        return [m]
    later = [
        d
        for d in reader.dates
        if joined.end() < d.char_start < seg.end
        and d.granularity == "day"
        and not reader.reported(d)
        and not any(joined.end() <= t.start < d.char_start for t in reader.triggers)
    ]
    if not later or later[0].char_start - joined.end() > 80:
        return [m]
    lo, hi, at = joined.end(), later[0].char_start, m.triggers[0].start
    persons, countries = reader.persons_in(lo, hi, at), reader.parties_in(lo, hi, at)
    if not persons and not countries:
        return [m]
    second = reader.resolve(later[0], "past")
    # The party of the first day is what stands between the event word and its date.
    first_lo, first_hi = m.triggers[-1].end, when.char_start
    first_persons = reader.persons_in(first_lo, first_hi, at)
    first_countries = reader.parties_in(first_lo, first_hi, at)
    other = replace(
        m,
        when=second,
        date_text=second.text,
        persons=[*(p for p in m.persons if p not in first_persons and p not in persons), *persons],
        countries=[*(c for c in m.countries if c not in first_countries and c not in countries), *countries],
    )
    m.persons = [p for p in m.persons if p not in persons]
    m.countries = [c for c in m.countries if c not in countries]
    return [m, other]


# "on Sunday and a Russian team on Monday": another party, not another place.
_AND_OBJECT: Final = re.compile(r"\s+and\s+(?!(?:again\s+)?(?:in|at|on|to|then|later|also)\b)(?=(?:a|an|the)\b|[A-Z])")


_PLACE_AND: Final = re.compile(r"\s+and\s+(?:(?:in|to)\s+)?(?:the\s+)?")
# "London, Paris and Rome": a comma between the places of a list that ends in "and".
_PLACE_COMMA: Final = re.compile(r"\s*,\s+(?:(?:in|to)\s+)?(?:the\s+)?")


def _split_places(reader: SentenceReader, m: Mention) -> list[Mention]:
    """ "visited Sofia and Prague": a visit to each place, neither in the other (a "trip to Germany
    and Angola" put off together stays one journey)."""
    if m.kind != "visit" or m.anaphor or m.location is None or m.cue is not None:
        return [m]
    last = m.triggers[-1]
    # "will visit Poland and Lithuania" is the verb, though "visit" is also the noun.
    verb = reader.rules.verb_form_before.search(reader.text, max(0, last.start - 20), last.start) is not None
    word = reader.text[last.start : last.end].strip()
    # "had planned stops in Berlin, Dresden and Ludwigsburg": the itinerary of one journey.
    if (NOUN_TRIGGER.match(word) or word.lower() in reader.rules.journey_nouns) and not verb:
        return [m]
    places = [e for e in reader.entities if e.label in PLACE_LABELS and e.place_kind is not None]
    end = m.triggers[-1].end
    first = next((e for e in places if e.start >= end), None)
    if first is None or first.canonical != m.location or first.start - end > 30:
        return [m]
    # "is due in London, Paris and Rome": each place of a list that ends in "and" is a stop.
    stops = [first]
    for e in places:
        if e.start < stops[-1].end:
            continue
        if _PLACE_AND.fullmatch(reader.text, stops[-1].end, e.start):
            stops.append(e)
            break
        if not _PLACE_COMMA.fullmatch(reader.text, stops[-1].end, e.start):
            return [m]
        stops.append(e)
    if len(stops) < 2 or not _PLACE_AND.fullmatch(reader.text, stops[-2].end, stops[-1].start):
        return [m]
    countries = reader.view.place_countries
    names = [e.canonical for e in stops]
    if len(set(names)) < len(names) or any(countries.get(a, a) != a and countries.get(a) in names for a in names):
        return [m]
    return [m] + [
        replace(m, location=e.canonical, city=e.place_kind == "city", full_location=e.canonical) for e in stops[1:]
    ]


_WHEN_OPENER: Final = re.compile(r"[\s,]*when\b", re.IGNORECASE)


def _when_clause(reader: SentenceReader, mentions: list[Mention]) -> list[Mention]:
    """ "is due to see Putin in Tehran on July 19, when the two will attend a three-way summit": the
    clause takes the date of the one before, and a meeting there of the same people is that event."""
    out = list(mentions)
    for m in mentions:
        segment = reader.segments[m.segment]
        if m.when is not None or m.segment == 0 or not _WHEN_OPENER.match(reader.text, segment.start):
            continue
        prev = reader.segments[m.segment - 1]
        before = [p for p in out if p.segment == m.segment - 1 and p.when is not None and p.when.start is not None]
        if before:
            p = before[-1]
            m.when, m.date_text = p.when, p.date_text
            # "will meet again on Jan. 9, when Austin convenes the group at Ramstein": one meeting,
            # at the place either clause names.
            if p.kind == "meeting" and set(p.persons) <= set(m.persons) and m.location in (None, p.location):
                m.location, m.city = p.location, p.city
                out.remove(p)
            elif p.kind == "meeting" and p.repeats and p.location is None and not p.persons and m.persons:
                out.remove(p)
            continue
        dates = [d for d in reader.dates if prev.start <= d.char_start < prev.end and d.start is not None]
        if dates:
            m.when = reader.resolve(dates[-1], m.tense)
            m.date_text = dates[-1].text
    return out


def _split_separate(reader: SentenceReader, m: Mention) -> list[Mention]:
    """ "raising the idea in separate phone calls with Zelenskyy and Putin", "meets Biden and then,
    separately, Harris": a call or meeting with each."""
    trigger = m.triggers[-1]
    word = reader.text[trigger.start : trigger.end]
    plural = _PLURAL_EVENT.search(word) and _SEPARATE.search(reader.text, max(0, trigger.start - 30), trigger.start)
    # "when he meets Biden and then, separately, Harris": one meeting with each.
    apart = _SEPARATELY.search(reader.text, trigger.end, reader.segments[m.segment].end)
    # "spoke by phone with several European leaders, including Macron and Starmer": one call each.
    several = m.kind == "call" and _SEVERAL_INCLUDING.search(reader.text, trigger.end, reader.segments[m.segment].end)
    if not plural and not apart and not several:
        return [m]
    others = [
        e.canonical
        for e in reader.entities
        if e.label == "PERSON" and e.start >= trigger.end and e.canonical in m.persons
    ]
    if len(others) < 2:
        return [m]
    callers = [p for p in m.persons if p not in others]
    return [replace(m, persons=[*callers, other], countries=list(m.countries)) for other in others]


def _link_relative(reader: SentenceReader, mentions: list[Mention]) -> None:
    """ "Trump spoke with Zelenskyy both before and after the Putin call": dated by that call."""
    for m, nxt in itertools.pairwise(mentions):
        if (
            m.when is None
            and nxt.anaphor
            and nxt.segment > m.segment
            and re.match(
                r"[\s,]*(?:both\s+)?(?:before|after|during|following)\b",
                reader.text[reader.segments[nxt.segment].start :],
            )
        ):
            m.relative_to = nxt
            m.relative_days = _distance_in_days(reader, reader.segments[nxt.segment].start)


def _followed_by(reader: SentenceReader, mentions: list[Mention]) -> None:
    """ "was due to meet Biden later on Thursday, followed by a session of the council": what
    follows with no day of its own comes that day, and is as much a plan as what it follows."""
    for m, nxt in itertools.pairwise(mentions):
        if m.when is None or nxt.when is not None or nxt.cue is not None:
            continue
        if reader.rules.followed_by.fullmatch(reader.text, m.triggers[-1].end, nxt.triggers[0].start) is None:
            continue
        nxt.when, nxt.date_text, nxt.tense = m.when, None, m.tense


def _distance_in_days(reader: SentenceReader, pos: int) -> int:
    """ "the day after the talks", "a week before the summit": how far, read back from the "after"."""
    gap = reader.rules.distance_before.search(reader.text, max(0, pos - 30), pos)
    if gap is None:
        return 0
    n = gap.group("n").lower()
    count = 1 if n in ("the", "a") else (int(n) if n.isdigit() else reader.rules.number_words.get(n, 0))
    days = count * (7 if gap.group("unit").lower().startswith("week") else 1)
    return -days if re.match(r"[\s,]*before\b", reader.text[pos:]) else days


def _elided_subjects(reader: SentenceReader, mentions: list[Mention]) -> None:
    """ "he would speak to Putin by phone, and afterwards to Zelenskyy": he calls Zelenskyy too,
    in the same tense."""
    full: Mention | None = None
    for m in mentions:
        if not m.triggers[0].elliptical:
            full = m
            continue
        if full is None:
            continue
        verb = full.triggers[0]
        lo = reader.segments[full.segment].start
        for name in reversed(reader.persons_in(lo, verb.start, verb.start)):
            if name not in m.persons:
                m.persons.insert(0, name)
        m.tense = m.tense if m.firm_tense else full.tense
        if m.when is None and m.following is None:
            m.following = 0  # no day of its own: the day of the one it follows


def _inherit_proposal(reader: SentenceReader, mentions: list[Mention]) -> None:
    """ "Ukraine had proposed holding another round ..., as well as a meeting between Zelenskyy and
    Putin", "was postponing his trip to Germany, as well as a planned visit to Angola": one verb
    for both."""
    for prev, m in itertools.pairwise(mentions):
        if prev.cue in ("proposed", "postponed", "cancelled") and m.cue is None and not m.anaphor:
            between = reader.text[prev.triggers[-1].end : m.start]
            follows = reader.rules.followed_by.fullmatch(reader.text, prev.triggers[-1].end, m.triggers[0].start)
            if follows is not None and prev.cue == "proposed":
                m.cue = prev.cue  # "arranging a meeting ..., to be followed by a three-way meeting"
            elif re.search(r"\bas\s+well\s+as\b|,?\s+and\s+(?:for\s+|to\s+)?(?:a|an)\s+[\w-]+\s*$", between):
                m.cue = prev.cue
                m.tense = "future" if prev.cue == "proposed" else m.tense


def _with_phrase(reader: SentenceReader, mentions: list[Mention]) -> None:
    """ "was due to host Modi for an informal dinner on Monday evening, with formal talks in the
    Kremlin set for Tuesday": the next event of the same people, told in a "with" phrase."""
    for prev, m in itertools.pairwise(mentions):
        if prev.family != m.family or not reader.rules.with_phrase.fullmatch(
            reader.text, prev.triggers[-1].end, m.start
        ):
            continue
        for name in prev.persons:
            add_unique(m.persons, name)


def _undecided(reader: SentenceReader, mentions: list[Mention]) -> None:
    """ "expected the meeting to be held in Saudi Arabia, though he gave no date": a plan whose date
    the sentence says is not set is proposed, whichever clause says so; not an event told as past
    in another clause."""
    found = reader.rules.undecided.search(reader.text)
    for m in mentions:
        if m.cue is not None:
            continue
        if found is not None and (m.tense != "past" or reader.segment_of(found.start()) == m.segment):
            m.undecided = True
        elif m.tense != "past":
            # "The two presidents agreed to meet in Budapest": agreed in principle, nothing fixed.
            lo = reader.segments[m.segment].start
            m.tentative = reader.rules.tentative.search(reader.text, lo, m.triggers[0].start) is not None


def _link_sidelines(reader: SentenceReader, mentions: list[Mention]) -> None:
    """An event "on the sidelines of" another takes that one's place; the other takes no date."""
    for i, m in enumerate(mentions):
        seg = reader.segments[m.segment]
        if seg.sidelines and i > 0 and mentions[i - 1].segment == m.segment - 1:
            mentions[i - 1].sidelines_of = m
