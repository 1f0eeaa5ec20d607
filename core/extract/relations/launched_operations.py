"""A named operation belongs to whoever launched it: 'Freedonia launched Operation Dawn', "'Operation Dusk',
launched by Sylvania" tie the operation to the launcher as MEMBERSHIP (operation -> launcher), as the gold does
('operation launched by').

Round BF (x-verbs86): of the pairs main left untyped with one end the subject of a verb and the other its object,
'launch' was the one verb the lexicon lacked with >= 3 pairs in >= 2 stories, all gold and all MEMBERSHIP. Only a named
operation (a body whose name opens with 'Operation') is taken: 'launched missiles at X', 'launched a campaign against
Y' and 'launched a satellite' stay with the rules they have (fired_by.py, the object nouns).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from spacy.tokens import Token

from core.model import Kind

LAUNCHING_OPERATIONS = frozenset({"launch"})


def launched_operations(ents: Iterable[int], kind: Callable[[int], Kind], name: Callable[[int], str]) -> frozenset[int]:
    """The named operations among ``ents`` (the launched verb's objects)."""
    return frozenset(e for e in ents if kind(e) is Kind.PARTY and name(e).split(" ", 1)[0] == "Operation")


def named_before(v: Token, tok_ent: Sequence[int]) -> frozenset[int]:
    """The name right before a participle ('the first day of Operation Dusk launched by X', 'Operation Dusk, launched by
    X'), past a comma or a closing quote: the parser hangs such a participle on the noun before or on the verb."""
    for t in reversed(v.doc[max(0, v.i - 3) : v.i]):
        if tok_ent[t.i] >= 0:
            return frozenset({tok_ent[t.i]})
        if not t.is_punct:
            break
    return frozenset()
