"""People's roles as the article states them: titles before a name, appositions, "X's Y" forms."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from services.extractor.gazetteer import DATA_DIR, Entry, Gazetteer, fold

# Countries whose names take "the" after "of" ("President of the United States").
_THE_COUNTRIES = frozenset({"United States", "United Kingdom", "Netherlands", "European Union", "Vatican City"})
_TOKEN = re.compile(r"[A-Za-z][\w.'-]*")
_LEADING_FILLER = frozenset({"of", "the", "for", "and", "a", "an"})


@dataclass(frozen=True)
class RoleVocabulary:
    title_words: frozenset[str]
    heads: tuple[str, ...]
    national: frozenset[str]
    canonical_titles: dict[str, str]

    def has_head(self, phrase: str) -> bool:
        low = phrase.lower()
        return any(re.search(rf"(?<![\w-]){re.escape(h)}(?![\w-])", low) for h in self.heads)


@cache
def vocabulary() -> RoleVocabulary:
    raw = json.loads((DATA_DIR / "roles.json").read_text(encoding="utf-8"))
    return RoleVocabulary(
        title_words=frozenset(raw["title_words"]),
        heads=tuple(sorted(raw["role_heads"], key=len, reverse=True)),
        national=frozenset(raw["national_offices"]),
        canonical_titles=dict(raw["canonical_titles"]),
    )


@dataclass(frozen=True)
class Role:
    text: str
    normalized: str


def _office(words: str, vocab: RoleVocabulary) -> str:
    low = " ".join(words.split()).lower()
    low = vocab.canonical_titles.get(low, low)
    small = {"of", "the", "for", "and", "on", "in"}
    return " ".join(w if w in small else w[:1].upper() + w[1:] for w in low.split())


def _of_country(office: str, country: str) -> str:
    return f"{office} of {'the ' if country in _THE_COUNTRIES else ''}{country}"


def _country_of(word: str, gazetteer: Gazetteer) -> str | None:
    """The country a demonym ("Ukrainian"), name ("Ukraine") or abbreviation ("U.S.") stands for."""
    entry = gazetteer.lookup(word)
    if entry is None:
        return None
    if entry.label == "NORP":
        return entry.country
    if entry.kind == "country":
        return entry.canonical
    return None


def normalize(phrase: str, person: Entry | None, gazetteer: Gazetteer) -> str:
    """ "Ukrainian President" -> "President of Ukraine"; "Trump's envoy for X" stays as said."""
    vocab = vocabulary()
    phrase = " ".join(fold(phrase).split())
    owner, sep, rest = phrase.partition("'s ")
    if sep:
        country = _country_of(owner, gazetteer)
        if country and rest.lower() == rest:
            return _of_country(_office(rest, vocab), country)
        return phrase
    words = phrase.split()
    for cut in (2, 1):
        if len(words) > cut:
            country = _country_of(" ".join(words[:cut]), gazetteer)
            if country:
                return _of_country(_office(" ".join(words[cut:]), vocab), country)
    office = _office(phrase, vocab)
    if person is not None and office.lower() in vocab.national:
        country = gazetteer.country_name(person.affiliation)
        if country:
            return _of_country(office, country)
    return office


def title_before(sentence_prefix: str, gazetteer: Gazetteer) -> str | None:
    """The run of title words just before a name: "... and Russian President " -> "Russian President"."""
    vocab = vocabulary()
    tokens = list(_TOKEN.finditer(sentence_prefix))
    if not tokens or sentence_prefix[tokens[-1].end() :].strip():
        return None
    start = None
    for token in reversed(tokens):
        word = fold(token.group(0))
        is_title = word in vocab.title_words or word.lower() in {"envoy", "spokesman", "governor", "mayor"}
        is_country = _country_of(word.removesuffix("'s"), gazetteer) is not None
        if not (is_title or is_country):
            break
        start = token.start()
    if start is None:
        return None
    phrase = sentence_prefix[start:].strip()
    words = phrase.split()
    while words and words[0].lower() in _LEADING_FILLER:
        words.pop(0)
    phrase = " ".join(words)
    if not phrase or not vocab.has_head(phrase):
        return None
    return phrase


_CLAUSE_END = re.compile(r"[,;:()\"]|\.\s")


def apposition_after(sentence_rest: str) -> str | None:
    """ ", Ukraine's foreign minister, said" -> "Ukraine's foreign minister"."""
    if not sentence_rest.startswith(","):
        return None
    body = sentence_rest[1:]
    end = _CLAUSE_END.search(body)
    clause = (body[: end.start()] if end else body).strip().rstrip(".")
    return _role_clause(clause)


def apposition_before(sentence_prefix: str) -> str | None:
    """ "Trump's envoy for Ukraine-Russia negotiations, " (just before the name) -> that phrase."""
    stripped = sentence_prefix.rstrip()
    if not stripped.endswith(","):
        return None
    body = stripped[:-1]
    cut = max(body.rfind(","), body.rfind(";"), body.rfind(":"))
    clause = body[cut + 1 :].strip()
    return _role_clause(clause)


def _role_clause(clause: str) -> str | None:
    vocab = vocabulary()
    words = clause.split()
    if not words or len(words) > 12 or not vocab.has_head(clause):
        return None
    # A clause with a finite verb is a statement, not a description of the person.
    if re.search(r"\b(said|says|told|is|was|were|are|has|had|will|would)\b", clause):
        return None
    for article in ("the ", "a ", "an "):
        if clause.lower().startswith(article):
            clause = clause[len(article) :]
    return clause
