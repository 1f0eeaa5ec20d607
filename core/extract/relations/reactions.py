"""A hostile reaction drawn by an act: 'X attacked shipping, drawing airstrikes from Y', 'the drills prompted a protest
from Y', "X's move drew criticism from Y" — Y acts against whoever did the act."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import Tie, unasserted, words_in
from core.model import Family

# verbs by which an act brings on a reaction
_DRAWING = frozenset({"draw", "prompt", "trigger", "spark", "provoke", "elicit", "attract", "earn", "invite"})
# hostile reactions (a word list of general nouns; praise or support is no hostility)
_REACTIONS = frozenset(
    {"protest", "protests", "condemnation", "criticism", "rebuke", "rebukes", "anger", "outrage", "backlash", "ire"}
    | {"retaliation", "reprisal", "reprisals", "objection", "objections", "airstrike", "airstrikes", "strikes", "fire"}
    | {"concern", "concerns", "censure", "denunciation", "threats"}
)
_DOER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def reaction_ties(toks: list[Token], tok_ent: list[int], den: Callable[[Token], frozenset[int]]) -> Iterator[Tie]:
    """Reactor -> doer, HOSTILITY."""
    for v in words_in(toks, _DRAWING, lemma=True):
        if v.pos_ != "VERB" or unasserted(v):
            continue
        for o in v.children:
            if o.dep_ != "dobj" or o.lower_ not in _REACTIONS:
                continue
            reactors: set[int] = set()
            for p in (*o.children, *v.children):
                # "drew protests from Y", "triggered protests by Y" (its pobj only: "by sailing" is the means)
                if p.dep_ == "prep" and p.lower_ in ("from", "by"):
                    for x in p.children:
                        if x.dep_ == "pobj":
                            reactors |= den(x)
            if not reactors:
                continue
            doers = _doers(v, tok_ent, den)
            for r in reactors:
                for d in doers - reactors:
                    yield r, d, f"{o.lower_} over act of", Family.HOSTILITY


def _doers(v: Token, tok_ent: list[int], den: Callable[[Token], frozenset[int]]) -> set[int]:
    """Who did the act that drew the reaction: the subject of the clause a participle hangs on ('X attacked ships,
    drawing ...'), or the doer named in the subject of the drawing verb ("X's move", 'the transit of the Y')."""
    if v.dep_ in ("advcl", "xcomp", "conj") and v.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in v.children):
        out: set[int] = set()
        for s in v.head.children:
            if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ != "PRON":
                out |= den(s)
        return out
    out = set()
    for s in v.children:
        if s.dep_ != "nsubj":
            continue
        if tok_ent[s.i] >= 0:
            out.add(tok_ent[s.i])
            continue
        for c in s.children:
            if c.dep_ in _DOER_DEPS:
                out |= den(c)
            elif c.dep_ == "prep" and c.lower_ in ("of", "by"):  # 'the seizure of the ship by X'
                out |= {e for x in c.children if x.dep_ == "pobj" for e in den(x)}
    return out
