"""Whose an apposition is when the parser hangs it on the wrong word: the name right before its comma.

'ties between Freedonia and Sylvania, a Ruritanian ally': the parser hangs 'ally' on the list's first name, but a
singular apposition after a list is its last name's. 'measures imposed on A and B, two Sylvanian nationals': the
parser hangs the apposition on 'measures', a word that names no one; it is the names' before the comma.
"""

from __future__ import annotations

from spacy.tokens import Token

from core.model import Kind

_PLURAL = frozenset({"NNS", "NNPS"})


def apposed_name(m, r: Token) -> frozenset[int]:
    """The entities an apposition ``r`` stands for when the name right before its comma is not the word it is hung
    on (``m`` is the reader: its ``tok_ent``, ``kind``, ``mention_from``, ``_listed`` and lexicon); empty otherwise."""
    head = r.head
    if r.dep_ != "appos" or head.i >= r.i:
        return frozenset()
    k = r.left_edge.i - 1
    if k < 1 or r.doc[k].text != ",":
        return frozenset()
    ei = m.tok_ent[k - 1]
    own = m.tok_ent[head.i]
    if ei < 0 or ei == own:
        return frozenset()
    first = k - 1
    while first > 0 and m.tok_ent[first - 1] == ei:
        first -= 1
    _, root = m.mention_from(r.doc[first])
    if root is None or root.i == head.i:
        return frozenset()
    plural = r.tag_ in _PLURAL
    if own >= 0:
        # a singular apposition after a list of names is the last one's, not the first one's the parser hung it on
        if plural:
            return frozenset()
        t = root
        while t.dep_ == "conj" and t.head.i < t.i and t.i != head.i:
            t = t.head
        return frozenset((ei,)) if t.i == head.i else frozenset()
    # the apposition hung on a word that names no one, with the name inside that word's phrase
    if m.kind(ei) not in (Kind.OFFICIAL, Kind.PARTY) or head.lemma_.lower() in m.lex.role_nouns:
        return frozenset()
    if head not in root.ancestors:
        return frozenset()
    if not plural:
        return frozenset((ei,))
    t = root
    while t.dep_ == "conj" and t.head.i < t.i and m.tok_ent[t.head.i] >= 0:
        t = t.head
    return frozenset(m._listed(t))


def past_gerund(t: Token, a: Token) -> bool:
    """'accused X's agency, the GRU, of targeting the watchdog, the OPCW': an apposition hung on ``t`` after its
    'of'-gerund phrase is the gerund's object's (the parser lets it reach back over the phrase), not ``t``'s."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and t.i < c.i < a.i and any(x.dep_ == "pcomp" for x in c.children)
        for c in t.children
    )
