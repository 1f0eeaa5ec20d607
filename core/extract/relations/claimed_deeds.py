"""A speaker claiming or alleging that the target did something faults it: 'the ministry claimed that Z's forces
carried out sabotage', 'X claimed Z was laying claim to the island', 'claimed Z had taken part in secret meetings'
(issue 11 round BC). The annotated sets give the speaker → target tie of such a claim HOSTILITY, not REPORTING:
over blind4..59, four 'reported on' ties of an official, state or state body whose target is the active subject of
the clause that 'claim', 'allege', 'accuse', 'charge' or 'blame' governs are all gold HOSTILITY. A clause whose verb
is friendly in the lexicon ('claims Z has been collaborating with W', 'agreed', 'met') is a claim about ties, not a
fault; what Z is ('alleged that Z was the victim of ...'), a denied clause ('claimed Z had not fired'), a claim
not made ('did not allege that Z ...') and a passive
('claimed that two of Z's jets had been shot down': Z suffers the act) fault no one. A claim about a ship ('claimed
the Z was in fact bound for W') is a report on it, as the gold keeps statements identifying a vessel (the caller,
announcements.py, leaves ship targets out).
"""

from __future__ import annotations

from spacy.tokens import Token

from core.model import Family

# Reporting verbs that put the speaker against what the clause says its subject did.
FAULTING = frozenset({"claim", "allege", "accuse", "charge", "blame"})
# Families of a clause's verb that state a tie, not a deed: a claimed alliance or deal is no accusation.
_FRIENDLY = frozenset({Family.ALLIANCE, Family.AGREEMENT, Family.DIPLOMACY})
# Words through which the target's name reaches the clause's subject: "Z's forces", 'Armenian forces'.
_THROUGH = frozenset({"poss", "compound", "amod"})


def claimed_deed(t: Token, tok_ent: list[int], tgt: int, verbs: dict[str, Family]) -> str | None:
    """The verb's lemma when the target's name ``t`` (or the noun it names) is the active subject of a clause a
    faulting verb governs (the tie reads 'accused of <verb>'); None otherwise."""
    while t.dep_ in _THROUGH and t.head.i != t.i and tok_ent[t.head.i] in (-1, tgt):
        t = t.head
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
    return v.lemma_.lower()
