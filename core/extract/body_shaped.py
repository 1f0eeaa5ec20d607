"""Names the model tagged as a person whose last word heads a body or a firm: "the Mohammed bin Rashid Space
Centre", "Sony Pictures", "the Naval Staff". A person's name never ends in such a word, so the name is a body's
(no gold person's name across the development sets ends in one)."""

from __future__ import annotations

from core.extract.kb import lexicon_set
from core.extract.things import company_shaped

# heads of a body's name the shared lists leave out, as they are too common alone to open a pattern of their own
_MORE_HEADS = frozenset({"Staff", "Platform", "Laboratory"})


def body_shaped(span) -> bool:
    """ "Mohammed bin Rashid Space Centre", "Macduff Shellfish": two words or more, the last heading a body or firm."""
    words = [t for t in span if not t.is_punct]
    if len(words) < 2:
        return False
    last = words[-1].text
    return company_shaped(span) or last in _MORE_HEADS or last in lexicon_set("org_heads")

