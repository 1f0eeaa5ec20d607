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
    if head is v or head.pos_ not in ("VERB", "AUX") or clauses.passive(head):
        return frozenset()
    if not any(c.dep_ == "auxpass" for c in v.children) or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return frozenset()
    if not any(c.dep_ == "agent" for c in v.children):
        return frozenset()
    return clauses.subjects(head)
