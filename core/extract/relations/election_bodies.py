"""An election body declaring a candidate's result endorses him: 'the Electoral Commission declared X the winner',
'the Supreme Election Council said X won the second round', 'the election commission said X had received 92% of the
vote' (the annotated sets give the body → candidate tie ALLIANCE, as an endorsement, not REPORTING: blind50,
blind61; in blind4..61 every such 'reported on' tie on a gold pair is ALLIANCE). The body is a party whose name
says election and commission, council, committee or board (an observation mission or a monitoring network only
reports); the candidate a person; his own clause speaks of the result (he won or was elected, the body declared him
the winner, his victory: mend x-menda78, 'said X had called for a boycott of the vote' or 'said Y won and X conceded'
is a report on X)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from core.extract.relations.authorities import reporting_parties
from core.extract.relations.syntax import Tie
from core.model import Family, Kind

_ELECTION = frozenset({"election", "electoral", "elections"})
_BODY = frozenset({"commission", "council", "committee", "board"})
_NOT_BODY = frozenset({"observation", "observer", "observers", "mission", "network", "monitoring"})
# words of a declared result
_RESULT = frozenset({"win", "won", "winner", "victor", "victory", "elect", "elected", "re-elected"})
# 'X had received 92% of the vote': a share of the vote received is a result; 'a boycott of the vote' is none
_SHARE = frozenset({"receive", "get", "garner", "secure", "take"})
_VOTE = frozenset({"vote", "votes", "ballot", "ballots"})


def _declares(words: set[str]) -> bool:
    return bool(words & _ELECTION and words & _BODY and not words & _NOT_BODY)


def _is_result(t: Token) -> bool:
    return t.lower_ in _RESULT or t.lemma_.lower() in _RESULT


def _won(doc: Doc, tok_ent: Sequence[int], e: int, toks: Sequence[int]) -> bool:
    """A mention of ``e`` whose head, or a word hung on it or on its head, speaks of his result: 'X won', 'X was
    elected', "X's victory", 'declared X the winner'."""
    for i in toks:
        t = doc[i]
        if tok_ent[i] != e or tok_ent[t.head.i] == e:
            continue
        h = t.head
        if any(c.dep_ == "neg" for c in h.children):
            continue  # 'said X did not win the runoff'
        # 'said X had received 92% of the vote' (X its subject, or parsed as the object of 'said', the share beside)
        shares = [h] if t.dep_ == "nsubj" else [c for c in h.children if c.dep_ == "ccomp"] if t.dep_ == "dobj" else []
        if any(c.lemma_.lower() in _SHARE and any(w.lower_ in _VOTE for w in c.subtree) for c in shares):
            return True
        if _is_result(h) or any(tok_ent[c.i] != e and _is_result(c) for c in (*h.children, *t.children)):
            return True
    return False


def election_results(
    stated: list[Tie],
    kind: Callable[[int], Kind],
    words: Callable[[int], set[str]],
    doc: Doc,
    toks: Sequence[int],
    tok_ent: Sequence[int],
) -> list[Tie]:
    """The sentence's 'reported on' ties from an election body to a person, as ALLIANCE where it speaks of a
    result."""
    bodies = reporting_parties(stated, kind, words, _declares)
    if not bodies:
        return stated
    out: list[Tie] = []
    for src, tgt, type_, fam in stated:
        person = tgt if kind(tgt) is Kind.OFFICIAL else src
        if (
            type_ == "reported on"
            and {src, tgt} & bodies
            and kind(person) is Kind.OFFICIAL
            and _won(doc, tok_ent, person, toks)
        ):
            out.append((src, tgt, "declared result of", Family.ALLIANCE))
        else:
            out.append((src, tgt, type_, fam))
    return out
