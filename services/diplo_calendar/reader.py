"""Reading one sentence: its event words, its clauses, and who and where each clause names.

The sentence is cut into clauses (``clause_breaks`` in ``data/event_rules.json``); an event word
takes its people, place and date from its own clause first. Offsets are relative to the sentence.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Final

from services.diplo_calendar.article import OBJECT_BEFORE, PLACE_LABELS, ArticleView, Ent, office_key
from services.diplo_calendar.prefilter import fold
from services.diplo_calendar.rules import EventRules, KnownEvent
from shared.timex import DateSpan, Tense, find_dates

# "Kyiv prepared to host", "Switzerland is hosting": what follows the one who hosts.
HOST_AFTER: Final = re.compile(
    r"^\s*(?:(?:is|was|will|would|could|has|had|also|prepared|prepares|preparing|to|set|due|be|been|now|ready|"
    r"willing|offered|offers|agreed|wants|hopes|able)\s+)*host(?:s|ed|ing)?\b",
    re.IGNORECASE,
)
# A clause that goes on with the subject before it: "and on Friday will attend", "and then flew";
# ", then flew to Paris for talks", "and on to Rome": the next stop of a tour, made by the same subject.
_PREDICATE_RESUMES: Final = re.compile(
    r",\s+(?:(?:also|now|still|then|instead)\s+)*(?:will|would|is|are|was|were|has|have|had|could|may|might|can|"
    r"should|must|took|takes|remains|remained)\b",
    re.IGNORECASE,
)
NO_SUBJECT: Final = re.compile(
    r"[\s,]*and\s+(?:(?:on|in|at|later|then|also|afterwards)\b[^,;]{0,30}?\s+)?"
    r"(?:will|would|is|are|was|were|has|had|then|also|later|held|met|spoke|talked|visited|hosted|signed)\b"
    r"(?!\s+(?:be|been)\b)"
    r"|[\s,]*(?:and\s+)?then\s+(?:flew|travelled|traveled|went|headed|drove|moved\s+on|continued)\b"
    r"|[\s,]*and\s+(?:then\s+)?on\s+to\b"
    # "met Scholz in Berlin, saw Tusk in Warsaw": the next stop of one traveller's list.
    r"|,\s*(?:saw|met|visited|hosted|flew|travelled|traveled)\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
# Entity labels that can stand for a party to an event ("Russian negotiators", "EU foreign ministers").
# How far before a list of countries its "leaders of" may start: the longest party word and more.
_PARTY_WINDOW: Final = 60
_COUNTRY_WORDS: Final = frozenset({"NORP", "GPE", "ORG"})
_SCHEDULING_FOR: Final = re.compile(r"\b(?:planned|scheduled|set|slated)\s+for\s+$", re.IGNORECASE)
# "flew to the Black Sea resort of Sochi": the town named after its description is the destination.
_TO_PLACE: Final = re.compile(
    r"\b(?:to|visit|visits|visited|visiting)\s+(?:the\s+)?"
    r"(?:(?:[\w'’-]+\s+){0,3}?(?:city|capital|port|resort|town)\s+of\s+)?$",
    re.IGNORECASE,
)
_AS_VENUE: Final = re.compile(r"^\s*as\s+(?:a|the)\s+(?:possible\s+)?venue\b", re.IGNORECASE)
# "the Trump-Putin call", "Russia-Ukraine talks".
# A part is a name or a dotted abbreviation ("U.S.-Russia talks").
_COMPOUND_PART: Final = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'’]+)"
_COMPOUND: Final = re.compile(rf"(?<![\w'’.-]){_COMPOUND_PART}(?:-{_COMPOUND_PART})+(?![\w'’-])")
# "between the two", "the two will attend", "the two leaders", "met the two Americans": two people
# named before, also opening a sentence ("The two presidents agreed"); not "the two countries",
# "the two sides" or "the two-day summit".
_THE_TWO: Final = re.compile(
    r"\b[Tt]he\s+two\b(?![\w'’-])(?:\s+(?P<noun>men|women|leaders|presidents|ministers|heads\s+of\s+state|"
    r"(?-i:[A-Z])[a-z]+s)\b|(?!\s+[a-z]+s\b))"
)
# "the Ukrainians": a people as a side.
_THE_BEFORE: Final = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NOUN_AFTER: Final = re.compile(
    r"['’]|\s+(?!(?:on|in|at|and|to|for|with|over|about|next|this|last|who|which|that|as|after|before|from)\b)[a-z]"
)
# "his first official visit": a possessive whose noun phrase the event word heads.
_OWN_NOUN: Final = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}")
_LEADER_NOUNS: Final = frozenset({"leaders", "presidents", "heads of state"})
# What may join the names of a list: "Russia, Ukraine and the United States", "Ukraine's".
_CHAIN_GAP: Final = re.compile(
    r"^(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+|\s+and\s+the\s+|\s*,\s+and\s+the\s+|['’]s\s*|\s+)$"
)
# What may come before a clause's subject: "- Ukraine said", "and then Russia agreed".
_SUBJECT_LEAD: Final = re.compile(
    r"^[\s,\u2014\u2013-]*(?:(?:that|and|then|also|now|so|meanwhile|but)\s+)*$", re.IGNORECASE
)
# "leaders of the coalition of the willing", "a meeting of the Ukraine Defense Contact Group".
_ORG_AFTER_OF: Final = re.compile(
    r"\b(?:leaders|members|ministers|meeting|meetings|summit|gathering)\s+of\s+(?:the\s+)?(?:so-called\s+)?$",
    re.IGNORECASE,
)
# A verb of its own between a verb of saying and the event word makes the event what was said.
_FINITE: Final = re.compile(
    r"\b(?:would|will|had|has|have|was|were|is|are|could|should|might|may|can|did|does|do)\b|['’]ll\b"
)
# Event words that are nouns, and so may be a reference with "the" ("the call", "Friday's talks");
# not a phrase of means ("addressed the G7 leaders by video link": the leaders are no determiner of it).
NOUN_TRIGGER: Final = re.compile(
    r"^(?!(?:by|via|over)\s)(?:[\w-]+\s+)*(?:calls?|conversations?|conference|link|videoconference|summits?|talks|negotiations|"
    r"round|sessions?|meetings?|gathering|visits?|trips?|format|ceremony)$",
    re.IGNORECASE,
)


#: Stretches of a sentence, as (start, end) offsets.
Region = tuple[tuple[int, int], ...]


@dataclass
class Trigger:
    """An event word of the sentence ("summit", "spoke by phone"), or a known event's name."""

    start: int
    end: int
    kind: str
    #: "host" or a building: an event word only in company, or with two people.
    weak: bool = False
    #: The city a building stands for ("White House" -> "Washington").
    venue: str | None = None
    known: KnownEvent | None = None
    name: str | None = None
    #: "... speak to Putin by phone on Monday, and afterwards to Zelenskyy": the verb left out.
    elliptical: bool = False
    #: Starts an event of its own though the clause goes on ("and to take part in a meeting of").
    fresh: bool = False
    #: A body addressed ("told the U.N. Security Council"): a party to the event.
    party: str | None = None
    #: The recurring event the addressed body's session belongs to ("UN General Assembly high-level week").
    session_of: str | None = None
    #: The body's own vote ("the Security Council will vote"), not an address to it.
    vote: bool = False


