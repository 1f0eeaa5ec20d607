"""Intercapped trade names the model leaves untagged: "Acme operator SkyNet", "the StarLift company", "SkyNet's reply".

A single word with a capital inside it after a lower-case run ("SkyNet", "OrbitX", "PetroSib", "CargoJA") is a
brand's or a firm's way of writing its name; the small model often tags no entity on it at all. Such a word, left
untagged, written at least twice in the article and read once as a body's ("operator SkyNet", "SkyNet's", "SkyNet
said", "told SkyNet"), names a firm (every one over blind30..65 is a gold firm); a product is written the same way
("students used WriteGPT") and is left. Once alone it is as often furniture glued by a lost space ("CommentsThe",
"PhotoGetty"), so a single use is left.
Short humps are other things: "MoU", "MoD" (one lower-case letter before the capital) and the surname prefixes
("McLean", "DeVos", "LaRue": the model tags these as people when they are names). A word the knowledge base knows
is its own rule's work.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lookup
from core.extract.nlp import doc_column
from core.model import Kind

_INTERCAPPED = re.compile(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]*|[A-Z]{2,})+")
_FIRST_HUMP = re.compile(r"[A-Z][a-z]+")
_SURNAME_PREFIXES = frozenset({"Mac", "Van", "Von", "Del", "Della", "Des", "Dos", "Das"})
_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
_FIRM_NOUNS = frozenset({"company", "firm", "operator", "startup", "corporation", "carrier", "provider", "outlet",
                         "agency", "maker", "giant", "subsidiary", "group", "network", "publisher", "lender"})
_SAYING = frozenset({"say", "tell", "announce", "state", "confirm", "deny", "report", "add", "claim", "write",
                     "respond"})
_TOLD = frozenset({"told", "tell", "tells", "telling"})


def _intercapped(word: str) -> bool:
    """ "SkyNet", "OrbitX", "CargoJA"; not "MoU", "McLean", "MacRae", "VanDyke"."""
    return _INTERCAPPED.fullmatch(word) is not None and _FIRST_HUMP.match(word).group() not in _SURNAME_PREFIXES


def intercapped_firms(doc: Doc) -> list[Mention]:
    """Each untagged use of an intercapped word written at least twice in the document, once as a body's: a firm."""
    words = doc_column(doc, "text")
    shaped = [i for i, w in enumerate(words) if w[:1].isupper() and _intercapped(w)]
    if not shaped:
        return []
    counts = Counter(words[i] for i in shaped)
    cued = {words[i] for i in shaped if counts[words[i]] >= 2 and _firm_cue(doc, words, i)}
    labels = doc_column(doc, "ent_type_")
    return [
        Mention(i, i + 1, Kind.PARTY, None, 1, "org")
        for i in shaped
        if not labels[i] and words[i] in cued and lookup(words[i]) is None
    ]


def _firm_cue(doc: Doc, words: list[str], i: int) -> bool:
    """A use that reads as a body's: "operator SkyNet", "the SkyNet company", "SkyNet's reply", "SkyNet said",
    "told SkyNet"; never a product's alone ("students used WriteGPT", "WriteGPT was banned")."""
    if i + 1 < len(words) and (words[i + 1] in _POSSESSIVE or words[i + 1].lower() in _FIRM_NOUNS):
        return True
    if i > 0 and words[i - 1].lower() in _FIRM_NOUNS:
        return True
    if i > 0 and words[i - 1].lower() in _TOLD:
        return True  # "told SkyNet via email" (the parser may call it anything)
    tok = doc[i]
    return tok.dep_ == "nsubj" and tok.head.lemma_ in _SAYING
