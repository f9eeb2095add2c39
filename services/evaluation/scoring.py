"""Scoring predictions against gold files: plain functions over plain dicts.

Gold format (one JSON file per article): ``{"id", "anchor_date", "people": [{"name", "aliases", "role"}],
"organizations": [...], "locations": [...], "incidents": [...], "calendar": [...]}``. Items marked
``"ambiguous": true`` are optional: finding them is not rewarded as a true positive nor missing them
as a false negative, and a prediction that matches one is not a false positive.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

Item = dict[str, Any]

_ROLE_STOP = frozenset({"the", "of", "a", "an", "for", "s", "and"})


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses += other.misses
        self.extras += other.extras


@dataclass
class Ratio:
    right: int = 0
    total: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0

    def add(self, other: Ratio) -> None:
        self.right += other.right
        self.total += other.total
        self.wrong += other.wrong


def _norm(name: str) -> str:
    """Case, typographic apostrophes and diacritics do not tell names apart ("Orbán" / "Orban")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(re.sub(r"[’'`]", "'", plain).lower().split())


@cache
def _canonical_forms() -> dict[str, str]:
    """Every gazetteer surface form -> its entry's canonical name, both normalized: the gold may
    name an entity by another of its forms ("Group of Seven" for G7, "Tayyip Erdogan")."""
    from services.extractor.gazetteer import default_gazetteer

    forms: dict[str, str] = {}
    for entry in default_gazetteer().entries.values():
        for form in entry.forms:
            forms.setdefault(_norm(form), _norm(entry.canonical))
    return forms


def _canonical(name: str, *, full_names_only: bool = False) -> str:
    """The normalized canonical name of the entity ``name`` stands for; itself when unknown.

    With ``full_names_only`` a one-word form is not looked up: a surname alone ("Kuleba") may be
    the gazetteer's namesake rather than the person the gold means.
    """
    key = _norm(name)
    if full_names_only and " " not in key:
        return key
    return _canonical_forms().get(key, key)


def score_sets(predicted: Iterable[str], gold: Iterable[str], where: str) -> Score:
    p = {_canonical(x) for x in predicted}
    g = {_canonical(x) for x in gold}
    return Score(
        tp=len(p & g),
        fp=len(p - g),
        fn=len(g - p),
        misses=[f"{where}: missed {x}" for x in sorted(g - p)],
        extras=[f"{where}: extra {x}" for x in sorted(p - g)],
    )


def score_people(predicted: dict[str, str | None], gold: list[Item], where: str) -> tuple[Score, Ratio]:
    """People recall with the right canonical person, and role accuracy where the text states one."""
    score, roles = Score(), Ratio()
    names = {_canonical(n, full_names_only=True): n for n in predicted}
    matched: set[str] = set()
    for person in gold:
        forms = [_canonical(person["name"], full_names_only=True), *(_norm(a) for a in person.get("aliases", []))]
        hit = next((names[f] for f in forms if f in names), None)
        if hit is None:
            score.fn += 1
            score.misses.append(f"{where}: missed person {person['name']}")
            continue
        score.tp += 1
        matched.add(_canonical(hit, full_names_only=True))
        if person.get("role"):
            roles.total += 1
            if role_matches(predicted[hit], person["role"]):
                roles.right += 1
            else:
                roles.wrong.append(f"{where}: {person['name']} role {predicted[hit]!r}, gold {person['role']!r}")
    for key, name in names.items():
        if key not in matched:
            score.fp += 1
            score.extras.append(f"{where}: extra person {name}")
    return score, roles


# Words that name the same thing in different styles ("Kharkiv region" = "Kharkiv Oblast").
_ROLE_SYNONYMS = {
    "oblast": "region",
    "province": "region",
    "krai": "region",
    "territory": "region",
    "defense": "defence",
    "chairman": "chair",
    "chairwoman": "chair",
}


@cache
def _country_words() -> frozenset[str]:
    """Tokens of country names and demonyms, from the gazetteer."""
    from services.extractor.gazetteer import default_gazetteer

    words: set[str] = set()
    for entry in default_gazetteer().entries.values():
        if entry.kind == "country" or entry.label == "NORP":
            for form in entry.forms:
                words.update(re.findall(r"[a-z0-9]+", form.lower()))
    return frozenset(words)


def _role_words(text: str) -> set[str]:
    tokens = re.findall(r"[a-z0-9]+", _norm(text).replace("'s", " "))
    return {_ROLE_SYNONYMS.get(w, w) for w in tokens if w not in _ROLE_STOP}


