"""Intercapped trade names the model leaves untagged: "Acme operator SkyNet", "the StarLift company", "SkyNet's reply".

A single word with a capital inside it after a lower-case run ("SkyNet", "OrbitX", "PetroSib", "CargoJA") is a
brand's or a firm's way of writing its name; the small model often tags no entity on it at all. Such a word, left
untagged and written at least twice in the article, names a firm (every one over blind30..65 is a gold firm). Once
alone it is as often furniture glued by a lost space ("CommentsThe", "PhotoGetty"), so a single use is left.
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


def _intercapped(word: str) -> bool:
    """ "SkyNet", "OrbitX", "CargoJA"; not "MoU", "McLean", "MacRae", "VanDyke"."""
    return _INTERCAPPED.fullmatch(word) is not None and _FIRST_HUMP.match(word).group() not in _SURNAME_PREFIXES


def intercapped_firms(doc: Doc) -> list[Mention]:
    """Each untagged use of an intercapped word written at least twice in the document: a firm."""
    words = doc_column(doc, "text")
    shaped = [i for i, w in enumerate(words) if w[:1].isupper() and _intercapped(w)]
    if not shaped:
        return []
    counts = Counter(words[i] for i in shaped)
    labels = doc_column(doc, "ent_type_")
    return [
        Mention(i, i + 1, Kind.PARTY, None, 1, "org")
        for i in shaped
        if not labels[i] and counts[words[i]] >= 2 and lookup(words[i]) is None
    ]
