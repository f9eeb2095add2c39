"""One sentence's numbers for one weapon and one speaker, and how they fill a claim."""

from __future__ import annotations

import re
from functools import cache

from services.incidents.attackers import launching_subject
from services.incidents.casualties import harm, harm_position
from services.incidents.mentions import Mention
from services.incidents.record import Claim, Group, Sentence
from services.incidents.speakers import Speaker, speaker_for
from services.incidents.vocabulary import ROLES, Role, alternation, model_kind, rules

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
    """A sentence's weapon mentions grouped by speaker and weapon, their numbers combined.

    "10 missiles in the early hours of Sunday and another six on Sunday afternoon": a count of the
    same weapon that comes with a date of its own after a dated count is another wave, its own group.
    """
    groups: dict[tuple[str | None, str, int], Group] = {}
    waves: dict[tuple[str | None, str], int] = {}
    for m in mentions:
        speaker = speaker_for(m.start, s.found, s.text)
        voice = (speaker.name if speaker else None, m.weapon)
        wave = waves.setdefault(voice, 0)
        last = groups.get((*voice, wave))
        earlier = last is not None and not last.earlier and _earlier_wave(s, last.mentions[-1], m)
        if last is not None and (earlier or _next_wave(s, last.mentions[-1], m)):
            wave = waves[voice] = wave + 1
        elif m.gapped:
            continue  # "and another 30 on Saturday night" again: no wave of its own, so no count either
        group = groups.setdefault((*voice, wave), Group(weapon=m.weapon, speaker=speaker, mentions=[]))
        group.earlier = group.earlier or earlier
        group.mentions.append(m)
    for group in groups.values():
        _combine(group)
    return list(groups.values())


@cache
def _wave_join() -> re.Pattern[str]:
    """What joins one dated count to the next wave's: see ``wave_join_openings`` in claim_rules.json."""
    return re.compile(rf"^\s*,?\s*and\s+(?:(?:{alternation(rules().raw['wave_join_openings'])})\s+)?$", re.IGNORECASE)


# What may stand between the next wave's count and its own date: "150 drones on", "six".
_WAVE_DATE_GAP = re.compile(r"^[\s\w-]{0,30}$")


def sides_of(s: Sentence, group: Group) -> list[Group]:
    """A group's mentions split where the launching side changes, for dating each side's wave.

    "Ukraine attacked Moscow with 34 drones on Sunday, while Russia sent 145 drones overnight": the
    counts stay one unsourced group, but each side's wave keeps its own date for later voices.
    """
    parts = [Group(weapon=group.weapon, speaker=group.speaker, mentions=[group.mentions[0]])]
    for m in group.mentions[1:]:
        if _other_side(s, parts[-1].mentions[-1], m):
            parts.append(Group(weapon=group.weapon, speaker=group.speaker, mentions=[]))
        parts[-1].mentions.append(m)
    if len(parts) > 1:
        for part in parts:
            _combine(part)
    return parts if len(parts) > 1 else [group]


def _other_side(s: Sentence, before: Mention, m: Mention) -> bool:
    """ "Ukraine attacked Moscow with 34 drones, while Russia sent 145 drones": each side its own wave."""
    first, second = launching_subject(s, before.start), launching_subject(s, m.start)
    return first is not None and second is not None and first != second


def _next_wave(s: Sentence, before: Mention, m: Mention) -> bool:
    """Whether ``m`` counts a new wave: both counts of one role, each followed by its own attack date."""
    shared = [r for r in before.counts if before.counts[r] is not None and m.counts.get(r) is not None]
    if not shared:
        return False
    dates = sorted((span for span, kind in s.dates if kind != "report"), key=lambda d: d.char_start)
    first = next((d for d in dates if before.end <= d.char_start < m.start), None)
    if first is None or not _wave_join().match(s.text[first.char_end : m.start]):
        return False
    second = next((d for d in dates if d.char_start >= m.end), None)
    if second is None or not _WAVE_DATE_GAP.match(s.text[m.end : second.char_start]):
        return False
    return (first.start, first.end) != (second.start, second.end) or first.text.lower() != second.text.lower()


