"""People's roles as the article states them, and their normalization.

Where a role is read (patterns over the text around a person's mention):

- a title before the name: "Deputy Foreign Minister Mikhail Galuzin", "Ukraine's foreign minister
  Andrii Sybiha", "Kyiv Mayor Vitali Klitschko", "Trump's envoy Steve Witkoff";
- an apposition after it: "Keith Kellogg, Trump's envoy for Ukraine-Russia negotiations," or a
  relative clause: "Grigory Karasin, who heads the international affairs committee";
- an apposition before it: "the head of the SBU, Vasyl Maliuk";
- a predicate after it: "Narendra Modi became the first Indian prime minister".

A military rank is never a role ("General Oleksandr Syrskyi"), and a rank between an office and the
name is dropped ("Air Force commander Lieutenant General Mykola Oleshchuk"). "his", "its" and
"counterpart" are resolved by the caller (``extract.py``), which knows the mentions around.

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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from services.extractor.gazetteer import DATA_DIR, Entry, Gazetteer, current_title, fold, office_key

# Countries and bodies whose names take "the" after "of" ("President of the United States").
_THE_COUNTRIES = frozenset({"United States", "United Kingdom", "Netherlands", "European Union", "Vatican City"})
_LEADING_FILLER = frozenset({"of", "the", "for", "and", "a", "an"})
_DETERMINERS = frozenset({"the", "a", "an"})
#: "his son-in-law", "its spokesman": whose office it is comes from a name before (see extract.py).
PRONOUNS = frozenset({"his", "her", "its", "their"})
# Words that join an office to what it is of ("Secretary of State", "envoy for Ukraine").
_CONNECTORS = frozenset({"of", "for"})
# Before the owner, a word that dates the office is part of the role ("former Dutch Prime Minister");
# an ordinal or an epithet is not ("the first Indian prime minister", "the new German chancellor").
_KEPT_BEFORE_OWNER = frozenset({"former", "acting", "interim", "outgoing", "incoming"})
_DROPPED_BEFORE_OWNER = frozenset({"first", "new", "then", "top", "senior", "veteran", "longtime", "current"})
# A clause with a finite verb is a statement, not a description of the person.
_FINITE_VERB = re.compile(r"\b(said|says|told|tells|is|was|were|are|has|had|have|will|would|could|can|did|does)\b")
# A period ends the clause unless it closes an abbreviation ("the U.S. envoy").
_CLAUSE_END = re.compile(r"[,;:()\"“”]|(?<![A-Z])\.\s|\.$| - | – | — ")
_RELATIVE = re.compile(r"\s+(?:who|which|that|whose|and who|[a-z]+ing)\b")
_AFTER_DETERMINER = re.compile(r"(?:^|\s)(?:the|a|an|its|his|her|their)$", re.IGNORECASE)
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
    speaker_offices: frozenset[str]
    relations: frozenset[str]
    ministry_portfolios: dict[str, str]
    #: Any head as a whole word: one search instead of one per head (roles are read for every name).
    head_pattern: re.Pattern[str]

    def has_head(self, phrase: str) -> bool:
        return self.head_pattern.search(fold(phrase).lower()) is not None

    def is_head(self, phrase: str) -> bool:
        return fold(phrase).lower() in self.heads

    def is_title_word(self, word: str) -> bool:
        low = word.lower()
        return low in self.title_lower or low in self.modifiers or low in self.heads or low in self.ranks


@cache
def vocabulary() -> RoleVocabulary:
    raw = json.loads((DATA_DIR / "roles.json").read_text(encoding="utf-8"))
    heads = tuple(sorted(raw["role_heads"], key=len, reverse=True))
    return RoleVocabulary(
        title_words=frozenset(raw["title_words"]),
        title_lower=frozenset(w.lower() for w in raw["title_words"]),
        modifiers=frozenset(raw["modifiers"]),
        ranks=frozenset(raw["ranks"]),
        heads=heads,
        national=frozenset(raw["national_offices"]),
        regional=frozenset(raw["regional_offices"]),
        relative_verbs=dict(raw["relative_verbs"]),
        description_offices=tuple(sorted(raw["description_offices"], key=len, reverse=True)),
        leader_offices=tuple(raw["leader_offices"]),
        anaphors=dict(raw["anaphors"]),
        canonical_titles=dict(raw["canonical_titles"]),
        speaker_offices=frozenset(raw["speaker_offices"]),
        relations=frozenset(raw["relations"]),
        ministry_portfolios=dict(raw["ministry_portfolios"]),
        head_pattern=re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(h) for h in heads)})(?![\w-])"),
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

    def capitalized(word: str) -> str:
        # "commander-in-chief" -> "Commander-in-Chief", but "Russian-installed" keeps its case
        first, *rest = word.split("-")
        later = (p[:1].upper() + p[1:] if vocab.is_title_word(p) and p not in small else p for p in rest)
        return "-".join([first[:1].upper() + first[1:], *later])

    return " ".join(w if w in small else capitalized(w) for w in low.split())


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
    # "the neighbouring Belgorod region", "the southern Odesa region": an epithet before the name
    for _ in range(2):
        first, _, rest = words.partition(" ")
        if entry is not None or not rest or not first.islower() or first in _KEPT_BEFORE_OWNER:
            break
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
    # The longest country or place first: "Moscow Region Governor" is the region's governor, not
    # Moscow's; "Ukrainian foreign ministry spokesman" is Ukraine's, though the ministry leads too.
    org_leads = False
    for cut in range(min(4, len(words) - 1), 0, -1):
        rest = " ".join(words[cut:])
        owner = owner_of(" ".join(words[:cut]), gazetteer, rest)
        if owner is not None and vocab.has_head(rest):
            if owner.kind != "org":
                return of_owner(office_words(rest), owner)
            org_leads = True
    return "" if org_leads else None


def _dated_prefix_owner(words: list[str], gazetteer: Gazetteer) -> str | None:
    """ "Former Dutch Prime Minister" -> "Former Prime Minister of the Netherlands"; "first Indian
    prime minister" -> "Prime Minister of India" (an ordinal describes the person, not the office)."""
    if len(words) < 3 or words[0].lower() not in _KEPT_BEFORE_OWNER | _DROPPED_BEFORE_OWNER:
        return None
    rest = _prefix_owner(words[1:], gazetteer)
    if not rest:
        return None
    return f"{words[0][:1].upper()}{words[0][1:].lower()} {rest}" if words[0].lower() in _KEPT_BEFORE_OWNER else rest


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
    if by_prefix is None:
        by_prefix = _dated_prefix_owner(words, gazetteer)
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


