"""'his Chinese counterpart X': a counterpart holds the same post as the one he is set against."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Token

from core.extract.relations.lexicon import Lexicon
from core.model import Family


def _heads_title(t: Token, lex: Lexicon) -> bool | None:
    """Whether the title ``t`` is a head of state's or government's ('President', 'Prime Minister'; not 'Deputy
    Prime Minister', 'Vice President'), or None when ``t`` is no title."""
    lemma = t.lemma_.lower()
    if lemma not in lex.role_nouns:
        return None
    prime = lemma == "minister" and t.i > 0 and t.doc[t.i - 1].lower_ == "prime"
    if lemma not in lex.head_of_state_titles and not prime:
        return False
    before = t.doc[t.i - (2 if prime else 1)] if t.i >= (2 if prime else 1) else None
    return not (before is not None and before.lower_.rstrip("-") in lex.deputy_words)


def counterpart_family(
    r: Token, lex: Lexicon, holders: Iterable[int] = (), tok_ent: Sequence[int] | None = None
) -> Family:
    """The family that ties a counterpart to his own state: the post of the nearest title named before him in
    the sentence ('President X ... his Chinese counterpart Y' heads China; 'Defence Minister X ... his Turkish
    counterpart Y' is a member of Turkey's government; 'Deputy Prime Minister X and his counterpart Y' too). With
    no title in the sentence, a head's title either of the two is named with elsewhere in the document ('Prime
    Minister X' earlier, 'X told his Indian counterpart Y' here)."""
    for t in reversed(r.doc[r.sent.start : r.i]):
        if t.lemma_.lower() == "counterpart":
            continue
        heads = _heads_title(t, lex)
        if heads is not None:
            return Family.LEADERSHIP if heads else Family.MEMBERSHIP
    held = set(holders)
    if tok_ent is not None and held:
        for t in r.doc:
            first = tok_ent[t.i] in held and t.i > 0 and tok_ent[t.i - 1] not in held
            if first and _heads_title(t.doc[t.i - 1], lex):
                return Family.LEADERSHIP  # 'Prime Minister X' somewhere in the document
    return Family.MEMBERSHIP
