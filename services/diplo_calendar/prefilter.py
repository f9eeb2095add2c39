"""Cheap necessary conditions for the calendar's patterns: literal words every match contains.

Most sentences hold no event word, yet each of the few dozen trigger patterns in
``data/event_rules.json`` scans every sentence position by position (case-insensitive patterns
that open on ``\\b`` or a lookbehind get no fast literal search from the regex engine). A plain
substring test on the lower-cased sentence is far cheaper: a pattern none of whose *keys* occurs
in the sentence cannot match there, so it is not run. The keys are read off the pattern itself,
so the vocabulary stays in the JSON file and a pattern edited there keeps a correct filter.

Only what a match consumes gives keys (lookarounds and anchors count as empty), and only ASCII
literals: their case-insensitive matches are exactly what ``str.lower`` folds them to, except for
the four characters of ``_FOLD_UNSAFE``, with which a sentence is never filtered.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from typing import Any, Final

# The regex parser is internal (``sre_parse`` is its deprecated public name); typed loosely here.
_parser: Any = importlib.import_module("re._parser")
_const: Any = importlib.import_module("re._constants")

# Non-ASCII characters that ``re.IGNORECASE`` equates with an ASCII letter (İ, ı, ſ, the Kelvin
# sign); tests/unit/test_events.py checks the list against the whole of Unicode.
FOLD_UNSAFE_CHARS: Final = "\u0130\u0131\u017f\u212a"
_FOLD_UNSAFE: Final = re.compile(f"[{FOLD_UNSAFE_CHARS}]")
# Largest set of whole strings tracked for one piece of a pattern before it is kept as keys only.
_EXACT_LIMIT: Final = 64
# Bounded repeats with at most this many copies are spelt out ("(?:s)?", "x{1,3}").
_REPEAT_LIMIT: Final = 3

_Keys = frozenset[str]


@dataclass(frozen=True)
class _Info:
    #: Every string the piece can match, when few; None when unknown or too many.
    exact: _Keys | None
    #: Strings one of which every match contains; None when there are none to rely on.
    keys: _Keys | None


_UNKNOWN: Final = _Info(None, None)
_EMPTY: Final = _Info(frozenset({""}), None)


def fold(text: str) -> str | None:
    """``text`` as the keys are compared with it, or None when it must not be filtered."""
    return None if _FOLD_UNSAFE.search(text) else text.lower()


@dataclass(frozen=True)
class Prefiltered:
    """A compiled pattern with the literal strings one of which each of its matches contains."""

    pattern: re.Pattern[str]
    #: None: no such strings; the pattern is always run.
    keys: tuple[str, ...] | None

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> Prefiltered:
        return cls(pattern, pattern_keys(pattern))

    def may_match(self, folded: str | None) -> bool:
        """False only when no match of the pattern can be in the text ``folded`` came from."""
        if self.keys is None or folded is None:
            return True
        for key in self.keys:  # noqa: SIM110 - a plain loop: any() over a generator costs more than the tests
            if key in folded:
                return True
        return False


def pattern_keys(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The lower-case literals one of which every match of ``pattern`` contains, or None."""
    info = _sequence(_parser.parse(pattern.pattern, pattern.flags))
    best = _best(info.exact, info.keys)
    return tuple(sorted(best)) if best is not None else None


def _minimal(keys: _Keys) -> _Keys:
    # A key that contains another is implied by it: "spoken" is found wherever "spoke" is needed.
    return frozenset(k for k in keys if not any(o != k and o in k for o in keys))


def _score(keys: _Keys | None) -> tuple[int, int]:
    if not keys or "" in keys:
        return (0, 0)
    return (min(len(k) for k in keys), -len(keys))


def _best(*candidates: _Keys | None) -> _Keys | None:
    """The most telling candidate: longest shortest key, then fewest keys; None if all are useless."""
    scored = [(_score(_minimal(c)), _minimal(c)) for c in candidates if c]
    scored = [s for s in scored if s[0][0] > 0]
    return max(scored, key=lambda s: s[0])[1] if scored else None


def _product(a: _Keys, b: _Keys) -> _Keys | None:
    if len(a) * len(b) > _EXACT_LIMIT:
        return None
    return frozenset(x + y for x in a for y in b)


def _sequence(items: Any) -> _Info:
    """A run of pieces one after the other: whole strings joined while few, keys of the best stretch."""
    current: _Keys | None = frozenset({""})
    complete = True  # every piece so far has a known, small set of whole strings
    best: _Keys | None = None
    for op, av in items:
        info = _item(op, av)
        joined = _product(current, info.exact) if current is not None and info.exact is not None else None
        if joined is not None:
            current = joined
            continue
        complete = False
        best = _best(best, current, info.keys, info.exact)
        current = info.exact if info.exact is not None else frozenset({""})
    if complete:
        return _Info(current, _best(current))
    return _Info(None, _best(best, current))


def _item(op: Any, av: Any) -> _Info:
    c = _const
    if op is c.LITERAL:
        return _Info(frozenset({chr(av).lower()}), None) if av < 128 else _UNKNOWN
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return _EMPTY  # consumes nothing of the match
    if op is c.IN:
        return _charset(av)
    if op is c.SUBPATTERN:
        return _sequence(av[-1])
    if op is c.ATOMIC_GROUP:
        return _sequence(av)
    if op is c.BRANCH:
        return _branch(av[1])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        return _repeat(*av)
    return _UNKNOWN


def _charset(items: Any) -> _Info:
    """ "['’]", "[sS]": a few plain characters are a small set of strings."""
    chars = set()
    for op, av in items:
        if op is not _const.LITERAL or av >= 128:
            return _UNKNOWN
        chars.add(chr(av).lower())
    return _Info(frozenset(chars), None) if len(chars) <= 8 else _UNKNOWN


def _branch(alternatives: Any) -> _Info:
    infos = [_sequence(alt) for alt in alternatives]
    exact: _Keys | None = None
    if all(i.exact is not None for i in infos):
        union = frozenset(s for i in infos for s in (i.exact or ()))
        exact = union if len(union) <= _EXACT_LIMIT else None
    per_alt = [_best(i.exact, i.keys) for i in infos]
    keys = None if any(k is None for k in per_alt) else frozenset(s for k in per_alt for s in (k or ()))
    return _Info(exact, keys)


def _repeat(low: int, high: int, body: Any) -> _Info:
    info = _sequence(body)
    if info.exact is not None and high != _const.MAXREPEAT and high <= _REPEAT_LIMIT:
        out: set[str] = set()
        power: _Keys | None = frozenset({""})
        for n in range(high + 1):
            if power is None:
                break  # too many strings: keys only
            if n >= low:
                out |= power
            if n < high:
                power = _product(power, info.exact)
        if power is not None and len(out) <= _EXACT_LIMIT:
            return _Info(frozenset(out), None)
    if low >= 1:
        return _Info(None, _best(info.exact, info.keys))
    return _UNKNOWN
