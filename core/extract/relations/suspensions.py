"""What suspending someone states: a bloc suspending a member state, an authority suspending a firm's permit.

'suspend' is no hostile verb by itself ('suspended flights to X', 'suspended the payments of Y' are no act against X
or Y, review of round X); two shapes are:
- a bloc or body suspending a state, or a state's participation or membership ('the Union has suspended Ruritania',
  "suspended Ruritania's participation in its activities"): HOSTILITY (a person suspending his own country's
  participation in a treaty is left alone: the doer must be a body);
- 'suspended the working permit of the firm X', "suspended X's licence": a measure on the firm or person
  (ENFORCEMENT), on a state HOSTILITY;
- 'suspended its arms export permits to X', 'suspend 30 export licences to X': permits to send goods to a state,
  suspended, stop a trade with it (HOSTILITY, as 'halted arms sales to X'); only a state after 'to' (gold r52, r128).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from core.model import Family, Kind

_SUSPEND = "suspend"
# what of a member a bloc suspends
_MEMBER_NOUNS = frozenset({"participation", "membership"})
# what an authority suspends of a firm or a person
PERMITS = frozenset(
    {"permit", "licence", "license", "accreditation", "registration", "authorisation", "authorization"}
    | {"concession", "credentials", "certificate"}
)


def suspended_member(
    lemma: str, noun: Token | None, prep: str | None, doers: Iterable[Kind], targets: Iterable[Kind]
) -> bool:
    """'the bloc suspended X' / "suspended X's participation": a body's suspension of a state."""
    doers, targets = set(doers), set(targets)
    if lemma != _SUSPEND or prep is not None or not doers or targets != {Kind.STATE}:
        return False
    if doers != {Kind.PARTY}:
        return False
    return noun is None or noun.lemma_.lower() in _MEMBER_NOUNS


def suspended_permit(lemma: str, noun: Token | None, prep: str | None, targets: Iterable[Kind]) -> Family | None:
    """'suspended the working permit of X' ('of X'), "suspended X's licence" (X the possessor): a measure on X."""
    targets = set(targets)
    if prep == "to" and noun is not None:
        noun = _permit_to(noun)
    if lemma != _SUSPEND or noun is None or not targets or noun.lemma_.lower() not in PERMITS:
        return None
    if prep == "to":
        return Family.HOSTILITY if targets == {Kind.STATE} else None
    if prep not in ("of", None):
        return None
    return Family.HOSTILITY if targets == {Kind.STATE} else Family.ENFORCEMENT


def _permit_to(noun: Token) -> Token | None:
    """The permits a 'to' is read from: 'suspended 30 export licences for arms to X' (the goods the licences are for),
    'suspend 30 of the 350 arms export licences to X' (a number of them)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        permit = noun.head.head
        return permit if permit.dep_ == "dobj" and permit.lemma_.lower() in PERMITS else None
    if noun.dep_ == "dobj" and noun.lemma_.lower() not in PERMITS:
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                inner = [p for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in PERMITS]
                if inner:
                    return inner[0]
    return noun if noun.dep_ == "dobj" else None
