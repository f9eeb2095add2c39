"""People's roles as the article states them, and their normalization.

Where a role is read (patterns over the text around a person's mention):

- a title before the name: "Deputy Foreign Minister Mikhail Galuzin", "Ukraine's foreign minister
  Andrii Sybiha", "Kyiv Mayor Vitali Klitschko", "Trump's envoy Steve Witkoff";
- an apposition after it: "Keith Kellogg, Trump's envoy for Ukraine-Russia negotiations," or a
  relative clause: "Grigory Karasin, who heads the international affairs committee";
- an apposition before it: "the head of the SBU, Vasyl Maliuk".

How it is normalized (:func:`normalize`): "<Office> of <Country>" when a demonym, a country's name or
a country's possessive gives the country ("Ukrainian President" -> "President of Ukraine"); the same
with a place or an organization ("Kyiv Mayor" -> "Mayor of Kyiv", "NATO Secretary-General" ->
"Secretary-General of NATO"); a person's possessive is kept as written ("Trump's envoy"); a bare office
takes the country of the person's gazetteer affiliation or the person's gazetteer title.
The vocabulary is data (``data/roles.json``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from services.extractor.gazetteer import DATA_DIR, Entry, Gazetteer, current_title, fold, office_key

# Countries and bodies whose names take "the" after "of" ("President of the United States").
_THE_COUNTRIES = frozenset({"United States", "United Kingdom", "Netherlands", "European Union", "Vatican City"})
_LEADING_FILLER = frozenset({"of", "the", "for", "and", "a", "an"})
_DETERMINERS = frozenset({"the", "a", "an"})
# A clause with a finite verb is a statement, not a description of the person.
_FINITE_VERB = re.compile(r"\b(said|says|told|tells|is|was|were|are|has|had|have|will|would|could|can|did|does)\b")
# A period ends the clause unless it closes an abbreviation ("the U.S. envoy").
_CLAUSE_END = re.compile(r"[,;:()\"“”]|(?<![A-Z])\.\s|\.$| - | – | — ")
_RELATIVE = re.compile(r"\s+(?:who|which|that|whose|and who|[a-z]+ing)\b")
_PREFIX_STOP = re.compile(r"\b(?:and|that|by|with|to|from|as|said|says|including|like|while|when|but|or)\s+")

#: Resolves "city" / "region" / "country" in "the region's governor" to a place named earlier.
Anaphora = Callable[[str], "Owner | None"]


@dataclass(frozen=True)
class RoleVocabulary:
    title_words: frozenset[str]
    title_lower: frozenset[str]
    modifiers: frozenset[str]
    ranks: frozenset[str]
    heads: tuple[str, ...]
    national: frozenset[str]
    regional: frozenset[str]
    relative_verbs: dict[str, str]
    description_offices: tuple[str, ...]
    leader_offices: tuple[str, ...]
    anaphors: dict[str, str]
    canonical_titles: dict[str, str]

    def has_head(self, phrase: str) -> bool:
        low = fold(phrase).lower()
        return any(re.search(rf"(?<![\w-]){re.escape(h)}(?![\w-])", low) for h in self.heads)

    def is_title_word(self, word: str) -> bool:
        low = word.lower()
        return low in self.title_lower or low in self.modifiers or low in self.heads or low in self.ranks


@cache
def vocabulary() -> RoleVocabulary:
    raw = json.loads((DATA_DIR / "roles.json").read_text(encoding="utf-8"))
    return RoleVocabulary(
        title_words=frozenset(raw["title_words"]),
        title_lower=frozenset(w.lower() for w in raw["title_words"]),
        modifiers=frozenset(raw["modifiers"]),
        ranks=frozenset(raw["ranks"]),
        heads=tuple(sorted(raw["role_heads"], key=len, reverse=True)),
        national=frozenset(raw["national_offices"]),
        regional=frozenset(raw["regional_offices"]),
        relative_verbs=dict(raw["relative_verbs"]),
        description_offices=tuple(sorted(raw["description_offices"], key=len, reverse=True)),
        leader_offices=tuple(raw["leader_offices"]),
        anaphors=dict(raw["anaphors"]),
        canonical_titles=dict(raw["canonical_titles"]),
    )


@dataclass(frozen=True)
class Role:
    text: str
    normalized: str


@dataclass(frozen=True)
class Owner:
    """Whose office it is: a country, a place or an organization, by canonical name."""

    name: str
    kind: str  # "country", "place" or "org"
    entry: Entry | None = None


def of_owner(office: str, owner: Owner) -> str:
    name = owner.name
    needs_the = name in _THE_COUNTRIES or (
        owner.kind == "org" and not name.isupper() and not name.startswith("The ") and " " in name
    )
    return f"{office} of {'the ' if needs_the else ''}{name}"


def office_words(words: str) -> str:
    """ "deputy foreign minister" -> "Deputy Foreign Minister"; spelling variants made one."""
    vocab = vocabulary()
    low = " ".join(fold(words).split()).lower()
    low = vocab.canonical_titles.get(low, low)
    small = {"of", "the", "for", "and", "on", "in", "to"}
    return " ".join(w if w in small else w[:1].upper() + w[1:] for w in low.split())


def owner_of(words: str, gazetteer: Gazetteer, office: str = "") -> Owner | None:
    """The country, place or organization that ``words`` name ("Ukrainian", "the Kursk region", "NATO")."""
    words = " ".join(fold(words).split())
    if words.lower().startswith("the "):
        words = words[4:]
    words = words.removesuffix("'s")
    # "Russia's Belgorod region": the place, not the country that has it.
    _, sep, rest = words.partition("'s ")
    if sep and gazetteer.lookup(rest) is not None:
        words = rest
    entry = gazetteer.lookup(words)
    if entry is None:
        return None
    return owner_from_entry(entry, gazetteer, office)


def owner_from_entry(entry: Entry, gazetteer: Gazetteer, office: str = "") -> Owner | None:
    if entry.label == "NORP":
        return Owner(entry.country, "country", entry) if entry.country else None
    if entry.label in {"GPE", "LOC"}:
        if entry.kind == "country":
            return Owner(entry.canonical, "country", entry)
        # A governor governs the region, whatever city the region is named after.
        if office.lower() in vocabulary().regional and entry.kind == "city" and entry.admin:
            return Owner(entry.admin, "place", gazetteer.by_canonical.get(entry.admin))
        return Owner(entry.canonical, "place", entry)
    if entry.label == "ORG" and entry.kind != "media":
        return Owner(entry.canonical, "org", entry)
    return None


def _bare_office(office: str, person: Entry | None, gazetteer: Gazetteer) -> str:
    vocab = vocabulary()
    if person is None:
        return office
    title = current_title(person)
    key = office_key(office)
    if title and (office_key(title) == key or office_key(title).startswith(f"{key} of ")):
        return title
    if office.lower() in vocab.national:
        name = gazetteer.affiliation_name(person.affiliation)
        if name:
            return of_owner(office, Owner(name, "country"))
    return office


def _prefix_owner(words: list[str], gazetteer: Gazetteer) -> str | None:
    """ "U.S. Secretary of State" -> "Secretary of State of the United States"; "" when an
    organization leads (its role is kept as stated); None when no owner leads."""
    vocab = vocabulary()
    for cut in range(1, min(4, len(words) - 1) + 1):
        rest = " ".join(words[cut:])
        owner = owner_of(" ".join(words[:cut]), gazetteer, rest)
        if owner is not None and vocab.has_head(rest):
            return of_owner(office_words(rest), owner) if owner.kind != "org" else ""
    return None


def _surname_form(owner: str, people: Callable[[str], str | None]) -> str | None:
    """ "President Donald Trump" -> "Trump" when the words end in a person's name."""
    words = owner.split()
    for i in range(len(words)):
        canonical = people(" ".join(words[i:]))
        if canonical is not None:
            return canonical.split()[-1]
    return None


