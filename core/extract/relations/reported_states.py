"""The states a person's reported clause acts on or names as where things go or what they bear on ('X said Iran
had asked Indonesia for details', 'X said the ship carried grain to Egypt', 'X warned of dependence on China'): what
the person reports on.

Measured from gold alone (bench/report_slices.py, all development sets, round AE): for an official's reporting verb
with no typed tie yet, a state that is the object of the reported clause's verb (4 of 4 tied by the gold, 4 of them
REPORTING) or the object of 'to' / 'on' in that clause (13 of 16 tied, REPORTING the majority family) is tied to the
speaker. Left out: the subject of a nested clause and 'with' (tied, but the gold gives many of those the act's own
family, round AD's revert 89067dc), and a clause the speaker only foresees ('would visit', modal).

Round AG (x-rep44's rule, measured): where the clause's subject is the speaker's side or a state ('we prepared a
request to China', 'Spain refused a ship carrying arms to Israel, Minister X said', 'the American sanctions on Iran
remain'), the speaker speaks for the act's agent and the gold gives the pair the act's own family (DIPLOMACY,
HOSTILITY), so only the verb's own object ('Iran has asked Indonesia ...', 'Sri Lanka owed China ...') and where people
come back to are read there, not a state after 'to' / 'on'.

Round AL (x-rep50): the agent of a passive reported clause ('X announced that the men were deported by the Y
government': Y) is read as the verb's object is (REPORTING in blind26's gold), not an act the clause denies ('has not
been sanctioned by Y', dev) nor one done by two states together ('was conceived by Y and Z as equal partners', the
speaker's own among them, blind13).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from core.extract.relations.syntax import MODALS, unasserted
from core.model import Kind

_BORNE = frozenset({"to", "on"})  # 'supplies to China', 'dependent on China'
_OBJECTS = frozenset({"dobj", "attr", "dative"})
_GOVERNMENTS = frozenset({"government", "administration", "authority"})  # lemmas: 'by the Y government'


# 'Iran is expected to / plans to / is set to send ...': a clause that only foresees its act, like 'would'
_FORESEEING = frozenset({"expect", "plan", "set", "intend"})
_HOME = frozenset({"back", "home"})  # 'on their way back to Canada', 'flew home to Canada'
# subjects that are the speaker or his side: 'X said we prepared a request to Y', 'X said he wanted ...', 'X said
# our government sent ...' (the possessive hangs on the subject noun)
_SELF = frozenset({"we", "i", "he", "she", "our", "my"})


def _foreseen(c: Token) -> bool:
    if any(a.dep_ == "aux" and a.lower_ in MODALS for a in c.children):
        return True
    return c.lemma_.lower() in _FORESEEING and any(a.dep_ == "xcomp" for a in c.children)


def _homeward(p: Token) -> bool:
    """'back to X', 'home to X', 'brought her back to X'."""
    return p.head.lower_ in _HOME or (p.i > 0 and p.doc[p.i - 1].lower_ in _HOME)


def returned_home(v: Token, tok_ent: list[int], kind: Callable[[int], Kind]) -> set[int]:
    """States the clause of ``v`` names as where people come back to ('X says Canadian citizens ... are on their way
    back to Canada'): for a speaker whose title names no state, his own state (Trudeau -> Canada, r35)."""
    out: set[int] = set()
    for c in v.children:
        if c.dep_ != "ccomp":
            continue
        for t in c.subtree:
            e = tok_ent[t.i]
            if e < 0 or kind(e) is not Kind.STATE or t.dep_ != "pobj" or t.head.lower_ != "to":
                continue
            if _homeward(t.head):
                out.add(e)
    return out


def _acting_party(c: Token, tok_ent: list[int], kind: Callable[[int], Kind], side: set[int]) -> bool:
    """The reported clause's subject is the speaker's own side ('we', 'he', 'our government', his body by name) or
    any state, by name ('Spain has refused ..., Foreign Minister X said') or by its adjective ('the American sanctions
    on Iran remain'): a party acts there, and the gold gives the pair the act's own family (read by the announcements
    and the verb rules), not a report on it. (A state acting is read so whether or not it is the speaker's: measured,
    the speaker's side alone lost four of blind30's REPORTING pairs and its family.)"""
    for s in c.children:
        if s.dep_ not in ("nsubj", "nsubjpass"):
            continue
        named = [s, *(x for x in s.children if x.dep_ in ("amod", "compound", "poss"))]
        if any(x.lower_ in _SELF for x in named):
            return True
        if any(tok_ent[x.i] >= 0 and (tok_ent[x.i] in side or kind(tok_ent[x.i]) is Kind.STATE) for x in named):
            return True
    return False


def _agent(x: Token, c: Token, listing: frozenset[str]) -> bool:
    """``x`` names the agent of the passive clause ``c``: 'by Y', 'by the Y government', 'by Y's government' (not
    a listing, 'has been sanctioned by Y', as in reported_clauses.py)."""
    if x.dep_ in ("amod", "compound", "poss") and x.head.lemma_.lower() in _GOVERNMENTS:
        x = x.head
    if x.dep_ != "pobj" or x.head.dep_ != "agent" or x.head.head.i != c.i or x.conjuncts:
        return False
    return c.lemma_.lower() not in listing and not unasserted(c)


def reported_states(
    v: Token,
    tok_ent: list[int],
    kind: Callable[[int], Kind],
    side: set[int] | None = None,
    listing: frozenset[str] = frozenset(),
) -> set[int]:
    """States the clause a person's reporting verb ``v`` reports names in one of the measured roles; where the
    clause's subject is the speaker's ``side``, only its verb's object and where people come back to ('we expect
    Israel to abide', 'Sri Lanka owed China', 'bring her back to the Philippines': REPORTING in the gold), not a
    state its act is aimed at ('we prepared a request to China', 'Spain refused a ship carrying arms to Israel':
    the act's own family in the gold)."""
    out: set[int] = set()
    for c in v.children:
        if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX") or _foreseen(c):
            continue
        own_act = side is not None and _acting_party(c, tok_ent, kind, side)
        for t in c.subtree:
            e = tok_ent[t.i]
            if e < 0 or kind(e) is not Kind.STATE or tok_ent[t.head.i] == e:
                continue  # (one token per mention: the one the parser hangs outside it)
            x = t
            while x.dep_ == "conj" and x.head.i != x.i:
                x = x.head  # 'to A and B' (not 'invited the two nations, A and B': r38's described object)
            if x.i != t.i and t.doc[t.left_edge.i - 1].lower_ == "not":
                continue  # 'to the Czech Republic, not Israel': the state it is denied of
            acted_on = x.dep_ in _OBJECTS and x.head.i == c.i
            # 'X said the men were deported by Y / by the Y government': the state that did the act (not an act
            # denied, 'has not been sanctioned by Y', nor a joint one, 'was conceived by Y and Z as equal partners')
            acted_on |= _agent(x, c, listing)
            if acted_on or (x.dep_ == "pobj" and x.head.lower_ in _BORNE and (not own_act or _homeward(x.head))):
                out.add(e)
    return out
