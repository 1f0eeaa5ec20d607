"""The parties an outlet's report names behind a preposition: 'the plan requires final approval from X and Y,
according to Reuters', 'ruled that A may claim compensation from B, Z reported' (gold: the outlet reports X, Y and
B), which the reading of a report's subject and objects leaves out.

Only states and bodies named as the object of a preposition that names a party to the act ('against'; 'from' and
'by' on a noun, 'from' on a verb of getting, 'by' on a participle, 'with' on a verb), not where the act happened
('in', 'off', 'near'), not inside a nested report, a relative clause or a hyphenated word ('Japan-based'), nor the
start of a route ('from X to Y')."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from core.extract.relations.outlet_scope import outlet_scope
from core.model import Kind

_PARTY_PREPS = frozenset({"from", "with", "against", "by"})
# verbs whose 'from' names whom something is got from: 'claim compensation from X', 'purchase jets from Y'
_GETTING = frozenset({"claim", "seek", "demand", "buy", "purchase", "receive", "request", "obtain", "import"})


def prep_parties(
    clause: Token,
    tok_ent: Sequence[int],
    kind: Callable[[int], Kind],
    hyphenated: dict,
    reporting: frozenset[str],
    skip: Token | None = None,
) -> set[int]:
    """States and bodies named after a party preposition in the subtree of ``clause`` (less ``skip``'s subtree)."""
    out: set[int] = set()
    stack = [clause]
    while stack:
        t = stack.pop()
        for x in t.children:
            if (skip is not None and x.i == skip.i) or x.dep_ in ("relcl", "appos"):
                continue
            if x.dep_ in ("ccomp", "parataxis") and t.lemma_.lower() in reporting:
                continue  # a nested report is read by the rules for nested reports
            stack.append(x)
        ei = tok_ent[t.i]
        if ei < 0 or t.i in hyphenated or kind(ei) not in (Kind.STATE, Kind.PARTY):
            continue
        x = t
        while x.dep_ == "conj" and x.head.i != x.i:
            x = x.head  # 'from Freedonia and Sylvania'
        if x.dep_ != "pobj" or x.head.lower_ not in _PARTY_PREPS or x.head.head.lower_ in ("based", "backed"):
            continue
        prep, above = x.head.lower_, x.head.head
        near = [*above.children, *(above.head.children if above.dep_ == "dobj" else ())]
        if prep == "from" and any(c.dep_ == "prep" and c.lower_ in ("to", "into") for c in near):
            continue  # 'supplying luxury items from X to Y': a route, not a party
        if prep == "with" and above.pos_ != "VERB":
            continue  # 'a border crossing with X' names a place; 'drilled with X' a party
        if prep == "from" and above.pos_ != "NOUN" and above.lemma_.lower() not in _GETTING:
            continue  # 'approval from X', 'bought jets from X'; not 'sailed from the East China Sea' (a place)
        if prep == "by" and above.pos_ != "NOUN" and above.dep_ != "acl":
            continue  # 'an attack by X', 'a warrant issued by X'
        out.add(ei)
    return out


def report_scope(
    clause: Token,
    tok_ent: Sequence[int],
    kind: Callable[[int], Kind],
    hyphenated: dict,
    reporting: frozenset[str],
    actors: frozenset[str],
    skip: Token | None = None,
) -> set[int]:
    """Every party an outlet's reported words name: outlet_scope's ships and acting states, and these."""
    out = outlet_scope(clause, tok_ent, kind, hyphenated, reporting, actors, skip)
    if clause.lemma_.lower() == "be" or any(c.dep_ == "neg" for c in clause.children):
        return out  # a claim that something is so, or is not, reports no act
    return out | prep_parties(clause, tok_ent, kind, hyphenated, reporting, skip)
