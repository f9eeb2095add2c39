"""When a claimed attack happened, from the date phrases of its sentence (``shared.timex``).

Each day-level date phrase is sorted into a kind: a night ("on Saturday night", "on Tuesday
evening", "overnight into Sunday"), a bare night ("overnight", "last night"), a night named by
its morning ("the early hours of Sunday", "before dawn on Sunday"), the day of a statement
("said on Sunday", "On Sunday, the ministry said") or the day of an event. A sentence with none
takes its date from the ``Timeline``: the attack the article is talking about, and what it said
about each weapon's own wave. The conventions that combine them are in the ``claims`` module
docstring.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from typing import Final, Literal

from services.incidents.casualties import harm
from services.incidents.vocabulary import alternation, bounded, rules
from shared.models import EnrichedArticle
from shared.timex import DateSpan

DateKind = Literal[
    "night",
    "bare_night",
    "night_gone",
    "night_into",
    "report",
    "event",
    "event_on",
    "attack_day",
    "day_before_report",
    "report_day",
    "night_before_topic",
    "duration",
    "answered",
]
DAY: Final = timedelta(days=1)
WEEK: Final = timedelta(days=7)

_SENTENCE_OPENING = re.compile(r"^\s*(?:(?:late|early)\s+)?(?:on\s+|in\s+)?$", re.IGNORECASE)
# The subject and verb after an opening date: ", the ministry said", "On Thursday Russia's Defence Ministry said"
# (wire copy often drops the comma).
_OPENING_CLAUSE = re.compile(r"^\s*,?\s*((?:[\w'’.-]+\s+){1,6}[\w'’.-]+)")
_ON_DAY = re.compile(r"(?<![\w-])on\s+$", re.IGNORECASE)
_BARE_NIGHT = re.compile(r"^(?:overnight|last\s+night|through\s+the\s+night|during\s+the\s+night)$", re.IGNORECASE)


@dataclass(frozen=True)
class When:
    day: date | None
    night: bool = False
    #: Given by the sentence as the attack's own night or day, not only as the day of a statement.
    strong: bool = False
    #: The sentence dates the attack only roughly ("last week"): no day, and none guessed.
    vague: bool = False
    #: Read from a date phrase of the sentence, not from what the article said before.
    written: bool = False
    #: A day that names an attack ("the Friday attack"): the night into it, when one was told.
    attack_day: bool = False
    #: Only the day of a later statement on the attack (a toll update): the attack's day is still to come.
    provisional: bool = False
    #: The night before the attack talked about ("That came after an overnight attack"): its day is that attack's.
    before_topic: bool = False


def date_kind(text: str, span: DateSpan) -> DateKind:
    r = rules()
    low = span.text.lower()
    before = text[: span.char_start]
    if _duration().match(span.text.strip()):
        return "duration"  # "for the third time in a day": no day of the attack's, however timex reads it
    if _answers_an_attack(text, span):
        return "answered"  # "fired drones in response to the April 1 strike": the day of another attack
    if _BARE_NIGHT.match(span.text.strip()):
        after = came_after(text)
        if after is not None and after[0] <= span.char_start:
            return "night_before_topic"  # "The strike came after an overnight attack": before the strike
        return "bare_night"
    relative = _day_before_statement().match(low) or _statement_same_day().match(low)
    if relative and (_reported_before(before) or _leads_a_statement(text, span)):
        return "report"  # "the ministry said yesterday": the statement's own day
    if _night_gone().match(low):
        return "night_gone"  # "Tonight the enemy attacked Lviv", in a claim: the night just gone
    if _day_before_statement().match(low):
        # "Yesterday evening ...", Zelenskyy said on Sunday: the night before the statement.
        return "bare_night" if "night" in low or r.evening_re.search(low) else "day_before_report"
    if _statement_same_day().match(low):
        return "report_day"  # "This morning Russia fired missiles," the governor said on Sunday: Sunday morning
    if "early hours" in low or r.night_into_before_re.search(before) or _night_named_by_morning(text, span):
        return "night_into"  # "in the small hours of Sunday", "at 2 a.m. on Sunday": the wave began on Saturday night
    if _names_an_attack(text, span):
        return "attack_day"
    if "night" in low or _night_hours_before().search(before):
        return "night"  # "between 10:00 pm on Tuesday and Wednesday morning": Tuesday's night wave
    if _reported_before(before) or _leads_a_statement(text, span):
        return "report"
    if r.evening_re.search(span.text):
        return "night"  # "on Tuesday evening", "late on Saturday": the night wave began then
    # "came on Thursday, when ...": the day the attack fell on, not "since Friday" or "until Friday".
    return "event_on" if _ON_DAY.search(before) else "event"


@cache
def _report_before() -> re.Pattern[str]:
    """ "said on", "wrote on Telegram on", "said in a statement late on": right before the day of a statement."""
    channels = alternation(rules().raw["statement_channels"])
    return re.compile(
        r"\b(?:said|says|reported|announced|stated|told\s+\w+|added|confirmed|claimed|wrote|posted)\s+"
        rf"(?:(?:on|in)\s+(?:a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{channels})\s+)?"
        r"(?:on\s+|late\s+on\s+|early\s+on\s+|on\s+the\s+morning\s+of\s+|(?:late\s+|early\s+)?in\s+)?$",
        re.IGNORECASE,
    )


def _reported_before(before: str) -> bool:
    return _report_before().search(before) is not None


@cache
def _attack_after() -> re.Pattern[str]:
    nouns = "|".join(rules().raw["attack_nouns"])
    return re.compile(rf"^(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b", re.IGNORECASE)


@cache
def _night_hours_before() -> re.Pattern[str]:
    hours = "|".join(rules().raw["night_hours_before"])
    return re.compile(rf"(?:{hours})\s+(?:on\s+)?$", re.IGNORECASE)


@cache
def _night_attack() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    raw = rules().raw
    small_hours = re.compile(rf"(?:{'|'.join(raw['small_hours_before'])})\s+(?:on\s+)?$", re.IGNORECASE)
    before = re.compile("|".join(raw["night_attack_before"]), re.IGNORECASE)
    after = re.compile("|".join(raw["night_attack_after"]), re.IGNORECASE)
    end = re.compile(rf"(?<![\w-])(?:{alternation(raw['night_end_before'])})\s+(?:on\s+)?$", re.IGNORECASE)
    return small_hours, before, after, end


def _night_named_by_morning(text: str, span: DateSpan) -> bool:
    """ "at 2 a.m. on Sunday", "the overnight attack on Sunday", "Sunday's pre-dawn strikes", "until
    Sunday morning": a night wave named by the morning it hit."""
    small_hours, before, after, end = _night_attack()
    ahead = text[: span.char_start]
    if end.search(ahead):
        low = span.text.lower()
        return not ("night" in low or "afternoon" in low or rules().evening_re.search(low))
    return bool(
        small_hours.search(ahead) or before.search(ahead) or after.match(text[span.char_start + len(span.text) :])
    )


