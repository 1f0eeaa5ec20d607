"""Pairs the rules leave untyped on purpose, which the learned pair layer must not type either."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from core.extract.relations.lexicon import Lexicon
from core.extract.relations.pair_structure import top_under


def speaker_on_act(a: Token, b: Token, tok_ent: Sequence[int], lex: Lexicon) -> bool:
    """'X claimed the strike against Y', 'X said the attack was a warning to Y': a speaker's word on an act it is
    not said to do ties it to no one the act concerns ('X said it seized Y' names the speaker as the doer)."""
    for s, o in ((a, b), (b, a)):
        if s.dep_ == "poss" and s.head.dep_.startswith("nsubj"):
            s = s.head
        verb = s.head
        if not s.dep_.startswith("nsubj") or verb.lemma_.lower() not in lex.reporting_verbs:
            continue
        top = top_under(o, verb)
        if top is None:
            continue
        if top.dep_ == "dobj":
            event = top.lemma_.lower() in lex.relation_nouns and not any(c.dep_ == "poss" for c in top.children)
            if event and tok_ent[top.i] < 0:
                return True
        elif top.dep_ == "ccomp" and top.pos_ in ("VERB", "AUX"):
            subj = [t for x in top.children if x.dep_ in ("nsubj", "nsubjpass") for t in x.subtree]
            if subj and not any(t.pos_ == "PRON" or tok_ent[t.i] >= 0 for t in subj):
                return True  # the clause's doer is a thing ('the attack', 'the strike'), not the speaker
    return False
