"""A state or force deploying named ships: 'India has deployed four destroyers -- INS A, INS B ...', 'the ship was
deployed by X' — the ships are the deployer's (MEMBERSHIP ship -> deployer)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import Tie, unasserted, words_in
from core.model import Family, Kind

_DEPLOYING = frozenset({"deploy", "redeploy"})
_OWNERS = (Kind.STATE, Kind.PARTY)


def deployed_ties(
    toks: list[Token], kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]
) -> Iterator[Tie]:
    """Ship -> deployer, MEMBERSHIP."""
    for v in words_in(toks, _DEPLOYING, lemma=True):
        if v.pos_ != "VERB" or unasserted(v):
            continue
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or (v.tag_ == "VBN" and v.dep_ == "acl")
        if passive:
            deployers = {e for a in v.children if a.dep_ == "agent" for o in a.children for e in den(o)}
            heads = [c for c in v.children if c.dep_ == "nsubjpass"] or ([v.head] if v.dep_ == "acl" else [])
        else:
            deployers = {e for s in v.children if s.dep_ == "nsubj" for e in den(s)}
            heads = [c for c in v.children if c.dep_ == "dobj"]
        deployers = {e for e in deployers if kind(e) in _OWNERS}
        if not deployers:
            continue
        ships = {e for h in heads for e in _named(h, den) if kind(e) is Kind.VESSEL}
        for s in ships:
            for d in deployers:
                yield s, d, "deployed by", Family.MEMBERSHIP


def _named(h: Token, den: Callable[[Token], frozenset[int]]) -> set[int]:
    """The names an object stands for, with those listed after it ('four destroyers -- A, B and C')."""
    out = set(den(h))
    for c in h.children:
        if c.dep_ in ("appos", "conj"):
            out |= den(c)
            for cc in c.conjuncts:
                out |= den(cc)
    return out
