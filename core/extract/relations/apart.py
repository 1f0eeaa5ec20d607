"""Acts done apart: 'X and Y separately condemned Z', 'X and Y issued separate statements condemning Z'."""

from __future__ import annotations

from spacy.tokens import Token

# each acted on its own: no common stance among the doers
_APART = frozenset({"separately", "separate", "individually", "independently", "respective", "respectively"})
_UP = frozenset({"conj", "acl", "xcomp", "advcl", "dobj"})


def apart(v: Token) -> bool:
    """A word of acting apart on the verb, on the verbs it hangs from, or on the noun its clause modifies."""
    t = v
    for _ in range(6):
        if any(c.dep_ in ("advmod", "amod") and c.lower_ in _APART for c in t.children):
            return True
        if t.dep_ not in _UP or t.head.i == t.i:
            return False
        t = t.head
    return False
