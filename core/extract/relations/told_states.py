"""Which states an outlet told something by unnamed sources reports on ('sources told AFP that ...').

The outlet reports every party of the words it was told (speech.py), but a state those words name only in passing
('the airspace along the border with India had been reopened', 'her husband had entered Ukraine', 'it could be sold
to Saudi Arabia') is no party the gold ties to the outlet. A state stays when it is a subject of a reported clause
('confirmed to CBS that Israel was targeting ...', 'France and the US would determine ...') or does a passive act
('the ship was seized by X'), stands on the speakers' side ('an Israeli official told Reuters', 'a source
at the German embassy told AFP'), or is named by its demonym.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from core.extract.relations.syntax import pobjs
from core.model import Kind


def told_parties(
    parties: set[int],
    clauses: Iterable[tuple[Token, Token | None]],
    subjects: Iterable[Token],
    tok_ent: list[int],
    kind: Callable[[int], Kind],
    den_all: Callable[[Token], frozenset[int]],
) -> set[int]:
    """``parties`` (of a reported sentence) less the states that are no reported clause's subject or passive doer
    ('the ship was seized by X'), no demonym and not on the speakers' side; the state an act is aimed at is in
    passing too ('said X could carry out strikes on Y': the gold ties the outlet to X only)."""
    kept = {e for c, _ in clauses for x in c.children if x.dep_ in ("nsubj", "nsubjpass") for e in den_all(x)}
    kept |= {tok_ent[t.i] for s in subjects for t in s.subtree}
    # (a demonym is the party's own: 'Indian soldiers were killed in a face-off with Chinese troops')
    kept |= {tok_ent[t.i] for c, _ in clauses for t in c.subtree if t.pos_ == "ADJ" or t.dep_ == "amod"}
    # (the doer of a passive act is its subject by another name: 'the ship was seized by X')
    # (not a participle's: 'the attacks carried out by X against Y' names X in passing)
    agents = {t for c, _ in clauses for t in c.subtree if t.dep_ == "agent"}
    doers = [p for a in agents if any(x.dep_ == "auxpass" for x in a.head.children) for p in pobjs(a)]
    kept |= {e for t in doers for e in den_all(t)}
    return {e for e in parties if kind(e) is not Kind.STATE or e in kept}
