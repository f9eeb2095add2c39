"""The curated gazetteer (``data/gazetteer.jsonl``) and a longest-match finder over it."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from shared.phrases import phrase_alternation

DATA_DIR = Path(__file__).parent / "data"

# Words that are names only when capitalized as written; lower-case matching is kept for
# multi-word aliases, whose case varies between outlets ("Ukraine's Air Force" / "air force").
_WORD = r"[\w'’-]"
# A name may be followed by a possessive ("Kyiv's", "Trump's"), but not run on into a longer word.
_AFTER = r"(?![\w-]|'(?!s\b)|\.\w)"
# Datelines are set in capitals ("KYIV, Feb 8"): a capitalized word that long is read as the name.
_MIN_CAPS_NAME = 4
_PARENTHETICAL = re.compile(r"\s*\([^)]*\)")


@dataclass(frozen=True)
class Entry:
    id: str
    label: str
    canonical: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    affiliation: str | None = None
    title: str | None = None
    country: str | None = None
    weapon: str | None = None
    admin: str | None = None
    source: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Entry:
        known = {f for f in cls.__dataclass_fields__ if f not in {"extra", "aliases"}}
        values = {k: v for k, v in raw.items() if k in known}
        extra = {k: v for k, v in raw.items() if k not in known and k != "aliases"}
        return cls(aliases=tuple(raw.get("aliases") or ()), extra=extra, **values)

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.canonical, *self.aliases)


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    entry: Entry


def fold(text: str) -> str:
    """Typographic apostrophes become ASCII ones; length is kept, so offsets stay valid."""
    return text.replace("’", "'").replace("‘", "'")


class Gazetteer:
    def __init__(self, entries: list[Entry]) -> None:
        self.entries = {e.id: e for e in entries}
        self.exact: dict[str, Entry] = {}
        self.folded: dict[str, Entry] = {}
        for entry in entries:
            for form in entry.forms:
                self.exact.setdefault(fold(form), entry)
                if " " in form:
                    self.folded.setdefault(fold(form).lower(), entry)
        # Every form in one trie-shaped pattern, longest first at each word start: one pass of the
        # regular-expression engine instead of a dictionary probe per word and candidate.
        forms = phrase_alternation((f.lower() for f in self.exact), gap=" ")
        self._pattern = re.compile(rf"(?<!{_WORD})(?=\S){forms}{_AFTER}", re.IGNORECASE)
        self.country_names = {e.country_code: e.canonical for e in entries if e.kind == "country" and e.country_code}
        self.by_canonical = {e.canonical: e for e in entries}
        self._holders: dict[str, list[Entry]] = {}
        for entry in entries:
            if entry.label == "PERSON" and entry.title:
                self._holders.setdefault(office_key(entry.title), []).append(entry)

    @classmethod
    def from_jsonl(cls, path: Path) -> Gazetteer:
        entries = []
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    entries.append(Entry.from_json(json.loads(line)))
                except (json.JSONDecodeError, TypeError) as exc:
                    raise ValueError(f"{path}:{number}: bad gazetteer line: {exc}") from exc
        return cls(entries)

    def lookup(self, surface: str) -> Entry | None:
        folded = fold(surface)
        return self.exact.get(folded) or self.folded.get(folded.lower()) or self._capitals(folded)

    def _capitals(self, surface: str) -> Entry | None:
        if len(surface) < _MIN_CAPS_NAME or not surface.isupper() or " " in surface:
            return None
        entry = self.exact.get(surface.title())
        # Only places: "TASS" is an acronym, "MUNICH" a dateline.
        return entry if entry is not None and entry.label in {"GPE", "LOC"} else None

    def find(self, text: str) -> Iterator[Match]:
        """Non-overlapping matches, longest form first at each position, any case.

        A form matched in a case the gazetteer does not list ("kyiv") hides shorter forms at the
        same place but yields nothing: names are matched as capitalized in the text.
        """
        folded = fold(text)
        for m in self._pattern.finditer(folded):
            surface = m.group(0)
            entry = self.exact.get(surface)
            if entry is None and " " in surface:
                entry = self.folded.get(surface.lower())
            if entry is None:
                entry = self._capitals(surface)
            if entry is not None:
                yield Match(m.start(), m.end(), entry)

    def country_name(self, code: str | None) -> str | None:
        return self.country_names.get(code) if code else None

    def affiliation_name(self, code: str | None) -> str | None:
        """A country's name, or the body an affiliation code stands for ("EU" -> "European Union")."""
        if not code:
            return None
        if code in self.country_names:
            return self.country_names[code]
        entry = self.exact.get(code)
        return entry.canonical if entry is not None and entry.label == "ORG" else None

    def holders(self, office: str) -> list[Entry]:
        """People whose gazetteer title is ``office`` ("President of Ukraine"), as of the gazetteer's date."""
        return self._holders.get(office_key(office), [])


def office_key(title: str) -> str:
    """ "President of the United States (until 2025)" and "president of United States" are one office."""
    words = _PARENTHETICAL.sub("", fold(title)).lower().replace("-", " ").split()
    return " ".join(w for w in words if w != "the")


def current_title(entry: Entry) -> str | None:
    """The gazetteer title without its parenthetical notes on later changes."""
    return _PARENTHETICAL.sub("", entry.title).strip() if entry.title else None


@cache
def default_gazetteer() -> Gazetteer:
    return Gazetteer.from_jsonl(DATA_DIR / "gazetteer.jsonl")
