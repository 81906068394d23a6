"""A list of words as one regular expression shaped like a trie.

Python's ``re`` tries an alternation's branches one after the other, so ``a|b|…`` over a
few hundred words costs a few hundred comparisons at every position it is tried. Sharing
the words' common starts ("felt", "feel", "feeling" → ``fe(?:lt|el(?:ing)?)``) makes a
failing position cost about one comparison. The words match what ``a|b|…`` sorted longest
first would: where several of them fit at one position, the longest is tried first and
the shorter ones on backtracking.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_Trie = dict[str, "_Trie"]
_END = ""  # the key marking that a word ends at this node


def _tokens(word: str) -> list[str]:
    """A word as regex pieces: a space matches any run of spaces, and a label's colon may
    follow one ("Ressenti : épuisé")."""
    return [r"\s+" if c == " " else r"\s*:" if c == ":" else re.escape(c) for c in word]


def _depth(node: _Trie) -> int:
    return max((1 + _depth(child) for key, child in node.items() if key != _END), default=0)


def _render(node: _Trie) -> str:
    # Longest continuations first, as in an alternation sorted by length.
    keys = sorted((k for k in node if k != _END), key=lambda k: -_depth(node[k]))
    branches = [key + _render(node[key]) for key in keys]
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if _END not in node:
        return body if branches else ""
    return f"(?:{body})?" if branches else ""


def trie_pattern(words: Iterable[str]) -> str:
    """An expression matching any of ``words`` (a group of its own, safe to embed)."""
    root: _Trie = {}
    for word in words:
        node = root
        for token in _tokens(word):
            node = node.setdefault(token, {})
        node[_END] = {}
    return f"(?:{_render(root)})"
