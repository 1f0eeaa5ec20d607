"""The parties a speaker's reported clause names as the doers of the clauses nested in it: 'X said that ECOWAS would
request that A and B endorse its decision' (A, B), 'X said Taiwan sought calm, which has waned as China increased its
drills' (China), 'X said the ship was found by Y and that the tanker Z was released' (Z).

Measured from gold alone (bench/report_slices.py, blind20..39, slice 'subject-nested | new'): a party, state or ship
that is the named subject of a clause below the reported one, where the rules give the pair no typed tie yet, is tied
by the gold to the speaker in 22 of 24 cases (16 REPORTING, the rest the act's own family). Left out: a person (a
person's word on another person is talk: 'X said his prime minister would travel'), the speaker's own side (his
state, his body), a state named only by its adjective ('Russian troops'), the subject of a copula (a judgement: 'Y is
a terrorist group'), a hostile act's doer (an accusation), what a warning's clause names (the warned party), a clause
set against the reported one ('while Y recalled its envoy'), a question ('how Y will react') and an infinitive's
subject ('a deadline for Y to leave'): the gold gives those the act's own family or nothing. The ties are typed
'spoke of', so the announcement pass (announcements.py) does not hand them an act of the speaker's side: the gold keeps
REPORTING where a nested passive names no doer ('said the court ruled the ship must be released').
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from core.extract.relations.lexicon import Lexicon
from core.extract.relations.syntax import COPULAS
from core.model import Family, Kind

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# 'while Y recalled ...': a second actor set against the first; 'how/whether Y will react': a question, no statement
_ASIDE_MARKS = frozenset({"while", "whereas", "whilst", "whether", "if", "how", "why"})


def _hostile(v: Token, lex: Lexicon) -> bool:
    """'attacked', 'directed attacks', 'carried out strikes': a hostile act by the verb or its object noun."""
    if lex.verbs.get(v.lemma_.lower()) is Family.HOSTILITY:
        return True
    return any(c.dep_ == "dobj" and lex.relation_nouns.get(c.lemma_.lower()) is Family.HOSTILITY for c in v.children)


def _aside(v: Token) -> bool:
    """A clause that states no act of its subject: set against the reported one, asked ('how Y will react'), or an
    infinitive's ('a deadline for Y to leave')."""
    for c in (*v.children, *(x for y in v.children if y.dep_ == "xcomp" for x in y.children)):
        if c.dep_ in ("mark", "advmod") and c.lower_ in _ASIDE_MARKS:
            return True
        if c.dep_ == "aux" and c.tag_ == "TO":
            return True
    return False


def nested_subjects(
    clause: Token,
    tok_ent: list[int],
    kind: Callable[[int], Kind],
    den_all: Callable[[Token], frozenset[int]],
    lex: Lexicon,
) -> set[int]:
    """The non-person entities named as the subject of a clause anywhere below ``clause`` (not ``clause``'s own
    subject): by a name, or a ship by a description ('the tanker')."""
    out: set[int] = set()
    for t in clause.subtree:
        if t.dep_ not in _SUBJECTS or t.head.i == clause.i or t.head.pos_ not in ("VERB", "AUX"):
            continue
        if t.head.lemma_.lower() in COPULAS:
            continue  # 'X said Y is a terrorist group': a judgement, talk
        if _hostile(t.head, lex):
            continue  # 'X said Y directed attacks': an accusation, the gold's hostility, not a report
        above = [a for a in t.head.ancestors if a.i != clause.i and a in clause.subtree]
        if any(a.lemma_.lower() in lex.warning_verbs for a in above):
            continue  # '... and warned that Y will face consequences': the warned party
        if _aside(t.head):
            continue
        if tok_ent[t.i] < 0 and t.pos_ not in ("NOUN", "PROPN"):
            continue  # 'it', 'they': no name here
        named = den_all(t)
        out |= {e for e in named if kind(e) is not Kind.OFFICIAL and (tok_ent[t.i] >= 0 or kind(e) is Kind.VESSEL)}
    return out
