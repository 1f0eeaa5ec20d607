"""Asylum and refuge: who gives it backs the person, who goes to a state for it deals with that state.

The annotated sets never read asylum as a defection (DEFECTION is leaving a side: 'fled Belarus', 'defected to the
South'). Granting, offering or approving asylum or refuge to a person backs them: grantor -> person ALLIANCE ('Mexico
granted asylum to X', 'Putin approved X's asylum'). Fleeing to a state, seeking, requesting or taking refuge or asylum
in it (or at its embassy) is the person's dealing with the host: person -> host DIPLOMACY ('X fled to Australia',
'X has taken refuge in Belarus', 'requested asylum in Spain'). 'Fled Belarus' (no 'to') stays a defection, and so
does fleeing to a state in a sentence that names the act a defection ('in a notable defection, X fled to Y').
"""

from __future__ import annotations

from spacy.tokens import Token

from core.model import Family

# what is given or sought
_SHELTER = frozenset({"asylum", "refuge", "sanctuary"})
# giving it: the giver backs the person
_GIVING = frozenset({"grant", "give", "offer", "approve", "extend", "provide", "award", "accord", "afford"})
# seeking or taking it in a state: the person deals with the host
_SEEKING = frozenset({"seek", "request", "ask", "apply", "take", "find", "claim", "obtain", "receive", "get"})
# fleeing to a place ('fled to Australia'), not fleeing a place
_FLEEING = frozenset({"flee", "escape"})
_TOWARD = frozenset({"to", "into", "in", "at"})


def asylum_family(v: Token, noun: Token | None, prep: str | None) -> Family | None:
    """The family of 'granted asylum to Y' (ALLIANCE), 'sought asylum in Y' / 'fled to Y' (DIPLOMACY); None for
    every other shape."""
    lemma = v.lemma_.lower()
    if noun is None:
        if lemma != "flee" or prep not in _TOWARD:
            return None
        # 'a diplomat who defected has fled to the South': a defection named as such stays one
        return None if any(t.lemma_.lower().startswith("defect") for t in v.sent) else Family.DIPLOMACY
    if noun.lemma_.lower() not in _SHELTER:
        return None
    if lemma in _GIVING:
        return Family.ALLIANCE
    if lemma in _SEEKING | _FLEEING and prep in _TOWARD:
        return Family.DIPLOMACY
    return None
