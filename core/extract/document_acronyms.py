"""An acronym the article defines as a document or a system, not a body: "the Maid Online System (MOS)", "a
memorandum of understanding (MOU)", "the Reciprocal Access Agreement (RAA)". The model reads a bare acronym (and
the capitalised long form before it) as an organisation; when the words before its definition end in a document or
system noun, the acronym names that thing and no body. A name the knowledge base knows ("Council Implementing
Regulation (EU)") stays, and so does a body named otherwise too. Works on a document's finished entities; one search
per acronym-named body."""

from __future__ import annotations

import re

from core.extract.kb import knowledge
from core.model import Kind, LocalEntity

_ACRONYM = re.compile(r"[A-Z][A-Za-z]{1,6}")
# no "mechanism": "the European Stability Mechanism (ESM)" is a body; a body's "System" the knowledge base knows
# ("the Federal Reserve System (FRS)", organisations.json) stays
_THINGS = (
    "system|systems|agreement|agreements|memorandum|understanding|treaty|act|protocol|scheme|regulation|directive"
)
_THING_END = re.compile(rf"\b(?:{_THINGS})$", re.I)


def _acronym(form: str) -> bool:
    return _ACRONYM.fullmatch(form) is not None and sum(c.isupper() for c in form) >= 2


def drop_document_acronyms(text: str, entities: list[LocalEntity]) -> list[LocalEntity]:
    """Drop each body named only by an acronym the text defines after a document or system noun (and by that long
    form)."""
    out = []
    for e in entities:
        if e.kind is Kind.PARTY:
            forms = {m.text for m in e.mentions}
            acronyms = {f for f in forms if _acronym(f)}
            terms = knowledge().terms
            if (
                acronyms
                and all(_THING_END.search(f) for f in forms - acronyms)
                and not any(f in terms for f in forms)
                and any(_defined(text, a) for a in acronyms)
            ):
                continue
        out.append(e)
    return out


def _defined(text: str, acronym: str) -> bool:
    """ "... Online System (MOS)", "a memorandum of understanding (MOU)": the acronym in brackets after a thing."""
    pattern = rf"\b(?:{_THINGS})[\"”’']?[ \t]+\([ \t]*{re.escape(acronym)}[ \t]*\)"
    return re.search(pattern, text, re.I) is not None
