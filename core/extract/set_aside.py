"""Capitalised phrases that name no entity though they look like bodies, set aside as blocks.

(1) Portfolios before "Cabinet Secretary" (a minister's title in Kenya and elsewhere): "Treasury Cabinet Secretary
Henry Rotich", "Transport and Infrastructure Cabinet Secretary, Kipchumba Murkomen". The capitalised words before the
title name the portfolio, not a body ("Treasury Cabinet", "Transport and Infrastructure Cabinet"), so the whole title
is set aside; a state's name or demonym before it ("Kenyan Treasury ...") is left to name the state.
(2) A lender's programme: "the Extended Fund Facility", "a Stand-By Arrangement", "the Rapid Financing Instrument": a
capitalised run ending in "Facility", "Arrangement" or "Instrument" with a word of lending in it is a loan's kind,
not a body ("Extended Fund" + "Facility"); "the Global Environment Facility" (no lending word) is left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lexicon_set
from core.extract.nlp import doc_column
from core.model import Kind

_MOST = 6  # portfolio words at most: "Lands, Public Works, Housing and Urban Development" is cut at a comma anyway


def _portfolio_word(doc: Doc, k: int) -> bool:
    t = doc[k]
    if t.lower_ in {"and", "&"}:
        # 'Transport and Infrastructure': two portfolio words; not 'Safaricom and Interior ...' (a name the model
        # ends before 'and') nor 'the Kenya Revenue Authority and Treasury ...' (a body's head word before it)
        before = doc[k - 1] if k > 0 else None
        return (
            before is not None
            and _portfolio_word(doc, k - 1)
            and before.lower_ not in lexicon_set("org_heads", fold=True)
            and (not before.ent_type_ or t.ent_iob_ == "I")
        )
    return t.is_title and t.is_alpha and t.ent_type_ not in {"GPE", "NORP", "PERSON"} and t.lower_ != "the"


def cabinet_portfolios(doc: Doc) -> list[Mention]:
    """Blocks over "<Portfolio> Cabinet Secretary" titles (one portfolio word at least)."""
    out = []
    words = doc_column(doc, "text")
    for i in range(1, len(doc) - 1):
        if words[i] != "Cabinet" or words[i + 1] not in {"Secretary", "Secretaries"}:
            continue
        j = i
        while j > 0 and i - j < _MOST and _portfolio_word(doc, j - 1):
            j -= 1
        while j < i and doc[j].lower_ in {"and", "&"}:
            j += 1
        if j < i:
            out.append(Mention(j, i + 2, Kind.PARTY, None, 0, "block"))
    return out


_PROGRAMME_HEADS = frozenset({"Facility", "Arrangement", "Instrument"})
_LENDING = frozenset({"fund", "credit", "financing", "loan", "lending", "liquidity", "stand-by", "standby", "growth"})


def lender_programmes(doc: Doc) -> list[Mention]:
    """Blocks over "<Extended Fund> Facility" and the like (two to six capitalised words)."""
    out = []
    texts = doc_column(doc, "text")
    for i in range(1, len(doc)):
        if texts[i] not in _PROGRAMME_HEADS:
            continue
        j = i
        while j > 0 and i - j < 5 and (doc[j - 1].is_title or doc[j - 1].text == "-"):
            j -= 1  # (never across 'and': 'the World Bank and Extended Credit Facility disbursements')
        lending = [k for k in range(j, i) if doc[k].lower_ in _LENDING]
        if lending:
            # the programme's words start at its lending word's modifiers: 'International Monetary Fund Extended
            # Fund Facility' keeps the lender, 'Extended Fund Facility' is the programme
            first = lending[-1]
            heads = lexicon_set("org_heads", fold=True)  # a lender's name ends at its head word ('... Monetary Fund')
            while first > j and doc[first - 1].is_title and doc[first - 1].lower_ not in heads:
                first -= 1
            j = first
        while j < i and not doc[j].is_title:
            j += 1
        words = {t.lower_ for t in doc[j:i]} | {doc[j:i].text.casefold()}
        if j < i and words & _LENDING:
            out.append(Mention(j, i + 1, Kind.PARTY, None, 0, "block"))
    return out


def set_aside(doc: Doc) -> list[Mention]:
    """Every block of this module."""
    return cabinet_portfolios(doc) + lender_programmes(doc)
