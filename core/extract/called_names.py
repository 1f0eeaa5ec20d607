"""A body the text names by a short capitalised name after "called"/"named"/"known as": "the peacekeeping
mission, known as MONUSCO", "a rebel group known as the M23", "a company named BAC". The name is a body wherever
the article writes it again. The firms a plural trade noun lists ("companies like A and B") come from
listed_firms.py, read here."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lexicon_set, lookup
from core.extract.listed_firms import listed_firms
from core.extract.nlp import doc_column
from core.model import Kind

_LINKS = frozenset({"called", "named", "dubbed", "as"})
_MORE_NOUNS = frozenset({"mission", "force", "unit", "service", "directorate", "body", "rebels"})


def called_short_names(doc: Doc) -> list[Mention]:
    """Every occurrence of an acronym-like name ("MONUSCO", "M23") a body noun just before introduces, and the firms
    listed after a plural trade noun ("companies like A and B", listed_firms.py)."""
    lowered = doc_column(doc, "lower_")
    nouns = lexicon_set("org_nouns") | _MORE_NOUNS
    names: set[str] = set()
    for i, w in enumerate(lowered[:-1]):
        if w not in _LINKS or (w == "as" and (i == 0 or lowered[i - 1] != "known")):
            continue
        k = i + 2 if lowered[i + 1] == "the" else i + 1
        if k >= len(doc) or not _short_name(doc[k].text) or (k + 1 < len(doc) and doc[k + 1].is_title):
            continue
        back = max(0, i - 5 - (w == "as"))
        if any(lowered[j] in nouns and doc[j].pos_ == "NOUN" for j in range(back, i)) and lookup(doc[k].text) is None:
            names.add(doc[k].text)
    listed = listed_firms(doc)
    if not names:
        return listed
    return listed + [
        Mention(j, j + 1, Kind.PARTY, None, 2, "org") for j, w in enumerate(doc_column(doc, "text")) if w in names
    ]


def _short_name(word: str) -> bool:
    """ "MONUSCO", "M23", "BAC": capitals (digits allowed after the first), two characters or more."""
    return len(word) >= 2 and word[0].isupper() and word.isalnum() and word.upper() == word
