"""Ties said to be cold by their clause rather than by an adjective before them: 'relations between X and Y have
been tense', 'ties between X and Y soured', 'the case has strained relations between X and Y'. The annotated sets
file such ties as HOSTILITY (blind41, blind42, blind43, blind47), as they do 'strained relations between X and Y'."""

from __future__ import annotations

from spacy.tokens import Token

from core.extract.relations.syntax import unasserted

# 'relations have been / remained / grown tense'
_BECOMING = frozenset({"be", "remain", "become", "grow", "stay", "turn", "get", "seem", "appear", "look"})
_THREATENING = frozenset({"threaten", "risk", "could", "may", "might"})
# 'less tense', 'no longer tense', 'not as tense'
_EASING = frozenset({"less", "longer", "not", "never", "hardly", "barely"})
# 'relations soured / deteriorated / worsened'
_SOURING = frozenset({"sour", "deteriorate", "worsen", "fray", "cool", "plummet", "plunge", "nosedive", "chill"})
# 'the case has strained relations', 'the row soured ties', 'relations were poisoned by the affair'
_STRAINING = frozenset({"strain", "sour", "poison", "damage", "worsen", "chill", "fray", "sully", "roil"})


def _negated(v: Token) -> bool:
    return any(c.dep_ == "neg" for c in v.children)


def _only_threatened(v: Token) -> bool:
    """'the row threatens to strain relations', 'risks souring ties': a strain to come."""
    return v.dep_ == "xcomp" and v.head.lemma_.lower() in _THREATENING


def cold_clause(noun: Token, cold_words: frozenset[str]) -> bool:
    """The ties noun's own clause calls them cold: the subject of 'be tense' or 'soured', the object of
    'strained' (not when the clause is negated: 'relations have not soured')."""
    head = noun.head
    if head.i == noun.i or _negated(head) or unasserted(head) or _only_threatened(head):
        return False  # 'relations have not soured', 'the row threatens to strain relations'
    if any(c.dep_ in ("advmod", "neg") and c.lower_ in _EASING for c in head.subtree if c.i > noun.i):
        return False  # 'relations have become less tense', 'are no longer tense'
    lemma = head.lemma_.lower()
    if noun.dep_ == "nsubj" and lemma in _BECOMING:
        states = [c for c in head.children if c.dep_ in ("acomp", "attr") and c.i > noun.i]
        states += [x for s in states for x in s.conjuncts]
        return any(s.lower_ in cold_words or s.lemma_.lower() in cold_words for s in states)
    if noun.dep_ == "nsubj":
        return lemma in _SOURING
    return noun.dep_ in ("dobj", "nsubjpass") and lemma in _STRAINING
