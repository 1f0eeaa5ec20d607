"""A name glued to the word after it by a lost space: "his counterpart, Jane Roewith whom he signed", "President
Jan Roemet with his guest", "as Norlandsaid on Monday". The model reads the glued word as the name's last word, so
the name is never matched to the same person's other mentions ("Roe said").

The mention's last word ends in one of a few words that follow a name ("with", "met", "said", "says", "told"); the
word is no dictionary word and what is left is name-shaped (a capital, lower-case letters, four letters or more).
The name is cut before the ending when the document proves the cut: the stem is written on its own elsewhere in it,
or the knowledge base knows the stem or the cut name, or (a verb's ending) the word after it is what follows that
verb ("met with", "said that"; after 'said'/'says' only 'that' or a quote, since a comma or 'on' follows a surname
ending in 'said' as well: 'Minister Nasser Boussaid, who ...'). A mention already cut by character offsets is left
alone.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lookup
from core.extract.modifier_words import in_dictionary
from core.extract.nlp import doc_text

_ENDINGS = ("with", "met", "said", "says", "told")
# the word after a glued verb that proves the verb: "Roemet with", "Roesaid that", "Roetold reporters"
_AFTER_VERB = {
    "met": frozenset({"with", "on", "in", "at"}),
    "said": frozenset({"that", "\u201c", '"'}),  # not ',' or 'on': 'Nasser Boussaid, who ...' is a surname
    "says": frozenset({"that", "\u201c", '"'}),
    "told": frozenset({"reporters", "journalists", "the", "a", "an", "him", "her", "them"}),
}


def cut_glued_words(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """Cut each chosen mention whose last word is a name glued to a following word, before that word."""
    text = None
    for m in chosen:
        if m.chars is not None:
            continue
        last = doc[m.end - 1]
        word = last.text
        ending = next((e for e in _ENDINGS if word.endswith(e)), None)
        if ending is None:
            continue
        stem = word[: -len(ending)]
        if len(stem) < 4 or not (stem[0].isupper() and stem[1:].isalpha() and stem[1:].islower()):
            continue
        if in_dictionary(word.lower()) or lookup(word) is not None:
            continue
        if text is None:
            text = doc_text(doc)
        start = doc[m.start].idx
        cut = text[start : last.idx + len(stem)]
        if _proved(doc, text, m.end, stem, cut, ending):
            m.chars = (start, last.idx + len(stem))
    return chosen


def _proved(doc: Doc, text: str, end: int, stem: str, cut: str, ending: str) -> bool:
    """The document shows that ``stem`` is a name of its own, or the glued verb is one."""
    if lookup(stem) is not None or lookup(cut) is not None:
        return True
    if re.search(rf"(?<!\w){re.escape(stem)}(?!\w)", text):
        return True
    after = _AFTER_VERB.get(ending)
    return after is not None and end < len(doc) and doc[end].lower_ in after
