"""Air-attack claims read from an enriched article: who says what was launched, downed and lost.

``extract_incidents(enriched)`` is a pure function of the extractor's output. The vocabulary
lives in ``data/claim_rules.json`` (compiled by ``vocabulary.py``); the sentence-level reading
is in ``mentions.py`` (weapons, numbers, which count a number is), ``speakers.py`` (who says
it), ``timing.py`` (date phrases) and ``casualties.py``; this module puts the pieces of an
article together. Conventions:

* **One incident per claim**: a claimant (who says it), an attacker and a weapon kind (drone,
  missile, glide_bomb, artillery, other) for one night or one cumulative period. "Russia
  launched 83 drones and 7 missiles" is two incidents. Two sides' claims about the same night
  stay two incidents, and a mayor's or regional command's count of part of a wave is its own
  claim with its own claimant.
* **Counts** (launched, destroyed, lost) are numbers written in the text, never sums or
  guesses. "61 of 83" is destroyed 61 of launched 83; "all nine ... shot down" is launched and
  destroyed 9; "two dozen" is 24. A vague number ("dozens", "more than 100", "about 150") gives
  a null count and keeps its words in ``approximate``. Two numbers for one count split by type
  ("14 cruise missiles and two ballistic missiles had been aimed at the capital") are not added
  up: the count is null, the words are kept and the record is flagged ``count_split_by_type``.
* **A statement spread over sentences is one incident**: "Russia launched 83 drones ... 61
  were shot down ... another 22 were lost". A later sentence joins the latest claim for the
  same weapon (within three sentences) when it refers back ("38 of them", "of the drones",
  "another 25") or names no other claimant and no other night; it fills only the counts still
  empty, because a second number for a filled count is a breakdown (per region, per model)
  and is not used. A claim first made by "officials" takes the name of the body that then
  speaks for it ("the air force said 88 of them ...").
* **Umbrella counts**: Ukraine's air force reports "neutralised" (or "shot down or
  suppressed") as shot down plus lost to electronic warfare; it is the destroyed count unless
  the same statement splits it into shot down and lost that add up to it.
* **Dates: an overnight wave is dated to the night it BEGAN.** "overnight into Sunday" and "in
  the early hours of Sunday" are Saturday; "on Sunday night" is Sunday. A bare "overnight" is
  the night before the day the statement was made when the sentence gives that day ("the
  ministry said on Sunday ... overnight" is Saturday), else the night before the article's
  date (its dateline date, else its publication date). A day the sentence gives for the attack
  itself ("killed when bombs hit the store on Saturday") wins over the day of the statement
  ("..., the governor said on Sunday"). A statement dated only by its own day is about the
  attack under discussion when made on that day or the next ("the ministry said on Monday its
  missiles hit Sumy", after Sunday's strike), else about that day. A sentence with no date of
  its own takes the date of the attack the article is talking about ("the same night", "in
  that attack", or simply the last dated claim); "the night before that" is the day before it,
  and "later in the morning" after an overnight wave is the next day. A sentence that dates the
  attack only by week or month ("last week") gets no date. With nothing at all to go on, the
  night before the article's date. Cumulative totals have no date.
* **Cumulative totals** ("this week Russia launched more than 1,000 drones", "in July Russia
  launched 6,297 drones", "across the three nights", "since the start of the year") are flagged
  ``cumulative`` and never joined with, or counted as, one night's attack. A record compared
  with a period ("the most in a single night since the invasion began") is not a total.
* **Not attacks**: weapons sent, supplied or pledged to a country, interceptor or air-defence
  weapons, weapon words used as adjectives ("drone forces", "one of the largest drone
  attacks"), numbers under "may", "could", "would" and numbers with no launch, downing or loss
  verb ("the previous record, 193 drones, ...").
* **Attacker**, first found: the country written on the weapon ("Russian drones", "Russia's
  drone attack"); the country that launched ("Russia launched", "launched by Russia"); the
  claimant itself when it speaks of its own forces ("the ministry said its forces had fired");
  the claimant's side when the target is on the other side ("smuggled into Russia"); then,
  flagged ``attacker_inferred``, the attacker of the same side's latest claim about that
  weapon, or the other side of the claimant (Russia for a Ukrainian claimant, and back). A
  record with neither a named source nor an attacker is dropped.
* **Claims with no number** are kept only when a named claimant reports an impact ("a Russian
  drone hit a bus ..., killing nine, said Serhiy Lysak"), and, in the sentence right after a
  claim, a named official's casualty report or confirmation of attacks with no weapon word:
  the weapon is the one just reported, or ``other`` for "a strike" or "an attack".
* **Flags**, kept and never fixed: ``destroyed_plus_lost_exceeds_launched``; ``disputed``
  (the claim is denied, dismissed or called false, in its sentence or the next);
  ``unverified`` ("could not be independently verified", "gave no evidence");
  ``attacker_inferred``; ``count_split_by_type``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final

from services.incidents.casualties import harm, harm_position
from services.incidents.mentions import Mention, find_mentions
from services.incidents.speakers import Attribution, Memory, Speaker, attributions, remember, speaker_for
from services.incidents.timing import DAY, DateKind, When, cumulative, date_kind, dateline_end, resolve
from services.incidents.vocabulary import ROLES, Role, model_kind, parse_number, rules
from shared.models import EnrichedArticle, Entity, Evidence, Incident, Message, incident_id_for
from shared.timex import DateSpan, find_dates

__all__ = ["extract_incidents", "incidents_batch", "parse_number", "rules"]

UNATTRIBUTED: Final = "unattributed"
_OPPOSITE: Final = {"Russia": "Ukraine", "Ukraine": "Russia"}
_PLACE_LABELS: Final = frozenset({"GPE", "LOC", "FAC"})
# How many sentences on a statement may still be adding counts to the claim it began.
_WINDOW: Final = 3

_DAMAGE = re.compile(
    r"damag(?:e|ed|ing)\s+(?:to\s+)?(?:a|an|the|several)?\s*([\w -]{3,60}?)(?=\s+in\s|\s+on\s|,|\.|$)", re.IGNORECASE
)
_SUBJECT_VERB = re.compile(
    r"^(?:['’]s)?(?:\s+(?:forces|troops|military|army|navy|jets|warplanes|bombers|aircraft|units))?"
    r"(?:\s+(?:had|has|have|also|then|again|reportedly|later|once\s+again|overnight))*\s+"
    r"(?:launched|fired|sent|attacked|struck|hit|pounded|used|carried\s+out|targeted|shelled|bombarded|unleashed)\b",
    re.IGNORECASE,
)
_AGENT_BEFORE = re.compile(r"\b(?:launched|fired|sent|used|dropped)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_A_STRIKE = re.compile(r"\ban?\s+(?:[\w'’-]+\s+)?(?:strike|attack|blast|explosion)\b", re.IGNORECASE)
_INDEFINITE_ATTACK = re.compile(r"\b(?:attacks|strikes|an\s+attack|a\s+strike)\s+(?:on|by|against)\b", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# The record being built


@dataclass
class _Claim:
    claimant: Speaker | None
    weapon: str
    first: int
    last: int
    start: int
    end: int
    cumulative: bool
    occurred_on: date | None = None
    night: bool = False
    attacker: str | None = None
    attacker_inferred: bool = False
    counts: dict[Role, int | None] = field(default_factory=dict)
    approximate: dict[str, str] = field(default_factory=dict)
    umbrella: bool = False
    killed: int | None = None
    injured: int | None = None
    model: str | None = None
    locations: list[str] = field(default_factory=list)
    damage: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)

    def flag(self, name: str) -> None:
        if name not in self.flags:
            self.flags.append(name)


@dataclass
class _Group:
    """The mentions of one weapon by one speaker in one sentence."""

    weapon: str
    speaker: Speaker | None
    mentions: list[Mention]
    counts: dict[Role, int | None] = field(default_factory=dict)
    approximate: dict[str, str] = field(default_factory=dict)
    split: set[Role] = field(default_factory=set)
    umbrella: bool = False

    @property
    def start(self) -> int:
        return self.mentions[0].start

    @property
    def counted(self) -> bool:
        return any(m.counted or m.all_of for m in self.mentions)

    @property
    def anaphoric(self) -> bool:
        counted = [m for m in self.mentions if m.counted]
        if counted:
            return any(m.anaphoric for m in counted) and "launched" not in self.counts
        return all(m.anaphoric for m in self.mentions)


@dataclass
class _Sentence:
    index: int
    start: int
    end: int
    text: str
    entities: list[Entity]
    found: list[Attribution]
    dates: list[tuple[DateSpan, DateKind]]
    cumulative: bool
    #: A week or a month but no day ("last week", "earlier this month").
    rough_date: bool = False


# ---------------------------------------------------------------------------------------------
# Reading an article


@dataclass
class _Reader:
    enriched: EnrichedArticle
    anchor: date
    claims: list[_Claim] = field(default_factory=list)
    memory: Memory = field(default_factory=Memory)
    context: When | None = None
    last_weapon: str | None = None

    def read(self) -> list[_Claim]:
        for index, span in enumerate(self.enriched.sentences):
            self._read_sentence(self._sentence(index, span.start, span.end))
        return self.claims

    def _sentence(self, index: int, start: int, end: int) -> _Sentence:
        text = self.enriched.article.text[start:end]
        entities = [
            e.model_copy(update={"start": e.start - start, "end": e.end - start})
            for e in self.enriched.entities
            if start <= e.start < end
        ]
        found = attributions(text, entities, self.memory)
        after_dateline = dateline_end(self.enriched) - start
        spans = [d for d in find_dates(text, self.anchor) if d.char_start >= after_dateline]
        days = [(d, date_kind(text, d)) for d in spans if d.start and d.granularity == "day"]
        rough = any(d.end and d.end < self.anchor for d in spans if d.granularity != "day")
        return _Sentence(index, start, end, text, entities, found, days, cumulative(text), rough_date=rough)

    def _read_sentence(self, s: _Sentence) -> None:
        mentions = find_mentions(s.text, s.entities)
        self._name_bare_weapons(s.text, mentions)
        mentions = [m for m in mentions if m.weapon]
        if mentions:
            self._read_claims(s, mentions)
            self.last_weapon = mentions[-1].weapon
        else:
            self._read_follow_up(s)
        remember(self.memory, s.entities, s.found)

    def _name_bare_weapons(self, text: str, mentions: list[Mention]) -> None:
        """ "Another 119 were lost": the weapon is the one the sentence or the last one named."""
        for i, m in enumerate(mentions):
            if m.kind != "bare":
                continue
            earlier = [x.weapon for x in mentions[:i] if x.weapon]
            m.weapon = earlier[-1] if earlier else (self.last_weapon or "")

    # -- claims in a sentence with weapons ------------------------------------------------------

    def _read_claims(self, s: _Sentence, mentions: list[Mention]) -> None:
        groups = _groups(s, mentions)
        placed: list[tuple[_Group, _Claim]] = []
        for group in groups:
            claim = self._place(s, group, groups)
            if claim is not None:
                placed.append((group, claim))
        _assignharm(s, placed)
        if not s.cumulative:
            self._update_context(s, [claim for _, claim in placed])

    def _place(self, s: _Sentence, group: _Group, groups: list[_Group]) -> _Claim | None:
        when = self._when(s, group, groups)
        target = self._target(s, group, when)
        if target is not None:
            self._merge(target, s, group, when)
            return target
        if group.counted and (group.counts or group.approximate):
            return self._new(s, group, when)
        if self._countless_claim(s, group):
            return self._new(s, group, when)
        return None

    def _target(self, s: _Sentence, group: _Group, when: When) -> _Claim | None:
        """The claim this sentence continues, if any (see the module docstring)."""
        for claim in reversed(self.claims):
            if claim.last < s.index - _WINDOW or (claim.first == s.index and claim.claimant != group.speaker):
                continue
            if claim.weapon != group.weapon or claim.cumulative != s.cumulative:
                continue
            if when.strong and claim.occurred_on is not None and claim.occurred_on != when.day:
                continue
            if _same_voice(claim.claimant, group.speaker, anaphoric=group.anaphoric) or _same_numbers(claim, group):
                return claim
        return None

    def _new(self, s: _Sentence, group: _Group, when: When) -> _Claim:
        claim = _Claim(
            claimant=group.speaker,
            weapon=group.weapon,
            first=s.index,
            last=s.index,
            start=s.start,
            end=s.end,
            cumulative=s.cumulative,
        )
        if not s.cumulative and not when.vague:
            day = when if when.day is not None else self._fallback_when()
            claim.occurred_on, claim.night = day.day, day.night
        claim.attacker, claim.attacker_inferred = self._attacker(s, group)
        self._merge(claim, s, group, when)
        self.claims.append(claim)
        return claim

    def _merge(self, claim: _Claim, s: _Sentence, group: _Group, when: When) -> None:
        _merge_counts(claim, group)
        self._name_claimant(claim, group.speaker)
        explicit = next((m.attacker for m in group.mentions if m.attacker), None)
        if explicit and (claim.attacker is None or claim.attacker_inferred):
            claim.attacker, claim.attacker_inferred = explicit, False
        if claim.occurred_on is None and not claim.cumulative and when.day is not None:
            claim.occurred_on, claim.night = when.day, when.night
        claim.model = claim.model or _model(group)
        _add_places(claim, _places(s.entities))
        _add_damage(claim, s.text)
        _flag_disputes(claim, s.text)
        claim.start, claim.end = min(claim.start, s.start), max(claim.end, s.end)
        # The other weapons of the same statement are still being talked about.
        for other in self.claims:
            if other.first == claim.first and other.claimant == claim.claimant:
                other.last = max(other.last, s.index)
        claim.last = max(claim.last, s.index)

    def _name_claimant(self, claim: _Claim, speaker: Speaker | None) -> None:
        """A claim first put to "officials" (or to no one) takes the name of the body that goes on with it."""
        old = claim.claimant
        if speaker is None or not speaker.named or (old is not None and old.named):
            return
        for other in self.claims:
            if other.first == claim.first and other.claimant == old:
                other.claimant = speaker  # the other weapons of the same statement
        claim.claimant = speaker

    def _countless_claim(self, s: _Sentence, group: _Group) -> bool:
        """A report with no number is a claim only when a named source reports an impact."""
        r = rules()
        speaker = group.speaker
        if speaker is None or speaker.kind == "unnamed" or group.anaphoric or s.cumulative:
            return False
        impact = r.impact_re.search(s.text)
        if impact is None or r.hypothetical_re.search(s.text[: impact.start()][-40:]):
            return False
        return self._attacker(s, group)[0] is not None

    # -- sentences without weapons --------------------------------------------------------------

    def _read_follow_up(self, s: _Sentence) -> None:
        """ "The attacks damaged a building in Kyiv and injured a woman in Sumy" belongs to the claim before."""
        previous = [c for c in self.claims if c.last == s.index - 1]
        if not previous:
            return
        for claim in previous:
            _flag_disputes(claim, s.text, follow_up=True)
        r = rules()
        killed, injured = harm(s.text)
        speaker = next((a.speaker for a in s.found if a.speaker.named), None)
        weapons = {c.weapon for c in previous}
        new_voice = speaker is not None and all(c.claimant != speaker for c in previous)
        reports = killed is not None or injured is not None or _INDEFINITE_ATTACK.search(s.text) is not None
        if new_voice and reports and len(weapons) == 1 and not s.cumulative and speaker is not None:
            # "a Russian strike on a recreation centre killed two": another attack, weapon not named.
            weapon = "other" if _A_STRIKE.search(s.text) else weapons.pop()
            self._follow_up_claim(s, speaker, weapon, killed, injured)
            return
        damaged = _DAMAGE.search(s.text) is not None and r.anaphora_re.search(s.text) is not None
        if killed is None and injured is None and not damaged:
            return
        for claim in previous:
            claim.killed = claim.killed if claim.killed is not None else killed
            claim.injured = claim.injured if claim.injured is not None else injured
            _add_places(claim, [p for p in _places(s.entities) if p != claim.attacker])
            _add_damage(claim, s.text)
            claim.end = max(claim.end, s.end)  # the evidence shows every number the record holds

    def _follow_up_claim(
        self, s: _Sentence, speaker: Speaker, weapon: str, killed: int | None, injured: int | None
    ) -> None:
        """ "Andrei Vorobyov, governor of the Moscow region, said one person was killed": a claim of its own."""
        group = _Group(weapon=weapon, speaker=speaker, mentions=[Mention("countless", weapon, 0, 0)])
        claim = self._new(s, group, self._when(s, group, [group]))
        claim.killed, claim.injured = killed, injured

    # -- who attacked ---------------------------------------------------------------------------

    def _attacker(self, s: _Sentence, group: _Group) -> tuple[str | None, bool]:
        explicit = next((m.attacker for m in group.mentions if m.attacker), None)
        if explicit:
            return explicit, False
        speaker = group.speaker
        country = speaker.country if speaker else None
        subject = _launching_subject(s, group.start)
        if subject:
            return subject, False
        if country and _speaks_of_own_forces(s, speaker):
            return country, False
        victim = _victim(s)
        if victim and country and victim == _OPPOSITE.get(country):
            return country, False
        if victim and not country:
            return _OPPOSITE[victim], True
        for claim in reversed(self.claims):
            same_side = claim.claimant is not None and country and claim.claimant.country == country
            if claim.last >= s.index - _WINDOW and claim.weapon == group.weapon and same_side and claim.attacker:
                return claim.attacker, True
        if country in _OPPOSITE:
            return _OPPOSITE[country], True
        return None, False

    # -- when -----------------------------------------------------------------------------------

    def _when(self, s: _Sentence, group: _Group, groups: list[_Group]) -> When:
        if s.cumulative:
            return When(None)
        own = resolve(_spans_for(s, group, groups))
        if own is None and s.rough_date:
            return When(None, vague=True)
        by_context = self._by_context(s.text)
        if own is None:
            return by_context
        if own.strong or by_context.day is None or own.day is None:
            return own
        # A statement made the day after the attack under discussion ("the ministry said on Monday
        # its missiles hit ...") is about that attack; one made on another day dates its own.
        return by_context if timedelta(0) <= own.day - by_context.day <= DAY else own

    def _by_context(self, text: str) -> When:
        r = rules()
        context = self.context
        if context is None or context.day is None:
            return When(None)
        if r.previous_night_re.search(text):
            return When(context.day - DAY, night=True, strong=True)
        if context.night and r.morning_after_re.search(text):
            return When(context.day + DAY, strong=True)
        return When(context.day, context.night)

    def _fallback_when(self) -> When:
        return self.context or When(self.anchor - DAY, night=True)

    def _update_context(self, s: _Sentence, placed: list[_Claim]) -> None:
        dated = [c for c in placed if c.occurred_on is not None and not c.cumulative]
        if dated:
            self.context = When(dated[-1].occurred_on, dated[-1].night)
            return
        own = resolve(s.dates)
        if own is not None:
            self.context = own


# ---------------------------------------------------------------------------------------------
# Sentence-level helpers


def _assignharm(s: _Sentence, placed: list[tuple[_Group, _Claim]]) -> None:
    """Deaths and injuries go to the claim whose weapon the sentence names just before them."""
    if not placed:
        return
    killed, injured = harm(s.text)
    if killed is None and injured is None:
        return
    harm_at = harm_position(s.text)
    owner = placed[0][1]
    for group, claim in placed:
        if group.start <= harm_at:
            owner = claim
    owner.killed = owner.killed if owner.killed is not None else killed
    owner.injured = owner.injured if owner.injured is not None else injured


def _groups(s: _Sentence, mentions: list[Mention]) -> list[_Group]:
    groups: dict[tuple[str | None, str], _Group] = {}
    for m in mentions:
        speaker = speaker_for(m.start, s.found, s.text)
        key = (speaker.name if speaker else None, m.weapon)
        group = groups.setdefault(key, _Group(weapon=m.weapon, speaker=speaker, mentions=[]))
        group.mentions.append(m)
    for group in groups.values():
        _combine(group)
    return list(groups.values())


def _combine(group: _Group) -> None:
    """One sentence's numbers for one weapon: the same count twice is a split by type."""
    texts: dict[Role, list[str]] = {}
    destroyed: list[tuple[int | None, bool]] = []
    for m in group.mentions:
        for role, value in m.counts.items():
            texts.setdefault(role, []).append(m.approximate.get(role) or m.text)
            if role == "destroyed":
                destroyed.append((value, m.umbrella))
            if role not in group.counts:
                group.counts[role] = value
                if role in m.approximate:
                    group.approximate[role] = m.approximate[role]
            elif (group.counts[role] != value or value is None) and not m.subset:
                group.split.add(role)
    group.umbrella = any(u for _, u in destroyed[:1])
    if len(destroyed) > 1 and _umbrella_resolved(group, destroyed):
        group.split.discard("destroyed")
    for role in group.split:
        group.counts[role] = None
        group.approximate[role] = " and ".join(texts[role])
    launched = group.counts.get("launched")
    for m in group.mentions:
        if m.all_of and m.all_of not in group.counts and launched is not None:
            group.counts[m.all_of] = launched


