"""Two sides said to be at odds with each other, with no 'with': 'X and Y have been at odds over Z', 'X and Y remain at
war' (read on the relation nouns 'odds' and 'war', relation_nouns.py). The coordinated subjects quarrel with each
other (HOSTILITY), as 'X has been at odds with Y' does (verb_senses.py reads that one). Counted over the real sets
(round BE, x-ss81): over blind4..65 the rule adds 4 ties, all gold pairs (two neighbours, named by their names or
their capitals), 3 of them HOSTILITY in the gold and one DIPLOMACY (a pair typed before; HOSTILITY is added)."""

from __future__ import annotations

from spacy.tokens import Token

_STANDINGS = frozenset({"odds", "war"})
# verbs that state a standing: 'are at odds', 'remain at war'
_STATING = frozenset({"be", "remain", "stay", "find"})
_OTHERS = frozenset({"other", "another"})


def quarrel_verb(noun: Token) -> Token | None:
    """The verb whose subjects stand 'at odds' (or 'at war') with each other, when the phrase names
    no other side ('with Y': then the quarrel is with Y, read elsewhere)."""
    if noun.lemma_.lower() not in _STANDINGS and noun.lower_ not in _STANDINGS:
        return None
    at = noun.head
    if noun.dep_ != "pobj" or at.lower_ != "at" or at.dep_ != "prep":
        return None
    verb = at.head
    if verb.lemma_.lower() not in _STATING or verb.i == at.i:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "with" and not _each_other(c) for c in (*noun.children, *verb.children)):
        return None
    return verb


def _each_other(with_: Token) -> bool:
    """'with each other', 'with one another': the subjects' quarrel is still between themselves."""
    return any(c.lower_ in _OTHERS for c in with_.subtree)