@dataclass
class Segment:
    """One clause of the sentence."""

    start: int
    end: int
    #: Opens with "which", "where", "who": describes what precedes it.
    relative: bool = False
    #: Opens with "on the sidelines of".
    sidelines: bool = False
    #: Where the clause's own words end when a relative clause was joined to it: its tense and
    #: status words are its own, the relative clause's are not ("meet in Canada next week, where
    #: Zelenskyy hopes to see Trump").
    core_end: int = -1
    #: Opens with the verb of a subject told before a relative clause ("..., which had been
    #: planned for Sunday, will now take place").
    resumes: bool = False

    @property
    def core(self) -> int:
        return self.end if self.core_end < 0 else self.core_end


@dataclass
class SentenceReader:
    """Reads one sentence; every method works on sentence-relative offsets."""

    view: ArticleView
    index: int
    offset: int
    text: str
    rules: EventRules
    entities: list[Ent]

    @cached_property
    def dates(self) -> list[DateSpan]:
        """The sentence's date phrases, each in the tense of its own clause; the dateline's is no event's."""
        lo, hi = self.view.dateline_span
        return [d for d in find_dates(self.text, self.view.anchor) if not (lo <= self.offset + d.char_start < hi)]

    def dates_with(self, tense: Tense) -> list[DateSpan]:
        # Read in each tense only when asked: most sentences need one reading, if any.
        if tense not in self._forced:
            self._forced[tense] = find_dates(self.text, self.view.anchor, tense)
        return self._forced[tense]

    @cached_property
    def _forced(self) -> dict[Tense, list[DateSpan]]:
        return {}

    def resolve(self, span: DateSpan, tense: Tense | None) -> DateSpan:
        """The same phrase read in ``tense`` (the event's own, which may differ from the sentence's),
        unless that puts a day a year away from the story and the other tense's reading is close."""
        if tense is None:
            return span
        read = self._read(span, tense)
        if read.granularity != "day" or tense == "present":
            return read
        other = self._read(span, "future" if tense == "past" else "past")
        far, near = self.rules.year_slip_days
        if self._days_away(read) > far and self._days_away(other) <= near:
            return other
        return read

    def _read(self, span: DateSpan, tense: Tense) -> DateSpan:
        return next((d for d in self.dates_with(tense) if d.char_start == span.char_start), span)

    def _days_away(self, span: DateSpan) -> int:
        anchor = self.view.anchor
        days = [abs((d - anchor).days) for d in (span.start, span.end) if d is not None]
        return min(days) if days else 0

    # -- triggers and clauses ------------------------------------------------------------------

    @cached_property
    def triggers(self) -> list[Trigger]:
        """Event words, buildings and known events' names, in order, none overlapping another."""
        # Addresses before names: "address the U.N. General Assembly" is the address, not the week.
        found = [*self._word_triggers(), *self._venue_triggers(), *self._address_triggers(), *self._named_triggers()]
        # Longest first: "phone call" over "call", "G7 summit" over "summit".
        found.sort(key=lambda t: (t.start - t.end, t.start))
        kept: list[Trigger] = []
        for t in found:
            if all(t.end <= k.start or t.start >= k.end for k in kept):
                kept.append(t)
        kept.sort(key=lambda t: t.start)
        # "to address a joint meeting of Congress": the meeting is the address, not a second event.
        addresses = [t for t in kept if t.party is not None]
        kept = [t for t in kept if t.party is not None or not any(self._in_address(t, a) for a in addresses)]
        return sorted([*kept, *self._pro_forms(kept), *self._ellipses(kept)], key=lambda t: t.start)

    def _in_address(self, t: Trigger, address: Trigger) -> bool:
        if t.end > address.start:
            return False
        phrase = self.rules.address_before.search(self.text, max(0, address.start - 60), address.start)
        return phrase is not None and t.start >= phrase.start()

    def _ellipses(self, kept: list[Trigger]) -> Iterable[Trigger]:
        """ "would speak to Putin by phone, and afterwards to Zelenskyy and to NATO leaders": one
        more call or meeting for each "and to" after a verb of contact."""
        for m in self.rules.ellipsis.finditer(self.text):
            before = [t for t in kept if t.end <= m.start() and not t.weak and not t.known and not t.name]
            if before and not NOUN_TRIGGER.match(self.text[before[-1].start : before[-1].end].strip()):
                yield Trigger(m.start("t"), m.end("t"), before[-1].kind, elliptical=True)

    def _pro_forms(self, kept: list[Trigger]) -> Iterable[Trigger]:
        """ "following the one held in Switzerland": an event of the kind the sentence just named."""
        for m in self.rules.pro_form.finditer(self.text):
            before = [t for t in kept if t.end <= m.start() and not t.weak]
            if before:
                yield Trigger(m.start("t"), m.end("t"), before[-1].kind)

    @cached_property
    def folded(self) -> str | None:
        """The sentence as pattern keys are looked up in it (see :mod:`prefilter`)."""
        return fold(self.text)

    def _word_triggers(self) -> Iterable[Trigger]:
        for kind, filtered in self.rules.trigger_filters:
            if not filtered.may_match(self.folded):
                continue  # none of the words the pattern needs is in the sentence
            pattern = filtered.pattern
            for m in pattern.finditer(self.text):
                start, end = m.span("t") if "t" in pattern.groupindex and m.group("t") else m.span()
                if self.rules.not_trigger_before.search(self.text, 0, start):
                    continue
                word = self.text[start:end].strip().lower()
                yield Trigger(start, end, kind, weak=word in self.rules.weak_triggers)

    def _venue_triggers(self) -> Iterable[Trigger]:
        # "at the White House", "a Kremlin meeting"; not "the White House said".
        if not self.rules.venue_re.may_match(self.folded):
            return
        for m in self.rules.venue_re.pattern.finditer(self.text):
            before = self.text[: m.start()]
            after = self.text[m.end() :]
            if re.search(r"\b(?:at|in|inside)\s+(?:the\s+)?$", before) or re.match(r"^\s+(?:meeting|talks)\b", after):
                yield Trigger(m.start(), m.end(), "meeting", weak=True, venue=self.rules.venues[m.group(0)])

    def _address_triggers(self) -> Iterable[Trigger]:
        """ "told the U.N. Security Council on Tuesday", "at the Security Council, he argued": the
        body addressed stands for the event, a meeting of the speaker with it at its seat."""
        rules = self.rules
        if not rules.assembly_re.may_match(self.folded):
            return
        for m in rules.assembly_re.pattern.finditer(self.text):
            lo = max(0, m.start() - 60)
            body = rules.assemblies[" ".join(m.group(0).split())]
            addressed = rules.address_before.search(self.text, lo, m.start()) or (
                rules.address_at_before.search(self.text, lo, m.start())
                and rules.address_at_after.match(self.text[m.end() : m.end() + 60])
            )
            # "the Security Council will vote on Wednesday": the vote is a session of the body.
            voting = body.votes and rules.vote_after.match(self.text[m.end() : m.end() + 60])
            if addressed or voting:
                yield Trigger(
                    m.start(),
                    m.end(),
                    "meeting",
                    venue=body.place,
                    party=body.name,
                    session_of=body.known,
                    vote=not addressed,
                )

    def _named_triggers(self) -> Iterable[Trigger]:
        if self.rules.known_re is not None and self.rules.known_re.may_match(self.folded):
            for m in self.rules.known_re.pattern.finditer(self.text):
                known = self.rules.known_event(m.group(0))
                if known is not None:
                    yield Trigger(m.start(), m.end(), known.kind, known=known, name=known.name)
        for e in self.entities:
            if e.label == "ORG" and re.search(r"\b(?:Conference|Summit)\b", e.canonical):
                kind = "summit" if "Summit" in e.canonical else "conference"
                yield Trigger(e.start, e.end, kind, name=e.canonical)

    @cached_property
    def segments(self) -> list[Segment]:
        """The sentence's clauses, with "on the sidelines of ..." a clause of its own."""
        # "before the end of the month" is a date, not a clause.
        breaks = [
            m.start()
            for m in self.rules.clause_breaks.finditer(self.text)
            if not (
                m.group(0).strip(" ,").lower() in ("before", "after", "until", "since")
                and any(m.start() <= d.char_start <= m.end() + 5 for d in self.dates)
            )
        ]
        sidelines = [m.start() for m in self.rules.sidelines.finditer(self.text)]
        cuts = sorted({0, *breaks, *sidelines, len(self.text)})
        raw = [
            Segment(
                a,
                b,
                relative=bool(self.rules.relative_clause_starts.match(self.text[a:b])),
                sidelines=bool(self.rules.sidelines.match(self.text, a)),
            )
            for a, b in itertools.pairwise(cuts)
            if b > a
        ]
        raw = [piece for seg in raw for piece in self._close_relative(seg)]
        # A relative clause with no event word of its own describes what precedes it.
        out: list[Segment] = []
        joined = False
        for seg in raw:
            if out and seg.relative and not any(seg.start <= t.start < seg.end for t in self.triggers):
                out[-1] = Segment(out[-1].start, seg.end, out[-1].relative, out[-1].sidelines, out[-1].core)
                joined = True
            elif out and joined and seg.resumes and not any(seg.start <= t.start < seg.end for t in self.triggers):
                # "The second round, which had been planned for Sunday, will now take place on
                # Wednesday": the predicate after the aside is the subject's, with its date and status.
                out[-1] = Segment(out[-1].start, seg.end, out[-1].relative, out[-1].sidelines)
                joined = False
            else:
                out.append(seg)
                joined = False
        return out

    def _close_relative(self, seg: Segment) -> list[Segment]:
        """ "In Ankara, where he held talks with Erdogan, Zelenskyy said ...": the relative clause ends at its comma."""
        if not seg.relative:
            return self._close_subordinate(seg)
        comma = re.compile(r",\s").search(self.text, seg.start + 2, seg.end)
        while comma is not None:
            name = self._apposed_name(comma.end())
            if name is None and self._in_country_list(comma.start(), comma.end()):
                # "where U.S., Ukrainian and Turkish officials will hold a meeting": a list goes on.
                name = comma.end()
            if name is None:
                break
            # "where he will meet Japan's new prime minister, Sanae Takaichi, on Tuesday": a name in
            # apposition goes on the clause.
            comma = re.compile(r",\s").search(self.text, name, seg.end)
        if comma is None:
            return [seg]
        rest = Segment(comma.start(), seg.end, resumes=bool(_PREDICATE_RESUMES.match(self.text, comma.start())))
        return [Segment(seg.start, comma.start(), True, seg.sidelines), rest]

    def _in_country_list(self, before: int, after: int) -> bool:
        """Whether a comma at ``before``..``after`` stands between two country words of one list."""
        left = any(e.end == before and e.label in ("NORP", "GPE") for e in self.entities)
        right = any(e.start == after and e.label in ("NORP", "GPE") for e in self.entities)
        return left and right

    def _says_last(self, e: Ent) -> bool:
        """ "..., before taking a train to Kyiv for talks with Zelenskyy, said Tanmaya Lal, a senior
        official": a name after a verb of saying that closes the sentence only reports it."""
        said = self.rules.says_last_before.search(self.text[: e.start])
        if said is None or not self.rules.reporting.fullmatch(said.group("verb")):
            return False
        return self.rules.says_last_after.fullmatch(self.text[e.end :]) is not None

    def _apposed_name(self, pos: int) -> int | None:
        """Where a person's name that starts at ``pos`` and is closed by a comma ends."""
        person = next((e for e in self.entities if e.label == "PERSON" and e.start == pos), None)
        if person is None or not self.text.startswith(",", person.end):
            return None
        return person.end

    def _close_subordinate(self, seg: Segment) -> list[Segment]:
        """ "Biden, who had travelled from Poland after a secret departure from Washington, met
        Zelenskyy": a clause opened by "after" ends at a comma the main verb follows."""
        if not self.rules.subordinate_clause.match(self.text, seg.start):
            return [seg]
        resumed = self.rules.verb_resumes.search(self.text, seg.start + 2, seg.end)
        if resumed is None and re.match(r"[\s,]*(?:after|before)\b", self.text[seg.start : seg.end], re.IGNORECASE):
            # "who arrived after talks in London and a visit to Windsor, will meet Erdogan": the
            # main verb comes back after the "after" phrase, also as a plan ("The talks, the first
            # since March, will be held" keeps its appositive).
            resumed = self.rules.main_verb_resumes.search(self.text, seg.start + 2, seg.end)
        if resumed is None:
            return [seg]
        return [Segment(seg.start, resumed.start(), seg.relative, seg.sidelines), Segment(resumed.start(), seg.end)]

    def segment_of(self, pos: int) -> int:
        return next(i for i, s in enumerate(self.segments) if s.start <= pos < s.end or i == len(self.segments) - 1)

    # -- people ------------------------------------------------------------------------------

    def is_speaker(self, e: Ent, trigger: int | None = None) -> bool:
        """Who only reports the event: "Witkoff said the teams would meet", "according to Peskov".

        One who tells it *in* the event is in it: "Putin told Trump in a phone call", "Trump said
        a phone call with Putin had brought no progress". Only a clause of its own between the
        verb of saying and the event word ("would meet", "was too early") makes a mere speaker.
        """
        if re.search(r"\baccording\s+to\s+$", self.text[: e.start]):
            return True
        if self._says_last(e):
            return True
        if trigger is not None and self.segment_of(e.start) != self.segment_of(trigger):
            # "Putin said ... that Moscow was ready, after a phone call with Trump": the clause of
            # saying does not hold the event, so the one saying is the sentence's subject.
            return False
        after = self.text[e.end : e.end + 90]
        appositive = re.match(r"^,[^,;]{0,70},", after)
        rest = after[appositive.end() :] if appositive else after
        verb = re.match(r"^\s+(?:(?:has|had|also|later|then|again)\s+)*", rest)
        tail = rest[verb.end() :] if verb else rest
        said = self.rules.reporting.match(tail)
        if said is None:
            return False
        said_end = e.end + (appositive.end() if appositive else 0) + (verb.end() if verb else 0) + said.end()
        if trigger is None or trigger < said_end:
            return True
        if _FINITE.search(self.text, said_end, trigger):
            return True
        # "Peskov said Trump spoke with Putin": a name of its own right before the event verb is the
        # subject of a clause of its own; not after "told", whose object hears it ("told Putin by phone").
        if said.group(0).lower() in ("told", "tells"):
            return False
        return any(
            o.label == "PERSON" and said_end <= o.start and not self.text[o.end : trigger].strip(" ,")
            for o in self.entities
        )

    def is_title_holder(self, e: Ent) -> bool:
        """ "Trump's envoy" names the envoy, not Trump; "Trump's summit with Putin" is Trump's."""
        after = self.text[e.end : e.end + 60]
        if not re.match(r"^['’]s?\b", after):
            return False
        # The first telling word decides: an office ("Trump's envoy for Ukraine-Russia
        # negotiations") or an event ("Zelenskyy's previous Oval Office visit").
        for word in re.findall(r"[\w-]+", after)[1:5]:
            if word.lower() in self.rules.title_nouns:
                return True
            if self._is_trigger_word(word) or word.lower() in self.rules.journey_nouns:
                return False  # "Zelenskyy's next stop is the NATO summit": his
        return True

    def _is_trigger_word(self, word: str) -> bool:
        return any(kind_re.fullmatch(word) for _, kind_re in self.rules.triggers if kind_re.pattern.startswith(r"\b"))

    def persons_in(self, lo: int, hi: int, trigger: int) -> list[str]:
        out: list[str] = []
        for e in self.entities:
            if (
                e.label == "PERSON"
                and lo <= e.start < hi
                and not self.is_speaker(e, trigger)
                and not self.is_title_holder(e)
                and not self.rules.absent.match(self.text, e.end)
            ):
                add_unique(out, e.canonical)
        for name in self._compound_persons(lo, hi):
            add_unique(out, name)
        for name in self._offices_in(lo, hi):
            add_unique(out, name)
        for name in self.pronoun_persons(lo, hi, trigger):
            add_unique(out, name)
        the_two = _THE_TWO.search(self.text, lo, hi)
        if the_two:
            for name in self._the_two(the_two, exclude=list(out)):
                add_unique(out, name)
        return out

    def _the_two(self, m: re.Match[str], exclude: list[str]) -> list[str]:
        """The two people "the two" stands for: the last two named before it in the sentence, else in
        the article; "the two leaders" are the last two heads of state or government."""
        noun = " ".join((m.group("noun") or "").lower().split())
        if noun in _LEADER_NOUNS:
            office = "President" if noun == "presidents" else None
            leaders = self.view.persons_before(self.offset + m.start(), 2, leaders=True, office=office)
            if len(leaders) < 2:
                # "Trump spoke with Putin ... The two presidents agreed": leaders the text gives no
                # office, as long as it gives them none other.
                leaders = self.view.persons_before(
                    self.offset + m.start(), 2, leaders=True, office=office, unstated=True
                )
            return leaders if len(leaders) == 2 else []  # one alone is not "the two"
        # "Dmitriev met the two Americans": not the one who meets them.
        names = self._last_two_persons(m.start(), exclude)
        if len(names) < 2:
            names = self.view.persons_before(self.offset + m.start(), 2, leaders=False)
        return names if len(names) == 2 else []

    def pronoun_persons(self, lo: int, hi: int, trigger: int) -> list[str]:
        """Who the pronouns of ``lo..hi`` that stand for a party to the event at ``trigger`` are."""
        out: list[str] = []
        for pronoun in self.rules.pronouns.finditer(self.text, lo, hi):
            if self._pronoun_governs(pronoun.start(), pronoun.end(), trigger):
                who = self._antecedent(pronoun.start())
                if who:
                    add_unique(out, who)
        return out

    def _pronoun_governs(self, start: int, end: int, trigger: int) -> bool:
        """ "he would meet", "his talks with", "a meeting including himself": the pronoun is a party.

        Not when someone else stands between it and the event: "he did not accept the ceasefire
        that Ukraine had endorsed at talks".
        """
        if self.text[start:end].lower().endswith("self"):
            return True
        if end > trigger or trigger - end > 80:
            return False
        if self.text[start:end].lower() in ("his", "her") and not self._possessed_event(end, trigger):
            return False  # "In his view, the results justified a meeting": his view, not his meeting
        between = [
            x for x in self.entities if start < x.start < trigger and x.label in ("PERSON", "GPE", "NORP", "ORG")
        ]
        # "until he and Putin met": a pronoun joined to a name is still a subject.
        return all(re.fullmatch(r"\s+and\s+", self.text[end : x.start]) for x in between)

    def _possessed_event(self, end: int, trigger: int) -> bool:
        """ "his first official visit", "his final address to the General Assembly", "his team has
        sought a meeting": what the possessive owns is the event, or the people who take part in it."""
        if _OWN_NOUN.fullmatch(self.text, end, trigger):
            return True
        word = re.match(r"\s+([\w'’-]+)", self.text[end:])
        if word is not None and word.group(1).lower() in self.rules.title_nouns:
            return True
        if self.rules.party_words.match(self.text, end + 1):
            return True
        return any(t.start == trigger and t.party is not None for t in self.triggers)

    def _compounds(self, lo: int, hi: int) -> Iterable[list[str]]:
        """ "the Trump-Putin call", "Russia-Ukraine talks": names joined in front of an event word."""
        for m in _COMPOUND.finditer(self.text, lo, hi):
            nxt = re.match(r"^\s+(?:[\w-]+\s+)?", self.text[m.end() :])
            at = m.end() + (nxt.end() if nxt else 0)
            if any(t.start in (m.end() + 1, at) for t in self.triggers):
                yield m.group(0).split("-")

    def _compound_persons(self, lo: int, hi: int) -> Iterable[str]:
        for parts in self._compounds(lo, hi):
            yield from (self.view.person_names[p] for p in parts if p in self.view.person_names)

    def compound_countries(self, lo: int, hi: int) -> list[str]:
        """The countries a compound before an event word names ("the EU-China summit")."""
        return list(self._compound_countries(lo, hi))

    def _compound_countries(self, lo: int, hi: int) -> Iterable[str]:
        known = self.rules.compound_parties
        for parts in self._compounds(lo, hi):
            names = [self.view.country_names.get(p) or known.get(p) for p in parts]
            if all(names):
                yield from (n for n in names if n)

    def _offices_in(self, lo: int, hi: int) -> Iterable[str]:
        """ "the Ukrainian president", "the U.S. and Russian presidents": whoever holds that office here."""
        for _, holder in self.titled_countries(lo, hi):
            if holder:
                yield holder

    def titled_countries(self, lo: int, hi: int) -> Iterable[tuple[str, str | None]]:
        """(country, holder if the article names one) for each "Russian president" of the stretch,
        each of "the U.S. and Russian presidents"."""
        for e in self.entities:
            if e.label not in ("NORP", "GPE") or not (lo <= e.start < hi) or not e.country:
                continue
            chain_end = e.end
            countries = [e.country]
            for other in self.entities:
                if other.start >= chain_end and other.label in ("NORP", "GPE") and other.country:
                    if _CHAIN_GAP.match(self.text[chain_end : other.start]):
                        countries.append(other.country)
                        chain_end = other.end
                        continue
                    break
            title = self.rules.role_title_re.match(self.text, chain_end)
            if title is None or re.match(r"^\s+[A-Z]", self.text[title.end() : title.end() + 2]):
                continue  # "Ukrainian President Volodymyr Zelenskyy" names the person itself
            for country in countries:
                holders = (
                    self.view.offices.get(office_key(f"{office} of {country}"))
                    for office in self.rules.role_titles[" ".join(title.group(0).lower().split())]
                )
                yield country, next((h for h in holders if h), None)

    def _antecedent(self, pos: int) -> str | None:
        if re.match(r"(?:him|her)self\b", self.text[pos : pos + 8], re.IGNORECASE):
            # "a three-way summit including himself": the one the sentence is about.
            return self.view.first_person(self.index)
        opener = self._opening_pronoun()
        if opener is not None and opener < pos:
            # "On Thursday he met Starmer and Rutte in London, then flew to Paris ... where he was
            # received": a sentence whose subject is a pronoun keeps it; the names after it are objects.
            return self._antecedent(opener)
        before = [e for e in self.entities if e.label == "PERSON" and e.end <= pos and not self.is_title_holder(e)]
        # "Trump put on hold a summit with Putin, saying he did not want...": he is the subject.
        subjects = [e for e in before if not OBJECT_BEFORE.search(self.text, max(0, e.start - 60), e.start)]
        if subjects or before:
            return (subjects or before)[-1].canonical
        if self.segments[self.segment_of(pos)].relative:
            # "In Ankara, where he held talks with Erdogan, Zelenskyy said ...": the main clause's speaker.
            speaker = next(
                (e for e in self.entities if e.label == "PERSON" and e.start > pos and self.is_speaker(e)), None
            )
            if speaker is not None:
                return speaker.canonical
        return self.view.topic_person(self.index - 1)

    def _opening_pronoun(self) -> int | None:
        """Where the sentence's subject pronoun is, when a pronoun comes before any name ("On Thursday he met ...")."""
        first = self.rules.pronouns.search(self.text)
        if first is None or not re.fullmatch(r"he|she", first.group(0), re.IGNORECASE):
            return None
        if any(e.label == "PERSON" and e.start < first.start() for e in self.entities):
            return None
        return first.start()

    def subject_after(self, pos: int) -> str | None:
        """ "Speaking at the General Assembly, Zelenskyy accused", "at the Security Council, he argued":
        the subject of the clause a fronted phrase ending after ``pos`` leads into."""
        comma = re.match(r"[^,;]{0,40}?,\s+", self.text[pos : pos + 80])
        if comma is None:
            return None
        at = pos + comma.end()
        person = next((e for e in self.entities if e.start == at and e.label == "PERSON"), None)
        if person is not None:
            return person.canonical
        if re.match(r"(?:he|she)\b", self.text[at : at + 4], re.IGNORECASE):
            return self._antecedent(at)
        return None

    def _last_two_persons(self, pos: int, exclude: list[str]) -> list[str]:
        names: list[str] = []
        for e in reversed([e for e in self.entities if e.label == "PERSON" and e.end <= pos]):
            if e.canonical not in names and e.canonical not in exclude:
                names.append(e.canonical)
            if len(names) == 2:
                break
        return names

    # -- countries and bodies as parties ---------------------------------------------------

    def parties_in(self, lo: int, hi: int, trigger: int) -> list[str]:
        """Countries and bodies taking part: "Russian and Ukrainian delegations", "talks with Russia",
        "negotiations involving Russia, Ukraine and the United States", "leaders of the coalition"."""
        out: list[str] = []
        for chain in self._chains(lo, hi):
            first, last = chain[0], chain[-1]
            if self._party_follows(last.end):
                # "U.S. officials said" after the event is where the report comes from.
                if not (first.start > trigger and self._party_says(last.end)):
                    for c in chain:
                        add_known(out, _party_name(c))
            elif self.rules.list_openers.search(self.text, 0, first.start) or self.rules.parties_of.search(
                self.text, max(lo, first.start - _PARTY_WINDOW), first.start
            ):
                for c in chain:
                    # "between U.S. President Donald Trump and ...": the country only qualifies a person.
                    qualifies = re.match(r"\s+(?-i:[A-Z])", self.text[c.end : c.end + 2])
                    if c.label == "GPE" and c.place_kind == "country" and not qualifies:
                        add_known(out, c.canonical)
            for c in chain:
                if c.label == "ORG" and _ORG_AFTER_OF.search(self.text, 0, c.start):
                    add_known(out, c.canonical)
        for name in self._compound_countries(lo, hi):
            add_unique(out, name)
        for name in self._sides_by_people(lo, hi):
            add_unique(out, name)
        for group in self.rules.country_group_re.finditer(self.text, lo, hi):
            for name in self.rules.country_groups[" ".join(group.group("group").lower().split())]:
                add_unique(out, name)
        return out

    def _sides_by_people(self, lo: int, hi: int) -> Iterable[str]:
        """ "while Driscoll would meet the Ukrainians": a people named in the plural is its side, unless
        it is only the source of the report ("the Russians said")."""
        for e in self.entities:
            if e.label != "NORP" or e.country is None or not (lo <= e.start < hi):
                continue
            word = self.text[e.start : e.end]
            if not _THE_BEFORE.search(self.text, 0, e.start) or not word.endswith("s") or word.endswith("ss"):
                continue
            if _NOUN_AFTER.match(self.text, e.end):
                continue  # "the Swiss meeting", "the Russians' demands": a modifier, not the people
            if not re.match(rf"\s+(?:{self.rules.reporting.pattern})", self.text[e.end :]):
                yield e.country

    def delegations_in(self, lo: int, hi: int) -> bool:
        """Whether two or more countries are named as sending people: "Ukrainian and Russian
        delegations", "the leaders of France, Germany and Italy"."""
        for chain in self._chains(lo, hi):
            if len(chain) < 2:
                continue
            if self._party_follows(chain[-1].end) or self.rules.parties_of.search(
                self.text, max(lo, chain[0].start - _PARTY_WINDOW), chain[0].start
            ):
                return True
        return False

    def _chains(self, lo: int, hi: int) -> list[list[Ent]]:
        """Country words joined by commas and "and": "Russia, Ukraine and the United States"."""
        chains: list[list[Ent]] = []
        for e in self.entities:
            if e.label not in _COUNTRY_WORDS or not (lo <= e.start < hi):
                continue
            if chains and _CHAIN_GAP.match(self.text[chains[-1][-1].end : e.start]):
                chains[-1].append(e)
            else:
                chains.append([e])
        return chains

    def _party_says(self, pos: int) -> bool:
        """ "U.S. officials said": the sources of the report, not parties to the event."""
        word = self.rules.party_words.match(self.text, pos)
        return word is not None and bool(re.match(rf"\s+(?:{self.rules.reporting.pattern})", self.text[word.end() :]))

    def _party_follows(self, pos: int) -> bool:
        """A party word right after ``pos``: "Russian negotiators", "the European Union's 27 leaders"."""
        if self.rules.party_words.match(self.text, pos):
            return True
        possessive = re.match(r"['’]s\s+", self.text[pos : pos + 4])
        if possessive is None:
            return False
        pos += possessive.end()
        for _ in range(3):
            if self.rules.party_words.match(self.text, pos):
                return True
            word = re.match(r"[\w-]+\s+", self.text[pos : pos + 30])
            if word is None:
                return False
            pos += word.end()
        return False

    def subject_countries(self, segment: Segment, trigger: int) -> list[str]:
        """ "Russia and Ukraine would immediately begin negotiations": the countries doing it, at the
        start of the clause or of what someone said ("Trump said that Russia and Ukraine would")."""
        starts = [segment.start] + [
            m.end() for m in re.finditer(r"\bthat\s+", self.text[segment.start : trigger]) if m.end()
        ]
        for start in reversed(starts):
            found = self._countries_from(start if start == segment.start else segment.start + start)
            if found:
                return found
        return []

    def _countries_from(self, pos: int) -> list[str]:
        out: list[str] = []
        for e in self.entities:
            if e.start < pos:
                continue
            if not _SUBJECT_LEAD.match(self.text[pos : e.start]) and not (
                out and _CHAIN_GAP.match(self.text[pos : e.start])
            ):
                break
            # "Moscow requested an emergency meeting": a capital speaking is its government.
            government = self.rules.capitals.get(e.canonical) if e.label == "GPE" else None
            if government is None and (e.label != "GPE" or e.place_kind != "country"):
                break
            out.append(government or e.canonical)
            pos = e.end
        # "Russia and Ukraine would begin", not "U.S. President Donald Trump" or "Turkey as a venue".
        if (out and not re.match(r"^\s+[a-z]", self.text[pos : pos + 3])) or re.match(
            r"^\s+(?:as\s+a\s+venue|['’]s)\b", self.text[pos : pos + 20]
        ):
            return []
        return out

    # -- place ---------------------------------------------------------------------------------

    def location_in(
        self, lo: int, hi: int, kinds: set[str], anchor_at: Trigger, group: list[Trigger]
    ) -> tuple[str | None, bool]:
        """The place the clause puts the event at: the nearest after its event word, else before it;
        a city before a country, and any place before one the event is only near."""
        found: list[tuple[tuple[int, int, int, int], str, bool]] = []
        venues = [(t.start, t.end) for t in self.triggers if t.venue]
        group = [t for t in group if lo <= t.start < hi]
        for e in self.entities:
            if e.label not in PLACE_LABELS or e.place_kind is None or not (lo <= e.start < hi):
                continue
            if any(a <= e.start < b for a, b in venues) or not self._is_venue(e, kinds):
                continue
            city = e.place_kind == "city"
            near = int(bool(self.rules.approximate_place.search(self.text, max(0, e.start - 40), e.start)))
            found.append(((near, 0 if city else 1, *_place_rank(e.start, anchor_at)), e.canonical, city))
        for t in group:
            if t.venue:
                found.append(((0, 0, *_place_rank(t.start, anchor_at)), t.venue, True))
        for e, capital in self._demonym_capitals(lo, hi):
            found.append(((0, 0, *_place_rank(e.start, anchor_at)), capital, True))
        for e in self.entities:
            # "to hold their next meeting on Russian territory": in that country.
            on_land = _ON_LAND.match(self.text, e.end) and _LAND_BEFORE.search(self.text, max(0, e.start - 12), e.start)
            if e.label == "NORP" and e.country and lo <= e.start < hi and on_land:
                found.append(((0, 1, *_place_rank(e.start, anchor_at)), e.country, False))
        if not found:
            return None, False
        _, name, city = min(found)
        return name, city

    def _demonym_capitals(self, lo: int, hi: int) -> list[tuple[Ent, str]]:
        """ "took place in the Emirati capital": the capital of the country the word names."""
        seats = {country: city for city, country in self.rules.capitals.items()}
        out = []
        for e in self.entities:
            if e.label != "NORP" or e.country not in seats or not (lo <= e.start < hi):
                continue
            before = self.text[max(0, e.start - 40) : e.start]
            if self.rules.demonym_capital_before.search(before) and self.rules.demonym_capital_after.match(
                self.text, e.end
            ):
                out.append((e, seats[e.country]))
        return out

    def _is_venue(self, e: Ent, kinds: set[str]) -> bool:
        before, after = self.text[: e.start], self.text[e.end : e.end + 40]
        if self.rules.not_venue_before.search(before):
            return False
        if e.place_kind == "country" and self.rules.country_modifier_after.match(after):
            return False  # "at the U.S. air base at Ramstein"
        return bool(
            self.rules.place_prepositions.search(before)
            or ("visit" in kinds and _TO_PLACE.search(before))
            or _SCHEDULING_FOR.search(before)
            or _AS_VENUE.match(after)
            or HOST_AFTER.match(after)
        )

    def location_right_after(self, pos: int, visit: bool = False) -> tuple[str | None, bool]:
        """ "the talks in Geneva", "the trip to Washington": a place straight after a reference."""
        preposition = _TO_PLACE_AFTER if visit else _AT_PLACE
        for t in self.triggers:
            if t.venue and t.start >= pos and preposition.fullmatch(self.text[pos : t.start]):
                return t.venue, True
        for e in self.entities:
            if e.start >= pos and e.label in PLACE_LABELS and e.place_kind is not None:
                if preposition.fullmatch(self.text[pos : e.start]):
                    return e.canonical, e.place_kind == "city"
                break
        return None, False

    def place_before(self, pos: int) -> tuple[str | None, bool]:
        for e in reversed(self.entities):
            if e.end <= pos and e.label in PLACE_LABELS and e.place_kind is not None:
                return e.canonical, e.place_kind == "city"
        return None, False

    # -- dates ---------------------------------------------------------------------------------

    def reported(self, span: DateSpan) -> bool:
        """A date that dates the saying: "said on Sunday", "told reporters on Monday"."""
        before = self.text[: span.char_start]
        return bool(re.search(rf"(?:{self.rules.reporting.pattern})(?:\s+[\w'’]+){{0,3}}\s*$", before))


