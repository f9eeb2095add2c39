"""Word lists as regular expressions that stay fast however long the list grows.

Python's engine tries a flat alternation ("a|b|c|...") branch by branch at every position of the
text, so a list of a few hundred phrases made the date finder and the event reader spend most of
their time there. Factored into a trie ("sep", "sept", "september" share "sep"), each position
costs a step or two. The trie tries a longer phrase before a shorter one it extends, which is the
same longest-first choice a flat list sorted by length gives, so the two match the same text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

__all__ = ["phrase_alternation"]

_Trie = dict[str, "_Trie"]
_END: Final = ""  # the key that marks the end of a phrase in a trie node
_SPACE: Final = " "  # one token for any run of whitespace between two words


def phrase_alternation(phrases: Iterable[str], *, head: str = "", tail: str = "", gap: str = r"\s+") -> str:
    """One pattern matching any of ``phrases``, longest first, ``gap`` (any run of whitespace) between words.

    ``head`` goes before a phrase that starts with a letter or digit and ``tail`` after one that
    ends with one (``r"\\b"`` for whole words); phrases are matched as written, so case folding is
    the caller's flag. The result is a single group-free unit that can be quantified or nested.
    """
    trie: _Trie = {}
    for phrase in set(phrases):
        tokens = list(_SPACE.join(phrase.split()))
        if not tokens:
            continue
        node = trie
        for token in tokens:
            node = node.setdefault(token, {})
        node[_END] = {}
    if not trie:
        return "(?!)"  # an empty list matches nothing
    return f"(?:{_render(trie, '', head, tail, gap)})"


def _render(node: _Trie, previous: str, head: str, tail: str, gap: str) -> str:
    branches = []
    for token in sorted(k for k in node if k != _END):
        edge = head if not previous and token.isalnum() else ""
        step = gap if token == _SPACE else re.escape(token)
        branches.append(edge + step + _render(node[token], token, head, tail, gap))
    if _END in node:
        # Last: a longer phrase through this node is tried first.
        branches.append(tail if previous.isalnum() else "")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
