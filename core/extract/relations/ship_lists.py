"""Ships listed under a plural ship word with a state on it: 'three Peruvian ships - the Lomo, Arvi and Pelta -'."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from core.extract.relations.families import Grammar
from core.extract.relations.syntax import MODIFIER_DEPS, Tie, nominal
from core.model import Family, Kind

# What may open the list after the plural noun phrase: a dash, a colon, a comma before 'including' or 'the'.
_OPENERS = frozenset({"-", "—", "–", ":", ","})
_INTRODUCERS = frozenset({"including", "namely", "the", "such", "as"})
# Words the list may hold between the names: articles, numbers, ship words, adjectives, the joining words.
_FILLERS = frozenset({"the", "and", ",", ";", "as", "well", "a", "an"})
_REACH = 40  # tokens: no list of ships is longer than this in prose


class ShipLists(Grammar):
    """'four Chilean naval vessels, including the Riveros frigate and the Tolo': each named ship is Chile's."""

    def _ship_list(self, t: Token) -> Iterator[Tie]:
        states = {
            self.tok_ent[c.i]
            for c in t.children
            if c.dep_ in MODIFIER_DEPS and self.tok_ent[c.i] >= 0 and self.kind(self.tok_ent[c.i]) is Kind.STATE
        }
        if len(states) != 1:
            return
        ships = self._listed_ships(t)
        yield from self._pairs(ships, states, "ship of", Family.MEMBERSHIP)

    def _listed_ships(self, t: Token) -> list[int]:
        """Named ships in the list that follows the plural ship word ``t`` in its sentence."""
        doc, end = t.doc, t.sent.end
        i = t.i + 1
        if i >= end or doc[i].text not in _OPENERS:
            return []
        opener = doc[i].text
        i += 1
        if opener == "," and (i >= end or doc[i].lower_ not in _INTRODUCERS):
            return []  # 'Peruvian ships, which ...' lists nothing
        out: list[int] = []
        while i < end and i - t.i <= _REACH:
            w = doc[i]
            ei = self.tok_ent[i]
            if ei >= 0:
                if self.kind(ei) is not Kind.VESSEL:
                    break  # a place or a body: the list is over
                if ei not in out:
                    out.append(ei)
            elif w.text in _OPENERS and opener != "," and w.text == opener:
                break  # the closing dash
            elif w.lower_ in _INTRODUCERS:
                pass
            elif (w.pos_ in ("VERB", "AUX") and not _noun_like(w)) or w.text in (".", "(", ")", "?", "!"):
                break  # 'frigate' tagged as a verb but parsed as a noun stays in the list
            elif not (
                w.lower_ in _FILLERS
                or w.lower_ in _INTRODUCERS
                or w.like_num
                or _noun_like(w)
                or w.pos_ in ("ADJ", "NUM", "DET", "CCONJ", "PUNCT", "NOUN", "PROPN")
            ):
                break
            i += 1
        return out


def _noun_like(w: Token) -> bool:
    """A noun, or a ship word the tagger took for a verb ('the Tolo frigate' with 'frigate' as VBP)."""
    return nominal(w) or (w.pos_ == "VERB" and w.dep_ in ("pobj", "conj", "appos", "compound"))
