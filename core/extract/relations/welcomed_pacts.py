"""Welcoming a pact between others is a word on the pact, not a tie with its parties (issue 11 round AK).

'Egypt's foreign minister welcomed a cooperation framework between Iran and the watchdog': the minister speaks well
of what Iran and the watchdog agreed, and is neither's ally for it (the gold ties no welcomer of 'talks between A and
B' to A or B either). When a verb of approval takes an object noun with a 'between' of its own, the ties of the
verb's doers with the names in that 'between' are dropped (and refused, so no later layer adds them back).
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.nlp import doc_lemma_lower
from core.extract.relations.syntax import Tie

APPROVING_VERBS = frozenset({"welcome", "hail", "praise", "applaud", "commend", "endorse", "salute"})


def _named(t, tok_ent: list[int]) -> set[int]:
    return {tok_ent[x.i] for x in t.subtree if tok_ent[x.i] >= 0}


def welcomed_pacts(stated: list[Tie], where: list[int], doc: Doc, tok_ent: list[int], refused: set) -> list[Tie]:
    """``stated`` without the ties of an approver with the parties of the pact approved."""
    drop: set[frozenset[int]] = set()
    lemmas = doc_lemma_lower(doc)
    for i in where:
        if lemmas[i] not in APPROVING_VERBS:
            continue
        v = doc[i]
        if v.pos_ != "VERB" or v.lemma_.lower() not in APPROVING_VERBS:
            continue
        doers = {e for c in v.children if c.dep_ == "nsubj" for e in _named(c, tok_ent)}
        for n in v.children:
            if n.dep_ != "dobj" or tok_ent[n.i] >= 0:
                continue
            parties = {e for c in n.children if c.dep_ == "prep" and c.lower_ == "between" for e in _named(c, tok_ent)}
            drop |= {frozenset((d, p)) for d in doers - parties for p in parties}
    if not drop:
        return stated
    refused |= drop
    return [tie for tie in stated if frozenset((tie[0], tie[1])) not in drop]
