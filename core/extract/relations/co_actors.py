"""States named together as the doers of one stance taken toward a third party act as one side.

'The United Kingdom, France and Germany have moved to restore sanctions on X', 'A and B blocked the resolution',
'both A and B supported X's position', 'A and B called for a ceasefire': every two of the conjoined states are allies
in the act (ALLIANCE). Only verbs of a stance or a step taken together count; verbs done to each other ('A and B held
talks', 'A and B exchanged prisoners', 'A and B signed a deal') are left to the rules that read them, and so are steps
each takes on its own behalf ('A and B recalled their ambassadors', 'A and B sent warships': no allies in the gold of
blind20, blind22, blind26) and acts done apart ('A and B separately condemned X').

Also the doer of an act and those it does it 'alongside' ('X announced sanctions alongside the EU', 'Qatar has led
ceasefire efforts alongside the United States and Egypt', 'X trained alongside Japan's navy'): partners in the act
(ALLIANCE; AGREEMENT where the act is a deal's: 'X signed the agreement alongside Y'). Not when the act is said or
met about (reporting and meeting verbs: 'discussed the issue alongside ...'), done to the subject (a passive: 'was
abducted alongside', 'were detected alongside a tour boat'), a ship's place ('pulled alongside the tanker'), or an
act with neither a family of its own nor an object, a fate or a game shared ('pleaded guilty alongside', 'died
alongside', 'played alongside'; a drill's verbs are kept: 'trained alongside'). Charges faced together are kept: the
gold of r91 ties co-conspirators charged together as allies.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.apart import apart
from core.extract.relations.big_lists import member_pairs
from core.extract.relations.lexicon import Lexicon
from core.extract.relations.syntax import Tie, pobjs, unasserted, words_in
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
        t.pos_ in ("VERB", "AUX")
        and t.head.i in heads
        and t.i != v.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        for t in v.subtree
    )


def _mutual(v: Token) -> bool:
    """ "launched strikes on each other's positions", "a ceasefire in their border war": done to each other."""
    words = " ".join(t.lower_ for t in v.subtree)
    return any(w in words for w in _EACH_OTHER) or any(
        t.lower_ in ("war", "conflict", "fighting") and any(c.lower_ == "their" for c in t.children) for t in v.subtree
    )


_ALONGSIDE = frozenset({"alongside"})
# a ship's or a person's place beside another, not an act done together: 'pulled alongside', 'sailed alongside',
# 'stood alongside X' at a press appearance (the gold: the meeting's or the deal's family, not allies)
_PLACED = frozenset({"sail", "pull", "draw", "moor", "berth", "dock", "lie", "steam", "shadow", "follow", "sit"})
_PLACED |= {"stand"}
# verbs of a joint drill, done together with no object: 'X trained alongside Y's navy' (gold r28)
_DRILLS = frozenset({"train", "exercise", "drill"})
_SPOKEN = frozenset({Family.REPORTING, Family.DIPLOMACY})


def alongside_ties(
    toks: list[Token], tok_ent: list[int], den: Callable[[Token], frozenset[int]], lex: Lexicon
) -> Iterator[Tie]:
    """The subject of an active verb and the parties named after 'alongside' on the verb (or on its object) are
    partners in the act."""
    for p in words_in(toks, _ALONGSIDE):
        if p.dep_ != "prep":
            continue
        v = _verb_of(p.head)
        if v is None or unasserted(v) or apart(v):
            continue
        lemma = v.lemma_.lower()
        fam = lex.verbs.get(lemma)
        if lemma in lex.motion_verbs or lemma in _PLACED or (fam in _SPOKEN and not _on_object(p, v, lex)):
            continue
        if fam is None and lemma not in _DRILLS and not any(c.dep_ == "dobj" for c in v.children):
            continue  # 'pleaded guilty alongside', 'died alongside', 'played alongside': a fate or a game shared
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        if not subjects:
            continue
        doers = set().union(*(den(s) for s in subjects))
        others = set().union(*(den(o) or _named_on(o, tok_ent) for o in pobjs(p)))
        label, family = f"{lemma} alongside", Family.AGREEMENT if fam is Family.AGREEMENT else Family.ALLIANCE
        for a in sorted(doers):
            for b in sorted(others - doers):
                yield a, b, label, family


def _verb_of(n: Token) -> Token | None:
    """The verb whose act the phrase 'alongside' hangs on is part of: the verb itself, its object ('announced
    sanctions alongside X'), or a noun 'of' that object ('led rounds of efforts alongside X')."""
    for _ in range(4):
        if n.pos_ == "VERB":
            return n
        if n.dep_ == "dobj":
            n = n.head
        elif n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ == "NOUN":
            n = n.head.head
        else:
            return None
    return None


def _on_object(p: Token, v: Token, lex: Lexicon) -> bool:
    """'announced sanctions alongside X': the act done alongside is the object's, not the saying (a meeting verb
    never: 'discussed the easing of sanctions alongside ...')."""
    lemma = v.lemma_.lower()
    return p.head.i != v.i and lemma in lex.reporting_verbs and lex.verbs.get(lemma) is not Family.DIPLOMACY


def _named_on(o: Token, tok_ent: list[int]) -> set[int]:
    """'alongside the EU action', 'alongside Freedonia's navy': the name set on the noun acts."""
    return {tok_ent[c.i] for c in o.children if c.dep_ in ("compound", "poss", "amod") and tok_ent[c.i] >= 0}
