"""Forces that train together: 'A and B troops kicked off their largest training exercises' (the states named on one
force noun that holds exercises are partners), 'X sent two warships to take part in training exercises with Y's navy'
(the sender trains with Y) — ALLIANCE."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.big_lists import member_pairs
from core.extract.relations.syntax import JOINT_NOUNS, Tie, unasserted, words_in
from core.model import Family, Kind

_FORCES = frozenset(
    {"troops", "forces", "soldiers", "militaries", "navies", "armies", "sailors", "marines", "servicemembers"}
    | {"personnel", "units", "contingents", "warships", "jets", "aircraft"}
)
_TRAINING = JOINT_NOUNS | {"training", "wargames", "maneuvers"}  # and 'war games' (_exercise), never a bare 'war'


def _exercise(t: Token) -> bool:
    """'exercises', 'drills', 'war games' (not 'the war', not 'the games')."""
    return t.lower_ in _TRAINING or (t.lower_ == "games" and t.i > 0 and t.doc[t.i - 1].lower_ == "war")


# taking part in an exercise (not condemning or watching one)
_HOLDING = frozenset(
    {"hold", "conduct", "participate", "join", "take", "stage", "kick", "begin", "start", "launch", "carry", "train"}
    | {"undergo", "engage", "practice", "practise", "complete", "wrap", "finish"}
)
# verbs whose purpose is the exercise: 'sent ships to join drills with Y'
_SENDING = _HOLDING | {"send", "dispatch", "deploy", "arrive", "come", "travel", "sail", "head", "fly", "agree"}
_TRAIN_VERBS = frozenset({"train", "trains", "trained", "training"})
_MODS = frozenset({"amod", "compound", "nmod"})
_SIDES = (Kind.STATE, Kind.PARTY)
_UP = 4  # heads walked from 'exercises with Y' to the verb whose subject joins them


def joint_training_ties(
    toks: list[Token], kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]
) -> Iterator[Tie]:
    """Partners in one exercise, ALLIANCE both ways read as one tie each."""
    for n in words_in(toks, _FORCES):
        if n.dep_ not in ("nsubj", "nsubjpass") or n.head.pos_ not in ("VERB", "AUX") or unasserted(n.head):
            continue
        if n.head.lemma_.lower() not in _HOLDING or not _holds_training(n.head):
            continue
        named: set[int] = set()
        for c in n.children:
            if c.dep_ in _MODS:
                for x in (c, *c.conjuncts):
                    named |= {e for e in den(x) if kind(e) in _SIDES}
        for a, b in member_pairs(named):
            yield a, b, "joint exercises with", Family.ALLIANCE
    for n in words_in(toks, _TRAINING | _TRAIN_VERBS | {"games"}):
        verb = n.pos_ == "VERB" and n.lemma_.lower() == "train"
        if (n.pos_ != "NOUN" or not _exercise(n)) and not verb:
            continue
        partners = {
            e
            for p in n.children
            if p.dep_ == "prep" and p.lower_ in ("with", "alongside")
            for x in p.children
            if x.dep_ == "pobj"
            for e in den(x)
            if kind(e) in _SIDES
        }
        if not partners or any(den(c) for c in n.children if c.dep_ in ("poss", "nsubj", *_MODS)):
            continue  # "X's exercises with Y", 'X trains with Y' are read elsewhere
        doers = _sender(n, den)
        for d in doers:
            if kind(d) in _SIDES:
                for p in partners - doers:
                    yield d, p, "trains with", Family.ALLIANCE


def _holds_training(v: Token) -> bool:
    """The verb's object (or a preposition's object) is an exercise: 'kicked off exercises', 'took part in drills'."""
    for c in v.children:
        if c.dep_ == "dobj" and _exercise(c):
            return True
        if c.dep_ == "prep" and any(x.dep_ == "pobj" and _exercise(x) for x in c.children):
            return True
    return False


def _sender(n: Token, den: Callable[[Token], frozenset[int]]) -> set[int]:
    """The subject of the first verb up from the exercise past a purpose infinitive ('sent ships to join drills')."""
    t, first = n, True
    for k in range(_UP):
        if k or t.pos_ != "VERB":
            if t.head.i == t.i:
                return set()
            t = t.head
        if t.pos_ not in ("VERB", "AUX"):
            continue
        if first and t.lemma_.lower() not in _HOLDING:
            return set()
        if not first and t.lemma_.lower() not in _SENDING:
            return set()  # 'refused to hold drills with Y'
        first = False
        if unasserted(t):
            return set()
        subj = {e for c in t.children if c.dep_ == "nsubj" for e in den(c)}
        if subj:
            return subj
        if t.dep_ == "pcomp":
            continue  # 'to take part in training with Y'
        if t.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            return set()
    return set()
