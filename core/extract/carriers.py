"""Airlines named after their country: "Air India", "Air Canada" ("Air" and a country's name), and "a China Eastern
flight", "the China Southern Airbus" (a country's name and a compass word, before an aircraft's word). The country's
name belongs to the firm's name, which stays whole instead of giving the state and a stray word ("Air", "Eastern").
"the flag carrier X", "State-owned carrier X", "a budget carrier": "carrier" after an airline's or an owner's word
names a firm that flies, not a ship (``airline_carrier``)."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lookup
from core.extract.nlp import doc_column
from core.model import Kind

_COMPASS = frozenset({"Eastern", "Southern", "Western", "Northern"})
_AIRCRAFT = frozenset({"flight", "flights", "plane", "planes", "jet", "jets", "aircraft", "airliner", "Airbus",
                       "Boeing", "airline", "carrier"})

# words before "carrier" that make it an airline (or a firm) rather than an aircraft carrier or a bulk carrier
# ("flagship" only in a sentence about flying: "the navy's flagship carrier HMS X" is a warship)
_FLYING = frozenset({"flight", "flights", "airline", "airlines", "airspace", "passengers", "route", "routes", "fly",
                     "flies", "flew", "flying"})
_AIRLINE_WORDS = frozenset({"flag", "national", "owned", "budget", "low-cost", "no-frills", "passenger",
                            "airline", "air", "regional", "legacy"})


def airline_carrier(doc: Doc, i: int) -> bool:
    """ "flag carrier", "Russia's flagship carrier" (in a sentence about flying), "State-owned carrier": the word at
    ``i`` is "carrier(s)" and the word before it names an airline's trade or an owner."""
    if doc[i].lower_ not in {"carrier", "carriers"} or i == 0:
        return False
    if doc[i - 1].lower_ == "flagship":  # "Russia's flagship carrier X operates flights", not "... carrier HMS X"
        return any(t.lower_ in _FLYING for t in doc[i].sent)
    return doc[i - 1].lower_ in _AIRLINE_WORDS


def _state_name(text: str) -> bool:
    term = lookup(text)
    return term is not None and term.kind is Kind.STATE and term.role == "name"


def country_airlines(doc: Doc) -> list[Mention]:
    """The airlines named as the module's docstring says, each one body (the country only a word of its name)."""
    words = doc_column(doc, "text")
    return [
        Mention(i, i + 2, Kind.PARTY, None, 4, "org")
        for i in range(len(doc) - 1)
        if (words[i] == "Air" or words[i + 1] in _COMPASS) and _opens_an_airline(words, i)  # (the first test first)
    ]


def _opens_an_airline(words: list[str], i: int) -> bool:
    if words[i] == "Air":
        return _state_name(words[i + 1])
    after = words[i + 2] if i + 2 < len(words) else ""
    return words[i + 1] in _COMPASS and after in _AIRCRAFT and _state_name(words[i])


_AIRLINE_TAILS = frozenset({"Airlines", "Airways"})


def airline_demonym(doc: Doc, m: Mention) -> bool:
    """ "Latvian Airlines", "Chilean Airways": a people's word that opens an airline's name is a word of the firm's
    name, no mention of its state (the state counts only where the text names it otherwise)."""
    if m.kind is not Kind.STATE or m.end - m.start != 1 or m.end >= len(doc) or doc[m.end].text not in _AIRLINE_TAILS:
        return False
    term = lookup(doc[m.start].text)
    return term is not None and term.role == "demonym" and doc[m.start].is_title


def names_an_airline(form: str) -> bool:
    """ "Air India", "China Eastern": a name of the module's shapes (its country is only a word of the firm's name)."""
    words = form.split()
    if len(words) != 2:
        return False
    if words[0] == "Air":
        return _state_name(words[1])
    return words[1] in _COMPASS and _state_name(words[0])
