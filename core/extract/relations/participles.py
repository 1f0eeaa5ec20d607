"""Who speaks in a reporting participle that closes a clause: 'X welcomed the ruling, saying that Y ...', 'X
denied the claims, telling Z that ...'. The participle has no subject of its own; the parser hangs it on the
clause before it as an adverbial clause, whose subject is the speaker."""

from __future__ import annotations

from collections.abc import Collection, Sequence

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


def apposed_outlet(v: Token, tok_ent: Sequence[int], outlets: Collection[int]) -> list[Token]:
    """'X is cutting ties with Y, the Agence France-Presse (AFP) reported': the parser hangs the outlet that closes
    the sentence on the last name as an apposition and leaves the reporting verb no subject; the
    outlet is the one speaking."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children):
        return []
    for t in v.doc[max(v.sent.start, v.i - 10) : v.i]:
        closing = t.right_edge.i == v.i - 1 and t.left_edge.i > 0 and v.doc[t.left_edge.i - 1].text == ","
        if t.dep_ == "appos" and tok_ent[t.i] in outlets and closing:
            return [t]
    return []
