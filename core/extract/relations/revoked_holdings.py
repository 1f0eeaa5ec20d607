"""'The operating licences of X would be revoked, the authority said', 'Y has been stripped of the right to host the
cup, the federation said': a body or a state that reports a passive clause taking away what a side holds (a licence,
a right, a membership) with no one named doing it is the one that takes it away, so it acts on the side (gold:
ENFORCEMENT, blind30 'the government announced that a contract with X had been terminated', blind52 'Y has been
stripped of the right to host ..., FIFA said', blind55 'officials stated that the operating licences of A, B and C
would be revoked'). Not a person's word (a spokesman telling that a state was suspended reports it, the gold's
REPORTING), not an outlet's, not a clause naming its doer ('was suspended by the IOC') or the body the side is
put out of ('was suspended from the Council of Y'), nor denied, and only the verbs that withdraw a grant ('expelled'
is diplomacy, 'cancelled' a visit is no act on its guest). 'X's lawyers were stripped of their licences' takes them
from the lawyers (the subject holds what the 'of' names), not from X."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

# verbs of taking back what was granted
REVOKING = frozenset({"revoke", "strip", "suspend", "terminate", "annul", "rescind"})
# the words of a passive subject phrase that can hold the side: 'X's licence', 'the X licence', 'A and B'
_INNER = frozenset({"compound", "poss", "conj"})


def revoked_from(clauses: Iterable[Token], tok_ent: list[int]) -> set[int]:
    """Entities whose holding a reported passive clause of ``clauses`` takes back with no doer named: the passive
    subject's names and those of its 'of' object ('the licences of A, B and C')."""
    out: set[int] = set()
    for c in clauses:
        if c.pos_ != "VERB" or c.lemma_.lower() not in REVOKING:
            continue
        if any(x.dep_ in ("agent", "neg") or (x.dep_ == "prep" and _from_named(x, tok_ent)) for x in c.children):
            continue  # 'was suspended by the IOC', 'was suspended from the Council of Y': the doer or body is named
        # 'X's lawyers were stripped of their licences': the subject holds what is taken, not its owner X
        stripped_of = any(x.dep_ == "prep" and x.lower_ == "of" for x in c.children)
        inner = _INNER - {"poss", "compound"} if stripped_of else _INNER
        for s in c.children:
            if s.dep_ != "nsubjpass":
                continue
            stack = [s]
            while stack:
                t = stack.pop()
                if tok_ent[t.i] >= 0 and t.pos_ != "ADJ":
                    out.add(tok_ent[t.i])
                for x in t.children:
                    if x.dep_ in inner:
                        stack.append(x)
                    elif x.dep_ == "prep" and x.lower_ == "of" and t is s:
                        stack.extend(o for o in x.children if o.dep_ == "pobj")
    return out


def _from_named(prep: Token, tok_ent: list[int]) -> bool:
    """'from the Council of Y': a 'from' naming the body the side is put out of (that body acts, not the speaker)."""
    return prep.lower_ == "from" and any(p.dep_ == "pobj" and tok_ent[p.i] >= 0 for p in prep.children)