def _previous_word(text: str, sentence_start: int, pos: int) -> re.Match[str] | None:
    """The word that ends at ``pos`` (after one space at most), within the sentence."""
    return re.search(r"(?<![^\s(\"“])[A-Za-z][\w.'’-]*$", text[sentence_start:pos])


def _portfolio_start(text: str, sentence_start: int, pos: int, ends: dict[int, Span]) -> int | None:
    """ "Indian External Affairs Minister": capitalized words between an owner and the title words
    name the portfolio, whatever they are; without the owner they may be anything ("Monday")."""
    for _ in range(2):
        token = _previous_word(text, sentence_start, pos)
        if token is None or not token.group(0)[:1].isupper():
            return None
        pos = sentence_start + token.start()
        if text[pos - 1 : pos] != " ":
            return None
        owner_end = pos - 3 if fold(text[pos - 3 : pos - 1]) == "'s" else pos - 1
        if owner_end in ends:
            return pos
        pos -= 1
    return None


def _title_run_start(text: str, sentence_start: int, at: int, spans: list[Span]) -> int | None:
    """Where the run of title words, owners and possessives that ends at ``at`` starts."""
    vocab = vocabulary()
    pos = at
    start: int | None = None
    # A person before the title only as a possessive: "Trump's envoy", not "Trump envoy".
    ends = {s.end: s for s in spans if s.label != "PERSON" or fold(text[s.end : s.end + 2]) == "'s"}
    while pos > sentence_start:
        word_end = pos
        while word_end > 0 and text[word_end - 1] == " ":
            word_end -= 1
        if pos - word_end > 1 or word_end == 0 or text[word_end - 1] == "\n":
            break
        pos = word_end
        owner = ends.get(pos - 2 if fold(text[pos - 2 : pos]) == "'s" else pos)
        if owner is not None and owner.start >= sentence_start:
            start = pos = owner.start
            continue
        token = re.search(r"[A-Za-z][\w.'’-]*$", text[sentence_start:pos])
        if token is None:
            break
        word = fold(token.group(0))
        if word.lower() in _CONNECTORS and not _joins_an_office(text, sentence_start, sentence_start + token.start()):
            break  # "the health of U.S. President Joe Biden": "health" is no office
        if not (vocab.is_title_word(word) or vocab.is_title_word(word.removesuffix("'s"))):
            if start is not None and word[:1].isupper():
                portfolio = _portfolio_start(text, sentence_start, pos, ends)
                if portfolio is not None:
                    start = pos = portfolio
                    continue
            break
        start = pos = sentence_start + token.start()
    return start


