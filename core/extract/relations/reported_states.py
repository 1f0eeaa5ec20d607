"""The states a person's reported clause names as doers in a clause of its own, as what it acts on, or as those it
deals with ('X said Georgia would cut ties with Syria after Syria recognised Abkhazia'): what the person reports on.

Measured from gold alone (bench/report_slices.py, all development sets, round AD): for an official's reporting verb,
a state in its reported clause as the subject of a nested clause (19 of 21 tied by the gold), the object of the
clause's verb (4/4), or the object of 'with', 'to' or 'on' (29 of 34) is tied to the speaker; states in other roles
(a modifier 0.48, any other preposition 0.47, a possessive 0.65) are left out.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from core.model import Kind

_DEALT = frozenset({"with", "to", "on"})  # 'ties with Syria', 'debts to China', 'sanctions on Iran'
_OBJECTS = frozenset({"dobj", "attr", "dative"})


def reported_states(v: Token, tok_ent: list[int], kind: Callable[[int], Kind]) -> set[int]:
    """States named in the clause a person's reporting verb ``v`` reports, in one of the measured roles."""
    out: set[int] = set()
    for c in v.children:
        if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX"):
            continue
        for t in c.subtree:
            e = tok_ent[t.i]
            if e < 0 or kind(e) is not Kind.STATE or tok_ent[t.head.i] == e:
                continue  # (one token per mention: the one the parser hangs outside it)
            x = t
            while x.dep_ in ("conj", "appos") and x.head.i != x.i:
                x = x.head  # 'with A and B'
            nested_doer = x.dep_ in ("nsubj", "nsubjpass") and x.head.i != c.i
            acted_on = x.dep_ in _OBJECTS and x.head.i == c.i
            if nested_doer or acted_on or (x.dep_ == "pobj" and x.head.lower_ in _DEALT):
                out.add(e)
    return out
