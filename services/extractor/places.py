"""Places named by a pattern of the text rather than by a name alone.

- a head noun after names: "the Kursk region" is Kursk Oblast, "Vnukovo airport" a facility,
  "Kyiv's Sviatoshynskyi district" a district;
- a plural head shares itself among a list: "the Dnipropetrovsk, Odesa and Kyiv regions" names
  three oblasts, not three cities; "Domodedovo, Vnukovo and Zhukovsky airports" three airports;
- settlements introduced as such: "the village of Borispolye", "the Danube port of Reni";
- places named by what is there: "the Kolotilovka border crossing", "the Troitsk area";
- a head noun carried over a list of counts: "14 over the Kursk region, 13 over Tula" (Tula Oblast).

The words are data (``data/place_rules.json``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import cache

from services.extractor.gazetteer import DATA_DIR, Entry, Gazetteer, fold
from services.extractor.sentences import split_sentences
from shared.phrases import phrase_alternation

#: Whether a town of that name is known in that country (GeoNames, from the caller).
CityTest = Callable[[str, str | None], bool]

_NAME_WORD = r"[A-Z][\w']*(?:-[A-Za-z][\w']*)*"
_NAME = rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,2}}"
_LIST_SEPARATOR = re.compile(r"(?:,\s+and\s+|,\s+|\s+and\s+)$")
_NAME_AT_END = re.compile(rf"({_NAME})$")


@dataclass(frozen=True)
class PlaceRules:
    region_heads: frozenset[str]
    district_heads: frozenset[str]
    facility_heads: frozenset[str]
    geographic_words: frozenset[str]
    natural_features: frozenset[str]
    settlement_words: frozenset[str]
    site_heads: frozenset[str]
    vicinity_heads: frozenset[str]
    not_names: frozenset[str]


@cache
def place_rules() -> PlaceRules:
    raw = json.loads((DATA_DIR / "place_rules.json").read_text(encoding="utf-8"))
    return PlaceRules(
        region_heads=frozenset(raw["region_heads"]),
        district_heads=frozenset(raw["district_heads"]),
        facility_heads=frozenset(raw["facility_heads"]),
        geographic_words=frozenset(raw["geographic_words"]),
        natural_features=frozenset(raw["natural_features"]),
        settlement_words=frozenset(raw["settlement_words"]),
        site_heads=frozenset(raw["site_heads"]),
        vicinity_heads=frozenset(raw["vicinity_heads"]),
        not_names=frozenset(raw["not_names"]),
    )


@dataclass(frozen=True)
class RulePlace:
    start: int
    end: int
    canonical: str
    #: "region", "district", "facility", "settlement" or "vicinity" (a place only if it is known)
    rule: str
    entry: Entry | None = None


def _alternation(words: Collection[str]) -> str:
    # Words as written, one space between words: the head lists are plain lower-case phrases.
    return phrase_alternation(words, gap=" ")


@cache
def _pattern(template: str, words: frozenset[str]) -> re.Pattern[str]:
    """``template`` with ``{words}`` as the word list's pattern, compiled once per process: the
    lists are fixed, and building the trie for every article cost more than matching it."""
    return re.compile(template.replace("{words}", _alternation(words)))


def _trim(text: str, start: int, end: int, rules: PlaceRules) -> tuple[int, int] | None:
    """Drop leading words that are not part of the name ("The", "Russia's", "several")."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and (words[0].group(0).lower() in rules.not_names or words[0].group(0).endswith("'s")):
        words.pop(0)
    if not words:
        return None
    return start + words[0].start(), end


def _names_before(text: str, end: int, plural: bool, rules: PlaceRules) -> list[tuple[int, int]]:
    """The name just before ``end``; for a plural head, every name of the list that ends there."""
    names: list[tuple[int, int]] = []
    pos = end
    while True:
        m = _NAME_AT_END.search(text, max(0, pos - 60), pos)
        if m is None:
            break
        span = _trim(text, m.start(1), pos, rules)
        if span is None:
            break
        names.append(span)
        if not plural or span[0] != m.start(1):
            break
        sep = _LIST_SEPARATOR.search(text, max(0, span[0] - 8), span[0])
        if sep is None:
            break
        pos = sep.start()
    return list(reversed(names))


