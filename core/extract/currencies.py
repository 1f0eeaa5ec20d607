"""Money words that are no party: an ISO currency code ("USD 400 million", "the INR Swap Window") is no body, and a
state's name or demonym read as a currency's ("US dollars", "Indian rupee", "Swiss francs") names the money, not the
state. General knowledge: the codes and names of the world's common currencies."""

from __future__ import annotations

import re

from spacy.tokens import Doc

# ISO 4217 codes of common currencies seldom any other acronym (not "ILS", "CAD", "TRY", "ALL", "MOP", "XAF", nor
# "NPR", "AMD", "GHS": a radio network, a chipmaker, a health service)
CODES = frozenset(
    {
        "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "RUB", "CHF", "AUD", "NZD", "KRW", "QAR", "SAR", "AED", "YER",
        "PKR", "BDT", "LKR", "MVR", "BRL", "MXN", "ZAR", "NGN", "KES", "EGP", "IRR", "IQD", "KWD", "BHD", "OMR",
        "JOD", "SGD", "HKD", "TWD", "THB", "MYR", "IDR", "PHP", "VND", "UAH", "PLN", "CZK", "HUF", "SEK", "NOK", "DKK",
        "RON", "BGN", "KZT", "UZS", "AZN", "GEL", "BYN", "MNT", "ETB",
    }
)
# a currency's noun after a state's name or demonym ("US dollar", "Turkish lira"); no verb or unit ("won", "pound")
_NOUNS = frozenset(
    {
        "dollar", "dollars", "rupee", "rupees", "rupiah", "yen", "yuan", "renminbi", "rouble", "roubles", "ruble",
        "rubles", "franc", "francs", "euro", "euros", "peso", "pesos", "lira", "liras", "riyal", "riyals", "rial",
        "rials", "dinar", "dinars", "dirham", "dirhams", "naira", "shilling", "shillings", "ringgit", "baht", "kyat",
        "kyats", "taka", "hryvnia", "hryvnias", "zloty", "zlotys", "krona", "kronor", "krone", "kroner", "tenge",
        "manat", "cedi", "cedis",
    }
)
_WORD = re.compile(r"[^\W\d_]+")


def is_code(doc: Doc, start: int, said: str) -> bool:
    """ "USD", "INR": a currency's code, unless the text spells a name out as it: "its armed forces (XYZ)"."""
    spelled = 0 < start < len(doc) - 1 and doc[start - 1].text == "(" and doc[start + 1].text == ")"
    return said in CODES and not spelled


def names_money(doc: Doc, end: int) -> bool:
    """The word after a state's mention ending at token ``end`` is a currency's noun: "US dollars", "Indian Rupee"."""
    word = _WORD.match(doc[end].lower_) if end < len(doc) else None  # "Dollar/": the tokenizer keeps a slash on
    return word is not None and word.group() in _NOUNS


_HYPHENED = re.compile(r"-([^\W\d_]+)")


def money_hyphened(text: str, end: int) -> bool:
    """A currency's noun joined by a hyphen to a state's name ending at character ``end``, inside one word of a
    compound before a noun: "a 3-billion-U.S.-dollar loan" (the tokenizer keeps "U.S.-dollar" as one token, and
    the state's mention is a part of it)."""
    word = _HYPHENED.match(text, end)
    return word is not None and word.group(1).lower() in _NOUNS
