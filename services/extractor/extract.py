"""Who and where: people with roles, organizations, places and weapons named in an article.

Three sources, in order of trust: the curated gazetteer (with the place patterns of ``places.py``),
then the statistical model (spaCy) for what the gazetteer lacks, then GeoNames for the coordinates
of places only the model found. A later source never overrides an earlier one's span.

Pure functions over plain data; the Faust agent in ``agents.py`` only calls :func:`enrich_batch`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence

from services.extractor.gazetteer import Entry, Gazetteer, current_title, default_gazetteer, fold
from services.extractor.geocode import Geocoder, default_geocoder
from services.extractor.mentions import Mention, covered
from services.extractor.model import MODEL_PACKAGE, ModelEntity, recognize
from services.extractor.orgs import ministries
from services.extractor.people import descriptions, model_people, namesakes, pattern_people, surname_mentions
from services.extractor.places import RulePlace, is_natural_feature, looks_geographic, rule_places
from services.extractor.roles import (
    PRONOUNS,
    Owner,
    Role,
    Span,
    normalize,
    of_owner,
    office_words,
    owner_from_entry,
    owner_of,
    role_phrase,
    vocabulary,
)
from services.extractor.sentences import split_sentences
from shared.codec import DecodeError
from shared.models import (
    Article,
    EnrichedArticle,
    Entity,
    Message,
    Place,
    Recognized,
    RecognizedArticle,
    Sentence,
)

EXTRACTOR_VERSION = "rules+en_core_web_sm-3"

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# A model PERSON or ORG right after one of these, that GeoNames knows in the article's countries,
# is a place the model mislabeled ("a missile strike on Marhanets").
_LOCATIVE = re.compile(
    r"\b(?:in|near|outside|over|on|around|at|from|to|into|toward|towards|across|inside)\s+(?:the\s+)?$"
)
# "closed airports in Rzeszow and Lublin": a name listed with a place is a place too.
_LISTED_AFTER = re.compile(r"(?:,|,? and|,? or)\s+$")


def _sentence_of(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    for start, end in spans:
        if start <= offset < end:
            return start, end
    return 0, 0


def _gazetteer_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    mentions: list[Mention] = []
    for match in gazetteer.find(text):
        entry = match.entry
        mentions.append(Mention(match.start, match.end, entry.label, entry.canonical, entry))
        if entry.label == "ORG" and entry.kind not in {"media", None}:
            mentions.extend(_places_inside(text, match.start, match.end, gazetteer))
            mentions.extend(_parent_org(text, match.start, match.end, entry, gazetteer))
    return mentions


def _parent_org(text: str, start: int, end: int, entry: Entry, gazetteer: Gazetteer) -> list[Mention]:
    """ "U.N. General Assembly" names the United Nations as well as its assembly."""
    first = re.match(r"\S+", text[start:end])
    if first is None or first.end() == end - start:
        return []
    parent = gazetteer.lookup(first.group(0))
    if parent is None or parent.label != "ORG" or parent.id == entry.id:
        return []
    return [Mention(start, start + first.end(), "ORG", parent.canonical, parent, "rule")]


def _places_inside(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[Mention]:
    """ "Munich Security Conference" names Munich as well as the conference."""
    inner = []
    for word in re.finditer(r"[A-Z][\w'-]+", text[start:end]):
        entry = gazetteer.lookup(word.group(0))
        # Only cities: "Ukraine" in "Ukraine's air force" names the force, not a place.
        if entry is not None and entry.label in _PLACE_LABELS and entry.kind == "city":
            at = start + word.start()
            inner.append(Mention(at, at + len(word.group(0)), entry.label, entry.canonical, entry, "rule"))
    return inner


def _country_codes(mentions: list[Mention], gazetteer: Gazetteer) -> Counter[str]:
    """How often the article names each country, by itself, its places, people or demonym."""
    codes: Counter[str] = Counter()
    for m in mentions:
        entry = m.entry
        if entry is None:
            continue
        code = entry.country_code or (entry.affiliation if entry.label == "PERSON" else None)
        if entry.label == "NORP" and entry.country:
            country = gazetteer.lookup(entry.country)
            code = country.country_code if country else None
        if code:
            codes[code] += 1
    return codes


def _local(mentions: list[Mention], sentence: tuple[int, int], gazetteer: Gazetteer) -> Counter[str]:
    """The countries a sentence names, weighted over the article's: "Halifax ... Canadian Prime
    Minister" is Halifax, Nova Scotia, even in an article that names the United States more often."""
    start, end = sentence
    local = _country_codes([m for m in mentions if start <= m.start < end], gazetteer)
    return Counter({code: 1000 * count for code, count in local.items()})


