"""Two sides named as the subject of one part taken in an act only two sides can share: 'A and B took part in the
negotiations', 'A and B were involved in the talks', 'A and B confirmed the agreement', 'A and B exchanged fire'.
Each side did the act with the other: the act noun's family (talks: DIPLOMACY, a deal: AGREEMENT, fire: HOSTILITY).

Only two conjuncts: in 'representatives of X and A, B and C took part in the negotiations' the gold ties X to each of
the others but not the others among themselves, so three sides or more say nothing here. An act held with a third
party ('A and B held talks with C'), one of someone else's ('C's agreement'), a hedged, negated or undone one
('failed to reach a deal', 'are expected to resume talks') or one done apart ('separately confirmed') is no act of
the two together, nor are two people of whom only one is given a state, or both the same ('Ruritanian President X and
Foreign Minister Y took part in the talks'), nor two civil bodies of the same state, or one or both of none named
('the White House and the State Department confirmed the agreement': state_organs.py): colleagues on one side.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.apart import apart
from core.extract.relations.plural_titles import listed_states
from core.extract.relations.state_organs import organ_home, state_organ
from core.extract.relations.syntax import Tie, pobjs, unasserted, words_in
from core.model import Family, Kind

# acts only two or more sides do, by family
_ACTS = {
    **dict.fromkeys(
        ("talks", "negotiations", "negotiation", "dialogue", "discussions", "consultations", "summit"),
        Family.DIPLOMACY,
    ),
    **dict.fromkeys(
        ("agreement", "deal", "accord", "treaty", "pact", "truce", "ceasefire", "cease-fire", "armistice"),
        Family.AGREEMENT,
    ),
    **dict.fromkeys(("fire", "gunfire", "blows", "clashes", "skirmishes"), Family.HOSTILITY),
}
# the part taken: verb lemma -> where the act noun hangs ('dobj', or the preposition bringing it in)
_TAKING = {
    "take": "in",  # 'took part in'
    "participate": "in",
    "engage": "in",
    "involve": "in",  # 'were involved in'
    "confirm": "dobj",
    "reach": "dobj",
    "exchange": "dobj",
    "resume": "dobj",
}
_TAKEN = frozenset(_TAKING)
# (not 'join', 'attend', 'observe', 'respect' or 'implement': 'A and B attended the summit' is no act of A with B)
# fire is only ever exchanged ('A and B opened fire' may be on someone else)
_EXCHANGED = frozenset({"fire", "gunfire", "blows"})
# verbs above the act that leave it undone: 'failed to reach a deal', 'refused to join the talks'
_UNDONE = frozenset({"fail", "refuse", "decline", "reject", "deny"})
# verbs above the act that leave it to come: 'are expected to resume talks', 'hope to reach a deal'
_UNDONE |= {"expect", "hope", "plan", "seek", "want", "aim", "intend", "try", "wish", "propose", "offer", "prepare"}
_PEOPLE = frozenset({Kind.OFFICIAL})


def shared_act_ties(
    toks: list[Token],
    tok_ent: list[int],
    kind: Callable[[int], Kind],
    den: Callable[[Token], frozenset[int]],
    name: Callable[[int], str] | None = None,
) -> Iterator[Tie]:
    """Each entity of one side tied to each of the other, in the act noun's family."""
    for v in words_in(toks, _TAKEN, lemma=True):  # (a verb not taken is passed over)
        where = _TAKING.get(v.lemma_.lower())
        if where is None or v.pos_ not in ("VERB", "AUX") or unasserted(v) or apart(v):
            continue
        act = _act(v, where)
        if act is None or (act.lower_ in _EXCHANGED and v.lemma_.lower() != "exchange"):
            continue
        if _with_third(act) or _with_third(v) or _owned(act, tok_ent):
            continue
        doer = _doer(v)
        if doer is None:
            continue
        named = next((c for c in doer.children if c.dep_ == "appos" and c.conjuncts), None)
        sides = [doer, *(named or doer).conjuncts]  # "Russia's negotiator X and Y's minister Z confirmed ..."
        listed = sorted(listed_states(doer, tok_ent, kind)) if len(sides) == 1 else []
        if len(listed) == 2:  # 'the leaders of A and B took part in the talks'
            first, second = frozenset(listed[:1]), frozenset(listed[1:])
        elif len(sides) == 2:
            first, second = den(named if named is not None else doer), den(sides[1])
        else:
            continue
        if _one_side(doer, sides, named, den, kind, name):
            continue
        label = f"{v.lemma_.lower()} {act.lower_} with"
        fam = _ACTS[act.lower_]
        for a in sorted(first - second):
            for b in sorted(second - first):
                yield a, b, label, fam