def _resolve_anaphors(phrase: str, anaphora: Anaphora | None) -> str:
    """ "the region's governor" -> "Zaporizhzhia Oblast's governor", from the place named before."""
    if anaphora is None:
        return phrase
    nouns = vocabulary().anaphors

    def replace(m: re.Match[str]) -> str:
        owner = anaphora(nouns[m.group(1).lower()])
        return f"{owner.name}'s" if owner is not None else m.group(0)

    return re.sub(rf"\b[Tt]he ({'|'.join(nouns)})'s", replace, phrase)


def normalize(
    phrase: str,
    person: Entry | None,
    gazetteer: Gazetteer,
    *,
    people: Callable[[str], str | None] = lambda _: None,
    anaphora: Anaphora | None = None,
) -> str:
    """ "Ukrainian President" -> "President of Ukraine"; "Trump's envoy for X" stays as said.

    Only a country or a place becomes "of <Owner>"; a role an organization gives is kept as
    stated ("SBU chief", "the Kremlin's foreign policy aide"). ``people`` maps a name in the text
    to a person's canonical name (for "President Donald Trump's special envoy" -> "Trump's special
    envoy"); ``anaphora`` resolves "the region's" to the region named before.
    """
    vocab = vocabulary()
    phrase = _resolve_anaphors(" ".join(fold(phrase).split()).strip(" .,"), anaphora)
    words = phrase.split()
    while words and words[0].lower() in _DETERMINERS:
        words.pop(0)
    phrase = " ".join(words)
    possessive = False
    owner_words, sep, rest = phrase.partition("'s ")
    if sep and vocab.has_head(rest) and not vocab.has_head(owner_words.split()[-1]):
        owner = owner_of(owner_words, gazetteer, rest)
        if owner is not None:
            return of_owner(office_words(rest), owner) if owner.kind != "org" else phrase
        surname = _surname_form(owner_words, people)
        if surname is not None:
            return f"{surname}'s {rest}"
        if owner_words.islower():  # "the bloc's foreign policy chief": the office, owner unresolved
            return _bare_office(office_words(rest), person, gazetteer)
        # "the German government's spokesman": the country, and the office the other words make
        words, possessive = [*owner_words.split(), *rest.split()], True
    by_prefix = _prefix_owner(words, gazetteer)
    if by_prefix is not None or possessive:
        return by_prefix or phrase
    office, sep, owner_text = phrase.partition(" of ")
    if sep and vocab.has_head(office) and phrase.lower() not in vocab.national:
        owner = owner_of(owner_text, gazetteer, office)
        if owner is not None and owner.kind != "org":
            return of_owner(office_words(office), owner)
        return phrase
    office = office_words(phrase)
    if office.startswith("Regional ") and anaphora is not None:  # "regional governor": the region named before
        region = anaphora("region")
        if region is not None:
            return of_owner(office.removeprefix("Regional "), region)
    return _bare_office(office_words(phrase), person, gazetteer)


