"""A person held by a state or a group: 'X had been held in Sylvania since 2022', 'X, who spent ten years in
Sylvanian prison', 'X, who had been in Taliban captivity since 2020', 'held in the custody of Y'. 'hold' is no act
of enforcement by itself (talks are held) and 'in prison' names a place, so the verb rules read no holder: read it
for a person only, from the state named as the place of the holding or owning the prison."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import Tie, unasserted, words_in
from core.model import Family, Kind

_HELD = frozenset({"held"})
_CAPTIVITY = frozenset({"captivity", "prison", "prisons", "custody", "detention", "jail", "jails"})
_TRIGGERS = _HELD | _CAPTIVITY
_HOLDERS = frozenset({Kind.STATE, Kind.PARTY})
_RELATIVES = frozenset({"who", "that", "whom"})
# verbs of being kept in a prison or in custody ('spent ten years in', 'died in', 'remains in'); 'worked in a prison'
# or 'taught in a prison' says where someone works
_KEPT = frozenset({"be", "spend", "remain", "stay", "die", "languish", "sit", "serve", "hold", "keep", "detain"})


def captivity_ties(
    toks: list[Token], kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]
) -> Iterator[Tie]:
    """Holder -> person, ENFORCEMENT (see the module's text); ``den`` reads the entities a word stands for."""
    for w in words_in(toks, _TRIGGERS):
        if w.lower_ in _HELD:
            if w.tag_ != "VBN" or unasserted(w):
                continue
            if any(c.dep_ in ("prt", "agent") for c in w.children):
                continue  # 'held up in Sylvania', 'held in Sylvania by a storm': no custody
            subjects = [c for c in w.children if c.dep_ == "nsubjpass"]
            if not subjects and w.dep_ == "acl":
                subjects = [w.head]  # 'X, held in Sylvania since May'
            holders = set()
            for p in w.children:
                if p.dep_ == "prep" and p.lower_ == "in":
                    holders |= _named(p, kind, den, Kind.STATE)  # a state as the place: its cities are no holder
            label = "held in"
            verb = w
        else:
            prep = w.head
            if w.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
                continue
            verb = prep.head
            if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _KEPT or unasserted(verb):
                continue
            holders = set()
            for c in w.children:
                if c.dep_ in ("amod", "compound", "poss", "nmod"):
                    holders |= {e for e in den(c) if kind(e) in _HOLDERS}
                elif c.dep_ == "prep" and c.lower_ == "of":
                    holders |= _named(c, kind, den, *_HOLDERS)  # 'in the custody of Sylvania'
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects and verb.dep_ == "acl":
                subjects = [verb.head]  # 'X, held in the custody of Y'
            label = f"in {w.lower_.rstrip('s') if w.lower_ in ('prisons', 'jails') else w.lower_}"
        if not holders:
            continue
        people: set[int] = set()
        for s in subjects:
            if s.lower_ in _RELATIVES and verb.dep_ == "relcl":
                s = verb.head  # 'X, who spent ten years in Sylvanian prison'
            people |= {e for e in den(s) if kind(e) is Kind.OFFICIAL}
        for a in holders:
            for b in people - holders:
                yield a, b, label, Family.ENFORCEMENT


def _named(prep: Token, kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]], *kinds: Kind) -> set[int]:
    """The entities of the given kinds named as the object of ``prep``."""
    out: set[int] = set()
    for o in prep.children:
        if o.dep_ == "pobj":
            out |= {e for e in den(o) if kind(e) in kinds}
    return out
