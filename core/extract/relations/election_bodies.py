"""An election body declaring a candidate's result endorses him: 'the Electoral Commission declared X the winner',
'the Supreme Election Council said X won the second round', 'the election commission said X had received 92% of the
vote' (the annotated sets give the body → candidate tie ALLIANCE, as an endorsement, not REPORTING: blind50,
blind61; in blind4..61 every such 'reported on' tie on a gold pair is ALLIANCE). The body is a party whose name
says election and commission, council, committee or board (an observation mission or a monitoring network only
reports); the candidate a person; the sentence speaks of the result (won, winner, victory, elected, vote)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from core.extract.relations.syntax import Tie
from core.model import Family, Kind

_ELECTION = frozenset({"election", "electoral", "elections"})
_BODY = frozenset({"commission", "council", "committee", "board"})
_NOT_BODY = frozenset({"observation", "observer", "observers", "mission", "network", "monitoring"})
# words of a declared result
_RESULT = frozenset({"win", "won", "winner", "victory", "elect", "elected", "re-elected", "vote", "votes", "ballot"})


def _declares(words: set[str]) -> bool:
    return bool(words & _ELECTION and words & _BODY and not words & _NOT_BODY)


def election_results(
    stated: list[Tie],
    kind: Callable[[int], Kind],
    words: Callable[[int], set[str]],
    doc: Doc,
    toks: Sequence[int],
) -> list[Tie]:
    """The sentence's 'reported on' ties from an election body to a person, as ALLIANCE where it speaks of a
    result."""
    if not any(t[2] == "reported on" for t in stated):
        return stated
    ends = {e for a, b, _, _ in stated for e in (a, b)}
    bodies = {e for e in ends if kind(e) is Kind.PARTY and _declares(words(e))}
    if not bodies or not any(doc[i].lower_ in _RESULT or doc[i].lemma_.lower() in _RESULT for i in toks):
        return stated
    out: list[Tie] = []
    for src, tgt, type_, fam in stated:
        if type_ == "reported on" and {src, tgt} & bodies and Kind.OFFICIAL in (kind(src), kind(tgt)):
            out.append((src, tgt, "declared result of", Family.ALLIANCE))
        else:
            out.append((src, tgt, type_, fam))
    return out
