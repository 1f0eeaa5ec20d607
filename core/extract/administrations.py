"""A leader's administration: "the Trump administration" (moved out of entities.py, unchanged)."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.cap_words import is_cap
from core.extract.coref import Mention
from core.extract.kb import is_state_word
from core.extract.nlp import doc_column
from core.model import Kind


def administrations(doc: Doc) -> list[Mention]:
    """ "the Trump administration": a leader's surname and the lower-case word (not "the US administration": the
    state; not "Roe's administration", which the gold reads either way)."""
    out = []
    for i, lower in enumerate(doc_column(doc, "lower_")):
        if lower != "administration" or i < 1:
            continue
        if doc[i - 1].pos_ != "PROPN" or not is_cap(doc[i - 1]) or is_state_word(doc[i - 1].text):
            continue
        j = i - 1
        while j > 0 and doc[j - 1].pos_ == "PROPN" and is_cap(doc[j - 1]) and i - j < 3:
            j -= 1
        j += doc[j].lower_ in {"senior", "former", "top", "acting"} and j < i - 1  # "Senior Donald Trump"
        out.append(Mention(j, i + 1, Kind.PARTY, None, 3, "org"))
    return out
