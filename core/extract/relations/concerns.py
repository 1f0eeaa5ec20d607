"""A worry voiced about another's deeds: 'X was concerned about Y's actions', 'X regretted Y's plans', 'X expressed
concerns that the base could allow Y to ...', 'X is worried over Y's sinking of the vessel' — the worried side stands
against the one whose act it worries about (HOSTILITY). The side worried about by name ('concerned about Y'), an owner
of the thing worried about ("Y's actions") or the doer in the worrying clause ('that Y could ...') is its target:
'concerned about the situation in Y' names a place, 'concerned for Y' a side it feels for, and a worry for someone's
safety, health or fate ("regret over the death of Y's president") is sympathy, not enmity."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import Tie, unasserted, words_in
from core.model import Family, Kind

# worried, said of a side: 'X was concerned about', 'X is alarmed at'
_WORRIED = frozenset({"concerned", "worried", "alarmed", "troubled", "disturbed", "perturbed"})
# the worry as a noun voiced by a side: 'X expressed concern over', 'X raised concerns about'
_WORRY_NOUNS = frozenset({"concern", "concerns", "worry", "worries", "alarm", "regret"})
# what befalls a side, not what it does: a worry over these feels for their owner
_WELFARE = frozenset(
    {"safety", "health", "death", "deaths", "fate", "wellbeing", "well-being", "welfare", "security", "life", "lives"}
    | {"detention", "arrest", "release", "condition", "plight", "treatment", "citizens", "nationals", "people"}
    | {"loss", "losses", "suffering", "victims", "kidnapping", "abduction", "disappearance"}
)
_VOICING = frozenset({"express", "voice", "raise", "reiterate", "register", "share", "convey", "air"})
_ABOUT = frozenset({"about", "over", "at", "by", "regarding"})
_SIDES = (Kind.STATE, Kind.PARTY, Kind.OFFICIAL)
_UP = 3  # heads walked from the worry to the verb whose subject holds it ('are known to be concerned')


def concern_ties(
    toks: list[Token], kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]
) -> Iterator[Tie]:
    """Worried side -> the side whose act it worries about, HOSTILITY."""
    for w in words_in(toks, _WORRIED | _WORRY_NOUNS | {"regretted", "regrets", "regret", "regretting"}):
        low = w.lower_
        if low in _WORRIED and w.dep_ in ("acomp", "ROOT", "ccomp", "xcomp", "conj"):
            v = w.head if w.dep_ == "acomp" else w
            label = f"{low} about"
        elif low in _WORRY_NOUNS and w.pos_ == "NOUN" and w.dep_ == "dobj" and w.head.lemma_.lower() in _VOICING:
            v = w.head
            label = f"{w.head.lemma_.lower()} {low} about"
        elif w.pos_ == "VERB" and w.lemma_.lower() == "regret":
            v = w
            label = "regretted"
        else:
            continue
        if unasserted(v) or _no_need(v):
            continue
        sides = {e for e in _holders(v, den) if kind(e) in _SIDES}
        if not sides:
            continue
        targets: set[int] = set()
        if label == "regretted":
            for o in w.children:
                if o.dep_ == "dobj":
                    targets |= _owners(o, den)
        for p in w.children:
            if p.dep_ == "prep" and p.lower_ in _ABOUT:
                for x in p.children:
                    if x.dep_ == "pobj" and x.lower_ not in _WELFARE:  # (den() reads an owner too)
                        targets |= den(x) | _owners(x, den)
            elif p.dep_ in ("ccomp", "acl") and any(c.dep_ == "mark" and c.lower_ == "that" for c in p.children):
                targets |= _clause_doers(p, den)
        for s in sides:
            for t in targets - sides:
                if kind(t) in (Kind.STATE, Kind.PARTY, Kind.OFFICIAL):
                    yield s, t, label, Family.HOSTILITY


def _no_need(v: Token) -> bool:
    """'had no need to worry about': a worry denied."""
    t = v
    for _ in range(2):
        if any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
            return True
        t = t.head
    return False


def _holders(v: Token, den: Callable[[Token], frozenset[int]]) -> set[int]:
    """The subject of the clause that voices the worry, read up through 'are known to be' ('X is said to be')."""
    t = v
    for _ in range(_UP):
        subj = {e for c in t.children if c.dep_ in ("nsubj", "nsubjpass") for e in _conjoined(c, den)}
        if subj or t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
            return subj
        t = t.head
    return set()


def _conjoined(c: Token, den: Callable[[Token], frozenset[int]]) -> set[int]:
    out = set(den(c))
    for x in c.conjuncts:
        out |= den(x)
    return out


def _owners(noun: Token, den: Callable[[Token], frozenset[int]], depth: int = 0) -> set[int]:
    """Whose the thing worried about is: "Y's actions", 'the effects of Y's investments' (down 'of' twice); none
    for what befalls its owner ("Y's safety", 'the death of Y's president')."""
    out: set[int] = set()
    if noun.lower_ in _WELFARE:
        return out
    for c in noun.children:
        if c.dep_ == "poss":
            out |= den(c)
        elif c.dep_ == "prep" and c.lower_ == "of" and depth < 2:
            for x in c.children:
                if x.dep_ == "pobj":
                    out |= _owners(x, den, depth + 1)
    return out


def _clause_doers(clause: Token, den: Callable[[Token], frozenset[int]]) -> set[int]:
    """The doers in a 'that' clause of worry: subjects and their owners, and owners of objects."""
    out: set[int] = set()
    for t in clause.subtree:
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON":
            out |= den(t) | _owners(t, den)
        elif t.dep_ == "dobj":
            out |= _owners(t, den)
    return out