def _umbrella_resolved(group: _Group, destroyed: list[tuple[int | None, bool]]) -> bool:
    """ "288 were neutralised: 233 were shot down and 55 were lost": destroyed is 233."""
    lost = group.counts.get("lost")
    umbrella = [v for v, u in destroyed if u and v is not None]
    plain = [v for v, u in destroyed if not u and v is not None]
    if not umbrella or not plain or lost is None:
        return False
    if plain[0] + lost != umbrella[0]:
        return False
    group.counts["destroyed"] = plain[0]
    group.umbrella = False
    return True


def _merge_counts(claim: _Claim, group: _Group) -> None:
    """Fill the counts still empty; a second number for a filled count is a breakdown."""
    for role in ROLES:
        if role not in group.counts or role in group.split:
            continue
        value = group.counts[role]
        if role not in claim.counts:
            claim.counts[role] = value
            if role in group.approximate:
                claim.approximate[role] = group.approximate[role]
            if role == "destroyed":
                claim.umbrella = group.umbrella
        elif role == "destroyed" and claim.umbrella and value is not None and claim.counts[role] is not None:
            lost = group.counts.get("lost")
            if lost is not None and value + lost == claim.counts[role]:
                claim.counts["destroyed"], claim.umbrella = value, False
    for role in group.split:
        if role not in claim.counts:
            claim.counts[role] = None
            claim.approximate[role] = group.approximate[role]
            claim.flag("count_split_by_type")
    launched = claim.counts.get("launched")
    for m in group.mentions:
        if m.all_of and m.all_of not in claim.counts and launched is not None:
            claim.counts[m.all_of] = launched