def _joins_an_office(text: str, sentence_start: int, connector_at: int) -> bool:
    """ "Secretary of State", "Head of the Presidential Office": "of" follows an office's head."""
    if text[connector_at - 1 : connector_at] != " ":
        return False
    token = _previous_word(text, sentence_start, connector_at - 1)
    return token is not None and vocabulary().has_head(token.group(0))


def _without_trailing_ranks(words: list[str]) -> list[str]:
    """ "Air Force commander Lieutenant General" -> "Air Force commander": a rank between the office
    and the name is no part of the office, but "Secretary General" keeps its last word."""
    vocab = vocabulary()
    while len(words) > 1 and words[-1].lower() in vocab.ranks:
        if vocab.is_head(" ".join(words[-2:])) or not vocab.has_head(" ".join(words[:-1])):
            break
        words = words[:-1]
    return words


def title_before(text: str, sentence_start: int, at: int, spans: list[Span]) -> str | None:
    """The run of title words, owners and possessives just before ``at``.

    "... and Russian President " -> "Russian President"; "Trump's envoy for Ukraine " -> that phrase;
    "his son-in-law " -> that phrase (the caller resolves "his").
    """
    vocab = vocabulary()
    start = _title_run_start(text, sentence_start, at, spans)
    if start is None:
        return None
    words = text[start:at].split()
    while words and words[0].lower() in _LEADING_FILLER:
        words.pop(0)
    words = _without_trailing_ranks(words)
    phrase = " ".join(words)
    if not phrase or not vocab.has_head(phrase):
        return None
    pronoun = _previous_word(text, sentence_start, start - 1) if text[start - 1 : start] == " " else None
    if pronoun is not None and pronoun.group(0).lower() in PRONOUNS and text[start:at].split()[0] == words[0]:
        return f"{pronoun.group(0)} {phrase}"
    return phrase


def _relative_cut(clause: str) -> int:
    """Where a relative or participle clause starts ("the U.S. envoy who has met Putin")."""
    vocab = vocabulary()
    for cut in _RELATIVE.finditer(clause):
        if vocab.is_title_word(cut.group(0).strip()) or _AFTER_DETERMINER.search(clause[: cut.start()]):
            continue  # "the neighbouring Belgorod region": an adjective, not a participle clause
        return cut.start()
    return len(clause)


def _role_clause(clause: str) -> str | None:
    vocab = vocabulary()
    clause = " ".join(clause.split())
    relative = re.search(r"(?:^|\s)(?:who|which)\s+(\w+)\s+(.+)$", clause)
    # "who heads X" states the office; so does it after a description with no office in it
    # ("the veteran German diplomat who chairs the conference")
    if (
        relative
        and relative.group(1).lower() in vocab.relative_verbs
        and not vocab.has_head(clause[: relative.start()])
    ):
        return f"{vocab.relative_verbs[relative.group(1).lower()]} of {relative.group(2)}"
    clause = clause[: _relative_cut(clause)]
    # "the head of the Russian Direct Investment Fund and Putin's envoy": two offices, the first leads
    left, sep, right = clause.partition(" and ")
    if sep and vocab.has_head(left) and vocab.has_head(right):
        clause = left
    words = clause.split()
    if not words or len(words) > 16 or not vocab.has_head(clause) or _FINITE_VERB.search(clause):
        return None
    first = words[0].lower()
    if not (words[0][:1].isupper() or first in _DETERMINERS | PRONOUNS or vocab.is_title_word(words[0])):
        return None
    return clause


def apposition_after(sentence_rest: str, people: Sequence[tuple[int, int]] = ()) -> str | None:
    """ ", Ukraine's foreign minister, said" -> "Ukraine's foreign minister".

    ``people`` are the offsets, in ``sentence_rest``, of the people named there: a clause that names
    someone other than as a possessor is the next item of a list ("Merz, French President Emmanuel
    Macron, ..."), not an apposition.
    """
    if not sentence_rest.startswith(","):
        return None
    body = sentence_rest[1:]
    end = _CLAUSE_END.search(body)
    clause = body[: end.start()] if end else body
    clause_end = 1 + _relative_cut(clause)
    if any(start < clause_end and fold(sentence_rest[e : e + 2]) != "'s" for start, e in people):
        return None
    return _role_clause(clause.strip())


