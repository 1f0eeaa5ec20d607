"""What a speaker takes one party to be to another: 'identified China as the main threat to Canada', 'sees X as a
partner of Y', 'considers X a danger to Y' — X is that to Y (the speaker's own tie is read elsewhere)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import Tie, unasserted, words_in
from core.model import Family

# verbs that cast their object as something ('identified X as', 'regards X as', 'considers X a')
_CASTING = frozenset(
    {"identify", "name", "see", "view", "regard", "consider", "describe", "label", "brand", "call", "deem", "cite"}
    | {"designate", "list", "characterize", "characterise", "portray", "single"}
)
# what the object is cast as, to whom ('a threat to Y', 'an ally of Y')
_ROLES = {
    "threat": Family.HOSTILITY,
    "danger": Family.HOSTILITY,
    "menace": Family.HOSTILITY,
    "enemy": Family.HOSTILITY,
    "adversary": Family.HOSTILITY,
    "foe": Family.HOSTILITY,
    "ally": Family.ALLIANCE,
    "partner": Family.ALLIANCE,
    "friend": Family.ALLIANCE,
}


def regarded_ties(toks: list[Token], den: Callable[[Token], frozenset[int]]) -> Iterator[Tie]:
    """X -> Y with the role's family, for a verb of casting whose object X is cast as a role 'to'/'of' Y."""
    for v in words_in(toks, _CASTING, lemma=True):
        if v.pos_ != "VERB" or unasserted(v):
            continue
        objs = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        if not objs:
            continue
        roles = [c for c in v.children if c.dep_ in ("oprd", "attr", "xcomp") and c.lemma_.lower() in _ROLES]
        for p in v.children:
            if p.dep_ == "prep" and p.lower_ == "as":
                roles += [o for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in _ROLES]
        for o in objs:
            roles += [c for c in o.children if c.dep_ in ("oprd", "appos") and c.lemma_.lower() in _ROLES]
        for role in roles:
            fam = _ROLES[role.lemma_.lower()]
            whom: set[int] = set()
            for p in role.children:
                if p.dep_ == "prep" and p.lower_ in ("to", "of", "for"):
                    for x in p.children:
                        if x.dep_ == "pobj":
                            whom |= den(x)
                            whom |= {e for c in x.children if c.dep_ == "poss" for e in den(c)}
            cast = {e for o in objs for e in den(o)}
            for a in cast:
                for b in whom - cast:
                    yield a, b, f"{role.lemma_.lower()} to", fam
