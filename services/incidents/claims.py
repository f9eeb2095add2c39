"""Air-attack claims read from an enriched article: who says what was launched, downed and lost.

``extract_incidents(enriched)`` is a pure function of the extractor's output. The vocabulary
lives in ``data/claim_rules.json`` (compiled by ``vocabulary.py``); the sentence-level reading
is in ``mentions.py`` (weapons, numbers, which count a number is), ``speakers.py`` (who says
it), ``timing.py`` (date phrases and the article's timeline), ``clauses.py`` (which date goes
with which weapon), ``attackers.py``, ``casualties.py`` and ``voices.py`` (other sources on the
attack talked about); this module puts the pieces of an article together. Conventions:

* **One incident per claim**: a claimant (who says it), an attacker and a weapon kind (drone,
  missile, glide_bomb, artillery, other) for one night or one cumulative period. "Russia
  launched 83 drones and 7 missiles" is two incidents. Two sides' claims about the same night
  stay two incidents, and a mayor's or regional command's count of part of a wave is its own
  claim with its own claimant.
* **Counts** (launched, destroyed, lost) are numbers written in the text, never sums or
  guesses. "61 of 83" is destroyed 61 of launched 83; "all nine ... shot down" is launched and
  destroyed 9; "48 out of 67", "27 drones out of 43 launched" and "Of the 143 drones, 115 were
  ..." give the total too; "none of the seven", "not a single one", "no drones were shot down", "failed to intercept
  any of the four" and "none of the five could be stopped" (a modal of ability states a fact) are
  a count of 0; "the rest were jammed" is launched less destroyed,
  only when the same claim gives both ("the remaining 15" counts 15 as written); "five of the
  missiles had been fired" and "two of them struck" (weapons named but not counted) are a launched
  count, but not once the claim has a count ("two drones brought down ... One of them crashed"); "two
  dozen" is 24, "half a dozen" 6; a floor counts ("at least 20" is 20, its words kept in ``approximate``). A
  vague number ("dozens", "more than 100", "about 150", "between 20 and 30") gives a null count and keeps its
  words in ``approximate``, as does one number for two weapons ("741 drones and
  missiles"). Two numbers for one count split by type ("14 cruise missiles and two ballistic
  missiles had been aimed at the capital") are not added up: the count is null, the words are
  kept and the record is flagged ``count_split_by_type``; parts set off by "including" or by
  dashes ("41 of the missiles - 34 Kh-101s and seven Kalibrs -") or told as "N of them" ("41
  missiles, 34 of them Kh-101 cruise missiles") break a count down and do not split it; a count
  set off by ", part of" or ", among" after another is the whole the first is a part of
  ("destroyed 34 drones over Moscow, part of 70 drones brought down" is 70). An attack that
  "included" or "comprised" weapons launched them ("the previous one included 127 missiles").
  A total over several kinds ("537 air attack assets") is no weapon's count, and "475
  of them" after it is not given to the last weapon named. Sea drones are not an air attack.
* **A statement spread over sentences is one incident**: "Russia launched 83 drones ... 61
  were shot down ... another 22 were lost". A later sentence joins the latest claim for the
  same weapon (within three sentences) when it refers back ("38 of them", "of the drones",
  "another 25") or names no other claimant, no other night and no other attacker; it fills
  only the counts still empty, because a second number for a filled count is a breakdown (per
  region, per model) and is not used (a larger number given afresh is no part of the smaller one:
  it starts a claim of its own), except that a number replaces vague words ("dozens of
  missiles", then "40 missiles") and a larger launched count replaces a count of hits ("Two
  drones slammed into towers", then "an attack involving three drones"). Parts listed after a
  colon or a dash ("launched 151 aerial weapons: 63 drones and 88 missiles") take the role of
  the total they break down. A claim first made by "officials" (or by no one) takes the
  name of the body that then speaks for it ("the air force said 88 of them ..."). A source's
  own earlier claim wins over a later one by another voice ("the air force said 110 of the
  drones ..." after a mayor's count).
* **A wave broken down by model** (missiles: ``model_part_weapons`` in claim_rules.json) is the wave's claim
  with its total plus one claim per model with that model's own counts, same source, attacker and night:
  "destroyed all 18 missiles, including six Kinzhals" is 18/18 and Kinzhal 6/6; "shot down all six Kinzhal
  missiles and six Kalibr missiles" (no total) is Kinzhal 6/6 and Kalibr 6/6 and no wave record; a later
  sentence's model counts ("All nine of the Kalibrs were brought down, as were the six Kinzhals", "The
  missiles included two Tsirkon missiles") go to that model's claim; a source's count of another model for
  the same night ("a single S-400 missile", then "five Iskander-M missiles") is a claim of its own. One number
  for two models ("50 Kh-101 and Kalibr cruise missiles"), a count written only as "both", and a drone
  wave's models ("six of them Shaheds") give no model claim. Reconnaissance drones told beside attack drones
  are not counted with them; told alone they are the drones counted.
* **Umbrella counts**: Ukraine's air force reports "neutralised" (or "shot down or
  suppressed") as shot down plus lost to electronic warfare; it is the destroyed count unless
  the same statement splits it into shot down and lost that add up to it.
* **Two waves of one day** from one source ("six missiles on Sunday morning", then "16 missiles
  overnight" into Monday) are two claims: a count already given, given again for the other half
  of the claim's own day, is another wave, and the two get a ``wave`` marker in their identity.
* **Dates: an overnight wave is dated to the night it BEGAN.** "overnight into Sunday", "in
  the early (small) hours of Sunday" and "before dawn on Sunday" are Saturday; "the Friday
  attack" after a wave told as overnight into Friday is that night (Thursday); "on Sunday
  night", "on Sunday evening" and "late on Sunday" are Sunday; "early on Sunday" is Sunday; "on
  the night of 9-10 February" is the 9th. A bare "overnight" is the night before the day the
  statement was made when the sentence gives that day ("the ministry said on Sunday ...
  overnight", "On Sunday, the ministry said ... overnight" are Saturday), else the night before
  the article's date (its dateline date, else its publication date). A day the sentence gives
  for the attack itself ("killed when bombs hit the store on Saturday") wins over the day of
  the statement ("..., the governor said on Sunday"). A statement dated only by its own day is
  about the attack under discussion when made on that day or the next, else about that day,
  and takes the day its attack is then given ("..., the air force said on Friday. The drones
  began crossing the border overnight into Friday"). With two weapons, each date goes to the
  weapon whose clause it is in ("drones on Tuesday evening and missiles early on Wednesday"),
  and a later claim about a weapon takes that weapon's date (not the date of
  the other side's wave of the same weapon). A sentence with no date of its
  own takes the date of the attack the article is talking about ("the same night", "in that
  attack", the last dated claim, or a night an air raid alert dated); "the night before that"
  is the day before it, "the previous evening" the evening before it, "the following night"
  the night after it, "the previous day" the day before the statement, "later in the morning"
  after an overnight wave the next day, and
  "during the night" of a day's attack the night before, and "Hours earlier, ..." after a day's
  attack the night before it. A sentence with no claim that names only the morning a night wave ran into
  ("Today ...") does not move the thread off that night, nor does a look back ("Earlier, the ministry
  had reported ... overnight"). A sentence that dates the attack only
  by week or month ("last week") gets no date. An evening hour before a day ("between 10:00 pm
  on Tuesday and ...") makes it that day's night. Another voice in the sentence of a dated wave
  ("..., while Moscow said ...") takes the wave's date,
  not its statement's day. A toll update ("the death toll has risen to 40, officials
  said on Monday") told before any attack takes the day the article then gives that weapon's
  attack, up to three days earlier; so does one whose own day is the day bodies were found ("...
  on Wednesday, raising the death toll to four"), until a later sentence gives the attack's day
  ("in Tuesday's strikes"); a toll update with no weapon of its own whose day follows the attack
  day already told ("... on Saturday evening. The number of dead rose to seven on Sunday") keeps
  the attack's day. Clock hours spanning a night ("between 11:30 p.m. and 4:30 a.m.") and an hour
  after midnight ("from about 1 a.m.") are a night cue like "overnight"; an hour after midnight
  before a day ("at 2 a.m. on Sunday"), "the overnight attack on Sunday", "Sunday's pre-dawn
  strikes", "the Saturday-to-Sunday night" and "until Sunday morning" are Saturday's night.
  "yesterday", "the day before", "last night", "this morning" and "in the evening" are read
  against the statement's own day when the sentence gives it ("'Yesterday Russia fired 14
  missiles,' Zelenskyy said on Sunday" is Saturday), and so are a night cue timex does not date
  ("said on Saturday ... during the night", "... the previous night") and "the night before
  last"; "tonight" in a claim is the night just gone. "said in the evening" and "wrote on Telegram
  on Sunday morning" date the statement, not the attack. After a night wave, "hours later",
  "later in the day" and "in the morning" are the next day's attack, and "a day later" the next
  day's wave (not when they only date a statement: "Later in the day, the governor said ...").
  A side counting what it downed ("the ministry said air defences destroyed 70 drones") speaks
  of the other side's wave, whatever the other side was said to do in between. "Earlier, the
  ministry had reported 12 downed overnight" is its own count of its own night, and the counts
  of an attack told in passing ("The strike came a day after air defences shot down all 31
  missiles ... early on Thursday") are that attack's claim, not the one under discussion. With
  nothing at all to go on, the night before the article's date. Cumulative totals have no date.
* **Cumulative totals** ("this week Russia launched more than 1,000 drones", "in July Russia
  launched 6,297 drones", "across the three nights", "since the start of the year", "killed in
  the war") are flagged ``cumulative`` and never joined with, or counted as, one night's attack.
  A record compared with a period ("the most in a single night since the invasion began") is
  not a total, nor is an attack numbered in one ("its seventh large-scale attack since October",
  "the first big missile attack on Kyiv in six weeks").
* **Not attacks**: weapons sent, supplied or pledged to a country, interceptor, anti-aircraft
  or air-defence weapons, weapon words used as adjectives ("drone forces", "missile alert",
  "one of the largest drone attacks"), numbers under "may", "could", "would" and numbers with
  no launch, downing or loss verb ("the previous record, 193 drones, ...").
* **Attacker** (``attackers.py``): what the sentence writes (the country on the weapon, the
  country that launched or whose attack it was, "an attack by the Kyiv regime", the claimant's
  own forces, a model only one side fires such as Kh-22 or Storm Shadow, the claimant's side
  when the side hit is the other one), then, flagged ``attacker_inferred``, the same side's
  latest claim about the weapon (any claim about it when the sentence has no source), the
  claimant's other side, or the attacker of the same source's claim just made. A record with
  neither a named source nor an attacker is dropped.
* **Claims with no number** are kept when a named source reports an impact ("a Russian drone
  hit a bus ..., killing nine, said Serhiy Lysak"), and when a named source with no weapon of
  its own reports deaths or injuries, or speaks of the attack under discussion ("Putin
  confirmed the strike"): see ``voices.py``. A toll told with no weapon of its own, after an
  attack with missiles in it ("Russian missile and drone strikes", "the drone and missile attack
  ... rose to 28, Klymenko said", "122 missiles and 36 drones ..., killing 30"), is the missiles'
  claim alone, as the corpora's gold gives it, unless the attack talked about is a hit told with
  its weapon and no source ("In the Kyiv region, drones set the station on fire"): then it is
  that weapon's. A person or body of a country at war with neither ("Tusk said three drones had
  been shot down") speaks of the attacker of the attack talked about. An unnamed source of a known side ("Ukrainian
  authorities said") reporting an attack is that side's claim. A sentence whose subject is the
  attack under discussion and that says it "followed" or "came after" another attack tells that
  other attack in passing: the next voices are still about the first.
* **Flags**, kept and never fixed: ``destroyed_plus_lost_exceeds_launched``; ``disputed``
  (the claim is denied, dismissed, called false or inflated, in its sentence or the next; "denied
  targeting civilians" or "denied launching drones at civilians" disputes no count);
  ``unverified`` ("could not be independently verified", "gave no evidence");
  ``attacker_inferred``; ``count_split_by_type``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from itertools import pairwise
from typing import Any, Final

from services.incidents.attackers import attacker_of, downed_side, stated_attacker
from services.incidents.casualties import harm, harm_position
from services.incidents.clauses import clause_dates, listed_with, spans_for
from services.incidents.groups import (
    assign_harm,
    body_of,
    groups_of,
    merge_counts,
    model_parts,
    regroup,
    same_numbers,
    same_voice,
    sides_of,
)
from services.incidents.mentions import Mention, find_mentions
from services.incidents.record import PLACE_LABELS, WINDOW, Claim, Group, Sentence
from services.incidents.speakers import Attribution, Memory, Speaker, attributions, remember
from services.incidents.timing import (
    DAY,
    DateKind,
    Timeline,
    When,
    carries_period,
    cumulative,
    date_kind,
    dateline_end,
    of_a_kind,
    resolve,
    toll_update,
)
from services.incidents.vocabulary import ROLES, Role, alternation, model_kind, normal, opposites, parse_number, rules
from services.incidents.voices import (
    ANOTHER_ATTACK,
    Topic,
    own_report,
    reference,
    reports_harm,
    said_by,
    speaks_for,
    voiced,
)
from shared.models import EnrichedArticle, Entity, Evidence, Incident, Message, incident_id_for
from shared.timex import DateSpan, find_dates

__all__ = ["extract_incidents", "incidents_batch", "parse_number", "rules"]

UNATTRIBUTED: Final = "unattributed"
# How much a speaker says about who it is: "officials" < "the air force" < "Ukraine's Air Force".
_RANK: Final = {"unnamed": 0, "nominal": 1, "entity": 2}
# How long after an attack a toll update may still be about it.
_TOLL_LAG: Final = timedelta(days=3)
# A week or a month that ended this long before the article's date is no news of the day.
_LONG_AGO: Final = timedelta(days=31)

_DAMAGE = re.compile(
    r"damag(?:e|ed|ing)\s+(?:to\s+)?(?:a|an|the|several)?\s*([\w -]{3,60}?)(?=\s+in\s|\s+on\s|,|\.|$)", re.IGNORECASE
)
_OF_THEM = re.compile(
    r"\b(?:one|two|three|some|parts?|debris|fragments|wreckage)\s+(?:from\s+)?of\s+them\b|\bfrom\s+one\s+of\s+them\b",
    re.IGNORECASE,
)


@cache
def _casualty_start() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:[\w'’-]+\s+)?(?:{rules().casualty})(?![\w-])", re.IGNORECASE)


_INDEFINITE_ATTACK = re.compile(r"\b(?:attacks|strikes|an\s+attack|a\s+strike)\s+(?:on|by|against)\b", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# Reading an article


# Between a count and the mixed-weapons noun it counts: "92 of the 151 aerial weapons".
_MIXED_GAP = re.compile(r"\s*(?:[\w-]+\s+){0,2}$")


@dataclass
class _Reader:
    enriched: EnrichedArticle
    timeline: Timeline
    claims: list[Claim] = field(default_factory=list)
    memory: Memory = field(default_factory=Memory)
    last_weapon: str | None = None
    topic: Topic | None = None
    #: Days a sentence with no weapon gave the attack ("in Tuesday's strikes"), for a toll update's claim.
    attack_days: list[tuple[int, When]] = field(default_factory=list)
    #: The sentence that last reported another night's attack with no weapon of its own.
    other_night: int = -1
    #: Attacks long gone told for comparison, with no day of their own: no later sentence goes on with them.
    comparisons: list[Claim] = field(default_factory=list)
    #: The role of a count over several weapons in the sentence just read ("stopped 92 of the 151
    #: aerial weapons"): the role its breakdown into weapons takes ("that was 55 of the drones").
    mixed_role: Role | None = None
    #: A wave's parts by model ("among them six Kinzhal missiles"), each (wave, part): see ``_merge_parts``.
    parts: list[tuple[Claim, Claim]] = field(default_factory=list)

    def read(self) -> list[Claim]:
        by_sentence = _entities_by_sentence(self.enriched)
        for index, span in enumerate(self.enriched.sentences):
            self._read_sentence(self._sentence(index, span.start, span.end, by_sentence[index]))
        self._settle_provisional()
        return self.claims

    def _settle_provisional(self) -> None:
        """A toll update's claim takes the day the article goes on to give that weapon's attack.

        "The number killed ... has risen to 40, officials said on Monday" and later "five of the
        missiles had been fired on Saturday": the attack was Saturday's. Up to three days before the
        statement; with none, the statement's day stays.
        """
        for claim in self.claims:
            if not claim.provisional or claim.occurred_on is None:
                continue
            stated = claim.occurred_on
            told = [
                (c.first, When(c.occurred_on, c.night))
                for c in self.claims
                if c.weapon == claim.weapon and not c.cumulative and _settled_day(c)
            ]
            # A day given to the attack in a sentence with no weapon ("in Tuesday's strikes") counts too.
            told = sorted([*told, *self.attack_days], key=lambda pair: pair[0])
            later = next(
                (
                    when
                    for first, when in told
                    if first > claim.first and when.day is not None and DAY <= stated - when.day <= _TOLL_LAG
                ),
                None,
            )
            if later is not None:
                claim.occurred_on, claim.night = later.day, later.night

    def _sentence(self, index: int, start: int, end: int, own: list[Entity]) -> Sentence:
        text = self.enriched.article.text[start:end]
        entities = [e.model_copy(update={"start": e.start - start, "end": e.end - start}) for e in own]
        found = attributions(text, entities, self.memory)
        after_dateline = dateline_end(self.enriched) - start
        anchor = self.timeline.anchor
        spans = [d for d in find_dates(text, anchor) if d.char_start >= after_dateline]
        days = [(d, date_kind(text, d)) for d in spans if d.start and d.granularity == "day"]
        rough = [d.end for d in spans if d.granularity != "day" and d.end and d.end < anchor]
        old = any(end < anchor - _LONG_AGO for end in rough)
        period = cumulative(text)
        if not period and not days and carries_period(text):
            # "... 311 drones over the past week. A further 136 were jammed": still the week's total.
            period = any(c.cumulative and c.last == index - 1 for c in self.claims)
        return Sentence(index, start, end, text, entities, found, days, period, rough_date=bool(rough), long_ago=old)

    def _read_sentence(self, s: Sentence) -> None:
        mentions = find_mentions(s.text, s.entities, parts_role=self.mixed_role)
        mixed = [m.start() for m in rules().mixed_re.finditer(s.text)]
        self._name_bare_weapons(mentions, mixed, s.text)
        self.mixed_role = next(
            (r for m in mentions if not m.weapon for r in ROLES if r != "launched" and m.counts.get(r) is not None),
            None,
        )
        s.mentions = [m for m in mentions if m.weapon]
        if s.mentions:
            self._read_claims(s)
            self.last_weapon = s.mentions[-1].weapon
        else:
            self._read_without_weapons(s)
        if mixed:
            self.last_weapon = None  # "Air defences shot down 475 of them": of the total, not of one weapon
        remember(self.memory, s.entities, s.found)

    def _name_bare_weapons(self, mentions: list[Mention], mixed: list[int], text: str) -> None:
        """ "Another 119 were lost": the weapon is the one the sentence or the last one named.

        After a total over several weapons ("537 air attack assets, 475 of which ...") none is, nor
        is a count of that total ("stopped 92 of the 151 aerial weapons").
        """
        for i, m in enumerate(mentions):
            if m.kind != "bare":
                continue
            earlier = [x for x in mentions[:i] if x.weapon]
            if any(at < m.start and (not earlier or at > earlier[-1].start) for at in mixed):
                m.weapon = ""
                continue
            if any(at >= m.end and _MIXED_GAP.match(text, m.end, at) for at in mixed):
                m.weapon = ""
                continue
            m.weapon = earlier[-1].weapon if earlier else (self.last_weapon or "")

    # -- claims in a sentence with weapons ------------------------------------------------------

    def _read_claims(self, s: Sentence) -> None:
        groups = s.groups = groups_of(s, s.mentions)
        placed: list[tuple[Group, Claim]] = []
        for group in groups:
            claim = self._place(s, group, groups)
            if claim is not None:
                placed.append((group, claim))
        for group in groups:
            if all(g is not group for g, _ in placed) and _listed_with_counts(s, group, [g for g, _ in placed]):
                if s.cumulative:
                    # "more than 500 missiles and drones since Friday": a period's one number for two
                    # weapons is neither's total, and a period total without its own number says nothing.
                    placed = self._drop_shared_totals(s, placed)
                    continue
                # "512 drones and missiles", "101 drones and a Kh-22 missile": both weapons are claimed.
                placed.append((group, self._new(s, group, self._when(s, group, groups))))
        if s.cumulative and harm(s.text) == (None, None):
            kinds = [c for g, c in placed if c.first == s.index and all(of_a_kind(m.text) for m in g.mentions)]
            placed = self._drop(placed, [c for c in kinds if all(v is None for v in c.counts.values())])
        placed.sort(key=lambda pair: pair[0].start)
        _share_voice(s, placed)
        self._downed_after_claim(s, placed)
        placed = self._toll_of_missiles(s, placed)
        assign_harm(s, placed)
        if s.long_ago and not placed:
            return  # an attack long gone, told for comparison: the article is still on its own attack
        if placed and all(any(c is x for x in self.comparisons) for _, c in placed):
            return
        dated = [c for _, c in placed if not c.cumulative and c.occurred_on is not None]
        if dated and all(self._long_gone(c) for c in dated):
            # "The largest salvo of the year had been 81 missiles on March 9": a record told for
            # comparison, months before the article, is no attack the sentences that follow speak of.
            return
        if not s.cumulative:
            self._note_dates(s, groups, [claim for _, claim in placed])
            self._note_topic(s, groups, [claim for _, claim in placed])

    def _downed_after_claim(self, s: Sentence, placed: list[tuple[Group, Claim]]) -> None:
        """ "Russia fired 83 missiles, the military said, and 43 were shot down. Air defence units also
        destroyed 13 drones.": a downing count with no source right after a sourced count of the same
        attack is that source's, of the same attacker, as a downing count in the claim's own sentence is."""
        before = [
            c
            for c in self.claims
            if c.last == s.index - 1 and c.claimant is not None and c.attacker is not None and not c.cumulative
        ]
        if not before or s.cumulative:
            return
        for group, claim in placed:
            if claim.first != s.index or claim.claimant is not None or claim.attacker is not None:
                continue
            if group.speaker is not None or not any(claim.counts.get(r) is not None for r in ("destroyed", "lost")):
                continue
            same = [c for c in before if (c.occurred_on, c.night) == (claim.occurred_on, claim.night)]
            if same:
                claim.claimant, claim.attacker, claim.attacker_inferred = same[-1].claimant, same[-1].attacker, True

    def _drop_shared_totals(self, s: Sentence, placed: list[tuple[Group, Claim]]) -> list[tuple[Group, Claim]]:
        """The sentence's new period totals with no number of their own, dropped."""
        if harm(s.text) != (None, None):
            return placed  # the period's toll is a claim of its own
        drop = [
            c for _, c in placed if c.first == s.index and c.cumulative and all(v is None for v in c.counts.values())
        ]
        return self._drop(placed, drop)

    def _drop(self, placed: list[tuple[Group, Claim]], drop: list[Claim]) -> list[tuple[Group, Claim]]:
        if not drop:
            return placed
        self.claims = [c for c in self.claims if all(c is not d for d in drop)]
        return [(g, c) for g, c in placed if all(c is not d for d in drop)]

    def _toll_of_missiles(self, s: Sentence, placed: list[tuple[Group, Claim]]) -> list[tuple[Group, Claim]]:
        """ "The death toll from Russia's drone and missile attack rose to 28, Klymenko said": a
        toll told of drones and missiles together, by a source counting neither, is the missiles'
        claim alone (as a toll told with no weapon is: see ``voiced``)."""
        new = [(g, c) for g, c in placed if c.first == s.index and not g.counted and c.claimant is not None]
        # "a Russian drone attack killed one, ..., after a missile strike the day before": with the drones named as
        # the toll's subject, missiles named only after the toll are another attack's.
        harm_at = harm_position(s.text)
        drones_first = any(c.weapon == "drone" and g.start < harm_at for g, c in new)
        missiles = {
            c.claimant.name
            for g, c in new
            if c.weapon == "missile" and c.claimant is not None and (g.start < harm_at or not drones_first)
        }
        drop = [c for _, c in new if c.weapon == "drone" and c.claimant is not None and c.claimant.name in missiles]
        if not drop or harm(s.text) == (None, None):
            return placed
        self.claims = [c for c in self.claims if all(c is not d for d in drop)]
        return [(g, c) for g, c in placed if all(c is not d for d in drop)]

    def _place(self, s: Sentence, group: Group, groups: list[Group]) -> Claim | None:
        if group.speaker is None and not group.counted:
            group.speaker = _toll_speaker(s, group)
        when = self._when(s, group, groups)
        target = self._target(s, group, when)
        if target is not None:
            self._merge(target, s, group, when)
            return target
        if when.vague and s.long_ago and not s.cumulative:
            # "The previous record had been set in November 2022, when Russia fired around 96
            # missiles": an attack dated only by a month or year long gone is told for comparison.
            # With an exact count and a side that says or fires it ("..., when Russia fired 96
            # missiles") it is still a claim, of no night, which nothing after it goes on with;
            # "surpassing a wave of 120 missiles fired in March 2022" names neither.
            if not group.counted or all(v is None for v in group.counts.values()):
                return None
            claim = self._new(s, group, when)
            if claim.claimant is None and (claim.attacker is None or claim.attacker_inferred):
                self.claims = [c for c in self.claims if c is not claim]
                return None
            self.comparisons.append(claim)
            return claim
        if group.counted and (group.counts or group.approximate):
            return self._new(s, group, when)
        if self._countless_claim(s, group):
            return self._new(s, group, when)
        return None

    def _target(self, s: Sentence, group: Group, when: When) -> Claim | None:
        """The claim this sentence continues, if any (see the module docstring).

        The source's own claim comes first: in "the air force said 110 of the drones were shot
        down" after a mayor's count, "of the drones" points back past the mayor to the air force.
        """
        candidates = self._continued(s, group, when)
        if candidates and candidates[0].claimant is None:
            # "That came after a wave ..., when Russia fired 67 missiles. Air defences downed 34 of the
            # missiles, according to the air force": the latest claim, told by no one, is the one the
            # source goes on with, not its own claim about another night.
            return candidates[0]
        own = [c for c in candidates if group.speaker is not None and c.claimant == group.speaker]
        best = own or candidates
        return best[0] if best else None

    def _continued(self, s: Sentence, group: Group, when: When) -> list[Claim]:
        """The claims, latest first, this sentence's group may continue."""
        out: list[Claim] = []
        for claim in reversed(self.claims):
            if claim.last < s.index - WINDOW or (claim.first == s.index and claim.claimant != group.speaker):
                continue
            if claim.weapon != group.weapon or claim.cumulative != s.cumulative:
                continue
            if (when.strong and not _may_be_dated(claim, when)) or (when.vague and claim.occurred_on is not None):
                continue  # another night, or "last week" after a dated night
            if when.strong and claim.occurred_on != when.day and rules().look_back_re.match(s.text):
                continue  # "Earlier, the ministry had reported 23 downed overnight": an earlier wave's own count
            if any(claim is c for c in self.comparisons):
                continue
            if self._long_gone(claim) and when.day != claim.occurred_on:
                continue  # a record told for comparison: not what a later sentence goes on with
            if when.strong and rules().passing_attack_re.search(s.text):
                continue  # "The strike came a day after ... all 31 missiles ...": the counts are the other attack's
            if _other_wave(claim, group, when):
                continue  # "six missiles on Sunday morning", then "16 missiles overnight": that night's wave
            if own_report(s, group, claim) or _other_attacker(stated_attacker(s, group), claim):
                continue
            if claim.last < self.other_night and claim.occurred_on != when.day:
                continue
            if _other_named(claim, group) and group.anaphoric and rules().regional_share_re.search(s.text):
                continue  # "Governor Fedorov said 12 of them were shot down over the region": his share
            if _other_named(claim, group) and group.counted and not claim.counts:
                continue  # "six of the rockets", said the ministry, after a governor's count-less toll
            if _other_named(claim, group) and _verdict(s, group):
                continue  # "the mayor said the attack was exceptional, with the most missiles ever": his own claim
            if claim.cumulative and _another_period(s, claim, group):
                continue  # "over the winter, 19,000 drones", then "the last week alone brought 1,720 drones"
            if _outgrows(claim, group):
                continue  # "intercepted six Tochka-U missiles", then "destroyed ... 16 missiles overnight"
            if same_voice(claim.claimant, group.speaker, anaphoric=group.anaphoric) or same_numbers(claim, group):
                out.append(claim)
        return out

    def _long_gone(self, claim: Claim) -> bool:
        """Whether the claim's attack came more than a month before the article's date."""
        return claim.occurred_on is not None and claim.occurred_on < self.timeline.anchor - _LONG_AGO

    def _new(self, s: Sentence, group: Group, when: When) -> Claim:
        claim = _claim_in(s, group.speaker, group.weapon, cumulative=s.cumulative)
        if not s.cumulative and not when.vague:
            day = when if when.day is not None else self.timeline.fallback()
            claim.occurred_on, claim.night, claim.dated = day.day, day.night, when.strong
            claim.provisional = when.provisional
        claim.attacker, claim.attacker_inferred = attacker_of(s, group, self.claims)
        if claim.attacker is None:
            claim.attacker, claim.attacker_inferred = self._topic_attacker(s, group)
        self._merge(claim, s, group, when)
        self.claims.append(claim)
        return claim

    def _topic_attacker(self, s: Sentence, group: Group) -> tuple[str | None, bool]:
        """ "... when drones slammed into buildings, regional governor Ruslan Zaparaniuk said": a source
        whose side is not known speaking of a weapon of the attack talked about speaks of its attacker; so
        does one of a country at war with neither ("Tusk told parliament three drones had been shot down")."""
        topic = self._current_topic(s)
        speaker = group.speaker
        if topic is None or speaker is None or group.weapon not in topic.weapons:
            return None, False
        # A third country speaking as a state ("Belarus said some drones had strayed") explains, it does not count.
        if speaker.country in opposites() or (speaker.country is not None and speaker.label == "GPE"):
            return None, False
        return topic.attacker, topic.attacker is not None

    def _merge(self, claim: Claim, s: Sentence, group: Group, when: When) -> None:
        own = self._merge_parts(claim, s, group) if not claim.cumulative else group
        merge_counts(claim, own)
        self._name_claimant(claim, group.speaker)
        explicit = next((m.attacker for m in group.mentions if m.attacker), None)
        if explicit and (claim.attacker is None or claim.attacker_inferred):
            claim.attacker, claim.attacker_inferred = explicit, False
        if not claim.cumulative and when.day is not None and (claim.occurred_on is None or _redates(claim, when)):
            # "..., the air force said on Friday. Drones began crossing the border overnight into Friday."
            claim.occurred_on, claim.night, claim.dated = when.day, when.night, when.strong
        if claim.model is None:
            # The wave's model is none of its parts' ("18 missiles, among them six Kinzhals" is no Kinzhal wave).
            models = {p.model for w, p in self.parts if w is claim}
            claim.model = next((m for m in [_model(own)] if m not in models), None)
        _add_places(claim, _places(s.entities))
        _add_damage(claim, s.text)
        _flag_disputes(claim, s.text)
        claim.start, claim.end = min(claim.start, s.start), max(claim.end, s.end)
        # The other weapons of the same statement are still being talked about.
        for other in self.claims:
            if other.first == claim.first and other.claimant == claim.claimant:
                other.last = max(other.last, s.index)
        claim.last = max(claim.last, s.index)

    def _merge_parts(self, claim: Claim, s: Sentence, group: Group) -> Group:
        """A wave broken down by model: each model's counts go to a claim of that model alongside the
        wave's (see ``model_parts``); what is left of the group is the wave's own."""
        parts = model_parts(group, claim)
        if not parts:
            return group
        taken: list[Mention] = []
        for model, mentions in parts.items():
            part = _part_of(claim, model, self.parts)
            if part is None:
                part = _claim_in(s, claim.claimant, claim.weapon, cumulative=False, model=model)
                self.parts.append((claim, part))
            merge_counts(part, regroup(group, mentions))
            part.start, part.end, part.last = min(part.start, s.start), max(part.end, s.end), s.index
            taken += mentions
        rest = regroup(group, [m for m in group.mentions if all(m is not t for t in taken)])
        if group.split and any(m.counted and not m.subset for m in rest.mentions):
            # "56 cruise missiles, nine Iskander-Ms and four Kh-59s": the count left is a type's, not the wave's.
            return group
        return rest

    def _name_claimant(self, claim: Claim, speaker: Speaker | None) -> None:
        """A claim first put to "officials" (or to no one) takes the name of the body that goes on with it;
        so does one put to a country ("Ukraine said ...") that its own body goes on with."""
        old = claim.claimant
        if speaker is None or (
            old is not None and _RANK[old.kind] >= _RANK[speaker.kind] and not body_of(old, speaker)
        ):
            return
        for other in self.claims:
            if other.first == claim.first and other.claimant == old:
                other.claimant = speaker  # the other weapons of the same statement
        claim.claimant = speaker

    def _countless_claim(self, s: Sentence, group: Group) -> bool:
        """A report with no number is a claim only when a named source reports an impact.

        "Debris from one of the missiles injured 13 people, the governor said" points back at
        missiles already counted, but a new voice reporting harm is a claim of its own.
        """
        r = rules()
        speaker = group.speaker
        # "Ukrainian authorities said" speaks for a side; "officials said" for no one known.
        if speaker is None or (speaker.kind == "unnamed" and speaker.country is None) or s.cumulative:
            return False
        if group.anaphoric and not reports_harm(s) and not _verdict(s, group):
            return False
        # "Sobyanin said drones approaching the capital had been downed": a downing with no number is a report too.
        impact = r.impact_re.search(s.text) or _downing_of(s.text, group) or _verdict(s, group)
        if impact is None or r.hypothetical_re.search(s.text[: impact.start()][-40:]):
            return False
        return (attacker_of(s, group, self.claims)[0] or self._topic_attacker(s, group)[0]) is not None

    # -- sentences without weapons --------------------------------------------------------------

    def _read_without_weapons(self, s: Sentence) -> None:
        """A follow-up ("The attacks damaged a building"), another voice on the same attack, or a date."""
        previous = [c for c in self.claims if c.last == s.index - 1]
        for claim in previous:
            _flag_disputes(claim, s.text, follow_up=True)
        if s.cumulative:
            return
        self._note_event(s)
        self._keep_topic(s)
        # A body described but not named ("the regional military administration said 11 people were
        # wounded") is a voice of its own too, as a named one is.
        voice = next((a for a in s.found if a.speaker.kind != "unnamed"), None)
        if voice is not None:
            # "Tymur Tkachenko, head of the administration, said a man was injured": the same body.
            body = [c for c in self.claims if c.last >= s.index - WINDOW and speaks_for(c.claimant, s, voice)]
            if body:
                self._follow_up(s, body[-1:])
                return
            if self._another_voice(s, voice, previous):
                self._voice_claim(s, voice)
                return
        self._follow_up(s, previous)

    def _keep_topic(self, s: Sentence) -> None:
        """ "Popko described the raid as exceptional ... Falling debris set fire to a building": a
        sentence that points back at the attack talked about keeps it talked about, so that a voice a
        few sentences on ("Three people were hurt, the mayor said") is still about it."""
        topic = self._current_topic(s)
        if topic is None or ANOTHER_ATTACK.search(s.text) or not rules().anaphora_re.search(s.text):
            return
        topic.index = s.index

    def _another_voice(self, s: Sentence, voice: Attribution, previous: list[Claim]) -> bool:
        """ "Andrei Vorobyov, governor of the Moscow region, said one person was killed": a claim of its own.

        Only what the source itself says counts: in "The strikes hit plants run by DTEK, which said
        its equipment was damaged" the strikes are the reporter's words, not DTEK's.
        """
        topic = self._current_topic(s)
        if topic is None or any(c.claimant == voice.speaker for c in previous):
            return False
        said = said_by(s.text, voice)
        if harm(said) != (None, None) or reference(said) is not None:
            return True
        # Right after a claim, "confirmed attacks by drones on airfields" is one too.
        return bool(previous) and _INDEFINITE_ATTACK.search(s.text) is not None

    def _voice_claim(self, s: Sentence, voice: Attribution) -> None:
        """One claim per weapon of the attack the source speaks of (see ``voiced``)."""
        topic = self._referred_topic(s) or self._current_topic(s)
        assert topic is not None
        said = said_by(s.text, voice)
        killed, injured = harm(said)
        own = self._resolve(s.dates)
        own = self._toll_day(s, own) if own is not None else None
        claims = []
        for weapon, attacker, when in voiced(self.claims, s, topic, said):
            group = Group(weapon=weapon, speaker=voice.speaker, mentions=[Mention("countless", weapon, 0, 0)])
            claim = self._new(s, group, own if own is not None and own.strong else when)
            if claim.attacker is None or claim.attacker_inferred:
                claim.attacker, claim.attacker_inferred = attacker or claim.attacker, True
            claim.killed, claim.injured = killed, injured
            claims.append(claim)
        last = claims[-1]
        if last.weapon == "other":
            topic.index = s.index  # a strike with no weapon named does not change what is talked about
            return
        self.topic = Topic(tuple(c.weapon for c in claims), last.attacker, _when_of(last), s.index)

    def _follow_up(self, s: Sentence, previous: list[Claim]) -> None:
        """ "The attacks damaged a building in Kyiv and injured a woman in Sumy" belongs to the claim before."""
        killed, injured = harm(s.text)
        damaged = _DAMAGE.search(s.text) is not None and rules().anaphora_re.search(s.text) is not None
        if killed is None and injured is None and not damaged:
            return
        if ANOTHER_ATTACK.search(s.text):
            return  # "A day earlier, a Russian strike on Marhanets injured four": another attack
        # "The toll later rose to five": a later toll of the same attack replaces the earlier one.
        risen = killed is not None and toll_update(s.text)
        for claim in previous:
            if killed is not None and (claim.killed is None or (risen and killed > claim.killed)):
                claim.killed = killed
            claim.injured = claim.injured if claim.injured is not None else injured
            _add_places(claim, [p for p in _places(s.entities) if p != claim.attacker])
            _add_damage(claim, s.text)
            claim.end = max(claim.end, s.end)  # the evidence shows every number the record holds
            claim.last = s.index
        if previous and self.topic is not None:
            self.topic.index = s.index

    def _referred_topic(self, s: Sentence) -> Topic | None:
        """ "Debris from one of them fell in Taganrog": the weapons the sentence before counted,
        even when that sentence told them in passing ("The strikes came days after ...")."""
        pointer = _OF_THEM.search(s.text)
        # "17 residents, three of them children": the people just counted, not the weapons.
        if pointer is None or _casualty_start().match(s.text, pointer.end()):
            return None
        before = [c for c in self.claims if c.last == s.index - 1 and c.counts and not c.cumulative]
        if not before:
            return None
        last = before[-1]
        return Topic((last.weapon,), last.attacker, _when_of(last), s.index)

    def _current_topic(self, s: Sentence) -> Topic | None:
        topic = self.topic
        return topic if topic is not None and s.index - topic.index <= WINDOW else None

    # -- what the article is talking about ------------------------------------------------------

    def _note_topic(self, s: Sentence, groups: list[Group], placed: list[Claim]) -> None:
        if self.topic is not None and rules().look_back_re.match(s.text):
            self.topic.index = s.index  # a look back at an earlier wave: still on the same thread
            return
        if self.topic is not None and rules().passing_attack_re.search(s.text):
            # "The barrage followed an overnight assault by drones": still talking about the barrage.
            self.topic.index = s.index
            return
        dated = [c for c in placed if not c.cumulative]
        if dated:
            # "Twenty-one were shot down, together with two attack drones", "all nine drones sent in
            # with the missiles": a weapon of the same attack newly told beside the claim the article
            # goes on with is a side note; a toll or a quote that follows speaks of the main thread.
            last = next((c for c in dated if c.first < s.index and _same_attack(c, dated[-1])), dated[-1])
            self.topic = Topic((last.weapon,), last.attacker, _when_of(last), s.index)
            return
        if self.topic is not None and any(g.weapon in self.topic.weapons for g in groups):
            self.topic.index = s.index  # still talking about the same weapons
        if rules().impact_re.search(s.text) is None:
            return
        # "In Ramenskoye, drones hit two apartment blocks": an attack told without a source.
        group = groups[-1]
        attacker, _ = attacker_of(s, group, self.claims)
        if attacker is None and self.topic is not None and group.weapon in self.topic.weapons:
            attacker = self.topic.attacker
        listed = listed_with(s.text, s.mentions, len(s.text))
        weapons = tuple(dict.fromkeys(m.weapon for m in sorted(listed, key=lambda m: m.start)))
        self.topic = Topic(weapons, attacker, self._when(s, group, groups), s.index, local=True)

    def _note_dates(self, s: Sentence, groups: list[Group], placed: list[Claim]) -> None:
        if rules().look_back_re.match(s.text) and self.timeline.context is not None:
            return  # the article goes back to the attack it was talking about
        told = any(c.occurred_on is not None and not c.cumulative for c in placed)
        sides = [part for g in groups for part in sides_of(s, g)]
        for group in sides:
            own = resolve(clause_dates(s, group, sides))
            if own is not None and own.strong and (told or not self.timeline.runs_into(own)):
                self.timeline.note(s.index, group.weapon, own, claimed=False, attacker=stated_attacker(s, group))
        for claim in placed:
            if claim.occurred_on is not None and not claim.cumulative:
                self.timeline.note(s.index, claim.weapon, _when_of(claim), claimed=True, attacker=claim.attacker)
        dated = [c for c in placed if c.occurred_on is not None and not c.cumulative]
        if dated:
            last = dated[-1]
            self.timeline.talk_about(s.index, _when_of(last))
            return
        own = resolve([d for g in groups for d in clause_dates(s, g, groups)])
        if own is not None:
            own = self._toll_day(s, own)
            if not own.strong and self.timeline.context is None and toll_update(s.text):
                own = replace(own, provisional=True)  # a toll update's day, not yet the attack's
            if self.timeline.runs_into(own):
                return
            self.timeline.talk_about(s.index, own)

    def _note_event(self, s: Sentence) -> None:
        """A sentence with no weapon that still dates the attack talked about.

        "Air raid sirens sounded across the country overnight into Thursday" dates the night; "a
        transport plane crashed ... on Wednesday" dates the day when nothing has been dated yet.
        """
        r = rules()
        own = resolve(s.dates)
        if own is None or not own.written:
            return
        context = self.timeline.context
        another = own.night and context is not None and _another_night(own, context, s.text)
        if another and r.attack_noun_re.search(s.text):
            # "The ministry reported a larger attack on Crimea overnight": another night's attack,
            # which the counts that follow are about, whatever day each weapon was given before.
            self.timeline.talk_about(s.index, own)
            self.timeline.by_weapon.clear()
            self.timeline.by_side.clear()
            self.other_night = s.index
        elif (own.night and r.alert_re.search(s.text)) or (context is None and _downing(s.text)):
            self.timeline.talk_about(s.index, own)
        elif self._settles(own, s.text):
            # "... raising the toll to four. Thirty-four were wounded in Tuesday afternoon's strikes."
            self.timeline.talk_about(s.index, own)
            self.attack_days.append((s.index, own))

    def _settles(self, own: When, text: str) -> bool:
        """Whether a day given to an attack is the one a toll update's provisional day waits for."""
        context = self.timeline.context
        if context is None or not context.provisional or context.day is None or own.day is None:
            return False
        if not own.strong or rules().attack_noun_re.search(text) is None:
            return False
        return DAY <= context.day - own.day <= _TOLL_LAG

    # -- when -----------------------------------------------------------------------------------

    def _resolve(self, spans: list[tuple[DateSpan, DateKind]], text: str = "") -> When | None:
        own = resolve(spans)
        r = rules()
        back = _nights_ago(text)
        if back and (own is None or not own.strong):
            base = own.day if own is not None and own.day is not None else self.timeline.anchor
            return When(base - back * DAY, night=True, strong=True, written=True)  # "the night before last"
        night = r.night_cue_re.search(text) or r.previous_night_re.search(text)
        if own is not None and not own.strong and own.day is not None and night:
            # "The air force said on Saturday that Russia had launched 64 drones during the night", "Moscow
            # said on Wednesday its forces had struck ... the previous night": the night before the statement.
            return When(own.day - DAY, night=True, strong=True, written=True)
        return self.timeline.named(own) if own is not None else None

    def _day_before(self, spans: list[tuple[DateSpan, DateKind]]) -> When:
        """ "the previous day", "a day earlier": before the day of the statement, or of the attack talked about."""
        report = next((span.start for span, kind in spans if kind == "report" and span.start), None)
        context = self.timeline.context
        base = report or (context.day if context is not None else None) or self.timeline.anchor
        return When(base - DAY, strong=True)

    def _toll_day(self, s: Sentence, own: When) -> When:
        """ "Rescuers pulled a body from the ruins on Wednesday, raising the death toll to four": with
        no attack talked about yet, the day of a toll update is the day of the search, not of the
        attack, which the article gives later ("Tuesday's strikes")."""
        if not own.strong or own.night or own.attack_day or own.day is None or not toll_update(s.text):
            return own
        context = self.timeline.context
        if context is None:
            return When(own.day, provisional=True)
        told = context.day is not None and not context.provisional and DAY <= own.day - context.day <= _TOLL_LAG
        if told and not s.mentions:
            # "Glide bombs hit the city on Saturday evening. The number of dead rose to seven on Sunday":
            # the attack's own day, told before the update, stays (a weapon in the sentence may be a new attack's).
            return When(context.day, context.night)
        return own

    def _wave(self, s: Sentence, groups: list[Group]) -> When | None:
        """The night or day the sentence itself gives an attack, for a voice in it that gives none."""
        for group in groups:
            own = self._resolve(spans_for(s, group, groups))
            if own is not None and own.strong:
                return own
        return None

    def _when(self, s: Sentence, group: Group, groups: list[Group]) -> When:
        if s.cumulative:
            return When(None)
        if group.earlier:
            # "90 drones overnight; on the previous night it launched 120": the night before the other wave's.
            voice = (group.weapon, group.speaker)
            later = next((g for g in groups if not g.earlier and (g.weapon, g.speaker) == voice), None)
            then = self._when(s, later, groups) if later is not None else None
            if then is not None and then.day is not None:
                return When(then.day - DAY, night=True, strong=True, written=True)
        elif any(g.earlier for g in groups):
            # The cue of the night before is the other wave's: this group's date is found without it.
            s = replace(s, text=rules().previous_night_re.sub(lambda c: " " * len(c.group()), s.text))
        sides = sides_of(s, group)
        if len(sides) > 1:
            # Both sides' waves in one unsourced group: the claim is the first side's, so is its date.
            spans = spans_for(s, sides[0], sides + [g for g in groups if g is not group])
        else:
            spans = spans_for(s, group, groups)
        own = self._resolve(spans, s.text)
        if _previous_day_cue(s, group, groups) and (own is None or not own.written):
            return self._day_before(spans)
        if own is None and s.rough_date:
            return When(None, vague=True)
        # A side counting what it downed speaks of the other side's wave, whatever came between.
        by_context = self.timeline.recall(s.text, group.weapon, stated_attacker(s, group) or downed_side(group))
        if own is None and by_context.day is None and rules().morning_re.search(s.text):
            # "between 6 a.m. and 9 a.m.", "this morning", with no night talked about: the article's own morning.
            return When(self.timeline.anchor)
        if own is None:
            return by_context
        own = self._toll_day(s, own)
        if own.strong or own.day is None:
            return own
        wave = None if own.provisional else self._wave(s, groups)
        if wave is not None and wave.day is not None and timedelta(0) <= own.day - wave.day <= DAY:
            # "... overnight attack on Kyiv, officials said on Tuesday, while Moscow said one of its
            # Kinzhals had destroyed a Patriot": the other voice speaks of the same wave.
            return When(wave.day, wave.night)
        if by_context.day is None:
            # With no attack yet talked about, a toll update's day is only a placeholder.
            return When(own.day, provisional=toll_update(s.text))
        # A statement made the day after the attack under discussion ("the ministry said on Monday
        # its missiles hit ...") is about that attack; one made on another day dates its own.
        return by_context if timedelta(0) <= own.day - by_context.day <= DAY else own