def _geo_mention(
    start: int, end: int, name: str, label: str, geocoder: Geocoder, context: Counter[str], source: str
) -> Mention | None:
    geo = geocoder.resolve(name, context)
    if geo is None:
        return None
    if geo.kind == "city" and is_natural_feature(name):  # "Lake Lucerne" is no town in Florida
        return Mention(start, end, "LOC", name, None, source, None, Place(kind="area"))
    place = Place(kind=geo.kind, country_code=geo.country_code, lat=geo.lat, lon=geo.lon)
    country = geocoder.country_names.get(geo.country_code or "") if geo.kind != "country" else geo.name
    return Mention(
        start,
        end,
        "GPE" if label == "GPE" or geo.kind != "city" else label,
        geo.name,
        None,
        source,
        None,
        place,
        country,
    )


def _district_country(rule: RulePlace, text: str, gazetteer: Gazetteer, near: list[Mention], since: int) -> str | None:
    """A district belongs to the country of the place it is named after ("the Izmail district"), else
    of the place it is "of", else of the place named before it in its sentence."""
    own = gazetteer.lookup(rule.canonical.removesuffix(" District"))
    if own is not None and own.label in _PLACE_LABELS and own.country_code:
        return own.country_code
    places = [m for m in near if m.entry is not None and m.entry.kind in {"city", "region"}]
    after = [m for m in places if m.start >= rule.end and text[rule.end : m.start].strip() in {"of", "of the"}]
    before = [m for m in places if since <= m.start and m.end <= rule.start]
    chosen = after[0] if after else (before[-1] if before else None)
    return chosen.entry.country_code if chosen is not None and chosen.entry is not None else None


def _rule_mention(
    rule: RulePlace,
    text: str,
    gazetteer: Gazetteer,
    geocoder: Geocoder,
    context: Counter[str],
    near: list[Mention],
    sentence: tuple[int, int],
) -> Mention | None:
    if rule.entry is not None:
        return Mention(rule.start, rule.end, rule.entry.label, rule.entry.canonical, rule.entry, "rule")
    if rule.rule == "facility":
        return Mention(rule.start, rule.end, "FAC", rule.canonical, None, "rule", place=Place(kind="site"))
    if rule.rule in {"settlement", "vicinity"}:
        entry = gazetteer.lookup(rule.canonical)
        if entry is not None and entry.label in _PLACE_LABELS:
            return Mention(rule.start, rule.end, entry.label, entry.canonical, entry, "rule")
        local = _local(near, sentence, gazetteer)
        geo = _geo_mention(rule.start, rule.end, rule.canonical, "GPE", geocoder, context + local, "rule")
        if geo is not None and geo.place is not None and geo.place.country_code in context + local:
            return geo
        if rule.rule == "vicinity":  # "the Palm Sunday area" is no place
            return None
        # "the village of Yablonovo in the Korochansky district": the country the sentence is about
        code = next(iter(local.most_common(1)), (None, 0))[0]
        country = gazetteer.country_name(code)
        place = Place(kind="city", country_code=code)
        return Mention(rule.start, rule.end, "GPE", rule.canonical, None, "rule", None, place, country)
    code = _district_country(rule, text, gazetteer, near, sentence[0])
    country = gazetteer.country_name(code)
    return Mention(
        rule.start, rule.end, "GPE", rule.canonical, None, "rule", None, Place(kind="area", country_code=code), country
    )


def _stated_country(text: str, end: int, gazetteer: Gazetteer, geocoder: Geocoder) -> str | None:
    """ "Odessa, Texas" / "Kananaskis, Canada": the country code the text gives right after a place."""
    m = re.match(r", ((?:[A-Z][\w.'-]*)(?: [A-Z][\w.'-]*){0,2})", fold(text[end : end + 40]))
    if m is None:
        return None
    entry = gazetteer.lookup(m.group(1))
    if entry is not None and entry.kind in {"country", "region"}:
        return entry.country_code
    geo = geocoder.resolve(m.group(1))
    return geo.country_code if geo is not None and geo.kind in {"country", "region"} else None


