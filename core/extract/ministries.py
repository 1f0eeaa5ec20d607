"""Lower-case ministries ("Iran's foreign ministry", "the foreign ministry in Baku") and central banks ("Russia's
central bank") named with their country: a central bank by its own name where it has one ("Britain's central bank" is
the Bank of England), else as "Central Bank of" its state."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import central_bank_names, knowledge, lookup
from core.extract.nlp import doc_column
from core.model import Kind

_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019", "s'"}


def ministry_mentions(doc: Doc) -> list[Mention]:
    """Lower-case "foreign ministry" after a country word: the ministry of that country."""
    adjectives = knowledge().lexicon["ministry_adjectives"]
    out = []
    lower = doc_column(doc, "lower_")
    for i in (i for i, w in enumerate(lower) if w == "bank"):
        m = _central_bank(doc, i)
        if m is not None:
            out.append(m)
    for i, tok in ((i, doc[i]) for i, w in enumerate(lower) if w == "ministry"):
        # "the external affairs ministry", "India External affairs ministry": a two-word portfolio, its first word
        # capitalised or not
        pair = i > 1 and doc[i - 1].is_lower and f"{doc[i - 2].lower_} {doc[i - 1].lower_}" in adjectives
        if pair or (tok.lower_ == "ministry" and i > 0 and doc[i - 1].lower_ in adjectives and doc[i - 1].is_lower):
            start = i - 2 if pair else i - 1
            field = f"{doc[i - 2].lower_} {doc[i - 1].lower_}" if pair else doc[i - 1].lower_
            owned = start > 0 and doc[start - 1].text in _POSSESSIVE  # "Iran's foreign ministry"
            for n in (2, 1):
                a = start - owned - n
                term = lookup(doc[max(0, a) : start - owned].text)
                if a >= 0 and term is not None and term.kind is Kind.STATE and term.role != "block":
                    start = a
                    break
            m = Mention(start, i + 1, Kind.PARTY, None, 3, "ministry")
            m.name = f"Ministry of {adjectives[field]}"
            if start == i - 1 - pair:
                m.name += _seat_of(doc, i + 1)
            out.append(m)
    return out


def _central_bank(doc: Doc, i: int) -> Mention | None:
    """ "Russia's central bank", "the Ruritanian central bank": a lower-case central bank after its state's name or
    adjective is that state's central bank (a bare "the central bank" is left alone: whose it is, the text may not
    say)."""
    if i < 2 or doc[i - 1].lower_ != "central" or not (doc[i - 1].is_lower and doc[i].is_lower):
        return None
    owned = doc[i - 2].text in _POSSESSIVE
    for n in (2, 1):
        a = i - 1 - owned - n
        term = lookup(doc[max(0, a) : i - 1 - owned].text)
        if a >= 0 and term is not None and term.kind is Kind.STATE and term.role in {"name", "demonym"}:
            if _apposed(doc, a, i + 1):
                return None  # "took over DAB, Ruritania's central bank, and ...": the bank is named before
            m = Mention(i - 1, i + 1, Kind.PARTY, None, 3, "org")  # the state's word stays a mention of its own
            m.name = central_bank_names().get(term.name) or f"Central Bank of {_the(term.name)}"
            return m
    return None


def _the(state: str) -> str:
    """ "the United Kingdom", "the Netherlands", "the Czech Republic": a name said with "the"."""
    plural = state.endswith(("lands", "pines", "Bahamas", "Maldives", "Republic", "Emirates"))
    return f"the {state}" if state.startswith("United ") or plural else state


def _apposed(doc: Doc, start: int, end: int) -> bool:
    """ "X, Ruritania's central bank, ...": the phrase set between commas after a name describes that name."""
    return (
        start >= 2
        and end < len(doc)
        and doc[start - 1].text == ","
        and doc[end].text == ","
        and doc[start - 2].pos_ == "PROPN"
    )


def _seat_of(doc: Doc, k: int) -> str:
    """ "the foreign ministry in Baku": the capital after the body names its country (" of Azerbaijan")."""
    if k + 1 < len(doc) and doc[k].lower_ == "in":
        for n in (2, 1):
            term = lookup(doc[k + 1 : k + 1 + n].text)
            if term is not None and term.kind is Kind.STATE and term.role == "capital":
                return f" of {term.name}"
    return ""


def plural_bodies(doc: Doc) -> list[Mention]:
    """ "the Departments of Defense, Justice and Homeland Security": several bodies named by one plural head, none
    by its own name; the words are claimed so no part of the list comes back as a body or a person."""
    out = []
    words = doc_column(doc, "text")
    for i, w in enumerate(words[:-2]):
        if w not in _PLURAL_HEADS or words[i + 1] != "of" or not doc[i + 2].is_title:
            continue
        k = i + 2
        while k < len(doc) and (doc[k].is_title or (words[k] in {",", "and"} and k + 1 < len(doc) and _titled(doc, k))):
            k += 1
        out.append(Mention(i, k, Kind.PARTY, None, 7, "block"))
    return out


_PLURAL_HEADS = frozenset({"Departments", "Ministries"})


def _titled(doc: Doc, k: int) -> bool:
    return doc[k + 1].is_title
