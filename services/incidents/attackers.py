"""Who attacked, as far as one sentence says: the country on the weapon, the launching subject,
the speaker's own forces, or the other side of the side hit."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from services.incidents.record import PLACE_LABELS, WINDOW, Claim, Group, Sentence
from services.incidents.speakers import Speaker
from services.incidents.vocabulary import alternation, foes, model_side, opposites, rules, side_of

_SUBJECT_VERB = re.compile(
    r"^(?:['’]s)?(?:\s+(?:forces|troops|military|army|navy|jets|warplanes|bombers|aircraft|units))?"
    r"(?:\s+(?:had|has|have|also|then|again|reportedly|later|once\s+again|overnight))*\s+"
    r"(?:launched|fired|sent|attacked|struck|hit|pounded|used|carried\s+out|targeted|shelled|bombarded|unleashed)\b",
    re.IGNORECASE,
)


def attacker_of(s: Sentence, group: Group, claims: list[Claim]) -> tuple[str | None, bool]:
    """Who attacked, and whether that is inferred rather than written.

    First what the sentence says (``stated_attacker``); then the claimant's side when the side
    hit is the other one ("Russia's ministry said ... in Ukraine's Sumy region" is Russia's
    attack) or the other side of the side hit when no claimant's side is known; then, inferred,
    the attacker of the same side's latest claim about the weapon (or of the one the sentence
    points back at), or the claimant's other side.
    """
    stated = _written(s, group)
    if stated is not None:
        return stated, False
    country = group.speaker.country if group.speaker else None
    downed = downed_side(group)
    if downed is not None:
        # "intercepted 14 drones over Crimea": a side reports what it downed of the other side's
        # weapons; the place is where it defended, not where it struck.
        return downed, True
    hit = side_hit(s)
    if hit and country and hit == opposites().get(country):
        return country, False
    if hit and not country:
        return opposites()[hit], True
    if hit and country and hit == country and country in opposites():
        # "Russia's ministry said eight drones took part in the attack on Moscow": a side telling of
        # an attack on its own ground tells the other side's attack, whatever it claimed before.
        return opposites()[country], True
    for claim in reversed(claims):
        # The same side's latest claim about the weapon, or the one pointed back at ("debris from
        # one of the missiles", said a governor whose side is not known).
        # With no source at all ("The previous night, 50 drones were launched"), the article's own
        # account goes on about the weapon it has been reporting.
        unsourced = group.speaker is None
        same_side = (
            claim.claimant is not None and claim.claimant.country == country
            if country
            else group.anaphoric or unsourced
        )
        if claim.last >= s.index - WINDOW and claim.weapon == group.weapon and same_side and claim.attacker:
            return claim.attacker, True
    if country in opposites() and _retaliation().search(s.text):
        # "Putin said the massive strike was a response to the bridge blast": his own side's strike.
        return country, True
    if country in opposites():
        return opposites()[country], True
    for claim in reversed(claims):
        # A side with several foes (Israel: Iran, Hezbollah, the Houthis) speaks of the one the
        # article has already named as attacking.
        if country and claim.attacker in foes().get(country, ()):
            return claim.attacker, True
    for claim in reversed(claims):
        # A source whose side is not known, going on to another weapon ("... all nine drones sent
        # in with the missiles, it said"): the attacker of its own claim just made.
        own = group.speaker is not None and claim.claimant == group.speaker
        if claim.last >= s.index - WINDOW and own and claim.attacker:
            return claim.attacker, True
    if country is None:
        # A source whose side is not known ("Military spokesman Rear Admiral X said the barrage
        # included 170 drones") right after claims that all name one attacker, about any weapon,
        # goes on about that attack.
        recent = one_country(c.attacker for c in claims if c.last >= s.index - 1)
        if recent is not None and all(c.attacker in {recent, None} for c in claims if c.last >= s.index - WINDOW):
            return recent, True
    return None, False


@cache
def _retaliation() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(rules().raw['retaliation_cues'])})(?![\w-])", re.IGNORECASE)


def stated_attacker(s: Sentence, group: Group) -> str | None:
    """Who attacked, as far as the sentence itself says: on the weapon, as subject, or by the side hit."""
    stated = _written(s, group)
    if stated is not None:
        return stated
    hit = side_hit(s)
    return opposites()[hit] if hit else None


def downed_side(group: Group) -> str | None:
    """ "Russia's ministry said air defences destroyed 70 drones": a side counting only what it
    downed speaks of the other side's wave."""
    country = group.speaker.country if group.speaker else None
    downed = any(group.counts.get(k) is not None for k in ("destroyed", "lost")) and "launched" not in group.counts
    return opposites()[country] if downed and country in opposites() else None


def _written(s: Sentence, group: Group) -> str | None:
    """The country on the weapon, the launching subject, or the speaker speaking of its own forces."""
    explicit = next((m.attacker for m in group.mentions if m.attacker), None)
    # "a Ukrainian missile strike ... that Moscow said was carried out with ATACMS missiles".
    unsaid = [g for g in s.groups if g.weapon == group.weapon and g.speaker is None]
    explicit = explicit or one_country(m.attacker for g in unsaid for m in g.mentions)
    if explicit:
        return explicit
    subject = launching_subject(s, group.start)
    if subject:
        return subject
    speaker = group.speaker
    if speaker is not None and speaker.country and speaks_of_own_forces(s, speaker):
        return speaker.country
    # "five Kh-22 missiles had been launched from bombers flying over Russia's Kursk region": a
    # model only one side fires names the attacker better than the places around it.
    return one_country(model_side(m.model) for m in group.mentions if m.model)