def _restated(text: str, mentions: list[Mention], gazetteer: Gazetteer, geocoder: Geocoder) -> list[Mention]:
    """A gazetteer city the text places in another country is that country's namesake."""
    out = []
    for m in mentions:
        code = _stated_country(text, m.end, gazetteer, geocoder) if m.entry and m.entry.kind == "city" else None
        if code is None or m.entry is None or code == m.entry.country_code:
            out.append(m)
            continue
        geo = _geo_mention(m.start, m.end, text[m.start : m.end], "GPE", geocoder, Counter({code: 1}), "model")
        out.append(geo if geo is not None and geo.place is not None and geo.place.country_code == code else m)
    return out


_GOVERNOR_AFTER = re.compile(r"(?:'s)?\s+(?:(?:acting|deputy|regional)\s+)?governor\b", re.IGNORECASE)


def _governed_regions(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """ "Belgorod Governor Vyacheslav Gladkov": the Belgorod a governor governs is the region named
    after the city, as a place too."""
    folded = fold(text)
    for m in mentions:
        entry = m.entry
        if entry is None or entry.kind != "city" or not entry.admin or not _GOVERNOR_AFTER.match(folded, m.end):
            continue
        region = gazetteer.by_canonical.get(entry.admin)
        if region is not None and region.kind == "region":
            m.entry, m.canonical, m.label = region, region.canonical, region.label
    return mentions


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    surface = fold(text[start:end])
    if surface.lower().startswith("the "):
        start += 4
    if surface.endswith("'s"):
        end -= 2
    return start, end


def _model_places(
    text: str,
    ents: Sequence[ModelEntity],
    taken: list[Mention],
    gazetteer: Gazetteer,
    geocoder: Geocoder,
    context: Counter[str],
    spans: list[tuple[int, int]],
) -> list[Mention]:
    found: list[Mention] = []
    for ent in ents:
        start, end = _strip(text, ent.start, ent.end)
        surface = text[start:end]
        if covered(taken, start, end) or covered(found, start, end) or not surface[:1].isupper():
            continue
        if any(c.isdigit() for c in surface):
            continue
        name = surface.title() if surface.isupper() and len(surface) > 3 else surface
        entry = gazetteer.lookup(name)
        if entry is not None:
            if entry.label in _PLACE_LABELS:
                found.append(Mention(start, end, entry.label, entry.canonical, entry, "model"))
            continue  # a weapon, a demonym or an organization the model read as a place
        if ent.label in _PLACE_LABELS:
            stated = _stated_country(text, end, gazetteer, geocoder)
            where = Counter({stated: 1}) if stated else context + _local(taken, _sentence_of(spans, start), gazetteer)
            geo = _geo_mention(start, end, name, ent.label, geocoder, where, "model")
            if geo is not None:
                found.append(geo)
            elif stated and ent.label == "GPE" and " " not in name:  # a place too small for GeoNames' list
                country = gazetteer.country_name(stated) or geocoder.country_names.get(stated)
                found.append(
                    Mention(
                        start, end, "GPE", name, None, "model", None, Place(kind="city", country_code=stated), country
                    )
                )
            elif ent.label in {"LOC", "FAC"} and len(name.split()) > 1 and looks_geographic(name):
                kind = "site" if ent.label == "FAC" else "area"
                found.append(Mention(start, end, ent.label, name, None, "model", place=Place(kind=kind)))
        elif ent.label in {"PERSON", "ORG"} and " " not in name and _placed(text, start, [*taken, *found]):
            local = _local(taken, _sentence_of(spans, start), gazetteer)
            geo = _geo_mention(start, end, name, "GPE", geocoder, context + local, "model")
            if geo is not None and geo.place is not None and geo.place.country_code in context:
                found.append(geo)
    return found


def _placed(text: str, start: int, places: list[Mention]) -> bool:
    """Whether the words before ``start`` make the name there a place: a preposition of place
    ("a missile strike on Marhanets") or a place it is listed with ("Kursk, Oryol and Primorsko-Akhtarsk")."""
    if _LOCATIVE.search(text[max(0, start - 16) : start]):
        return True
    listed = _LISTED_AFTER.search(text[max(0, start - 6) : start])
    if listed is None:
        return False
    end = start - (len(listed.group(0)))
    return any(m.end == end and m.label in _PLACE_LABELS for m in places)


def _people_index(mentions: list[Mention], gazetteer: Gazetteer) -> dict[str, str]:
    index: dict[str, str] = {}
    for m in mentions:
        if m.label == "PERSON":
            index.setdefault(m.canonical, m.canonical)
            index.setdefault(m.canonical.split()[-1], m.canonical)
    return index


def _anaphora(mentions: list[Mention], at: int, gazetteer: Gazetteer) -> Callable[[str], Owner | None]:
    """ "the region's" / "the city's" / "the country's": the nearest such place named before ``at``."""

    def resolve(kind: str) -> Owner | None:
        for m in sorted((m for m in mentions if m.end <= at and m.entry is not None), key=lambda m: -m.start):
            entry = m.entry
            assert entry is not None
            if entry.kind == kind or (kind == "region" and entry.kind == "city" and entry.admin):
                owner = owner_from_entry(entry, gazetteer, "governor" if kind == "region" else "")
                if owner is not None:
                    return owner
        return None

    return resolve


def _embedded_title(surface: str) -> str | None:
    """ "King Charles" / "Pope Leo XIV": an alias that starts with the title states the role."""
    vocab = vocabulary()
    words = surface.split()
    count = 0
    while count < len(words) - 1 and words[count] in vocab.title_words and words[count][:1].isupper():
        count += 1
    phrase = " ".join(words[:count])
    return phrase if count and vocab.has_head(phrase) else None


def _shared_title(text: str, previous: Mention | None, m: Mention) -> Role | None:
    """ "U.S. Senators Lindsey Graham and Richard Blumenthal": a plural title covers both names."""
    if previous is None or previous.role is None or text[previous.end : m.start] != " and ":
        return None
    last = previous.role.text.split()[-1].lower()
    return previous.role if last.endswith("s") and vocabulary().has_head(last) else None


def _same_sentence_before(
    spans: list[tuple[int, int]], mentions: list[Mention], m: Mention, label: str
) -> list[Mention]:
    """The mentions labeled ``label`` earlier in the sentence of ``m``."""
    start, _ = _sentence_of(spans, m.start)
    return [o for o in mentions if o.label == label and start <= o.start and o.end <= m.start]


def _counterpart(
    phrase: str, m: Mention, spans: list[tuple[int, int]], mentions: list[Mention], gazetteer: Gazetteer
) -> Role | None:
    """ "Sergei Lavrov and his Turkish counterpart, Hakan Fidan": the office of the person named before,
    in the country the phrase gives."""
    words = phrase.split()
    # "Lavrov met his Turkish counterpart": the country is the words just before "counterpart"
    for size in (1, 2, 3):
        owner = owner_of(" ".join(words[-1 - size : -1]), gazetteer) if len(words) > size else None
        if owner is not None and owner.kind == "country":
            break
    else:
        return None
    stated = " ".join(
        words[-2 - size :] if len(words) > size + 1 and words[-2 - size].lower() in PRONOUNS else words[-1 - size :]
    )
    for other in reversed(_same_sentence_before(spans, mentions, m, "PERSON")):
        role = next((o.role.normalized for o in mentions if o.canonical == other.canonical and o.role), None)
        # "Zelenskyy met his Polish counterpart": the office the gazetteer gives him, if none is stated
        office = role or (current_title(other.entry) if other.entry is not None else None)
        if office is not None and " of " in office:
            return Role(stated, of_owner(office.split(" of ")[0], owner))
    return None


def _pronoun_owner(
    text: str, phrase: str, m: Mention, spans: list[tuple[int, int]], mentions: list[Mention]
) -> tuple[str, str | None]:
    """ "his son-in-law" -> "Trump's son-in-law" (a person named before, the one with a possessive
    first); "its spokesman" -> "Spokesman of <the organization named last>". Returns the phrase to
    normalize, or the normalized role when it is already made."""
    pronoun, _, rest = phrase.partition(" ")
    if pronoun.lower() in {"his", "her"}:
        people = [p for p in _same_sentence_before(spans, mentions, m, "PERSON") if p.canonical != m.canonical]
        owners = [p for p in people if fold(text[p.end : p.end + 2]) == "'s"] or people
        if owners:
            return f"{owners[-1].canonical.split()[-1]}'s {rest}", None
    if pronoun.lower() == "its":
        sentence_start, _ = _sentence_of(spans, m.start)
        earlier = [s for s, _ in spans if s <= sentence_start][-3:]
        orgs = [o for o in mentions if o.label == "ORG" and earlier and earlier[0] <= o.start < m.start]
        if orgs:
            return phrase, of_owner(office_words(rest), Owner(orgs[-1].canonical, "org"))
    return rest, None


def _speaker_for(phrase: str, m: Mention, spans: list[tuple[int, int]], mentions: list[Mention]) -> str | None:
    """ "The Kremlin rejected it, with spokesman Dmitry Peskov saying": a spokesman speaks for the
    organization the sentence names before him ("At the Pentagon, spokesman Charlie Dietz said")."""
    orgs = [o for o in _same_sentence_before(spans, mentions, m, "ORG") if o.entry is None or o.entry.kind != "media"]
    return f"{orgs[-1].canonical} {phrase}" if orgs else None


def _named_organization(phrase: str, m: Mention, mentions: list[Mention]) -> str:
    """ "chair of the conference" -> "chair of the Munich Security Conference": "the <noun>" at the end
    of a role is the organization named last before it whose name ends in that noun."""
    end = re.search(r"\bthe ([a-z]+)$", phrase)
    if end is None:
        return phrase
    noun = end.group(1)
    for other in sorted((o for o in mentions if o.label == "ORG" and o.end <= m.start), key=lambda o: -o.start):
        if other.canonical.lower().split()[-1] == noun:
            return f"{phrase[: end.start(1)]}{other.canonical}"
    return phrase


def _governed_in_sentence(
    office: str, m: Mention, spans: list[tuple[int, int]], mentions: list[Mention], gazetteer: Gazetteer
) -> str:
    """ "In the Leningrad region, Governor Alexander Drozdenko said": a governor with no region of his
    own governs the one his sentence names before him."""
    start, _ = _sentence_of(spans, m.start)
    resolve = _anaphora([o for o in mentions if o.start >= start], m.start, gazetteer)
    region = resolve("region")
    return of_owner(office, region) if region is not None else office


def _assign_roles(text: str, spans: list[tuple[int, int]], mentions: list[Mention], gazetteer: Gazetteer) -> None:
    index = _people_index(mentions, gazetteer)

    def person_named(words: str) -> str | None:
        entry = gazetteer.lookup(words)
        if entry is not None and entry.label == "PERSON":
            return entry.canonical
        return index.get(words)

    role_spans = [Span(m.start, m.end, m.label, m.entry) for m in mentions]
    previous: Mention | None = None
    for m in mentions:
        if m.label != "PERSON" or m.role is not None:
            continue
        phrase = role_phrase(text, _sentence_of(spans, m.start), m.start, m.end, role_spans)
        phrase = phrase or _embedded_title(text[m.start : m.end])
        if phrase is None:
            m.role = _shared_title(text, previous, m)
            previous = m
            continue
        previous = m
        m.role = _role_for(text, phrase, m, spans, mentions, gazetteer, person_named)


def _role_for(
    text: str,
    phrase: str,
    m: Mention,
    spans: list[tuple[int, int]],
    mentions: list[Mention],
    gazetteer: Gazetteer,
    people: Callable[[str], str | None],
) -> Role | None:
    """The role ``phrase`` states for the person at ``m``, with whose it is resolved from the mentions
    around: "his", "its", "counterpart", a spokesman's organization, a governor's region."""
    vocab = vocabulary()
    stated = " ".join(phrase.split())
    if phrase.split()[-1].lower() in {"counterpart", "counterparts"}:
        return _counterpart(phrase, m, spans, mentions, gazetteer)  # None when whose is not known
    normalized: str | None = None
    if phrase.split()[0].lower() in PRONOUNS:
        phrase, normalized = _pronoun_owner(text, phrase, m, spans, mentions)
        if phrase.lower() in vocab.relations:
            return None  # "his wife" with no one named before: whose is not known
    elif phrase.lower() in vocab.speaker_offices:
        normalized = _speaker_for(phrase, m, spans, mentions)
    if normalized is None:
        anaphora = _anaphora(mentions, m.start, gazetteer)
        normalized = normalize(
            _named_organization(phrase, m, mentions), m.entry, gazetteer, people=people, anaphora=anaphora
        )
    if normalized.lower() in vocab.regional:
        normalized = _governed_in_sentence(normalized, m, spans, mentions, gazetteer)
    return Role(text=stated, normalized=normalized)


def _country(m: Mention, gazetteer: Gazetteer) -> str | None:
    entry = m.entry
    if entry is None:
        return m.country
    if entry.label == "NORP":
        return entry.country
    if entry.kind == "country":
        return entry.canonical
    return gazetteer.country_name(entry.country_code or entry.affiliation)


def _to_entity(text: str, m: Mention, gazetteer: Gazetteer) -> Entity:
    entry = m.entry
    place = m.place
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
        country=_country(m, gazetteer),
        place=place if m.label in _PLACE_LABELS else None,
    )


