"""Which of a sentence's date phrases date which weapon's claim.

A sentence with one weapon, or one claimant's several weapons under one date, is simple. The
rest follows how reporters write: with two claimants, a date belongs to the claimant whose
weapons are nearest; with two weapons, a date in one weapon's clause is that weapon's ("drones
began crossing the border overnight into Friday, and the missiles followed after dawn"), and
two dates in one clause are shared out, each to the weapons it follows ("waves of drones on
Tuesday evening and missile launches early on Wednesday"). The day of a statement ("On Sunday,
the ministry said ...") dates every weapon of the sentence.
"""

from __future__ import annotations

import re
from typing import TypeAlias

from services.incidents.mentions import Mention
from services.incidents.record import Group, Sentence
from services.incidents.timing import DateKind
from shared.timex import DateSpan

Dates: TypeAlias = list[tuple[DateSpan, DateKind]]

_CLAUSE_BREAK = re.compile(
    r";|\s[-–—]\s|,\s*(?:and|but|while|whereas|although|though|as(?!\s+well)|after|before|followed)\b", re.IGNORECASE
)
# Between two weapons named as one list: "drone and missile attack", "140 drones and four missiles".
_LISTED_TOGETHER = re.compile(r"^\s*(?:,|and|or|as\s+well\s+as|plus|along\s+with)?\s*(?:[\w-]+\s+){0,3}$", re.I)


def spans_for(s: Sentence, group: Group, groups: list[Group]) -> Dates:
    """The date phrases of a sentence that date one group's claim."""
    if len(groups) < 2:
        return s.dates
    if len({_voice(g) for g in groups}) > 1:
        return [(span, kind) for span, kind in s.dates if _voice(_nearest(groups, span.char_start)) == _voice(group)]
    own = clause_dates(s, group, groups)
    # ", the air force said on Sunday": a date in no weapon's clause is everyone's.
    return own if any(kind != "report" for _, kind in own) else own + _unclaimed(s, groups)


def clause_dates(s: Sentence, group: Group, groups: list[Group]) -> Dates:
    """The date phrases in the clauses that name this group's weapon."""
    starts = _clause_starts(s.text)
    out: Dates = []
    for span, kind in s.dates:
        if kind == "report" or _dates_group(s, starts, span, group, groups) or _heads_list(s, span, group):
            out.append((span, kind))
    return out


def _heads_list(s: Sentence, span: DateSpan, group: Group) -> bool:
    """ "The first wave, overnight into Sunday, was smaller: six missiles, ..., and 36 drones": a date
    before a colon dates every weapon of the list after it, whatever clauses the list runs over."""
    colon = s.text.find(":", span.char_start)
    if colon < 0 or any(m.start < colon for m in group.mentions):
        return False
    return not any(kind != "report" and d.char_start > colon for d, kind in s.dates)


def listed_with(text: str, mentions: list[Mention], position: int) -> list[Mention]:
    """The weapon mention before ``position``, with those listed together with it."""
    ordered = sorted(mentions, key=lambda m: m.start)
    before = [m for m in ordered if m.start < position]
    head = ordered.index(before[-1] if before else ordered[0])
    owners = [ordered[head]]
    for step in (-1, 1):
        i = head
        while 0 <= i + step < len(ordered):
            first, second = sorted((ordered[i], ordered[i + step]), key=lambda m: m.start)
            if not _LISTED_TOGETHER.match(text[first.end : second.start]):
                break
            i += step
            owners.append(ordered[i])
    return owners


def _dates_group(s: Sentence, starts: list[int], span: DateSpan, group: Group, groups: list[Group]) -> bool:
    clause = _clause_of(starts, span.char_start)
    mentions = [m for g in groups for m in g.mentions if _clause_of(starts, m.start) == clause]
    if not any(m in group.mentions for m in mentions):
        return False
    rivals = [d for d, kind in s.dates if kind != "report" and _clause_of(starts, d.char_start) == clause]
    return len(rivals) == 1 or any(m in group.mentions for m in listed_with(s.text, mentions, span.char_start))


def _unclaimed(s: Sentence, groups: list[Group]) -> Dates:
    starts = _clause_starts(s.text)
    named = {_clause_of(starts, m.start) for g in groups for m in g.mentions}
    return [
        (span, kind) for span, kind in s.dates if kind != "report" and _clause_of(starts, span.char_start) not in named
    ]


def _voice(group: Group) -> str | None:
    return group.speaker.name if group.speaker else None


def _nearest(groups: list[Group], position: int) -> Group:
    """The group with the mention closest to ``position``."""
    return min(groups, key=lambda g: min(abs(m.start - position) for m in g.mentions))


def _clause_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in _CLAUSE_BREAK.finditer(text))]


def _clause_of(starts: list[int], position: int) -> int:
    return sum(1 for start in starts if start <= position) - 1
