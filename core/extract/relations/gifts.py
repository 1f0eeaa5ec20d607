"""A gift, letter or message 'to X from Y' read from the words, where the parser takes 'to' for an infinitive."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import Tie, words_in
from core.model import Family, Kind

# things one party sends another: who sends them and who carries them deal with the one they are for
GIFT_NOUNS = frozenset(
    {"gift", "letter", "message", "greeting", "greetings", "congratulations", "invitation", "note", "present"}
)
_REACH = 4  # words between 'to' and the name: 'to dictator Kim', 'to North Korean leader Kim'
_STOPS = frozenset({"VERB", "AUX", "ADP", "PUNCT", "SCONJ", "CCONJ", "PRON"})


def gift_ties(toks: list[Token], tok_ent: list[int], kind: Callable[[int], Kind]) -> Iterator[Tie]:
    """'arrived with a gift to Kim from Maduro': Maduro → Kim and the bearer → Kim, DIPLOMACY."""
    if len(toks) < 4:
        return
    doc = toks[0].doc
    last = toks[-1].i
    for n in words_in(toks, GIFT_NOUNS, lemma=True):  # (the lemma is asked first)
        if n.pos_ != "NOUN" or tok_ent[n.i] >= 0:
            continue
        to = n.i + 1
        if to >= last or doc[to].lower_ != "to":
            continue
        addressee, end = _name_after(doc, to + 1, last, tok_ent)
        if addressee < 0 or kind(addressee) is Kind.VESSEL:
            continue
        sender = -1
        if end + 2 <= last and doc[end + 1].lower_ == "from":
            sender, _ = _name_after(doc, end + 2, last, tok_ent)
        if sender >= 0 and sender != addressee and kind(sender) is not Kind.VESSEL:
            yield sender, addressee, f"sent {n.lemma_.lower()} to", Family.DIPLOMACY
        bearer = _bearer(n, tok_ent)
        if bearer >= 0 and bearer not in (addressee, sender) and kind(bearer) is not Kind.VESSEL:
            yield bearer, addressee, f"brought {n.lemma_.lower()} to", Family.DIPLOMACY


def _name_after(doc, start: int, last: int, tok_ent: list[int]) -> tuple[int, int]:
    """The entity named within a few modifier words from ``start``, and the index of its last token."""
    for i in range(start, min(last, start + _REACH) + 1):
        ei = tok_ent[i]
        if ei >= 0:
            end = i
            while end + 1 <= last and tok_ent[end + 1] == ei:
                end += 1
            return ei, end
        if doc[i].pos_ in _STOPS and doc[i].lower_ != "the":
            break
    return -1, start


def _bearer(n: Token, tok_ent: list[int]) -> int:
    """The named subject of the verb the gift hangs on: 'X arrived with a gift', 'X brought a letter'."""
    v = n.head.head if n.dep_ == "pobj" else n.head
    if n.dep_ not in ("pobj", "dobj") or v.pos_ not in ("VERB", "AUX"):
        return -1
    subjects = [c for c in v.children if c.dep_ == "nsubj" and tok_ent[c.i] >= 0]
    return tok_ent[subjects[0].i] if len(subjects) == 1 else -1
