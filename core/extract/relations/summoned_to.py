"""An envoy summoned to a ministry: 'India's high commissioner to Bangladesh, X, was summoned to Bangladesh's Ministry
of Foreign Affairs', 'X was called to the Foreign Ministry' — the ministry deals with the envoy and with the state
the envoy speaks for (DIPLOMACY)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import Tie, pobjs, unasserted, words_in
from core.model import Family, Kind

_SUMMONING = frozenset({"summon", "call"})
_BODIES = frozenset({"ministry", "office", "department"})
# a summons is to the foreign ministry ('the Ministry of Foreign Affairs', 'the Foreign Office', 'the Ministry of
# External Affairs', 'the State Department'); one called to the interior or justice ministry is questioned, not summoned
# (_foreign_ministry)
# where the envoy is posted, not whom he speaks for: 'high commissioner to Bangladesh', 'ambassador in Paris'
_POSTED = frozenset({"to", "in", "at"})


def summoned_to_ties(
    toks: list[Token], kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]], tok_ent: list[int]
) -> Iterator[Tie]:
    """Ministry -> envoy and ministry -> the envoy's state, DIPLOMACY."""
    for v in words_in(toks, _SUMMONING, lemma=True):
        if v.pos_ != "VERB" or unasserted(v):
            continue
        subj = [c for c in v.children if c.dep_ == "nsubjpass"]
        if not subj or not any(c.dep_ == "auxpass" for c in v.children):
            continue
        bodies = {
            e
            for p in v.children
            if p.dep_ == "prep" and p.lower_ == "to"
            for o in pobjs(p)
            if _foreign_ministry(o)
            for e in den(o)
            if kind(e) is Kind.PARTY
        }
        if not bodies:
            continue
        # the ministry's own state ('summoned to Bangladesh's Ministry of Foreign Affairs') is no sender
        own = {
            tok_ent[x.i]
            for p in v.children
            if p.dep_ == "prep" and p.lower_ == "to"
            for o in pobjs(p)
            for x in o.subtree
            if tok_ent[x.i] >= 0 and kind(tok_ent[x.i]) is Kind.STATE
        }
        envoys: set[int] = set()
        senders: set[int] = set()
        for s in subj:
            envoys |= {e for e in den(s) if kind(e) is Kind.OFFICIAL}
            envoys |= {e for a in s.subtree if a.dep_ == "appos" for e in den(a) if kind(e) is Kind.OFFICIAL}
            senders |= _senders(s, kind, tok_ent)
        for b in bodies:
            for e in envoys | (senders - own):
                if e != b:
                    yield b, e, "summoned to", Family.DIPLOMACY


def _senders(s: Token, kind: Callable[[int], Kind], tok_ent: list[int]) -> set[int]:
    """The states named in the envoy's title outside where he is posted: 'India's high commissioner to Bangladesh'."""
    posted = {x.i for p in s.children if p.dep_ == "prep" and p.lower_ in _POSTED for x in p.subtree}
    out: set[int] = set()
    for x in s.subtree:
        if x.i in posted or x.i > s.i:
            continue
        e = tok_ent[x.i]
        if e >= 0 and kind(e) is Kind.STATE and x.dep_ in ("poss", "amod", "compound", "nmod"):
            out.add(e)
    return out


def _foreign_ministry(o: Token) -> bool:
    """'the Ministry of Foreign Affairs', 'Bangladesh's Foreign Ministry', 'the Foreign Office', 'the State
    Department' (not 'the Interior Ministry', 'the Ministry of Justice')."""
    if not (o.lemma_.lower() in _BODIES or any(w.lower_ in _BODIES for w in o.lefts)):
        return False
    # the name's own words: its modifiers and what its 'of' names ('Ministry of Foreign Affairs'), not a place after
    own = [w for w in o.lefts] + [x for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.subtree]
    words = {w.lower_ for w in own} | {o.lower_}
    if words & {"foreign", "external"}:
        return True
    # 'the State Department', 'the Department of State' (not 'the state security department')
    return o.lower_ == "department" and any(w.lower_ == "state" and w.is_title for w in own) and "security" not in words