# ---------------------------------------------------------------------------------------------
# Sentence-level helpers


def _when_of(claim: Claim) -> When:
    """The date a claim gives what is talked about next, still provisional if the claim's is."""
    return When(claim.occurred_on, claim.night, provisional=claim.provisional)


def _settled_day(claim: Claim) -> bool:
    """Whether a claim's day can settle a toll update's: one written in its sentence, or one the
    article's context gave it ("that night"), once that context is no toll update's placeholder."""
    return claim.dated or (claim.occurred_on is not None and not claim.provisional)


def _another_night(own: When, context: When, text: str) -> bool:
    """Whether a night told with no weapon is not the attack talked about: the night that ran into
    a day's attack, named as that attack ("hit the grid on Christmas morning ... The attack began
    before dawn"), is that attack told from its start; "a bigger attack overnight" is another."""
    if context.day == own.day:
        return False
    ran_into = not context.night and own.day is not None and context.day is not None and own.day == context.day - DAY
    return not (ran_into and rules().anaphora_re.search(text))


def _previous_day_cue(s: Sentence, group: Group, groups: list[Group]) -> bool:
    """Whether "the day before" dates this group: a cue after another weapon named later than this
    one ("a drone attack killed one, after a missile strike the day before") is that weapon's."""
    for cue in rules().previous_day_re.finditer(s.text):
        if not any(group.start < g.start < cue.start() for g in groups if g is not group):
            return True
    return False