def _same_voice(claimant: Speaker | None, speaker: Speaker | None, *, anaphoric: bool) -> bool:
    """Whether a sentence's speaker may be adding to a claim made by ``claimant``."""
    if speaker is None or claimant is None:
        return True
    if claimant.name == speaker.name:
        return True
    same_side = claimant.country is None or speaker.country is None or claimant.country == speaker.country
    if anaphoric:
        return same_side
    # A claim first put to "officials" takes the name of the body that goes on with it.
    return same_side and claimant.kind == "unnamed"


def _same_numbers(claim: _Claim, group: _Group) -> bool:
    """ "99 of the 109 drones, said the Air Force commander": the same side repeating the same count."""
    if claim.claimant is None or group.speaker is None or claim.claimant.country != group.speaker.country:
        return False
    shared = [r for r in ROLES if r in group.counts and group.counts[r] is not None and r in claim.counts]
    return bool(shared) and all(claim.counts[r] == group.counts[r] for r in shared)


def _spans_for(s: _Sentence, group: _Group, groups: list[_Group]) -> list[tuple[DateSpan, DateKind]]:
    """With two claimants in a sentence, each date goes to the claimant whose weapons are nearest."""
    speakers = {g.speaker.name if g.speaker else None for g in groups}
    if len(speakers) < 2:
        return s.dates
    own = group.speaker.name if group.speaker else None
    out = []
    for span, kind in s.dates:
        nearest = min(groups, key=lambda g: min(abs(m.start - span.char_start) for m in g.mentions))
        if (nearest.speaker.name if nearest.speaker else None) == own:
            out.append((span, kind))
    return out


