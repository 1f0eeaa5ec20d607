"""A body's own organ named by the speaker with 'its': "the African Union said that its Peace and Security Council
decided ..." (gold MEMBERSHIP of the council in the union, blind30), where the speech rules read the speaker as
reporting on the organ.

Only a body or state that says it (the subject of the saying verb whose reported clause holds the organ), and only
an organ that is a body itself; the tie to the organ becomes membership, every other reporting tie stays.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from core.extract.relations.syntax import Tie
from core.model import Family, Kind

_OWN = frozenset({"its", "their"})


def _speaker(t, tok_ent: Sequence[int], saying: frozenset[str]) -> int:
    """The entity that says the clause the token stands in ('X said that its Y decided'), or -1."""
    h = t
    for _ in range(6):
        if h.dep_ == "ccomp" and h.head.lemma_.lower() in saying:
            for c in h.head.children:
                if c.dep_ == "nsubj" and tok_ent[c.i] >= 0:
                    return tok_ent[c.i]
            return -1
        if h.head.i == h.i:
            return -1
        h = h.head
    return -1


def own_organs(
    stated: list[Tie],
    doc: Doc,
    tok_ent: Sequence[int],
    kind: Callable[[int], Kind],
    saying: frozenset[str],
    start: int,
    end: int,
) -> list[Tie]:
    """Reporting ties between a speaker and the organ it calls 'its' become the organ's membership."""
    if not any(f is Family.REPORTING for _, _, _, f in stated):
        return stated
    owned: set[tuple[int, int]] = set()
    for i in range(start, end):
        t = doc[i]
        if t.lower_ not in _OWN or t.dep_ != "poss":
            continue
        organ = tok_ent[t.head.i]
        if organ < 0 or kind(organ) is not Kind.PARTY or _not_its_own(t.head, organ, tok_ent):
            continue
        owner = _speaker(t.head, tok_ent, saying)
        if owner >= 0 and owner != organ and kind(owner) in (Kind.PARTY, Kind.STATE):
            owned.add((organ, owner))
    if not owned:
        return stated
    out: list[Tie] = []
    for a, b, ty, f in stated:
        if f is Family.REPORTING and ((a, b) in owned or (b, a) in owned):
            organ, owner = (a, b) if (a, b) in owned else (b, a)
            out.append((organ, owner, "organ of", Family.MEMBERSHIP))
        else:
            out.append((a, b, ty, f))
    return out


def _not_its_own(head, organ: int, tok_ent: Sequence[int]) -> bool:
    """'its rival Beta Council' (a common noun says what the body is to the owner), or 'X had banned its Y' (another
    named doer stands before the 'its', which may be that doer's): no organ of the speaker (review of round X)."""
    if any(c.dep_ in ("amod", "compound", "appos") and c.is_lower and tok_ent[c.i] < 0 for c in head.children):
        return True
    verb = head
    while verb.dep_ not in ("ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj") and verb.head.i != verb.i:
        verb = verb.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and tok_ent[c.i] >= 0 and tok_ent[c.i] != organ for c in verb.children)
