"""An agreement signed for a purpose named with its partner: 'X has signed agreements to delimit its maritime zone
with Y and Z', 'X signed a deal to build a port with Y' — the partner of the purpose is the other signatory
(AGREEMENT); the parser hangs the 'with' on the purpose's object, out of reach of the signing verb."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import Tie, unasserted, words_in
from core.model import Family, Kind

_PACTS = frozenset(
    {"agreement", "agreements", "deal", "deals", "accord", "accords", "treaty", "treaties", "pact", "pacts"}
    | {"memorandum", "memoranda", "mou", "mous", "contract", "contracts"}
)
_SIGNING = frozenset({"sign", "conclude", "ink", "seal", "reach", "finalise", "finalize"})
_SIDES = (Kind.STATE, Kind.PARTY, Kind.OFFICIAL)
# purposes that end a bond with the partner: 'signed an agreement to cut ties with Y' names Y as no signatory
_SEVERING = frozenset({"cut", "end", "sever", "break", "halt", "suspend", "stop", "counter", "curb", "fight", "reduce"})


def signed_for_ties(
    toks: list[Token], kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]
) -> Iterator[Tie]:
    """Signer -> partner named in the purpose of the pact, AGREEMENT."""
    for n in words_in(toks, _PACTS):
        v = n.head
        if n.dep_ != "dobj" or v.lemma_.lower() not in _SIGNING or unasserted(v):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "with" for c in (*n.children, *v.children)):
            continue  # 'signed a deal with Y to ...' is read by the verb rules
        signers = {e for c in v.children if c.dep_ == "nsubj" for x in (c, *c.conjuncts) for e in den(x)}
        signers = {e for e in signers if kind(e) in _SIDES}
        if not signers:
            continue
        purposes = [
            c
            for c in (*n.children, *v.children)
            if c.dep_ in ("acl", "advcl")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and c.lemma_.lower() not in _SEVERING
        ]
        partners: set[int] = set()
        for p in purposes:
            for h in (p, *(o for o in p.children if o.dep_ == "dobj")):
                for c in h.children:
                    if c.dep_ == "prep" and c.lower_ == "with":
                        for x in c.children:
                            if x.dep_ == "pobj":
                                for y in (x, *x.conjuncts):
                                    partners |= {e for e in den(y) if kind(e) in _SIDES}
        for s in signers:
            for p in partners - signers:
                yield s, p, f"signed {n.lemma_.lower()} with", Family.AGREEMENT
