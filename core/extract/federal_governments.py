"""'The Federal Government' with no state named in it: the one federation the article names.

"The Federal Government has confirmed consular officials had access to her" in an article about Australia and China
is Australia's government, and the gold writes it as the state (r61, r111, r131: "Federal Government" an alias of the
United States, Germany, Australia; r130 Nigeria). Only where exactly one of the article's states is a federation whose
national government is called so; India's is "the Union government" or "the Centre", so India is not among them."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.model import Kind

# general knowledge: federations whose national government the press calls "the Federal Government"
FEDERATIONS = frozenset(
    {
        "United States", "Germany", "Nigeria", "Australia", "Canada", "Brazil", "Mexico", "Russia", "Austria",
        "Switzerland", "Belgium", "Malaysia", "Pakistan", "Ethiopia", "Somalia", "Iraq", "Argentina", "Venezuela",
        "Nepal", "Sudan", "South Sudan", "United Arab Emirates", "Bosnia and Herzegovina", "Comoros", "Micronesia",
        "Saint Kitts and Nevis",
    }
)  # fmt: skip


def federal_governments(chosen: list[Mention], doc: Doc) -> None:
    """Re-key in place each bare "Federal Government" body mention to the article's one federation, if it has one."""
    bare = [m for m in chosen if m.kind is Kind.PARTY and m.key is None and _bare(doc, m)]
    if not bare:
        return
    federations = {m.key for m in chosen if m.kind is Kind.STATE and m.key in FEDERATIONS}
    if len(federations) != 1:
        return
    (state,) = federations
    for m in bare:
        sent = doc[m.start].sent
        named = (o for o in chosen if o is not m and o.key == state and o.role != "demonym")
        if any(sent.start <= o.start < sent.end for o in named):
            continue  # 'the Federal Government would press Washington over US tariffs': its own state's, not this one
        m.start = m.start + (doc[m.start].lower_ == "the")
        m.kind, m.key, m.role, m.name = Kind.STATE, state, "name", None


def _bare(doc: Doc, m: Mention) -> bool:
    """ "the Federal Government", not "the Federal Government of Somalia" (a state named after it)."""
    words = [t.text for t in doc[m.start : m.end] if t.lower_ != "the"]
    if words != ["Federal", "Government"] or m.chars is not None:
        return False
    return not (m.end < len(doc) and doc[m.end].lower_ == "of")
