"""Who and where: people with roles, organizations, places and weapons named in an article.

Pure functions over plain data; the Faust agent in ``agents.py`` only calls :func:`enrich_batch`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.extractor.gazetteer import Entry, Gazetteer, Match, default_gazetteer, fold
from services.extractor.roles import (
    Role,
    apposition_after,
    apposition_before,
    normalize,
    title_before,
    vocabulary,
)
from services.extractor.sentences import split_sentences
from shared.codec import DecodeError
from shared.models import Article, EnrichedArticle, Entity, Message, Place, Sentence

EXTRACTOR_VERSION = "rules-1"

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NAME = r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{1,2}\.?(?:[A-Z]\.)?)"
# A person not in the gazetteer: two or three capitalized words right after a title.
_UNKNOWN_PERSON = re.compile(rf"{_NAME}(?:\s+{_NAME}){{1,2}}")


@dataclass
class _Mention:
    start: int
    end: int
    label: str
    canonical: str
    entry: Entry | None
    role: Role | None = None


def _sentence_of(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    for start, end in spans:
        if start <= offset < end:
            return start, end
    return 0, 0


def _covered(mentions: list[_Mention], start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in mentions)


def _gazetteer_mentions(text: str, gazetteer: Gazetteer) -> list[_Mention]:
    mentions: list[_Mention] = []
    for match in gazetteer.find(text):
        entry = match.entry
        mentions.append(_Mention(match.start, match.end, entry.label, entry.canonical, entry))
        if entry.label == "ORG" and entry.kind not in {"media", None}:
            mentions.extend(_places_inside(text, match, gazetteer))
    return mentions


def _places_inside(text: str, match: Match, gazetteer: Gazetteer) -> list[_Mention]:
    """ "Munich Security Conference" names Munich as well as the conference."""
    inner = []
    for word in re.finditer(r"[A-Z][\w'-]+", text[match.start : match.end]):
        entry = gazetteer.lookup(word.group(0))
        # Only cities: "Ukraine" in "Ukraine's air force" names the force, not a place.
        if entry is not None and entry.label in _PLACE_LABELS and entry.kind == "city":
            start = match.start + word.start()
            inner.append(_Mention(start, start + len(word.group(0)), entry.label, entry.canonical, entry))
    return inner


def _unknown_people(
    text: str, spans: list[tuple[int, int]], mentions: list[_Mention], gazetteer: Gazetteer
) -> list[_Mention]:
    found: list[_Mention] = []
    for match in _UNKNOWN_PERSON.finditer(text):
        start, end = match.start(), match.end()
        if _covered(mentions, start, end) or _covered(found, start, end):
            continue
        s_start, _ = _sentence_of(spans, start)
        if title_before(text[s_start:start], gazetteer) is None:
            continue
        name = match.group(0)
        if any(gazetteer.lookup(w) is not None for w in name.split()):
            continue
        found.append(_Mention(start, end, "PERSON", name, None))
    return found


def _surname_mentions(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """A later bare surname of a person first named in full is the same person."""
    extra: list[_Mention] = []
    for person in [m for m in mentions if m.label == "PERSON" and m.entry is None]:
        surname = person.canonical.split()[-1]
        for match in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
            if match.start() > person.start and not _covered(mentions + extra, match.start(), match.end()):
                extra.append(_Mention(match.start(), match.end(), "PERSON", person.canonical, None))
    return extra


def _role_for(text: str, mention: _Mention, spans: list[tuple[int, int]], gazetteer: Gazetteer) -> Role | None:
    s_start, s_end = _sentence_of(spans, mention.start)
    before = text[s_start : mention.start]
    after = text[mention.end : s_end]
    phrase = title_before(before, gazetteer) or apposition_before(before) or apposition_after(after)
    if phrase is None:
        return None
    return Role(text=" ".join(phrase.split()), normalized=normalize(phrase, mention.entry, gazetteer))


def _country(entry: Entry | None, gazetteer: Gazetteer) -> str | None:
    if entry is None:
        return None
    if entry.label == "NORP":
        return entry.country
    if entry.kind == "country":
        return entry.canonical
    return gazetteer.country_name(entry.country_code or entry.affiliation)


def _to_entity(text: str, m: _Mention, gazetteer: Gazetteer) -> Entity:
    entry = m.entry
    place = None
    if entry is not None and m.label in _PLACE_LABELS and entry.kind:
        place = Place(kind=entry.kind, country_code=entry.country_code, lat=entry.lat, lon=entry.lon)
    return Entity(
        text=text[m.start : m.end],
        label=m.label,
        start=m.start,
        end=m.end,
        canonical=m.canonical,
        entity_id=entry.id if entry else None,
        role=m.role.normalized if m.role else None,
        role_text=m.role.text if m.role else None,
        country=_country(entry, gazetteer),
        place=place,
    )


def extract_entities(text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer) -> list[Entity]:
    mentions = _gazetteer_mentions(text, gazetteer)
    mentions += _unknown_people(text, spans, mentions, gazetteer)
    mentions += _surname_mentions(text, mentions)
    mentions.sort(key=lambda m: (m.start, -m.end))
    for mention in mentions:
        if mention.label == "PERSON":
            mention.role = _role_for(text, mention, spans, gazetteer)
    return [_to_entity(text, m, gazetteer) for m in mentions]


def enrich(article: Article, *, max_text_chars: int = 200_000, gazetteer: Gazetteer | None = None) -> EnrichedArticle:
    if len(article.text) > max_text_chars:
        raise DecodeError("text_too_large", f"text has {len(article.text)} characters; the limit is {max_text_chars}")
    gaz = gazetteer or default_gazetteer()
    vocabulary()  # fail on a broken rules file before the first article, not in the middle
    spans = split_sentences(article.text)
    return EnrichedArticle(
        article=article,
        sentences=[Sentence(start=s, end=e) for s, e in spans],
        entities=extract_entities(article.text, spans, gaz),
        extractor_version=EXTRACTOR_VERSION,
    )


def enrich_batch(articles: list[Article], *, max_text_chars: int = 200_000) -> list[list[Message]]:
    return [[enrich(a, max_text_chars=max_text_chars)] for a in articles]


__all__ = ["EXTRACTOR_VERSION", "enrich", "enrich_batch", "extract_entities", "fold"]
