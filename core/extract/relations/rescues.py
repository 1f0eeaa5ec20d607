"""A force that intercepts, boards, storms or frees a ship in distress or in pirates' hands rescues it: help to the
ship (gold ALLIANCE in blind9, blind14, blind29: 'INS X, responding to a distress call, intercepted the fishing
vessel Y', 'the navy intercepted a ship, Y, ... when pirates attacked it', 'commandos stormed the hijacked tanker'),
where the lexicon reads the verb as enforcement on the ship.

The rescue shows in the sentence: a distress call, the ship's hijacking ('the hijacked tanker'), pirates, hostages
or a rescue. A ship that is itself the pirates' ('a pirate skiff', 'a suspected pirate vessel') is stopped, not
rescued, and so is one the pirates board.
"""

from __future__ import annotations

from spacy.tokens import Token

# acts done to a ship that rescue it in such a sentence ('stop', 'search', 'inspect', 'divert' stay checks)
RESCUE_ACTS = frozenset(
    {"intercept", "board", "storm", "free", "release", "retake", "recapture", "liberate", "locate"}
    | {"track", "shadow", "spot", "detect"}
)
_DISTRESS = frozenset({"distress", "sos", "mayday", "hostage", "hostages", "rescue", "rescued", "rescuing"})
_RAIDERS = frozenset({"pirate", "hijacker", "kidnapper"})
_SUSPECT = frozenset({"pirate", "suspect", "suspected", "smuggler", "smuggling", "hijacker"})


def _hijacked(t: Token) -> bool:
    """'the hijacked tanker', 'which had been hijacked', 'hijacked by pirates': the ship in someone's hands; not
    'activists said the ship was hijacked by Israel' (the word a side uses for the interception itself)."""
    if t.lower_ != "hijacked" or t.tag_ not in ("VBN", "JJ"):
        return False
    agents = [o for a in t.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return all(o.lemma_.lower() in _RAIDERS or o.is_lower for o in agents)  # "by pirates", "by armed men"


def rescue_context(v: Token) -> bool:
    """The verb's sentence tells of a ship in distress or held by pirates, the verb's doer is no pirate, and its
    object is no pirates' craft."""
    for c in v.children:
        if c.dep_ in ("nsubj", "agent") and any(t.lemma_.lower() in _RAIDERS for t in c.subtree):
            return False  # 'pirates boarded the tanker', 'was boarded by pirates'
        if c.dep_ in ("dobj", "nsubjpass") and any(
            t.lemma_.lower() in _SUSPECT for t in c.subtree if t.i < c.i or t.head.i == c.i
        ):
            return False  # 'boarded a suspected pirate vessel'
    return any(_cue(t) for t in v.sent)


def _denied(t: Token) -> bool:
    """'without a distress call', 'no distress call was sent': the cue is said not to be there."""
    chain = (t, *t.ancestors)
    return any(a.lower_ in ("without", "no") or any(c.dep_ == "neg" for c in a.children) for a in chain) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in t.children
    )


def _cue(t: Token) -> bool:
    """A word telling of a ship in distress or in pirates' hands (review of round W: not any such word anywhere):
    pirates acting ('when pirates attacked it', 'seized by pirates'), not pirates as someone's cargo's buyers or an
    'anti-pirate patrol'; hostages not held by the doer ('held its crew as hostages'); no denied distress call."""
    word = t.lower_
    if _hijacked(t):
        return True
    if t.lemma_.lower() == "pirate":
        return t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "pobj" and t.head.dep_ == "agent")
    if word not in _DISTRESS or _denied(t):
        return False
    if word.startswith("hostage"):
        return not any(a.lemma_.lower() in ("hold", "take", "keep") for a in t.ancestors)
    return True


# 'arrested eight suspected hijackers of the tanker X', 'captured the kidnappers of Y': a blow to X's captors is done
# for X, not to it (the lexicon reads 'arrested ... of X' as enforcement on X)
CAPTORS = frozenset({"hijacker", "kidnapper", "captor", "abductor", "pirate", "hostage-taker"})


def against_captors(noun: Token | None, prep: str | None) -> bool:
    """The act's object is the captors 'of' the target: 'arrested the hijackers of X'."""
    return noun is not None and prep == "of" and noun.lemma_.lower() in CAPTORS and noun.head.dep_ != "prep"
