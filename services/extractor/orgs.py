"""Organizations named by a pattern rather than by a name the gazetteer lists.

A government's ministry is named by its country and its portfolio: "Romania's Defence Ministry",
"the Polish foreign ministry", "Moldova's Ministry of Foreign Affairs". Every country has one, so
listing them all in the gazetteer would be endless; the pattern gives them one canonical form,
"Ministry of <Portfolio> of <Country>" ("Ministry of Defence of Romania"), as roles are normalized.
Ministries the gazetteer does list keep their gazetteer name (it is matched first).
The portfolios are data (``data/roles.json``, ``ministry_portfolios``).
"""

from __future__ import annotations

import re
from functools import cache

from services.extractor.gazetteer import Gazetteer, fold
from services.extractor.mentions import Mention, covered
from services.extractor.roles import Owner, of_owner, owner_from_entry, vocabulary

_OWNER = r"(?:[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})"


@cache
def _ministry_pattern() -> re.Pattern[str]:
    portfolios = "|".join(sorted((re.escape(p) for p in vocabulary().ministry_portfolios), key=len, reverse=True))
    return re.compile(
        rf"\b(?:[Tt]he )?({_OWNER}?)('s)? (?:((?i:{portfolios})) (?i:ministry)|(?i:ministry) of ((?i:{portfolios})))\b"
    )


def _country(words: str, possessive: bool, gazetteer: Gazetteer) -> tuple[Owner, int] | None:
    """ "Romania" with a possessive, "Romanian" without: the country the last words name, and
    where they start in ``words`` ("In Romania's": "Romania", 3)."""
    split = words.split(" ")
    for cut in range(len(split)):
        entry = gazetteer.lookup(" ".join(split[cut:]))
        if entry is None or (entry.label == "NORP") == possessive:
            continue
        owner = owner_from_entry(entry, gazetteer)
        if owner is not None and owner.kind == "country":
            return owner, len(" ".join(split[:cut])) + (1 if cut else 0)
    return None


def ministries(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The mentions with each ministry the gazetteer lacks added; the country or demonym inside
    its name is then part of the organization's name, not a mention of its own."""
    if "inistry" not in text:  # most articles name no ministry: skip the pattern
        return mentions
    portfolios = vocabulary().ministry_portfolios
    folded = fold(text)
    found: list[Mention] = []
    for m in _ministry_pattern().finditer(folded):
        country = _country(m.group(1), bool(m.group(2)), gazetteer) if m.group(1) else None
        if country is None:
            continue
        owner, offset = country
        portfolio = (m.group(3) or m.group(4) or "").lower()
        start = m.start(1) + offset
        inner = [o for o in mentions if start <= o.start and o.end <= m.end()]
        if covered([o for o in mentions if o not in inner], start, m.end()):
            continue
        if any(o.label not in {"GPE", "NORP"} for o in inner):
            continue  # a ministry the gazetteer names, or something else altogether
        name = of_owner(f"Ministry of {portfolios[portfolio]}", owner)
        found.append(Mention(start, m.end(), "ORG", name, None, "rule", country=owner.name))
    if not found:
        return mentions
    kept = [o for o in mentions if not covered(found, o.start, o.end)]
    return kept + found
