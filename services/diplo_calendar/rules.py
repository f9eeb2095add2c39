"""The calendar's vocabulary, read once from ``data/event_rules.json`` and ``data/recurring_events.json``.

Only loading and compiling happen here; how the words are used is in :mod:`mentions` and :mod:`events`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any, Final

from services.diplo_calendar.prefilter import Prefiltered
from shared.phrases import phrase_alternation

DATA_DIR: Final = Path(__file__).parent / "data"

EVENT_KINDS: Final = ("conference", "summit", "visit", "talks", "call", "meeting")
STATUSES: Final = ("proposed", "scheduled", "postponed", "cancelled", "held")
# How far ahead an article may mean a recurring event's edition: "the G20 summit" in a September
# 2023 story is not the 2024 one.
_EDITION_REACH: Final = timedelta(days=366)


@dataclass(frozen=True)
class Edition:
    start: date
    end: date
    location: str | None
    #: Other names the text may give its place: the resort, the region ("Schloss Elmau", "Puglia").
    venues: tuple[str, ...] = ()

    def held_at(self, place: str) -> bool:
        return place == self.location or place in self.venues


@dataclass(frozen=True)
class KnownEvent:
    """A recurring event ("Munich Security Conference") with the real dates of its editions."""

    name: str
    aliases: tuple[str, ...]
    kind: str
    location: str | None
    editions: tuple[Edition, ...]
    #: Organisations whose summit this is ("Group of Seven"): their summit near an edition is it.
    bodies: tuple[str, ...] = ()

    def edition_near(self, anchor: date, *, following: bool = False) -> Edition | None:
        """The edition an article of ``anchor`` most likely means: this year's next one, else its last
        one, else the next within a year; with ``following`` ("the next NATO summit") the first one
        still to open. None when no listed edition is that close: another year's is another event."""
        if following:
            return next((e for e in self.editions if anchor < e.start <= anchor + _EDITION_REACH), None)
        coming = [e for e in self.editions if e.end >= anchor and e.start <= anchor + _EDITION_REACH]
        past = [e for e in self.editions if e.end < anchor and e.end.year == anchor.year]
        if coming and coming[0].start.year == anchor.year:
            return coming[0]
        return past[-1] if past else (coming[0] if coming else None)

    def edition_at(self, place: str, anchor: date) -> Edition | None:
        """The edition held at ``place`` nearest ``anchor`` within a year: "the summit in Tirana" in
        May is the Tirana edition, not the autumn one the calendar would otherwise take."""
        near = [e for e in self.editions if e.held_at(place) and abs(e.start - anchor) <= _EDITION_REACH]
        return min(near, key=lambda e: abs(e.start - anchor)) if near else None

    def edition_before(self, anchor: date) -> Edition | None:
        """The last edition under way or over by ``anchor``, within a year: what a clause in the
        past tense means ("met on the sidelines of an EU summit last Thursday")."""
        past = [e for e in self.editions if e.start <= anchor and anchor - e.end <= _EDITION_REACH]
        return past[-1] if past else None


@dataclass(frozen=True)
class Assembly:
    """A body one addresses ("the U.N. Security Council"): its name as a party, its seat, and the
    recurring event its sessions belong to, if any."""

    name: str
    place: str | None
    known: str | None
    #: A body whose votes are sessions of its own ("the Security Council will vote on Wednesday").
    votes: bool = False


