"""A body whose name opens with two portfolios joined by "and", the first one word: "the country's Information and
Communication Technologies Authority", "the Swedish Post and Telecom Authority". The model often keeps only the words
after "and" ("Communication Technologies Authority"), a false body beside a lost one.

The name is read whole when one capitalised word (not a head word, a state, a known name, a person or a place) stands
before "and", one to three capitalised words after it end in a body's head word, and the word before the first one
is not capitalised and not "of/for/on" ("the Office of Terrorism and Financial Intelligence" names a longer body). A
demonym before the first word ("the Swedish Post and ...") belongs to the name when the word before it is not
capitalised either."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lexicon_set, lookup
from core.model import Kind

_JOINERS = {"and", "&"}
_LINKS = {"of", "for", "on", "&", "between"}  # "between A and B Company": two names, not one
_SKIP_ENTS = {"GPE", "LOC", "NORP", "PERSON", "DATE", "TIME", "CARDINAL", "MONEY", "FAC"}
_MAX_AFTER = 3
_OUTLET_HEADS = {"News", "Daily", "Herald", "Journal", "Gazette", "Times", "Post", "Ilbo", "Network"}  # "Globe and
# Mail and Global News": outlets' names pair freely with "and"; the rule is for public bodies
_POSSESSIVES = {"'s", "\u2019s"}


def paired_portfolio_bodies(doc: Doc) -> list[Mention]:
    """One mention for each "X and Y (Z) Head" name the rule reads whole."""
    heads = lexicon_set("org_heads")
    out = []
    for a in range(2, len(doc) - 2):
        if doc[a].lower_ not in _JOINERS or not _word(doc[a - 1], heads):
            continue
        end = _head_end(doc, a + 1, heads)
        if end is None:
            continue
        start = _start(doc, a - 1)
        if start is not None:
            out.append(Mention(start, end, Kind.PARTY, None, 3, "org"))
    return out


def _capital(tok) -> bool:
    return tok.is_title or (tok.is_upper and tok.is_alpha and len(tok) > 1)


def _word(tok, heads: frozenset[str]) -> bool:
    """A portfolio word: capitalised, not a head word, not tagged as a state, person or place, not a known name."""
    return (
        _capital(tok) and tok.is_alpha and tok.text not in heads and tok.ent_type_ not in _SKIP_ENTS
        and lookup(tok.text) is None
    )


def _head_end(doc: Doc, k: int, heads: frozenset[str]) -> int | None:
    """The end of "Communication Technologies Authority": portfolio words closed by a head word."""
    e = k
    while e < len(doc) and e - k < _MAX_AFTER and _word(doc[e], heads):
        e += 1
    if e == k or e >= len(doc) or doc[e].text not in heads or doc[e].text in _OUTLET_HEADS:
        return None
    if e + 1 < len(doc) and _capital(doc[e + 1]):
        return None  # "... Authority Act", "... Board Chairman": a longer name the rule does not read
    return e + 1


def _start(doc: Doc, x: int) -> int | None:
    """Where the name opens: the portfolio word, or a demonym before it; None when a capitalised word or a link word
    stands before (a longer name)."""
    if x >= 1 and _capital(doc[x - 1]) and _demonym(doc[x - 1].text):
        x -= 1  # "the Swedish Post and Telecom Authority"
    if x >= 2 and doc[x - 1].text == "-" and not doc[x - 2].whitespace_ and not doc[x - 1].whitespace_:
        if not _capital(doc[x - 2]):
            return None
        x -= 2  # "the Agri-Food and Veterinary Authority": the compound's first half opens the name
    if x == 0:
        return x
    prev = doc[x - 1]
    if _capital(prev) or prev.lower_ in _LINKS:
        return None
    if prev.text in _POSSESSIVES and x >= 2 and _capital(doc[x - 2]) and lookup(doc[x - 2].text) is None:
        return None  # "Seafarer's Affairs & International ...": a name's own possessive, part of a longer title
    return x


def _demonym(word: str) -> bool:
    term = lookup(word)
    return term is not None and term.kind is Kind.STATE and term.role == "demonym"
