"""Unsafe encounters at sea and in the air, read as acts of HOSTILITY: a laser aimed at a ship ('a coast guard vessel
pointed a laser at X', 'directed a laser-light toward X'), a close pass ('the warship came within 50 feet of X',
'fighter jets approached dangerously close to X'), a warship challenging another ('a destroyer challenged X')."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.nlp import doc_column, doc_lemma_lower
from core.extract.relations.syntax import Tie, pobjs, unasserted
from core.model import Family, Kind

_SIDES = (Kind.STATE, Kind.PARTY, Kind.VESSEL)
TOWARD = frozenset({"at", "toward", "towards", "on", "against"})
# 'within 50 feet of X': the measure of a close pass
_DISTANCES = frozenset(
    {"foot", "feet", "yard", "yards", "meter", "meters", "metre", "metres", "mile", "miles", "km", "kilometer"}
    | {"kilometers", "kilometre", "kilometres", "m", "ft", "nm", "range", "distance"}
)
_PASSING = frozenset({"approach", "come", "sail", "fly", "pass", "close", "steam", "move", "maneuver"})
_CLOSE = frozenset({"close", "closer", "near", "nearer"})
# who challenges a ship at sea: a warship or a warplane (not 'the government challenged the ruling')
_CRAFT = frozenset(
    {"destroyer", "frigate", "warship", "cruiser", "corvette", "ship", "vessel", "cutter", "jet", "jets", "fighter"}
    | {"aircraft", "warplane", "plane", "boat", "submarine", "carrier", "helicopter", "drone"}
)

_CRAFT = _CRAFT | {"crew", "crews", "ships", "vessels", "aircrafts", "planes", "boats"}
# who challenges or buzzes a craft: a warship or warplane, not any boat, plane or drone
_WARCRAFT = frozenset(
    {"destroyer", "frigate", "warship", "cruiser", "corvette", "cutter", "submarine", "gunboat", "jet", "jets"}
    | {"fighter", "fighters", "warplane", "warplanes", "bomber", "bombers", "interceptor", "warships", "destroyers"}
)
# the verbs that aim a laser, and what a laser is called
AIMING = frozenset({"point", "aim", "direct", "shine", "flash", "illuminate", "train", "beam", "fire"})
_BEAMS = frozenset({"light", "beam", "pointer", "ray", "dazzler"})

# 'the plane was buzzed by a Russian warplane', 'the vessel was approached by a Chinese destroyer'
_MET_BY = frozenset({"buzz", "approach", "shadow", "harass", "tail", "ram", "challenge"})


_VERBS = _PASSING | _MET_BY | {"challenge"}


def _asked(toks: list[Token]) -> list[Token]:
    """The tokens ``encounter_ties`` asks more of: a word with 'laser' in it or a verb's lemma it knows (read from
    the document's columns; no other token's attributes are read)."""
    if not toks:
        return []
    doc = toks[0].doc
    lower, lemma = doc_column(doc, "lower_"), doc_lemma_lower(doc)
    return [t for t in toks if "laser" in lower[t.i] or lemma[t.i] in _VERBS]


def encounter_ties(
    toks: list[Token], kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]
) -> Iterator[Tie]:
    """Actor -> the ship or force met, HOSTILITY."""
    for t in _asked(toks):
        low = t.lower_
        if "laser" in low:
            yield from _laser(t, kind, den)
        elif t.pos_ == "VERB" and t.lemma_.lower() in _PASSING:
            yield from _pass(t, kind, den)
        elif t.pos_ == "VERB" and t.lemma_.lower() == "challenge":
            yield from _challenge(t, kind, den)
        if t.pos_ == "VERB" and t.lemma_.lower() in _MET_BY:
            yield from _met_by(t, kind, den)


def is_laser(noun: Token) -> bool:
    """'a laser', 'a laser light', 'a military-grade laser-light'."""
    return "laser" in noun.lower_ or any(c.dep_ in ("compound", "appos") and "laser" in c.lower_ for c in noun.children)


def _sides(es: frozenset[int] | set[int], kind: Callable[[int], Kind]) -> set[int]:
    return {e for e in es if kind(e) in _SIDES}


def _actors(v: Token, kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]) -> set[int]:
    """The verb's subject; for 'which came within ...' the noun the clause hangs on."""
    out: set[int] = set()
    for s in v.children:
        if s.dep_ != "nsubj":
            continue
        if s.lower_ in ("which", "that", "who") and v.dep_ == "relcl":
            out |= den(v.head)
        else:
            out |= _named(s, den)
        # 'a coast guard vessel with bow number 5205': the hull the number names is the vessel itself
        out |= {e for p in s.children if p.dep_ == "prep" and p.lower_ == "with" for o in pobjs(p) for x in o.subtree
                for e in den(x) if kind(e) is Kind.VESSEL}
    return out


def _named(t: Token, den: Callable[[Token], frozenset[int]]) -> frozenset[int]:
    """The token's entities, or those of the words before it in its phrase: 'Chinese fighter jets', 'a Japanese
    Navy surveillance plane'."""
    return den(t) or frozenset(e for x in t.subtree if x.i < t.i and x.dep_ in ("amod", "compound") for e in den(x))


def _emit(actors: set[int], targets: set[int], label: str) -> Iterator[Tie]:
    for a in actors:
        for b in targets - actors:
            yield a, b, label, Family.HOSTILITY


