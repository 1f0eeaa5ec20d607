"""Shows of force around a state: 'China staged military drills around Taiwan', "X's exercises near Y", 'sent
warships to resume operations around Y' — the doer acts against the state the drills are held around (drills held
with a partner are read elsewhere as an alliance; only the state they are held near or around is their target)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import JOINT_NOUNS, Tie, unasserted, words_in
from core.model import Family, Kind

_DRILLS = JOINT_NOUNS | {"maneuvers", "wargames", "patrols", "operations"}
# patrols and operations that are civil work, no show of force: 'drilling operations', 'rescue patrols'
_PLAIN_WORK = frozenset({"patrols", "operations"})
_CIVIL_WORK = frozenset(
    {"drilling", "rescue", "search", "fishing", "salvage", "relief", "humanitarian", "survey", "exploration"}
    | {"maintenance", "construction", "mining", "recovery", "evacuation", "dredging", "cleanup", "clean-up"}
)
# calling drills off: 'cancelled planned drills near Y', 'drills off Y were called off' ('call' only with 'off')
_CANCELLING = frozenset({"cancel", "scrap", "suspend", "postpone", "halt", "abandon"})
_AROUND = frozenset({"around", "near", "off", "encircling", "surrounding"})
_UP = 3  # heads walked from the drills to the verb whose subject holds them ('sent ships to resume drills around')


def drill_ties(toks: list[Token], kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]) -> Iterator[Tie]:
    """Doer -> state drilled around, HOSTILITY."""
    for n in words_in(toks, _DRILLS):
        if n.pos_ != "NOUN":
            continue
        civil = n.head.lower_ in _CIVIL_WORK or any(c.lower_ in _CIVIL_WORK for c in n.children)
        if n.lower_ in _PLAIN_WORK and civil:
            continue
        v = n.head
        if v.lemma_.lower() in _CANCELLING or (
            v.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in v.children)
        ):
            continue
        places: set[int] = set()
        for p in (*n.children, *(v.children if v.pos_ == "VERB" else ())):
            if p.dep_ == "prep" and p.lower_ in _AROUND:
                places |= {e for x in p.children if x.dep_ == "pobj" for e in den(x) if kind(e) is Kind.STATE}
        if not places or unasserted(v):
            continue
        doers = {e for c in n.children if c.dep_ in ("poss", "amod", "compound") for e in den(c)}
        t = n
        for _ in range(_UP):
            if doers or t.head.i == t.i:
                break
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                doers = {e for s in t.children if s.dep_ == "nsubj" for e in den(s)}
                if not doers and t.dep_ in ("xcomp", "advcl", "conj"):
                    continue  # 'sent warships to resume drills around Y': the sender's subject, one verb up
                break
        partners = {
            e
            for h in (n, t)
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in ("with", "alongside")
            for x in p.children
            if x.dep_ == "pobj"
            for e in den(x)
        }
        if places & (doers | partners):
            continue  # 'X and Y held joint drills off Y's coast': drills with the host are no threat to it
        for d in doers:
            if kind(d) in (Kind.STATE, Kind.PARTY):
                for s in places:
                    yield d, s, f"{n.lemma_.lower()} around", Family.HOSTILITY

