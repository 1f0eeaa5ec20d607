"""'..., according to X' with X an outlet: X reports on the states the sentence names by name as a clause's subject
or in a list of states, however the parser hangs them ('"We recovered artifacts from America, Britain, Italy and
Japan," the minister explained, according to X'; 'traffic at the crossing will resume under an agreement between A
and B, according to X'). A state named only by its adjective ('German customs'), glued to a participle
('Namibia-born', 'Panama-flagged'), named where something is ('offices in A') or in a relative clause is named in
passing: left to the clause rules. Kept apart from the fallback of outlet_sources.py (a state found here does not
stop it taking the sentence's people and bodies). Measured over every set in round BJ (x-rep121, bench/real/README.md):
every state by name there was 0.87 gold REPORTING on blind30..81 but 2 of 7 on the older sets; as a subject or in a
list, all gold."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from core.extract.kb import lookup
from core.extract.relations.syntax import PLACE_PREPS
from core.model import Kind

# Prepositions of where a thing is (sources.py's place phrases).
WHERE = PLACE_PREPS | {"near", "off", "outside", "through", "across", "along", "via"}


def _by_adjective(h: Token, text: str) -> bool:
    """The state's word here is its adjective ('German', 'North Korean'), not its name."""
    if h.pos_ == "ADJ" or h.dep_ == "amod":
        return True
    term = lookup(text)
    return term is not None and term.kind is Kind.STATE and term.role == "demonym"


def _in_passing(h: Token) -> bool:
    """Named where something is ('offices in A', 'near A') or in a relative clause ('X, which has offices in A')."""
    for x in (h, *h.ancestors):
        if x.dep_ == "relcl" or (x.dep_ == "pobj" and x.head.lower_ in WHERE):
            return True
        if x.pos_ in ("VERB", "AUX") and x.dep_ not in ("amod", "acl"):
            return False
    return False


def states_named(
    t: Token,
    tok_ent: Sequence[int],
    kind: Callable[[int], Kind],
    heads: Sequence[tuple[int, int]],
    hyphenated: dict[int, str],
) -> set[int]:
    """States ``t``'s sentence names by name outside the phrase 'according to ...' that ``t`` heads, as a clause's
    subject or in a list of states."""
    sent, doc = t.sent, t.doc
    lo, hi = t.left_edge.i, t.right_edge.i
    found: dict[int, Token] = {}
    for e, h in heads:
        if not sent.start <= h < sent.end or lo <= h <= hi or kind(e) is not Kind.STATE:
            continue
        a = h
        while a > sent.start and tok_ent[a - 1] == e:
            a -= 1
        b = h + 1
        while b < sent.end and tok_ent[b] == e:
            b += 1
        if any(i in hyphenated for i in range(a, b)) or _by_adjective(doc[h], doc[a:b].text) or _in_passing(doc[h]):
            continue
        found[e] = doc[h]
    # only a state a clause names as its subject, or one of a list of states ('between A and B', 'namely A, B
    # and C'): a state named once elsewhere ('ambassador to A', "A's foreign minister", 'missiles to A') is no
    # more often a report on it than not
    listed = {e for e, h in found.items() if any(tok_ent[x.i] in found and tok_ent[x.i] != e for x in h.conjuncts)}
    return listed | {e for e, h in found.items() if h.dep_ in ("nsubj", "nsubjpass")}
