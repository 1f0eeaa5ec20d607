"""Members of a state's delegation: 'the Ruritanian delegation was headed by X', 'a Ruritanian delegation led by X
met ...', "Ruritania's delegation included X and Y", 'X headed the Ruritanian delegation'. Heading or joining a
state's delegation is membership of the state (MEMBERSHIP, the gold's 'head of delegation of', 'member of delegation
of'; dev sets blind37, blind46), not leadership of it. The state is the delegation's owner: a possessive or a
demonym before the noun."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import Tie, unasserted, words_in
from core.model import Family, Kind

_DELEGATIONS = frozenset({"delegation", "delegations"})
_HEADING = frozenset({"head", "lead", "chair"})
_OWNERS = frozenset({Kind.STATE, Kind.PARTY})
# delegations that are not the state's own: 'a Chinese trade delegation led by a firm's chief', 'an opposition
# delegation'
_NOT_THE_STATES = frozenset({"trade", "business", "industry", "commercial", "corporate", "opposition", "student"})
_NOT_THE_STATES = _NOT_THE_STATES | {"investor", "investment", "church", "civil", "private"}


def _owners(noun: Token, kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]) -> set[int]:
    """The states or bodies whose delegation ``noun`` is: 'the Ruritanian delegation', "Ruritania's delegation"."""
    return {
        e
        for c in noun.children
        if c.dep_ in ("poss", "amod", "compound") and c.i < noun.i
        for e in den(c)
        if kind(e) in _OWNERS
    }


def _agents(v: Token, den: Callable[[Token], frozenset[int]]) -> set[int]:
    return {e for c in v.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj" for e in den(o)}


def delegation_ties(
    toks: list[Token], kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]
) -> Iterator[Tie]:
    """Each named member of a state's delegation -> the state, MEMBERSHIP (see the module's text)."""
    for noun in words_in(toks, _DELEGATIONS):
        owners = _owners(noun, kind, den)
        if not owners or any(c.lower_ in _NOT_THE_STATES for c in noun.children if c.i < noun.i):
            continue
        v = noun.head
        members: set[int] = set()
        label = "head of delegation of"
        if v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in _HEADING and not unasserted(v):
            if noun.dep_ == "nsubjpass":
                members = _agents(v, den)
            elif noun.dep_ == "dobj":
                members = {e for c in v.children if c.dep_ == "nsubj" for e in den(c)}
        elif v.lemma_.lower() == "include" and noun.dep_ == "nsubj" and not unasserted(v):
            # not one named with another state's title: "Vexora's delegation included Ruritanian Foreign Minister X"
            named = [c for c in v.children if c.dep_ == "dobj" and not _elsewhere(c, owners, kind, den)]
            members = {e for c in named for e in den(c)}
            label = "member of delegation of"
        if not members:  # 'a Ruritanian delegation led by X'
            for c in noun.children:
                if c.dep_ == "acl" and c.lemma_.lower() in _HEADING and c.tag_ == "VBN":
                    members |= _agents(c, den)
        for m in sorted(members):
            if kind(m) is not Kind.OFFICIAL:
                continue
            for s in sorted(owners - {m}):
                yield m, s, label, Family.MEMBERSHIP


def _elsewhere(o: Token, owners: set[int], kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]) -> bool:
    """Whether the phrase naming a member names a state other than the delegation's."""
    return any(kind(e) is Kind.STATE and e not in owners for x in o.subtree if x.i != o.i for e in den(x))
