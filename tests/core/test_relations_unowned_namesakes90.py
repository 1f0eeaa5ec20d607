"""Round BG (x-label90): a state's word inside the name of a university, foundation or airline does not make the
body the state's ('Australian National University', 'Pakistan International Airlines'); a navy or a body the
state's possessive names still is. Entities placed by hand as the pipeline places them (the
state's word a mention of the state, the rest of the name the body's); invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OF = Kind.STATE, Kind.PARTY, Kind.OFFICIAL
SPEC = {
    "Peru": (S, ["Peru", "Peruvian"]),
    "Peruvian Solidarity Foundation": (P, ["Solidarity Foundation"]),
    "Peruvian Navy": (P, ["Navy"]),
    "Peru International Airlines": (P, ["International Airlines"]),
    "Peruvian Space Institute": (P, ["Space Institute"]),
    "Ana Lopez": (OF, ["Ana Lopez"]),
}


def _pairs(got) -> set[frozenset]:
    return {frozenset((a, b)) for a, b, _ in got}


def test_a_foundation_named_after_a_state_is_not_the_states():
    got = stated("The Peruvian Solidarity Foundation told reporters that it had bought her a ticket.", SPEC)
    assert frozenset(("Peruvian Solidarity Foundation", "Peru")) not in _pairs(got)


def test_an_airline_named_after_a_state_is_not_the_states():
    got = stated("The closure forced Peru International Airlines to suspend some of its flights.", SPEC)
    assert frozenset(("Peru International Airlines", "Peru")) not in _pairs(got)


def test_a_navy_and_a_possessed_institute_stay_the_states():
    # negative: no such word in a navy's name; a possessive says whose the institute is
    got = stated("The Peruvian Navy said the ship had sunk.", SPEC)
    assert ("Peruvian Navy", "Peru", Family.MEMBERSHIP) in got
    got = stated("Peru's Space Institute said the satellite was launched.", SPEC)
    assert ("Peruvian Space Institute", "Peru", Family.MEMBERSHIP) in got