def launching_subject(s: Sentence, before: int) -> str | None:
    """ "Russia launched 267 drones", "Russian forces had struck": the country that launched."""
    subject = None
    for e in s.entities:
        # "Russia launched", "Russian forces struck", "the Russian army attacked".
        side = side_of(e)
        if e.label not in {"GPE", "NORP", "ORG"} or side not in foes():
            continue
        if e.end <= before and _SUBJECT_VERB.match(s.text[e.end :]):
            subject = side
        elif _agent_before().search(s.text[max(0, e.start - 80) : e.start]):
            return side  # "16 of the 20 drones launched by Russia", not "depots used by the Ukrainian army"
    return subject


@cache
def _agent_before() -> re.Pattern[str]:
    r = rules()
    nouns = alternation(r.raw["attack_nouns"])
    # "drones launched by Russia", and "a terrorist attack by the Kyiv regime": the agent of an attack.
    return re.compile(
        rf"(?:(?<![\w-])(?:{r.weapon})(?![\w-])(?:\s+[\w'’-]+){{0,3}}?\s+(?:launched|fired|sent|used|dropped)"
        # "a missile fired from Yemen by the Houthis": where it came from, between the verb and its agent
        rf"(?:\s+from\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"
        rf"|(?<![\w-])(?:{nouns}))\s+by\s+(?:the\s+)?$",
        re.IGNORECASE,
    )


def one_country(countries: Iterable[str | None]) -> str | None:
    named = {c for c in countries if c}
    return named.pop() if len(named) == 1 else None


def speaks_of_own_forces(s: Sentence, speaker: Speaker | None) -> bool:
    """ "the ministry said its forces had fired ...", "the SBU said it had hit ...": its own attack."""
    pattern = rules().self_agent_re
    for a in s.found:
        if a.forward and a.speaker == speaker:
            m = pattern.search(s.text, a.end)
            # "the ministry said in its daily briefing that its forces had carried out ...": its own.
            if m is not None and (m.start() - a.end <= 25 or _OWN_GAP.match(s.text, a.end, m.start())):
                return True
    return False


# Between "said" and its content: where or when it was said, no clause of its own.
_OWN_GAP = re.compile(r"\s+(?:(?:in|on|at|during)\s+(?:[\w'’-]+\s+){1,4}?)?(?:that\s+)?$", re.IGNORECASE)
_STATEMENT_PLACE = re.compile(r"^\s*(?:in|from)\s+$", re.IGNORECASE)


@cache
def _owned_after() -> re.Pattern[str]:
    return re.compile(rf"['’]s\s+(?:{alternation(rules().raw['not_place_owned'])})(?![\w-])", re.IGNORECASE)


def _owned_not_place(text: str, end: int) -> bool:
    """ "every type of missile in Russia's inventory": a country's arsenal is not a place hit."""
    return _owned_after().match(text, end) is not None


def _statement_place(s: Sentence, start: int, end: int) -> bool:
    """ "In Moscow, the defence ministry said": a place opening the sentence right before its source."""
    if not _STATEMENT_PLACE.match(s.text[:start]) or s.text[end : end + 1] != ",":
        return False
    return any(a.forward and 0 < a.start - end <= 40 for a in s.found)


@cache
def _strike_on() -> re.Pattern[str]:
    nouns = alternation(rules().raw["attack_nouns"])
    # An attack noun, a few words of how ("with precision weapons"), then what it was made on.
    of = alternation(rules().raw["hit_of_nouns"])
    return re.compile(
        rf"(?<![\w-])(?:(?:{nouns})(?:\s+[\w'’-]+){{0,5}}?\s+(?:on|against)|(?:{of})\s+of)"
        rf"\s+(?:the\s+)?(?:(?:Russian|Ukrainian)\s+(?:city|town|village|region|port)\s+of\s+)?$",
        re.I,
    )


@cache
def _not_hit_before() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(rules().raw['not_hit_before'])})\s+(?:the\s+)?$", re.I)


def side_hit(s: Sentence) -> str | None:
    """The side hit: "smuggled into Russia", "in Russia's Bryansk region", "hit 41 Russian aircraft"."""
    r = rules()
    for e in s.entities:
        # "struck the Ukrainian military": a country's forces hit are that side hit too.
        if e.country not in opposites() or e.label not in PLACE_LABELS | {"NORP", "ORG"}:
            continue
        before = s.text[max(0, e.start - 40) : e.start]
        if _statement_place(s, e.start, e.end) or _owned_not_place(s.text, e.end):
            continue  # "In Moscow, the defence ministry said ...": where the statement was made
        if _not_hit_before().search(before):
            continue  # "since the war in Ukraine began": the war's name, no place hit
        # "on Kyiv", "in Russia's Bryansk region", "on the Russian city of Vladikavkaz"
        if e.label in PLACE_LABELS and re.search(rf"(?:{r.target_re.pattern})\s+(?:[\w'’-]+\s+){{0,4}}$", before, re.I):
            return e.country
        if re.search(
            r"\b(?:hit|struck|attacked|targeted|sunk|sank|destroyed)\s+(?:\d+\s+|the\s+|an?\s+)?$", before, re.I
        ):
            return e.country
        if e.label != "NORP" and _strike_on().search(s.text[max(0, e.start - 100) : e.start]):
            return e.country  # "a massive strike with precision weapons on Ukraine's military command system"
    return None
