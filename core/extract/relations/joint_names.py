"""Names joined by 'and' that act together in a 'joint' act: 'X and Y said in a joint statement'."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.lexicon import Lexicon
from core.extract.relations.syntax import Tie
from core.model import Family, Kind

_JOINT = frozenset({"joint", "common"})
_SIDES = frozenset({Kind.STATE, Kind.PARTY})
_LIST = frozenset({",", "and", "&"})
_OWN = frozenset({Family.AGREEMENT, Family.DIPLOMACY, Family.TRADE, Family.ALLIANCE})  # families a joint noun keeps


def joint_ties(toks: list[Token], tok_ent: list[int], kind: Callable[[int], Kind], lex: Lexicon) -> Iterator[Tie]:
    """A tie between states or bodies named side by side in a sentence that speaks of their joint act."""
    if not toks:
        return
    sent = toks[0].sent  # the joint act may be named outside a quote that names the partners
    nouns = [t.head for t in sent if t.lower_ in _JOINT and t.dep_ == "amod" and t.head.pos_ == "NOUN"]
    if not nouns:
        return
    noun = nouns[0].lower_
    fam = lex.relation_nouns.get(nouns[0].lemma_.lower()) or lex.relation_nouns.get(noun)
    if fam not in _OWN:
        fam = Family.ALLIANCE  # a joint statement, probe or strike: the two act as partners
    if fam is Family.ALLIANCE and any(lex.relation_nouns.get(t.lemma_.lower()) is Family.AGREEMENT for t in sent):
        fam = Family.AGREEMENT  # 'a joint statement on the agreement': partners to the deal
    # the names of a list joined only by commas and 'and': the parse of such lists is too loose to follow
    last, gap_ok = -1, False
    for t in toks:
        e = tok_ent[t.i]
        if e < 0:
            gap_ok = gap_ok and t.lower_ in _LIST
            continue
        if e != last and last >= 0 and gap_ok and kind(e) in _SIDES and kind(last) in _SIDES:
            yield last, e, f"joint {noun} with", fam
        if e != last:
            last = e
        gap_ok = True
