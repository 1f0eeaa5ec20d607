"""A body said to be made up of named members: 'the BRICS alliance made up of A and B', 'the PLAN task group -
comprising the cruiser A, the frigate B and the supply ship C', 'a consortium made up of A, B and C'.

Each member named in the list after 'made up of', 'composed of', 'comprised of', 'consisting of' or 'comprising' is
a member of the body when the body is named ('BRICS', or a name that qualifies the body noun: 'the PLAN task
group'); when the body is an unnamed group ('a consortium', 'a special team'), two bodies or more listed as its
members act together in it (ALLIANCE); an operation 'consisting of an A guarantee and a B loan' is no group. States
listed in an unnamed body ('a consortium comprising A, B and C') and people from a state ('made up of soldiers from
A and B') say nothing here. The list is read from the surface, up to the first verb,
relative pronoun, closing dash or preposition, past a name that is a subject or a possessor (a reporting clause's
speaker: 'made up of A and B, C said'): the parser scatters a list of titled ships over several heads. A body in
brackets right after a person's name ('a delegation comprising A (JMM), B (TDP) and C (BJP)') is that person's
party, no member of the group (blind69).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import combinations

from spacy.tokens import Token

from core.extract.nlp import doc_column
from core.extract.relations.syntax import Tie
from core.model import Family, Kind

_PARTICIPLES = frozenset({"composed", "comprised", "consisting", "consists", "consist"})
_COMPRISING = frozenset({"comprising", "comprises", "comprise"})
# words that close the list: what follows is no longer a member
_STOP = frozenset({"which", "who", "whose", "that", ";", ".", "–", "—", "-", ":", '"', "“", "”"})
# a word the tagger calls a verb but the parser hangs on a name: 'Type 054A frigate X'
_NAMING = frozenset({"compound", "amod", "nmod"})
# nouns of a group whose members act together in it ('a consortium made up of', 'a special team comprising'); not
# an operation or a deal that 'consists of an A guarantee and a B loan'
_GROUPS = frozenset(
    {"team", "consortium", "group", "coalition", "alliance", "force", "taskforce", "delegation", "mission"}
    | {"committee", "panel", "bloc", "grouping", "venture", "partnership", "syndicate", "council", "board", "unit"}
    | {"contingent", "detachment", "flotilla", "squadron", "network", "association", "union", "league", "club"}
)
_MEMBER_KINDS = frozenset({Kind.STATE, Kind.PARTY, Kind.VESSEL})


def _list_start(v: Token) -> int:
    """The index after 'made up of' / 'composed of' / 'comprising', or -1 when ``v`` opens no such list."""
    low = v.lower_
    doc = v.doc
    nxt = v.i + 1
    if low in _COMPRISING:
        return nxt
    if low == "made" and nxt + 1 < len(doc) and doc[nxt].lower_ == "up" and doc[nxt + 1].lower_ == "of":
        return nxt + 2
    if low in _PARTICIPLES and nxt < len(doc) and doc[nxt].lower_ == "of":
        return nxt + 1
    return -1


def _body(v: Token) -> Token | None:
    """The body said to be made up of the list: the noun the participle hangs on, or the verb's subject."""
    if v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN"):
        return v.head
    return next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _speaker(t: Token, ei: int, tok_ent: list[int]) -> bool:
    """Is the name ``ei`` (at ``t``) a clause's subject or a possessor ('C said', 'C's army said')?"""
    for _ in range(4):
        if t.head.i == t.i or tok_ent[t.head.i] != ei:
            break
        t = t.head  # the name's own head token
    return t.dep_ in ("nsubj", "nsubjpass") or any(c.dep_ == "case" for c in t.children)


def _tag_of_person(i: int, ei: int, toks_doc, tok_ent: list[int], kind: Callable[[int], Kind]) -> bool:
    """Is the name ``ei`` at token i a bracketed tag right after a person's name ('Sarfaraz Ahmad (JMM)')?"""
    j = i
    while j > 0 and tok_ent[j - 1] == ei:
        j -= 1
    if j < 2 or toks_doc[j - 1].text != "(":
        return False
    before = tok_ent[j - 2]
    return before >= 0 and before != ei and kind(before) is Kind.OFFICIAL


def _members(start: int, end: int, toks_doc, tok_ent: list[int], kind: Callable[[int], Kind]) -> list[int]:
    out: list[int] = []
    i = start
    while i < end:
        t = toks_doc[i]
        if t.lower_ == "in" and i + 2 < end and toks_doc[i + 1].lower_ == "addition" and toks_doc[i + 2].lower_ == "to":
            i += 3
            continue  # 'made up of A and B, in addition to C and D'
        if (
            (t.pos_ in ("VERB", "AUX") and t.dep_ not in _NAMING)
            or t.lower_ in _STOP
            or (t.pos_ == "ADP" and t.lower_ != "of")
        ):
            break
        ei = tok_ent[i]
        if ei >= 0 and t.dep_ == "compound" and tok_ent[t.head.i] not in (-1, ei):
            ei = -1  # a name inside another member's: 'Chile Navy'
        if ei >= 0 and _speaker(t, ei, tok_ent):
            ei = -1  # a later clause's speaker, not a member: 'made up of A and B, C said', 'C's army said'
        if ei >= 0 and _tag_of_person(i, ei, toks_doc, tok_ent, kind):
            ei = -1  # 'comprises A (JMM), B (TDP)': the party in brackets is the member's, the member is the person
        if ei >= 0 and ei not in out and t.pos_ in ("PROPN", "NOUN") and kind(ei) in _MEMBER_KINDS:
            out.append(ei)
        i += 1
    return out


def made_up_of_ties(toks: list[Token], tok_ent: list[int], kind: Callable[[int], Kind]) -> Iterator[Tie]:
    """Members of a body said to be made up of them; the bodies that make up an unnamed one, allied in it."""
    if not toks:
        return
    end = toks[-1].i + 1
    doc = toks[0].doc
    lowered = doc_column(doc, "lower_")
    for v in toks:
        low = lowered[v.i]
        if low not in _PARTICIPLES and low not in _COMPRISING and low != "made":
            continue
        start = _list_start(v)
        body = _body(v) if start >= 0 else None
        if body is None:
            continue
        members = _members(start, end, doc, tok_ent, kind)
        named = tok_ent[body.i]
        if named < 0:  # 'the BRICS alliance', 'the PLAN task group': a name that qualifies the body noun
            names = {tok_ent[c.i] for c in body.children if c.dep_ in ("compound", "nmod") and c.i < body.i}
            names.discard(-1)
            named = names.pop() if len(names) == 1 else -1
            if named >= 0 and kind(named) is not Kind.PARTY:
                named = -1  # 'the Chinese taskforce' is no body named
        if named >= 0:
            for m in members:
                if m != named:
                    yield m, named, "member of", Family.MEMBERSHIP
        elif body.lemma_.lower() in _GROUPS:
            parties = [m for m in members if kind(m) is Kind.PARTY]
            if len(parties) >= 2 and len(parties) == len(members):
                for a, b in combinations(parties, 2):
                    yield a, b, "together in", Family.ALLIANCE