def _launching_subject(s: _Sentence, before: int) -> str | None:
    """ "Russia launched 267 drones", "Russian forces had struck": the country that launched."""
    subject = None
    for e in s.entities:
        if e.label not in {"GPE", "NORP"} or e.country not in _OPPOSITE:
            continue
        if e.end <= before and _SUBJECT_VERB.match(s.text[e.end :]):
            subject = e.country
        elif _AGENT_BEFORE.search(s.text[max(0, e.start - 30) : e.start]):
            return e.country  # "16 of the 20 drones launched by Russia"
    return subject


def _speaks_of_own_forces(s: _Sentence, speaker: Speaker | None) -> bool:
    """ "the ministry said its forces had fired ...", "the SBU said it had hit ...": its own attack."""
    pattern = rules().self_agent_re
    for a in s.found:
        if a.forward and a.speaker == speaker:
            m = pattern.search(s.text, a.end)
            if m is not None and m.start() - a.end <= 25:
                return True
    return False


def _victim(s: _Sentence) -> str | None:
    """The side hit: "smuggled into Russia", "in Russia's Bryansk region", "hit 41 Russian aircraft"."""
    r = rules()
    for e in s.entities:
        if e.country not in _OPPOSITE or e.label not in _PLACE_LABELS | {"NORP"}:
            continue
        before = s.text[max(0, e.start - 30) : e.start]
        if e.label in _PLACE_LABELS and re.search(
            rf"(?:{r.target_re.pattern})\s+(?:[\w'’-]+\s+){{0,3}}$", before, re.I
        ):
            return e.country
        if re.search(r"\b(?:hit|struck|attacked|targeted)\s+(?:\d+\s+|the\s+)?$", before, re.I):
            return e.country
    return None


