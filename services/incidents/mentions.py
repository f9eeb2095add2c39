"""Weapon mentions of one sentence: which weapon, which number, and what the number counts.

A mention is one of:

* counted: a number and a weapon ("83 drones", "61 of 83 Russian drones", "all nine cruise
  missiles", "more than 100 drones", "dozens of drones");
* bare: a number that names no weapon but continues a statement ("38 of them were shot down",
  "another 25 were lost", "Another 119, mostly decoys, were lost from radar", "shot down 61.",
  "suppressed three more", "not a single one was shot down");
* countless: a weapon named without a number ("a Russian drone hit a bus").

Which count a number is (launched, destroyed or lost) comes from the verb: a destroyed or lost
verb whose subject the number is wins ("74 drones flying toward the capital had been shot
down"), then a verb right before it ("shot down 61 of 83"), then for "N of M" the first
destroyed or lost verb later in the sentence, then the nearest verb before, then the first verb
after. A number with no such verb ("the previous record, 193 drones, ...") counts nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from services.incidents.vocabulary import (
    Role,
    alternation,
    is_lower_bound,
    model_kind,
    normal,
    parse_number,
    rules,
    weapon_kind,
)
from shared.models import Entity

Kind = Literal["counted", "bare", "countless"]


@dataclass
class Mention:
    kind: Kind
    weapon: str
    start: int
    end: int
    counts: dict[Role, int | None] = field(default_factory=dict)
    approximate: dict[Role, str] = field(default_factory=dict)
    #: Refers back to weapons already counted ("of them", "of the drones", "the missiles").
    anaphoric: bool = False
    #: The count is an umbrella for shot down plus lost ("288 were neutralised").
    umbrella: bool = False
    #: Country named on the weapon itself ("Russian drones", "Russia's drone attack").
    attacker: str | None = None
    model: str | None = None
    #: The words that carried the count, for a number split by type ("14 cruise missiles").
    text: str = ""
    #: A part of a count already given ("including fifteen of the sixteen Kh-101").
    subset: bool = False
    #: "In all, nine missiles ...": the total of the parts given before.
    total: bool = False
    #: "all had been shot down": this count equals the launched count, whatever it is.
    all_of: Role | None = None
    #: The launched count is of weapons that hit ("Two drones slammed into towers"), a part of those launched.
    hits: bool = False
    #: "two of them struck": how many came of weapons talked about; not a launched count once the claim has others.
    part: bool = False
    #: "the rest were jammed": this count is the launched count less the other downing count, when both are given.
    rest_of: Role | None = None
    #: "and another 30 on Sunday night": verb and weapon left out, a count only as a wave of its own.
    gapped: bool = False
    #: "all six Kinzhal missiles, six Kalibr missiles and two drones": every one of those counted was downed.
    every: bool = False

    @property
    def counted(self) -> bool:
        return bool(self.counts)


@dataclass(frozen=True)
class _Patterns:
    counted: re.Pattern[str]
    partitive: re.Pattern[str]
    tally: re.Pattern[str]
    vague: re.Pattern[str]
    bare: re.Pattern[str]
    bare_all: re.Pattern[str]
    vague_part: re.Pattern[str]
    vague_question: re.Pattern[str]
    total_before_parts: re.Pattern[str]
    bare_object: re.Pattern[str]
    list_item: re.Pattern[str]
    aside: re.Pattern[str]
    gap: re.Pattern[str]
    listed: re.Pattern[str]
    shared: re.Pattern[str]
    modal: re.Pattern[str]
    definite: re.Pattern[str]
    described: re.Pattern[str]
    object_after: re.Pattern[str]
    modifier_gap: re.Pattern[str]
    new_clause: re.Pattern[str]
    zero: re.Pattern[str]
    zero_part: re.Pattern[str]
    rest: re.Pattern[str]
    partition: re.Pattern[str]
    of_total: re.Pattern[str]
    composition: re.Pattern[str]
    all_weapons: re.Pattern[str]
    out_of_total: re.Pattern[str]
    whole_wave: re.Pattern[str]
    gapped_wave: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    r = rules()
    num, approx, attr, weapon = r.number, r.approx, r.attr, r.weapon
    zero = r.zero
    composition = alternation(r.raw["composition"])
    aux = r"(?:\s+(?:were|was|had|have|has|been|being|likely|also|then|reportedly|later|subsequently|probably|all))*"
    return _Patterns(
        counted=re.compile(
            rf"(?<![\w-])(?P<all>(?:{r.all_of})\s+(?:the\s+)?)?(?P<q>(?:{approx})\s+)?(?P<n>{num}|(?P<pair>{r.pair}))(?![\w-])"
            rf"(?(pair)(?:\s+of\s+(?:the|these|those)(?![\w-]))?)(?:\s+more)?"
            rf"(?:\s+(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+)?(?P<q2>(?:{approx})\s+)?(?P<m>{num})(?![\w-]))?"
            # "41 missiles, 34 of them Kh-101 cruise missiles": a part of the count before, by type.
            rf"(?P<of_them>\s+of\s+(?:them|these|those)(?![\w-]))?"
            rf"(?P<attrs>(?:\s+{attr}){{0,4}}?)\s+(?P<w>{weapon})(?![\w-])",
            re.IGNORECASE,
        ),
        partitive=re.compile(
            rf"(?<![\w-])(?P<q>(?:{approx})\s+)?(?P<n>{num})\s+(?:out\s+)?of\s+(?:the|these|those)"
            rf"(?P<attrs>(?:\s+{attr}){{0,3}}?)\s+(?P<w>{weapon})(?![\w-])",
            re.IGNORECASE,
        ),
        # "put the number of missiles at about 110", "the total of drones shot down stood at 61", and the
        # number set off after it: "launched a record number of drones, 188, against our cities".
        tally=re.compile(
            rf"\b(?:number|total|tally|count)\s+of\s+(?P<attrs>(?:{attr}\s+){{0,3}}?)(?P<w>{weapon})(?![\w-])"
            rf"(?P<verb>\s+(?:{r.verb_re.pattern}))?"
            rf"(?:\s+(?:at|to|was|is|stood\s+at|reached|rose\s+to|came\s+to)\s+|,\s+(?=(?:(?:{approx})\s+)?{num}\s*,))"
            rf"(?P<q>(?:{approx})\s+)?(?P<n>{num})(?![\w-])",
            re.IGNORECASE,
        ),
        vague=re.compile(
            rf"(?<![\w-])(?P<q>{r.vague})(?P<attrs>(?:\s+{attr}){{0,4}}?)\s+(?P<w>{weapon})(?![\w-])", re.IGNORECASE
        ),
        bare=re.compile(
            rf"(?<![\w-])(?P<pre>(?:another|a\s+further|further|the\s+remaining|the\s+other|only|just)\s+)?"
            rf"(?P<q>(?:{approx})\s+)?(?P<n>{num})(?![\w-])(?P<more>\s+(?:more|others|other))?"
            rf"(?:\s+(?:out\s+)?of\s+(?P<ref>them|those|these|which|the\s+(?P<m>{num})(?![\w-])))?"
            rf"(?=(?:\s*,[^,]{{1,40}},)?{aux}\s+[\"“‘']?(?P<v>{r.verb_re.pattern}))",
            re.IGNORECASE,
        ),
        bare_all=re.compile(
            rf"(?<![\w-])(?:all|both)(?:\s+of\s+(?:them|which))?"
            rf"(?=(?:\s+(?:had|have|were|was|been|reportedly))*\s+(?P<v>{r.verb_re.pattern}))",
            re.IGNORECASE,
        ),
        vague_question=re.compile(rf"(?<![\w-])(?:{alternation(r.raw['vague_not_after'])})\s+$", re.IGNORECASE),
        total_before_parts=re.compile("|".join(r.raw["total_before_parts_patterns"]), re.IGNORECASE),
        vague_part=re.compile(
            rf"(?<![\w-])(?P<q>{r.vague}|(?:(?:{approx})\s+)?(?:{alternation(r.raw['fraction_parts'])})|some|"
            rf"all\s+but\s+(?:{num}))\s+of\s+(?:the\s+|its\s+)?$",
            re.IGNORECASE,
        ),
        # "shot down 38 of them", "suppressed three more", "shot down 61." / "downed 61 over Kyiv": the
        # verb's object is a number with no weapon of its own, so it counts the weapon talked about
        # ("jammed the other three" too: the count of the rest, written out).
        bare_object=re.compile(
            rf"(?P<v>{r.verb_re.pattern})\s+(?:all\s+|only\s+|just\s+)?"
            rf"(?:another\s+|a\s+further\s+|the\s+(?:other|remaining)\s+)?(?P<q>(?:{approx})\s+)?"
            rf"(?P<n>{num})(?![\w-])"
            # "downed 40 of the 52": the second number is how many came.
            rf"(?:\s+(?:out\s+)?of\s+(?:them|those|these|the\s+(?P<m>{num})(?![\w-]))\b|\s+(?:more|others)\b"
            rf"|(?=\s*(?:[.,;:]|$))"
            rf"|(?=\s+(?:and|while|but|whereas|over|across|near|on|in|with|by|as|before|after)\b))",
            re.IGNORECASE,
        ),
        list_item=re.compile(
            rf"^\s*(?:and\s+)?(?:(?:{approx})\s+)?(?:{num})(?![\w-])(?:\s+{attr}){{0,4}}?\s+(?:{weapon})(?![\w-])",
            re.IGNORECASE,
        ),
        aside=re.compile(
            rf"^\s*(?:which|who|mostly|most\s+of\s+them|many\s+of\s+them|some\s+of\s+them|among\s+them|"
            # "two dozen drones, of which 13 were destroyed": the part's verb is not the total's.
            r"including|all\s+of\s+them|of\s+(?:which|whom|them|these|those)"
            # "nine drones, six of them Shaheds and the rest decoys, had been destroyed": a breakdown
            # with no count verb of its own, so the verb after it is the total's.
            rf"|(?:{num})\s+of\s+(?:them|these|those)\b(?=(?:(?!{r.verb_re.pattern})[^,;])*,)"
            # "two missiles, converted from S-200 rounds, had been intercepted": a participle aside.
            r"|(?!(?:shot|downed|destroyed|intercepted|lost|jammed|suppressed|neutrali[sz]ed)\b)[a-z]+ed\s+"
            r"(?:from|by|as|with|in|over|at|near|toward|towards|for)(?=\s[^,]*,))\b",
            re.IGNORECASE,
        ),
        gap=re.compile(
            r"^\s*(?:(?:all|of|the|a\s+total\s+of|a\s+further|another|only|just|overnight|also)\s+)*$", re.IGNORECASE
        ),
        # "shot down 59 of the missiles and 54 of the drones": earlier objects of the same verb.
        listed=re.compile(
            rf"^(?:\s*(?:(?:all|both)\s+(?:the\s+)?)?(?:(?:{approx})\s+)?(?:{num})(?![\w-])(?:\s+more)?(?:\s+(?:out\s+)?of\s+(?:(?:the|these|those|its)"
            rf"(?:\s+(?:{num}))?|(?:{num})(?![\w-])))?(?:\s+{attr}){{0,4}}?\s+(?:{weapon})(?![\w-])"
            # "728 Shahed-type drones and decoys and 13 missiles": the decoys are of the same item.
            rf"(?:\s+(?:and|or)\s+(?:{composition})(?:\s+of\s+(?:various|different|other|unknown)\s+types)?)?"
            rf"\s*(?:,|\band\b|\bas\s+well\s+as\b)+)+",
            re.IGNORECASE,
        ),
        # "Ninety drones and all missiles": "all" counts the second weapon on its own.
        shared=re.compile(
            rf"\s+(?:and|or|&)\s+(?:(?!(?:{num}|{approx}|{r.vague}|{r.all_of}|both|every|each)(?![\w-])){attr}\s+){{0,2}}?"
            rf"(?P<w>{weapon})(?![\w-])",
            re.IGNORECASE,
        ),
        modal=re.compile(r"\b(?:would|could|may|might|will|can)\s+(?:\w+\s+)?$", re.IGNORECASE),
        definite=re.compile(rf"\b(?:the|these|those)(?:\s+{attr}){{0,2}}\s+$", re.IGNORECASE),
        described=re.compile(rf"\s+(?:{alternation(r.raw['described_after'])})(?![\w-])", re.IGNORECASE),
        gapped_wave=re.compile(
            rf"\band\s+(?:another|a\s+further)\s+(?P<n>{num})\s+(?=(?:{alternation(r.raw['gapped_wave_dates'])})(?![\w-]))",
            re.IGNORECASE,
        ),
        whole_wave=re.compile(rf"\s+(?:{alternation(r.raw['whole_wave_after'])})(?![\w-])", re.IGNORECASE),
        object_after=re.compile(
            rf"^\s*(?:(?:all|the|about|around|some|only|just|another)\s+)*(?:{num})(?![\w-])", re.I
        ),
        modifier_gap=re.compile(rf"^(?:['’]s)?(?:\s+{attr}){{0,3}}\s*$"),
        # "31 drones had been launched ... and 29 of them were shot down": "and" before a number (or
        # "another", "none") that is not one more weapon of a list starts a clause with its own verb.
        new_clause=re.compile(
            rf"\b(?:and\s+that|while|but|whereas|although|though|as\s+well\s+as\s+that)\b"
            rf"|\band\s+(?=(?:another|a\s+further|further|the\s+other|the\s+remaining|only|just|{zero})\b"
            # "11 drones were involved in the attack and all were destroyed", "... and all five were shot down":
            # "all" is the next subject.
            rf"|(?:all|both)(?:\s+(?:{num})(?![\w-]))?(?:\s+of\s+(?:them|these|those))?\s+(?:were|was|had|have|been)\b"
            rf"|(?:(?:{approx})\s+)?(?:{num})(?![\w-]))",
            re.IGNORECASE,
        ),
        # "not a single one had been shot down", "none were intercepted", "no drones were downed": zero.
        # "none of the five could be stopped": zero of a number given, and through a modal of ability.
        zero=re.compile(
            rf"(?<![\w-])(?:(?:{zero})(?:\s+of\s+(?:them|those|these|which|the\s+(?P<m>{num})(?![\w-])))?"
            # "no drones were shot down": the weapon itself negated.
            rf"|no(?:\s+{attr}){{0,2}}?\s+(?:{weapon})(?![\w-])"
            # "The missiles were not intercepted": the weapons talked about, negated.
            rf"|(?:{r.negated_weapon})(?:\s+{attr}){{0,2}}?\s+(?P<nw>{weapon})(?![\w-])"
            rf"\s+(?:were|was|had|have|could)\s+not(?:\s+been|\s+be)?)"
            rf"(?=(?:\s+(?:had|have|has|were|was|been|be|reportedly|then|{r.zero_modals}))*\s+(?P<v>{r.verb_re.pattern}))",
            re.IGNORECASE,
        ),
        # "the rest were jammed": what the other counts leave of the launched one.
        rest=re.compile(
            rf"(?<![\w-])(?:{r.rest}|{r.rest_of_weapon}(?:\s+{attr}){{0,2}}?\s+(?:{weapon})(?![\w-]))"
            rf"(?=(?:\s+(?:had|have|has|were|was|been|reportedly|then|all|likely))*"
            rf"\s+[\"“‘']?(?P<v>{r.verb_re.pattern}))",
            re.IGNORECASE,
        ),
        # "none of the seven Iskander missiles ... had been intercepted": zero of a number given.
        of_total=re.compile(
            rf"\s+(?:out\s+)?of\s+(?:the\s+)?(?P<q>(?:{approx})\s+)?(?P<n>{num})(?![\w-])"
            rf"(?!(?:\s+{attr}){{0,3}}?\s+(?:{weapon})(?![\w-]))",
            re.IGNORECASE,
        ),
        # "Of the 143 drones, 115 were shot down": the number the parts that follow are of.
        partition=re.compile(r"(?:^|[,;:]|\bthat|\bsaid|\band)\s*of\s+(?:the\s+|a\s+total\s+of\s+)?$", re.IGNORECASE),
        zero_part=re.compile(rf"(?<![\w-])(?:{zero})\s+of\s+(?:the\s+|its\s+|these\s+|those\s+)?$", re.IGNORECASE),
        all_weapons=re.compile(
            rf"(?<![\w-])(?:all|both)\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?(?:{attr}\s+){{0,2}}?$", re.IGNORECASE
        ),
        # "30 of the drones were decoys": what they were, not what became of them.
        composition=re.compile(
            r"\s+(?:were|was|are)\s+(?:(?:all|mostly|probably|likely|reportedly|believed\s+to\s+be)\s+)*"
            rf"(?:{composition})(?![\w-])",
            re.IGNORECASE,
        ),
        # "... were locationally lost, out of a total of 101 launched overnight", "128 drones were
        # downed out of the 161 launched by Russia": the launched total given last, apart from its weapon.
        out_of_total=re.compile(
            rf"\bout\s+of\s+(?:a\s+total\s+of\s+|the\s+|all\s+)?(?P<q>(?:{approx})\s+)?(?P<n>{num})(?![\w-])"
            rf"(?=\s+(?:that\s+\w+\s+(?:had\s+)?)?(?:launched|fired|sent|used)\b|\s*(?:[.;]|$))",
            re.IGNORECASE,
        ),
    )


def find_mentions(sentence: str, entities: list[Entity], parts_role: Role | None = None) -> list[Mention]:
    """Every weapon mention of ``sentence``; entity offsets are relative to the sentence.

    ``parts_role`` is the role a part with no verb of its own takes ("Broken down, that was 55 of
    the drones") after a count over several weapons in the sentence before.
    """
    r = rules()
    # Cheap gates, exact rather than heuristic: every weapon pattern ends on a weapon word and every
    # bare pattern needs a count verb, so most sentences of an article skip whole families at once.
    has_weapon = r.weapon_re.search(sentence) is not None
    mentions: list[Mention] = []
    if has_weapon:
        mentions = _counted(sentence, entities)
        taken = [(m.start, m.end) for m in mentions]
        found = _partitive(sentence, entities, parts_role) + _tally(sentence, entities) + _vague(sentence, entities)
        mentions += [m for m in found if not _overlaps(m, taken)]
    if r.verb_re.search(sentence) is not None:
        taken = [(m.start, m.end) for m in mentions]
        mentions += [m for m in _bare(sentence) if not _overlaps(m, taken)]
    if has_weapon:
        taken = [(m.start, m.end) for m in mentions]
        mentions += [m for m in _countless(sentence, entities) if not _overlaps(m, taken)]
    if not mentions:
        return mentions
    mentions.sort(key=lambda m: m.start)
    mentions += _gapped_waves(sentence, mentions)
    mentions.sort(key=lambda m: m.start)
    previous: Mention | None = None
    for m in mentions:
        # 60 characters: "16 of the 31 missiles had been shot down — 12 cruise missiles ..." opens its parts
        # a whole clause after its count.
        m.subset = m.subset or _subset().search(sentence[max(0, m.start - 60) : m.start]) is not None
        # "including 34 Kh-101s and seven Kalibrs": the rest of a list of parts are parts too.
        if previous is not None and previous.subset and _LIST_GAP.match(sentence[previous.end : m.start]):
            m.subset = True
        if (
            previous is not None
            and previous.every
            and previous.counts.get("launched") is not None
            and any(previous.counts.get(r) is not None for r in ("destroyed", "lost"))
            and _LIST_GAP.match(sentence[previous.end : m.start])
        ):
            _all_listed(m)
        if m.kind == "bare" and previous is not None and _OVER_PLACE.match(sentence, m.end):
            # "destroyed 45 drones, adding that 20 (of them) were downed over the Bryansk region": a region's share.
            m.subset = True
        m.total = _TOTAL.search(sentence[max(0, m.start - 25) : m.start]) is not None
        if previous is not None and previous.counted and _whole_after_part().search(sentence, previous.end, m.start):
            m.total = True  # "destroyed 34 drones over Moscow, part of 70 drones brought down": the 70
        previous = m
    if r.aid_re.search(sentence):
        # "the U.S. has sent 2,000 missiles to Ukraine": supplies, not a launch.
        mentions = [m for m in mentions if m.counts and set(m.counts) != {"launched"}]
    return sorted(mentions, key=lambda m: m.start)


_A_PART = re.compile(r"\bof\s+(?:the|its|their|those|these)\b", re.IGNORECASE)


def _all_listed(m: Mention) -> None:
    """ "shot down all six Kinzhal missiles, six Kalibr missiles and two drones": "all" is said of the
    whole list, so each item's downed count is how many of it came."""
    downed: list[Role] = [r for r in ("destroyed", "lost") if m.counts.get(r) is not None]
    if m.kind != "counted" or "launched" in m.counts or len(downed) != 1:
        return
    if _A_PART.search(m.text):
        return  # "all 28 missiles and 15 of the drones": the drones' part says some of them, not all
    # only after an item whose "all" counted its downed ones: "shot down all six ..., six ..."
    m.counts["launched"] = m.counts[downed[0]]
    m.every = True


def _gapped_waves(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """ "destroyed 40 drones on Saturday night and another 30 on Sunday night": the verb and the
    weapon of the count before are left out, the date that follows makes it a count of its own."""
    out: list[Mention] = []
    taken = [(m.start, m.end) for m in mentions]
    for m in _patterns().gapped_wave.finditer(sentence):
        if _overlaps(Mention("bare", "", m.start("n"), m.end("n")), taken):
            continue
        before = [x for x in mentions if x.end <= m.start() and x.counted]
        roles = [r for r, v in before[-1].counts.items() if v is not None] if before else []
        if len(roles) != 1:
            continue
        mention = Mention("bare", "", m.start("n"), m.end("n"), anaphoric=True, text=m.group("n"), gapped=True)
        _count(mention, roles[0], m.group("n"), None)
        out.append(mention)
    return out


_DEBRIS = re.compile(
    r"\b(?:fragments|debris|wreckage|remains|parts|pieces|shrapnel)\s+(?:of|from)\s+(?:the\s+|a\s+)?$", re.IGNORECASE
)
_OVER_PLACE = re.compile(
    r"(?:\s+(?:were|was|had\s+been|have\s+been))?\s+(?:[a-z]+\s+){0,2}?(?:over|above)\s+(?:the\s+)?[A-Z]"
)
# "an attack on the city with", "a combined strike with": the weapons an attack was made with were launched.
_ATTACK_WITH = re.compile(
    r"\b(?:attack|attacks|strike|strikes|raid|raids|assault|barrage)\b[\"”’']?(?:\s+(?:on|against|at)\s+[^,;.]{1,40}?)?"
    r"\s+with\s+$"
    # "The biggest attack this year came on March 9, with 81 missiles": the attack's day, then its weapons.
    r"|\b(?:attack|attacks|strike|strikes|raid|raids|assault|barrage|salvo)\b[^;]{0,50}?"
    r"\b(?:came|happened|took\s+place|occurred)\b[^;]{0,30}?,?\s+with\s+$",
    re.IGNORECASE,
)
_FEW_BEFORE = re.compile(r"(?<![\w-])(?:a\s+few|several|a\s+couple\s+of|many)\s+$", re.IGNORECASE)
# "In all, nine missiles were aimed at the city": the total, after its parts were listed.
_TOTAL = re.compile(r"\b(?:in\s+all|in\s+total|a\s+total\s+of|altogether|overall)[,\s]+(?:of\s+)?$", re.I)


@cache
def _made_of_re() -> re.Pattern[str]:
    """See ``made_of_verbs`` in claim_rules.json: an attack as the subject, then its verb."""
    r = rules()
    subjects = alternation([*r.raw["attack_nouns"], *r.raw["made_of_subjects"]])
    verbs = alternation(r.raw["made_of_verbs"])
    return re.compile(
        rf"(?<![\w-])(?:{subjects})(?![\w-])(?P<between>[^;:]{{0,40}}?)\s+(?:(?:had|has|have)\s+)?(?:{verbs})(?![\w-])",
        re.IGNORECASE,
    )


@cache
def _breakdown() -> re.Pattern[str]:
    """See ``breakdown_verbs`` in claim_rules.json: the weapons as the subject, the count right after the verb."""
    r = rules()
    return re.compile(
        rf"(?<![\w-])(?:the|these|those|its|their)(?:\s+{r.attr}){{0,2}}?\s+(?:{r.weapon})\s+"
        rf"(?:{alternation(r.raw['breakdown_verbs'])})\s+(?:(?:{r.approx})\s+)?$",
        re.IGNORECASE,
    )


def _made_of(sentence: str, start: int) -> bool:
    """Whether the count at ``start`` is the object of an attack's "included" (see ``_made_of_re``)."""
    verbs = list(_made_of_re().finditer(sentence, max(0, start - 100), start))
    if not verbs:
        return False
    last = verbs[-1]
    if rules().weapon_re.search(last.group("between")):
        return False  # "the missiles included 56 cruise missiles": a breakdown by type
    return _is_object_of(sentence[last.end() : start])


@cache
def _whole_after_part() -> re.Pattern[str]:
    """See ``whole_after_part`` in claim_rules.json: matched between a count and the next one."""
    words = alternation(rules().raw["whole_after_part"])
    return re.compile(rf",\s*(?:{words})\s+(?:the\s+)?$", re.IGNORECASE)


@cache
def _subset() -> re.Pattern[str]:
    """ "41 of the missiles - 34 Kh-101s and seven Kalibrs -": a dash, a bracket or a colon after a
    count (in figures or in words: "shot down nine of them: all four Kalibrs and five Iskanders")
    opens its parts."""
    return re.compile(
        r"(?:\b(?:including|among\s+them|among\s+which|of\s+which|of\s+those|of\s+these|such\s+as)"
        rf"|(?:\d|(?<![\w-])(?:{rules().number})(?![\w-]))[^,;]*?(?:\s[-–—(]|:))\s*$",
        re.I,
    )


# ", 13 S-300s and": a listed part the weapon words do not know is still one of the list.
_LIST_GAP = re.compile(
    r"^\s*(?:,|,?\s*and|,?\s*as\s+well\s+as)(?:\s*(?:\d+|[a-z]+)\s+[\w/-]+(?:\s+[\w-]+)?\s*(?:,|,?\s*and))*\s*$",
    re.IGNORECASE,
)


def _overlaps(m: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(m.start < end and start < m.end for start, end in spans)


def _not_attack(sentence: str, start: int, weapon_end: int, *, counted: bool = False) -> bool:
    """Interceptor drones, air-defence missiles, drone forces: not an attacking weapon.

    A counted weapon is a noun: "one of the largest drone attacks" counts attacks, not drones.
    """
    r = rules()
    before = sentence[max(0, start - 40) : start]
    after = sentence[weapon_end:]
    if counted and r.attack_noun_start_re.match(after):
        return True
    if r.not_attack_before_re.search(before) or r.not_attack_after_re.match(after):
        return True
    return _unarmed_before().search(before) is not None and _armed_beside(sentence, start, weapon_end)


@cache
def _unarmed_before() -> re.Pattern[str]:
    """See ``unarmed_before`` in claim_rules.json."""
    words = alternation(rules().raw["unarmed_before"])
    return re.compile(rf"(?<![\w-])(?:{words})(?:\s+(?!(?:and|or)\b){rules().attr}){{0,2}}\s*$", re.IGNORECASE)


def _armed_beside(sentence: str, start: int, end: int) -> bool:
    """Whether the sentence names the weapon at ``start`` elsewhere as an attacking one."""
    r = rules()
    kind = weapon_kind(sentence[start:end])
    for w in r.weapon_re.finditer(sentence):
        if w.start() == start or weapon_kind(w.group()) != kind:
            continue
        before = sentence[max(0, w.start() - 40) : w.start()]
        if not (_unarmed_before().search(before) or r.not_attack_before_re.search(before)):
            return True
    return False


_NO_BEFORE = re.compile(r"(?<![\w-])no\s+$", re.IGNORECASE)
_ANY = re.compile(r"\bany\b", re.IGNORECASE)
_ALL_BEFORE = re.compile(r"(?<![\w-])all\s+$", re.IGNORECASE)


@cache
def _negated_after() -> re.Pattern[str]:
    """ "two missiles were not intercepted": see ``negated_after`` in claim_rules.json."""
    return re.compile(rf"\s+(?:{alternation(rules().raw['negated_after'])})(?![\w-])", re.IGNORECASE)


def _counted(sentence: str, entities: list[Entity]) -> list[Mention]:
    out: list[Mention] = []
    for m in _patterns().counted.finditer(sentence):
        if _not_attack(sentence, m.start("w"), m.end("w"), counted=True):
            continue
        if _DEBRIS.search(sentence, max(0, m.start() - 30), m.start()):
            continue  # "fragments of one missile damaged a house" counts no launch or downing
        if _patterns().composition.match(sentence, m.end()):
            continue
        if _FEW_BEFORE.search(sentence, max(0, m.start() - 16), m.start()):
            continue  # "a few dozen drones" is vague (read by ``_vague``), not twelve
        role, umbrella = role_of(sentence, m.start(), m.end(), has_total=bool(m.group("m")))
        if m.group("pair") and (
            role in {None, "launched"} or m.group("m") or _patterns().shared.match(sentence, m.end())
        ):
            continue  # "both drones and missiles" names two weapons; it counts neither
        if role not in {None, "launched"} and not m.group("m") and _negated_after().match(sentence, m.end()):
            continue  # "both missiles could not be intercepted": read as none downed (see ``_bare``)
        if role is None and not m.group("m") and _patterns().partition.search(sentence, 0, m.start()):
            role = "launched"
        if role is None and not m.group("m") and _ATTACK_WITH.search(sentence, max(0, m.start() - 100), m.start()):
            role = "launched"  # "attempted a terrorist attack on the city with three drones"
        if role is None and not m.group("m") and _made_of(sentence, m.start()):
            role = "launched"  # "the previous one included 127 missiles and 109 drones"
        breakdown = role is None and not m.group("m") and _breakdown().search(sentence, 0, m.start()) is not None
        if breakdown:
            role = "launched"  # "The missiles included two Tsirkon missiles": a part of those launched
        if (
            not m.group("m")
            and _patterns().total_before_parts.match(sentence[m.end() :])
            and role_of(sentence[: m.end()], m.start(), m.end(), has_total=False)[0] is None
        ):
            role = "launched"  # "36 drones, of which 31 were downed": the whole the parts are of
        if role is None and not m.group("m"):
            continue
        part = _patterns().vague_part.search(sentence, 0, m.start())
        if part is not None and not m.group("m"):
            out.append(_vague_part_of(sentence, entities, m, part, role))
            continue
        zero = _patterns().zero_part.search(sentence, max(0, m.start() - 40), m.start())
        if zero is not None and _ANY.search(zero.group()):
            role = "destroyed"  # "failed to intercept any of the four": none of them downed
        if zero is not None and not m.group("m") and role not in {None, "launched"}:
            out.append(_zero_part_of(sentence, entities, m, zero, role))
            continue
        mention = Mention("counted", weapon_kind(m.group("w")), m.start(), m.end(), umbrella=umbrella)
        mention.text = m.group().strip()
        mention.subset = m.group("of_them") is not None or breakdown
        mention.hits = role == "launched" and rules().hit_start_re.match(sentence[m.end() :]) is not None
        if role is not None:
            _count(mention, role, m.group("n"), m.group("q"))
        total = _patterns().of_total.match(sentence, m.end()) if not m.group("m") else None
        if m.group("m"):
            _count(mention, "launched", m.group("m"), m.group("q2"))
        elif total is not None and role not in {None, "launched"}:
            # "27 drones out of 43 launched": the total follows the weapon.
            _count(mention, "launched", total.group("n"), total.group("q"))
            mention.text = sentence[m.start() : total.end()]
            mention.end = total.end()
        elif (m.group("all") or m.group("pair")) and role != "launched":
            _count(mention, "launched", m.group("n"), None)
        elif role not in {None, "launched"} and _patterns().whole_wave.match(sentence, m.end("w")):
            # "Six drones that followed were also shot down": the count is the whole wave, all downed.
            _count(mention, "launched", m.group("n"), m.group("q"))
        mention.every = bool(m.group("all") or m.group("pair"))
        _describe(mention, entities, sentence, m.start("attrs"), m.start("w"), m.end("w"))
        _share_out(mention, sentence, m.end())
        out.append(mention)
    return out


def _share_out(mention: Mention, sentence: str, end: int) -> None:
    """ "741 drones and missiles": one number for two weapons is neither weapon's count."""
    shared = _patterns().shared.match(sentence, end)
    if shared is None or weapon_kind(shared.group("w")) == mention.weapon:
        return
    words = f"{mention.text} {' '.join(shared.group().split())}"
    for role in mention.counts:
        mention.counts[role] = None
        mention.approximate[role] = words


def _vague_part_of(
    sentence: str, entities: list[Entity], m: re.Match[str], part: re.Match[str], role: Role | None
) -> Mention:
    """ "several of the 19 drones were shot down": 19 is how many came, "several" how many fell."""
    text = sentence[part.start() : m.end()]
    mention = Mention("counted", weapon_kind(m.group("w")), part.start(), m.end(), text=text)
    if role is not None and role != "launched":
        mention.counts[role] = None
        mention.approximate[role] = normal(part.group("q"))
    _count(mention, "launched", m.group("n"), m.group("q"))
    _describe(mention, entities, sentence, m.start("attrs"), m.start("w"), m.end("w"))
    return mention


def _zero_part_of(sentence: str, entities: list[Entity], m: re.Match[str], part: re.Match[str], role: Role) -> Mention:
    """ "none of the seven missiles were intercepted": seven came, none was downed."""
    text = sentence[part.start() : m.end()]
    mention = Mention("counted", weapon_kind(m.group("w")), part.start(), m.end(), text=text)
    mention.counts[role] = 0
    _count(mention, "launched", m.group("n"), m.group("q"))
    _describe(mention, entities, sentence, m.start("attrs"), m.start("w"), m.end("w"))
    return mention


def _partitive(sentence: str, entities: list[Entity], parts_role: Role | None = None) -> list[Mention]:
    """ "Seventy-nine of the drones were shot down": a part of weapons already counted."""
    out: list[Mention] = []
    for m in _patterns().partitive.finditer(sentence):
        if _not_attack(sentence, m.start("w"), m.end("w"), counted=True):
            continue
        if _DEBRIS.search(sentence, max(0, m.start() - 30), m.start()):
            continue  # "fragments of one of the downed missiles hit a house" counts no launch
        if _patterns().composition.match(sentence, m.end()):
            continue
        role, umbrella = role_of(sentence, m.start(), m.end(), has_total=True)
        if role is None:
            role = _launched_part(sentence, m.end())
        if role is None:
            role = parts_role
        if role is None:
            continue
        mention = Mention("counted", weapon_kind(m.group("w")), m.start(), m.end(), anaphoric=True, umbrella=umbrella)
        mention.text = m.group().strip()
        _count(mention, role, m.group("n"), m.group("q"))
        if role != "launched" and _ALL_BEFORE.search(sentence, max(0, m.start() - 5), m.start()):
            # "All seven of the Kalibrs were shot down": seven came, and all seven were downed.
            _count(mention, "launched", m.group("n"), m.group("q"))
            mention.every = True
        _describe(mention, entities, sentence, m.start("attrs"), m.start("w"), m.end("w"))
        out.append(mention)
    return out


def _tally(sentence: str, entities: list[Entity]) -> list[Mention]:
    """ "put the number of missiles at about 110": the count comes after its weapon."""
    r = rules()
    out: list[Mention] = []
    for m in _patterns().tally.finditer(sentence):
        verb = m.group("verb")
        role: Role = r.role_of_verb[normal(verb)] if verb else "launched"
        mention = Mention("counted", weapon_kind(m.group("w")), m.start(), m.end(), text=m.group().strip())
        _count(mention, role, m.group("n"), m.group("q"))
        _describe(mention, entities, sentence, m.start("attrs"), m.start("w"), m.end("w"))
        out.append(mention)
    return out


def _vague(sentence: str, entities: list[Entity]) -> list[Mention]:
    out: list[Mention] = []
    for m in _patterns().vague.finditer(sentence):
        if _not_attack(sentence, m.start("w"), m.end("w"), counted=True):
            continue
        role, _ = role_of(sentence, m.start(), m.end(), has_total=False)
        if role is None:
            continue
        mention = Mention("counted", weapon_kind(m.group("w")), m.start(), m.end(), text=m.group().strip())
        mention.counts[role] = None
        if not _patterns().vague_question.search(sentence, max(0, m.start() - 20), m.start()):
            mention.approximate[role] = normal(m.group("q"))
        _describe(mention, entities, sentence, m.start("attrs"), m.start("w"), m.end("w"))
        out.append(mention)
    return out


def _bare(sentence: str) -> list[Mention]:
    r = rules()
    out: list[Mention] = []
    p = _patterns()
    for m in p.bare_object.finditer(sentence):
        role = r.role_of_verb[normal(m.group("v"))]
        if role == "launched":
            continue
        mention = Mention("bare", "", m.start("n"), m.end(), anaphoric=True, text=m.group("n"))
        mention.umbrella = normal(m.group("v")) in r.umbrella
        _count(mention, role, m.group("n"), m.group("q"))
        if m.group("m"):
            _count(mention, "launched", m.group("m"), None)
        out.append(mention)
    for m in p.bare_all.finditer(sentence):
        role = r.role_of_verb[normal(m.group("v"))]
        if role != "launched":
            # "... and that all had been destroyed": as many as were launched, resolved by the claim.
            out.append(Mention("bare", "", m.start(), m.end(), anaphoric=True, text=m.group(), all_of=role))
    for m in p.zero.finditer(sentence):
        role = r.role_of_verb[normal(m.group("v"))]
        if role != "launched":
            named = m.group("nw")
            kind: Literal["counted", "bare"] = "counted" if named else "bare"
            mention = Mention(
                kind, weapon_kind(named) if named else "", m.start(), m.end(), anaphoric=True, text=m.group()
            )
            mention.counts[role] = 0
            if m.group("m"):
                _count(mention, "launched", m.group("m"), None)
            out.append(mention)
    for m in p.rest.finditer(sentence):
        role = r.role_of_verb[normal(m.group("v"))]
        if role != "launched":
            out.append(Mention("bare", "", m.start(), m.end(), anaphoric=True, text=m.group(), rest_of=role))
    for m in p.out_of_total.finditer(sentence):
        mention = Mention("bare", "", m.start(), m.end(), anaphoric=True, text=m.group())
        _count(mention, "launched", m.group("n"), m.group("q"))
        out.append(mention)
    taken = [(m.start, m.end) for m in out]
    for m in p.bare.finditer(sentence):
        if any(m.start() < end and start < m.end() for start, end in taken):
            continue
        role = r.role_of_verb[normal(m.group("v"))]
        # "two of them struck a residential area": of weapons named but not counted, how many came.
        of_them = (m.group("ref") or "").lower() in {"them", "those", "these"}
        # "Another 40 were launched on Sunday night": one more wave of the weapon talked about, not a part.
        more = normal(m.group("pre") or "") in {"another", "a further"} and not m.group("ref")
        if role == "launched" and not (of_them and not _modal(sentence, m.start("v"))) and not more:
            continue
        mention = Mention("bare", "", m.start(), m.end(), anaphoric=True, text=m.group().strip())
        mention.hits = role == "launched" and r.hit_start_re.match(sentence[m.end() :]) is not None
        mention.part = role == "launched"
        mention.umbrella = normal(m.group("v")) in r.umbrella
        _count(mention, role, m.group("n"), m.group("q"))
        if m.group("m"):
            _count(mention, "launched", m.group("m"), None)
        elif role != "launched" and _ALL_BEFORE.search(sentence, max(0, m.start() - 8), m.start()):
            # "Seven missiles, all seven shot down": as many shot down as came.
            _count(mention, "launched", m.group("n"), m.group("q"))
        out.append(mention)
    return out


@cache
def _response_before() -> re.Pattern[str]:
    """See ``response_cues`` in claim_rules.json: a cue, then the use of weapons, with no comma or
    semicolon up to the weapon ("retaliation for a Ukrainian missile strike" names the attack itself)."""
    cues = alternation(rules().raw["response_cues"])
    return re.compile(rf"(?<![\w-])(?:{cues})(?![\w-])[^,;]*\buse\s+of\b[^,;]*$", re.IGNORECASE)


def _countless(sentence: str, entities: list[Entity]) -> list[Mention]:
    out: list[Mention] = []
    for m in rules().weapon_re.finditer(sentence):
        if _not_attack(sentence, m.start(), m.end()):
            continue
        before = sentence[max(0, m.start() - 40) : m.start()]
        if _NO_BEFORE.search(before):
            continue  # "No missiles were launched": a weapon denied is none talked about
        if _response_before().search(sentence, max(0, m.start() - 80), m.start()):
            continue  # "a response to Ukraine's use of British missiles": the reason given, not an attack
        mention = Mention("countless", weapon_kind(m.group()), m.start(), m.end(), text=m.group())
        # "the missiles had hit ..." points back at missiles already counted.
        # "the drones heading for the capital" says which drones, it does not point back.
        described = _patterns().described.match(sentence, m.end()) is not None
        mention.anaphoric = _patterns().definite.search(before) is not None and not described
        if _patterns().all_weapons.search(before):
            # "90 drones and all the missiles were shot down": as many as were launched.
            role, _ = role_of(sentence, m.start(), m.end(), has_total=False)
            if role is not None and role != "launched":
                mention.all_of, mention.anaphoric = role, True
        _describe(mention, entities, sentence, max(0, m.start() - 40), m.start(), m.end())
        out.append(mention)
    return out


def _count(mention: Mention, role: Role, number: str, qualifier: str | None) -> None:
    """Record one number; a vague one ("more than 100") keeps its words and no count.

    A floor ("at least 20") is counted as its number, its words kept to show it is a floor.
    """
    if role in mention.counts:
        return
    if qualifier:
        mention.approximate[role] = f"{normal(qualifier)} {number}"
    mention.counts[role] = parse_number(number) if not qualifier or is_lower_bound(qualifier) else None


def _describe(mention: Mention, entities: list[Entity], sentence: str, start: int, head: int, end: int) -> None:
    """The country and model written on the weapon phrase itself ("two Russian Kh-101 missiles")."""
    gap = _patterns().modifier_gap
    for e in entities:
        if not start <= e.start < end:
            continue
        between = sentence[e.end : head]
        # "Russian drones", "Russia's drones"; a place before the weapon ("Kyiv drones") is a target.
        possessive = e.label == "NORP" or re.match(r"^['’]s\b", between)
        if e.label in {"NORP", "GPE"} and e.country and e.end <= head and possessive and gap.match(between):
            mention.attacker = e.country
        if e.label == "WEAPON" and mention.model is None and e.end > start:
            mention.model = e.canonical
            kind = model_kind(e.canonical)
            if mention.weapon == "artillery" and kind == "missile" and e.end <= head and gap.match(between):
                # "S-300 rockets": a missile model's rounds are missiles, whatever the word.
                mention.weapon = kind
    if mention.model is None:
        mention.model = _model_word(sentence[head:end], mention.weapon)


def _model_word(words: str, weapon: str) -> str | None:
    """ "the Kalibrs", "Kh-101s": a model family's plural the gazetteer has no alias for is still that model."""
    first = words.split()[0] if words.split() else ""
    stem = first[:-1] if re.search(r"[A-Za-z0-9]s$", first) else first
    kind = model_kind(stem)
    return stem if kind is not None and kind == weapon and stem != first else None


# ---------------------------------------------------------------------------------------------
# Which count a number is


def role_of(sentence: str, start: int, end: int, *, has_total: bool) -> tuple[Role | None, bool]:
    """The count a number is, from the verbs around it; and whether the verb is an umbrella."""
    r = rules()
    after = after_clause(sentence, end)
    for verb in r.verb_re.finditer(after):
        role = r.role_of_verb[normal(verb.group())]
        if role != "launched" and not _modal(after, verb.start()) and not _has_own_object(after, verb.end()):
            return role, normal(verb.group()) in r.umbrella
    verbs_before = [v for v in r.verb_re.finditer(sentence, 0, start) if not _modal(sentence, v.start())]
    if verbs_before and _is_object_of(sentence[verbs_before[-1].end() : start]):
        return _verb_role(verbs_before[-1].group())
    if has_total:
        for verb in r.verb_re.finditer(sentence, end):
            role = r.role_of_verb[normal(verb.group())]
            # "five of the missiles had been fired ... and none of the five could be stopped": not the five's verb.
            if role != "launched" and not _has_own_object(sentence, verb.end()) and not _modal(sentence, verb.start()):
                return role, normal(verb.group()) in r.umbrella
    if has_total:
        # The part of "N of M" is never the launched count: M is.
        downed = [v for v in verbs_before if r.role_of_verb[normal(v.group())] != "launched"]
        return _verb_role(downed[-1].group()) if downed else (None, False)
    first_after = r.verb_re.search(after)
    if first_after and not _modal(after, first_after.start()):
        return _verb_role(first_after.group())
    broken_down = _broken_down(sentence, start, verbs_before)
    if broken_down is not None:
        return broken_down
    listed = _LISTED_AFTER.search(sentence, 0, start)
    if listed is not None:
        # "destroyed 15 of the 20 drones launched by Russia, along with three cruise missiles": the
        # count of the weapon it is listed with.
        previous = list(_patterns().counted.finditer(sentence, 0, listed.start() + 1))
        if previous:
            p = previous[-1]
            return role_of(sentence, p.start(), p.end(), has_total=bool(p.group("m")))
    included = _included_in_total(sentence, start)
    if included is not None:
        return included
    # "32 missiles, 25 of which were destroyed, and 48 drones": "destroyed" is the aside's own verb;
    # "shot down 30 drones, adding that fragments of one missile ...": the verb of another clause.
    main = [
        v
        for v in verbs_before
        if not _RELATIVE.search(sentence, max(0, v.start() - 40), v.start())
        and not _OTHER_CLAUSE.search(sentence, v.end(), start)
    ]
    if main:
        return _verb_role(main[-1].group())
    return None, False


def _launched_part(sentence: str, end: int) -> Role | None:
    """ "five of the missiles had been fired", "two of the bombs struck": with no downing verb, a
    part of a kind named is how many came. The verb must be the part's own ("one of the missiles
    used in the attack had been made in North Korea" counts nothing)."""
    r = rules()
    after = sentence[end:]
    if _PASSIVE_LAUNCH.match(after) is None and r.hit_start_re.match(after) is None:
        return None
    verb = r.verb_re.search(after)
    return "launched" if verb is not None and r.role_of_verb[normal(verb.group())] == "launched" else None


# "had been fired", "were launched": a finite verb right after the part.
_PASSIVE_LAUNCH = re.compile(
    r"^(?:\s+(?:had|have|has|were|was|reportedly|then|also|later))+\s+been\s+|^\s+(?:were|was)\s+"
)


def _broken_down(sentence: str, start: int, verbs_before: list[re.Match[str]]) -> tuple[Role | None, bool] | None:
    """ "launched 151 aerial weapons in total, the air force said: 63 drones and 88 missiles": the
    parts after a colon (or a dash) are counted as the total before it is; the verb of the total
    is the last one before the colon with a number as its object."""
    head = sentence[:start]
    colon = max(head.rfind(":"), head.rfind(" - "), head.rfind(" – "), head.rfind(" — "))
    if colon < 0:
        return None
    p = _patterns()
    between = head[colon + 1 :].lstrip("-–— ")
    listed = p.listed.match(between)
    if (between[listed.end() :] if listed else between).strip(" ,"):
        return None
    before_colon = [v for v in verbs_before if v.end() <= colon]
    for verb in reversed(before_colon):
        if _has_own_object(sentence, verb.end()):
            return _verb_role(verb.group())
    # "in total, 140 air targets were shot down overnight: 120 drones and 20 missiles": the total
    # over several weapon kinds is the subject of a passive verb.
    r = rules()
    for verb in reversed(before_colon):
        total = r.mixed_re.search(sentence, max(0, verb.start() - 60), verb.start())
        if total is not None and _PASSIVE_TOTAL.match(sentence, total.end(), verb.start()):
            return _verb_role(verb.group())
    return None


# "... air targets were", "... aerial means of attack had been": the verb's subject is the total.
_PASSIVE_TOTAL = re.compile(
    r"(?:\s+(?:in\s+total|overall|altogether))?(?:\s+(?:were|was|had\s+been|have\s+been))?\s*$", re.I
)


def _included_in_total(sentence: str, start: int) -> tuple[Role | None, bool] | None:
    """ "537 aerial weapons, including 477 drones and 60 missiles, launched overnight": the parts
    listed after a total over several weapon kinds are counted as the total is, by its verb after
    the aside."""
    head = sentence[:start]
    including = head.rfind("including")
    if including < 0:
        return None
    p = _patterns()
    between = head[including + len("including") :]
    listed = p.listed.match(between)
    if (between[listed.end() :] if listed else between).strip(" ,"):
        return None
    r = rules()
    totals = [t for t in r.mixed_re.finditer(head, max(0, including - 60), including)]
    if not totals or head[totals[-1].end() : including].strip(" ,"):
        return None
    after = after_clause(sentence, totals[-1].end())
    verb = r.verb_re.search(after)
    if verb is None or _modal(after, verb.start()):
        return None
    return _verb_role(verb.group())


_LISTED_AFTER = re.compile(r",\s*(?:along\s+with|together\s+with|as\s+well\s+as|plus)\s+$", re.IGNORECASE)
_OTHER_CLAUSE = re.compile(
    r"[;:]|\b(?:adding|added|saying|said|says|when|after|while|but|because|although)\b", re.IGNORECASE
)
_RELATIVE = re.compile(r"\b(?:of\s+which|of\s+them|which)(?:\s+\w+){0,3}\s*$", re.IGNORECASE)


def _is_object_of(between: str) -> bool:
    """Whether a number is the verb's own object: right after it or further down its list."""
    p = _patterns()
    listed = p.listed.match(between)
    return p.gap.match(between[listed.end() :] if listed else between) is not None


def _verb_role(verb: str) -> tuple[Role, bool]:
    r = rules()
    return r.role_of_verb[normal(verb)], normal(verb) in r.umbrella


def _has_own_object(text: str, pos: int) -> bool:
    """ "83 drones and air defences shot down 61": the verb counts its own number, not ours."""
    return _patterns().object_after.match(text[pos:]) is not None


def _modal(text: str, pos: int) -> bool:
    """ "could be shot down", "may launch": not something that happened."""
    return _patterns().modal.search(text[max(0, pos - 30) : pos]) is not None


def after_clause(sentence: str, pos: int) -> str:
    """The rest of the number's clause: up to a comma, but over asides and list items.

    "A further 71 drones, which the air force described as decoys, dropped off radar" reads
    "dropped off radar"; "around 175 drones, 14 cruise missiles and two ballistic missiles had
    been aimed at the capital" reads "had been aimed at".
    """
    p = _patterns()
    parts: list[str] = []
    i = pos
    while True:
        stop = _CLAUSE_STOP.search(sentence, i)
        if stop is None:
            parts.append(sentence[i:])
            break
        parts.append(sentence[i : stop.start()])
        if stop.group() != ",":
            break
        rest = sentence[stop.end() :]
        if p.aside.match(rest):
            close = sentence.find(",", stop.end())
            # "two dozen drones, including Shahed models, of which 13 were destroyed": asides in a row.
            while close >= 0 and p.aside.match(sentence[close + 1 :]):
                close = sentence.find(",", close + 1)
            if close < 0:
                break
            i = close + 1
        elif p.list_item.match(rest):
            i = stop.end()
        else:
            break
    # "30 drones and that all had been destroyed", "31 drones had been launched ... and 29 of them
    # were shot down": another clause with its own subject. "50 drones and 7 missiles were shot
    # down" is one clause: the number after "and" is a list item.
    text = " ".join(parts)
    for cut in p.new_clause.finditer(text):
        if not p.list_item.match(text[cut.start() :]):
            return text[: cut.start()]
    return text


_CLAUSE_STOP = re.compile(r"[,;:()]")
