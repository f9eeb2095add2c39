"""The curated gazetteer (``data/gazetteer.jsonl``) and a longest-match finder over it."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data"

# Words that are names only when capitalized as written; lower-case matching is kept for
# multi-word aliases, whose case varies between outlets ("Ukraine's Air Force" / "air force").
_WORD = r"[\w'’-]"


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
        forms = sorted(self.exact, key=len, reverse=True)
        alternation = "|".join(re.escape(f) for f in forms)
        self._pattern = re.compile(rf"(?<!{_WORD})(?:{alternation})(?!{_WORD}|\.\w)", re.IGNORECASE)
        self.country_names = {e.country_code: e.canonical for e in entries if e.kind == "country" and e.country_code}

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
        return self.exact.get(folded) or self.folded.get(folded.lower())

    def find(self, text: str) -> Iterator[Match]:
        """Non-overlapping matches, longest form first at each position."""
        folded = fold(text)
        for m in self._pattern.finditer(folded):
            surface = m.group(0)
            entry = self.exact.get(surface)
            if entry is None and " " in surface:
                entry = self.folded.get(surface.lower())
            if entry is not None:
                yield Match(m.start(), m.end(), entry)

    def country_name(self, code: str | None) -> str | None:
        return self.country_names.get(code) if code else None


@cache
def default_gazetteer() -> Gazetteer:
    return Gazetteer.from_jsonl(DATA_DIR / "gazetteer.jsonl")
