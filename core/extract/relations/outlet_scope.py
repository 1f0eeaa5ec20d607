"""Whom a news outlet's report is about: every party its reported words name (the annotated sets give an outlet
REPORTING to the actors and targets of the act it reports: 'X and Y passed through the strait after drilling with
Japanese ships, Z News reported' → Z → X, Y and Japan), not where the act happened ('in the East China Sea', 'off
Chile'), not a name glued to a participle ('Japan-based'), not what a speaker the outlet reports says in turn
('Z reported that X said Chilean troops crossed ...': the speaker's report, read by the rules for nested reports) nor
what a relative clause adds about someone ('who also toured Y'). The rules for a report's subject and objects read
its people and bodies; this adds the ships it names anywhere in the act, and the states named by their adjective as
the owners of ships or forces that act ('along with Australian vessels', 'drilling with Japanese ships'), not of a
firm, a person or a thing ('Chinese shipping companies', 'a Russian electrician') nor of a ship named beside them
('the Sazanami, a Japanese destroyer': a report on the ship). A claim that something is so
('X is a Y expert') or is not ('could not confirm ...') reports no act."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from core.extract.relations.quotes import in_place_phrase
from core.model import Kind


def outlet_scope(
    clause: Token,
    tok_ent: Sequence[int],
    kind: Callable[[int], Kind],
    hyphenated: dict,
    reporting: frozenset[str],
    actors: frozenset[str],
    skip: Token | None = None,
) -> set[int]:
    """Ships named in the subtree of ``clause`` (less the subtree of ``skip``, the report's own verb where the parser
    hangs it under the clause), and states named as the owners of acting ships or forces, outside place phrases,
    hyphenated words and relative clauses; inside a nested report only its ships."""
    out: set[int] = set()
    if clause.lemma_.lower() == "be" or any(c.dep_ == "neg" for c in clause.children):
        return out
    stack = [(clause, False)]
    while stack:
        t, nested = stack.pop()
        for x in t.children:
            if (skip is not None and x.i == skip.i) or x.dep_ == "relcl":
                continue
            inner = nested or (x.dep_ in ("ccomp", "parataxis") and t.lemma_.lower() in reporting)
            stack.append((x, inner))
        ei = tok_ent[t.i]
        if ei < 0 or t.i in hyphenated:
            continue
        if kind(ei) is Kind.VESSEL:
            out.add(ei)
        elif (
            kind(ei) is Kind.STATE
            and not nested
            and t.dep_ in ("amod", "compound", "conj")
            and _owner_of(t).lemma_.lower() in actors
            and not _names_a_ship(_owner_of(t), tok_ent)
            and not in_place_phrase(t, clause)
        ):
            out.add(ei)  # 'along with Australian and New Zealand vessels', 'drilling with Japanese ships'
    return out


def _names_a_ship(n: Token, tok_ent: Sequence[int]) -> bool:
    """'the Chinese tracking vessel X', 'a Russian cargo ship, the Y', 'X, a Japanese destroyer': the state describes
    a ship the sentence names, whose report is on the ship."""
    if tok_ent[n.i] >= 0 or (n.dep_ == "appos" and tok_ent[n.head.i] >= 0):
        return True
    return any(c.dep_ in ("appos", "compound") and tok_ent[c.i] >= 0 and c.i > n.i for c in n.children) or any(
        tok_ent[c.i] >= 0 for c in n.children if c.dep_ == "appos"
    )


def _owner_of(t: Token) -> Token:
    """The noun a state's adjective describes, through a list of adjectives ('Australian and New Zealand vessels')."""
    x = t
    while x.dep_ in ("conj", "compound") and x.head.i != x.i and x.head.pos_ in ("ADJ", "PROPN") and x.head.i > x.i - 4:
        if x.dep_ == "compound" and x.head.pos_ != "PROPN":
            break
        x = x.head
    return x.head
