"""A speaker claiming or alleging that the target did something faults it: 'the ministry claimed that Z's forces
carried out sabotage', 'X alleged Z had taken part in secret meetings' (issue 11 round BC). The annotated sets give
the speaker → target tie of such a claim HOSTILITY, not REPORTING: over blind4..59, four 'reported on' ties of an
official, state or state body whose target is the active subject of the clause that 'claim', 'allege', 'accuse',
'charge' or 'blame' governs are all gold HOSTILITY. A bare 'claim' reports without faulting (review BC): under it
only a hostile or coercive deed faults Z, a verb the lexicon files under HOSTILITY or ENFORCEMENT, a violent one
('claimed Z had kidnapped ...'), a verb whose object is such a deed ('carried out sabotage') or a claim laid to
land ('claimed Z was laying claim to the island'); 'claimed that Z had won the support of most members' or 'had
withdrawn its troops' is a report. A clause whose verb is friendly in the
lexicon ('alleges Z has been collaborating with W', 'agreed', 'met') is a claim about ties, not a fault; what Z is
('alleged that Z was the victim of ...'), a denied clause ('alleged Z had not fired'), a claim not made ('did not
allege that Z ...') and a passive ('claimed that two of Z's jets had been shot down': Z suffers the act) fault no one.
A claim about a ship ('claimed the Z was in fact bound for W') is a report on it, as the gold keeps statements
identifying a vessel (the caller, announcements.py, leaves ship targets out).
"""

from __future__ import annotations

from spacy.tokens import Token

from core.extract.relations.blamed_deeds import DEEDS, VIOLENT
from core.model import Family

# Reporting verbs that put the speaker against what the clause says its subject did.
FAULTING = frozenset({"claim", "allege", "accuse", "charge", "blame"})
# Families of a clause's verb that state a tie, not a deed: a claimed alliance or deal is no accusation.
_FRIENDLY = frozenset({Family.ALLIANCE, Family.AGREEMENT, Family.DIPLOMACY})
# Families of a deed that a bare 'claim' faults its doer for.
_FAULTS = frozenset({Family.HOSTILITY, Family.ENFORCEMENT})


def claimed_deed(t: Token, verbs: dict[str, Family]) -> str | None:
    """The verb's lemma when ``t``, the target's name or the noun it names (the caller walks "Z's forces" up to
    'forces'), is the active subject of a clause a faulting verb governs (the tie reads 'accused of <verb>'); None
    otherwise."""
    if t.dep_ != "nsubj":
        return None
    v = t.head
    if v.pos_ != "VERB" or v.lemma_.lower() == "be" or v.dep_ != "ccomp" or v.head.i == v.i:
        return None  # 'alleged that Z was the victim of ...': what Z is, not what Z did
    if v.head.lemma_.lower() not in FAULTING or v.head.pos_ != "VERB":
        return None
    if any(c.dep_ == "neg" for c in v.head.children):
        return None  # 'did not allege that Z ...': no claim made
    if any(c.dep_ == "neg" for c in v.children) or verbs.get(v.lemma_.lower()) in _FRIENDLY:
        return None
    lemma = v.lemma_.lower()
    if v.head.lemma_.lower() == "claim" and not _faulting_deed(v, lemma, verbs):
        return None  # 'claimed that Z had won the support of most members': a report, not a fault
    return lemma


def _faulting_deed(v: Token, lemma: str, verbs: dict[str, Family]) -> bool:
    """A hostile or coercive deed: the verb itself, or its object ('carried out sabotage', 'launched an attack')."""
    if verbs.get(lemma) in _FAULTS or lemma in VIOLENT:
        return True
    objs = [c.lemma_.lower() for c in v.children if c.dep_ == "dobj"]
    if lemma in ("lay", "stake") and "claim" in objs:
        return True  # 'claimed that Z was laying claim to the island': a claim on another's land
    return any(verbs.get(o) in _FAULTS or o in DEEDS for o in objs)
