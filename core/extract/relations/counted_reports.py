"""A body, outlet or state does not report on two states its sentence names only as 'the two countries': 'the court
said the two nations agreed on the treaty', 'the two governments are preparing to reopen embassies, a source told Y',
'naval personnel of both the countries completed a trial, according to Z'. The counted description takes up a pair of
states named in an earlier sentence as the two sides of one joint act; the gold ties the two sides to each other
(where the act is theirs), not each to the body that tells of it. Over blind4..82 such ties of a body, outlet or state
were 8, none a gold pair; a person's were 5, 3 not in the gold and 2 the gold's REPORTING pair of a president and
the two states his country signed with ('X said the two nations had now signed the agreement'), so a person's word
keeps its tie (round BJ, x-fp124).

Only the 'reported on' tie goes; the sides' own ties ('agreed with') and the tie to a state the sentence also names
('Seoul's foreign ministry said the two countries ...') stay.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from spacy.tokens import Doc

from core.extract.relations.syntax import Tie
from core.model import Family, Kind

_COUNT_WORDS = frozenset({"two", "2", "both"})
_COUNT_DEPS = frozenset({"nummod", "det", "predet", "amod", "quantmod"})


def counted_only_states(
    doc: Doc,
    idx: Sequence[int],
    described: Mapping[int, frozenset[int]],
    tok_ent: Sequence[int],
    kind: Callable[[int], Kind],
) -> set[int]:
    """The states the tokens ``idx`` name only through a counted plural description ('the two countries', 'both
    governments'), by no name, adjective or other description of their own."""
    counted: set[int] = set()
    named: set[int] = set()
    for i in idx:
        if tok_ent[i] >= 0:
            named.add(tok_ent[i])
        if i not in described:
            continue
        t = doc[i]
        if any(c.lower_ in _COUNT_WORDS and c.dep_ in _COUNT_DEPS for c in t.children):
            counted |= described[i]
        else:
            named |= described[i]
    return {e for e in counted - named if kind(e) is Kind.STATE}


def counted_only_reports(
    stated: list[Tie],
    doc: Doc,
    idx: Sequence[int],
    described: Mapping[int, frozenset[int]],
    tok_ent: Sequence[int],
    kind: Callable[[int], Kind],
) -> list[Tie]:
    """``stated`` without the 'reported on' ties to a state the sentence names only as one of 'the two countries'."""
    if not any(type_ == "reported on" for _, _, type_, _ in stated):
        return stated
    only = counted_only_states(doc, idx, described, tok_ent, kind)
    if not only:
        return stated
    return [
        tie
        for tie in stated
        if not (
            tie[2] == "reported on"
            and tie[3] is Family.REPORTING
            and kind(tie[0]) is not Kind.OFFICIAL
            and (tie[0] in only or tie[1] in only)
        )
    ]