def extract_entities(
    text: str,
    spans: list[tuple[int, int]],
    gazetteer: Gazetteer,
    model_entities: Sequence[ModelEntity] = (),
    *,
    geocoder: Geocoder | None = None,
    on: dt.date | None = None,
) -> list[Entity]:
    """Every mention: gazetteer and pattern places first, then what the model adds, then roles."""
    geo = geocoder or default_geocoder()
    rules = rule_places(text, gazetteer, lambda name, code: any(p.country_code == code for p in geo.candidates(name)))
    gazetteer_mentions = _gazetteer_mentions(text, gazetteer)
    # A list's head noun decides what its names are: "the Kyiv and Odesa regions" are oblasts.
    ruled = [_as_mention(r) for r in rules]
    mentions = [g for g in gazetteer_mentions if not covered(ruled, g.start, g.end)]
    mentions = _governed_regions(text, namesakes(text, _restated(text, mentions, gazetteer, geo)), gazetteer)
    mentions = ministries(text, mentions, gazetteer)
    context = _country_codes(mentions, gazetteer)
    for rule in rules:
        made = _rule_mention(rule, text, gazetteer, geo, context, mentions, _sentence_of(spans, rule.start))
        if made is not None:
            mentions.append(made)
    mentions += model_people(text, model_entities, mentions, gazetteer)
    mentions += _model_places(text, model_entities, mentions, gazetteer, geo, context, spans)
    mentions += pattern_people(text, mentions, gazetteer)
    mentions += surname_mentions(text, mentions)
    mentions.sort(key=lambda m: (m.start, -m.end))
    _assign_roles(text, spans, mentions, gazetteer)
    mentions += descriptions(text, mentions, gazetteer, on)
    mentions.sort(key=lambda m: (m.start, -m.end))
    return [_to_entity(text, m, gazetteer) for m in mentions]


