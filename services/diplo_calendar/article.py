"""The article as the calendar's sentence readers see it: its entities, names and offices."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Final

from shared.models import Dateline, EnrichedArticle

PLACE_LABELS: Final = frozenset({"GPE", "LOC", "FAC"})
# Offices whose holders are "the two leaders" of a story; not "Vice President".
_LEADER_ROLE: Final = re.compile(
    r"(?<!Vice )\b(?:President|Prime Minister|Chancellor|King|Premier|Emir|Supreme Leader)\b"
)
# A name right after these is an object, not the one a sentence is about ("talks with Erdogan").
_SUBJECT_PRONOUN: Final = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
OBJECT_BEFORE: Final = re.compile(
    r"\b(?:with|to|by|between|and|of|for|from|against|met|meet|called|host|hosted)\s+(?:[A-Z][\w.'’-]*\s+){0,5}$"
)


@dataclass(frozen=True)
class Ent:
    """An entity with offsets relative to its sentence."""

    start: int
    end: int
    label: str
    canonical: str
    country: str | None
    place_kind: str | None
    role: str | None


class ArticleView:
    """What every sentence reader needs from the whole article: entities, names, offices."""

    def __init__(self, enriched: EnrichedArticle, anchor: date) -> None:
        self.text = enriched.article.text
        self.anchor = anchor
        dateline = enriched.article.dateline
        # The dateline's own date dates the story, not any event in it.
        at = self.text.find(dateline.text) if dateline is not None else -1
        self.dateline_span = (at, at + len(dateline.text)) if dateline is not None and at >= 0 else (0, 0)
        self.entities = sorted(enriched.entities, key=lambda e: e.start)
        self.dateline_place = self._dateline_place(dateline) if dateline is not None and dateline.date else None
        self.spans = [(s.start, s.end) for s in enriched.sentences]

    def _dateline_place(self, dateline: Dateline) -> str | None:
        """ "SOCHI, Russia, Sept 4 -": the place as the gazetteer names it ("Sochi"), else as written."""
        lo, hi = self.dateline_span
        first = next((e for e in self.entities if lo <= e.start < hi and e.label in PLACE_LABELS), None)
        return first.canonical if first is not None else dateline.place

    @cached_property
    def person_names(self) -> dict[str, str]:
        """Every way the article writes a person ("Putin", "Vladimir Putin") -> canonical name."""
        names: dict[str, str] = {}
        for e in self.entities:
            if e.label == "PERSON":
                names.setdefault(e.text, e.canonical)
                names.setdefault(e.canonical.split()[-1], e.canonical)
        return names

    @cached_property
    def country_names(self) -> dict[str, str]:
        names: dict[str, str] = {}
        for e in self.entities:
            if e.label == "GPE" and e.place is not None and e.place.kind == "country":
                names.setdefault(e.text, e.canonical)
        return names

    @cached_property
    def place_countries(self) -> dict[str, str]:
        """Place -> the country it is in (a country is in itself)."""
        return {e.canonical: e.country for e in self.entities if e.label in PLACE_LABELS and e.country}

    @cached_property
    def place_kinds(self) -> dict[str, str]:
        """Place -> its kind ("city", "country", "area" for "Europe" or "the Middle East")."""
        return {e.canonical: e.place.kind for e in self.entities if e.label in PLACE_LABELS and e.place is not None}

    @cached_property
    def person_countries(self) -> dict[str, str]:
        return {e.canonical: e.country for e in self.entities if e.label == "PERSON" and e.country}

    @cached_property
    def offices(self) -> dict[str, str]:
        """Office as the extractor writes it ("President of Ukraine") -> the person holding it here."""
        out: dict[str, str] = {}
        for e in self.entities:
            if e.label == "PERSON" and e.role:
                out.setdefault(office_key(e.role), e.canonical)
        return out

    def sentence_entities(self, start: int, end: int) -> list[Ent]:
        return [
            Ent(
                e.start - start,
                e.end - start,
                e.label,
                e.canonical,
                e.country,
                e.place.kind if e.place is not None else None,
                e.role,
            )
            for e in self.entities
            if start <= e.start < end
        ]

    def persons_before(
        self, pos: int, count: int, *, leaders: bool, office: str | None = None, unstated: bool = False
    ) -> list[str]:
        """The last ``count`` different people named before ``pos``, latest last: only heads of state
        or government with ``leaders`` (or people the text gives no office at all, with ``unstated``),
        only holders of ``office`` ("President") when given."""
        names: list[str] = []
        for e in reversed(self.entities):
            if e.label != "PERSON" or e.end > pos or e.canonical in names:
                continue
            # With ``unstated`` someone the text gives no office may be either.
            if not (unstated and not e.role) and not _holds(e.role, leaders=leaders, office=office):
                continue
            names.insert(0, e.canonical)
            if len(names) == count:
                break
        return names

    def first_person(self, index: int) -> str | None:
        """The person a sentence is about, for a "he" in the next one: its first person not after a preposition."""
        if index < 0:
            return None
        start, end = self.spans[index]
        people = [e for e in self.entities if e.label == "PERSON" and start <= e.start < end]
        subjects = [e for e in people if not OBJECT_BEFORE.search(self.text, max(start, e.start - 60), e.start)]
        chosen = subjects or people
        return chosen[0].canonical if chosen else None

    def topic_person(self, index: int) -> str | None:
        """Who a "he" opening the sentence after ``index`` stands for: "There he will hold a meeting
        with Anwar. On Monday he flies to Tokyo": a sentence whose subject is a pronoun is about the
        one the sentence before it is about, not its objects."""
        if index < 0:
            return None
        start, end = self.spans[index]
        people = [e for e in self.entities if e.label == "PERSON" and start <= e.start < end]
        if index > 0 and _SUBJECT_PRONOUN.search(self.text, start, people[0].start if people else end):
            return self.topic_person(index - 1)
        return self.first_person(index)


def _holds(role: str | None, *, leaders: bool, office: str | None) -> bool:
    """Whether a role the text gives is a head of state or government's (with ``leaders``) and ``office``."""
    if leaders and not (role and _LEADER_ROLE.search(role)):
        return False
    return office is None or bool(role and re.search(rf"(?<!Vice ){office}\b", role))


def office_key(role: str) -> str:
    return " ".join(re.sub(r"\bthe\b", " ", role.lower()).split())
