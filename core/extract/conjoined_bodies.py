"""A one-word name the model took for a person but the text joins to a body with "and": "sanctions on Gazprom Neft
and Surgutneftegas", "Kestrel Shipping and Marlowe". A person named by one word alone everywhere in the article,
set beside a body (not a state), is a body too."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Cluster
from core.model import Kind


def people_joined_to_bodies(doc: Doc, people: list[Cluster], parties: list[Cluster]) -> list[Cluster]:
    """The people that stay people; the others become bodies, appended to ``parties``."""
    ends = {m.end for c in parties if c.kind is Kind.PARTY for m in c.mentions if m.end - m.start >= 2}
    starts = {m.start for c in parties if c.kind is Kind.PARTY for m in c.mentions if m.end - m.start >= 2}
    if not ends:
        return people
    kept = []
    for c in people:
        alone = all(m.end - m.start == 1 and m.chars is None for m in c.mentions)
        if alone and any(_joined(doc, m.start, m.end, ends, starts) for m in c.mentions):
            c.kind = Kind.PARTY
            for m in c.mentions:
                m.kind = Kind.PARTY
            parties.append(c)
            continue
        kept.append(c)
    return kept


def _joined(doc: Doc, start: int, end: int, ends: set[int], starts: set[int]) -> bool:
    """ "<body> and X" or "X and <body>", the body of two words or more."""
    before = start >= 2 and doc[start - 1].lower_ == "and" and (start - 1) in ends
    after = end + 1 < len(doc) and doc[end].lower_ == "and" and (end + 1) in starts
    return before or after