def _head_matches(text: str, heads: frozenset[str]) -> list[tuple[int, int, str]]:
    pattern = _pattern(r"(?<=[\w']) ((?i:{words}))\b", heads)
    return [(m.start(1), m.end(1), m.group(1).lower()) for m in pattern.finditer(text)]


def _is_plural(head: str) -> bool:
    return head.endswith("s") and not head.endswith("ss")


def _singular(head: str) -> str:
    if head.endswith("ies"):
        return head[:-3] + "y"
    return head[:-1] if _is_plural(head) else head


def regions(text: str, gazetteer: Gazetteer, is_city: CityTest = lambda _name, _code: False) -> list[RulePlace]:
    """ "the Bryansk, Kaluga and Lipetsk regions" -> Bryansk Oblast, Kaluga Oblast, Lipetsk Oblast."""
    rules, folded = place_rules(), fold(text)
    found: list[RulePlace] = []
    for head_start, head_end, head in _head_matches(folded, rules.region_heads):
        plural = _is_plural(head)
        for start, end in _names_before(folded, head_start - 1, plural, rules):
            entry = _region(folded[start:end], _singular(head), gazetteer)
            if entry is not None:
                # A single name keeps its head inside the mention, as the gazetteer alias would.
                found.append(RulePlace(start, end if plural else head_end, entry.canonical, "region", entry))
    found += _carried_over(folded, found, gazetteer)
    return found + _listed_with_a_region(folded, found, gazetteer, is_city)


def _region(name: str, head: str, gazetteer: Gazetteer) -> Entry | None:
    entry = gazetteer.lookup(f"{name} {head}") or gazetteer.lookup(f"{name} region")
    return entry if entry is not None and entry.label in {"GPE", "LOC"} and entry.kind == "region" else None


@cache
def _over_name() -> re.Pattern[str]:
    """ "over Tula" but not "over the Tula region" (read with its head already)."""
    heads = _alternation(place_rules().region_heads)
    return re.compile(rf"\bover ({_NAME_WORD}(?: {_NAME_WORD})?)\b(?! (?i:{heads})\b)")


_LIST = re.compile(rf"\b{_NAME_WORD}(?:, {_NAME_WORD})*,? and {_NAME_WORD}\b")


def _listed_with_a_region(
    folded: str, found: list[RulePlace], gazetteer: Gazetteer, is_city: CityTest
) -> list[RulePlace]:
    """ "the attacks in Ivanovo, Ryazan and Amur": a list with a name that is only a region's
    ("Amur") lists regions, so Ivanovo and Ryazan are the oblasts, not the cities."""
    extra: list[RulePlace] = []
    for m in _LIST.finditer(folded):
        items = [(w.start() + m.start(), w.end() + m.start()) for w in re.finditer(_NAME_WORD, m.group(0))]
        regions = [(start, end, _region(folded[start:end], "region", gazetteer)) for start, end in items]
        only_region = any(
            e is not None and gazetteer.lookup(folded[s:t]) is None and not is_city(folded[s:t], e.country_code)
            for s, t, e in regions
        )
        if not only_region or any(e is None for _, _, e in regions):
            continue
        for start, end, entry in regions:
            if entry is not None and not any(p.start <= start < p.end for p in found):
                extra.append(RulePlace(start, end, entry.canonical, "region", entry))
    return extra


def _carried_over(folded: str, found: list[RulePlace], gazetteer: Gazetteer) -> list[RulePlace]:
    """ "14 over the Kursk region, 13 over Tula and eight over Belgorod": in a sentence that counts
    drones region by region, a bare name later in it is a region too."""
    extra: list[RulePlace] = []
    for s_start, s_end in split_sentences(folded) if found else ():
        first = min((p.end for p in found if s_start <= p.start < s_end), default=None)
        if first is None:
            continue
        for m in _over_name().finditer(folded, first, s_end):
            entry = _region(m.group(1), "region", gazetteer)
            if entry is not None and not any(p.start <= m.start(1) < p.end for p in found):
                extra.append(RulePlace(m.start(1), m.end(1), entry.canonical, "region", entry))
    return extra


