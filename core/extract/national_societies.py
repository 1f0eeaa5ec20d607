"""A country's own Red Cross or Red Crescent society: "the Italian Red Cross", "the Chinese Red Cross", "Turkish Red
Crescent". The country word opens the society's name (a body of its own, not the International Committee of the Red
Cross that "Red Cross" alone names). The country word is only a word of the society's name, as gold has no state's
tie for it."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lookup
from core.extract.nlp import doc_column
from core.model import Kind

_SOCIETIES = frozenset({("Red", "Cross"), ("Red", "Crescent")})


def national_societies(doc: Doc) -> list[Mention]:
    """A state's demonym or name right before "Red Cross"/"Red Crescent": that state's society, one body."""
    out = []
    words = doc_column(doc, "text")
    for i in range(1, len(doc) - 1):
        if (words[i], words[i + 1]) not in _SOCIETIES:
            continue
        term = lookup(words[i - 1])
        if term is None or term.kind is not Kind.STATE or term.role not in {"demonym", "name"}:
            continue
        out.append(Mention(i - 1, i + 2, Kind.PARTY, None, 4, "org"))
    return out