def _share_voice(s: Sentence, placed: list[tuple[Group, Claim]]) -> None:
    """ "Twenty-one were shot down, together with two attack drones": a weapon counted with no
    source of its own in a sentence that goes on with a claim is that claim's source's, and
    (unless written) of the same attacker."""
    continued = next((c for _, c in placed if c.first < s.index and c.claimant is not None), None)
    if continued is None:
        return
    for group, claim in placed:
        if claim.first != s.index or claim.claimant is not None or group.speaker is not None:
            continue
        if claim.attacker is not None and claim.attacker != continued.attacker:
            continue
        claim.claimant = continued.claimant
        if claim.attacker is None and continued.attacker is not None:
            claim.attacker, claim.attacker_inferred = continued.attacker, True


def _toll_speaker(s: Sentence, group: Group) -> Speaker | None:
    """ "... a warehouse hit by a missile, where Serhiy Popko said 11 people had died": a weapon
    named with no count before a source that goes on to give its toll is that source's."""
    for a in s.found:
        if a.forward and a.start > group.start and a.speaker.named and harm_position(s.text) > a.end:
            return a.speaker if reports_harm(s) else None
    return None


def _verdict(s: Sentence, group: Group) -> re.Match[str] | None:
    """A source's own verdict on the attack talked about, with no count ("said the attack was exceptional")."""
    if group.counted or group.counts or group.approximate or group.speaker is None or not group.speaker.named:
        return None
    return rules().attack_verdict_re.search(s.text)


