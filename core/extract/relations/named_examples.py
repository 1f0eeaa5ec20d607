"""Named examples of an unnamed noun: 'countries like A and B', 'buyers such as A', '50 firms, including A'.

What a phrase does to 'countries like India and China' it does to the countries named as its examples (the gold of
blind42: 'sell oil to countries like India and China' sells it to both), as the reader already takes it for
'including'. 'like' counts only after a plural noun ('a leader like X' compares, it does not list).
"""

from __future__ import annotations

from spacy.tokens import Token


def example_preps(noun: Token) -> list[Token]:
    """The prepositions that bring in named examples of ``noun``: 'including', 'like' (after a plural), 'such as'."""
    return [c for c in noun.children if c.dep_ == "prep" and _introduces_examples(noun, c)]


def _introduces_examples(noun: Token, prep: Token) -> bool:
    low = prep.lower_
    if low == "including":
        return True
    if low == "like":
        return noun.tag_ in ("NNS", "NNPS") and prep.i == noun.i + 1
    return low == "as" and any(a.lower_ == "such" and a.i == prep.i - 1 for a in prep.children)


def listed_after_comma(a: Token) -> bool:
    """'two of its neighbours, A and B': the parser hangs the list after the comma on the noun as a conjunct."""
    return a.dep_ == "conj" and a.i > 0 and a.doc[a.i - 1].text == ","


def list_end_on_verb(member: Token, tok_ent: list[int]) -> Token | None:
    """'withdrawn from A, B, C, and D': the parser hangs the last name of a list, after ', and', on the verb the
    list is the object of, as the verb's conjunct; it is the list's last member. Only a list of three or more
    (``member`` is itself a conjunct), a name that heads no clause, and a verb the list hangs on."""
    if member.dep_ != "conj" or any(c.dep_ == "conj" for c in member.children):
        return None
    root = member
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    verb = root.head.head if root.dep_ == "pobj" else root.head
    if root.dep_ not in ("pobj", "dobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    doc = member.doc
    j = member.right_edge.i + 1
    if j < len(doc) and doc[j].text == ",":
        j += 1
    if j + 1 >= len(doc) or doc[j].lower_ not in ("and", "or") or doc[j].head.i != verb.i:
        return None
    x = next((t for t in doc[j + 1 : j + 6] if t.left_edge.i == j + 1 and t.head.i == verb.i), None)
    if x is None or x.dep_ != "conj" or x.pos_ != "PROPN" or tok_ent[x.i] < 0:
        return None
    if any(c.dep_ in _CLAUSE_DEPS for c in x.children):
        return None
    return x


_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "prep", "advmod", "ccomp", "xcomp"})


# nouns that name a group by what it is made of: 'a group of creditor countries including A and B'
_GROUPS = frozenset({"group", "number", "handful", "coalition", "club", "list", "range", "series"})


def group_example_preps(noun: Token) -> list[Token]:
    """The example prepositions of the 'of' object of a group noun: 'a group of creditor countries including A and
    B' names A and B, as 'creditor countries including A and B' would."""
    if noun.lemma_.lower() not in _GROUPS:
        return []
    return [
        x
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj" and p.tag_ in ("NNS", "NNPS")
        for x in example_preps(p)
    ]
