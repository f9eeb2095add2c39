"""Places named by a pattern of the text rather than by a single name.

- lists that share one head noun: "the Dnipropetrovsk, Odesa and Kyiv regions" names three oblasts,
  not three cities;
- districts: "Kyiv's Sviatoshynskyi district";
- facilities: "Vnukovo airport", "Belaya air base", "Zaryadye Park";
- settlements introduced as such: "the village of Borispolye".

The words are data (``data/place_rules.json``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from services.extractor.gazetteer import DATA_DIR, Entry, Gazetteer, fold

_NAME_WORD = r"[A-Z][\w'’]*(?:-[A-Z]?[\w'’]+)*"
_NAME = rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,2}}"


@dataclass(frozen=True)
class PlaceRules:
    region_heads: frozenset[str]
    district_heads: frozenset[str]
    facility_heads: tuple[str, ...]
    settlement_words: frozenset[str]
    not_names: frozenset[str]


@cache
def place_rules() -> PlaceRules:
    raw = json.loads((DATA_DIR / "place_rules.json").read_text(encoding="utf-8"))
    return PlaceRules(
        region_heads=frozenset(raw["region_heads"]),
        district_heads=frozenset(raw["district_heads"]),
        facility_heads=tuple(sorted(raw["facility_heads"], key=len, reverse=True)),
        settlement_words=frozenset(raw["settlement_words"]),
        not_names=frozenset(raw["not_names"]),
    )


@dataclass(frozen=True)
class RulePlace:
    start: int
    end: int
    canonical: str
    #: "region", "district", "facility" or "settlement"
    rule: str
    entry: Entry | None = None


def _heads_pattern(heads: frozenset[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))


def _list_before(text: str, end: int) -> list[tuple[int, int]]:
    """The names of a list ending at ``end``: "Bryansk, Kaluga and Lipetsk" -> three spans."""
    names: list[tuple[int, int]] = []
    pos = end
    while True:
        m = re.search(rf"({_NAME})$", text[max(0, pos - 60) : pos])
        if m is None:
            break
        start = pos - len(m.group(1))
        names.append((start, pos))
        sep = re.search(r"(?:,\s+and\s+|,\s+|\s+and\s+)$", text[max(0, start - 8) : start])
        if sep is None:
            break
        pos = start - len(sep.group(0))
    return list(reversed(names))


def _words_ok(name: str, rules: PlaceRules) -> bool:
    return all(w.lower() not in rules.not_names for w in name.split())


def region_lists(text: str, gazetteer: Gazetteer) -> list[RulePlace]:
    """ "the Bryansk, Kaluga and Lipetsk regions" -> Bryansk Oblast, Kaluga Oblast, Lipetsk Oblast."""
    rules = place_rules()
    folded = fold(text)
    found: list[RulePlace] = []
    heads = _heads_pattern(rules.region_heads)
    for head in re.finditer(rf"(?<=[\w'’]) ({heads})\b", folded, re.IGNORECASE):
        word = head.group(1).lower()
        singular = word[:-1] if word.endswith("s") else word
        for start, end in _list_before(folded, head.start()):
            name = folded[start:end]
            if not _words_ok(name, rules):
                continue
            entry = gazetteer.lookup(f"{name} {singular}") or gazetteer.lookup(f"{name} region")
            if entry is not None and entry.label in {"GPE", "LOC"} and entry.kind == "region":
                found.append(RulePlace(start, end, entry.canonical, "region", entry))
    return found


def districts(text: str) -> list[RulePlace]:
    """ "Sviatoshynskyi and Darnytskyi districts" -> Sviatoshynskyi District, Darnytskyi District."""
    rules = place_rules()
    folded = fold(text)
    found: list[RulePlace] = []
    heads = _heads_pattern(rules.district_heads)
    for head in re.finditer(rf"(?<=[\w'’]) ({heads})\b", folded, re.IGNORECASE):
        for start, end in _list_before(folded, head.start()):
            name = folded[start:end]
            if _words_ok(name, rules):
                found.append(RulePlace(start, end, f"{name} District", "district"))
    return found


def facilities(text: str) -> list[RulePlace]:
    """ "Vnukovo airport" -> Vnukovo Airport (a facility); the name and its head word together."""
    rules = place_rules()
    folded = fold(text)
    found: list[RulePlace] = []
    heads = _heads_pattern(rules.facility_heads)
    for m in re.finditer(rf"\b({_NAME}) ({heads})\b", folded, re.IGNORECASE):
        name, head = m.group(1), m.group(2)
        words = name.split()
        # Keep only the capitalized run next to the head: "Sunday Vnukovo airport" is not a name.
        while words and words[0].lower() in rules.not_names:
            words.pop(0)
        if not words or not name[:1].isupper():
            continue
        name = " ".join(words)
        start = m.end(1) - len(name)
        canonical = f"{name} {' '.join(w[:1].upper() + w[1:] for w in head.split())}"
        found.append(RulePlace(start, m.end(), canonical, "facility"))
    return found


def settlements(text: str) -> list[RulePlace]:
    """ "the village of Borispolye" -> Borispolye (a settlement; geocoded by the caller)."""
    rules = place_rules()
    folded = fold(text)
    words = _heads_pattern(rules.settlement_words)
    found: list[RulePlace] = []
    for m in re.finditer(rf"\b(?:{words}) of ({_NAME})", folded):
        name = m.group(1)
        if _words_ok(name, rules):
            found.append(RulePlace(m.start(1), m.end(1), name, "settlement"))
    return found


def rule_places(text: str, gazetteer: Gazetteer) -> list[RulePlace]:
    """Every pattern place; where two overlap, the longer wins, then the earlier rule."""
    candidates = region_lists(text, gazetteer) + districts(text) + facilities(text) + settlements(text)
    chosen: list[RulePlace] = []
    for place in sorted(candidates, key=lambda p: -(p.end - p.start)):
        if not any(p.start < place.end and place.start < p.end for p in chosen):
            chosen.append(place)
    return sorted(chosen, key=lambda p: p.start)
