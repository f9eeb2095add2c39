"""Deaths and injuries a sentence reports: "killing nine people", "one person was killed",
"the death toll rose to 34", "wounding 20". A vague number ("wounding dozens", "more than 60")
gives no count; a floor ("at least 31 dead") gives its number; "no one was hurt" gives none."""

from __future__ import annotations

import re
from functools import cache

from services.incidents.vocabulary import alternation, is_lower_bound, normal, parse_number, rules

# "all 74 people on board - 65 prisoners, six crew and three escorts - were killed": the aside
# breaks the count down and would hide the verb from the total.
_DASH_ASIDE = re.compile(r"\s[-–—]\s[^-–—]{1,120}?\s[-–—]\s")
# "No one was hurt", "none of the 20 people was injured": a negated count is not a count.
_NEGATED = r"(?<!\bno\s)(?<!\bnot\s)"
# "two people had been slightly hurt": how badly does not change the count.
# "a man suffered burns": an injury told with no auxiliary before its verb.
_SUFFERED = r"|(?:suffered|sustained)\s+(?:\w+\s+)?(?:burns|injuries|wounds|a\s+concussion)"
_ADVERBS = r"(?:(?:also|slightly|lightly|seriously|critically|badly|severely|gravely|fatally|mortally)\s+)*"


def harm(text: str) -> tuple[int | None, int | None]:
    """(killed, injured) as the sentence gives them."""
    r = rules()
    text = _DASH_ASIDE.sub(" ", text)
    return _casualties(text, r.killed_verbs, toll=True), _casualties(text, r.injured_verbs, toll=False)


def harm_position(text: str) -> int:
    """Where the sentence first speaks of deaths or injuries (its length if it does not)."""
    r = rules()
    m = re.search(rf"\b(?:{r.killed_verbs}|{r.injured_verbs})\b", text, re.IGNORECASE)
    return m.start() if m else len(text)


def _casualties(text: str, verbs: str, *, toll: bool) -> int | None:
    gate, patterns = _patterns(verbs, toll)
    # Most sentences of a report name no death or injury: one cheap search rules them out.
    if not gate.search(text):
        return None
    for pattern in patterns:
        m = pattern.search(text)
        if m is None:
            continue
        found = {k: v for k, v in m.groupdict().items() if v}
        qualifier = found.get("q")
        if qualifier and not is_lower_bound(qualifier):
            return None
        if normal(found["n"]) in {"a", "an", "his", "her", "their"}:
            return _article_count(m.group(0)[m.end("n") - m.start() :])
        return parse_number(found["n"])
    return None


def _article_count(rest: str) -> int:
    """One person for "a woman was killed"; but "a further 297 people were wounded", "a total of 54
    killed" count the number after the article."""
    m = re.match(rf"\s+(?:[a-z]+\s+){{0,2}}?(?P<n>{rules().number})(?![\w-])", rest, re.IGNORECASE)
    return parse_number(m.group("n")) if m else 1


@cache
def _patterns(verbs: str, toll: bool) -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]:
    """A search every pattern needs to succeed, then the patterns, most specific first."""
    r = rules()
    num, casualty, approx = r.number, r.casualty, r.approx
    # "rose to", "has risen to", "climbed to", "reached": a toll's new value (the rules' rise verbs
    # that take their number straight after them; "raising the toll to" is the next pattern).
    rises = alternation(v for v in r.raw["toll_rise_verbs"] if v.endswith((" to", "reached")))
    risen = rf"\b[^.;]*?\b(?:{rises})\s+(?P<n>{num})(?![\w-])"
    # "The toll later rose to five": a toll with no noun before it is of the dead.
    toll_noun = r"(?:death\s+)?toll" if toll else r"injury\s+toll"
    # "bringing the number of people killed by the strike to 12": a count of the harmed, said as a toll.
    counted = rf"number\s+of\s+(?:people\s+|those\s+)?(?:{verbs})"
    patterns = [
        rf"(?:{toll_noun}|number\s+of\s+(?:people\s+)?(?:{verbs})){risen}",
        rf"\b(?:raising|raised|bringing|brought|pushing|taking)\s+(?:the\s+)?(?:{toll_noun}|{counted})\b[^.;]{{0,60}}?"
        rf"\bto\s+(?P<n>{num})(?![\w-])",
        rf"\b(?:{verbs})\s+(?P<q>(?:{approx})\s+)?(?P<n>{num}|a|an)(?![\w-])(?:\s+[\w-]+){{0,2}}?\s+(?:{casualty})\b",
        rf"\b(?:{verbs})\s+(?P<q>(?:{approx})\s+)?(?P<n>{num})(?![\w-])(?!\s+(?:of|percent|%|km|kilometres))",
        # "three children aged 8, 12 and 17 were killed", but not past another verb ("one person was killed and").
        rf"(?<![\w-]){_NEGATED}(?P<q>(?:{approx})\s+)?(?P<n>{num}|a|an)(?![\w-])(?:[\s,]+[\w-]+){{0,2}}?\s+"
        rf"(?:{casualty})(?:[\s,]+(?!(?:was|were|had|have|has)\b)[\w-]+){{0,6}}?[\s,]+"
        rf"(?:(?:were|was|had\s+been|had|has|have)\s+{_ADVERBS}(?:{verbs}){'' if toll else _SUFFERED})\b",
        rf"(?<![\w-]){_NEGATED}(?P<q>(?:{approx})\s+)?(?P<n>{num})(?![\w-])(?:\s+(?:others?|more))?\s+(?:were|was)\s+"
        rf"{_ADVERBS}(?:{verbs})\b",
        rf"\band\s+(?P<n>{num})(?![\w-])\s+(?:{verbs})\b",
        # "a woman was killed and her husband injured": one person named by kinship.
        rf"\b(?P<n>his|her|their)\s+(?:{alternation(r.raw['kin_nouns'])})\s+(?:(?:was|had\s+been)\s+)?{_ADVERBS}"
        rf"(?:{verbs})\b",
        # "officials counted at least 31 dead"
        rf"(?<![\w-]){_NEGATED}(?P<q>(?:{approx})\s+)?(?P<n>{num})(?![\w-])\s+(?:{verbs})\b",
    ]
    gate = re.compile(rf"{toll_noun}|(?:{verbs})", re.IGNORECASE)
    return gate, tuple(re.compile(p, re.IGNORECASE) for p in patterns)