@cache
def _night_gone() -> re.Pattern[str]:
    return re.compile(rf"^(?:{alternation(rules().raw['night_just_gone'])})$", re.IGNORECASE)


@cache
def _statement_same_day() -> re.Pattern[str]:
    return re.compile(rf"^(?:{alternation(rules().raw['statement_same_day'])})$", re.IGNORECASE)


@cache
def _day_before_statement() -> re.Pattern[str]:
    return re.compile(rf"^(?:{alternation(rules().raw['day_before_statement'])})\b", re.IGNORECASE)


@cache
def _duration() -> re.Pattern[str]:
    return re.compile("|".join(rules().raw["duration_patterns"]), re.IGNORECASE)


@cache
def _came_after_rules() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    raw = rules().raw
    opening = re.compile("|".join([*raw["came_after_patterns"], *raw["passing_attack_patterns"]]), re.IGNORECASE)
    gaps: dict[str, int] = raw["came_after_gaps"]
    gap = re.compile(rf"(?:(?<![\w-])({alternation(list(gaps))})\s+)?after\b", re.IGNORECASE)
    return opening, gap, {k.lower(): v for k, v in gaps.items()}


def came_after(text: str) -> tuple[int, int] | None:
    """ "The strike came a day after Russia fired 90 missiles": where the earlier attack's words begin
    and how many days before the attack talked about it was (0 when the sentence does not say)."""
    opening, gap, days = _came_after_rules()
    m = opening.search(text)
    if m is None:
        return None
    # The opening may stop at "followed" or run through "after": the gap words are looked for from its start.
    g = gap.search(text, m.start(), m.end() + 40)
    if g is None or text[m.end() : g.start()].strip():
        # "That followed an overnight attack"; but "It came as Russia fired ..." tells the same time.
        return (m.end(), 0) if "follow" in m.group().lower() else None
    return g.end(), days.get(" ".join((g.group(1) or "").lower().split()), 0)