def role_matches(predicted: str | None, gold: str) -> bool:
    """The same office: the same words (ignoring case, articles, possessives and region synonyms),
    or the same words but for the country, which one side states and the other leaves implicit
    ("Interior Minister" ~ "Interior Minister of Ukraine").
    """
    if not predicted:
        return False
    p, g = _role_words(predicted), _role_words(gold)
    if not p or not g:
        return False
    if len(p & g) / len(p | g) >= 0.75:
        return True
    extra = (p - g) | (g - p)
    return (p <= g or g <= p) and bool(p & g) and extra <= _country_words()


def _pair(
    predicted: list[Item], gold: list[Item], same: Callable[[Item, Item], bool]
) -> tuple[list[tuple[Item, Item]], list[Item], list[Item]]:
    """Greedy one-to-one pairing; required gold items pick first, so an optional (ambiguous) one
    never takes the prediction a required one needed."""
    free = list(predicted)
    pairs: list[tuple[Item, Item]] = []
    unmatched: list[Item] = []
    for g in sorted(gold, key=lambda item: bool(item.get("ambiguous"))):
        hit = next((p for p in free if same(p, g)), None)
        if hit is None:
            unmatched.append(g)
        else:
            free.remove(hit)
            pairs.append((hit, g))
    return pairs, unmatched, free


_COUNTS = ("launched", "destroyed", "lost")


def _incident_key(item: Item) -> tuple[Any, ...]:
    return (_norm(item.get("attacker") or ""), item.get("weapon"), *(item.get(k) for k in _COUNTS))


def _describe_incident(item: Item) -> str:
    counts = "/".join(str(item.get(k)) for k in _COUNTS)
    when = item.get("date") or item.get("occurred_on")
    return f"{item.get('claimant')}: {item.get('attacker')} {item.get('weapon')} {counts} on {when}"


def score_incidents(predicted: list[Item], gold: list[Item], where: str) -> tuple[Score, Ratio, Score]:
    """Exact-count F1 (attacker, weapon, launched, destroyed, lost), date accuracy, cumulative flags."""
    score, dates = Score(), Ratio()
    pairs, missed, extra = _pair(predicted, gold, lambda p, g: _incident_key(p) == _incident_key(g))
    for p, g in pairs:
        if g.get("ambiguous"):
            continue
        score.tp += 1
        if not g.get("cumulative"):
            dates.total += 1
            if (p.get("occurred_on") or None) == (g.get("date") or None):
                dates.right += 1
            else:
                dates.wrong.append(f"{where}: {_describe_incident(g)} dated {p.get('occurred_on')}")
    for g in missed:
        if not g.get("ambiguous"):
            score.fn += 1
            score.misses.append(f"{where}: missed incident {_describe_incident(g)}")
    ambiguous = [g for g in gold if g.get("ambiguous")]
    for p in extra:
        loose = any(
            p.get("weapon") == g.get("weapon") and _norm(p.get("attacker") or "") == _norm(g.get("attacker") or "")
            for g in ambiguous
        )
        if not loose:
            score.fp += 1
            score.extras.append(f"{where}: extra incident {_describe_incident(p)}")
    cumulative = Score()
    gold_cum = [g for g in gold if g.get("cumulative")]
    pred_cum = [p for p in predicted if p.get("cumulative")]
    cpairs, cmiss, cextra = _pair(pred_cum, gold_cum, lambda p, g: p.get("weapon") == g.get("weapon"))
    cumulative.tp, cumulative.fn, cumulative.fp = len(cpairs), len(cmiss), len(cextra)
    return score, dates, cumulative


def _event_overlap(p: Item, g: Item) -> int:
    """Shared participants (by any of their names) plus one for the same place; 0 is no match."""

    def names(item: Item) -> set[str]:
        return {_canonical(x, full_names_only=True) for x in item.get("participants", [])}

    place = p.get("location") and g.get("location") and _norm(p["location"]) == _norm(g["location"])
    return len(names(p) & names(g)) + int(bool(place))


def _event_same(p: Item, g: Item) -> bool:
    return _event_overlap(p, g) > 0


def _event_agreement(p: Item, g: Item) -> tuple[int, int]:
    """How well a matching pair agrees on what is scored: (exact dates + status + kind, single
    date ends right). Among equally many matches the pairing prefers agreeing ones, so a meeting
    on Monday and a call on Friday with the same people each get the prediction that describes it."""
    dates = (p.get("start"), p.get("end")) == (g.get("start"), g.get("end"))
    scored = int(dates) + int(p.get("status") == g.get("status")) + int(p.get("kind") == g.get("kind"))
    ends = int(p.get("start") == g.get("start")) + int(p.get("end") == g.get("end"))
    return scored, ends


