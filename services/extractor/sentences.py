"""Sentence boundaries with character offsets, tuned for wire copy."""

from __future__ import annotations

import re

# A period after these does not end a sentence ("U.S. President", "Gen. Syrskyi", "Feb. 20").
_ABBREVIATIONS = frozenset(
    {
        *("mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "capt", "adm", "cmdr", "gov", "sen", "rep"),
        *("st", "mt", "no", "vs", "etc", "jr", "sr", "prof", "rev", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u"),
        *("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
    }
)

_BOUNDARY = re.compile(r"""[.!?]["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\S)""")


def _ends_with_abbreviation(text: str, end: int) -> bool:
    """True when the period at ``end`` closes an abbreviation or a single initial."""
    if text[end] != ".":
        return False
    start = end
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:end].lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the sentences in ``text``, white space trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if _ends_with_abbreviation(text, match.start()):
            continue
        end = match.start() + 1 if text[match.start()] in ".!?" else match.start()
        _append(text, spans, start, end)
        start = match.end()
    _append(text, spans, start, len(text))
    return spans


def _append(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
