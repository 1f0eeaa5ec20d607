"""A force's ship named right after it: 'the Sylvanian Navy frigate Blue Star', "the Coast Guard's cutter Red Moon" —
the ship belongs to the force, however the parser reads the ship word (it often takes 'frigate' after a name for a
verb: 'Navy frigate X' as 'the Navy frigates X').

Read from the words alone: a ship word that is no one's name, a force or state named just before it (past a
possessive 's), a ship named just after it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.lexicon import Lexicon
from core.extract.relations.syntax import Tie, words_in
from core.model import Family, Kind

# hull types that are no vessel nouns of the lexicon
_HULLS = frozenset({"cutter", "submarine", "icebreaker", "minesweeper", "gunboat", "battleship", "flagship"})
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


_CACHE: dict[int, frozenset[str]] = {}


def _words(lex: Lexicon) -> frozenset[str]:
    key = id(lex)
    if key not in _CACHE:
        _CACHE[key] = frozenset(w for w in lex.vessel_nouns if not w.endswith("s")) | _HULLS
    return _CACHE[key]
