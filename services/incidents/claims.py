"""Air-attack claims read from an enriched article: who says what was launched, downed and lost.

One :class:`~shared.models.Incident` per claimant, attacker and weapon in a statement. The
rules' vocabulary lives in ``data/claim_rules.json``; this module holds only the logic.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from shared.models import EnrichedArticle, Entity, Evidence, Incident, Message, incident_id_for
from shared.timex import find_dates

DATA_DIR = Path(__file__).parent / "data"
_OPPOSITE = {"Russia": "Ukraine", "Ukraine": "Russia"}
_ROLES = ("launched", "destroyed", "lost")


def _alternation(phrases: list[str]) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


@dataclass(frozen=True)
class Rules:
    raw: dict[str, Any]
    weapon_of: dict[str, str]
    weapon_re: re.Pattern[str]
    count_re: re.Pattern[str]
    vague_re: re.Pattern[str]
    verb_res: dict[str, re.Pattern[str]]
    claim_re: re.Pattern[str]
    denial_re: re.Pattern[str]
    cumulative_re: re.Pattern[str]
    anaphora_re: re.Pattern[str]
    killed_re: re.Pattern[str]
    injured_re: re.Pattern[str]
    numbers: dict[str, int]


@cache
def rules() -> Rules:
    raw = json.loads((DATA_DIR / "claim_rules.json").read_text(encoding="utf-8"))
    weapon_of = {w.lower(): kind for kind, words in raw["weapons"].items() for w in words}
    weapons = _alternation(list(weapon_of))
    numbers: dict[str, int] = raw["number_words"]
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    words = _alternation([w for w in numbers if w not in {"a", "an"}])
    num = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{tens})-(?:one|two|three|four|five|six|seven|eight|nine)|{words})"
    approx = _alternation(raw["approximate_prefixes"] + ["at least"])
    attrs = r"(?:\s+(?!of\b|and\b|were\b|was\b)[\w'’-]+){0,3}?"
    count_re = re.compile(
        rf"(?<![\w-])(?P<q>(?:{approx})\s+)?(?P<all>all\s+)?(?P<n>{num})"
        rf"(?:\s+of\s+(?:the\s+|all\s+)?(?P<m>{num}))?(?P<attrs>{attrs})\s+(?P<w>{weapons})(?![\w-])",
        re.IGNORECASE,
    )
    vague_re = re.compile(
        rf"(?<![\w-])(?P<q>{_alternation(raw['vague_counts'])})(?P<attrs>{attrs})\s+(?P<w>{weapons})(?![\w-])",
        re.IGNORECASE,
    )
    casualty = _alternation(raw["casualty_nouns"])

    def harm(verbs: str) -> re.Pattern[str]:
        return re.compile(
            rf"(?:(?:{verbs})\s+(?:at\s+least\s+)?(?P<a>{num})(?:\s+(?:{casualty}))?"
            rf"|(?:{verbs})\s+(?P<one>a|an)\s+(?:{casualty})"
            rf"|(?P<b>{num})(?:\s+[\w-]+){{0,2}}?\s+(?:{casualty})?\s*(?:were\s+|was\s+)?(?:{verbs}))(?![\w-])",
            re.IGNORECASE,
        )

    return Rules(
        raw=raw,
        weapon_of=weapon_of,
        weapon_re=re.compile(rf"(?<![\w-])(?:{weapons})(?![\w-])", re.IGNORECASE),
        count_re=count_re,
        vague_re=vague_re,
        verb_res={
            role: re.compile(rf"(?<![\w-])(?:{_alternation(raw[role])})(?![\w-])", re.IGNORECASE) for role in _ROLES
        },
        claim_re=re.compile(rf"(?<![\w-])(?:{_alternation(raw['claim_verbs'])})(?![\w-])", re.IGNORECASE),
        denial_re=re.compile(rf"(?<![\w-])(?:{_alternation(raw['denial'])})(?![\w-])", re.IGNORECASE),
        cumulative_re=re.compile(rf"(?<![\w-])(?:{_alternation(raw['cumulative'])})(?![\w-])", re.IGNORECASE),
        anaphora_re=re.compile(rf"(?<![\w-])(?:{_alternation(raw['anaphora'])})(?![\w-])", re.IGNORECASE),
        killed_re=harm("killing|killed|dead|died"),
        injured_re=harm("injuring|injured|wounding|wounded|hurt"),
        numbers=numbers,
    )


def parse_number(text: str) -> int:
    """ "83" -> 83, "1,000" -> 1000, "eleven" -> 11, "twenty-two" -> 22, "two dozen" -> 24."""
    words = rules().numbers
    low = text.lower().strip()
    if low.replace(",", "").isdigit():
        return int(low.replace(",", ""))
    if low in words:
        return words[low]
    tens, _, unit = low.partition("-")
    return words[tens] + words[unit]


@dataclass
class _Claim:
    weapon: str
    counts: dict[str, int | None] = field(default_factory=dict)
    approximate: dict[str, str] = field(default_factory=dict)
    attacker: str | None = None
    attacker_inferred: bool = False


def _clause_before(sentence: str, pos: int) -> str:
    cut = max(sentence.rfind(c, 0, pos) for c in ",;")
    return sentence[cut + 1 : pos]


def _clause_after(sentence: str, pos: int) -> str:
    ends = [i for i in (sentence.find(c, pos) for c in ",;") if i >= 0]
    end = min(ends) if ends else len(sentence)
    return sentence[pos : min(end, pos + 60)]


def _role_of(sentence: str, start: int, end: int) -> str | None:
    """Which count a number is, from the verb right after the weapon or the nearest one before."""
    r = rules()
    after = _clause_after(sentence, end)
    hits = [(m.start(), role) for role in _ROLES for m in [r.verb_res[role].search(after)] if m]
    if hits and min(hits)[0] < 25:
        return min(hits)[1]
    before = _clause_before(sentence, start)
    best: tuple[int, str] | None = None
    for role in _ROLES:
        for m in r.verb_res[role].finditer(before):
            if best is None or m.end() > best[0]:
                best = (m.end(), role)
    return best[1] if best else (min(hits)[1] if hits else None)


def _attacker_before_weapon(attrs: str, entities: list[Entity], offset: int, span: tuple[int, int]) -> str | None:
    for entity in entities:
        if entity.label in {"NORP", "GPE"} and span[0] <= entity.start - offset < span[1] and entity.country:
            return entity.country
    return None


def _claims_in(sentence: str, offset: int, entities: list[Entity]) -> dict[str, _Claim]:
    r = rules()
    claims: dict[str, _Claim] = {}
    for m in r.count_re.finditer(sentence):
        weapon = r.weapon_of[m.group("w").lower()]
        claim = claims.setdefault(weapon, _Claim(weapon))
        n = parse_number(m.group("n"))
        qualifier = (m.group("q") or "").strip().lower()
        role = _role_of(sentence, m.start(), m.end()) or "launched"
        if m.group("m"):
            claim.counts.setdefault("launched", parse_number(m.group("m")))
            role = role if role != "launched" else "destroyed"
        if m.group("all") and role != "launched":
            claim.counts.setdefault("launched", n)
        if qualifier and qualifier != "at least":
            claim.approximate.setdefault(role, f"{qualifier} {m.group('n')}")
            claim.counts.setdefault(role, None)
        else:
            claim.counts.setdefault(role, n)
            if qualifier:
                claim.approximate.setdefault(role, f"{qualifier} {m.group('n')}")
        attacker = _attacker_before_weapon(m.group("attrs"), entities, offset, (m.start("attrs"), m.end("w")))
        claim.attacker = claim.attacker or attacker
    for m in r.vague_re.finditer(sentence):
        weapon = r.weapon_of[m.group("w").lower()]
        claim = claims.setdefault(weapon, _Claim(weapon))
        role = _role_of(sentence, m.start(), m.end()) or "launched"
        claim.approximate.setdefault(role, m.group("q").lower())
        claim.counts.setdefault(role, None)
        attacker = _attacker_before_weapon(m.group("attrs"), entities, offset, (m.start("attrs"), m.end("w")))
        claim.attacker = claim.attacker or attacker
    return claims


def _claimant(sentence: str, offset: int, entities: list[Entity]) -> Entity | None:
    r = rules()
    speakers = [e for e in entities if e.label in {"ORG", "PERSON", "GPE"}]
    verb = r.claim_re.search(sentence)
    if verb is None:
        return speakers[0] if speakers and speakers[0].start - offset < 40 else None
    if sentence[verb.start() :].lower().startswith("according to"):
        after = [e for e in speakers if e.start - offset >= verb.end()]
        if after:
            return after[0]
    before = [e for e in speakers if e.end - offset <= verb.start()]
    return before[-1] if before else None


def _harm(pattern: re.Pattern[str], text: str) -> int | None:
    m = pattern.search(text)
    if m is None:
        return None
    if m.group("one"):
        return 1
    return parse_number(m.group("a") or m.group("b"))


_DAMAGE = re.compile(r"damag(?:e|ed|ing)\s+(?:to\s+)?(?:a|an|the|several)?\s*([\w -]{3,60}?)(?=\s+in\s|\s+on\s|,|\.|$)")


def _places(entities: list[Entity], exclude: set[str]) -> list[str]:
    out: list[str] = []
    for e in entities:
        if e.label in {"GPE", "LOC", "FAC"} and e.canonical not in exclude and e.canonical not in out:
            out.append(e.canonical)
    return out


def extract_incidents(enriched: EnrichedArticle, anchor: date | None = None) -> list[Incident]:
    """Every air-attack claim the article reports, one incident per claimant, attacker and weapon."""
    r = rules()
    article = enriched.article
    text = article.text
    anchor = anchor or article.anchor_date
    incidents: list[Incident] = []
    previous: tuple[int, list[Incident]] | None = None
    last_dated = -10
    for index, span in enumerate(enriched.sentences):
        sentence = text[span.start : span.end]
        inside = [e for e in enriched.entities if span.start <= e.start < span.end]
        claims = _claims_in(sentence, span.start, inside) if r.weapon_re.search(sentence) else {}
        if not claims:
            if previous and previous[0] == index - 1 and previous[1] and r.anaphora_re.search(sentence):
                count = len(previous[1])
                incidents[-count:] = _with_followup(previous[1], sentence, inside)
            continue
        speaker = _claimant(sentence, span.start, inside)
        claimant = speaker.canonical if speaker else "unattributed"
        claimant_country = speaker.country if speaker else None
        cumulative = r.cumulative_re.search(sentence) is not None
        dates = [d for d in find_dates(sentence, anchor) if d.start is not None]
        occurred = None if cumulative or not dates else dates[0].start
        # "Russia also claimed ..." right after a dated report speaks of the same night.
        if occurred is None and not cumulative and incidents and index - last_dated <= 3:
            occurred = incidents[-1].occurred_on
        made: list[Incident] = []
        for claim in claims.values():
            attacker = claim.attacker
            flags: list[str] = []
            if attacker is None and claimant_country in _OPPOSITE:
                attacker = _OPPOSITE[claimant_country]
                flags.append("attacker_inferred")
            if r.denial_re.search(sentence):
                flags.append("disputed")
            launched, destroyed, lost = (claim.counts.get(k) for k in _ROLES)
            if launched is not None and (destroyed or 0) + (lost or 0) > launched:
                flags.append("destroyed_plus_lost_exceeds_launched")
            exclude = {claimant, attacker or "", claimant_country or ""}
            made.append(
                Incident(
                    incident_id=incident_id_for(
                        claimant=claimant,
                        attacker=attacker,
                        weapon=claim.weapon,
                        occurred_on=occurred,
                        cumulative=cumulative,
                    ),
                    article_id=article.id,
                    claimant=claimant,
                    attacker=attacker,
                    weapon=claim.weapon,
                    model=_model(inside, claim.weapon),
                    launched=launched,
                    destroyed=destroyed,
                    lost=lost,
                    killed=_harm(r.killed_re, sentence),
                    injured=_harm(r.injured_re, sentence),
                    approximate=claim.approximate,
                    occurred_on=occurred,
                    locations=_places(inside, exclude),
                    cumulative=cumulative,
                    flags=flags,
                    evidence=Evidence(sentence=sentence, start=span.start, end=span.end),
                )
            )
        incidents.extend(made)
        previous = (index, made)
        if occurred is not None:
            last_dated = index
    return incidents


def _model(entities: list[Entity], weapon: str) -> str | None:
    for e in entities:
        if e.label == "WEAPON":
            return e.canonical
    return None


def _with_followup(targets: list[Incident], sentence: str, entities: list[Entity]) -> list[Incident]:
    """ "The attacks damaged a building in Kyiv and injured a woman in Sumy" belongs to the claim before."""
    r = rules()
    updated: list[Incident] = []
    for incident in targets:
        killed = incident.killed if incident.killed is not None else _harm(r.killed_re, sentence)
        injured = incident.injured if incident.injured is not None else _harm(r.injured_re, sentence)
        exclude = {incident.claimant, incident.attacker or ""}
        locations = incident.locations + [p for p in _places(entities, exclude) if p not in incident.locations]
        damage = incident.damage + [m.group(1).strip() for m in _DAMAGE.finditer(sentence)]
        updated.append(
            incident.model_copy(update={"killed": killed, "injured": injured, "locations": locations, "damage": damage})
        )
    return updated


def incidents_batch(batch: list[EnrichedArticle]) -> list[list[Message]]:
    return [list(extract_incidents(e)) for e in batch]