def _earlier_wave(s: Sentence, before: Mention, m: Mention) -> bool:
    """Whether ``m`` counts the wave of the night before: "90 drones overnight; on the previous night it
    launched 120 drones", "... after firing 120 drones the night before", "96 drones a night earlier"."""
    if not _shares_role(before, m):
        return False
    cue = rules().previous_night_re
    tail = s.text[m.end :]
    after = cue.search(tail)
    if after is not None and _WAVE_DATE_GAP.match(tail[: after.start()]):
        return True
    between = s.text[before.end : m.start]
    found = list(cue.finditer(between))
    # The cue must open the second count's clause, not end the first's ("10 drones during the night
    # before and suppressed three more"): a clause break comes between the first count and the cue.
    return bool(found) and _COUNT_CLAUSE_END.search(between[: found[-1].start()]) is not None


# What ends one count's clause before the next count's: "overnight; on the previous night", ", after".
_COUNT_CLAUSE_END = re.compile(r"[;,]|\b(?:after|while|whereas)\b", re.IGNORECASE)


def _shares_role(before: Mention, m: Mention) -> bool:
    return any(before.counts[r] is not None and m.counts.get(r) is not None for r in before.counts)


def _combine(group: Group) -> None:
    """One sentence's numbers for one weapon: the same count twice is a split by type."""
    texts: dict[Role, list[str]] = {}
    destroyed: list[tuple[int | None, bool]] = []
    whole = [m for m in group.mentions if not m.subset]
    for m in group.mentions:
        for role, value in m.counts.items():
            if role == "launched" and m.subset and any(w.counts for w in whole) and _no_launched(whole):
                # "72 of the missiles were shot down, among them all ten Kinzhals": ten is how many
                # Kinzhals came, a part's count, not how many missiles did.
                continue
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
    summed = _all_of_parts(group) if "launched" in group.split else None
    if summed is not None:
        group.split.discard("launched")
        group.counts["launched"] = summed
    for role in group.split:
        group.counts[role] = None
        group.approximate[role] = " and ".join(texts[role])
    launched = group.counts.get("launched")
    for m in group.mentions:
        if m.all_of and m.all_of not in group.counts and launched is not None:
            group.counts[m.all_of] = launched


def _all_of_parts(group: Group) -> int | None:
    """ "Six Shahed drones and three decoys were sent, and all nine were shot down": a last number
    with no weapon of its own, all of them downed, larger than every count before it, is the whole."""
    launched = [m for m in group.mentions if m.counts.get("launched") is not None]
    if len(launched) < 2:
        return None
    last = launched[-1]
    value = last.counts["launched"]
    if last.kind != "bare" or value is None or last.counts.get("destroyed") != value:
        return None
    earlier = [m.counts["launched"] or 0 for m in launched[:-1]]
    return value if all(n < value for n in earlier) else None


def _no_launched(mentions: list[Mention]) -> bool:
    return all("launched" not in m.counts for m in mentions)


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
    if body_of(claimant, speaker):
        return True  # "Ukraine said ... all 18 missiles", then "The Ukrainian Air Force said ..."
    if speaker.kind == "nominal" and claimant.kind != "unnamed" and _head_of(speaker.name, claimant.name):
        return True  # "the Defence Ministry said ...", then "the ministry said ...": the same body, shortened
    same_side = claimant.country is None or speaker.country is None or claimant.country == speaker.country
    if anaphoric:
        return same_side
    # A claim first put to "officials" takes the name of the body that goes on with it.
    return same_side and claimant.kind == "unnamed"


def _head_of(short: str, full: str) -> bool:
    """Whether ``short`` ("ministry") is the last word of ``full`` ("Defence Ministry")."""
    words = full.lower().split()
    return len(words) > 1 and short.lower().split() == words[-1:]


def body_of(country: Speaker, speaker: Speaker) -> bool:
    """Whether ``speaker`` is a body (not a person) of the country ``country`` is, telling its claim in full."""
    return (
        country.name == country.country
        and speaker.country == country.country
        and speaker.name != country.name
        and speaker.label != "PERSON"
    )


def same_numbers(claim: Claim, group: Group) -> bool:
    """ "99 of the 109 drones, said the Air Force commander": the same side repeating the same count."""
    if claim.claimant is None or group.speaker is None or claim.claimant.country != group.speaker.country:
        return False
    shared = [r for r in ROLES if r in group.counts and group.counts[r] is not None and r in claim.counts]
    return bool(shared) and all(claim.counts[r] == group.counts[r] for r in shared)


