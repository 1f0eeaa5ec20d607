"""Envoys or troops withdrawn from a state: 'Algeria withdrew its ambassador from France', 'the United States
withdrew its diplomats from Yemen', 'France withdrew its troops from Chad', 'prompting Israel to pull its
ambassadors from Madrid' — an act of DIPLOMACY between the one withdrawing and the state left (as 'recalled its
ambassador from', which the verb lexicon reads)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import Tie, pobjs, unasserted, words_in
from core.model import Family, Kind

_WITHDRAWING = frozenset({"withdraw", "pull"})
_SENT = frozenset({"diplomat", "diplomats", "staff", "personnel", "contingent", "mission", "embassy"})
_ACTORS = (Kind.STATE, Kind.PARTY, Kind.OFFICIAL)
_LEFT = (Kind.STATE, Kind.PARTY)
# a withdrawal asked of someone is not done: 'demanded that X withdraw its representatives from Y' (the gold ties the
# one demanding to X, not X to Y)
_ASKING = frozenset({"demand", "ask", "urge", "call", "request", "press", "want", "tell", "order", "insist", "push"})


def withdrawn_ties(
    toks: list[Token], kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]], lex
) -> Iterator[Tie]:
    """Withdrawer -> the state left, DIPLOMACY."""
    sent_words = _SENT | lex.diplomatic_roles | lex.troop_nouns
    for v in words_in(toks, _WITHDRAWING, lemma=True):
        if v.pos_ != "VERB" or unasserted(v):
            continue
        if v.dep_ in ("ccomp", "xcomp") and v.head.lemma_.lower() in _ASKING:
            continue
        objs = [c for c in v.children if c.dep_ == "dobj"]
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        if objs:
            if not all(_sent(o, sent_words) for o in objs):
                continue
            actors = {e for s in subj for e in den(s)}
            if not actors and v.dep_ == "xcomp":
                # 'prompting Israel to pull its ambassadors', 'asked India to withdraw its troops'
                actors = {e for o in v.head.children if o.dep_ == "dobj" for e in den(o)}
        elif subj and all(_sent(s, sent_words) for s in subj):
            # 'French troops have withdrawn from Chad': whose the troops are
            actors = {e for s in subj for x in s.subtree if x.i <= s.i for e in den(x)}
        else:
            continue
        froms = [p for p in v.children if p.dep_ == "prep" and p.lower_ == "from"]
        froms += [p for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "from"]
        # the state or body left, not one whose mission or base is left ('withdrew its forces from NATO's mission')
        left = {
            e
            for p in froms
            for o in pobjs(p)
            if not any(c.dep_ == "poss" for c in o.children)
            for e in _listed(o, den)
            if kind(e) in _LEFT
        }
        sent = objs or subj
        what = "troops" if any(_sent(o, lex.troop_nouns) for o in sent) else "envoy"
        for a in actors:
            if kind(a) not in _ACTORS:
                continue
            for b in left - {a}:
                yield a, b, f"{v.lower_} {what} from", Family.DIPLOMACY


def _sent(o: Token, words: frozenset[str]) -> bool:
    return o.lower_ in words or o.lemma_.lower() in words


def _listed(o: Token, den: Callable[[Token], frozenset[int]]) -> set[int]:
    """The object and the names listed with it ('from Madrid, Dublin and Oslo')."""
    out = set(den(o))
    for c in o.conjuncts:
        out |= den(c)
    return out
