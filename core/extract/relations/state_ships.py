"""A named ship after its state's word and a ship noun, read on the surface: 'the Freedonia-linked cargo ship Polar
Star', 'the Freedonian fishing vessel "Polar Star"', 'a Freedonian ABC frigate Polar Star', 'a Freedonian ship -- the
container vessel Polar Star'. The ship belongs to that state (MEMBERSHIP, ship -> state). The parser reads the plain
'Freedonian tanker Polar Star' and the rules type it; what they miss are the forms it breaks: a quoted name, a class
written in capitals before the noun, a dash and a second noun, a state glued to '-linked' or '-owned'.

Only lower-case words (or a class in capitals) between the state's word and the ship noun: a capitalised force
('Freedonian Navy frigate X', 'Freedonia Coast Guard vessel X') ties the ship to the force in the gold, not the state.
Counted over blind4..81 (allsets outputs of round BJ's base): the form 70 times typed already; 4 new pairs (4 stories),
4 gold MEMBERSHIP; the three capitalised forces in the older sets (0 gold) are why that limit stands."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.kb import lexicon_set
from core.extract.relations.syntax import Tie
from core.model import Family, Kind

# a state glued to one of these before the noun: 'Freedonia-linked', 'Freedonian-owned'
_GLUED = frozenset({"linked", "owned", "operated", "flagged", "registered", "controlled"})
_DASHES = frozenset({"-", "–", "—", "--"})
_QUOTES = frozenset({'"', "“", "'", "‘"})
_NOT_MODIFIERS = frozenset({"DET", "ADP", "AUX", "CCONJ", "SCONJ", "PRON", "PART", "ADV"})
_FINITE = frozenset({"VB", "VBD", "VBP", "VBZ"})
_WORDS = 3  # words between the state and the ship noun ('cargo', 'bulk', 'fishing', 'container', a class)


def _ship_noun(t: Token) -> bool:
    """A ship noun of the lexicon's vessel_nouns (one word: the head of 'cargo ship', 'fishing vessel')."""
    nouns = lexicon_set("vessel_nouns", fold=True)
    return t.lower_ in nouns or (t.lower_.endswith("s") and t.lower_[:-1] in nouns)


def _plain(t: Token) -> bool:
    """A word that may stand between the state and the ship noun: lower case, or a class written in capitals."""
    word = t.text.replace("-", "")
    if t.pos_ in _NOT_MODIFIERS or t.tag_ in _FINITE:
        return False  # 'Freedonia seized the tanker X', 'Freedonia sent ships X and Y': a clause, not a noun phrase
    return word.isalpha() and (t.text.islower() or (t.text.isupper() and len(word) >= 2))


def state_ship_ties(toks: list[Token], tok_ent: list[int], kind: Callable[[int], Kind]) -> Iterator[Tie]:
    """(ship, state, 'ship of', MEMBERSHIP) for a ship named after its state's word and a ship noun."""
    n = len(toks)
    for k, t in enumerate(toks):
        state = tok_ent[t.i]
        if state < 0 or kind(state) is not Kind.STATE or (k + 1 < n and tok_ent[toks[k + 1].i] == state):
            continue
        j = k + 1
        if j + 1 < n and toks[j].text in _DASHES and toks[j + 1].lower_ in _GLUED:
            j += 2
        words = 0
        while j < n and not _ship_noun(toks[j]) and words < _WORDS and tok_ent[toks[j].i] < 0 and _plain(toks[j]):
            j, words = j + 1, words + 1
        if j >= n or not _ship_noun(toks[j]) or tok_ent[toks[j].i] >= 0:
            continue
        j += 1
        if j + 1 < n and toks[j].text in _DASHES:  # 'a Freedonian ship -- the container vessel X'
            m = j + 1
            if toks[m].lower_ in ("the", "a", "an"):
                m += 1
            while m < n and not _ship_noun(toks[m]) and m - j <= _WORDS and toks[m].text.islower():
                m += 1
            if m >= n or not _ship_noun(toks[m]):
                continue
            j = m + 1
        if j < n and toks[j].text in _QUOTES:
            j += 1
        if j >= n:
            continue
        ship = tok_ent[toks[j].i]
        if ship >= 0 and kind(ship) is Kind.VESSEL:
            yield ship, state, "ship of", Family.MEMBERSHIP
