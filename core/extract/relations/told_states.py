"""Which states an outlet told something by unnamed sources reports on ('sources told AFP that ...').

The outlet reports every party of the words it was told (speech.py), but a state those words name only in passing
('the airspace along the border with India had been reopened', 'her husband had entered Ukraine', 'it could be sold
to Saudi Arabia') is no party the gold ties to the outlet. A state stays when it is a subject of a reported clause
('confirmed to CBS that Israel was targeting ...', 'France and the US would determine ...') or stands on the
speakers' side ('an Israeli official told Reuters', 'a source at the German embassy told AFP'), or by its demonym.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Token

from core.model import Kind


def told_parties(
    r: Any, parties: set[int], clauses: Iterable[tuple[Token, Token | None]], subjects: Iterable[Token]
) -> set[int]:
    """``parties`` (of reader ``r``'s sentence) less the states that are no reported clause's subject, no demonym
    and not on the speakers' side."""
    kept = {e for c, _ in clauses for x in c.children if x.dep_ in ("nsubj", "nsubjpass") for e in r.den_all(x)}
    kept |= {r.tok_ent[t.i] for s in subjects for t in s.subtree}
    # (a demonym is the party's own: 'Indian soldiers were killed in a face-off with Chinese troops')
    kept |= {r.tok_ent[t.i] for c, _ in clauses for t in c.subtree if t.pos_ == "ADJ" or t.dep_ == "amod"}
    return {e for e in parties if r.kind(e) is not Kind.STATE or e in kept}
