"""Round BJ (x-app122): a named ship after its state's word and a ship noun belongs to that state, in the forms the
parser breaks ('the Peru-linked cargo ship X', 'a Peruvian ship -- the bulk vessel X', 'the Spanish ABC frigate X');
not after a capitalised force ('Peruvian Navy frigate X'), nor a state that is a clause's subject ('Peru attacked the
fishing boat X')."""

from __future__ import annotations

from core.extract.relations.state_ships import state_ship_ties
from core.model import Family, Kind
from tests.core.test_relations_apposed_posts50 import _read


def test_a_state_glued_to_linked_before_a_ship_noun_owns_the_ship(nlp):
    got = _read(nlp, "Chilean sailors boarded the Peru-linked cargo ship Lima Star near the port on Monday.")
    assert ("Lima Star", "Peru", Family.MEMBERSHIP) in got, got


def test_a_dash_and_a_second_ship_noun_keep_the_state(nlp):
    text = "Officials in Oslo are looking at a Peruvian ship – the bulk vessel Andes Dawn – after the damage."
    got = _read(nlp, text)
    assert ("Andes Dawn", "Peru", Family.MEMBERSHIP) in got, got


def test_a_class_in_capitals_between_the_state_and_the_noun(nlp):
    got = _read(nlp, "Chile bought the Spanish ABC frigate Costa Brava from Spain in March.")
    assert ("Costa Brava", "Spain", Family.MEMBERSHIP) in got, got


def _ties(nlp, text: str, states: set[str], ships: set[str]) -> set[tuple[int, int]]:
    """The rule alone on ``text``, the given words marked as mentions of a state (entity 0) and a ship (entity 1)."""
    doc = nlp(text)
    kinds = {0: Kind.STATE, 1: Kind.VESSEL}
    tok_ent = [0 if t.text in states else 1 if t.text in ships else -1 for t in doc]
    return {(ship, state) for ship, state, _, _ in state_ship_ties(list(doc), tok_ent, kinds.__getitem__)}


def test_a_capitalised_force_or_a_clause_between_is_no_tie_to_the_state(nlp):
    # marked by hand, so the parser's or the entity stage's reading cannot hide what the rule itself lets through
    assert _ties(nlp, "The Peruvian frigate Liberty sailed on Monday.", {"Peruvian"}, {"Liberty"}) == {(1, 0)}
    assert not _ties(nlp, "The Peruvian Navy frigate Liberty sailed on Monday.", {"Peruvian"}, {"Liberty"})
    assert not _ties(nlp, "Chile said Peru attacked the fishing boat Liberty on Monday.", {"Peru"}, {"Liberty"})
    assert not _ties(nlp, "Officials said Peru sent cargo ships Liberty and Hope.", {"Peru"}, {"Liberty", "Hope"})


def test_the_ship_nouns_are_the_lexicon_s(nlp):
    """Review of round BJ, item 11: the rule reads the lexicon's vessel_nouns, not a copy of its own ('dredger' added
    to the lexicon; 'tug' was in the lexicon only)."""
    for noun in ("dredger", "tug"):
        text = f"The Peruvian {noun} Liberty left the harbour on Monday."
        assert _ties(nlp, text, {"Peruvian"}, {"Liberty"}) == {(1, 0)}, noun
