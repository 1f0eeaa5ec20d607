"""The names a reported act's object enumerates after a colon: 'X announced that the bloc has decided to invite six
nations to join: A, B, C and D' (gold: X reports on each of A-D). Read by the speech rules for a reported clause."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token


def enumerated_objects(c: Token, tok_ent: Sequence[int]) -> set[int]:
    """Entities listed after a colon in apposition to an unnamed object ('six nations: A, B and C') of the clause
    ``c`` or of the infinitives it carries ('has decided to invite ...')."""
    out: set[int] = set()
    verbs = [c]
    while verbs:
        v = verbs.pop()
        verbs += [x for x in v.children if x.dep_ == "xcomp" and x.pos_ in ("VERB", "AUX")]
        for o in v.children:
            if o.dep_ != "dobj" or tok_ent[o.i] >= 0:
                continue
            for a in o.children:
                if a.dep_ != "appos" or tok_ent[a.i] < 0:
                    continue
                if not any(t.text == ":" for t in o.doc[o.i + 1 : a.i]):
                    continue  # 'the two nations, A and B' is read as a description elsewhere
                stack = [a]
                while stack:
                    t = stack.pop()
                    if tok_ent[t.i] >= 0:
                        out.add(tok_ent[t.i])
                        stack += [x for x in t.children if x.dep_ == "conj"]
    return out
