"""Second clauses that share the first one's subject: 'X intercepted Y and was later joined by Z' (Z joined X)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from core.extract.relations.clauses import Clauses


def conjoined_passive_subject(clauses: Clauses, v: Token) -> frozenset[int]:
    """What a passive verb conjoined to an active one is done to: the active verb's subject.

    'The frigate intercepted the dhow and was joined by the destroyer': the second, passive clause has no subject
    of its own ('was' + participle, no nsubjpass) and goes on about the first clause's subject. Only a finite
    passive ('was/were/is/has been joined') counts: a bare participle after 'and' may hang on the object instead.
    """
    head = v.head
    if head.i == v.i or head.pos_ not in ("VERB", "AUX") or clauses.passive(head):
        return frozenset()
    aux = [c for c in v.children if c.dep_ == "auxpass"]
    if not aux or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return frozenset()
    if not any(c.dep_ == "agent" for c in v.children):
        return frozenset()
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if subjects and _number(aux[0]) and all(_number(s) not in (None, _number(aux[0])) for s in subjects):
        return frozenset()  # 'X seized the tanker and were briefed by Y': 'were' is not said of X
    return clauses.subjects(head)


_PLURAL_AUX = frozenset({"were", "are"})
_SINGULAR_AUX = frozenset({"was", "is", "has"})


def _number(t: Token) -> str | None:
    """'plural' or 'singular' for a passive's auxiliary or a subject ('A and B': plural); None if it does not say."""
    if t.lower_ in _PLURAL_AUX or t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children):
        return "plural"
    if t.lower_ in _SINGULAR_AUX or t.tag_ in ("NN", "NNP"):
        return "singular"
    return None