def regroup(group: Group, mentions: list[Mention]) -> Group:
    """The group as if the sentence had named only ``mentions`` of it, its numbers combined again."""
    out = Group(weapon=group.weapon, speaker=group.speaker, mentions=list(mentions), earlier=group.earlier)
    if mentions:
        _combine(out)
    return out


def model_parts(group: Group, claim: Claim) -> dict[str, list[Mention]]:
    """A group's counts by model that are parts of a wave, not its whole: each is a claim of its own.

    "18 missiles, among them six Kinzhal missiles": the six are the Kinzhals' part; "shot down all six
    Kinzhal missiles and six Kalibr missiles": two models counted side by side, each its own part;
    "fired a single S-400 missile", then "fired five Iskander-M missiles": a count of another model
    that the claim's own count is not, the later model's part.
    """
    weapon = group.weapon
    counted = [m for m in group.mentions if _model_counted(m, weapon)]
    if not counted or weapon not in rules().raw["model_part_weapons"]:
        return {}
    parts: dict[str, list[Mention]] = {}
    whole = [m for m in counted if not m.subset]
    if len({m.model for m in whole}) > 1 and _shared_role(whole):
        for m in whole:
            parts.setdefault(m.model or "", []).append(m)
    # A part needs its whole: in the sentence ("99 missiles, including ten Kinzhals") or in the claim.
    has_whole = bool(claim.counts) or any(m.counted and not m.subset for m in group.mentions)
    for m in counted:
        if m.subset and m.model != claim.model and has_whole:
            _all_downed_part(m, group)
            parts.setdefault(m.model or "", []).append(m)
    if parts:
        return parts
    models = {m.model for m in counted}
    conflicting = [m for m in counted if _conflicts(claim, m.counts)]
    if len(models) != 1 or claim.model in models or not conflicting:
        return {}
    (model,) = models
    # "In all, seven missiles were launched, and four of the five Kh-101s were shot down": the total stays
    # the wave's; with no other count, "and all five were shot down" is the model's too.
    others = [m for m in group.mentions if m.counted and m not in counted and (m.kind != "bare" or m.total)]
    return {model or "": conflicting if others else list(group.mentions)}


def _all_downed_part(part: Mention, group: Group) -> None:
    """ "destroyed all 18 missiles, including six Kinzhals", "30 were shot down, among them all six Kinzhals":
    every one of the part came and was downed, so its launched count is its downed count too."""
    launched = part.counts.get("launched")
    if launched is None or part.counts.get("destroyed") is not None or part.counts.get("lost") is not None:
        return
    wholes = [m for m in group.mentions if m.counted and not m.subset]
    all_downed = any(
        m.counts.get("launched") is not None and m.counts["launched"] == m.counts.get("destroyed") for m in wholes
    )
    if all_downed or (part.every and any(m.counts.get("destroyed") is not None for m in wholes)):
        part.counts["destroyed"] = launched


def _model_counted(m: Mention, weapon: str) -> bool:
    """A model counted with a number written as one ("both Kh-59 missiles" writes none)."""
    if not m.model or model_kind(m.model) not in {weapon, None} or not _WRITTEN().search(m.text):
        return False
    if _TWO_MODELS.search(m.text):
        return False  # "50 Kh-101 and Kalibr cruise missiles": one number for two models is neither's
    return any(v is not None for v in m.counts.values())


_TWO_MODELS = re.compile(r"\s(?:and|or)\s", re.IGNORECASE)


@cache
def _WRITTEN() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{rules().number})(?![\w-])", re.IGNORECASE)


def _shared_role(mentions: list[Mention]) -> bool:
    """Two or more of the mentions count the same thing (launched, or downed)."""
    return any(sum(m.counts.get(r) is not None for m in mentions) > 1 for r in ROLES)


def _conflicts(claim: Claim, counts: dict[Role, int | None]) -> bool:
    """The counts give another number for a count the claim already has."""
    return any(
        claim.counts.get(r) is not None and counts.get(r) is not None and claim.counts[r] != counts[r] for r in ROLES
    )
