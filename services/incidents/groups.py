"""One sentence's numbers for one weapon and one speaker, and how they fill a claim."""

from __future__ import annotations

import re

from services.incidents.casualties import harm, harm_position
from services.incidents.mentions import Mention
from services.incidents.record import Claim, Group, Sentence
from services.incidents.speakers import Speaker, speaker_for
from services.incidents.vocabulary import ROLES, Role

# What may stand between two weapons listed together: "missiles and three dozen drones".
_LIST_JOIN = re.compile(r"^\s+(?:and|as\s+well\s+as|along\s+with|plus)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def assign_harm(s: Sentence, placed: list[tuple[Group, Claim]]) -> None:
    """Deaths and injuries go to the claim whose weapon the sentence names just before them."""
    if not placed:
        return
    killed, injured = harm(s.text)
    if killed is None and injured is None:
        return
    harm_at = harm_position(s.text)
    owner, owner_group = placed[0][1], placed[0][0]
    for group, claim in placed:
        if group.start <= harm_at:
            owner, owner_group = claim, group
    for group, claim in placed:
        # "Russia fired 122 missiles and three dozen drones ..., killing at least 30": the toll of
        # weapons listed together goes to the missiles (as a toll told with no weapon does).
        if (
            claim.weapon == "missile"
            and group.start < owner_group.start
            and _LIST_JOIN.match(s.text[group.mentions[0].end : owner_group.start])
        ):
            owner = claim
    owner.killed = owner.killed if owner.killed is not None else killed
    owner.injured = owner.injured if owner.injured is not None else injured


def groups_of(s: Sentence, mentions: list[Mention]) -> list[Group]:
    """A sentence's weapon mentions grouped by speaker and weapon, their numbers combined."""
    groups: dict[tuple[str | None, str], Group] = {}
    for m in mentions:
        speaker = speaker_for(m.start, s.found, s.text)
        key = (speaker.name if speaker else None, m.weapon)
        group = groups.setdefault(key, Group(weapon=m.weapon, speaker=speaker, mentions=[]))
        group.mentions.append(m)
    for group in groups.values():
        _combine(group)
    return list(groups.values())


def _combine(group: Group) -> None:
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
    group.hits = any("launched" in m.counts for m in group.mentions) and all(
        m.hits for m in group.mentions if "launched" in m.counts
    )
    if len(destroyed) > 1 and _umbrella_resolved(group, destroyed):
        group.split.discard("destroyed")
    _keep_totals(group)
    parts = [m for m in group.mentions if not m.subset]
    with_launched = sum("launched" in m.counts for m in parts)
    if "destroyed" in group.split and 0 < with_launched < sum("destroyed" in m.counts for m in parts):
        # "downed six Kh-101s and all four Kalibr missiles": four is how many Kalibrs came, not missiles.
        group.split.add("launched")
    for role in group.split:
        group.counts[role] = None
        group.approximate[role] = " and ".join(texts[role])
    launched = group.counts.get("launched")
    for m in group.mentions:
        if m.all_of and m.all_of not in group.counts and launched is not None:
            group.counts[m.all_of] = launched


def _keep_totals(group: Group) -> None:
    """ "In all, seven missiles were launched, and four of the five Kh-101s were shot down": seven."""
    for m in group.mentions:
        for role, value in m.counts.items():
            if m.total and value is not None:
                group.counts[role] = value
                group.split.discard(role)


def _umbrella_resolved(group: Group, destroyed: list[tuple[int | None, bool]]) -> bool:
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


def merge_counts(claim: Claim, group: Group) -> None:
    """Fill the counts still empty; a second number for a filled count is a breakdown.

    A count so far only vague ("dozens of missiles") takes the number the statement then gives
    ("40 missiles"), which is what the vague words were about; a count so far of a part ("seven
    Kh-101 cruise missiles") takes the total given as one ("In all, nine missiles were aimed").
    """
    for role in ROLES:
        if role not in group.counts or role in group.split:
            continue
        if role == "launched" and claim.counts and all(m.part for m in group.mentions if "launched" in m.counts):
            continue  # "two drones brought down ... One of them crashed into a building": a part, not how many came
        value = group.counts[role]
        vague = role in claim.counts and claim.counts[role] is None and value is not None
        total = any(m.total and role in m.counts for m in group.mentions) and value is not None
        if role not in claim.counts or vague or total or _more_than_hit(claim, group, role):
            claim.counts[role] = value
            if role == "launched":
                claim.hits = group.hits
            claim.approximate.pop(role, None)
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
        if m.rest_of and m.rest_of not in claim.counts:
            _fill_rest(claim, m.rest_of)


# The other downing count a "the rest" count is left over from.
_OTHER_PART: dict[Role, Role] = {"lost": "destroyed", "destroyed": "lost"}


def _fill_rest(claim: Claim, role: Role) -> None:
    """ "40 launched, 25 shot down, the rest jammed": 15, but only with both numbers in this claim."""
    other = _OTHER_PART.get(role)
    launched = claim.counts.get("launched")
    part = claim.counts.get(other) if other else None
    if launched is not None and part is not None and launched >= part:
        claim.counts[role] = launched - part


def _more_than_hit(claim: Claim, group: Group, role: Role) -> bool:
    """ "Two drones slammed into towers", then "an attack involving three drones": three were launched."""
    if role != "launched" or not claim.hits or group.hits:
        return False
    value, before = group.counts.get(role), claim.counts.get(role)
    return value is not None and before is not None and value > before


def same_voice(claimant: Speaker | None, speaker: Speaker | None, *, anaphoric: bool) -> bool:
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


def same_numbers(claim: Claim, group: Group) -> bool:
    """ "99 of the 109 drones, said the Air Force commander": the same side repeating the same count."""
    if claim.claimant is None or group.speaker is None or claim.claimant.country != group.speaker.country:
        return False
    shared = [r for r in ROLES if r in group.counts and group.counts[r] is not None and r in claim.counts]
    return bool(shared) and all(claim.counts[r] == group.counts[r] for r in shared)