def _names_an_attack(text: str, span: DateSpan) -> bool:
    """ "in the Friday attack", "Friday's strikes": a weekday used as the name of an attack.

    Wire copy names an overnight wave by the morning it hit, so it may be the night before.
    """
    if not _WEEKDAY.fullmatch(span.text.strip()):
        return False
    return _attack_after().match(text[span.char_start + len(span.text) :]) is not None


@cache
def _answered_before() -> re.Pattern[str]:
    words = alternation(rules().raw["answered_attack_before"])
    return re.compile(
        rf"(?<![\w-])(?:{words})\s+(?:(?:the|an?|[\w'’.-]+['’]s)\s+)?(?:[\w'’-]+\s+){{0,2}}?$", re.IGNORECASE
    )


def _answers_an_attack(text: str, span: DateSpan) -> bool:
    """ "in retaliation for the April 1 strike": a day naming the attack a claim answers, not the claim's own."""
    if _attack_after().match(text[span.char_start + len(span.text) :]) is None:
        return False
    return _answered_before().search(text[: span.char_start]) is not None


_WEEKDAY = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", re.IGNORECASE)


def _part_of_day(text: str, cues: re.Pattern[str]) -> bool:
    """A part of a day ("later in the day", "a day later") that dates an attack, not only when a statement
    was made: "Later in the day, the governor said the toll had risen" and "..., he said the next day" do not."""
    for m in cues.finditer(text):
        if _reported_before(text[: m.start()]):
            continue
        if _SENTENCE_OPENING.match(text[: m.start()]) and _opens_a_statement(text[m.end() :]):
            continue
        return True
    return False


def _opens_a_statement(after: str) -> bool:
    """ ", the ministry said ...": a subject and a claim verb right after an opening date."""
    r = rules()
    clause = _OPENING_CLAUSE.match(after)
    verb = r.claim_re.search(clause.group(1)) if clause else None
    # "On Sunday, Russia fired 25 drones that officials said ...": the day is the attack's.
    return verb is not None and not r.verb_re.search(verb.string, 0, verb.start())


def _leads_a_statement(text: str, span: DateSpan) -> bool:
    """ "On Sunday, the ministry said ...": the day opens the sentence and dates the statement."""
    if not _SENTENCE_OPENING.match(text[: span.char_start]):
        return False
    return _opens_a_statement(text[span.char_start + len(span.text) :])


def resolve(spans: list[tuple[DateSpan, DateKind]]) -> When | None:
    """The attack's date from one claim's date phrases, or None when the sentence gives none."""

    def first(kind: DateKind) -> date | None:
        return next((span.start for span, k in spans if k == kind and span.start is not None), None)

    night, into, bare, report = (first(k) for k in ("night", "night_into", "bare_night", "report"))
    event = next((span.start for span, k in spans if k in {"event", "event_on"} and span.start is not None), None)
    on_day = first("event_on")
    named, before_report, gone = (first(k) for k in ("attack_day", "day_before_report", "night_gone"))
    before_topic = first("night_before_topic")
    if bare is None and gone is not None:
        bare = gone - DAY  # timex reads "tonight" as the article's own night
    if night is not None:
        return When(night, night=True, strong=True, written=True)
    if into is not None:
        return When(into - DAY, night=True, strong=True, written=True)
    if before_topic is not None and bare is None:
        # Read against the article's day until the timeline gives the attack talked about (``Timeline.named``).
        return When(before_topic, night=True, strong=True, written=True, before_topic=True)
    if bare is not None and report is None and on_day is not None and gone is None:
        # "The worst came on Thursday, when Russia sent 420 drones overnight": the night into that day.
        return When(on_day - DAY, night=True, strong=True, written=True)
    if bare is not None:
        # "said on Sunday that ... overnight": the night before the statement, not before the article.
        return When(report - DAY if report is not None else bare, night=True, strong=True, written=True)
    if event is not None:
        return When(event, strong=True, written=True)
    same_day = next(((span.start, span.text) for span, k in spans if k == "report_day" and span.start), None)
    if same_day is not None:
        # "today", "tonight" in a statement: the statement's own day (its night, for "tonight").
        evening = "night" in same_day[1].lower() or rules().evening_re.search(same_day[1]) is not None
        return When(report or same_day[0], night=evening, strong=True, written=True)
    if before_report is not None:
        # "Yesterday Russia fired 14 missiles," Zelenskyy said on Sunday: the day before the statement.
        return When(report - DAY if report is not None else before_report, strong=True, written=True)
    if named is not None:
        return When(named, strong=True, written=True, attack_day=True)
    if report is not None:
        return When(report)
    return None