def districts(text: str) -> list[RulePlace]:
    """ "the Sviatoshynskyi and Darnytskyi districts" -> Sviatoshynskyi District, Darnytskyi District."""
    rules, folded = place_rules(), fold(text)
    found: list[RulePlace] = []
    for head_start, head_end, head in _head_matches(folded, rules.district_heads):
        plural = _is_plural(head)
        for start, end in _names_before(folded, head_start - 1, plural, rules):
            found.append(RulePlace(start, end if plural else head_end, f"{folded[start:end]} District", "district"))
    return found


def facilities(text: str, gazetteer: Gazetteer) -> list[RulePlace]:
    """ "Vnukovo airport" -> Vnukovo Airport; "Moscow airports" is not a facility's name."""
    rules, folded = place_rules(), fold(text)
    found: list[RulePlace] = []
    for head_start, head_end, head in _head_matches(folded, rules.facility_heads):
        plural = _is_plural(head)
        single = " ".join(w[:1].upper() + w[1:] for w in _singular(head).split())
        for start, end in _names_before(folded, head_start - 1, plural, rules):
            name = folded[start:end]
            known = gazetteer.lookup(name)
            if known is not None and known.label != "FAC":
                continue
            found.append(RulePlace(start, end if plural else head_end, f"{name} {single}", "facility"))
    return found


def settlements(text: str, gazetteer: Gazetteer) -> list[RulePlace]:
    """ "the village of Borispolye" -> Borispolye (geocoded by the caller where GeoNames has it);
    "the port of Odesa" stays the port when the gazetteer knows it as one."""
    rules, folded = place_rules(), fold(text)
    found: list[RulePlace] = []
    for m in _pattern(rf"\b(?:{{words}}) of ({_NAME})", rules.settlement_words).finditer(folded):
        if m.group(1).split()[0].lower() not in rules.not_names and gazetteer.lookup(m.group(0)) is None:
            found.append(RulePlace(m.start(1), m.end(1), m.group(1), "settlement"))
    return found


def sites(text: str, gazetteer: Gazetteer) -> list[RulePlace]:
    """ "the Kolotilovka border crossing" names Kolotilovka; "the Troitsk area" names Troitsk if the
    gazetteer or GeoNames knows it ("the Bakhmut area"), since an "area" may be anything."""
    rules, folded = place_rules(), fold(text)
    found: list[RulePlace] = []
    for heads, rule in ((rules.site_heads, "settlement"), (rules.vicinity_heads, "vicinity")):
        for m in _pattern(rf"\b[Tt]he ({_NAME}) (?:{{words}})\b", heads).finditer(folded):
            span = _trim(folded, m.start(1), m.end(1), rules)
            known = gazetteer.lookup(folded[span[0] : span[1]]) if span is not None else None
            if span is not None and (known is None or known.label in {"GPE", "LOC", "FAC"}):
                found.append(RulePlace(span[0], span[1], folded[span[0] : span[1]], rule))
    return found


def looks_geographic(name: str) -> bool:
    """ "Bering Strait", "Hotel Bayerischer Hof": a place's name says what it is; "Palm Sunday" does not."""
    return any(w.lower() in place_rules().geographic_words for w in name.split())


def is_natural_feature(name: str) -> bool:
    """ "Lake Lucerne", "Dnipro River": a lake, a river or a mountain range, not a town."""
    return any(w.lower() in place_rules().natural_features for w in name.split())


def rule_places(text: str, gazetteer: Gazetteer, is_city: CityTest = lambda _name, _code: False) -> list[RulePlace]:
    """Every pattern place; where two overlap, the longer wins."""
    candidates = [
        *regions(text, gazetteer, is_city),
        *districts(text),
        *facilities(text, gazetteer),
        *settlements(text, gazetteer),
        *sites(text, gazetteer),
    ]
    chosen: list[RulePlace] = []
    for place in sorted(candidates, key=lambda p: (-(p.end - p.start), p.start)):
        if not any(p.start < place.end and place.start < p.end for p in chosen):
            chosen.append(place)
    return sorted(chosen, key=lambda p: p.start)
