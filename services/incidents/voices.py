"""Other sources on the attack an article is talking about.

A named source with no weapon of its own (a governor's toll, "Putin confirmed the strike", "the
ministry said the Reni strike had targeted fuel depots") speaks of the attack under discussion:
the ``Topic``. Each such source is a claim of its own, about each of the topic's weapons; about
the attack another source gave the same toll for; or, for "a Russian strike on a recreation
centre killed two", about another attack with weapon ``other``. A source introduced as part of
a claimant's body ("Tymur Tkachenko, head of the administration") is that claimant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, TypeAlias

from services.incidents.casualties import harm
from services.incidents.record import Claim, Group, Sentence
from services.incidents.speakers import Attribution, Speaker
from services.incidents.timing import When
from services.incidents.vocabulary import rules

Reference: TypeAlias = Literal["topic", "own"]

_DEFINITE_OBJECT = re.compile(r"\s+(?:the|that|this|these|those)\b", re.IGNORECASE)
ANOTHER_ATTACK = re.compile(r"\ban?\s+(?:[\w'’-]+\s+)?(?:strike|attack|blast|explosion)\b", re.IGNORECASE)


@dataclass
class Topic:
    """The attack the article is talking about: what a report with no weapon of its own is about."""

    #: More than one when told together: "Russian missile and drone strikes killed 11".
    weapons: tuple[str, ...]
    attacker: str | None
    when: When
    index: int
    #: Set by a hit told with no source ("In the Kyiv region, drones set the station on fire"): a toll
    #: that follows with no weapon of its own is of those weapons, not of the night's missiles.
    local: bool = False


def own_report(s: Sentence, group: Group, claim: Claim) -> bool:
    """ "Smirnov said debris from one of the missiles injured 13 people": another voice's own report."""
    speaker, claimant = group.speaker, claim.claimant
    if speaker is None or claimant is None or not speaker.named or speaker.name == claimant.name:
        return False
    return not group.counted and reports_harm(s)


def speaks_for(claimant: Speaker | None, s: Sentence, voice: Attribution) -> bool:
    """Whether the source is introduced as part of the claim's body ("the air force spokesman")."""
    if claimant is None or voice.speaker == claimant:
        return False
    subject = s.text[: voice.start] if voice.forward else s.text[voice.start :]
    name = claimant.name.lower()
    for head in re.findall(rf"(?:{rules().nominals})", name):
        last = head.split()[-1]
        for m in re.finditer(rf"\b(?:the|its)\s+((?:[\w'’-]+\s+){{0,3}}){re.escape(last)}\b", subject, re.I):
            if all(word.strip("'’s").lower() in name for word in m.group(1).split()):
                return True
    return False


def said_by(text: str, voice: Attribution) -> str:
    """The part of a sentence an attribution covers: after "X said", or before ", X said"."""
    return text[voice.start :] if voice.forward else text[: voice.end]


def reference(said: str) -> Reference | None:
    """How a source's words point at an attack, if they do (not "would launch a strike").

    "confirmed the strike", "the Reni strike had targeted fuel depots", "its forces had hit the
    refinery": the attack talked about; "its forces had struck a staging area", "carried out a
    massive strike": a strike of its own, told with no weapon.
    """
    r = rules()
    for kind, pattern in (("topic", r.topic_reference_re), ("own", r.own_strike_re)):
        for m in pattern.finditer(said):
            if r.hypothetical_re.search(said[max(0, m.start() - 40) : m.start()]):
                continue
            return "topic" if kind == "topic" or _DEFINITE_OBJECT.match(said, m.end()) else "own"
    return None


def reports_harm(s: Sentence) -> bool:
    return harm(s.text) != (None, None)


def voiced(claims: list[Claim], s: Sentence, topic: Topic, said: str) -> list[tuple[str, str | None, When]]:
    """The weapon, attacker and date of what a source with no weapon of its own speaks of.

    The attack talked about, each of its weapons; the attack another source gave the same toll
    for; or, with no weapon known, "other": "a Russian strike on a recreation centre killed
    two" (another attack), "the ministry said its forces had struck a staging area".
    """
    killed, injured = harm(said)
    harmed = killed is not None or injured is not None
    same_toll = _claim_with_toll(claims, killed, injured)
    if same_toll is not None:
        return [
            (
                same_toll.weapon,
                same_toll.attacker,
                When(same_toll.occurred_on, same_toll.night, provisional=same_toll.provisional),
            )
        ]
    if (harmed and ANOTHER_ATTACK.search(s.text)) or (not harmed and reference(said) == "own"):
        return [("other", topic.attacker, topic.when)]
    if harmed and "missile" in (topic.weapons if topic.local else attack_weapons(claims, topic)):
        # "Russia fired 99 missiles and 35 drones ... Klitschko said two people had been killed": a
        # toll of an attack with missiles in it, told with no weapon, is the missiles' toll.
        return [("missile", topic.attacker, topic.when)]
    return [(weapon, topic.attacker, topic.when) for weapon in topic.weapons]


def attack_weapons(claims: list[Claim], topic: Topic) -> set[str]:
    """The weapons of the attack talked about: the topic's, and every other claim's about the same night."""
    out = set(topic.weapons)
    when = topic.when
    if when.day is None:
        return out
    for claim in claims:
        if claim.cumulative or claim.occurred_on != when.day or claim.night != when.night:
            continue
        if topic.attacker is None or claim.attacker == topic.attacker:
            out.add(claim.weapon)
    return out


def _claim_with_toll(claims: list[Claim], killed: int | None, injured: int | None) -> Claim | None:
    """The latest claim that gave the same deaths and injuries ("53 people had been hurt" again).

    One death alone is too common a toll to tell two attacks apart.
    """
    given = {k: v for k, v in (("killed", killed), ("injured", injured)) if v is not None}
    if not given or max(given.values()) < 2:
        return None
    for claim in reversed(claims):
        if (
            not claim.cumulative
            and claim.occurred_on is not None
            and all(getattr(claim, k) == v for k, v in given.items())
        ):
            return claim
    return None
