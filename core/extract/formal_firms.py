"""Long formal names of firms kept whole: "Acme Tanker (Ningbo) Co., Ltd.", "Acme Ship & Crew Management Co, Ltd",
"Orion 77 Limited".

A registered firm's name may hold a town in brackets, an ampersand between its words or a number; read word by word
the model cuts it at each of them ("Acme Tanker" + "Ningbo" + "Co., Ltd."). Walking back from the legal form over
the name's capitalised words, those pieces belong to the name when a name word stands on each side of them. After
a town in brackets the name may also go on with "and" ("Acme Tanker (Ningbo) Crew and Ship Management Co."). Only
names with such a piece are made here: the plain ones are the other firm rules' work.
"""

from __future__ import annotations

import calendar

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lexicon_set, lookup
from core.extract.nlp import doc_column
from core.model import Kind

_MAX_WORDS = 10
_AMPERSANDS = frozenset({"&", "and"})
_MONTHS = frozenset(calendar.month_name[1:])
_NOT_FIRMS = frozenset({"DATE", "GPE", "NORP"})
# Heads that close a firm's name like a legal form, only for a name with "and" before a trade ("... Shipping and
# Service Company"): alone they are every other rule's work.
_HEADS = frozenset({"Company", "Corporation"})
_TRADES = frozenset({"Service", "Services", "Supply", "Supplies", "Management", "Technology", "Technologies",
                     "Trading", "Trade", "Engineering", "Investment", "Investments", "Development", "Logistics",
                     "Shipping", "Construction", "Industry", "Industries", "Equipment", "Commerce", "Finance",
                     "Transport", "Mining", "Resources", "Energy", "Science"})


def _word(tok) -> bool:
    """A capitalised word of a firm's name (not a legal form: that closes the firm before it)."""
    text = tok.text
    if not text[:1].isupper() or not tok.is_alpha or text in lexicon_set("legal_forms"):
        return False
    return not tok.is_stop or tok.is_upper


def _beyond(tok) -> bool:
    """A name word on the far side of a number or an ampersand: not a date's or a state's word ("On 5 March 2024 Acme
    Shipping Ltd", "the UK & Acme Ltd"), which stands next to a firm without being part of its name."""
    return _word(tok) and tok.text not in _MONTHS and tok.ent_type_ not in _NOT_FIRMS and lookup(tok.text) is None


def _number(tok) -> bool:
    """A number inside a firm's name ("Orion 77 Limited"), not a year or a day of a date."""
    return tok.text.isdigit() and len(tok.text) < 4 and tok.ent_type_ != "DATE"


def _bracketed_town(doc: Doc, close: int) -> int:
    """ "(Ningbo)" or "(Hong Kong)" ending at ``close``: one or two capitalised words between brackets, a name word
    before it. The bracket's length with its brackets (3 or 4), 0 when there is none."""
    if doc[close].text != ")":
        return 0
    for size in (1, 2):
        start = close - size - 1
        inner = doc[start + 1 : close]
        if (
            start >= 1
            and doc[start].text == "("
            and all(t.is_alpha and t.is_title for t in inner)
            and _word(doc[start - 1])
        ):
            return size + 2
    return 0


def _trade_joined(doc: Doc, at: int) -> bool:
    """ "Shipping and Service Company", "Science and Technology Company": the words on both sides of "and" a firm's
    trades ("Sinopec and Energy Company of Iran" are two firms)."""
    return at + 1 < len(doc) and at >= 1 and doc[at + 1].text in _TRADES and doc[at - 1].text in _TRADES


def formal_firm_names(doc: Doc) -> list[Mention]:
    forms = lexicon_set("legal_forms")
    out = []
    for i, w in enumerate(doc_column(doc, "text")):
        head = w in _HEADS
        if (w not in forms and not head) or i == 0 or doc[i].is_sent_start:
            continue
        j, bracket, joined, trade = i, False, None, False
        while j > 0 and i - j < _MAX_WORDS and not doc[j].is_sent_start:
            prev = doc[j - 1]
            if _word(prev):
                j -= 1
            elif _bracketed_town(doc, j - 1):
                j, bracket = j - _bracketed_town(doc, j - 1), True
            elif _number(prev) and j - 1 > 0 and _beyond(doc[j - 2]):
                j -= 1  # "Orion 77 Limited"
            elif prev.text in _AMPERSANDS and j < i and j - 1 > 0 and _beyond(doc[j - 2]):
                if prev.text == "and" and joined is None:
                    joined, bracket = j - 1, False  # "Crew and Ship Management": only after a town in brackets
                    trade = _trade_joined(doc, j - 1)  # or before a trade: "Shipping and Service Company"
                j -= 1
            else:
                break
        if joined is not None and not bracket and not trade:
            j = joined + 1
        if head and not trade:
            continue
        pieces = any(t.text in {"(", "&", "and"} or t.text.isdigit() for t in doc[j:i])
        if pieces and j < i and _word(doc[j]) and lookup(doc[j : i + 1].text) is None:
            k = i + 1
            while k < len(doc) and doc[k].text in forms:
                k += 1  # "Co. Ltd.": two legal forms, no comma between
            out.append(Mention(j, k, Kind.PARTY, None, 3, "org"))
    return out
