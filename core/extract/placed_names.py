"""One-word names the model took for bodies that the article places somewhere else: "the port of Toulouse", "a
position south of Crete", "off Corsica", "the regional capital Goma", "the capital, Santiago", "Erbil's Koya
district". What the text says of the word at one occurrence holds for all of them."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Cluster
from core.extract.kb import lexicon_set
from core.extract.nlp import doc_column

COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})
COMPASS |= {"north-east", "north-west", "south-east", "south-west"}
_NEAR = frozenset({"off", "near", "toward", "towards"})
# a lower-case place noun set right before a town's name ("the regional capital Goma", "the port city Busan", "the
# capital, Santiago", "the seaport of Novorossiysk"): the KB's place nouns, not "state" ("the state firm X") nor a coast
_NOT_TOWN_NOUNS = frozenset({"state", "coast", "island", "islands"})
_MORE_TOWN_NOUNS = frozenset({"capital", "seaport", "metropolis"})
# "Erbil's Koya district": a town owning a named part of it
_PART_NOUNS = frozenset({"district", "province", "region", "county", "neighbourhood", "neighborhood", "suburb"})
_POSSESSIVE = frozenset({"'s", "\u2019s"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_CLAUSE_IN_A_NOUN = frozenset({"relcl", "acl", "csubj", "nsubj", "nsubjpass"})


def _town_noun_before(doc: Doc, low: list[str], s: int) -> bool:
    """ "the regional capital Goma", "the capital, Santiago", "the Russian seaport of Novorossiysk"."""
    if doc[s].dep_ in {"nsubj", "nsubjpass", "poss"} or (s + 1 < len(doc) and low[s + 1] in _POSSESSIVE):
        return False  # "back in the capital, Brevik said", "in the capital, Tkachenko's office said"
    if s + 1 < len(doc) and doc[s + 1].tag_ in _FINITE and doc[s + 1].dep_ in _CLAUSE_IN_A_NOUN:
        return False  # "the town Petrenko commands was shelled", "the capital Velkoff raised will fund": its subject
    k = s - 1
    if low[k] in {",", "of"} and k >= 1:
        k -= 1
    town_nouns = (lexicon_set("place_nouns") - _NOT_TOWN_NOUNS) | _MORE_TOWN_NOUNS
    return low[k] in town_nouns and doc[k].is_lower


def _owns_a_part(doc: Doc, low: list[str], s: int) -> bool:
    """ "based in Erbil's Koya district": the word owns a named part of a town or region."""
    return (
        s + 3 < len(doc)
        and low[s + 1] in _POSSESSIVE
        and doc[s + 2].is_title
        and low[s + 3] in _PART_NOUNS
        and doc[s + 3].is_lower
    )


def placed(doc: Doc, low: list[str], s: int) -> bool:
    if s >= 1 and low[s - 1] in _NEAR:
        # "off Corsica", "flew toward Kyrnos", not "sold off X holdings" (a particle) or "near X bases" (the word
        # names the bases' owner)
        return doc[s - 1].dep_ == "prep" and (s + 1 >= len(doc) or doc[s + 1].pos_ not in ("NOUN", "PROPN"))
    if s >= 1 and (_town_noun_before(doc, low, s) or _owns_a_part(doc, low, s)):
        return True
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