def _max_weight_assignment(weights: list[list[int]]) -> list[int]:
    """For a square matrix of non-negative weights, the column given to each row in an assignment
    of maximal total weight (Hungarian algorithm, O(n^3)). Deterministic: ties resolve by index."""
    n = len(weights)
    # Integers throughout (weights are packed criteria, too wide for floats to stay exact).
    inf = 2 + 2 * n * max((w for row in weights for w in row), default=0)
    # Potentials and the matching over 1-based rows/columns; column 0 is the algorithm's sentinel.
    u = [0] * (n + 1)
    v = [0] * (n + 1)
    row_of = [0] * (n + 1)
    way = [0] * (n + 1)
    for row in range(1, n + 1):
        row_of[0] = row
        col0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[col0] = True
            r0, delta, col1 = row_of[col0], inf, 0
            for col in range(1, n + 1):
                if used[col]:
                    continue
                reduced = -weights[r0 - 1][col - 1] - u[r0] - v[col]
                if reduced < minv[col]:
                    minv[col], way[col] = reduced, col0
                if minv[col] < delta:
                    delta, col1 = minv[col], col
            for col in range(n + 1):
                if used[col]:
                    u[row_of[col]] += delta
                    v[col] -= delta
                else:
                    minv[col] -= delta
            col0 = col1
            if row_of[col0] == 0:
                break
        while col0:
            prev = way[col0]
            row_of[col0] = row_of[prev]
            col0 = prev
    assignment = [0] * n
    for col in range(1, n + 1):
        assignment[row_of[col] - 1] = col - 1
    return assignment


def _pair_events(predicted: list[Item], gold: list[Item]) -> tuple[list[tuple[Item, Item]], list[Item], list[Item]]:
    """Optimal one-to-one pairing of events that match (share a participant or the place).

    Maximizes, in this order: pairs with a required gold event (true positives), all pairs (an
    optional gold event absorbs a prediction that would otherwise be an extra), agreement on
    dates, status and kind, then shared participants. A greedy pass would give a prediction to
    whichever neighbour with the same people came first and charge right dates and statuses as
    wrong; the order above never trades a match for agreement, so F1 is what matching allows.
    """
    n = max(len(predicted), len(gold))
    if not n:
        return [], [], []
    # One integer per pair whose digits in base `base` are the criteria above, most significant
    # first; `base` exceeds any column's total over n pairs, so no lower criterion outweighs a higher.
    base = 4 * (max((_event_overlap(p, g) for p in predicted for g in gold), default=0) + 4) * (n + 1)
    weights = [[0] * n for _ in range(n)]
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            overlap = _event_overlap(p, g)
            if overlap <= 0:
                continue
            scored, ends = _event_agreement(p, g)
            digits = (int(not g.get("ambiguous")), 1, scored, ends, overlap)
            weight = 0
            for digit in digits:
                weight = weight * base + digit
            weights[gi][pi] = weight
    assignment = _max_weight_assignment(weights)
    # Padding rows and columns, and pairs that do not match (weight 0), are no pairs.
    matched = [(gi, pi) for gi, pi in enumerate(assignment) if weights[gi][pi]]
    used_gold = {gi for gi, _ in matched}
    used_pred = {pi for _, pi in matched}
    pairs = [(predicted[pi], gold[gi]) for gi, pi in matched]
    missed = [g for gi, g in enumerate(gold) if gi not in used_gold]
    extra = [p for pi, p in enumerate(predicted) if pi not in used_pred]
    return pairs, missed, extra


def _describe_event(item: Item) -> str:
    return (
        f"{item.get('event') or item.get('title')} [{item.get('kind')}] {item.get('start')}..{item.get('end')} "
        f"{item.get('status')} @ {item.get('location')} with {', '.join(item.get('participants', []))}"
    )


def score_events(predicted: list[Item], gold: list[Item], where: str) -> tuple[Score, Ratio, Ratio]:
    """Event F1 (matched by participants or place), exact dates over gold events, status over matches."""
    score, dates, status = Score(), Ratio(), Ratio()
    pairs, missed, extra = _pair_events(predicted, gold)
    for p, g in pairs:
        if g.get("ambiguous"):
            continue
        score.tp += 1
        dates.total += 1
        if (p.get("start"), p.get("end")) == (g.get("start"), g.get("end")):
            dates.right += 1
        else:
            dates.wrong.append(f"{where}: {_describe_event(g)} got {p.get('start')}..{p.get('end')}")
        status.total += 1
        if p.get("status") == g.get("status"):
            status.right += 1
        else:
            status.wrong.append(f"{where}: {_describe_event(g)} got status {p.get('status')}")
    for g in missed:
        if not g.get("ambiguous"):
            score.fn += 1
            dates.total += 1
            score.misses.append(f"{where}: missed event {_describe_event(g)}")
    for p in extra:
        score.fp += 1
        score.extras.append(f"{where}: extra event {_describe_event(p)}")
    return score, dates, status
