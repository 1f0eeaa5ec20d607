"""A force's ship named right after it: 'the Sylvanian Navy frigate Blue Star', "the Coast Guard's cutter Red Moon" —
the ship belongs to the force, however the parser reads the ship word (it often takes 'frigate' after a name for a
verb: 'Navy frigate X' as 'the Navy frigates X').

Read from the words alone: a ship word that is no one's name, a force or state named just before it (past a
possessive 's), a ship named just after it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Token

from core.extract.relations.lexicon import Lexicon
from core.extract.relations.syntax import Tie, words_in
from core.model import Family, Kind

# hull types that are no vessel nouns of the lexicon
_HULLS = frozenset({"cutter", "submarine", "icebreaker", "minesweeper", "gunboat", "battleship", "flagship"})
# plural ship words before a list of named ships: 'the Royal Navy ships A and B'
_PLURALS = frozenset({"ships", "vessels", "warships", "frigates", "destroyers", "boats"})
_POSSESSIVE = frozenset({"'s", "’s"})
_OWNERS = (Kind.PARTY, Kind.STATE)


def force_ship_ties(
    toks: list[Token], tok_ent: list[int], kind: Callable[[int], Kind], lex: Lexicon
) -> Iterator[Tie]:
    """Ship -> the force or state named right before its ship word, MEMBERSHIP."""
    if len(toks) < 3:
        return
    first, last = toks[0].i, toks[-1].i
    doc = toks[0].doc
    for t in words_in(toks, _words(lex)):
        i = t.i
        if tok_ent[i] >= 0 or i + 1 > last or i - 1 < first:
            continue
        ship = tok_ent[i + 1]
        j = i - 1
        if doc[j].lower_ in _POSSESSIVE and j - 1 >= first:
            j -= 1
        owner = tok_ent[j]
        if ship < 0 or owner < 0 or ship == owner or kind(ship) is not Kind.VESSEL or kind(owner) not in _OWNERS:
            continue
        yield ship, owner, f"{t.lower_} of", Family.MEMBERSHIP
        if t.lower_ in _PLURALS:  # 'Navy ships A and B', 'Navy ships A, B and C': every ship the list names
            for other in _listed_ships(doc, i + 1, last, tok_ent, kind):
                if other != owner:
                    yield other, owner, f"{t.lower_} of", Family.MEMBERSHIP


def _listed_ships(doc: Doc, k: int, last: int, tok_ent: list[int], kind: Callable[[int], Kind]) -> Iterator[int]:
    """The ships after the first of a list right after a plural ship word, read from commas and 'and'."""
    while True:
        e = tok_ent[k]
        while k + 1 <= last and tok_ent[k + 1] == e:
            k += 1
        if k + 2 > last or doc[k + 1].lower_ not in (",", "and"):
            return
        k += 2
        if doc[k - 1].lower_ == "," and doc[k].lower_ == "and" and k + 1 <= last:
            k += 1  # 'A, B, and C'
        if doc[k].lower_ == "the" and k + 1 <= last:
            k += 1
        nxt = tok_ent[k]
        if nxt < 0 or nxt == e or kind(nxt) is not Kind.VESSEL:
            return
        yield nxt


_CACHE: dict[int, frozenset[str]] = {}


def _words(lex: Lexicon) -> frozenset[str]:
    key = id(lex)
    if key not in _CACHE:
        _CACHE[key] = frozenset(w for w in lex.vessel_nouns if not w.endswith("s")) | _HULLS | _PLURALS
    return _CACHE[key]
