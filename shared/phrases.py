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

    ``head`` (a zero-width test) goes before a phrase that starts with a letter or digit and
    ``tail`` after one that ends with one (``r"\\b"`` for whole words); phrases are matched as
    written, so case folding is the caller's flag. The result is a single group-free unit that can
    be quantified or nested.
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
    if not head:
        return f"(?:{_render(trie, '', tail, gap)})"
    # ``head`` once in front of every phrase that opens on a letter or digit, not once per first
    # letter: then each branch opens on a literal and the engine rejects most positions by their
    # first character. ``head`` is a zero-width test, so hoisting it matches the same text.
    words = {k: v for k, v in trie.items() if k.isalnum()}
    others = {k: v for k, v in trie.items() if not k.isalnum()}
    parts = [head + _render(words, "", tail, gap, group=True)] if words else []
    if others:
        parts.append(_render(others, "", tail, gap))
    return f"(?:{'|'.join(parts)})"


def _render(node: _Trie, previous: str, tail: str, gap: str, *, group: bool = False) -> str:
    branches = []
    for token in sorted(k for k in node if k != _END):
        step = gap if token == _SPACE else re.escape(token)
        branches.append(step + _render(node[token], token, tail, gap))
    if _END in node:
        # Last: a longer phrase through this node is tried first.
        branches.append(tail if previous.isalnum() else "")
    if len(branches) == 1 and not group:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
