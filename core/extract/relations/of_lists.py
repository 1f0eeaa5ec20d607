"""Names that continue a list begun inside a plural noun's 'of' phrase.

'representatives of A's government and B, C and D took part in the talks': the parser often hangs 'C' and 'D' on
'representatives' as its conjuncts, as if they were the representatives; they continue the list of those
represented (the 'of' object already has a conjunct), so they hold no post in A or B.
"""

from __future__ import annotations

from spacy.tokens import Token


def of_list_tail(noun: Token, name: Token) -> bool:
    """``name``, a conjunct of the plural ``noun``, comes after the noun's 'of' phrase whose object is already a
    list ('representatives of A and B, C and D'): the name continues that list."""
    if name.dep_ != "conj" or name.head.i != noun.i:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and noun.i < c.i < name.i
        and any(p.dep_ == "pobj" and any(x.dep_ == "conj" for x in p.children) for p in c.children)
        for c in noun.children
    )
