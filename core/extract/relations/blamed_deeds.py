"""A speaker naming the target as the doer behind a killing or attack accuses it: 'X said Iran was behind the
killings', 'the death of Y was contracted by government offices of Z, X's office said' (gold: HOSTILITY between
speaker and accused, not REPORTING). Read from the target's name (or the agents or organs it owns: "Z's agents"):
the subject of 'be behind' a deed of violence, or the doer in a passive's 'by' phrase of a verb of ordering or
committing such a deed ('was ordered by Z', not 'was condemned by Z'; plain doing, 'was carried out by Z', only of a
killing), or the doer of a violent verb done to a
named victim or ship ('Y had been kidnapped by Z'; an unnamed boat 'fired upon by Z' is an incident the gold keeps as
a report)."""

from __future__ import annotations

from spacy.tokens import Token

from core.extract.relations.syntax import stance_word, unasserted
from core.model import Family

# Deeds of violence a state is blamed for ('the death of X', 'the killings', 'the attack'): a closed set, not every
# noun the lexicon files under HOSTILITY ('an investigation', 'concerns', 'the protest' blame no one).
_KILLINGS = frozenset({"death", "killing", "murder", "assassination", "poisoning", "abduction", "kidnapping"})
DEEDS = _KILLINGS | frozenset(
    {"attack", "strike", "airstrike", "bombing", "shelling", "assault", "bombardment", "invasion", "incursion", "coup"}
)
# Verbs of ordering or committing a deed ('the killing was ordered by Z', 'the attack was sponsored by Z'); 'condemned',
# 'investigated', 'reported', 'repelled by Z' name someone who answered the deed, not its doer.
_ORDERING = frozenset({"order", "contract", "commission", "orchestrate", "mastermind", "sponsor", "fund"})
_ORDERING |= {"finance", "perpetrate", "commit", "arrange"}
# Plain verbs of doing or planning, which blame only a killing ('the airstrikes were planned by Z' is as open as
# 'carried out'): 'the airstrikes were carried out by Z' is an open military act a
# speaker reports, 'the murder was carried out by Z's agents' an accusation.
_DOING = frozenset({"carry", "conduct", "launch", "stage", "execute", "organise", "organize", "plan", "direct"})
# Violent verbs done to a named victim ('Y had been kidnapped by Z'); 'criticized', 'investigated by Z' are not.
VIOLENT = frozenset({"kidnap", "abduct", "kill", "murder", "assassinate", "poison", "attack", "shoot", "torture"})
VIOLENT |= {"bomb", "stab"}
# Nouns for a state's agents and organs, through which a blame reaches the state ("Z's agents", 'government offices
# of Z', 'Z intelligence'); 'critics of Z', 'Z exiles' are not Z's.
_AGENTS = frozenset({"agent", "operative", "officer", "official", "office", "government", "regime", "service"})
_AGENTS |= {"services", "intelligence", "force", "military", "army", "spy", "assassin", "hitman", "proxy", "unit"}
_AGENTS |= {"squad", "commando", "ministry", "security", "authority", "state", "embassy", "diplomat", "team", "cell"}
_AGENTS |= {"network"}


def _deed(t: Token) -> bool:
    return t.lemma_.lower() in DEEDS or t.lower_ in DEEDS


def _agent_head(t: Token) -> bool:
    return t.lemma_.lower() in _AGENTS or t.lower_ in _AGENTS


def blamed_deed(t: Token, tok_ent: list[int], tgt: int, verbs: dict[str, Family]) -> Token | None:
    """The verb by which the target's name ``t`` is blamed for a deed of violence, or None."""
    start = t.i
    while start > 0 and tok_ent[start - 1] == tok_ent[t.i]:
        start -= 1
    if stance_word(t.doc, start) is not None:
        return None  # 'anti-Sylvanian militants were behind the attack'
    for _ in range(4):  # 'government offices of [Z]', "[Z]'s agents"
        if t.dep_ == "conj":
            t = t.head  # 'Sylvania and [Freedonia] were behind the killings'
        elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN"):
            if not _agent_head(t.head.head):
                return None
            t = t.head.head
        elif t.dep_ in ("poss", "compound", "amod") and t.head.i != t.i and tok_ent[t.head.i] in (-1, tgt):
            if tok_ent[t.head.i] < 0 and not _agent_head(t.head):
                return None
            t = t.head
        else:
            break
    v = t.head
    if unasserted(v):
        return None  # 'may have been behind', 'denied that Z was behind', 'was not behind'
    if t.dep_ == "nsubj" and v.lemma_ == "be":  # 'Iran was behind the killings'
        behind = [p for p in v.children if p.dep_ == "prep" and p.lower_ == "behind"]
        if any(c.dep_ == "pobj" and _deed(c) for p in behind for c in p.children):
            return v
        return None
    if t.dep_ == "pobj" and v.dep_ == "agent" and v.head.pos_ == "VERB":  # 'was contracted by [Z]'
        verb = v.head
        lemma = verb.lemma_.lower()
        named = [c for c in verb.children if c.dep_ == "nsubjpass" and tok_ent[c.i] >= 0]
        if named and lemma in VIOLENT and verbs.get(lemma) is Family.HOSTILITY:
            return verb  # 'Y had been kidnapped by Z'; not 'a fishing boat was fired upon by Z' (an incident)
        deeds = [c for c in verb.children if c.dep_ == "nsubjpass" and _deed(c)]
        if lemma in _ORDERING and deeds:
            return verb
        if lemma in _DOING and any(d.lemma_.lower() in _KILLINGS or d.lower_ in _KILLINGS for d in deeds):
            return verb
    return None
