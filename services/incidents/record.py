"""The records the claim reader builds: a sentence, one weapon's mentions by one speaker, a claim."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Final

from services.incidents.mentions import Mention
from services.incidents.speakers import Attribution, Speaker
from services.incidents.timing import DateKind
from services.incidents.vocabulary import Role
from shared.models import Entity
from shared.timex import DateSpan

PLACE_LABELS: Final = frozenset({"GPE", "LOC", "FAC"})
# How many sentences on a statement may still be adding counts to the claim it began.
WINDOW: Final = 3


@dataclass
class Claim:
    """One claim being read: sentences ``first``..``last``, text ``start``..``end`` as evidence."""

    claimant: Speaker | None
    weapon: str
    first: int
    last: int
    start: int
    end: int
    cumulative: bool
    occurred_on: date | None = None
    night: bool = False
    #: The date is the attack's own ("overnight into Friday"), not the day of the statement or a guess.
    dated: bool = False
    #: Dated only by a later statement on the attack ("the toll has risen to 40, officials said on
    #: Monday"): the attack takes the first day the article then gives it (see ``claims``).
    provisional: bool = False
    attacker: str | None = None
    attacker_inferred: bool = False
    counts: dict[Role, int | None] = field(default_factory=dict)
    approximate: dict[str, str] = field(default_factory=dict)
    umbrella: bool = False
    #: The launched count so far is only of the weapons that hit (see ``Mention.hits``).
    hits: bool = False
    killed: int | None = None
    injured: int | None = None
    model: str | None = None
    locations: list[str] = field(default_factory=list)
    damage: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)

    def flag(self, name: str) -> None:
        if name not in self.flags:
            self.flags.append(name)


@dataclass
class Group:
    """The mentions of one weapon by one speaker in one sentence."""

    weapon: str
    speaker: Speaker | None
    mentions: list[Mention]
    counts: dict[Role, int | None] = field(default_factory=dict)
    approximate: dict[str, str] = field(default_factory=dict)
    split: set[Role] = field(default_factory=set)
    umbrella: bool = False
    hits: bool = False
    #: A wave of the night before another group's, told in the same sentence ("90 drones overnight;
    #: on the previous night it launched 120"): see ``groups.groups_of``.
    earlier: bool = False

    @property
    def start(self) -> int:
        return self.mentions[0].start

    @property
    def counted(self) -> bool:
        return any(m.counted or m.all_of or m.rest_of for m in self.mentions)

    @property
    def anaphoric(self) -> bool:
        counted = [m for m in self.mentions if m.counted]
        if counted:
            return any(m.anaphoric for m in counted) and "launched" not in self.counts
        return all(m.anaphoric for m in self.mentions)


@dataclass
class Sentence:
    """One sentence as read: offsets in the article, entities relative to it, its date phrases."""

    index: int
    start: int
    end: int
    text: str
    entities: list[Entity]
    found: list[Attribution]
    dates: list[tuple[DateSpan, DateKind]]
    cumulative: bool
    mentions: list[Mention] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    #: A week or a month but no day ("last week", "earlier this month").
    rough_date: bool = False
    #: That week or month ended more than a month before the article's date ("in November 2022").
    long_ago: bool = False
