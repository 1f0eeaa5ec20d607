"""A state's service command named for a region, or two regions joined by "and": "U.S. Army Europe and Africa",
"the US Army Europe and Africa Command", "U.S. Naval Forces Europe", "US Army Pacific". One body, with the state
as a mention inside it (the model splits it at "and" and takes the region for a body of its own)."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lookup
from core.extract.nlp import doc_column
from core.model import Kind

_SERVICES = (("Naval", "Forces"), ("Air", "Forces"), ("Air", "Force"), ("Marine", "Forces"), ("Army",), ("Navy",),
             ("Forces",))
_FIRSTS = frozenset(service[0] for service in _SERVICES)
_REGIONS = frozenset({"Europe", "Africa", "Asia", "Pacific", "Atlantic", "Americas", "Central"})


def _state_before(doc: Doc, j: int) -> Mention | None:
    """The state named by the one to three words ending just before token ``j``."""
    for n in (3, 2, 1):
        if j - n < 0:
            continue
        said = doc[j - n : j].text
        term = lookup(said) or lookup(said.replace(". ", "."))  # "U. S." as some outlets space it
        if term is not None and term.kind is Kind.STATE and term.role in {"name", "demonym", "acronym"}:
            return Mention(j - n, j, Kind.STATE, term.name, 3, term.role)
    return None


def regional_commands(doc: Doc) -> list[Mention]:
    """Every state's service command named for one region or two joined by "and" (with "Command" after, if
    written)."""
    out = []
    texts = doc_column(doc, "text")
    n = len(doc)
    for j in range(1, n):
        if texts[j] not in _FIRSTS:
            continue
        for service in _SERVICES:
            k = j + len(service)
            if tuple(texts[j:k]) != service or k >= n or texts[k] not in _REGIONS:
                continue
            state = _state_before(doc, j)
            if state is None:
                continue
            end = k + 1
            if end + 1 < n and texts[end] == "and" and texts[end + 1] in _REGIONS:
                end += 2
            if end < n and texts[end] == "Command":
                end += 1
            out.append(Mention(state.start, end, Kind.PARTY, None, 4, "org", owner=state))
            break
    return out