def _model(group: _Group) -> str | None:
    for m in group.mentions:
        if m.model and model_kind(m.model) in {group.weapon, None}:
            return m.model
    return None


def _places(entities: list[Entity]) -> list[str]:
    out: list[str] = []
    for e in entities:
        if e.label in _PLACE_LABELS and e.canonical not in out:
            out.append(e.canonical)
    return out


def _add_places(claim: _Claim, places: list[str]) -> None:
    exclude = {claim.attacker, claim.claimant.name if claim.claimant else None}
    for place in places:
        if place not in exclude and place not in claim.locations:
            claim.locations.append(place)


def _add_damage(claim: _Claim, text: str) -> None:
    for m in _DAMAGE.finditer(text):
        what = m.group(1).strip()
        if what and what not in claim.damage:
            claim.damage.append(what)


def _flag_disputes(claim: _Claim, text: str, *, follow_up: bool = False) -> None:
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


def _incident(claim: _Claim, enriched: EnrichedArticle) -> Incident:
    claimant = claim.claimant.name if claim.claimant else UNATTRIBUTED
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
        flags=flags,
        evidence=Evidence(sentence=text[claim.start : claim.end], start=claim.start, end=claim.end),
    )


def _distinct(incidents: list[Incident]) -> list[Incident]:
    """Two readings of one claim (same claimant, attacker, weapon and night) become one record."""
    out: dict[str, Incident] = {}
    for incident in incidents:
        kept = out.get(incident.incident_id)
        if kept is None:
            out[incident.incident_id] = incident
            continue
        update = {k: getattr(incident, k) for k in (*ROLES, "killed", "injured") if getattr(kept, k) is None}
        out[incident.incident_id] = kept.model_copy(update=update)
    return list(out.values())


def extract_incidents(enriched: EnrichedArticle, anchor: date | None = None) -> list[Incident]:
    """Every air-attack claim the article reports, one incident per claimant, attacker, weapon and night."""
    reader = _Reader(enriched, anchor or enriched.article.anchor_date)
    # A count with neither a source nor an attacker ("air defences shot down 40 drones") says nothing usable.
    kept = [c for c in reader.read() if c.attacker is not None or (c.claimant is not None and c.claimant.named)]
    return _distinct([_incident(claim, enriched) for claim in kept])


def incidents_batch(batch: list[EnrichedArticle]) -> list[list[Message]]:
    return [list(extract_incidents(e)) for e in batch]
