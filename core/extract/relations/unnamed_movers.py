"""An unnamed person going somewhere: 'a Ruritanian pilot flew his jet to Freedonia', 'a soldier of X fleeing into Y',
'eight X police personnel who had arrived in Y'. The pilot, soldier or policemen are nobody named; their state (or
force), named only as the word set on them, makes no visit to the place they reach: no DIPLOMACY or DEFECTION
between the two (the gold gives unnamed defectors no state tie). A named mover ('X's foreign minister arrived in Y'),
an office ('the Ruritanian president'), a delegation or an aircraft keeps its tie. A people named only by its plural
demonym ('Ruritanians fled to Freedonia', 'Ruritanians sought refuge in Freedonia') is no act of its state either."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from core.model import Family

# going somewhere
_MOTION = frozenset(
    {"arrive", "flee", "fly", "escape", "cross", "defect", "land", "travel", "come", "go", "head", "reach", "run"}
    | {"swim", "walk", "drive", "sail", "enter", "seek"}
)
# people no office names: who they are is nobody in particular
_PEOPLE = frozenset(
    {"pilot", "soldier", "personnel", "police", "policeman", "policemen", "serviceman", "servicemen", "guard"}
    | {"refugee", "defector", "migrant", "man", "woman", "worker", "sailor", "fisherman"}
    | {"student", "tourist", "deserter", "conscript", "trooper", "airman", "airmen", "cadet", "private"}
)
_FAMILIES = (Family.DIPLOMACY, Family.DEFECTION)
_PLACE_PREPS = frozenset({"to", "into", "in", "at"})
_UP = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep"})
# the plural endings of a demonym noun ('Afghans', 'Ruritanians', 'Iraqis'), never a state's own name
_PLURAL_DEMONYM = ("ans", "is")


def _people(n: Token, tok_ent: Sequence[int]) -> bool:
    """An unnamed person noun ('a pilot'), or a people named by its plural demonym alone ('Ruritanians')."""
    if n.pos_ == "NOUN" and tok_ent[n.i] < 0:
        return n.lemma_.lower() in _PEOPLE or n.lower_ in _PEOPLE
    if tok_ent[n.i] < 0 or n.tag_ not in ("NNPS", "NNS") or not n.text[:1].isupper():
        return False
    if not n.lower_.endswith(_PLURAL_DEMONYM):
        return False
    # the demonym stands alone as the entity's mention: no name around it ('the Ruritanian Army' is a body)
    near = [i for i in (n.i - 1, n.i + 1) if 0 <= i < len(n.doc)]
    return all(tok_ent[i] != tok_ent[n.i] for i in near)


def _mover(verb: Token) -> Token | None:
    """The unnamed person noun that goes: the verb's subject ('a pilot flew'), the noun a participle or relative
    clause hangs on ('a soldier fleeing', 'personnel who had arrived'), or the subject of the verb it depends on."""
    v = verb
    for _ in range(4):
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.tag_ not in ("WP", "WDT", "PRP"):
            return subj
        if v.dep_ in ("acl", "relcl") and v.head.pos_ == "NOUN":
            return v.head
        if v.dep_ not in _UP or v.head.i == v.i:
            return None
        v = v.head
    return None


def drop_unnamed_movers(
    found: dict,
    toks: Sequence[Token],
    tok_ent: Sequence[int],
    den_all: Callable[[Token], frozenset[int]],
) -> None:
    """Remove from ``found`` ((src, tgt, family) -> type) the DIPLOMACY and DEFECTION ties between the place an
    unnamed person goes to and the state or force named only as a word on that person."""
    if not any(k[2] in _FAMILIES for k in found):
        return
    pairs: set[frozenset[int]] = set()
    for v in toks:
        if v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() not in _MOTION:
            continue
        n = _mover(v)
        if n is None or not _people(n, tok_ent):
            continue
        own = {x.i for c in n.lefts for x in c.subtree} | {n.i}  # the words set on it, not its clause
        movers = {e for e in den_all(n) if e >= 0}
        # the state or force must be named only on the person: 'a Ruritanian pilot', not 'Ruritania's ... pilot ...
        # Ruritania said'
        movers = {e for e in movers if all(tok_ent[t.i] != e or t.i in own for t in toks)}
        if not movers:
            continue
        places: set[int] = set()
        for t in v.subtree:
            if t.i in own or t.dep_ != "pobj" or t.head.lower_ not in _PLACE_PREPS:
                continue
            on = t.head.head  # the prep hangs on the verb, or on its object ('flew his jet to X')
            if on.i == v.i or (on.head.i == v.i and on.dep_ in ("dobj", "pobj", "advmod")):
                places |= {e for e in den_all(t) if e >= 0}
        pairs |= {frozenset((a, b)) for a in movers for b in places - movers}
    if not pairs:
        return
    for key in [k for k in found if k[2] in _FAMILIES and frozenset(k[:2]) in pairs]:
        del found[key]
