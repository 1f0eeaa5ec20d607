"""A title written right before a name holds that name, whatever the parser hangs it on (blind72).

In a list of titled people ('signed by A's Minister of Transport X, B's Minister of Energy and Infrastructure Y,
and C's Minister of Trade Z', 'attended by the AU chairperson and Kenyan President X, SADC chairperson and Malawian
President Y'), the parser often sets a later title beside the person named before it (an apposition or a conjunct of
X), so X took Y's title and Y's state or body. A singular title followed, with no comma, stop or verb between, by a
person's name is that person's: read from the surface, over the title's own words ('of Energy and Infrastructure',
'and Malawian President'), up to the first person named. A second title after an 'and' is a second person's when it
repeats the first's role noun or names a second state ('the French President and German Chancellor X',
'Kenyan President and Nigerian President X': X is the second title's only), not 'SADC chairperson and Malawian
President X' (one person's two titles).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from core.model import Kind

# lower-case words a title may hold before its holder's name: 'Minister of Energy and Infrastructure X',
# 'Chairman of the State Committee X', 'chairperson and Malawian President X'
_LINKS = frozenset({"of", "and", "the", "for", "&"})
_SPAN = 14  # a title's own words are few; a longer stretch is no title written before a name
# titles held towards another person, whose holder the title rules settle their own way
_OTHERS = frozenset({"counterpart", "predecessor", "successor", "deputy"})


def name_after_title(r: Token, tok_ent: list[int], kind: Callable[[int], Kind]) -> int:
    """The person named right after the singular title ``r`` ('the UAE's Minister of Energy X') and hung on it by
    the parser, else -1. Not a counterpart ('A and his Kenyan counterpart B': B is A's counterpart)."""
    if r.tag_ not in ("NN", "NNP") or r.lemma_.lower() in _OTHERS:
        return -1
    found = _first_person(r, tok_ent, kind)
    if found < 0 or not any(tok_ent[c.i] == found for c in r.children):
        return -1  # 'President of South Sudan Salva Kiir and X': a name the parser sets elsewhere is no holder
    return found


def _first_person(r: Token, tok_ent: list[int], kind: Callable[[int], Kind]) -> int:
    doc = r.doc
    end = min(len(doc), r.i + _SPAN)
    lemma = r.lemma_.lower()
    # the first title's state: 'the French President', 'the UAE's Minister' (or met below: 'President of France')
    stated = any(tok_ent[i] >= 0 and kind(tok_ent[i]) is Kind.STATE for i in range(r.left_edge.i, r.i))
    joined = False  # past an 'and': a second title's words
    for i in range(r.i + 1, end):
        t = doc[i]
        ei = tok_ent[i]
        if ei >= 0:
            if kind(ei) is Kind.OFFICIAL:
                return ei
            if kind(ei) is Kind.STATE:
                if joined and stated:
                    return -1  # 'the French President and German Chancellor X': two people, X the second
                stated = stated or not joined
            continue  # the title's body or state: 'Chairman of the Committee of China X'
        if t.lower_ == "and":
            joined = True
        if t.lower_ in _LINKS:
            continue
        if joined and t.lemma_.lower() == lemma:
            return -1  # 'Kenyan President and Nigerian President X': the role twice is two people
        if t.is_alpha and t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ"):
            continue  # the title's own words: 'Transport', 'Infrastructure', 'Mozambican President'
        return -1
    return -1