def _laser(t: Token, kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]) -> Iterator[Tie]:
    """'X pointed/aimed/directed/shone a laser (light) at/toward Y': the laser the object of an aiming verb, Y a craft
    or a named side ('used laser surgery on', 'aimed its laser products at the market', 'laser-focused on' aim at no
    one), the actor the aiming verb's own subject (never the one who reports it)."""
    n = t
    while n.dep_ in ("compound", "amod", "nmod") and n.head.i != n.i and n.head.pos_ in ("NOUN", "PROPN"):
        n = n.head  # 'a military grade laser light': the phrase's head
    path = [n]
    if n.dep_ == "appos" and n.head.dep_ == "dobj" and _laser_object(n):
        n = n.head  # 'directed a military grade laser-light toward X' parsed with the light apposed to 'grade'
        path.append(n)
    v = n.head
    if v.pos_ == "VERB" and v.lemma_.lower() == "light" and n.i < v.i and v.head.lemma_.lower() in AIMING:
        path.append(v)  # 'illuminated the laser light towards X' parsed with 'light' as a verb under the aiming one
        v = v.head
    elif not (n.dep_ == "dobj" and (_laser_object(n) or len(path) > 1)):
        return
    if v.pos_ != "VERB" or v.lemma_.lower() not in AIMING or unasserted(v):
        return
    targets: set[int] = set()
    for h in [*path, v]:
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ in TOWARD:
                targets |= {e for o in pobjs(p) if _craft(o, kind, den) or den(o) for e in _named(o, den)}
    yield from _emit(_sides(_actors(v, kind, den), kind), _sides(targets, kind), "aimed laser at")


def _laser_object(n: Token) -> bool:
    """'a laser', 'a laser light', 'a laser beam' (not 'laser products')."""
    return "laser" in n.lower_ or (n.lemma_.lower() in _BEAMS and is_laser(n))


def _craft(o: Token, kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]) -> bool:
    """A ship, plane or crew word, or a named ship."""
    return o.lemma_.lower() in _CRAFT or o.lower_ in _CRAFT or any(kind(e) is Kind.VESSEL for e in den(o))


def _military(o: Token, kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]) -> bool:
    """A warship or warplane: 'a destroyer', a named ship, or a ship or plane of a force ('a China Coast Guard
    vessel'; not 'a Chinese airline's aircraft', 'the Russian team's boat')."""
    if o.lemma_.lower() in _WARCRAFT or o.lower_ in _WARCRAFT or any(kind(e) is Kind.VESSEL for e in den(o)):
        return True
    force = {e for x in o.lefts if x.dep_ in ("compound", "amod") for e in den(x) if kind(e) is Kind.PARTY}
    return bool(force) and _craft(o, kind, den)


def _pass(v: Token, kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]) -> Iterator[Tie]:
    """'came within 50 feet of Y', 'approached dangerously close to Y', 'approached within 45 yards of Y'."""
    if unasserted(v):
        return
    met: set[Token] = set()
    for p in v.children:
        if p.dep_ == "prep" and p.lower_ == "within":
            for o in pobjs(p):
                if o.lower_ in _DISTANCES:  # 'within two points of France' is a score, no pass
                    met |= {x for q in o.children if q.dep_ == "prep" and q.lower_ == "of" for x in pobjs(q)}
        elif p.dep_ == "advmod" and p.lower_ in _CLOSE and v.lemma_.lower() in ("approach", "come", "fly"):
            if v.lemma_.lower() != "approach" and not any(c.dep_ == "advmod" for c in p.children):
                continue  # 'came close to a deal' is no pass; 'came dangerously close to X' is
            met |= {x for q in p.children if q.dep_ == "prep" and q.lower_ == "to" for x in pobjs(q)}
    if not met:
        return
    # a pass between craft: the one passing or the one passed a ship or plane ('Britain got within a mile of France
    # in the regatta' is a race)
    subj = [s for s in v.children if s.dep_ == "nsubj"]
    if not any(_craft(x, kind, den) for x in [*met, *subj]):
        return
    targets = {e for x in met for e in _named(x, den)}
    yield from _emit(_sides(_actors(v, kind, den), kind), _sides(targets, kind), "came close to")


def _challenge(v: Token, kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]) -> Iterator[Tie]:
    """'a Chinese destroyer challenged a US Navy warship': a craft challenging a craft or force."""
    if unasserted(v):
        return
    subj = [s for s in v.children if s.dep_ == "nsubj"]
    if not subj or not all(_military(s, kind, den) for s in subj):
        return
    objs = [o for o in v.children if o.dep_ == "dobj"]
    if not objs:
        return
    actors = _sides({e for s in subj for e in _named(s, den)}, kind)
    targets = _sides({e for o in objs for e in _named(o, den)}, kind)
    yield from _emit(actors, targets, "challenged")


def _met_by(v: Token, kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]) -> Iterator[Tie]:
    """'a US Navy surveillance plane was buzzed by a Russian warplane': craft met by craft, in the passive."""
    if unasserted(v):
        return
    subj = [s for s in v.children if s.dep_ == "nsubjpass"]
    doers = [o for a in v.children if a.dep_ == "agent" for o in pobjs(a)]
    if not subj or not doers or not all(_military(o, kind, den) for o in doers):
        return
    if not all(_craft(s, kind, den) or _named(s, den) for s in subj):
        return
    actors = _sides({e for o in doers for e in _named(o, den)}, kind)
    targets = _sides({e for s in subj for e in _named(s, den)}, kind)
    yield from _emit(actors, targets, f"{v.lower_} by craft of")
