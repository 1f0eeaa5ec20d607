"""A firm whose own name opens with a people's word: "the Canadian Broadcasting Corp". When the model reads the
whole run, adjective included, as one organisation ending at the legal form, the adjective is the firm's first word
(the state stays a mention of its own inside it) instead of a state before a stray "Broadcasting Corp"."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lookup
from core.model import Kind


def demonym_start(doc: Doc, j: int, end: int) -> Mention | None:
    """The state's mention when the people's word at ``j - 1`` opens the firm ``doc[j:end]`` in the model's own
    organisation (which ends where the firm does); else None."""
    if j < 1:
        return None
    term = lookup(doc[j - 1].text)
    if term is None or term.kind is not Kind.STATE or term.role != "demonym" or not doc[j - 1].is_title:
        return None
    ent = doc[j - 1]
    if ent.ent_type_ != "ORG" or doc[end - 1].ent_type_ != "ORG":
        return None
    span = next((e for e in doc.ents if e.start <= j - 1 < e.end), None)
    if span is None or span.label_ != "ORG" or span.end != end:
        return None
    return Mention(j - 1, j, Kind.STATE, term.name, 3, term.role)
