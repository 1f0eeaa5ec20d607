"""Bodies' names the earlier rules cut in pieces, joined back to the model's whole name.

spaCy often reads such a name whole ("Harakat-ul-Nusrat Pakistan", "AB Roses & Co.", "Chile Maritime Authority",
"United Against Nuclear Peru") while the rules split it at a hyphen with a lower-case particle, at "& Co." or at a
state's name opening or closing it. When one of our PARTY mentions lies inside such an ORG name and the rest of the
name is only such a joint, the mention takes the whole name.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lookup
from core.extract.nlp import doc_ents, doc_text
from core.model import Kind

_HYPHENS = frozenset({"-", "\u2010"})
_COMPANY = frozenset({"Co.", "Co", "Company"})
_JOINED = re.compile(r"[A-Z][a-z]+(?:-[a-z]{1,3}-[A-Z][a-z]+)+(?: (?!(?:of|and|in)\b)[A-Z][A-Za-z]+)*")
_OPENERS = frozenset({"after", "before", "when", "while", "since", "although", "though", "because", "once", "until"})
_PREFIXES = frozenset({"Inter", "Intra", "Pan", "Trans", "Anti", "Multi", "Cross", "Non", "Counter", "Pro"})


def _particle_joint(doc: Doc, start: int, end: int) -> bool:
    """ "Sabr-e-Watan", "Harakat-ul-Nusrat": a short lower-case particle between tight hyphens."""
    for i in range(start + 1, end - 2):
        if (
            doc[i].text in _HYPHENS
            and doc[i + 2].text in _HYPHENS
            and doc[i + 1].is_lower
            and doc[i + 1].is_alpha
            and len(doc[i + 1]) <= 3
            and not doc[i - 1].whitespace_
            and not doc[i + 2].whitespace_
            and doc[i + 3].text[:1].isupper()
        ):
            return True
    return False


def _prefix_joint(doc: Doc, start: int, end: int) -> bool:
    """ "Inter-Services Public Relations": a prefix ("Inter", "Pan", "Anti") tight before a hyphen opens the name."""
    return (
        end - start >= 4
        and doc[start].text in _PREFIXES
        and doc[start + 1].text in _HYPHENS
        and not doc[start].whitespace_
        and not doc[start + 1].whitespace_
    )


def _state_at_edge(doc: Doc, start: int, end: int, inner: Mention) -> bool:
    """A state's name (not its adjective) opens or closes the name, with no possessive: "Chile Maritime Authority"."""
    if inner.start > start and inner.end == end:
        term = lookup(doc[start : inner.start].text)
        return term is not None and term.kind is Kind.STATE and term.role == "name" and inner.end - inner.start >= 2
    if inner.start == start and inner.end < end:
        term = lookup(doc[inner.end : end].text)
        return term is not None and term.kind is Kind.STATE and term.role == "name" and inner.end - inner.start >= 3
    return False


def _company_joint(doc: Doc, start: int, end: int, inner: Mention) -> bool:
    """ "AB Roses & Co.": a firm's name and its "& Company"."""
    return (
        inner.start == start and end - inner.end == 2 and doc[inner.end].text == "&" and doc[end - 1].text in _COMPANY
    )


def _opened_by_clause_word(doc: Doc, m: Mention) -> bool:
    return (
        m.kind is Kind.PARTY
        and m.key is None
        and m.chars is None
        and m.end - m.start >= 3
        and doc[m.start].lower_ in _OPENERS
        and doc[m.start].is_sent_start
    )


def whole_names(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """The chosen mentions with a PARTY fragment of a model-read ORG name widened to the whole name."""
    out = list(chosen)
    for ent in doc_ents(doc):
        if ent.label_ != "ORG" or len(ent) < 3:
            continue
        start, end = ent.start, ent.end
        if doc[start].lower_ == "the":
            start += 1
        inside = [m for m in out if start <= m.start and m.end <= end]
        if not inside or any(m.start < start < m.end or m.start < end < m.end for m in out):
            continue
        parties = [m for m in inside if m.kind is Kind.PARTY and m.key is None and (m.end - m.start) < end - start]
        if not parties:
            continue
        first = min(parties, key=lambda m: m.start)
        joint = _particle_joint(doc, start, end) or _prefix_joint(doc, start, end)
        if not joint and len(parties) == 1 and len(inside) <= 2:
            joint = _state_at_edge(doc, start, end, first)
        if not joint and all(m is first or m.start == end - 1 for m in inside):
            joint = _company_joint(doc, start, end, first)
        if not joint:
            continue
        whole = Mention(start, end, Kind.PARTY, None, first.tier, "org")
        out = [m for m in out if m.kind is Kind.STATE or not (start <= m.start and m.end <= end)] + [whole]
    for i, m in enumerate(out):
        if _opened_by_clause_word(doc, m):  # "After Alpha Bank SA was bought, ..."
            out[i] = Mention(m.start + 1, m.end, m.kind, None, m.tier, m.role, m.name, owner=m.owner)
    for m in list(out):
        wider = _through_particles(doc, m)
        if wider is not m and m in out:
            out = [o for o in out if o is m or not (m.start <= o.start < wider.end)]
            out[out.index(m)] = wider
    return out


def _through_particles(doc: Doc, m: Mention) -> Mention:
    """ "Harakat" before "-ul-Nusrat Pakistan": a name cut at a particle joint runs on over the capitalised words
    after it (the tokenizer splits such words in varying ways, so the text decides)."""
    if m.kind not in {Kind.PARTY, Kind.OFFICIAL} or m.key is not None or m.chars is not None:
        return m
    a = doc[m.start].idx
    found = _JOINED.match(doc_text(doc), a)
    if found is None or found.end() <= doc[m.end - 1].idx + len(doc[m.end - 1]):
        return m
    span = doc.char_span(a, found.end(), alignment_mode="expand")
    if span is None or span.end <= m.end:
        return m
    return Mention(m.start, span.end, m.kind, None, m.tier, m.role)
