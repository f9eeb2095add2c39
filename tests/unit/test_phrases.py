"""The trie-shaped word-list pattern must match exactly what a flat longest-first list matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from shared.phrases import phrase_alternation


def _flat(phrases: list[str], head: str, tail: str) -> str:
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        body = r"\s+".join(re.escape(w) for w in phrase.split())
        parts.append((head if phrase[:1].isalnum() else "") + body + (tail if phrase[-1:].isalnum() else ""))
    return "|".join(parts)


def _found(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]


@pytest.mark.parametrize(
    ("phrases", "text", "expected"),
    [
        (["sep", "sept", "september"], "in September, not Sept. or sep", ["September", "Sept", "sep"]),
        (
            ["next week", "next weekend", "week"],
            "next  weekend and next week, a week",
            ["next  weekend", "next week", "week"],
        ),
        (["shot down", "shot down or suppressed"], "were shot down or suppressed", ["shot down or suppressed"]),
        (["U.S.", "U.K."], "the U.S. and the U.K.", ["U.S.", "U.K."]),
        (["may"], "Mayor Klitschko may go", ["may"]),
        (["talks"], "small-talks", []),
        ([], "anything at all", []),
    ],
)
def test_phrases_match_as_words(phrases: list[str], text: str, expected: list[str]) -> None:
    pattern = phrase_alternation(phrases, head=r"(?<![\w-])", tail=r"(?![\w-])")
    assert [m.group(0) for m in re.finditer(pattern, text, re.IGNORECASE)] == expected, text


# A small alphabet of words that extend one another, so that prefixes and overlaps are common.
_WORDS = ["a", "ab", "abc", "b", "ba", "week", "weekend", "U.S.", "-day", "x1"]
_PHRASES = st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3).map(" ".join), min_size=1, max_size=6)
_TEXT = st.lists(st.sampled_from([*_WORDS, " ", " ", "  ", ","]), max_size=16).map("".join)


@settings(max_examples=500, deadline=None)
@example(phrases=["a", "ab"], text="ab", edges=("", ""))
@given(phrases=_PHRASES, text=_TEXT, edges=st.sampled_from([("", ""), (r"\b", r"\b"), (r"(?<![\w-])", r"(?![\w-])")]))
def test_same_matches_as_a_flat_longest_first_list(phrases: list[str], text: str, edges: tuple[str, str]) -> None:
    head, tail = edges
    assert _found(phrase_alternation(phrases, head=head, tail=tail), text) == _found(_flat(phrases, head, tail), text)
