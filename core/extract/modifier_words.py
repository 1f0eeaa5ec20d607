"""A one-word "body" or "person" that is an English adjective or adverb and no noun: "Definitive results are due",
"the European Union's Diplomatic service", "Electoral officials said", "Fearfully, the contract ...". A name of one
word is a noun (a firm, a party, an outlet: "Hamas", "Windward", "Labour"); a word the dictionary knows only as a
modifier names nothing. The dictionary is the model's own WordNet index (its lemmatizer's ``lemma_index``); a name
the knowledge base knows, or one that speaks ("X said"), stays."""

from __future__ import annotations

from functools import cache

from core.extract.common_words import lone_word
from core.extract.nlp import load_nlp
from core.model import LocalEntity


@cache
def _index() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(nouns, modifiers, verbs): WordNet's nouns, its adjectives and adverbs, and its verbs, lower case, read from the
    lemmatizer's table once; empty without the index."""
    try:
        table = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return frozenset(table["noun"]), frozenset(table["adj"]) | frozenset(table["adv"]), frozenset(table["verb"])
    except (KeyError, ValueError):
        return frozenset(), frozenset(), frozenset()


def modifier_only(word: str) -> bool:
    """Is ``word`` (any case) an adjective or adverb and no noun, in the singular or as a plural?"""
    nouns, modifiers, _ = _index()
    low = word.lower()
    return low in modifiers and low not in nouns and not (low.endswith("s") and low[:-1] in nouns)


def in_dictionary(word: str) -> bool:
    """Does WordNet know ``word`` (any case) as any noun, adjective, adverb or verb?"""
    nouns, modifiers, verbs = _index()
    low = word.lower()
    return low in nouns or low in modifiers or low in verbs


def drop_modifier_words(text: str, entities: list[LocalEntity]) -> list[LocalEntity]:
    """``entities`` less each unknown one-word body or person whose one word is only an adjective or adverb."""
    return [e for e in entities if not ((word := lone_word(text, e)) and modifier_only(word))]
