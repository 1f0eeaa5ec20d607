"""States set beside a noun for states that names a body: 'six EU countries, namely A, B and C', 'the two
Commonwealth nations, A and B', 'A, an OPEC country': each state is a member of the body named on the noun.

The body is a name (a PARTY) hung as a compound on 'country', 'nation' or 'state' ('EU countries'), not an
adjective of a place ('European countries', 'Gulf states': no body); the states are the noun's apposition and the
names conjoined to it, after a comma or a colon (not in brackets: 'the Quad countries (A, B and C)' names an
informal group the gold counts as no body), or the state the noun is set beside ('A, an OPEC country'). A body's name
glued after 'non' ('non-EU countries') says the states are not its members, as does a word for a past or a
future member ('a former EU country', 'candidate EU countries'). ('member state', 'partner country':
titles.py.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import Tie
from core.model import Family, Kind

_STATE_NOUNS = frozenset({"country", "nation", "state"})


def _glued_non(c: Token) -> bool:
    doc = c.doc
    i = c.left_edge.i
    return (i >= 1 and doc[i - 1].lower_ in ("non-", "non")) or (
        i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "non"
    )


# a state that was or is yet to be a member: "Britain, a former EU country", "a candidate EU country"
_NOT_NOW = frozenset({"former", "ex", "ex-", "candidate", "aspiring", "would-be", "prospective", "future"})


def not_now(n: Token, role: Token | None = None) -> bool:
    """Whether a word before the noun ``n`` says the state was or is yet to be what the noun says (``role`` itself,
    'candidate' in 'an EU candidate country', is what it is)."""
    doc = n.doc
    return any(t.lower_ in _NOT_NOW and t != role for t in doc[max(0, n.left_edge.i - 1) : n.i])


def _conjoined(t: Token, tok_ent: list[int], kind: Callable[[int], Kind]) -> set[int]:
    out: set[int] = set()
    todo = [t]
    while todo:
        x = todo.pop()
        e = tok_ent[x.i]
        if e >= 0 and kind(e) is Kind.STATE:
            out.add(e)
        todo += [c for c in x.children if c.dep_ == "conj"]
    return out


def bloc_country_ties(toks: list[Token], tok_ent: list[int], kind: Callable[[int], Kind]) -> Iterator[Tie]:
    """(state, body, 'member of', MEMBERSHIP) for the states set beside a noun for states that names a body."""
    for n in toks:
        if n.pos_ != "NOUN" or n.lemma_.lower() not in _STATE_NOUNS or tok_ent[n.i] >= 0:
            continue
        bodies = {
            tok_ent[c.i]
            for c in n.children
            if c.dep_ == "compound"
            and c.i < n.i
            and tok_ent[c.i] >= 0
            and kind(tok_ent[c.i]) is Kind.PARTY
            and not _glued_non(c)
        }
        if not bodies or not_now(n):
            continue
        states: set[int] = set()
        if n.tag_ == "NNS":
            for c in n.children:
                if c.dep_ == "appos" and c.i > n.i and c.doc[c.left_edge.i - 1].text in (",", ":"):
                    states |= _conjoined(c, tok_ent, kind)
        elif n.dep_ == "appos" and n.head.i < n.i and tok_ent[n.head.i] >= 0 and kind(tok_ent[n.head.i]) is Kind.STATE:
            states.add(tok_ent[n.head.i])
        for s in sorted(states):
            for b in sorted(bodies):
                yield s, b, "member of", Family.MEMBERSHIP