def apposition_before(sentence_prefix: str, people: Sequence[tuple[int, int]] = ()) -> str | None:
    """ "Trump's envoy for Ukraine-Russia negotiations, " (just before the name) -> that phrase.

    ``people`` are the offsets of the people named in ``sentence_prefix``: the phrase starts after
    the last of them, unless named as a possessor ("French President Emmanuel Macron, Merz" is a
    list; "Lavrov met his Turkish counterpart, Hakan Fidan" -> "his Turkish counterpart").
    """
    stripped = sentence_prefix.rstrip()
    if not stripped.endswith(","):
        return None
    body = stripped[:-1]
    start = 1 + max(body.rfind(","), body.rfind(";"), body.rfind(":"), body.rfind("("), body.rfind('"'))
    stops = list(_PREFIX_STOP.finditer(body, start))
    if stops:
        start = stops[-1].end()
    named = [e for _, e in people if start < e <= len(body) and fold(body[e : e + 2]) != "'s"]
    if named:
        pronoun = re.search(r"\b(?:his|her|its|their)\b", body[max(named) :])
        return _role_clause(body[max(named) + pronoun.start() :]) if pronoun else None
    return _role_clause(body[start:].strip())


def _before_ranks(sentence_prefix: str) -> str:
    """ "Ukraine's commander-in-chief, General " -> "Ukraine's commander-in-chief, "."""
    ranks = vocabulary().ranks
    words = sentence_prefix.rstrip()
    while (last := re.search(r"\S+$", words)) is not None and last.group(0).lower() in ranks:
        words = words[: last.start()].rstrip()
    return words + " "


_PREDICATE = re.compile(r"\s+(?:became|becomes|is|was|remains|has become|had become)\s+(?:the|a|an)\s+")


def predicate_after(text: str, end: int, sentence_end: int, spans: list[Span]) -> str | None:
    """ "Narendra Modi became the first Indian prime minister to visit" -> "first Indian prime minister"."""
    vocab = vocabulary()
    m = _PREDICATE.match(text, end, sentence_end)
    if m is None:
        return None
    owners = [s for s in spans if s.label != "PERSON"]
    words: list[str] = []
    owned_any = False
    # a word ends before a sentence's period, but "U.S." keeps its own
    for token in re.finditer(r"[\w'’-]+(?:\.[\w'’-]+)*(?:\.(?<=\w\.\w\.))?", text[m.end() : sentence_end]):
        at = m.end() + token.start()
        word = token.group(0)
        owned = any(s.start <= at < s.end for s in owners)
        if not (owned or vocab.is_title_word(word) or word.lower() in _DROPPED_BEFORE_OWNER | _KEPT_BEFORE_OWNER):
            break
        words.append(word)
        owned_any = owned_any or owned
        if text[at + len(word) : at + len(word) + 1] not in {" ", ""}:
            break  # a comma or a period ends the phrase
    while words and words[-1].lower() in _LEADING_FILLER:
        words.pop()
    if not vocab.has_head(" ".join(words)):
        return None
    # "Trump was the first president to visit": the ordinal describes him, not the office
    while len(words) > 1 and words[0].lower() in _DROPPED_BEFORE_OWNER and words[1].lower() not in {"deputy", "vice"}:
        words.pop(0)
    phrase = " ".join(words)
    # without an owner, only a known office: "the first foreign leader at the summit" is no title
    return phrase if owned_any or phrase.lower() in vocab.national | vocab.regional else None


def role_phrase(text: str, sentence: tuple[int, int], start: int, end: int, spans: list[Span]) -> str | None:
    """The words that state the role of the person mentioned at ``start:end``, if any.

    A military rank is not a role: "General Oleksandr Syrskyi" has none unless the text gives
    an office too ("Ukraine's commander-in-chief, General Oleksandr Syrskyi").
    """
    s_start, s_end = sentence
    after = text[end:s_end]
    before = title_before(text, s_start, start, spans)
    if before is not None and not _is_rank_only(before):
        return before
    prefix = text[s_start:start]
    if before is not None:
        prefix = _before_ranks(prefix)
    later = [(s.start - end, s.end - end) for s in spans if s.label == "PERSON" and end <= s.start < s_end]
    earlier = [
        (s.start - s_start, s.end - s_start) for s in spans if s.label == "PERSON" and s_start <= s.start < start
    ]
    return (
        apposition_after(after, later) or apposition_before(prefix, earlier) or predicate_after(text, end, s_end, spans)
    )
