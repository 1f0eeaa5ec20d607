"""A one-word "body" or "person" that is an English adjective or adverb and no noun: "Definitive results are due",
"the European Union's Diplomatic service", "Electoral officials said", "Fearfully, the contract ...". A name of one
word is a noun (a firm, a party, an outlet: "Hamas", "Windward", "Labour"); a word the dictionary knows only as a
modifier names nothing. The dictionary is the model's own WordNet index (its lemmatizer's ``lemma_index``); a name
the knowledge base knows, or one that speaks ("X said"), stays. A "person" named only by such a modifier and a noun
("Maritime Boundaries", "the Presidential Villa") is no one either, unless a title names him and no determiner does
("prime minister Clement Attlee")."""

from __future__ import annotations

from functools import cache

from core.extract.common_words import lone_word
from core.extract.kb import lexicon_set
from core.extract.nlp import load_nlp
from core.model import Kind, LocalEntity


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


def dictionary_noun(word: str) -> bool:
    """Is ``word`` (any case) a WordNet noun, in the singular or as a plural ("Boundaries", "Knights")?"""
    nouns, _, _ = _index()
    low = word.lower()
    plural = (low.endswith("s") and low[:-1] in nouns) or (low.endswith("ies") and low[:-3] + "y" in nouns)
    return low in nouns or plural


def in_dictionary(word: str) -> bool:
    """Does WordNet know ``word`` (any case) as any noun, adjective, adverb or verb?"""
    nouns, modifiers, verbs = _index()
    low = word.lower()
    return low in nouns or low in modifiers or low in verbs


def drop_modifier_words(text: str, entities: list[LocalEntity]) -> list[LocalEntity]:
    """``entities`` less each unknown one-word body or person whose one word is only an adjective or adverb, and
    each "person" named only by an adjective before a noun (``described_thing``)."""
    return [
        e
        for e in entities
        if not ((word := lone_word(text, e)) and modifier_only(word)) and not described_thing(e, text)
    ]


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her"})


def _word_before(text: str, start: int) -> str:
    """The word just before ``start`` in ``text``, lower case ('' at the text's start)."""
    before = text[max(0, start - 30) : start].split()
    return before[-1].lower().strip("(\"“‘'") if before else ""


def described_thing(e: LocalEntity, text: str) -> bool:
    """ "Nuclear Power", "Maritime Boundaries", "Presidential Villa", "Geological Survey": a "person" whose every
    mention opens with a word that is only an adjective and ends with a noun of the dictionary is a thing or a body
    cut from its name, no one's name, unless a title names him and no determiner does: a given name WordNet knows
    only as an adjective ("prime minister Clement Attlee", "Foreign Minister Sunny Lee") stays a person, while "the
    Presidential Villa", "US Geological Survey", "as Foreign Missions" stay things."""
    titles = lexicon_set("titles", fold=True)  # "the Late X", "Honourable X": a title, not a description
    shaped = e.kind is Kind.OFFICIAL and all(
        len(words := m.text.split()) >= 2
        and words[0][:1].isupper()
        and words[0].lower() not in titles
        and modifier_only(words[0])
        and dictionary_noun(words[-1])
        for m in e.mentions
    )
    if not shaped:
        return False
    before = [_word_before(text, m.start) for m in e.mentions]
    titled = any(w in titles and w != "general" for w in before)  # 'China General Nuclear Power' names no one
    return not titled or any(w in _DETERMINERS for w in before)
