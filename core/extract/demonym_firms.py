"""A firm named by two nationality words: "British American Tobacco", "Anglo American". Two adjectives of two
different states side by side cannot both say whose the body is, so they open the body's own name, which stays
whole instead of giving two states and a stray last word ("Tobacco")."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.carriers import country_airlines
from core.extract.coref import Mention
from core.extract.kb import lookup
from core.extract.national_societies import national_societies
from core.extract.nlp import doc_ents
from core.model import Kind


def _state_adjective(text: str) -> str | None:
    term = lookup(text)
    return term.name if term is not None and term.kind is Kind.STATE and term.role == "demonym" else None


def demonym_pair_firms(doc: Doc) -> list[Mention]:
    """spaCy's organisations opened by two demonyms of different states and closed by capitalised words; and a
    state's own Red Cross or Red Crescent society (national_societies.py); an airline named after its country
    (carriers.py)."""
    out = []
    for ent in doc_ents(doc):
        s = ent.start + (ent[0].lower_ == "the")
        if ent.label_ != "ORG" or ent.end - s < 3:
            continue
        first, second = _state_adjective(doc[s].text), _state_adjective(doc[s + 1].text)
        if first and second and first != second and all(t.is_title for t in doc[s + 2 : ent.end]):
            out.append(Mention(s, ent.end, Kind.PARTY, None, 3, "org"))
    return out + national_societies(doc) + country_airlines(doc)
