"""People the gazetteer does not know, later surnames, and definite descriptions.

- the model's PERSON entities, when they look like a name ("Marc Fogel");
- a capitalized name that starts with a known given name, which the small model sometimes labels
  ORG ("Oleksandr Vilkul"), or that follows a title ("Deputy Defence Minister Alexander Fomin");
- a later surname alone is the person named in full ("Fogel" -> Marc Fogel);
- "the Ukrainian president" is the person who holds that office: the one the article named with that
  role, else the one the gazetteer gives that title on the article's date.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from services.extractor.gazetteer import DATA_DIR, Entry, Gazetteer, fold, office_key
from services.extractor.mentions import Mention, covered
from services.extractor.model import ModelEntity
from services.extractor.roles import Role, normalize, owner_from_entry, vocabulary

_WORD = re.compile(r"[A-Z][\w'’.]*(?:-[A-Za-z][\w'’]*)*|[a-z]+")
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$|^[A-Z]{1,2}$")
_ROMAN = re.compile(r"^[IVX]{1,4}$")
_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), start=1)}  # fmt: skip
_DATED = re.compile(r"\b(from|until)\s+(?:(\w+)\s+)?(\d{4})\b", re.IGNORECASE)


@dataclass(frozen=True)
class NameVocabulary:
    given: frozenset[str]
    particles: frozenset[str]


@cache
def names() -> NameVocabulary:
    raw = json.loads((DATA_DIR / "names.json").read_text(encoding="utf-8"))
    return NameVocabulary(given=frozenset(raw["given_names"]), particles=frozenset(raw["particles"]))


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """ "the Hotel Bayerischer Hof" -> "Hotel Bayerischer Hof"; "Keir Starmer's" -> "Keir Starmer"."""
    surface = fold(text[start:end])
    if surface.lower().startswith("the "):
        start += 4
    if surface.endswith("'s"):
        end -= 2
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


def _title_prefix(words: list[str]) -> int:
    """How many leading words are a title ("King", "Deputy Defence Minister")."""
    vocab = vocabulary()
    count = 0
    for word in words:
        if word not in vocab.title_words or not word[:1].isupper():
            break
        count += 1
    return count


def is_name(words: Sequence[str], gazetteer: Gazetteer) -> bool:
    """Two to four capitalized words, none of them a place, organization, title or number."""
    particles = names().particles
    if not 2 <= len(words) <= 4 or words[0] in particles or words[-1] in particles:
        return False
    vocab = vocabulary()
    for word in words:
        if word in particles:
            continue
        if not word[:1].isupper() or any(c.isdigit() for c in word) or word in vocab.title_words:
            return False
        if word.isupper() and not _INITIALS.match(word):
            return False
        entry = gazetteer.lookup(word)
        if entry is not None and entry.label != "PERSON":
            return False
    return True


def _person(text: str, start: int, end: int, canonical: str, source: str) -> Mention:
    return Mention(start, end, "PERSON", canonical, None, source)


def headline_spans(text: str) -> list[tuple[int, int]]:
    """Lines set in title case ("Military Escalation and Drone Strikes Continue"), where the model
    takes any run of capitalized words for a name."""
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        words = [w for w in re.findall(r"[A-Za-z][\w'-]*", line.group(0)) if len(w) > 3]
        if words and sum(w[0].isupper() for w in words) >= 0.7 * len(words):
            spans.append((line.start(), line.end()))
    return spans


def model_people(text: str, ents: Sequence[ModelEntity], taken: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The model's people, and its ORG/GPE entities that are a given name and a surname."""
    found: list[Mention] = []
    given = names().given
    headlines = headline_spans(text)
    for ent in ents:
        if ent.label not in {"PERSON", "ORG", "GPE", "NORP"}:
            continue
        start, end = _strip_span(text, ent.start, ent.end)
        words = fold(text[start:end]).split()
        cut = _title_prefix(words)
        if cut:  # "King Willem-Alexander": the title is read as the role, the rest is the name
            start += len(" ".join(words[:cut])) + 1
            words = words[cut:]
        if covered(taken, start, end) or covered(found, start, end) or not words:
            continue
        in_headline = any(s <= start < e for s, e in headlines)
        if (ent.label != "PERSON" or in_headline) and words[0] not in given:
            continue
        royal = cut and len(words) <= 2 and (len(words) == 1 or _ROMAN.match(words[-1]))
        if is_name(words, gazetteer) or (royal and words[0][:1].isupper()):
            found.append(_person(text, start, end, " ".join(words), "model"))
    return found