@cache
def _toll_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    raw = rules().raw
    return bounded(alternation(raw["toll_nouns"])), bounded(alternation(raw["toll_rise_verbs"]))


def toll_update(text: str) -> bool:
    """ "The death toll has risen to 40": a statement made days after the attack it is about."""
    nouns, verbs = _toll_patterns()
    return nouns.search(text) is not None and verbs.search(text) is not None


@cache
def _kind_pattern() -> re.Pattern[str]:
    return bounded(alternation(rules().raw["kind_words"]))


def of_a_kind(mention_text: str) -> bool:
    """ "dozens of such missiles": a count of a kind of weapon, not of one side's attacks."""
    return _kind_pattern().search(mention_text) is not None


def cumulative(text: str) -> bool:
    """A weekly, monthly or since-then total, not one night's attack."""
    r = rules()
    low = text.lower()
    if not any(word in low for word in r.cumulative_gate):
        return False  # most sentences: a few substring tests instead of the whole pattern family
    if r.cumulative_single_re.search(text):
        return False
    for m in r.cumulative_re.finditer(text):
        before = text[: m.start()]
        clause = re.split(r"[,;]", before)[-1]
        if r.cumulative_not_after_re.search(before) or r.superlative_re.search(clause):
            continue
        if r.night_cue_re.search(before[: len(before) - len(clause)]):
            continue  # a running total told after the night's own count
        return True
    return False


@cache
def _carry_opening() -> re.Pattern[str]:
    raw = rules().raw
    counts = alternation([*raw["number_words"], *raw["cumulative_carry_counts"]])
    return re.compile(
        rf"^\W*(?:{alternation(raw['cumulative_carry_openings'])})\s+(?:\d|(?:{counts})(?![\w-]))", re.IGNORECASE
    )


def carries_period(text: str) -> bool:
    """ "A further 90 drones were jammed": the sentence adds to the count just given; see
    ``cumulative_carry_openings`` in claim_rules.json. A night cue of its own makes it that night's."""
    return _carry_opening().match(text) is not None and not rules().night_cue_re.search(text)


def dateline_end(enriched: EnrichedArticle) -> int:
    """Where the dateline ("KYIV, Feb 8 (Reuters) -") ends: its date is the anchor, not an event."""
    dateline = enriched.article.dateline
    if dateline is None:
        return 0
    at = enriched.article.text.find(dateline.text)
    return at + len(dateline.text) if at >= 0 else 0


@dataclass(frozen=True)
class _Noted:
    index: int
    when: When
    #: Noted from a claim, not only from a sentence telling the attack.
    claimed: bool
    #: Whose wave it was, when known: another side's wave of the same weapon is another night's.
    attacker: str | None = None


