"""A person named by 'of' in another person's reported words: 'X said the release of Y was the result of talks',
'"This is the policy of President Y," X said', 'X said the decision was made at the suggestion of Y' (X reports on
Y).

Measured from gold alone (bench/report_slices.py, blind30..67, slice 'prep-of | new | OFFI>OFFI'): a person who is
the object of 'of' inside a person's reported clause, where the rules give the pair no typed tie yet, is tied by the
gold to the speaker in 9 of 10 cases, all 9 REPORTING, over 7 stories. The same shape with a body or a state on
either side is no report as often (PART>PART 0.73 any, 0.40 REPORTING; OFFI>STAT 0.64, 0.36): left to the clause
rules. Only the top reported clauses are read, so a person named in the speaker's own phrase ('X, a friend of Y,
said') is no part of his words; nor is one named in an apposition describing someone else in them ('Z, a critic of
Y, will be freed'). With the extracted entities (allsets, x-rep90): over blind30..67 10 new typed pairs, 9 gold
and REPORTING, in 8 stories; over blind4..29 4 new, 3 gold; the misses are a person named after a noun for his
circle or rule ('the case of Y', 'the family of Y', 'the regime of Y'), which the gold ties as often as not."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from spacy.tokens import Token

from core.model import Family, Kind


def persons_of(clauses: Iterable[Token], tok_ent: Sequence[int], kind: Callable[[int], Kind]) -> set[int]:
    """People named as the object of 'of' anywhere in the reported ``clauses``."""
    out: set[int] = set()
    for c in clauses:
        for t in c.subtree:
            if t.dep_ != "pobj" or t.head.lower_ != "of" or _described(t, c):
                continue
            if (e := tok_ent[t.i]) >= 0 and kind(e) is Kind.OFFICIAL:
                out.add(e)
    return out


def _described(t: Token, clause: Token) -> bool:
    """'X said Z, a critic of Y, would be freed': an apposition describing someone else names Y only in passing."""
    for a in t.ancestors:
        if a.i == clause.i:
            return False
        if a.dep_ == "appos":
            return True
    return False


def drop_of_persons_typed(found: dict, marks: set[tuple[int, int, int]], start: int) -> None:
    """Remove from ``found`` ((src, tgt, family) -> type) the REPORTING ``persons_of`` gave a pair the sentence
    (starting at ``start``) types another way too: '"The family of Y ...," said X, his spokeswoman' (X is Y's),
    '"We are waiting for the release of Y," said X' (X deals for Y): the slice was measured on untyped pairs."""
    for src, tgt, fam in [k for k in found if k[2] is Family.REPORTING and (start, k[0], k[1]) in marks]:
        if any(f is not Family.REPORTING for a, b, f in found if {a, b} == {src, tgt}):
            del found[(src, tgt, fam)]
