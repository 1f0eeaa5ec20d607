"""Helping someone evade a measure backs them: 'the firm helped North Korea evade sanctions' is the firm's ALLIANCE
with North Korea (blind16 gold), where 'help' alone says nothing ('helped drive out the vessel' is the act's)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import Tie
from core.model import Family, Kind

_HELPING = frozenset({"help", "assist", "aid", "enable"})
_EVADING = frozenset({"evade", "circumvent", "skirt", "bypass", "dodge", "sidestep", "bust", "flout"})


def evasion_ties(
    toks: list[Token], lemmas: list[str], tok_ent: list[int], kind: Callable[[int], Kind]
) -> Iterator[Tie]:
    """(helper, helped, 'helped evade', ALLIANCE) for 'X helped Y evade sanctions', 'X, which helped Y evade ...'."""
    for t in toks:
        if lemmas[t.i] not in _HELPING or t.pos_ != "VERB":
            continue
        for c in t.children:
            if c.dep_ not in ("ccomp", "xcomp") or c.lemma_.lower() not in _EVADING:
                continue
            helped = _named(c, ("nsubj",), tok_ent) | _named(t, ("dobj",), tok_ent)
            helpers = _named(t, ("nsubj",), tok_ent)
            if t.dep_ == "relcl" and tok_ent[t.head.i] >= 0:
                helpers.add(tok_ent[t.head.i])  # 'Orca Shipping, which helped Sylvania evade sanctions'
            if not helpers and not any(x.dep_ == "nsubj" and x.pos_ != "PRON" for x in t.children):
                helpers = _punished(t, tok_ent)  # 'sanctioned two firms, A and B, for helping Y evade sanctions'
            for a in helpers:
                for b in helped - helpers:
                    if kind(a) is not Kind.VESSEL:
                        yield a, b, "helped evade", Family.ALLIANCE


def _named(t: Token, deps: tuple[str, ...], tok_ent: list[int]) -> set[int]:
    out: set[int] = set()
    for c in t.children:
        if c.dep_ in deps and tok_ent[c.i] >= 0:
            out.add(tok_ent[c.i])
            out.update(tok_ent[x.i] for x in c.conjuncts if tok_ent[x.i] >= 0)
    return out


def _punished(t: Token, tok_ent: list[int]) -> set[int]:
    """The named objects of the verb a subjectless (or pronoun-led) helping clause hangs from: 'sanctioned two
    firms, A and B, for helping Y ...', 'imposed sanctions on A over claims they helped Y ...'."""
    v = t.head
    for _ in range(4):
        if v.pos_ in ("VERB", "AUX") and v.i != t.i:
            break
        if v.head.i == v.i:
            return set()
        v = v.head
    else:
        return set()
    out: set[int] = set()
    objects = [c for c in v.children if c.dep_ == "dobj"]
    objects += [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for p in c.children]
    for o in objects:
        out |= _in_phrase(o, tok_ent)
    return out


def _in_phrase(o: Token, tok_ent: list[int]) -> set[int]:
    """Names in a noun phrase and its appositions and conjuncts, not in its clauses or prepositions."""
    out = {tok_ent[o.i]} if tok_ent[o.i] >= 0 else set()
    for c in o.children:
        if c.dep_ in ("appos", "conj", "compound"):
            out |= _in_phrase(c, tok_ent)
    return out
