"""'The leaders of A and B met', 'the presidents of A and B signed a deal': a plural title over a list of states names
no one, so it stands for the states it lists, each acting through its own holder (the annotated sets tie A and B, as
'A and B met'). Only a plural title of those who act for their state ('the citizens of A and B were arrested' is no
act on A and B), only an 'of' list of two states or more, and only where the title has no holder of its own ('the
ministers of A and B, X and Y' are read by the holders); 'the leader of A' stays nobody's.

A 'from' list of those a state sends is read the same way, and there one state is enough (as 'Ruritanian officials'
is Ruritania): 'officials from A, B and C have arrived in Y', 'delegations from A and B visited Y', 'representatives
from A met X' (the gold ties each state as the sender)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from core.extract.relations.syntax import pobjs
from core.model import Kind

# titles of those who act for their state ('the citizens of A and B', 'the companies of A and B' do not)
_STATE_POSTS = frozenset(
    {"leader", "president", "head", "premier", "chancellor", "king", "monarch", "ruler", "chief", "minister"}
    | {"representative", "envoy", "ambassador", "official", "diplomat", "delegate", "negotiator", "delegation"}
    | {"government", "secretary", "counterpart"}
)


# those a state sends, read with a 'from' list: 'officials from A', 'delegations from A and B'
_SENT = frozenset({"official", "delegation", "representative", "diplomat", "delegate", "envoy", "leader", "minister"})


def listed_states(t: Token, tok_ent: list[int], kind: Callable[[int], Kind]) -> frozenset[int]:
    """The states of the 'of' list under the plural title ``t``, when it lists two or more and only states (or of
    its 'from' list, one state or more)."""
    if t.tag_ not in ("NNS", "NNPS") or t.lemma_.lower() not in _STATE_POSTS:
        return frozenset()
    for prep in t.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ == "of":
            least = 2
        elif prep.lower_ == "from" and t.lemma_.lower() in _SENT:
            least = 1
        else:
            continue
        for p in pobjs(prep):
            names = [tok_ent[x.i] for x in (p, *p.conjuncts)]
            if len(set(names)) >= least and all(e >= 0 and kind(e) is Kind.STATE for e in names):
                return frozenset(names)
    return frozenset()