# -- reading the role phrase around a mention -------------------------------------------------


@dataclass(frozen=True)
class Span:
    """A mention next to the person, as the role reader sees it."""

    start: int
    end: int
    label: str
    entry: Entry | None


def _is_rank_only(phrase: str) -> bool:
    ranks = vocabulary().ranks
    return all(w.lower() in ranks for w in phrase.split())


def title_before(text: str, sentence_start: int, at: int, spans: list[Span]) -> str | None:
    """The run of title words, owners and possessives just before ``at``.

    "... and Russian President " -> "Russian President"; "Trump's envoy for Ukraine " -> that phrase.
    """
    vocab = vocabulary()
    pos = at
    start: int | None = None
    # A person before the title only as a possessive: "Trump's envoy", not "Trump envoy".
    ends = {s.end: s for s in spans if s.label != "PERSON" or fold(text[s.end : s.end + 2]) == "'s"}
    while pos > sentence_start:
        gap = text[:pos]
        stripped = gap.rstrip(" ")
        if len(gap) - len(stripped) > 1 or not stripped or stripped[-1] == "\n":
            break
        pos = len(stripped)
        owner = ends.get(pos - 2 if fold(text[pos - 2 : pos]) == "'s" else pos)
        if owner is not None and owner.start >= sentence_start:
            start = pos = owner.start
            continue
        token = re.search(r"[A-Za-z][\w.'’-]*$", text[sentence_start:pos])
        if token is None:
            break
        word = fold(token.group(0))
        if not (vocab.is_title_word(word) or vocab.is_title_word(word.removesuffix("'s"))):
            break
        start = pos = sentence_start + token.start()
    if start is None:
        return None
    words = text[start:at].split()
    while words and words[0].lower() in _LEADING_FILLER:
        words.pop(0)
    phrase = " ".join(words)
    return phrase if phrase and vocab.has_head(phrase) else None


def _role_clause(clause: str) -> str | None:
    vocab = vocabulary()
    clause = " ".join(clause.split())
    relative = re.match(r"(?:who|which)\s+(\w+)\s+(.+)$", clause)
    if relative and relative.group(1).lower() in vocab.relative_verbs:
        return f"{vocab.relative_verbs[relative.group(1).lower()]} of {relative.group(2)}"
    for cut in _RELATIVE.finditer(clause):
        if not vocab.is_title_word(cut.group(0).strip()):
            clause = clause[: cut.start()]
            break
    words = clause.split()
    if not words or len(words) > 14 or not vocab.has_head(clause) or _FINITE_VERB.search(clause):
        return None
    if not (words[0][:1].isupper() or words[0].lower() in _DETERMINERS or vocab.is_title_word(words[0])):
        return None
    return clause


def apposition_after(sentence_rest: str) -> str | None:
    """ ", Ukraine's foreign minister, said" -> "Ukraine's foreign minister"."""
    if not sentence_rest.startswith(","):
        return None
    body = sentence_rest[1:]
    end = _CLAUSE_END.search(body)
    return _role_clause((body[: end.start()] if end else body).strip())


def apposition_before(sentence_prefix: str) -> str | None:
    """ "Trump's envoy for Ukraine-Russia negotiations, " (just before the name) -> that phrase."""
    stripped = sentence_prefix.rstrip()
    if not stripped.endswith(","):
        return None
    body = stripped[:-1]
    cut = max(body.rfind(","), body.rfind(";"), body.rfind(":"), body.rfind("("), body.rfind('"'))
    clause = body[cut + 1 :].strip()
    stops = list(_PREFIX_STOP.finditer(clause))
    if stops:
        clause = clause[stops[-1].end() :]
    return _role_clause(clause)


def role_phrase(text: str, sentence: tuple[int, int], start: int, end: int, spans: list[Span]) -> str | None:
    """The words that state the role of the person mentioned at ``start:end``, if any."""
    s_start, s_end = sentence
    after = text[end:s_end]
    before = title_before(text, s_start, start, spans)
    if before is not None and not _is_rank_only(before):
        return before
    return apposition_after(after) or apposition_before(text[s_start:start]) or before
