"""Two states' names glued by a lost line break: a dateline or headline run into the next line ("TAIPEI,
TaiwanNorland Republic Foreign Minister ...", "team sent to NorlandChina has equipped ..."). The model reads the
glued word as one body's name ("TaiwanNorland Republic"), which no gold holds and which hides the second state.

A mention's first word is cut where a lower-case letter meets a capital, when the part before is a state's own name
the knowledge base knows and the part after, with the rest of the mention, is a state's known name too: the mention
becomes that second state (by character offsets, as "U.S." in "U.S.-made"). A firm's intercapped name ("ChinaAMC")
has no state after the cut, so it stays whole.
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lookup
from core.extract.nlp import doc_text
from core.model import Kind


def cut_glued_states(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """Each chosen mention that opens with a state's name glued to another state's name becomes the second state."""
    text = doc_text(doc)
    for m in chosen:
        if m.chars is not None:
            continue
        word = doc[m.start].text
        last = doc[m.end - 1]
        end = last.idx + len(last.text)
        for i in range(4, len(word) - 3):
            if not (word[i - 1].islower() and word[i].isupper()):
                continue
            first = lookup(word[:i])
            if first is None or first.kind is not Kind.STATE or first.role != "name":
                continue
            start = doc[m.start].idx + i
            second = lookup(text[start:end])
            if second is not None and second.kind is Kind.STATE and second.role == "name":
                m.chars, m.kind, m.key, m.role, m.name = (start, end), Kind.STATE, second.name, "name", None
                break
    return chosen
