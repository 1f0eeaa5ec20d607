"""'his Chinese counterpart X': a counterpart holds the same post as the one he is set against."""

from __future__ import annotations

from spacy.tokens import Token

from core.extract.relations.lexicon import Lexicon
from core.model import Family


def counterpart_family(r: Token, lex: Lexicon) -> Family:
    """The family that ties a counterpart to his own state: the post of the nearest title named before him in
    the sentence ('President X ... his Chinese counterpart Y' heads China; 'Defence Minister X ... his Turkish
    counterpart Y' is a member of Turkey's government)."""
    for t in reversed(r.doc[r.sent.start : r.i]):
        lemma = t.lemma_.lower()
        if lemma == "counterpart" or lemma not in lex.role_nouns:
            continue
        if lemma in lex.head_of_state_titles or (lemma == "minister" and t.i > 0 and t.doc[t.i - 1].lower_ == "prime"):
            return Family.LEADERSHIP
        return Family.MEMBERSHIP
    return Family.MEMBERSHIP