def _other_named(claim: Claim, group: Group) -> bool:
    """Whether the group's source and the claim's are two different named sources."""
    a, b = claim.claimant, group.speaker
    return a is not None and b is not None and a.named and b.named and a.name != b.name


def _another_period(s: Sentence, claim: Claim, group: Group) -> bool:
    """A period total told afresh, with its own period named, for a count the claim already gives
    (as a number or in words): the total of another period, not a breakdown of the first one's."""
    if group.anaphoric or claim.first == s.index or not cumulative(s.text):
        return False
    return any(
        role in claim.counts and (group.counts.get(role) is not None or role in group.approximate)
        for role in ROLES
        if role in group.counts
    )


def _outgrows(claim: Claim, group: Group) -> bool:
    """A count given afresh that is larger than the one the claim holds is no breakdown of it (a part
    is never more than its whole): another statement, about another wave. Totals ("In all, ...") and
    counts of weapons that hit (see ``_more_than_hit``) are left to ``merge_counts``."""
    if group.anaphoric or any(m.total or m.subset for m in group.mentions):
        return False
    for role in ROLES:
        value, before = group.counts.get(role), claim.counts.get(role)
        if role == "launched" and (claim.hits or group.hits):
            continue
        if value is not None and before is not None and value > before and role not in group.split:
            return True
    return False


