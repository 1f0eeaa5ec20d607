"""'The Government of X' where X is not a body's name: the state or the person it stands on."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lexicon_set, lookup
from core.model import Kind


def government_of(m: Mention, doc: Doc) -> None:
    """Re-kind in place a PARTY mention "Government of ...": "the Government of the Bolivarian Republic of Venezuela"
    is the state (its long name after "the"); "the Government of Juan Perez" is the person, the mention cut to the
    name (two or three capitalised words, none a body's or title's word, the last one also used alone)."""
    if m.kind is not Kind.PARTY or m.key is not None or m.end - m.start < 3 or m.chars is not None:
        return
    if doc[m.start].text != "Government" or doc[m.start + 1].lower_ != "of":
        return
    rest = m.start + 2 + (doc[m.start + 2].lower_ == "the")
    term = lookup(doc[rest : m.end].text) if rest < m.end else None
    if term is not None and term.kind is Kind.STATE and term.role == "name":
        m.kind, m.key, m.role = Kind.STATE, term.name, "name"
        return
    words = doc[m.start + 2 : m.end]
    stop = lexicon_set("org_heads") | lexicon_set("titles") | lexicon_set("company_tails")
    if not 2 <= len(words) <= 3 or not all(t.is_title and t.is_alpha and t.text not in stop for t in words):
        return
    # a surname: the last word stands alone elsewhere in the text ("... Maduro said"), not only in this name
    last = words[-1].text
    if any(t.text == last and not m.start <= t.i < m.end for t in doc):
        m.start, m.kind, m.role = m.start + 2, Kind.OFFICIAL, "person"