def _as_mention(rule: RulePlace) -> Mention:
    return Mention(rule.start, rule.end, "GPE", rule.canonical, rule.entry, "rule")


def _check_size(article: Article, max_text_chars: int) -> None:
    if len(article.text) > max_text_chars:
        raise DecodeError("text_too_large", f"text has {len(article.text)} characters; the limit is {max_text_chars}")


def _enriched(article: Article, model_entities: Sequence[ModelEntity], gazetteer: Gazetteer) -> EnrichedArticle:
    spans = split_sentences(article.text)
    on = article.dateline.date if article.dateline and article.dateline.date else article.published_at.date()
    return EnrichedArticle(
        article=article,
        sentences=[Sentence(start=s, end=e) for s, e in spans],
        entities=extract_entities(article.text, spans, gazetteer, model_entities, on=on),
        extractor_version=EXTRACTOR_VERSION,
    )


def enrich(article: Article, *, max_text_chars: int = 200_000, gazetteer: Gazetteer | None = None) -> EnrichedArticle:
    _check_size(article, max_text_chars)
    vocabulary()  # fail on a broken rules file before the first article, not in the middle
    (model_entities,) = recognize([article.text])
    return _enriched(article, model_entities, gazetteer or default_gazetteer())


def recognize_batch(articles: list[Article], *, max_text_chars: int = 200_000) -> list[list[Message]]:
    """The model stage: one ``nlp.pipe`` pass over the batch, the spans as they came out."""
    for article in articles:
        _check_size(article, max_text_chars)
    found = recognize([a.text for a in articles])
    return [
        [
            RecognizedArticle(
                article=article,
                spans=[Recognized(start=e.start, end=e.end, label=e.label, text=e.text) for e in ents],
                model=MODEL_PACKAGE,
            )
        ]
        for article, ents in zip(articles, found, strict=True)
    ]


def link_batch(batch: list[RecognizedArticle]) -> list[list[Message]]:
    """The rules stage: gazetteer, patterns, roles and geocoding over the model's spans."""
    gazetteer = default_gazetteer()
    return [
        [_enriched(r.article, [ModelEntity(s.start, s.end, s.label, s.text) for s in r.spans], gazetteer)]
        for r in batch
    ]


def enrich_batch(articles: list[Article], *, max_text_chars: int = 200_000) -> list[list[Message]]:
    """One model pass over the whole batch (``nlp.pipe``), then the rules article by article."""
    for article in articles:
        _check_size(article, max_text_chars)
    gazetteer = default_gazetteer()
    found = recognize([a.text for a in articles])
    return [[_enriched(article, ents, gazetteer)] for article, ents in zip(articles, found, strict=True)]


__all__ = ["EXTRACTOR_VERSION", "enrich", "enrich_batch", "extract_entities", "fold", "link_batch", "recognize_batch"]
