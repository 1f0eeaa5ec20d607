"""One-word names the model took for bodies that the article places somewhere else: "the port of Toulouse", "a
position south of Crete", "off Corsica". What the text says of the word at one occurrence holds for all of them."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Cluster
from core.extract.kb import lexicon_set
from core.extract.nlp import doc_column

COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})
COMPASS |= {"north-east", "north-west", "south-east", "south-west"}
_NEAR = frozenset({"off", "near", "toward", "towards"})


def placed(doc: Doc, low: list[str], s: int) -> bool:
    if s >= 1 and low[s - 1] in _NEAR:
        # "off Corsica", "flew toward Kyrnos", not "sold off X holdings" (a particle) or "near X bases" (the word
        # names the bases' owner)
        return doc[s - 1].dep_ == "prep" and (s + 1 >= len(doc) or doc[s + 1].pos_ not in ("NOUN", "PROPN"))
    if s < 2 or low[s - 1] not in {"of", "in"}:
        return False
    return low[s - 2] in lexicon_set("place_nouns") or (low[s - 1] == "of" and low[s - 2] in COMPASS)


def bodies_placed(doc: Doc, parties: list[Cluster], text_of) -> list[Cluster]:
    """The body clusters left after dropping one-word, keyless ones that a place phrase names anywhere."""
    words, low = doc_column(doc, "text"), doc_column(doc, "lower_")
    kept = []
    for c in parties:
        forms = {text_of(m) for m in c.mentions}
        word = next(iter(forms)) if len(forms) == 1 else ""
        lone = c.name is None and word.istitle() and word.isalpha() and all(m.key is None for m in c.mentions)
        if not (lone and any(placed(doc, low, i) for i, w in enumerate(words) if w == word)):
            kept.append(c)
    return kept
