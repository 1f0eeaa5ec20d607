"""A head's title the model read into the body it heads: "PCG Commandant Admiral X", "Armed Forces of the
Philippines Chief of Staff Gen. X". The body ends before the title when a name or the rest of the title follows
(the title is the person's, written before the name), and what stays is a body's name on its own: an acronym, a
name ending in an organisation word or a country's name."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lexicon_set, lookup
from core.model import Kind

_HEAD_TITLES = frozenset({"Chief", "Commandant", "Commander", "Director", "Chairman", "Chairperson", "Spokesman",
                          "Spokesperson", "Spokeswoman"})
_BEFORE_BODY = frozenset({"the", "of", "and", "for", "&"})


def without_head_title(doc: Doc, m: Mention) -> Mention:
    """The body's mention without a head's title at its end, when a capitalised word or "of" follows."""
    if m.kind is not Kind.PARTY or m.key is not None or m.chars is not None or m.end - m.start < 2:
        return m
    last = doc[m.end - 1]
    if last.text not in _HEAD_TITLES or m.end >= len(doc):
        return m
    after = doc[m.end]
    if not (after.is_title or after.lower_ == "of"):
        return m
    before = doc[m.end - 2]
    if before.lower_ in _BEFORE_BODY:
        return m  # "Office of the Director General": the title names the office
    body = before.text.isupper() and before.is_alpha and len(before.text) >= 2
    if body or before.text in lexicon_set("org_heads") or lookup(before.text) is not None:
        m.end -= 1
    return m
