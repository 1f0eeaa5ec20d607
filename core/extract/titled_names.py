"""A full name the model left untagged right after a title phrase: "Greek Prime Minister, Kyriakos Mitsotakis on
the sidelines", "said the Minister of Climate and Environment, Jane Roe Doe , in a statement". Two or three
capitalised proper nouns, known as neither place nor body nor title, that close before a lower-case word or a
punctuation mark, name the title's holder."""

from __future__ import annotations

import calendar

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import knowledge, lexicon_set, lookup
from core.extract.nlp import doc_column
from core.model import Kind


def _name_word(doc: Doc, k: int, taken: list[bool], titles: list[bool]) -> bool:
    tok = doc[k]
    return (
        tok.is_title
        and tok.is_alpha
        and tok.pos_ == "PROPN"
        and not taken[k]
        and not titles[k]
        and tok.ent_type_ in {"", "PERSON"}
        and tok.text not in lexicon_set("org_heads")
        and lookup(tok.text) is None
    )


def names_after_titles(doc: Doc, taken: list[bool], titles: list[bool]) -> list[Mention]:
    out = []
    lower = doc_column(doc, "lower_")
    for i in range(len(doc) - 2):
        envoy = i >= 2 and lower[i - 1] == "to" and _envoy_post_end(doc, i, titles)  # ('to' read from the column first)
        if not (titles[i] or envoy) or titles[i + 1] or not doc[i].is_title:
            continue  # the last word of a title phrase
        j = i + 2 if doc[i + 1].text == "," else i + 1
        k = j
        while k < len(doc) and k - j < 3 and _name_word(doc, k, taken, titles):
            k += 1
        if k - j < 2 or (k < len(doc) and (doc[k].is_title or doc[k].is_upper) and doc[k].is_alpha):
            continue
        if k < len(doc) and doc[k].is_alpha and doc[k].pos_ not in {"ADP", "VERB", "AUX", "CCONJ", "PRON", "DET"}:
            continue
        if k + 1 < len(doc) and doc[k].lower_ in {"and", "&"} and doc[k + 1].is_title:
            continue  # "Minister of Public Safety, Democratic Institutions and Intergovernmental Affairs": portfolios
        out.append(Mention(j, k, Kind.OFFICIAL, None, 2, "person"))
        for t in range(j, k):
            taken[t] = True
    return out + portfolio_holders(doc, taken)


_ENVOYS = frozenset({"ambassador", "envoy", "commissioner", "consul", "representative", "affaires"})


def _envoy_post_end(doc: Doc, i: int, titles: list[bool]) -> bool:
    """ "High Commissioner to India, Jane Roe": a known place after 'to' closing an envoy's title."""
    return (
        i >= 2
        and doc[i - 1].lower_ == "to"
        and doc[i - 2].is_title
        and doc[i - 2].lower_ in _ENVOYS
        and lookup(doc[i].text) is not None
        and doc[i + 1].text == ","
    )


# a title's head before its portfolio; the words that may stand between the head and the holder's name
_HEADS = frozenset({"minister", "secretary", "commissioner", "envoy", "representative", "coordinator", "chairman",
                    "chairwoman", "chairperson", "general", "director", "adviser", "advisor"})
_LINKS = frozenset({"of", "for", "and", "the", "on", "&"})

_ARTICLES = frozenset({"the", "a", "an"})
# days and months, lower case, as the calendar module names them ("May" left out: a name too)
_CALENDAR = frozenset(w.lower() for w in (*calendar.day_name, *calendar.month_name[1:]) if w != "May")


def _stop(tok) -> bool:
    """A word that ends a title's portfolio rather than opening a name: a field ("Environment", "Security"), a
    body's head ("Administration"), a link word."""
    return (
        tok.lower_ in _LINKS
        or tok.lower_ in lexicon_set("field_words")
        or tok.text in lexicon_set("org_heads")
        or tok.lower_ in _HEADS
    )


# a portfolio's words beyond the lexicon's field words and ministries' words (general knowledge)
_PORTFOLIOS = frozenset({"transport", "transportation", "infrastructure", "communications", "telecommunications",
                         "guidance", "works", "housing", "planning", "labour", "labor", "interior", "mines", "oil",
                         "petroleum", "aviation", "fisheries", "water", "irrigation", "railways", "shipping"})


def _portfolio(tok) -> bool:
    return tok.lower_ in _PORTFOLIOS or tok.lower_ in knowledge().lexicon["ministry_adjectives"]


def _no_name(tok) -> bool:
    """A word no holder's name holds: a day, a month, a title's head ("Natural Resources Tuesday said")."""
    return tok.lower_ in _CALENDAR or tok.lower_ in _HEADS or tok.lower_ == "chair"


def portfolio_holders(doc: Doc, taken: list[bool]) -> list[Mention]:
    """ "Minister of Climate and Environment Jane Roe Doe said", "Assistant Secretary of Commerce for Export
    Administration Jane Roe said": the capitalised words closing a title's portfolio right before a verb or a
    punctuation mark, after a field word or a body's head, name the title's holder (two words; three when a field
    word or a head stands right before them)."""
    out = []
    title, alpha = doc_column(doc, "is_title"), doc_column(doc, "is_alpha")
    for k in range(2, len(doc)):
        if not (title[k - 1] and alpha[k - 1] and title[k - 2] and alpha[k - 2]):
            continue  # (two capitalised words at least close the portfolio before a holder's name is read)
        after = doc[k]
        if after.is_title or after.is_upper or not (after.is_punct or after.pos_ in {"VERB", "AUX", "ADV", "ADP"}):
            continue
        j = k
        while j > 0 and k - j < 4 and doc[j - 1].is_title and doc[j - 1].is_alpha and not _stop(doc[j - 1]):
            j -= 1
        if k - j < 2 or any(taken[t] for t in range(j, k)):
            continue
        if k - j == 4 or (k - j == 3 and not _stop(doc[j - 1])):
            j = k - 2
        if k - j == 3 and _portfolio(doc[j]):
            j += 1  # "Minister of Transport Jane Roe said": the portfolio's last word is no first name
        if not (_stop(doc[j - 1]) or _portfolio(doc[j - 1])):
            continue
        if any(lookup(doc[t].text) is not None or _no_name(doc[t]) for t in range(j, k)):
            continue
        h, portfolio = j - 1, False
        while h >= 0 and j - h <= 10 and (doc[h].is_title or doc[h].lower_ in _LINKS):
            portfolio = portfolio or doc[h].lower_ in {"of", "for"}
            if doc[h].lower_ in _HEADS and doc[h].is_title:
                break
            h -= 1
        if h < 0 or doc[h].lower_ not in _HEADS or not portfolio or h == j - 1:
            continue
        b = h
        while b > 0 and doc[b - 1].is_title and doc[b - 1].lower_ not in _ARTICLES and h - b < 3:
            b -= 1
        if b > 0 and doc[b - 1].lower_ in _ARTICLES:
            continue  # "X, the Minister of State for Regional Integration, resigned": the title described, no name
        out.append(Mention(j, k, Kind.OFFICIAL, None, 2, "person"))
        for t in range(j, k):
            taken[t] = True
    return out
