"""A ship's port call or visit: 'the destroyer arrived in Da Nang, Vietnam, for a port call', 'the frigate made a port
call in X', 'the submarine will arrive at the port of Havana on an official visit' — the ship visits the host state.

Ships sail, they do not do diplomacy (reader.py drops a ship's diplomacy read from a verb of motion alone); a visit or
port call named in the ship's own clause makes its arrival one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import Tie, words_in
from core.model import Family, Kind

# nouns that make a ship's arrival a visit ('call' only after 'port': 'a port call')
_VISITS = frozenset({"visit", "visits", "stopover", "stopovers"})
_CALLS = frozenset({"call", "calls"})
_TRIGGERS = _VISITS | _CALLS
# craft whose port calls are trade or service, not a visit
_MERCHANT = frozenset(
    {"tanker", "tug", "tugboat", "freighter", "trawler", "barge", "ferry", "bulker", "cargo", "yacht", "liner"}
    | {"containership", "merchant", "supply"}
)
# prepositions naming the host: 'arrived in X', 'a visit to X', 'docked at the port of X'
_HOST_PREPS = frozenset({"in", "at", "to", "into"})
_UP = 4  # heads walked from the noun to its verb: 'as part of a visit to X'


def port_call_ties(toks: list[Token], tok_ent: list[int], kind: Callable[[int], Kind]) -> Iterator[Tie]:
    """Ship -> host state, DIPLOMACY, for a visit or port call made by the ship that is the clause's subject."""
    for n in words_in(toks, _TRIGGERS):
        low = n.lower_
        if n.pos_ != "NOUN" or tok_ent[n.i] >= 0:
            continue
        if low in _CALLS:
            if n.i == 0 or n.doc[n.i - 1].lower_ != "port":
                continue
        elif low not in _VISITS:
            continue
        if any(_someone_elses(c, tok_ent, kind) for c in n.children):
            continue  # 'during Lin Bao's visit to X', 'a visit by the minister' ('its visit', "the ship's visit" stay)
        v = _verb_of(n)
        if v is None or _negated(v) or _carries(v, n):
            continue
        ships = _ships(v, tok_ent, kind)
        if not ships:
            continue
        # a visit that names its own host ('sailed to X after a port visit in Y') is there, not where the ship went
        hosts = _hosts(n, tok_ent, kind) or _hosts(v, tok_ent, kind)
        label = "port call in" if low in _CALLS else f"{n.lemma_.lower()} to"
        for s in ships:
            for h in hosts - {s}:
                yield s, h, label, Family.DIPLOMACY


def _someone_elses(c: Token, tok_ent: list[int], kind: Callable[[int], Kind]) -> bool:
    """A visit's owner or doer who is no ship: "Lin Bao's visit", 'a visit by the minister'."""
    if c.dep_ == "poss":
        owners = [c]
    elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
        owners = [o for o in c.children if o.dep_ == "pobj"]
    else:
        return False
    return any(
        o.pos_ != "PRON" and not any(tok_ent[t.i] >= 0 and kind(tok_ent[t.i]) is Kind.VESSEL for t in o.subtree)
        for o in owners
    )


def _verb_of(n: Token) -> Token | None:
    t = n
    for _ in range(_UP):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _carries(v: Token, n: Token) -> bool:
    """'the ship carried X to Y for a visit': the visit is what the ship carries ('made a port call' and 'made its
    way' are the ship's own)."""
    return any(c.dep_ == "dobj" and c.i != n.i and c.lower_ != "way" for c in v.children)


def _negated(v: Token) -> bool:
    return any(c.dep_ == "neg" for c in v.children) or any(c.dep_ == "neg" for c in v.head.children)


def _subject_heads(v: Token) -> list[Token]:
    subs = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if v.dep_ == "relcl" and all(s.lower_ in ("which", "that", "who") for s in subs):
        return [v.head]  # 'the carrier, which is docking in X for a visit'
    if not subs and v.dep_ == "conj":
        return [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # 'sailed and arrived in X'
    return subs


def _ships(v: Token, tok_ent: list[int], kind: Callable[[int], Kind]) -> set[int]:
    """The ships of the clause's subject, leaving out those described as merchant or service craft ('the rescue tug
    X', 'the X fleet tanker'): their calls are trade or service, not a visit."""
    out: set[int] = set()
    merchant: set[int] = set()
    for s in _subject_heads(v):
        for t in s.subtree:
            ei = tok_ent[t.i]
            if ei >= 0 and kind(ei) is Kind.VESSEL:
                out.add(ei)
                if t.head.lower_ in _MERCHANT or any(c.lower_ in _MERCHANT for c in t.children):
                    merchant.add(ei)
    return out - merchant


def _hosts(head: Token, tok_ent: list[int], kind: Callable[[int], Kind]) -> set[int]:
    out: set[int] = set()
    for p in head.children:
        if p.dep_ != "prep" or p.lower_ not in _HOST_PREPS:
            continue
        for t in p.subtree:
            ei = tok_ent[t.i]
            if ei >= 0 and kind(ei) is Kind.STATE:
                out.add(ei)
    return out