def _same_attack(a: Claim, b: Claim) -> bool:
    return a.attacker == b.attacker and a.occurred_on == b.occurred_on and a.night == b.night


def _listed_with_counts(s: Sentence, group: Group, placed: list[Group]) -> bool:
    """Whether a weapon with no number is listed with a counted one of the same source."""
    for other in placed:
        if other.speaker != group.speaker or not other.counted:
            continue
        for m in other.mentions:
            if any(g in group.mentions for g in listed_with(s.text, [m, *group.mentions], m.end)):
                return True
    return False


def _other_attacker(stated: str | None, claim: Claim) -> bool:
    """ "British Storm Shadow missiles" after a claim about Russia's missiles: another attack."""
    return stated is not None and claim.attacker is not None and stated != claim.attacker


def _may_be_dated(claim: Claim, when: When) -> bool:
    """Whether a sentence dated ``when`` may still be talking about ``claim``."""
    return claim.occurred_on is None or claim.occurred_on == when.day or _redates(claim, when)


def _other_wave(claim: Claim, group: Group, when: When) -> bool:
    """A count already given, given again for the other half of the claim's own day ("shot down six
    missiles on Sunday morning ... 16 missiles overnight" into Monday): another wave, not a breakdown."""
    if not (claim.dated and when.written and when.strong) or claim.occurred_on != when.day:
        return False
    if claim.night == when.night:
        return False
    return any(group.counts.get(r) is not None and claim.counts.get(r) is not None for r in ROLES)


