"""The claim rules' vocabulary (``data/claim_rules.json``) compiled once into patterns.

Only the words live in the data file; this module turns them into regular expressions and
holds no reading logic of its own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final, Literal

from shared.models import Entity
from shared.phrases import phrase_alternation

Role = Literal["launched", "destroyed", "lost"]
ROLES: Final[tuple[Role, ...]] = ("launched", "destroyed", "lost")

DATA_FILE: Final = Path(__file__).parent / "data" / "claim_rules.json"

_TENS: Final = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS: Final = "one|two|three|four|five|six|seven|eight|nine"

# Words that may stand between a number and its weapon ("83 Russian drones", "139 strike and
# decoy drones") are anything but these, which would carry the number off to another noun.
_ATTR_STOP: Final = (
    "of|were|was|is|are|had|has|have|been|the|a|an|that|which|who|in|on|at|by|to|from|for|with|over|"
    "into|more|than|each|per|when|after|as|while|because|before|if|where|said|says|and\\s+\\d|"
    "and\\s+(?:" + _TENS + "|" + _UNITS + ")"
)


def normal(phrase: str) -> str:
    """Lower case with single spaces: how phrases are looked up after a match."""
    return " ".join(phrase.lower().split())


def alternation(phrases: Iterable[str]) -> str:
    """Longest first, so that "shot down or suppressed" wins over "shot down"."""
    return phrase_alternation(normal(p) for p in phrases)


def bounded(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True)
class Rules:
    raw: dict[str, Any]
    numbers: dict[str, int]
    number: str
    approx: str
    lower_bound: frozenset[str]
    attr: str
    weapon: str
    weapon_of: dict[str, str]
    weapon_patterns: dict[str, list[re.Pattern[str]]]
    weapon_re: re.Pattern[str]
    #: Model families by the start of the model's name or of a word in it ("R-360 Neptune").
    model_kinds: dict[str, re.Pattern[str]]
    model_sides: dict[str, re.Pattern[str]]
    role_of_verb: dict[str, Role]
    verb_re: re.Pattern[str]
    umbrella: frozenset[str]
    impact_re: re.Pattern[str]
    #: A launch verb right after a count that says the weapons hit, not that they were launched.
    hit_start_re: re.Pattern[str]
    claim_re: re.Pattern[str]
    nominals: str
    unnamed: str
    self_agent_re: re.Pattern[str]
    target_re: re.Pattern[str]
    aid_re: re.Pattern[str]
    nominal_defaults: dict[str, tuple[str, str]]
    #: A body's kind ("defence ministry", spelled the British way) -> side -> its canonical name.
    nominal_sides: dict[str, dict[str, str]]
    #: A claimant's name as the extractor built it -> the name the gazetteer gives the same body.
    claimant_aliases: dict[str, str]
    capitals: dict[str, str]
    denial_re: re.Pattern[str]
    unverified_re: re.Pattern[str]
    denial_not_before_re: re.Pattern[str]
    cumulative_re: re.Pattern[str]
    cumulative_not_after_re: re.Pattern[str]
    cumulative_single_re: re.Pattern[str]
    #: Lower-case strings every cumulative phrase contains: a sentence with none skips the patterns.
    cumulative_gate: tuple[str, ...]
    superlative_re: re.Pattern[str]
    hypothetical_re: re.Pattern[str]
    anaphora_re: re.Pattern[str]
    attack_noun_re: re.Pattern[str]
    attack_noun_start_re: re.Pattern[str]
    same_night_re: re.Pattern[str]
    previous_night_re: re.Pattern[str]
    next_night_re: re.Pattern[str]
    next_day_re: re.Pattern[str]
    previous_day_re: re.Pattern[str]
    morning_after_re: re.Pattern[str]
    #: The morning cues and a morning's clock hours ("between 6 a.m. and 9 a.m."), for a sentence
    #: with no night talked about.
    morning_re: re.Pattern[str]
    night_into_before_re: re.Pattern[str]
    evening_re: re.Pattern[str]
    alert_re: re.Pattern[str]
    night_cue_re: re.Pattern[str]
    topic_reference_re: re.Pattern[str]
    attack_verdict_re: re.Pattern[str]
    passing_attack_re: re.Pattern[str]
    look_back_re: re.Pattern[str]
    regional_share_re: re.Pattern[str]
    hours_earlier_re: re.Pattern[str]
    hours_later_re: re.Pattern[str]
    own_strike_re: re.Pattern[str]
    not_attack_before_re: re.Pattern[str]
    not_attack_after_re: re.Pattern[str]
    casualty: str
    killed_verbs: str
    injured_verbs: str
    vague: str
    zero: str
    #: Words for the whole of a pair ("both cruise missiles"), with their number.
    pair: str
    pairs: dict[str, int]
    #: Modals that still state a fact after a zero count ("none could be stopped").
    zero_modals: str
    #: "the rest", "the remainder": what is left of the launched count.
    rest: str
    #: "the remaining drones": the rest, named by its weapon.
    rest_of_weapon: str
    #: "the missiles were not intercepted": the weapons talked about, negated (zero downed).
    negated_weapon: str
    #: "all", "every one of": the count is the whole of what was launched.
    all_of: str
    mixed_re: re.Pattern[str]


def _number_pattern(numbers: dict[str, int]) -> str:
    words = alternation(numbers)
    return rf"(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+(?![\d,]\d)|(?:{_TENS})-(?:{_UNITS})|{words})"


def _family(prefixes: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(p) for p in prefixes)})", re.IGNORECASE)


def _weapon_patterns(raw: dict[str, Any]) -> dict[str, list[re.Pattern[str]]]:
    return {
        kind: [re.compile(p, re.IGNORECASE) for p in patterns]
        for kind, patterns in raw["weapon_patterns"].items()
        if not kind.startswith("_")
    }


def _verbs(raw: dict[str, Any]) -> dict[str, Role]:
    # Destroyed and lost are read after launched so that a phrase listed under two roles takes
    # the more specific one; "brought down by electronic warfare" is lost, not destroyed.
    out: dict[str, Role] = {}
    for role in ROLES:
        for phrase in raw[role]:
            out[normal(phrase)] = role
    return out


@cache
def rules() -> Rules:
    raw: dict[str, Any] = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    numbers = {normal(k): int(v) for k, v in raw["number_words"].items()}
    weapon_of = {normal(w): kind for kind, words in raw["weapons"].items() for w in words}
    weapon_patterns = _weapon_patterns(raw)
    extra = [p.pattern for patterns in weapon_patterns.values() for p in patterns]
    weapon = "|".join([*extra, alternation(weapon_of)])
    role_of_verb = _verbs(raw)
    attr = rf"(?!(?:{_ATTR_STOP})\b)[A-Za-z][\w'’/.-]*"
    number = _number_pattern(numbers)
    # "between 20 and 30 drones": a range is vague, its words kept and no number made of it.
    approx = rf"between\s+{number}\s+and|{alternation([*raw['approximate_prefixes'], *raw['lower_bound_prefixes']])}"
    return Rules(
        raw=raw,
        numbers=numbers,
        number=number,
        approx=approx,
        lower_bound=frozenset(normal(p) for p in raw["lower_bound_prefixes"]),
        attr=attr,
        weapon=weapon,
        weapon_of=weapon_of,
        weapon_patterns=weapon_patterns,
        weapon_re=bounded(weapon),
        model_kinds={k: _family(v) for k, v in raw["model_kinds"].items() if not k.startswith("_")},
        model_sides={k: _family(v) for k, v in raw["model_sides"].items()},
        role_of_verb=role_of_verb,
        verb_re=bounded(alternation(role_of_verb)),
        umbrella=frozenset(normal(p) for p in raw["destroyed_umbrella"]),
        impact_re=bounded(alternation(raw["impact"])),
        hit_start_re=re.compile(
            rf"^(?:\s+(?:had|have|has|also|then|reportedly|later))*\s+(?:{alternation(raw['hit_verbs'])})(?![\w-])",
            re.IGNORECASE,
        ),
        claim_re=re.compile(
            "|".join([bounded(alternation(raw["claim_verbs"])).pattern, *raw["claim_verb_patterns"]]), re.IGNORECASE
        ),
        nominals=alternation(raw["speaker_nominals"]),
        unnamed=alternation(raw["unnamed_speakers"]),
        self_agent_re=re.compile("|".join(raw["self_agent_patterns"]), re.IGNORECASE),
        target_re=bounded(alternation(raw["target_prepositions"])),
        aid_re=re.compile("|".join(raw["aid_patterns"]), re.IGNORECASE),
        nominal_defaults={normal(k): (v[0], v[1]) for k, v in raw["nominal_defaults"].items()},
        nominal_sides={
            normal(k).replace("defense", "defence"): dict(v)
            for k, v in raw["nominal_sides"].items()
            if not k.startswith("_")
        },
        claimant_aliases=dict(raw["claimant_aliases"]),
        capitals=dict(raw["speaking_capitals"]),
        denial_re=bounded(alternation(raw["denial"])),
        unverified_re=bounded(alternation(raw["unverified"])),
        denial_not_before_re=re.compile(rf"^\s*(?:{alternation(raw['denial_not_before'])})\b", re.IGNORECASE),
        cumulative_re=re.compile(
            "|".join([rf"(?<![\w-])(?:{alternation(raw['cumulative'])})(?![\w-])", *raw["cumulative_patterns"]]),
            re.IGNORECASE,
        ),
        cumulative_not_after_re=re.compile(
            "|".join(
                [
                    rf"(?<![\w-])(?:{alternation(raw['cumulative_not_after'])})\s*$",
                    *(rf"(?:{p})\s*$" for p in raw["cumulative_not_after_patterns"]),
                ]
            ),
            re.IGNORECASE,
        ),
        # Case-sensitive: "May 17" is a date, "may" a maybe.
        cumulative_single_re=bounded(alternation(raw["cumulative_single"])),
        # "the 13th mass strike this year": an ordinal in figures is one too.
        cumulative_gate=tuple(normal(w) for w in raw["cumulative_gate"]),
        superlative_re=bounded(rf"{alternation(raw['cumulative_superlatives'])}|\d+(?:st|nd|rd|th)"),
        hypothetical_re=re.compile(rf"(?<![\w-])(?:{alternation(raw['hypothetical'])})(?![\w-])"),
        anaphora_re=bounded(alternation(raw["anaphora"])),
        attack_noun_re=bounded(alternation(raw["attack_nouns"])),
        attack_noun_start_re=re.compile(
            rf"^\s+(?:{alternation([*raw['attack_nouns'], 'operation', 'operations', 'campaign'])})(?![\w-])", re.I
        ),
        same_night_re=bounded(alternation(raw["same_night_cues"])),
        previous_night_re=bounded(alternation(raw["previous_night_cues"])),
        next_night_re=bounded(alternation(raw["next_night_cues"])),
        next_day_re=bounded(alternation(raw["next_day_cues"])),
        previous_day_re=bounded(alternation(raw["previous_day_cues"])),
        morning_after_re=bounded(alternation(raw["morning_after_cues"])),
        morning_re=re.compile(
            "|".join([bounded(alternation(raw["morning_after_cues"])).pattern, *raw["morning_hour_patterns"]]), re.I
        ),
        night_into_before_re=re.compile(rf"(?<![\w-])(?:{alternation(raw['night_into_before'])})\s+(?:on\s+)?$", re.I),
        evening_re=bounded(alternation(raw["evening_words"])),
        alert_re=bounded(alternation(raw["alert_cues"])),
        night_cue_re=re.compile(
            "|".join([bounded(alternation(raw["night_cues"])).pattern, *raw["night_cue_patterns"]]), re.IGNORECASE
        ),
        topic_reference_re=re.compile("|".join(raw["topic_reference_patterns"]), re.IGNORECASE),
        attack_verdict_re=re.compile("|".join(raw["attack_verdict_patterns"]), re.IGNORECASE),
        passing_attack_re=re.compile("|".join(raw["passing_attack_patterns"]), re.IGNORECASE),
        regional_share_re=re.compile("|".join(raw["regional_share_patterns"])),
        look_back_re=re.compile(rf"^\W*(?:{alternation(raw['look_back_openings'])})\b", re.IGNORECASE),
        hours_earlier_re=re.compile(rf"^\W*(?:{alternation(raw['hours_earlier_openings'])})\b", re.IGNORECASE),
        hours_later_re=re.compile(rf"^\W*(?:{alternation(raw['hours_later_openings'])})\b", re.IGNORECASE),
        own_strike_re=re.compile("|".join([*raw["own_strike_patterns"], *raw["self_agent_patterns"]]), re.IGNORECASE),
        # "sea drones" but not "launched from air and sea and attack drones": a conjunction after
        # the cue starts another item of a list ("interceptor and" is listed on purpose).
        not_attack_before_re=re.compile(
            rf"(?<![\w-])(?:{alternation(raw['not_attack_before'])})(?:\s+(?!(?:and|or)\b){attr}){{0,2}}\s*$",
            re.IGNORECASE,
        ),
        not_attack_after_re=re.compile(rf"^\s*(?:{alternation(raw['not_attack_after'])})(?![\w-])", re.IGNORECASE),
        casualty=alternation(raw["casualty_nouns"]),
        killed_verbs=alternation(raw["killed_verbs"]),
        injured_verbs=alternation(raw["injured_verbs"]),
        vague=alternation(raw["vague_counts"]),
        zero=alternation(raw["zero_counts"]),
        pair=alternation(raw["pair_counts"]),
        pairs={normal(k): int(v) for k, v in raw["pair_counts"].items()},
        zero_modals=alternation(raw["zero_modals"]),
        rest=alternation(raw["rest_counts"]),
        rest_of_weapon=alternation(raw["rest_of_weapon"]),
        negated_weapon=alternation(raw["negated_weapon_openings"]),
        all_of=alternation(raw["all_of_prefixes"]),
        mixed_re=bounded(alternation(raw["mixed_weapons"])),
    )


def parse_number(text: str) -> int:
    """ "83" -> 83, "1,000" -> 1000, "eleven" -> 11, "twenty-two" -> 22, "two dozen" -> 24."""
    words = rules().numbers
    low = normal(text)
    digits = low.replace(",", "")
    if digits.isdigit():
        return int(digits)
    if low in words:
        return words[low]
    if low in rules().pairs:
        return rules().pairs[low]
    tens, _, unit = low.partition("-")
    return words[tens] + words[unit]


def is_lower_bound(qualifier: str | None) -> bool:
    """ "at least 31": a floor, which the conventions count as the number itself."""
    return qualifier is not None and normal(qualifier) in rules().lower_bound


def weapon_kind(text: str) -> str:
    """The weapon kind of a matched weapon phrase ("cruise missiles" -> missile)."""
    r = rules()
    kind = r.weapon_of.get(normal(text))
    if kind is not None:
        return kind
    for name, patterns in r.weapon_patterns.items():
        if any(p.fullmatch(text) for p in patterns):
            return name
    raise KeyError(text)


def model_kind(name: str) -> str | None:
    """The weapon kind of a WEAPON entity's canonical name, from the model families in the data."""
    return next((kind for kind, family in rules().model_kinds.items() if family.search(name)), None)


def model_side(name: str) -> str | None:
    """The side that fires a model ("Kh-22" is Russia's), or None for models both sides field."""
    return next((side for side, family in rules().model_sides.items() if family.search(name)), None)


@cache
def foes() -> dict[str, tuple[str, ...]]:
    """Each side of the wars read, with the sides it fights (``conflict_parties``)."""
    return {side: tuple(others) for side, others in rules().raw["conflict_parties"].items()}


@cache
def opposites() -> dict[str, str]:
    """The sides with one foe, and that foe: only there does the side hit or speaking name the attacker."""
    return {side: others[0] for side, others in foes().items() if len(others) == 1}


def side_of(e: Entity) -> str | None:
    """The war side a mention stands for: its country's, or its own for a party that is no state
    ("the Houthis launched 18 drones")."""
    return e.canonical if e.canonical in foes() else e.country
