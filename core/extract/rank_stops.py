"""Rank abbreviations the tokenizer splits from their stop ('Navy Cmdr. X', 'Staff Sgt. Y'): one token, as spaCy
already keeps 'Gen.', 'Adm.' and 'Gov.', so that the stop ends no sentence and the rank is not read as a name
('Navy Cmdr' cut from the person it titles). Only the ranks whose stop the parser takes for a full stop."""

from __future__ import annotations

from spacy.language import Language
from spacy.symbols import NORM, ORTH

RANKS = ("Cmdr", "Cdr", "Sgt", "Brig", "Cpl", "Pvt", "Cmde", "Cmdt")


def keep_rank_stops(nlp: Language) -> None:
    """Each rank with its stop made one token (its norm the bare abbreviation, lower-case)."""
    for rank in RANKS:
        nlp.tokenizer.add_special_case(f"{rank}.", [{ORTH: f"{rank}.", NORM: rank.lower()}])
