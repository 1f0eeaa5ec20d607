"""A state's name of two words or more set in capitals ("DUBAI, UNITED ARAB EMIRATES." in a dateline) is that state:
the knowledge base holds names as written in running text, so the capitals are read through their Title Case form.
Only a state's own name (no capital, demonym or bloc): a town in capitals opens most datelines and is no actor."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lookup
from core.extract.nlp import doc_column
from core.model import Kind


def states_in_capitals(doc: Doc) -> list[Mention]:
    """Mentions of the states whose names are written in capitals, longest name first at each word."""
    out: list[Mention] = []
    words = doc_column(doc, "text")
    upper = [w.isalpha() and w.isupper() for w in words]  # ``is_alpha and is_upper`` of each token
    caps = [u and len(w) > 1 for u, w in zip(upper, words, strict=True)]
    size = len(words)
    i = 0
    while i < size - 1:
        if not (caps[i] and caps[i + 1]):  # a name of two capitalised words at least opens here, or none does
            i += 1
            continue
        found = 0
        for n in range(min(4, size - i), 1, -1):
            if not all(caps[i : i + n]):
                continue
            if i + n < size and upper[i + n]:
                continue  # "NEW ZEALAND FIRST": a name in capitals running on is a party's, not the state's
            term = lookup(" ".join(w.title() for w in words[i : i + n]))
            if term is not None and term.kind is Kind.STATE and term.role == "name":
                out.append(Mention(i, i + n, Kind.STATE, term.name, 3, term.role))
                found = n
                break
        i += found or 1
    return out
