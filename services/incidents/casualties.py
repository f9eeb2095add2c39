"""Deaths and injuries a sentence reports: "killing nine people", "one person was killed",
"the death toll rose to 34", "wounding 20". A vague number ("wounding dozens", "more than 60")
gives no count."""

from __future__ import annotations

import re

from services.incidents.vocabulary import normal, parse_number, rules


def harm(text: str) -> tuple[int | None, int | None]:
    """(killed, injured) as the sentence gives them."""
    r = rules()
    return _casualties(text, r.killed_verbs, toll=True), _casualties(text, r.injured_verbs, toll=False)


def harm_position(text: str) -> int:
    """Where the sentence first speaks of deaths or injuries (its length if it does not)."""
    r = rules()
    m = re.search(rf"\b(?:{r.killed_verbs}|{r.injured_verbs})\b", text, re.IGNORECASE)
    return m.start() if m else len(text)


def _casualties(text: str, verbs: str, *, toll: bool) -> int | None:
    r = rules()
    num, casualty, approx = r.number, r.casualty, r.approx
    risen = rf"\b[^.;]*?\brose\s+to\s+(?P<n>{num})(?![\w-])"
    patterns = [
        rf"(?:{'death' if toll else 'injury'}\s+toll|number\s+of\s+(?:people\s+)?(?:{verbs})){risen}",
        rf"\b(?:{verbs})\s+(?P<q>(?:{approx})\s+)?(?P<n>{num}|a|an)(?![\w-])(?:\s+[\w-]+){{0,2}}?\s+(?:{casualty})\b",
        rf"\b(?:{verbs})\s+(?P<q2>(?:{approx})\s+)?(?P<n2>{num})(?![\w-])(?!\s+(?:of|percent|%|km|kilometres))",
        # "three children aged 8, 12 and 17 were killed", but not past another verb ("one person was killed and").
        rf"(?<![\w-])(?P<q3>(?:{approx})\s+)?(?P<n>{num}|a|an)(?![\w-])(?:[\s,]+[\w-]+){{0,2}}?\s+(?:{casualty})"
        rf"(?:[\s,]+(?!(?:was|were|had|have|has)\b)[\w-]+){{0,6}}?\s+"
        rf"(?:were|was|had\s+been)\s+(?:also\s+)?(?:{verbs})\b",
        rf"(?<![\w-])(?P<q3>(?:{approx})\s+)?(?P<n>{num})(?![\w-])(?:\s+(?:others?|more))?\s+(?:were|was)\s+"
        rf"(?:also\s+)?(?:{verbs})\b",
        rf"\band\s+(?P<n>{num})(?![\w-])\s+(?:{verbs})\b",
    ]
    for pattern in patterns:
        m = re.search(pattern, text, re.IGNORECASE)
        if m is None:
            continue
        found = {k: v for k, v in m.groupdict().items() if v}
        if found.get("q") or found.get("q2") or found.get("q3"):
            return None
        number = found.get("n") or found.get("n2")
        if number is None:
            continue
        return 1 if normal(number) in {"a", "an"} else parse_number(number)
    return None
