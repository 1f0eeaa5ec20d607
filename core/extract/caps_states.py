"""A state's name of two words or more set in capitals ("DUBAI, UNITED ARAB EMIRATES." in a dateline) is that state:
the knowledge base holds names as written in running text, so the capitals are read through their Title Case form.
Only a state's own name (no capital, demonym or bloc): a town in capitals opens most datelines and is no actor."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lookup
from core.model import Kind


def states_in_capitals(doc: Doc) -> list[Mention]:
    """Mentions of the states whose names are written in capitals, longest name first at each word."""
    out: list[Mention] = []
    i = 0
    while i < len(doc):
        found = 0
        for n in range(min(4, len(doc) - i), 1, -1):
            words = doc[i : i + n]
            if not all(t.is_alpha and t.is_upper and len(t) > 1 for t in words):
                continue
            term = lookup(" ".join(t.text.title() for t in words))
            after = doc[i + n] if i + n < len(doc) else None
            if after is not None and after.is_alpha and after.is_upper:
                continue  # "NEW ZEALAND FIRST": a name in capitals running on is a party's, not the state's
            if term is not None and term.kind is Kind.STATE and term.role == "name":
                out.append(Mention(i, i + n, Kind.STATE, term.name, 3, term.role))
                found = n
                break
        i += found or 1
    return out
