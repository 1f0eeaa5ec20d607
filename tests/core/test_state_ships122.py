"""Round BJ (x-app122): a named ship after its state's word and a ship noun belongs to that state, in the forms the
parser breaks ('the Peru-linked cargo ship X', 'a Peruvian ship -- the bulk vessel X', 'the Spanish ABC frigate X');
not after a capitalised force ('Peruvian Navy frigate X'), nor a state that is a clause's subject ('Peru attacked the
fishing boat X')."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations_apposed_posts50 import _read
from tests.core.test_spokespeople97 import families


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


def test_a_capitalised_force_or_another_name_between_is_no_tie_to_the_state(nlp):
    got = _read(nlp, "Chilean sailors saw the Peruvian Navy frigate Lima Star near the port on Monday.")
    assert Family.MEMBERSHIP not in families(got, "Lima Star", "Peru"), got
    got = _read(nlp, "Chile said Peru attacked the fishing boat Andes Dawn near the border on Monday.")
    assert Family.MEMBERSHIP not in families(got, "Andes Dawn", "Peru"), got
