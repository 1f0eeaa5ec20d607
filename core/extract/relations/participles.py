"""Who speaks in a reporting participle that closes a clause: 'X welcomed the ruling, saying that Y ...', 'X
denied the claims, telling Z that ...'. The participle has no subject of its own; the parser hangs it on the
clause before it as an adverbial clause, whose subject is the speaker."""

from __future__ import annotations

from spacy.tokens import Token

# Relative pronouns: 'X, who welcomed ..., saying ...' is read through the name the relative clause hangs on.
_RELATIVE = frozenset({"who", "which", "that"})


def participle_subjects(v: Token) -> list[Token]:
    """The subjects of the clause a reporting participle (``v``, tagged VBG, after its head) hangs on; none for a
    participle with a subject of its own, a participle before its head ('Saying that ..., X left') or one hung on
    a noun ('the statement saying ...')."""
    if v.dep_ != "advcl" or v.tag_ != "VBG" or v.i < v.head.i or v.head.pos_ not in ("VERB", "AUX"):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return []
    return [c for c in v.head.children if c.dep_ == "nsubj" and c.lower_ not in _RELATIVE]