def _act(v: Token, where: str) -> Token | None:
    """The act noun the part is taken in."""
    if where == "dobj":
        nouns = [c for c in v.children if c.dep_ == "dobj"]
    else:
        heads = [v, *(c for c in v.children if c.dep_ == "dobj" and c.lower_ == "part")]
        nouns = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == where for o in pobjs(p)]
    return next((n for n in nouns if n.lower_ in _ACTS), None)


def _with_third(t: Token) -> bool:
    """A 'with', 'between' or 'among' on the act or verb: the act is held with someone named there."""
    return any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for c in t.children)


def _owned(act: Token, tok_ent: list[int]) -> bool:
    """Someone else's act: 'confirmed Iran's agreement', 'the Geneva talks', 'the agreement reached by C'."""
    if any(c.dep_ in ("poss", "compound") and tok_ent[c.i] >= 0 for c in act.children):
        return True
    return any(c.dep_ == "acl" and any(a.dep_ == "agent" for a in c.children) for c in act.children)


def _homes(
    start: Token, side: Token, den: Callable[[Token], frozenset[int]], kind: Callable[[int], Kind]
) -> frozenset[int]:
    """The states the words before a person's name give him: "Russia's negotiator X", "Ukrainian Minister Y"."""
    words = [w for w in side.doc[start.left_edge.i : side.i] if w.dep_ in ("poss", "amod", "compound", "nmod")]
    return frozenset(e for w in words for e in den(w) if kind(e) is Kind.STATE)


def _one_side(
    doer: Token,
    sides: list[Token],
    named: Token | None,
    den: Callable[[Token], frozenset[int]],
    kind: Callable[[int], Kind],
    name: Callable[[int], str] | None = None,
) -> bool:
    """Two people of whom only one is given a state, or both the same one: colleagues, not two sides ('Ruritanian
    President X and Foreign Minister Y took part in the talks'); two civil state bodies given the same state, or
    one or both none ('the White House and the State Department'; 'Downing Street and the US Treasury' are two)."""
    if len(sides) != 2:
        return False
    first, second = (named if named is not None else doer), sides[1]
    ents = [den(first), den(second)]
    if not all(ents):
        return False
    if all(kind(e) is Kind.PARTY for es in ents for e in es):
        # 'the White House and the State Department confirmed the agreement': two bodies of one state (state_organs)
        # (as for people: one given no state is taken for the other's colleague)
        homes = [organ_home(first, den, kind, name), organ_home(second, den, kind, name)]
        same = not homes[0] or not homes[1] or bool(homes[0] & homes[1])
        return state_organ(first) and state_organ(second) and same
    if not all(kind(e) in _PEOPLE for es in ents for e in es):
        return False
    homes = [_homes(doer, first, den, kind), _homes(second, second, den, kind)]
    return bool(homes[0]) != bool(homes[1]) or bool(homes[0] & homes[1])


def _doer(v: Token) -> Token | None:
    """The verb's subject, or that of the verb it completes ('agreed to resume talks'); None past an undoing verb."""
    t = v
    for _ in range(3):
        # ('A and B were involved in ...' with the subject hung on 'were')
        heads = [t, *(c for c in t.children if c.dep_ in ("aux", "auxpass"))]
        subj = next((c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if t.dep_ != "xcomp" or t.head.i == t.i or t.head.lemma_.lower() in _UNDONE:
            return None
        t = t.head
    return None