# "on Russian territory", "on U.S. soil": a nationality word standing for its country as a place.
_ON_LAND: Final = re.compile(r"\s+(?:territory|soil)\b", re.IGNORECASE)
_LAND_BEFORE: Final = re.compile(r"\b(?:on|in|onto|into)\s+$", re.IGNORECASE)
_TO_PLACE_AFTER: Final = re.compile(r"\s+(?:in|at|to)\s+(?:the\s+)?")
# "the talks in Geneva", and "The meeting will take place in Brussels": where it is held.
_AT_PLACE: Final = re.compile(
    r"\s+(?:(?:will|would|is|are|was|were|to)\s+)?(?:(?:take|takes|took)\s+place\s+|be\s+held\s+|held\s+)?"
    r"(?:in|at)\s+(?:the\s+)?"
)


def _place_rank(pos: int, t: Trigger) -> tuple[int, int]:
    return (0, pos - t.end) if pos >= t.end else (1, t.start - pos)


def add_unique(out: list[str], name: str) -> None:
    if name not in out:
        out.append(name)


def add_known(out: list[str], name: str | None) -> None:
    if name:
        add_unique(out, name)


def _party_name(e: Ent) -> str | None:
    if e.label == "NORP":
        return e.country
    if e.label == "GPE":
        return e.canonical if e.place_kind == "country" else None
    return e.canonical
