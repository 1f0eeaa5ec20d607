"""A side's deed judged by the words that name it: 'X described the Y veto as reckless', 'X called Y's actions a
heinous provocation', '"we reject this illegal act perpetrated by Y," X said' — the speaker, an official or a state
body, accuses the side whose deed the judged noun names (gold HOSTILITY, not REPORTING). The judgement is a blaming
adjective (evaluations.py) or a noun of enmity, said of the deed by a describing verb's complement ('as reckless', 'a
provocation', 'unacceptable') or qualifying the deed the side is the agent of ('illegal act perpetrated by Y'). A
describing verb not asserted ('did not call it illegal', 'may describe', 'if X describes') accuses no one."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from core.extract.relations.evaluations import BLAMING, subject_head
from core.extract.relations.syntax import unasserted
from core.model import Family

# verbs that give their object a judgement as their complement: 'described X as', 'called X a provocation'
_DESCRIBING = frozenset({"describe", "call", "brand", "label", "term", "characterise", "characterize", "denounce"})


def _blaming(t: Token, nouns: dict[str, Family]) -> str | None:
    """The blaming word of a complement: the word itself, a conjoined one, or a blaming adjective on a noun."""
    for w in (t, *t.conjuncts):
        lemma = w.lemma_.lower()
        if lemma in BLAMING or (w.pos_ == "NOUN" and nouns.get(lemma) is Family.HOSTILITY):
            return lemma
        for m in w.children:
            if m.dep_ == "amod" and m.lemma_.lower() in BLAMING:
                return m.lemma_.lower()
    return None


def described_hostile(t: Token, tok_ent: Sequence[int], ent: int, nouns: dict[str, Family]) -> str | None:
    """The blaming word when a describing verb judges the deed the target's name opens ('described the Y veto as
    reckless'); None otherwise. The describing verb is the speaker's own, so no reporting verb is asked for."""
    s = subject_head(t, tok_ent, ent)
    v = s.head
    if s.dep_ != "dobj" or v.lemma_.lower() not in _DESCRIBING or unasserted(v):
        return None
    for c in v.children:
        if c.dep_ in ("oprd", "xcomp", "acomp") and tok_ent[c.i] < 0:
            word = _blaming(c, nouns)
            if word is not None:
                return word
        if c.dep_ == "prep" and c.lower_ == "as":
            for p in c.children:
                if p.dep_ in ("pobj", "amod", "acomp") and tok_ent[p.i] < 0:
                    word = _blaming(p, nouns)
                    if word is not None:
                        return word
    return None


def perpetrated_hostile(t: Token, nouns: dict[str, Family]) -> tuple[str, Token] | None:
    """The blaming word and the judged noun when the target is the agent of a deed a blaming word qualifies ('this
    illegal act perpetrated by Y'); None otherwise."""
    if t.dep_ != "pobj" or t.head.dep_ != "agent" or t.head.head.dep_ != "acl":
        return None
    noun = t.head.head.head
    if noun.pos_ != "NOUN":
        return None
    word = _blaming(noun, nouns)
    return None if word is None else (word, noun)