@dataclass
class Timeline:
    """The dates of the attack an article is talking about, as the reading goes.

    ``context`` is the attack under discussion; ``by_weapon`` what was said about each weapon's
    own wave, so that "drones from Tuesday evening, missiles early on Wednesday" dates each
    weapon's later claims apart. A weapon's date from a claim holds for the whole article (within
    a day of the attack talked about); one only told in passing holds until the next date.
    """

    anchor: date
    context: When | None = None
    context_index: int = -1
    by_weapon: dict[str, _Noted] = field(default_factory=dict)
    #: The same, by weapon and attacker: one side's wave, when another side's came after it.
    by_side: dict[tuple[str, str], _Noted] = field(default_factory=dict)
    #: The nights told so far (by the day each began), for "the Friday attack".
    nights: set[date] = field(default_factory=set)
    #: The sides whose attacks were claimed on each day: another side's casualties that day are its own attack's.
    sides: dict[date, set[str]] = field(default_factory=dict)

    def fallback(self) -> When:
        """With nothing to go on, the night before the article's date."""
        return self.context or When(self.anchor - DAY, night=True)

    def talk_about(self, index: int, when: When) -> None:
        if when.day is not None:
            self.context, self.context_index = when, index
            self._note_night(when)

    def note(self, index: int, weapon: str, when: When, *, claimed: bool, attacker: str | None = None) -> None:
        if when.day is not None:
            self.by_weapon[weapon] = _Noted(index, when, claimed, attacker)
            if attacker is not None:
                self.by_side[weapon, attacker] = _Noted(index, when, claimed, attacker)
                if claimed:
                    self.sides.setdefault(when.day, set()).add(attacker)
            self._note_night(when)

    def _note_night(self, when: When) -> None:
        if when.night and when.day is not None and when.strong:
            self.nights.add(when.day)

    def runs_into(self, when: When) -> bool:
        """ "overnight and into Friday morning ... 'Today Russia used every weapon'": a day told with no
        claim of its own, the morning the night talked about ran into, is still that night's wave."""
        context = self.context
        if when.night or when.day is None or context is None or context.day is None:
            return False
        return context.night and when.day - DAY == context.day

    def named(self, when: When) -> When:
        """ "the Friday attack" after a wave overnight into Friday is that night's attack; "That came
        after an overnight attack" the night before the day of the attack talked about."""
        context = self.context
        if when.before_topic and context is not None and context.day is not None:
            return replace(when, day=context.day - DAY, before_topic=False)
        if when.day is not None and timedelta(0) < when.day - self.anchor < WEEK:
            # An attack told is over: a weekday read as the one ahead of the article's date ("Later on
            # Friday night, a drone struck", read as a plan by its "later") is the one before it.
            when = replace(when, day=when.day - WEEK)
        if not when.attack_day or when.day is None or when.day - DAY not in self.nights:
            return when
        return replace(when, day=when.day - DAY, night=True, attack_day=False)

    def recall(self, text: str, weapon: str, attacker: str | None = None) -> When:
        """The date a sentence with no date of its own is talking about.

        "Lavrov said Ukraine had launched 91 drones overnight into Monday. ... The air force said
        Russia had launched 127 drones": the weapon's own date is of one side's wave, not the other's.
        """
        r = rules()
        context = self.context
        if context is None or context.day is None:
            return When(None)
        other_side = attacker is not None and attacker not in self.sides.get(context.day, {attacker})
        if other_side and harm(text) != (None, None):
            if not context.night and r.night_cue_re.search(text):
                # "Drones hit Moscow on Monday morning ... Russian drones were downed over Kyiv during the
                # night and debris killed one": the other side's wave of the night before that morning.
                return When(context.day - DAY, night=True)
            # "Across the border, the governor said late on Friday a Ukrainian missile killed a man", after
            # Russia's wave: the other side's strike, dated by its own statement, not by that wave.
            return When(None)
        earlier = came_after(text)
        if earlier is not None and earlier[1]:
            # "The strike came a day after Russia fired 90 missiles": days back from the strike's day.
            return When(context.day - earlier[1] * DAY, strong=True)
        if earlier is not None and r.night_cue_re.search(text, earlier[0]):
            return When(context.day - DAY, night=True, strong=True)  # "That came after an overnight attack"
        if r.previous_night_re.search(text):
            return When(context.day - DAY, night=True, strong=True)
        if context.night and r.next_night_re.search(text):
            return When(context.day + DAY, night=True, strong=True)
        if _part_of_day(text, r.next_day_re):
            return When(context.day + DAY, context.night, strong=True)  # "A day later, it sent 70 drones"
        after = _part_of_day(text, r.morning_after_re)
        if context.night and after:
            return When(context.day + DAY, strong=True)
        if after or r.same_night_re.search(text):
            return When(context.day, context.night)  # "the same morning" after a day's attack is that day
        if context.night and r.hours_later_re.match(text):
            # "Hours later, Russia fired six ballistic missiles at Kyiv", after a night wave: the morning after it.
            return When(context.day + DAY, strong=True)
        if not context.night and r.hours_earlier_re.match(text):
            # "Hours earlier, the air force said ...", told after a morning's attack: the night before it.
            return When(context.day - DAY, night=True)
        if not context.night and r.night_cue_re.search(text):
            # "Shaheds had flown at the city during the night", of Friday's attack: Thursday night.
            return When(context.day - DAY, night=True)
        own = self._weapon(weapon, attacker)
        # A toll update's day is only a placeholder once the attack's own day has been told.
        settled = own is not None and own.provisional and not context.provisional
        if own is not None and own.day is not None and not settled and abs(own.day - context.day) <= DAY:
            return When(own.day, own.night, provisional=own.provisional)
        return When(context.day, context.night, provisional=context.provisional)

    def _weapon(self, weapon: str, attacker: str | None = None) -> When | None:
        noted = self.by_weapon.get(weapon)
        if noted is None or not (noted.claimed or noted.index >= self.context_index):
            return None
        if attacker is not None and noted.attacker is not None and attacker != noted.attacker:
            # "Moscow said ... In Ukraine, the air force said 62 of the 145 Russian drones": that side's own wave.
            side = self.by_side.get((weapon, attacker))
            # "..., while Russia sent 145 drones overnight": a side's wave dated in words, claimed or not.
            told = side is not None and (side.claimed or (side.when.strong and side.when.written))
            return side.when if side is not None and told else None
        return noted.when