def pattern_people(text: str, taken: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Names the model missed: a known given name and a surname ("Oleksandr Vilkul")."""
    found: list[Mention] = []
    given = names().given
    pattern = re.compile(r"\b(?:[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?)(?: (?:[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?)){1,2}\b")
    for m in pattern.finditer(fold(text)):
        words = m.group(0).split()
        while words and words[0] not in given:
            words.pop(0)
        if len(words) < 2:
            continue
        start = m.end() - len(" ".join(words))
        if not covered(taken, start, m.end()) and not covered(found, start, m.end()) and is_name(words, gazetteer):
            found.append(_person(text, start, m.end(), " ".join(words), "rule"))
    return found


# Ukrainian and Russian spellings of one given name that start differently: Yevhen / Evgeny,
# Yulia / Julia, Heorhii / Georgy, Mykola / Nikolai.
_GIVEN_SOUNDS = (("ye", "e"), ("ie", "e"), ("je", "e"), ("yu", "u"), ("iu", "u"), ("ju", "u"), ("h", "g"), ("myk", "n"))


def _given_key(name: str) -> str:
    """A given name's first sound, the same across transliterations: Oleksandr / Alexander /
    Aleksandr, Yevhen / Evgeny, Heorhii / Georgy."""
    low = fold(name).lower()
    for prefix, sound in _GIVEN_SOUNDS:
        if low.startswith(prefix):
            return sound
    return "a" if low[:1] in {"a", "o"} else low[:1]


def namesakes(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Deputy Prime Minister Oleksii Kuleba": a gazetteer surname after another given name is a
    namesake, not the gazetteer's person (Dmytro Kuleba); the article's other bare "Kuleba" is the
    namesake too unless it also names the gazetteer's person in full."""
    given = names().given
    out: list[Mention] = []
    found: dict[str, Mention] = {}
    for m in mentions:
        entry = m.entry
        surface = fold(text[m.start : m.end])
        before = re.search(r"([A-Z][\w'-]+) $", fold(text[max(0, m.start - 30) : m.start]))
        if entry is None or m.label != "PERSON" or " " in surface or before is None or before.group(1) not in given:
            out.append(m)
            continue
        own = {_given_key(f.split()[0]) for f in entry.forms if " " in f}
        if _given_key(before.group(1)) in own:
            out.append(m)
            continue
        start = m.start - len(before.group(1)) - 1
        full = f"{before.group(1)} {surface}"
        found[entry.id] = Mention(start, m.end, "PERSON", full, None, "rule")
        out.append(found[entry.id])
    named_in_full = {m.entry.id for m in out if m.entry is not None and " " in text[m.start : m.end].strip()}
    for i, m in enumerate(out):
        if m.entry is not None and m.entry.id in found and m.entry.id not in named_in_full:
            out[i] = Mention(m.start, m.end, "PERSON", found[m.entry.id].canonical, None, "surname")
    return out


def surname_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """A surname alone is the person the article names in full, if only one of them has it."""
    owners: dict[str, set[str]] = {}
    firsts: dict[str, Mention] = {}
    for m in mentions:
        if m.label == "PERSON" and " " in m.canonical and m.source != "description":
            surname = m.canonical.split()[-1]
            if not _ROMAN.match(surname):
                owners.setdefault(surname, set()).add(m.canonical)
                firsts.setdefault(m.canonical, m)
    single = {surname: firsts[next(iter(c))] for surname, c in owners.items() if len(c) == 1}
    if not single:
        return []
    # One scan of the text for all the surnames, not one per surname: this runs on every article.
    # Two surnames that fold alike are one name here; the first one named keeps it, as before.
    by_folded: dict[str, Mention] = {}
    for surname, person in single.items():
        by_folded.setdefault(fold(surname), person)
    pattern = _surname_pattern(tuple(sorted(by_folded, key=len, reverse=True)))
    found: dict[str, list[Mention]] = {}
    for match in pattern.finditer(fold(text)):
        if not covered(mentions, match.start(), match.end()):
            person = by_folded[match.group(0)]
            found.setdefault(person.canonical, []).append(
                Mention(match.start(), match.end(), "PERSON", person.canonical, person.entry, "surname")
            )
    return [m for person in single.values() for m in found.pop(person.canonical, [])]


@lru_cache(maxsize=256)
def _surname_pattern(surnames: tuple[str, ...]) -> re.Pattern[str]:
    # A surname's possessive is still the person ("Sybiha's"); any other apostrophe or a hyphen
    # makes it part of another word.
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, surnames))})(?![\w-]|'(?!s\b))")


# -- definite descriptions ----------------------------------------------------------------------


def _month_start(month: str | None, year: str) -> dt.date:
    return dt.date(int(year), _MONTHS.get((month or "january").lower(), 1), 1)


def holds_on(entry: Entry, on: dt.date | None) -> bool:
    """Whether the gazetteer title held on ``on``: "(until January 2025)", "(from May 2025)",
    "(Prime Minister from July 2025)" (a later, different office) are read; a title without a date
    is taken as current."""
    title = entry.title or ""
    if title.lower().startswith("former"):
        return False
    note = re.search(r"\(([^)]*)\)", title)
    if note is None or on is None:
        return note is None or not re.search(r"\buntil\b", note.group(1), re.IGNORECASE)
    for m in _DATED.finditer(note.group(1)):
        when = _month_start(m.group(2), m.group(3))
        starts_new_office = note.group(1)[: m.start()].strip() != ""
        if m.group(1).lower() == "until" and on >= when:
            return False
        if m.group(1).lower() == "from" and (on >= when) == starts_new_office:
            return False
    return True


def _description_pattern() -> re.Pattern[str]:
    offices = "|".join(re.escape(o) for o in vocabulary().description_offices)
    owner = r"(?:U\.S\.|U\.K\.|[A-Z][a-z]+(?:'s)?)"
    return re.compile(rf"\b(?:[Tt]he ({owner})|({owner}'s)) ((?i:{offices}))\b(?!\s+[A-Z][a-z])")


def _holder(
    office: str, at: int, people: list[Mention], gazetteer: Gazetteer, on: dt.date | None
) -> tuple[str, Entry | None] | None:
    key = office_key(office)
    named = [p for p in people if p.start < at and p.role is not None and office_key(p.role.normalized) == key]
    if named:
        return named[-1].canonical, named[-1].entry
    known = [e for e in gazetteer.holders(office) if holds_on(e, on)]
    if len(known) == 1:
        return known[0].canonical, known[0]
    return None


def _apposition(text: str, at: int, people: list[Mention]) -> bool:
    """ "Andrii Sybiha, Ukraine's foreign minister": the words are that person's role, already read."""
    before = text[:at].rstrip()
    return before.endswith(",") and any(p.end == len(before) - 1 for p in people)


def descriptions(text: str, mentions: list[Mention], gazetteer: Gazetteer, on: dt.date | None = None) -> list[Mention]:
    """ "the Ukrainian president" -> Volodymyr Zelenskyy, with the role it states."""
    vocab = vocabulary()
    people = [m for m in mentions if m.label == "PERSON"]
    found: list[Mention] = []
    folded = fold(text)
    for m in _description_pattern().finditer(folded):
        owner_text = (m.group(1) or m.group(2)).removesuffix("'s")
        entry = gazetteer.lookup(owner_text)
        if entry is None or covered(people, m.start(), m.end()) or _apposition(folded, m.start(), people):
            continue
        if entry.label == "ORG":  # "the Kremlin leader": the country the body belongs to
            entry = gazetteer.lookup(gazetteer.country_name(entry.country_code) or "")
        owner = owner_from_entry(entry, gazetteer) if entry is not None else None
        if owner is None or owner.kind != "country":
            continue
        office_text = m.group(3).lower()
        offices = vocab.leader_offices if office_text == "leader" else (office_text,)
        for office in offices:
            normalized = normalize(f"{owner.name}'s {office}", None, gazetteer)
            holder = _holder(normalized, m.start(), people, gazetteer, on)
            if holder is not None:
                canonical, person = holder
                found.append(
                    Mention(
                        m.start(), m.end(), "PERSON", canonical, person, "description", Role(m.group(0), normalized)
                    )
                )
                break
    return found
