"""States named together as the doers of one stance taken toward a third party act as one side.

'The United Kingdom, France and Germany have moved to restore sanctions on X', 'A and B blocked the resolution',
'both A and B supported X's position', 'A and B called for a ceasefire': every two of the conjoined states are allies
in the act (ALLIANCE). Only verbs of a stance or a step taken together count; verbs done to each other ('A and B held
talks', 'A and B exchanged prisoners', 'A and B signed a deal') are left to the rules that read them, and so are steps
each takes on its own behalf ('A and B recalled their ambassadors', 'A and B sent warships': no allies in the gold of
blind20, blind22, blind26) and acts done apart ('A and B separately condemned X').
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.apart import apart
from core.extract.relations.big_lists import member_pairs
from core.extract.relations.syntax import Tie, unasserted, words_in
from core.model import Family, Kind

# a stance or a step taken toward a third party, not one done between the doers
_JOINT_VERBS = frozenset(
    {"move", "start", "begin", "launch", "initiate", "trigger", "invoke", "block", "veto", "call", "urge"}
    | {"support", "back", "condemn", "reject", "demand", "impose", "oppose", "defend", "denounce", "sponsor"}
    | {"criticise", "criticize"}
    | {"seek"}
)
_SUBJECTS = frozenset({"nsubj"})
# verbs of a first step, joint only when the step is named: 'moved to restore', 'started a process to reinstate'
# (not 'moved troops to their border', 'launched strikes on each other')
_STEPS = frozenset({"move", "start", "begin", "launch", "initiate"})
_EACH_OTHER = ("each other", "one another")


def co_actor_ties(
    toks: list[Token], kind: Callable[[int], Kind], tok_ent: list[int], den: Callable[[Token], frozenset[int]]
) -> Iterator[Tie]:
    """Every two conjoined states that are the subject of one joint stance verb, ALLIANCE."""
    for v in words_in(toks, _JOINT_VERBS, lemma=True):  # (the lemma is asked first)
        if v.pos_ != "VERB" or unasserted(v) or apart(v):
            continue
        if (v.lemma_.lower() in _STEPS and not _step_named(v)) or _mutual(v):
            continue
        for s in v.children:
            if s.dep_ not in _SUBJECTS or tok_ent[s.i] < 0 or not any(c.dep_ == "conj" for c in s.children):
                continue
            states = sorted(e for e in den(s) if kind(e) is Kind.STATE)
            label = f"jointly {v.lemma_.lower()} with"
            for a, b in member_pairs(states):
                yield a, b, label, Family.ALLIANCE


def _step_named(v: Token) -> bool:
    """ "moved to restore ...", "began proceedings to reimpose ...": an infinitive on the verb or on its object."""
    heads = {v.i} | {c.i for c in v.children if c.dep_ == "dobj"}
    return any(
        t.pos_ in ("VERB", "AUX") and t.head.i in heads and t.i != v.i and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                            for c in t.children)
        for t in v.subtree
    )


def _mutual(v: Token) -> bool:
    """ "launched strikes on each other's positions", "a ceasefire in their border war": done to each other."""
    words = " ".join(t.lower_ for t in v.subtree)
    return any(w in words for w in _EACH_OTHER) or any(
        t.lower_ in ("war", "conflict", "fighting") and any(c.lower_ == "their" for c in t.children) for t in v.subtree
    )