@dataclass(frozen=True)
class EventRules:
    triggers: tuple[tuple[str, re.Pattern[str]], ...]
    #: ``triggers`` with their literal keys, to skip a pattern the sentence cannot match.
    trigger_filters: tuple[tuple[str, Prefiltered], ...]
    kind_priority: tuple[str, ...]
    pro_form: re.Pattern[str]
    ellipsis: re.Pattern[str]
    weak_triggers: frozenset[str]
    venues: Mapping[str, str]
    capitals: Mapping[str, str]
    assemblies: Mapping[str, Assembly]
    assembly_re: Prefiltered
    address_before: re.Pattern[str]
    address_at_before: re.Pattern[str]
    address_at_after: re.Pattern[str]
    vote_after: re.Pattern[str]
    venue_re: Prefiltered
    not_trigger_before: re.Pattern[str]
    habitual: re.Pattern[str]
    plural_occasions: frozenset[str]
    negation: re.Pattern[str]
    clause_breaks: re.Pattern[str]
    relative_clause_starts: re.Pattern[str]
    reporting: re.Pattern[str]
    pronouns: re.Pattern[str]
    absent: re.Pattern[str]
    #: The end of a negation that denies only attending ("will not attend"), not the event itself.
    attendance: re.Pattern[str]
    title_nouns: frozenset[str]
    journey_nouns: frozenset[str]
    past_event_verbs: frozenset[str]
    present_event_verbs: frozenset[str]
    object_relative: re.Pattern[str]
    #: "a conference on the rebuilding that opened on Thursday": the event's own past verb, told
    #: in a clause about it, outranks a main clause's "ahead of".
    past_relative: re.Pattern[str]
    #: "The delay followed a meeting": the status noun is the meeting's time, not its status.
    status_noun_sequence: re.Pattern[str]
    #: "to prepare for a possible meeting": the event made ready is another one.
    purpose_of: re.Pattern[str]
    state_participles: frozenset[str]
    event_participles: frozenset[str]
    party_words: re.Pattern[str]
    list_openers: re.Pattern[str]
    #: "the leaders of", "ministers from": right before a list of the countries taking part.
    parties_of: re.Pattern[str]
    #: "the foreign ministers of the Baltic states": a group named for its member countries.
    country_groups: Mapping[str, tuple[str, ...]]
    country_group_re: re.Pattern[str]
    #: "U.S.", "EU": parties inside a compound the entity tagger reads as one word ("U.S.-Russia talks").
    compound_parties: Mapping[str, str]
    role_titles: Mapping[str, tuple[str, ...]]
    role_title_re: re.Pattern[str]
    specific: re.Pattern[str]
    place_prepositions: re.Pattern[str]
    approximate_place: re.Pattern[str]
    not_venue_before: re.Pattern[str]
    country_modifier_after: re.Pattern[str]
    verb_resumes: re.Pattern[str]
    followed_by: re.Pattern[str]
    of_body: re.Pattern[str]
    relative_offset: re.Pattern[str]
    following_day: re.Pattern[str]
    previous_day: re.Pattern[str]
    same_day: re.Pattern[str]
    same_day_opening: re.Pattern[str]
    number_words: Mapping[str, int]
    length: re.Pattern[str]
    sidelines: re.Pattern[str]
    round: re.Pattern[str]
    status: Mapping[str, re.Pattern[str]]
    cues: re.Pattern[str]
    descriptive_infinitive: re.Pattern[str]
    not_tense_cues: re.Pattern[str]
    decided: re.Pattern[str]
    open_start: re.Pattern[str]
    later_today: re.Pattern[str]
    schedule_clause: re.Pattern[str]
    relative_when: re.Pattern[str]
    dated_list_link: re.Pattern[str]
    dated_list_on: re.Pattern[str]
    bare_date_clause: re.Pattern[str]
    date_premodifier_after: re.Pattern[str]
    date_premodifier_before: re.Pattern[str]
    complement_clause: re.Pattern[str]
    subordinate_clause: re.Pattern[str]
    later_in_the_day: re.Pattern[str]
    eve_of: re.Pattern[str]
    length_ends: re.Pattern[str]
    days_of: re.Pattern[str]
    nth_day: re.Pattern[str]
    nth_days: dict[str, int]
    runs_until: re.Pattern[str]
    day_of: re.Pattern[str]
    invited_to: re.Pattern[str]
    distance_before: re.Pattern[str]
    at_gathering: re.Pattern[str]
    within_clause: re.Pattern[str]
    verb_form_before: re.Pattern[str]
    demonym_capital_before: re.Pattern[str]
    demonym_capital_after: re.Pattern[str]
    new_date: re.Pattern[str]
    past_plan: re.Pattern[str]
    plan_goes_on: re.Pattern[str]
    called_off_trip: re.Pattern[str]
    and_that_clause: re.Pattern[str]
    other_act: re.Pattern[str]
    status_negated: re.Pattern[str]
    condition_before: re.Pattern[str]
    undecided: re.Pattern[str]
    tentative: re.Pattern[str]
    fixed_after: re.Pattern[str]
    and_verb_phrase: re.Pattern[str]
    coordinated_verb: re.Pattern[str]
    gerund_clause: re.Pattern[str]
    with_phrase: re.Pattern[str]
    holder_relative: re.Pattern[str]
    own_subject_relative: re.Pattern[str]
    says_last_before: re.Pattern[str]
    says_last_after: re.Pattern[str]
    main_verb_resumes: re.Pattern[str]
    arrived_for: re.Pattern[str]
    occasion_ordinals: frozenset[str]
    #: "a further call", "another meeting": right before an event word, an occasion still to come.
    new_occasion_before: re.Pattern[str]
    other_occasions: frozenset[str]
    #: (far, near) in days: see ``_year_slip_days`` in the data file.
    year_slip_days: tuple[int, int]
    known: tuple[KnownEvent, ...]
    known_re: Prefiltered | None

    def known_event(self, alias: str) -> KnownEvent | None:
        return next((k for k in self.known if alias in (k.name, *k.aliases)), None)


