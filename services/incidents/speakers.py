"""Who says it: the attributions of a sentence ("X said", "according to X") and their speakers.

A speaker is a named entity (person, organization, country) when the text names one. "It said",
"he said" and nominal subjects ("the air force said", "the ministry said", "the Ukrainian
president said") are resolved to the latest speaker or entity of the article they fit; what
cannot be resolved ("officials said") stays an unnamed speaker, which a later statement with a
name may replace.

Scope: an attribution before its content ("X said [that] ...") covers the rest of its clause;
one after it (", X said.", ", said X", ", according to X") covers what came before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from services.incidents.vocabulary import alternation, normal, rules, side_of
from shared.models import Entity

_SPEAKER_LABELS = frozenset({"ORG", "PERSON", "GPE"})
# Between "according to" or an inverted "said" and the speaker's name: titles and words, no clause.
_TITLE_GAP = re.compile(r"^[\s\w.'’()-]*$")
_FINITE = re.compile(r"\b(?:were|was|is|are|had|has|have|been|will|would)\b", re.IGNORECASE)
_NAME_ENDS = re.compile(r"^\s*(?:\([^)]*\))?\s*(?:[,.;:]|$)")
_CLAUSE_BREAK = re.compile(r";|,\s*(?:and|but|while|whereas|although|though)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Speaker:
    name: str
    country: str | None
    #: entity: named in the article; nominal: a body described ("the city's military
    #: administration"); unnamed: "officials". Only an entity is never replaced by a later name.
    kind: Literal["entity", "nominal", "unnamed"] = "entity"
    label: str | None = None

    @property
    def named(self) -> bool:
        return self.kind == "entity"


@dataclass(frozen=True)
class Attribution:
    start: int
    end: int
    speaker: Speaker
    #: "X said that ...": the content follows; otherwise it came before.
    forward: bool


@dataclass
class Memory:
    """What the article has said so far, for "it said", "he said" and "the air force said"."""

    entities: list[Entity] = field(default_factory=list)
    #: Speakers and sentence subjects in the order the article gives them.
    recent: list[Speaker] = field(default_factory=list)

    def pronoun(self, word: str) -> Speaker | None:
        """ "he said" is the latest person; "it said" the latest organization, country or body."""
        wanted = {"PERSON"} if word in {"he", "she"} else {"ORG", "GPE", None}
        for speaker in reversed(self.recent[-6:]):
            if speaker.label in wanted:
                return speaker
        return None

    def nominal(self, head: str, country: str | None) -> Speaker | None:
        """ "the air force" is the latest organization so named; "the mayor" the latest person so titled."""
        fitting = [e for e in reversed(self.entities) if not (country and e.country and e.country != country)]
        for e in fitting:
            if e.label == "ORG" and _names_body(head, e.canonical):
                return _speaker(e)
        for e in fitting:
            # The office is the role's head word: "Air Force Spokesman" is a spokesman, not the air force.
            office = (e.role or "").lower().split(" of ")[0]
            if e.label == "PERSON" and office.endswith(head):
                return _speaker(e)
        for speaker in reversed(self.recent):
            # "Russia's defence ministry said ..." with no entity for it: "the ministry" later is the same body.
            fits = speaker.country is not None and not (country and speaker.country != country)
            if speaker.kind == "nominal" and fits and _names_body(head, speaker.name):
                return speaker
        return None

    def side_speaking(self) -> str | None:
        """The side whose state spoke last ("Russia said ..."): "The defence ministry said" next is its body."""
        last = self.recent[-1] if self.recent else None
        if last is not None and last.label == "GPE" and last.country and last.name == last.country:
            return last.country
        return None


def _spelling(text: str) -> str:
    return text.lower().replace("defense", "defence")


def _names_body(head: str, canonical: str) -> bool:
    """ "the defence ministry" is the "Russian Ministry of Defence": every word of the head, in any order."""
    name = _spelling(canonical)
    return all(re.search(rf"\b{re.escape(word)}\b", name) for word in _spelling(head).split())


@dataclass(frozen=True)
class _Patterns:
    pronoun: re.Pattern[str]
    nominal: re.Pattern[str]
    nominal_start: re.Pattern[str]
    unnamed: re.Pattern[str]
    unnamed_start: re.Pattern[str]
    backward: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    r = rules()
    aux = r"(?:\s+(?:had|has|have|also|later|earlier|previously|separately|itself))*"
    return _Patterns(
        pronoun=re.compile(rf"\b(it|he|she|they){aux}\s*$", re.IGNORECASE),
        nominal=re.compile(
            rf"(?<![\w'’])(?:the\s+|its\s+|an?\s+)?(?P<pre>(?:[\w'’-]+\s+){{0,3}}?)(?P<head>{r.nominals})"
            rf"(?:\s*\([^)]*\))?{aux}\s*(?:,[^,]{{1,60}},\s*)?$",
            re.IGNORECASE,
        ),
        nominal_start=re.compile(
            rf"\s*(?:the\s+|its\s+)?(?P<pre>(?:[\w'’-]+\s+){{0,3}}?)(?P<head>{r.nominals})(?![\w-])", re.IGNORECASE
        ),
        unnamed=re.compile(rf"(?P<pre>(?:[\w'’-]+\s+){{0,3}}?)(?:{r.unnamed}){aux}\s*$", re.I),
        unnamed_start=re.compile(rf"\s*(?P<pre>(?:[\w'’-]+\s+){{0,2}}?)(?:{r.unnamed})(?![\w-])", re.I),
        # ", the air force said in a Telegram statement on Sunday.": a closing phrase, no new clause.
        backward=re.compile(
            # "said by midday, warning ...", "said Monday.", "said shortly after": still closing phrases.
            r"^\s*(?:(?:on|in|at|by|late|early|via|through|during|earlier|later|afterwards|then|shortly|just|"
            r"before|after|around|overnight|today|yesterday|this|last|"
            r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
            r"(?:\s+(?!(?:that|had|has|have|was|were|is|are|would|will|could|did)\b)[\w'’:-]+){0,7})?\s*(?:[,.;:]|$)",
            re.IGNORECASE,
        ),
    )


def _speaker(e: Entity, country: str | None = None) -> Speaker:
    r = rules()
    name = (
        r.capitals.get(e.canonical, e.canonical)
        if e.label == "GPE"
        else r.claimant_aliases.get(e.canonical, e.canonical)
    )
    return Speaker(name=name, country=side_of(e) or country, kind="entity", label=e.label)


def attributions(sentence: str, entities: list[Entity], memory: Memory) -> list[Attribution]:
    """Every attribution of ``sentence`` with its speaker; entity offsets relative to the sentence."""
    out: list[Attribution] = []
    for verb in rules().claim_re.finditer(sentence):
        found = _attribution(sentence, entities, memory, verb, out)
        if found is not None:
            out.append(found)
    return out


def _attribution(
    sentence: str, entities: list[Entity], memory: Memory, verb: re.Match[str], before: list[Attribution]
) -> Attribution | None:
    word = normal(verb.group())
    after = sentence[verb.end() :]
    if word == "according to":
        speaker = _speaker_after(sentence, entities, memory, verb.end(), reach=90)
        forward = not sentence[: verb.start()].strip()
        return Attribution(verb.start(), verb.end(), speaker, forward) if speaker else None
    # ", said Governor X" is inverted; ", adding that 20 were downed over the Bryansk region" is not:
    # a participle never takes its subject after it.
    inverted = (
        None
        if word in _PARTICIPLES
        else _speaker_after(sentence, entities, memory, verb.end(), reach=45, described=False)
    )
    if inverted is not None and sentence[: verb.start()].rstrip().endswith(","):
        return Attribution(verb.start(), verb.end(), inverted, forward=False)
    segment_start = before[-1].end if before else 0
    if word in _PARTICIPLES and before and not _subject_right_before(entities, verb.start()):
        return Attribution(verb.start(), verb.end(), before[-1].speaker, forward=True)  # "..., adding that"
    speaker = _speaker_before(sentence, entities, memory, segment_start, verb.start())
    if speaker is None and before and word in {"added", "said"}:
        speaker = before[-1].speaker  # "... but said"
    if speaker is None:
        return None
    if word == "told":
        # '"We shot down 43 of 52 drones," Ihnat told national television.': the listener is no clause.
        after = _TOLD_LISTENER.sub("", after, count=1)
    forward = _patterns().backward.match(after) is None and not _what_was(sentence, verb)
    return Attribution(verb.start(), verb.end(), speaker, forward)


_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:[\w'’-]+\s+){1,5}$", re.IGNORECASE)
_WAS_AFTER = re.compile(r"\s+(?:was|were|is|are)\b", re.IGNORECASE)


def _what_was(sentence: str, verb: re.Match[str]) -> bool:
    """ "Russia fired 90 missiles, in what the air force said was the largest attack": the source
    of the clause before, not of a clause after."""
    return normal(verb.group()) in {"said", "says"} and bool(
        _WHAT_BEFORE.search(sentence, 0, verb.start()) and _WAS_AFTER.match(sentence, verb.end())
    )


_TOLD_LISTENER = re.compile(
    r"^\s+(?!that\b)(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+?(?=\s*(?:[,;]|\.(?:\s|$)|$)"
    r"|\s+(?:on|in|at|late|early|during|after|before|overnight|via|through|shortly|earlier|later)\b)"
)


_GPE_SUBJECT_GAP = re.compile(r"^(?:\s+(?:also|has|had|have|later|earlier|itself|previously))*\s*$", re.IGNORECASE)
_PARTICIPLES = frozenset({"adding", "confirming", "saying"})


def _subject_right_before(entities: list[Entity], pos: int) -> bool:
    """ "with Sobyanin saying": the participle has its own subject."""
    return any(e.label in _SPEAKER_LABELS and 0 <= pos - e.end <= 2 for e in entities)


def _speaker_after(
    sentence: str, entities: list[Entity], memory: Memory, pos: int, reach: int, *, described: bool = True
) -> Speaker | None:
    """ "according to the Ukrainian Air Force", ", said regional governor Oleh Syniehubov"."""
    for e in entities:
        gap = sentence[pos : e.start]
        if e.label in _SPEAKER_LABELS and pos <= e.start <= pos + reach and _TITLE_GAP.match(gap):
            if _FINITE.search(gap):
                # "Artiukh, the governor, said four people were injured in Sumy": a clause, not a title.
                return None
            # ", said Russia had attacked ..." is not an inverted "said X": X would end the clause.
            if not _NAME_ENDS.match(sentence[e.end :]):
                return None
            return _speaker(e, _country_in(entities, e.end, e.end + 80))
    return _described(sentence[pos : pos + reach], entities, pos, memory, at_end=False) if described else None


def _speaker_before(sentence: str, entities: list[Entity], memory: Memory, start: int, end: int) -> Speaker | None:
    """The subject of a claim verb: a pronoun, a named entity, or a description of one."""
    text = sentence[start:end]
    pronoun = _patterns().pronoun.search(text)
    if pronoun:
        if _RELATIVE_PRONOUN.search(text, 0, pronoun.start()):
            # "The ministry blamed Kyiv for what it called a terrorist attack": the sentence's subject.
            opening = _opening_subject(sentence, entities, memory, start)
            if opening is not None:
                return opening
        return memory.pronoun(pronoun.group(1).lower())
    cut = _before_aside(text)
    named = _name_in_aside(entities, start + cut, end)
    if named is not None:
        # "Lviv's mayor, Andriy Sadovyi, said": the aside names the speaker the subject describes.
        return _speaker(named, _country_in(entities, start, end))
    candidates = [
        e
        for e in entities
        if e.label in _SPEAKER_LABELS
        and start <= e.start
        and e.end <= start + cut
        # A country speaks only as the verb's own subject ("Russia also claimed"), not from a list
        # of places earlier in the clause ("... in the Amur region, but said").
        and (e.label != "GPE" or _GPE_SUBJECT_GAP.match(sentence[e.end : start + cut]))
    ]
    people = [e for e in candidates if e.label in {"PERSON", "ORG"}]
    # A country right before the verb is its subject ("... that Moscow said"), whoever came before.
    subject = [e for e in candidates if e.label == "GPE" and (not people or e.start > people[-1].end)]
    nearest = (subject or people or candidates)[-1] if candidates else None
    if nearest is not None and nearest.label == "GPE":
        side_body = _body_in(sentence, entities, memory, start, nearest)
        if side_body is not None:
            return side_body
    tail = text[nearest.end - start : cut] if nearest else text[:cut]
    described = _described(tail, entities, start + (nearest.end - start if nearest else 0), memory, at_end=True)
    if described is not None and nearest is not None and "," in tail:
        # "The Russian army attacked ..., the air force said": the body after the comma says it.
        return described
    if described is not None and nearest is not None and re.match(r"^['’]s\b", tail) and not described.named:
        # "Poland's military said": a body of the country just named.
        body = re.sub(r"^['’]s\s+", "", described.name)
        name = f"{nearest.text}'s {body}"
        return Speaker(name=name, country=nearest.country, kind="nominal")
    if described is not None and (nearest is None or described.named or nearest.label == "GPE"):
        return described
    if nearest is None:
        return None
    unnamed = _unnamed_in_place().search(sentence, max(start, nearest.start - 60), nearest.start)
    if nearest.label == "GPE" and unnamed is not None and not _speaks_for_side(nearest):
        # "Russian-installed officials in Crimea said": people no one names speak, not the place (but
        # "officials in Moscow" speak for its government, as "Moscow said" does).
        return Speaker(name=normal(unnamed.group("who")), country=None, kind="unnamed")
    title = _title_of_place().search(sentence, max(start, nearest.start - 60), nearest.start)
    if nearest.label == "GPE" and title is not None:
        # "the governor of Russia's Leningrad region said": a person not yet named speaks, not the
        # region; a later statement naming the governor takes the claim over.
        name = f"{normal(title.group('title')).capitalize()} of {nearest.canonical or nearest.text}"
        return Speaker(name=name, country=nearest.country, kind="unnamed", label="title")
    # "Serhiy Popko, head of the Kyiv City Military Administration, said": the title's country.
    return _speaker(nearest, _country_in(entities, start, end))


@cache
def _title_of_place() -> re.Pattern[str]:
    titles = alternation(rules().raw["place_titles"])
    return re.compile(
        rf"(?<![\w-])(?P<title>{titles})\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*(?:['’]s)?\s+){{0,2}}$", re.IGNORECASE
    )


def _speaks_for_side(place: Entity) -> bool:
    """A capital or a country, whose officials speak for its government."""
    return place.canonical in rules().capitals or (place.country is not None and place.canonical == place.country)


@cache
def _unnamed_in_place() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?P<who>{rules().unnamed})\s+(?:in|of|from)\s+(?:the\s+)?$", re.IGNORECASE)


_IN_PLACE = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?$", re.IGNORECASE)


def _body_in(sentence: str, entities: list[Entity], memory: Memory, start: int, place: Entity) -> Speaker | None:
    """ "the defence ministry in Moscow said", "the Defence Ministry of Russia said": the body of
    the side of a capital or country speaks, not the place."""
    before = sentence[start : place.start]
    cut = _IN_PLACE.search(before)
    side = rules().capitals.get(place.canonical) or (place.country if place.canonical == place.country else None)
    if cut is None or side is None:
        return None
    described = _described(before[: cut.start()], entities, start, memory, at_end=True, side=side)
    return described if described is not None and described.kind != "unnamed" and described.country else None


_RELATIVE_PRONOUN = re.compile(r"\S\s+(?:what|which|as)\s+$", re.IGNORECASE)


def _opening_subject(sentence: str, entities: list[Entity], memory: Memory, start: int) -> Speaker | None:
    """The named body or person a clause opens with ("Russia's defence ministry blamed ...")."""
    for e in entities:
        if e.label in {"PERSON", "ORG"} and start <= e.start <= start + 4:
            return _speaker(e, _country_in(entities, start, e.end + 80))
    return _described(sentence[start:], entities, start, memory, at_end=False)


def _name_in_aside(entities: list[Entity], start: int, end: int) -> Entity | None:
    """The person an aside right before the verb consists of, if it does: ", Andriy Sadovyi, said"."""
    people = [e for e in entities if e.label == "PERSON" and start < e.start and e.end <= end]
    if len(people) != 1:
        return None
    person = people[0]
    return person if person.start - start <= 3 and end - person.end <= 3 else None


def _before_aside(text: str) -> int:
    """ "Andrei Vorobyov, governor of the Moscow region, said": the subject ends before the aside."""
    stripped = text.rstrip()
    if not stripped.endswith(","):
        return len(text)
    opening = stripped.rfind(",", 0, len(stripped) - 1)
    if opening < 0 or len(stripped) - opening > 90:
        return len(text)
    return opening


def _described(
    text: str, entities: list[Entity], offset: int, memory: Memory, *, at_end: bool, side: str | None = None
) -> Speaker | None:
    """ "the air force", "the Ukrainian president", "Kyiv's military administration", "officials".

    ``side``: the country the text gives the body outside its own words ("... in Moscow").
    """
    p = _patterns()
    nominal = p.nominal.search(text) if at_end else p.nominal_start.match(text)
    if nominal is not None:
        country = _country_in(entities, offset + nominal.start(), offset + nominal.end()) or side
        head = normal(nominal.group("head"))
        resolved = memory.nominal(head, country)
        if resolved is not None:
            return resolved
        default = rules().nominal_defaults.get(head)
        if default is not None and country in {None, default[1]}:
            return Speaker(name=default[0], country=default[1], kind="nominal")
        sides = rules().nominal_sides.get(_spelling(head), {})
        named = sides.get(country or "")
        if named is None and country is None and at_end:
            country = memory.side_speaking()
            named = sides.get(country or "")
        if named is not None:
            return Speaker(name=named, country=country, kind="nominal")
        phrase = " ".join(nominal.group().split())
        # "when the defence ministry": the description starts at its article, not before it.
        phrase = re.sub(r"^(?:[\w'’-]+\s+){0,2}?(?:the|its|an?)\s+", "", phrase, flags=re.IGNORECASE)
        phrase = re.sub(r"(?:\s+(?:had|has|have|also|later|earlier|previously|separately|itself))+$", "", phrase)
        phrase = phrase.strip(" ,")
        local = _place_body(phrase, entities, offset + nominal.start())
        return Speaker(name=local or phrase, country=country, kind="nominal")
    unnamed = p.unnamed.search(text) if at_end else p.unnamed_start.match(text)
    if unnamed is not None:
        country = _country_in(entities, offset + unnamed.start(), offset + unnamed.end())
        return Speaker(name=" ".join(unnamed.group().split()), country=country, kind="unnamed")
    return None


_PLACES = frozenset({"GPE", "LOC"})


def _place_body(phrase: str, entities: list[Entity], before: int) -> str | None:
    """ "In the Sumy region, ..., the regional military administration said": that place's body, by the
    place named last before it (``place_bodies`` in claim_rules.json)."""
    kind = rules().raw["place_bodies"].get(phrase.lower())
    if kind is None:
        return None
    places = [e for e in entities if e.label in _PLACES and e.end <= before and e.canonical != e.country]
    if not places:
        return None
    place = re.sub(r"\s+(?:Oblast|region|Region|province|Province)$", "", places[-1].canonical)
    return f"{place} {kind}"


def _country_in(entities: list[Entity], start: int, end: int) -> str | None:
    for e in entities:
        if start <= e.start < end and side_of(e):
            return side_of(e)  # "Houthi military spokesman Yahya Saree": the movement's own side
    return None


def remember(memory: Memory, entities: list[Entity], found: list[Attribution]) -> None:
    memory.entities.extend(entities)
    # The subject first, so that a sentence's own speaker is the more recent of the two.
    subjects = [e for e in entities if e.label in {"PERSON", "ORG"}]
    if subjects:
        memory.recent.append(_speaker(subjects[0]))
    # "Ukraine's Air Force Commander, Lieutenant General Mykola Oleshchuk, said ...": the air force
    # speaks, but a later "he said" is the commander.
    people = [e for e in entities if e.label == "PERSON"]
    if people and people[-1] is not subjects[0]:
        memory.recent.append(_speaker(people[-1]))
    memory.recent.extend(a.speaker for a in found if a.speaker.kind != "unnamed")


_SUBJECT_ASIDE = re.compile(r",\s*(?:whose|who|which)\b[^,;]*$", re.IGNORECASE)


def _in_subject_aside(sentence: str, position: int, verb: int) -> bool:
    """Whether ``position`` is inside a "who"/"whose" aside between a subject and its verb."""
    return (
        _SUBJECT_ASIDE.search(sentence, 0, position) is not None
        and re.fullmatch(r"[^,;]*,\s*", sentence[position:verb]) is not None
    )


@cache
def _time_clause() -> re.Pattern[str]:
    return re.compile(rf",\s*(?:{alternation(rules().raw['time_clause_openings'])})(?![\w-])", re.IGNORECASE)


def speaker_for(position: int, found: list[Attribution], sentence: str) -> Speaker | None:
    """The attribution that covers a mention at ``position``."""
    for a in reversed(found):
        if a.forward and a.end <= position and not _CLAUSE_BREAK.search(sentence, a.end, position):
            if _time_clause().search(sentence, a.end, position):
                return None  # "..., in what Moscow called an attack, hours after missiles hit Kharkiv"
            return a.speaker
    for a in found:
        if not a.forward and a.start >= position:
            return a.speaker
        if a.forward and a.start >= position and _in_subject_aside(sentence, position, a.start):
            return a.speaker  # "Zelenskyy, whose tally put the number of missiles at 110, said"
    for a in reversed(found):
        if a.end <= position:
            return a.speaker
    return None
