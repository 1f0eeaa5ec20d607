"""Voters named as a list after a copula: 'Those voting against the resolution were A, B, C and D', 'The countries
that voted against it included A, B and C'. Those who cast the same vote side with each other (ALLIANCE): every two
of a short list (three names or fewer); a longer one is tied to the name it opens with, which news writing puts first
as the vote's leader ('were the United States, A, B, ...'; the gold's reading of a long vote list, blind48), so a long
list does not yield every pair of its members.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.nlp import doc_column, doc_lemma_lower
from core.extract.relations.big_lists import member_pairs
from core.extract.relations.partners import name_run
from core.extract.relations.syntax import Tie, unasserted
from core.model import Family, Kind

_VOTING = frozenset({"voting", "voted"})
_LISTING = frozenset({"be", "include"})  # 'those voting against it were A, B', '... included A, B'
_SIDES = frozenset({Kind.STATE, Kind.PARTY})
_SHORT = 3  # a list this long or shorter ties every two of its names


def vote_list_ties(toks: list[Token], tok_ent: list[int], kind: Callable[[int], Kind]) -> Iterator[Tie]:
    """'Those voting against X were A, B and C': the voters listed after the copula cast the same vote."""
    if not toks:
        return
    doc = toks[0].doc
    first, last = toks[0].i, toks[-1].i
    lowered = doc_column(doc, "lower_")
    if not any(lowered[i] in _VOTING for i in range(first, last + 1)):
        return  # (the quick answer for most sentences)
    lemma = doc_lemma_lower(doc)
    for i in range(first, last + 1):
        v = doc[i]
        if lemma[i] not in _LISTING or v.pos_ not in ("AUX", "VERB") or unasserted(v):
            continue  # 'were not', 'may include'
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not _voters(subj, tok_ent):
            continue
        obj = next((c for c in v.children if c.dep_ in ("attr", "dobj") and c.i > v.i), None)
        if obj is None:
            continue
        # the list ends with its phrase: not 'were A and B, C said'
        members, _ = name_run(doc, obj.left_edge.i, min(last, obj.right_edge.i), tok_ent, kind)
        if len(members) < 2:
            continue
        label = f"voted {_side(subj)}with"
        if len(members) <= _SHORT:
            for a, b in member_pairs(members):
                yield a, b, label, Family.ALLIANCE
        else:
            for b in members[1:]:
                yield members[0], b, label, Family.ALLIANCE


def _voters(subj: Token, tok_ent: list[int]) -> bool:
    """The subject names voters, not a name: 'those voting against', 'the countries that voted against it'."""
    if tok_ent[subj.i] >= 0:
        return False
    return any(t.lower_ in _VOTING and t.dep_ in ("acl", "relcl", "amod") and t.head.i == subj.i for t in subj.subtree)


def _side(subj: Token) -> str:
    """'against ' where the vote was against something, else nothing ('voted with')."""
    for t in subj.subtree:
        if t.lower_ in _VOTING and any(c.dep_ == "prep" and c.lower_ == "against" for c in t.children):
            return "against "
    return ""
