"""A report the text says is printed in an outlet speaks for that outlet: '..., said a report in Bloomberg', 'a
story in the Times said ...' (the outlet reports what the report says). Only 'in' after a document noun and only a
known outlet: 'a report in March', 'a statement in parliament' name no outlet."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token


def printed_in(
    c: Token, document_nouns: frozenset[str], prep_objects: Callable[[Token], frozenset[int]], outlets: frozenset[int]
) -> set[int]:
    """Outlets ``c``, a document noun, is said to be in."""
    if c.lemma_.lower() not in document_nouns:
        return set()
    return {e for p in c.children if p.dep_ == "prep" and p.lower_ == "in" for e in prep_objects(p) if e in outlets}
