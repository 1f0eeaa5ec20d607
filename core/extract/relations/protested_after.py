"""A protest at what another did, named in a clause of time or cause: 'Y protested after X sailed through its waters',
'Y retaliated when X seized the ship' — the one protesting acts against the doer of the clause."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import Tie, unasserted, words_in
from core.model import Family

_PROTESTING = frozenset({"protest", "complain", "object", "retaliate"})
# not 'as' or 'since': 'objected to the plan, as did Y' compares, it names no act protested at
_MARKS = frozenset({"after", "when", "because"})


def protested_after_ties(toks: list[Token], den: Callable[[Token], frozenset[int]]) -> Iterator[Tie]:
    """Protester -> doer of the clause protested at, HOSTILITY; only when the protest has no object of its own."""
    for v in words_in(toks, _PROTESTING, lemma=True):
        if v.pos_ != "VERB" or unasserted(v):
            continue
        if any(c.dep_ == "dobj" for c in v.children):
            continue  # 'protested the transit': read by the verb's own rules
        protesters = {e for s in v.children if s.dep_ == "nsubj" for e in den(s)}
        if not protesters:
            continue
        for cl in v.children:
            if cl.dep_ not in ("advcl", "ccomp") or cl.lemma_.lower() == "do" or not _marked(cl):
                continue
            doers = {e for s in cl.children if s.dep_ in ("nsubj", "agent") for e in den(s)}
            for a in protesters:
                for b in doers - protesters:
                    yield a, b, f"{v.lower_} over act of", Family.HOSTILITY


def _marked(cl: Token) -> bool:
    """The clause opens with a word of time or cause ('after X sailed', 'when X flew'); the parser may hang 'after'
    on the main verb as a preposition and the clause as its complement."""
    first = cl.left_edge
    if first.lower_ in _MARKS:
        return True
    return first.i > 0 and first.doc[first.i - 1].lower_ in _MARKS and first.doc[first.i - 1].head.i == cl.head.i
