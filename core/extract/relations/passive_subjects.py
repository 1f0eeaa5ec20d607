"""'The crew of the tanker Y were rescued, the ministry said', '"Y ships have been deployed," the coast guard said':
the one a reported passive clause tells of as undergoing the act (its passive subject, the names inside that phrase
and its 'of' object) is a target of the act a body or an outlet reports, so it reports on it (gold README: a speaker
gets REPORTING to the actors and the targets of the act it reports). With gold entities over blind30..54, such
untyped pairs for a body speaking: 13, 12 tied in the gold, 10 as REPORTING (a person: 3, a state: 4, 1 tied; left
as they were). Not a state named by its adjective, not a place ('exports to X', 'held in Y'), and an organ's state
does not take the tie over (organs.py). Whole pipeline, every set: 4 new ties, 3 of them gold REPORTING pairs, the
fourth in the written-for-purpose blind2."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

# the type of the tie, which an organ's state does not take over (organs.py)
UNDERGOING = "reported as undergoing"
# the words of a passive subject phrase that can hold a name: 'Indian Coast Guard ships', 'crew of the X'
_INNER = frozenset({"compound", "amod", "nmod", "poss", "conj", "appos"})


def passive_subjects(clauses: Iterable[Token], tok_ent: list[int]) -> set[int]:
    """Entities named in the passive subject of each clause, down to a preposition's object ('crew of the X')."""
    out: set[int] = set()
    for c in clauses:
        if c.pos_ not in ("VERB", "AUX"):
            continue
        for s in c.children:
            if s.dep_ != "nsubjpass":
                continue
            stack = [(s, 0)]
            while stack:
                t, depth = stack.pop()
                # (not a state named by its adjective: 'the Chinese vessel was allowed to dock' is no act on China)
                if tok_ent[t.i] >= 0 and t.dep_ != "amod" and t.pos_ != "ADJ":
                    out.add(tok_ent[t.i])
                if depth >= 2:
                    continue
                for x in t.children:
                    if x.dep_ in _INNER:
                        stack.append((x, depth + 1))
                    elif x.dep_ == "prep" and x.lower_ == "of" and depth == 0:  # not 'exports to X', 'held in Y'
                        stack.extend((o, 2) for o in x.children if o.dep_ == "pobj")
    return out