def phrase_pattern(phrases: Iterable[str]) -> str:
    """Plain phrases as one alternation, longest first, any run of spaces between words, whole words.

    The same matches as ``phrase_alternation(phrases, head=..., tail=...)``, with the word-start
    test written once before the phrases that open on a letter or digit instead of once in every
    branch: a branch that opens on a literal lets the regex engine reject a position by its first
    character, which makes the long cue lists several times cheaper to scan. Phrases that open on
    punctuation ("'ll") cannot start where a word-phrase starts, so the two groups never compete.
    """
    words = [p for p in phrases if p.split() and p.split()[0][0].isalnum()]
    others = [p for p in phrases if p.split() and not p.split()[0][0].isalnum()]
    parts = []
    if words:
        parts.append(r"(?<![\w-])" + phrase_alternation(words, tail=r"(?![\w-])"))
    if others:
        parts.append(phrase_alternation(others, tail=r"(?![\w-])"))
    return f"(?:{'|'.join(parts)})" if parts else "(?!)"


def _not_after(words: Iterable[str]) -> str:
    """Lookbehinds that keep a list opener from following one of ``words`` ("relations with China":
    the topic, not a party); one per word, as a lookbehind must have a fixed width."""
    return "".join(rf"(?<!\b{re.escape(w)}\s)" for w in words)


def _rule(raw: Mapping[str, Any], key: str) -> re.Pattern[str]:
    """A pattern written out in event_rules.json, matched case-insensitively like every cue."""
    return re.compile(raw[key], re.IGNORECASE)


def _any(patterns: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


def _strings(raw: Mapping[str, Any], key: str) -> list[str]:
    value = raw[key]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"event_rules.json: {key!r} must be a list of strings")
    return list(value)


