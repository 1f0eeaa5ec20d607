"""A state naming its envoy: 'X nominated Y to become its ambassador in Z', 'X appointed Y as its envoy to Z' make Y
X's ambassador (MEMBERSHIP, as 'X's ambassador Y' is), not a leader's appointment of a subordinate (LEADERSHIP, the
lexicon's reading of 'appoint'); 'decided to appoint an ambassador to Z' is a step in X's dealings with Z
(DIPLOMACY), no one led. The role is read from the verb's own words: an 'as' phrase, or a 'to become'/'to serve as'
clause on it."""

from __future__ import annotations

from spacy.tokens import Token

from core.extract.relations.lexicon import lexicon
from core.model import Family

_APPOINTING = frozenset({"appoint", "nominate", "name", "designate"})
_BECOMING = frozenset({"become", "be", "serve", "act"})


def _role(t: Token) -> bool:
    return t.lemma_.lower() in lexicon().diplomatic_roles


def _named_role(v: Token) -> bool:
    """'... as (its) ambassador', '... to become its ambassador', '... to serve as envoy' on the verb."""
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "as" and any(p.dep_ == "pobj" and _role(p) for p in c.children):
            return True
        if c.dep_ in ("xcomp", "oprd", "ccomp") and c.lemma_.lower() in _BECOMING:
            for d in c.children:
                if d.dep_ in ("attr", "oprd", "dobj") and _role(d):
                    return True
                if d.dep_ == "prep" and d.lower_ == "as" and any(p.dep_ == "pobj" and _role(p) for p in d.children):
                    return True
    return False


def envoy_family(v: Token, noun: Token | None, prep: str | None) -> Family | None:
    """MEMBERSHIP for the person named to a diplomatic post, DIPLOMACY for the host an envoy is named to; None
    for any other appointment."""
    if v.lemma_.lower() not in _APPOINTING:
        return None
    if noun is not None and _role(noun) and prep in ("to", "in"):
        return Family.DIPLOMACY  # 'appoint an ambassador to Z'
    if noun is None and prep is None and _named_role(v):
        return Family.MEMBERSHIP  # 'nominated Y to become its ambassador'
    return None
