"""Acts done apart: 'X and Y separately condemned Z', 'X and Y issued separate statements condemning Z'."""

from __future__ import annotations

from spacy.tokens import Token

# each acted on its own: no common stance among the doers
_APART = frozenset({"separately", "separate", "individually", "independently", "respective", "respectively"})
_UP = frozenset({"conj", "acl", "xcomp", "advcl", "dobj"})


def _news_marker(c: Token) -> bool:
    """'Separately, X and Y condemned ...': a sentence opened so is other news, not acts done apart."""
    return c.i == c.sent.start and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == ","


def apart(v: Token) -> bool:
    """A word of acting apart on the verb, on the verbs it hangs from (not past an adverbial clause with subjects of
    its own), or on the noun its clause modifies."""
    t = v
    for _ in range(6):
        if any(c.dep_ in ("advmod", "amod") and c.lower_ in _APART and not _news_marker(c) for c in t.children):
            return True
        if t.dep_ not in _UP or t.head.i == t.i:
            return False
        if t.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return False  # 'C met D after A and B separately condemned Z': a clause with doers of its own
        t = t.head
    return False