@cache
def _nights_ago_re() -> tuple[re.Pattern[str], dict[str, int]]:
    counts = {normal(k): v for k, v in rules().raw["nights_ago"].items()}
    return re.compile(rf"(?<![\w-])(?:{alternation(list(counts))})(?![\w-])", re.IGNORECASE), counts


def _nights_ago(text: str) -> int:
    """ "the night before last": how many nights before the statement's day, or 0."""
    pattern, counts = _nights_ago_re()
    m = pattern.search(text)
    return counts[normal(m.group())] if m else 0


def _redates(claim: Claim, when: When) -> bool:
    """A claim dated only by its statement takes the day its attack is then given, a day either side."""
    if claim.dated or not when.written or when.day is None or claim.occurred_on is None:
        return False
    return abs(claim.occurred_on - when.day) <= DAY


def _downing(text: str) -> bool:
    r = rules()
    return any(r.role_of_verb[normal(v.group())] != "launched" for v in r.verb_re.finditer(text))


_NEGATED = re.compile(r"\b(?:not|never|n['’]t)\s+$", re.IGNORECASE)
_OBJECT_GAP = re.compile(r"\s+(?:(?:the|all|some|several)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _downing_of(text: str, group: Group) -> re.Match[str] | None:
    """A downed or lost verb that follows the group's weapon in its clause ("drones ... had been downed"),
    or whose object the weapon is ("air defence units had repelled the drones heading for the capital")."""
    r = rules()
    for m in group.mentions:
        for verb in r.verb_re.finditer(text, m.end, min(len(text), m.end + 60)):
            if r.role_of_verb[normal(verb.group())] != "launched":
                return verb
        for verb in r.verb_re.finditer(text, max(0, m.start - 40), m.start):
            if r.role_of_verb[normal(verb.group())] == "launched" or not _OBJECT_GAP.match(text, verb.end(), m.start):
                continue
            if not _NEGATED.search(text, max(0, verb.start() - 12), verb.start()):
                return verb  # not "talks had never stopped ballistic missiles"
    return None


def _model(group: Group) -> str | None:
    """The model the group's weapons are; a part's model ("40 of the missiles, among them 30 Kh-101s") is not
    the whole's when the whole is counted beside it."""
    whole = any(m.counted and not m.subset for m in group.mentions)
    for m in group.mentions:
        if m.model and not (whole and m.subset) and model_kind(m.model) in {group.weapon, None}:
            return m.model
    return None


def _places(entities: list[Entity]) -> list[str]:
    out: list[str] = []
    for e in entities:
        if e.label in PLACE_LABELS and e.canonical not in out:
            out.append(e.canonical)
    return out


def _add_places(claim: Claim, places: list[str]) -> None:
    exclude = {claim.attacker, claim.claimant.name if claim.claimant else None}
    for place in places:
        if place not in exclude and place not in claim.locations:
            claim.locations.append(place)


def _add_damage(claim: Claim, text: str) -> None:
    for m in _DAMAGE.finditer(text):
        what = m.group(1).strip()
        if what and what not in claim.damage:
            claim.damage.append(what)


def _flag_disputes(claim: Claim, text: str, *, follow_up: bool = False) -> None:
    r = rules()
    if r.unverified_re.search(text):
        claim.flag("unverified")
    for m in r.denial_re.finditer(text):
        if r.denial_not_before_re.match(text[m.end() :]):
            continue
        # In the next sentence, only a denial of what was said counts ("Kyiv denied the claim").
        if follow_up and not re.search(
            r"\b(?:claim|claims|figure|figures|report|reports|account|it|this)\b", text, re.I
        ):
            continue
        claim.flag("disputed")
        return


# ---------------------------------------------------------------------------------------------
# Output


def _claimant_name(speaker: Speaker | None, claim: Claim) -> str:
    """ "Ukrainian authorities said" is Ukraine's claim: an unnamed source of a known side is that side."""
    if speaker is None:
        return UNATTRIBUTED
    if speaker.kind == "unnamed" and speaker.country and speaker.label != "title":
        return speaker.country  # "the governor of the Kursk region" keeps the title it was given
    if speaker.kind == "nominal" and speaker.country is None:
        return _defending_body(speaker.name, claim) or speaker.name
    return speaker.name


def _defending_body(name: str, claim: Claim) -> str | None:
    """ "..., the defence ministry said" of Ukrainian drones it shot down is Russia's ministry: a body
    that reports what it downed of one side's weapons is the other side's."""
    sides = rules().nominal_sides.get(name.lower().replace("defense", "defence"))
    if not sides or claim.attacker not in sides or len(sides) != 2:
        return None
    downed = any(claim.counts.get(k) is not None or k in claim.approximate for k in ("destroyed", "lost"))
    if not downed:
        return None
    return next(body for side, body in sides.items() if side != claim.attacker)


def _incident(
    claim: Claim, enriched: EnrichedArticle, wave: str | None = None, whole: Incident | None = None
) -> Incident:
    claimant = _claimant_name(claim.claimant, claim)
    flags = list(claim.flags)
    if claim.attacker_inferred:
        flags.append("attacker_inferred")
    launched, destroyed, lost = (claim.counts.get(k) for k in ROLES)
    if launched is not None and (destroyed or 0) + (lost or 0) > launched:
        flags.append("destroyed_plus_lost_exceeds_launched")
    occurred = None if claim.cumulative else claim.occurred_on
    text = enriched.article.text
    return Incident(
        incident_id=incident_id_for(
            claimant=claimant,
            attacker=claim.attacker,
            weapon=claim.weapon,
            occurred_on=occurred,
            cumulative=claim.cumulative,
            wave=wave,
        ),
        article_id=enriched.article.id,
        claimant=claimant,
        attacker=claim.attacker,
        weapon=claim.weapon,
        model=claim.model,
        launched=launched,
        destroyed=destroyed,
        lost=lost,
        killed=claim.killed,
        injured=claim.injured,
        approximate=claim.approximate,
        occurred_on=occurred,
        locations=claim.locations,
        damage=claim.damage,
        cumulative=claim.cumulative,
        part_of=whole.incident_id if whole is not None else None,
        flags=flags,
        evidence=Evidence(sentence=text[claim.start : claim.end], start=claim.start, end=claim.end),
    )


def _wave(claim: Claim, claims: list[Claim]) -> str | None:
    """ "day" or "night" when the same source counts the same weapon for both halves of one day.

    "Six missiles on Sunday morning" and "16 missiles overnight" into Monday are two waves of
    Sunday: without the marker they would share one identity and be read as one claim. Only one
    of the two need be dated by its own words: the morning's may take its day from the sentence
    before ("Shelling hit Kursk on Saturday morning. ... intercepted four missiles").
    """
    if claim.cumulative:
        return _period(claim, claims)
    if not _counted_wave(claim):
        return None
    identity = (_claimant_name(claim.claimant, claim), claim.attacker, claim.weapon, claim.occurred_on)
    for other in claims:
        if other.night == claim.night or not _counted_wave(other):
            continue
        if not (claim.dated or other.dated):
            continue  # one of the two waves must be told with its own day or night
        if (_claimant_name(other.claimant, other), other.attacker, other.weapon, other.occurred_on) == identity:
            return "night" if claim.night else "day"
    return None


def _period(claim: Claim, claims: list[Claim]) -> str | None:
    """ "period 2" for a source's second period total of one weapon ("over the winter", then "the
    last week alone"): both give the same count, so they are two totals, not two readings of one."""
    identity = (_claimant_name(claim.claimant, claim), claim.attacker, claim.weapon)
    earlier = 0
    for other in claims:
        if other is claim:
            break
        if not other.cumulative or (_claimant_name(other.claimant, other), other.attacker, other.weapon) != identity:
            continue
        if any(_given(claim, r) and _given(other, r) for r in ROLES):
            earlier += 1
    return f"period {earlier + 1}" if earlier else None


def _given(claim: Claim, role: Role) -> bool:
    return claim.counts.get(role) is not None or role in claim.approximate


def _counted_wave(claim: Claim) -> bool:
    """A claim of one day or night that gives a count."""
    counted = any(v is not None for v in claim.counts.values())
    return counted and not claim.cumulative and claim.occurred_on is not None


def _told_by_its_body(claim: Claim, claims: list[Claim]) -> bool:
    """ "Ukraine said Russia had launched 145 drones" in the lede, and later "the Air Force said 62 of
    the 145 Russian drones had been shot down": the country's claim is its body's, told in full later.

    Only a claim whose every number the body's claim repeats, of the same attacker, weapon and night.
    """
    voice = claim.claimant
    if voice is None or voice.country is None or voice.name != voice.country or claim.cumulative:
        return False
    mine = {r: v for r, v in claim.counts.items() if v is not None}
    if not mine:
        return False
    for other in claims:
        body = other.claimant
        if other is claim or body is None or body.name == voice.name or body.country != voice.country:
            continue
        if other.cumulative or (other.weapon, other.attacker, other.occurred_on) != (
            claim.weapon,
            claim.attacker,
            claim.occurred_on,
        ):
            continue
        harm_kept = claim.killed in {None, other.killed} and claim.injured in {None, other.injured}
        if harm_kept and all(other.counts.get(r) == v for r, v in mine.items()):
            return True
    return False


def _distinct(incidents: list[Incident], text: str) -> list[Incident]:
    """Two readings of one claim (same claimant, attacker, weapon and night) become one record."""
    out: dict[str, Incident] = {}
    for incident in incidents:
        kept = out.get(incident.incident_id)
        if kept is None:
            out[incident.incident_id] = incident
            continue
        update: dict[str, Any] = {
            k: v
            for k in (*ROLES, "killed", "injured")
            if getattr(kept, k) is None and (v := getattr(incident, k)) is not None
        }
        if update:
            # The evidence shows every number the record holds, the second reading's too.
            start = min(kept.evidence.start, incident.evidence.start)
            end = max(kept.evidence.end, incident.evidence.end)
            update["evidence"] = Evidence(sentence=text[start:end], start=start, end=end)
        out[incident.incident_id] = kept.model_copy(update=update)
    return list(out.values())


def _entities_by_sentence(enriched: EnrichedArticle) -> list[list[Entity]]:
    """Each sentence's entities (those starting in it), in the article's order.

    One bisection per entity instead of a scan of every entity per sentence; sentences that
    overlap or come out of order (never seen) fall back to the scan, which gives the same lists.
    """
    spans = enriched.sentences
    starts = [span.start for span in spans]
    if any(a.end > b.start for a, b in pairwise(spans)):
        return [[e for e in enriched.entities if span.start <= e.start < span.end] for span in spans]
    out: list[list[Entity]] = [[] for _ in spans]
    for e in enriched.entities:
        i = bisect_right(starts, e.start) - 1
        if i >= 0 and e.start < spans[i].end:
            out[i].append(e)
    return out


def extract_incidents(enriched: EnrichedArticle, anchor: date | None = None) -> list[Incident]:
    """Every air-attack claim the article reports, one incident per claimant, attacker, weapon and night."""
    reader = _Reader(enriched, Timeline(anchor or enriched.article.anchor_date))
    # A count with neither a source nor an attacker ("air defences shot down 40 drones") says nothing usable.
    kept = [c for c in reader.read() if c.attacker is not None or (c.claimant is not None and c.claimant.named)]
    kept = [c for c in kept if not _told_by_its_body(c, kept)]
    out: list[Incident] = []
    for claim in kept:
        wave = _wave(claim, kept)
        if _other_model_told(claim, kept):
            wave = " ".join(filter(None, (wave, f"model {claim.model}")))
        parts = [_as_part(p, claim) for w, p in reader.parts if w is claim and any(p.counts.values())]
        whole = None
        if not parts or not _empty(claim):
            whole = _incident(claim, enriched, wave)
            out.append(whole)
        # A part's identity is its wave's with the model added, so two models of one night stay two records;
        # it points at the wave it is a share of, when the wave has a record of its own.
        out += [_incident(p, enriched, " ".join(filter(None, (wave, f"model {p.model}"))), whole) for p in parts]
    return _distinct(out, enriched.article.text)


def _claim_in(
    s: Sentence, claimant: Speaker | None, weapon: str, *, cumulative: bool, model: str | None = None
) -> Claim:
    """A claim first told in sentence ``s``."""
    return Claim(
        claimant=claimant,
        weapon=weapon,
        first=s.index,
        last=s.index,
        start=s.start,
        end=s.end,
        cumulative=cumulative,
        model=model,
    )


def _part_of(wave: Claim, model: str, parts: list[tuple[Claim, Claim]]) -> Claim | None:
    """The wave's part of this model; "two Iskanders" after "10 Iskander-Ms" is the one part the family names."""
    mine = [p for w, p in parts if w is wave]
    exact = next((p for p in mine if p.model == model), None)
    if exact is not None:
        return exact
    family = [p for p in mine if p.model and (p.model.startswith(model) or model.startswith(p.model))]
    return family[0] if len(family) == 1 else None


def _other_model_told(claim: Claim, claims: list[Claim]) -> bool:
    """A source's count of one model after its count of another for the same night ("a single S-400 missile",
    then "five Iskander-M missiles ... all five were shot down"): two claims, not two readings of one."""
    if claim.model is None or claim.cumulative or not _counted_wave(claim):
        return False
    identity = (_claimant_name(claim.claimant, claim), claim.attacker, claim.weapon, claim.occurred_on)
    for other in claims:
        if other is claim:
            return False
        same = (_claimant_name(other.claimant, other), other.attacker, other.weapon, other.occurred_on) == identity
        if same and _counted_wave(other) and other.model not in {None, claim.model}:
            return True
    return False


def _as_part(part: Claim, wave: Claim) -> Claim:
    """A part by model told as its wave is: the same source, attacker and night."""
    return replace(
        part,
        claimant=wave.claimant,
        attacker=wave.attacker,
        attacker_inferred=wave.attacker_inferred,
        occurred_on=wave.occurred_on,
        night=wave.night,
        locations=part.locations or wave.locations,
    )


def _empty(claim: Claim) -> bool:
    """A wave told only by its parts ("shot down six Kinzhal missiles and six Kalibr missiles")."""
    counted = any(v is not None for v in claim.counts.values()) or claim.approximate
    return not counted and claim.killed is None and claim.injured is None


def incidents_batch(batch: list[EnrichedArticle]) -> list[list[Message]]:
    return [list(extract_incidents(e)) for e in batch]
