"""States alone in brackets right after a person's or a firm's name are their home: 'Jan Brok (UK)', 'Acme Air
(Chile and Peru)' (not two sides set against each other by a dash, 'A (Armenia) – B (Azerbaijan)').

The tie gives way to any other family a rule finds for the pair ('Leaders including X (UK)' heads the state: no
nationality beside it). A body's home this way is a firm's: a news outlet or a body the knowledge base knows ('Reuters
(Nigeria)', 'Human Rights Watch (Syria)': the bureau or the country the text is about) is no body of the state.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from spacy.tokens import Token

from core.extract.relations.syntax import Tie
from core.model import Family, Kind

_DASHES = frozenset({"–", "—", "-"})
_JOINS = frozenset({"and", ",", "/"})


def _states(doc, tok_ent: Sequence[int], kind: Callable[[int], Kind], j: int, me: int) -> tuple[list[int], int]:
    """The states alone in brackets from token ``j`` on, joined by 'and' or commas, and the closing bracket's index
    (([], -1) when the brackets hold anything else)."""
    states: list[int] = []
    while j < len(doc):
        e = tok_ent[j]
        if e < 0 or e == me or kind(e) is not Kind.STATE:
            return [], -1
        states.append(e)
        while j + 1 < len(doc) and tok_ent[j + 1] == e:
            j += 1
        j += 1
        if j < len(doc) and doc[j].text == ")":
            return states, j
        if j >= len(doc) or doc[j].lower_ not in _JOINS:
            return [], -1
        j += 1
    return [], -1


def bracketed_state_ties(
    toks: Iterable[Token], tok_ent: Sequence[int], kind: Callable[[int], Kind], not_firm: Callable[[int], bool]
) -> Iterator[Tie]:
    """(holder, state, 'national of' or 'body of', MEMBERSHIP) for the states in brackets right after a name."""
    for t in toks:
        me = tok_ent[t.i]
        doc, i = t.doc, t.i
        if me < 0 or i + 3 >= len(doc) or doc[i + 1].text != "(" or tok_ent[i + 1] == me:
            continue
        mine = kind(me)
        if mine not in (Kind.OFFICIAL, Kind.PARTY) or (mine is Kind.PARTY and not_firm(me)):
            continue
        states, close = _states(doc, tok_ent, kind, i + 2, me)
        if not states:
            continue
        first = i
        while first > 0 and tok_ent[first - 1] == me:
            first -= 1
        if (close + 1 < len(doc) and doc[close + 1].text in _DASHES) or (first > 0 and doc[first - 1].text in _DASHES):
            continue  # 'A (Armenia) – B (Azerbaijan)': two sides set against each other (a border, a match)
        label = "national of" if mine is Kind.OFFICIAL else "body of"
        for e in dict.fromkeys(states):
            yield me, e, label, Family.MEMBERSHIP


def drop_bracketed_if_typed(
    found: dict[tuple[int, int, Family], str],
    toks: Iterable[Token],
    tok_ent: Sequence[int],
    kind: Callable[[int], Kind],
    not_firm: Callable[[int], bool],
) -> None:
    """Take out of ``found`` the bracket ties whose pair another family ties too."""
    if "(" not in {t.text for t in toks}:
        return
    for a, b, label, fam in list(bracketed_state_ties(toks, tok_ent, kind, not_firm)):
        if found.get((a, b, fam)) == label and any(
            f is not fam for f in Family if (a, b, f) in found or (b, a, f) in found
        ):
            del found[(a, b, fam)]