@cache
def event_rules() -> EventRules:
    raw: dict[str, Any] = json.loads((DATA_DIR / "event_rules.json").read_text(encoding="utf-8"))
    triggers = tuple(
        (kind, re.compile(pattern, re.IGNORECASE)) for kind, patterns in raw["triggers"].items() for pattern in patterns
    )
    unknown = {kind for kind, _ in triggers} - set(EVENT_KINDS)
    if unknown:
        raise ValueError(f"event_rules.json: unknown event kinds {sorted(unknown)}")
    venues: dict[str, str] = dict(raw["venues"])
    assemblies = {
        phrase: Assembly(str(v["name"]), v.get("place"), v.get("known"), bool(v.get("votes")))
        for phrase, v in raw["assemblies"].items()
    }
    role_titles = {k: tuple(v) for k, v in raw["role_titles"].items()}
    party_words = phrase_pattern(_strings(raw, "party_words"))
    parties_of = rf"(?:{party_words})\s+(?:{phrase_pattern(_strings(raw, 'parties_of'))})\s+(?:the\s+)?"
    country_groups = {k.lower(): tuple(v) for k, v in raw["country_groups"].items()}
    not_topic = _not_after(_strings(raw, "topic_nouns"))
    # Status and tense cues are matched case-sensitively: "May 16" is a month, "may" a proposal.
    status = {name: re.compile(phrase_pattern(words)) for name, words in raw["status"].items()}
    future, past = phrase_pattern(_strings(raw, "future_cues")), phrase_pattern(_strings(raw, "past_cues"))
    cues = re.compile(rf"(?P<future>{future})|(?P<past>{past})")
    known = tuple(_load_known())
    names = [n for k in known for n in (k.name, *k.aliases)]
    return EventRules(
        triggers=triggers,
        trigger_filters=tuple((kind, Prefiltered.of(pattern)) for kind, pattern in triggers),
        kind_priority=tuple(raw["kind_priority"]),
        pro_form=_rule(raw, "pro_form"),
        ellipsis=_rule(raw, "ellipsis"),
        weak_triggers=frozenset(w.lower() for w in raw["weak_triggers"]),
        venues=venues,
        capitals={str(k): str(v) for k, v in raw["capitals"].items()},
        assemblies=assemblies,
        assembly_re=Prefiltered.of(re.compile(phrase_pattern(assemblies))),
        address_before=_rule(raw, "address_before"),
        address_at_before=_rule(raw, "address_at_before"),
        address_at_after=_rule(raw, "address_at_after"),
        vote_after=_rule(raw, "vote_after"),
        venue_re=Prefiltered.of(re.compile(phrase_pattern(venues))),
        not_trigger_before=_any(_strings(raw, "not_trigger_before")),
        habitual=_any(_strings(raw, "habitual")),
        plural_occasions=frozenset(w.lower() for w in _strings(raw, "plural_occasions")),
        negation=_any(_strings(raw, "negation")),
        clause_breaks=_any(_strings(raw, "clause_breaks"), 0),
        relative_clause_starts=re.compile(
            rf"^[\s,]*(?:{phrase_pattern(_strings(raw, 'relative_clause_starts'))})", re.IGNORECASE
        ),
        reporting=re.compile(phrase_pattern(_strings(raw, "reporting_verbs"))),
        pronouns=re.compile(phrase_pattern(_strings(raw, "pronouns")), re.IGNORECASE),
        # "Putin will skip", "Putin has said he would skip": up to three words before the verb.
        attendance=re.compile(rf"(?:{phrase_pattern(_strings(raw, 'attendance_verbs'))})\s*$", re.IGNORECASE),
        absent=re.compile(
            rf"\s+(?:[\w'’]+\s+){{0,3}}?(?:{phrase_pattern(_strings(raw, 'absent_verbs'))})", re.IGNORECASE
        ),
        title_nouns=frozenset(w.lower() for w in _strings(raw, "title_nouns")),
        journey_nouns=frozenset(w.lower() for w in _strings(raw, "journey_nouns")),
        past_event_verbs=frozenset(w.lower() for w in _strings(raw, "past_event_verbs")),
        present_event_verbs=frozenset(w.lower() for w in _strings(raw, "present_event_verbs")),
        object_relative=_rule(raw, "object_relative"),
        past_relative=_rule(raw, "past_relative"),
        status_noun_sequence=_rule(raw, "status_noun_sequence"),
        purpose_of=_rule(raw, "purpose_of"),
        state_participles=frozenset(w.lower() for w in _strings(raw, "state_participles")),
        event_participles=frozenset(w.lower() for w in _strings(raw, "event_participles")),
        party_words=re.compile(rf"\s*(?:{phrase_pattern(_strings(raw, 'party_words'))})", re.IGNORECASE),
        list_openers=re.compile(rf"{not_topic}(?:{phrase_pattern(_strings(raw, 'list_openers'))})\s+(?:the\s+)?$"),
        parties_of=re.compile(rf"{parties_of}$", re.IGNORECASE),
        country_groups=country_groups,
        compound_parties=dict(raw["compound_parties"]),
        country_group_re=re.compile(rf"{parties_of}(?P<group>{phrase_pattern(country_groups)})", re.IGNORECASE),
        role_titles=role_titles,
        role_title_re=re.compile(rf"\s*(?:{phrase_pattern(role_titles)})", re.IGNORECASE),
        specific=_any(_strings(raw, "specific")),
        # "in Riyadh", "at the Vatican", "in southern Germany".
        place_prepositions=re.compile(
            rf"(?:{phrase_pattern(_strings(raw, 'place_prepositions'))})\s+(?:the\s+)?"
            # "in the Turkish city of Istanbul", "at the Black Sea resort of Sochi".
            r"(?:(?:[\w'’-]+\s+){0,3}?(?:city|capital|port|resort|town)\s+of\s+)?"
            rf"(?:(?:{phrase_pattern(_strings(raw, 'place_modifiers'))})\s+)?$",
            re.IGNORECASE,
        ),
        # "near Chisinau", "just outside the capital": right before the place's name.
        approximate_place=re.compile(
            rf"(?:{phrase_pattern(_strings(raw, 'approximate_places'))})\s+(?:the\s+)?$", re.IGNORECASE
        ),
        not_venue_before=_rule(raw, "not_venue_before"),
        country_modifier_after=_rule(raw, "country_modifier_after"),
        verb_resumes=re.compile(raw["verb_resumes"]),  # case-sensitive: a verb is written in lower case
        followed_by=_rule(raw, "followed_by"),
        of_body=_rule(raw, "of_body"),
        relative_offset=_rule(raw, "relative_offset"),
        following_day=_rule(raw, "following_day"),
        previous_day=_rule(raw, "previous_day"),
        same_day=_rule(raw, "same_day"),
        same_day_opening=_rule(raw, "same_day_opening"),
        number_words={k.lower(): int(v) for k, v in raw["number_words"].items()},
        length=_rule(raw, "length"),
        sidelines=_rule(raw, "sidelines"),
        round=_rule(raw, "round"),
        status=status,
        cues=cues,
        descriptive_infinitive=_rule(raw, "descriptive_infinitive"),
        not_tense_cues=_any(_strings(raw, "not_tense_cues")),
        decided=re.compile(raw["decided"] + r"\s*$", re.IGNORECASE),
        open_start=_rule(raw, "open_start"),
        later_today=_rule(raw, "later_today"),
        schedule_clause=_rule(raw, "schedule_clause"),
        relative_when=_rule(raw, "relative_when"),
        dated_list_link=_rule(raw, "dated_list_link"),
        dated_list_on=_rule(raw, "dated_list_on"),
        bare_date_clause=_rule(raw, "bare_date_clause"),
        date_premodifier_after=_rule(raw, "date_premodifier_after"),
        date_premodifier_before=_rule(raw, "date_premodifier_before"),
        complement_clause=_rule(raw, "complement_clause"),
        subordinate_clause=_rule(raw, "subordinate_clause"),
        later_in_the_day=_rule(raw, "later_in_the_day"),
        eve_of=_rule(raw, "eve_of"),
        length_ends=_rule(raw, "length_ends"),
        days_of=_rule(raw, "days_of"),
        nth_day=_rule(raw, "nth_day"),
        nth_days={k.lower(): int(v) for k, v in raw["nth_days"].items()},
        runs_until=_rule(raw, "runs_until"),
        day_of=_rule(raw, "day_of"),
        invited_to=_rule(raw, "invited_to"),
        distance_before=_rule(raw, "distance_before"),
        at_gathering=_rule(raw, "at_gathering"),
        within_clause=_rule(raw, "within_clause"),
        verb_form_before=_rule(raw, "verb_form_before"),
        demonym_capital_before=_rule(raw, "demonym_capital_before"),
        demonym_capital_after=_rule(raw, "demonym_capital_after"),
        new_date=_rule(raw, "new_date"),
        past_plan=_rule(raw, "past_plan"),
        plan_goes_on=_rule(raw, "plan_goes_on"),
        called_off_trip=_rule(raw, "called_off_trip"),
        and_that_clause=_rule(raw, "and_that_clause"),
        other_act=re.compile(raw["other_act"] + r"$", re.IGNORECASE),
        status_negated=re.compile(raw["status_negated"] + r"$", re.IGNORECASE),
        condition_before=_rule(raw, "condition_before"),
        undecided=_any(_strings(raw, "undecided")),
        fixed_after=_rule(raw, "fixed_after"),
        and_verb_phrase=_rule(raw, "and_verb_phrase"),
        coordinated_verb=_rule(raw, "coordinated_verb"),
        gerund_clause=_rule(raw, "gerund_clause"),
        with_phrase=_rule(raw, "with_phrase"),
        holder_relative=_rule(raw, "holder_relative"),
        own_subject_relative=_rule(raw, "own_subject_relative"),
        says_last_before=_rule(raw, "says_last_before"),
        says_last_after=_rule(raw, "says_last_after"),
        main_verb_resumes=_rule(raw, "main_verb_resumes"),
        arrived_for=_rule(raw, "arrived_for"),
        tentative=re.compile(
            rf"(?:{phrase_pattern(_strings(raw, 'tentative'))})\s+(?:[\w'’.-]+\s+){{0,6}}?$", re.IGNORECASE
        ),
        occasion_ordinals=frozenset(raw["occasion_ordinals"]),
        new_occasion_before=_rule(raw, "new_occasion_before"),
        other_occasions=frozenset(raw["other_occasions"]),
        year_slip_days=(int(raw["year_slip_days"]["far"]), int(raw["year_slip_days"]["near"])),
        known=known,
        # Aliases are case-sensitive, and one followed by a capitalised word names something else
        # ("European Council President António Costa").
        known_re=Prefiltered.of(re.compile(rf"(?:{phrase_pattern(names)})(?!\s+[A-Z][a-z])")) if names else None,
    )


def _load_known() -> list[KnownEvent]:
    path = DATA_DIR / "recurring_events.json"
    if not path.exists():
        return []
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for item in raw.get("events", []):
        editions = tuple(
            sorted(
                (
                    Edition(
                        date.fromisoformat(e["start"]),
                        date.fromisoformat(e["end"]),
                        e.get("location"),
                        tuple(e.get("venues", [])),
                    )
                    for e in item.get("editions", [])
                ),
                key=lambda e: (e.start, e.end),
            )
        )
        out.append(
            KnownEvent(
                name=item["name"],
                aliases=tuple(item.get("aliases", [])),
                kind=item.get("kind", "conference"),
                location=item.get("location"),
                editions=editions,
                bodies=tuple(item.get("bodies", [])),
            )
        )
    return out
