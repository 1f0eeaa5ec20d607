"""A slash written tight between two capitalised words inside a body's name ("Defense POW/MIA Accounting
Agency") joins them: the walk back from the body's head word goes on over it, so the name is not cut into a false
'Defense POW' and a 'MIA Accounting Agency'. Only a slash in the middle of a name counts: the word before the pair
must be a capitalised word of the name too, so "OSCE/ODIHR Election Observation Mission" (two bodies, named one after
the other at the name's start) and photo credits ("REUTERS/Name", struck as furniture anyway) stay as they were.
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.cap_words import is_cap

_SLASHES = frozenset({"/"})


def slash_inside_name(doc: Doc, i: int) -> bool:
    """Token ``i`` is a slash tight between two capitalised words, with a capitalised word (not 'The') before."""
    if i < 2 or i + 1 >= len(doc) or doc[i].text not in _SLASHES:
        return False
    before, after, lead = doc[i - 1], doc[i + 1], doc[i - 2]
    if before.whitespace_ or doc[i].whitespace_ or not (is_cap(before) and is_cap(after)):
        return False
    return is_cap(lead) and lead.lower_ != "the" and bool(lead.whitespace_)
