"""Round BG (x-label90): the bloc or host whose summit a verb reaches through a preposition is the occasion, no side
of the act ('who last met on the sidelines of the G7 summit'). Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OF = Kind.STATE, Kind.PARTY, Kind.OFFICIAL
SPEC = {
    "Peru": (S, ["Peru", "Peruvian"]),
    "Chile": (S, ["Chile", "Chilean"]),
    "Bolivia": (S, ["Bolivia"]),
    "Andean Forum": (P, ["Andean Forum"]),
    "Ana Lopez": (OF, ["Ana Lopez"]),
    "Juan Perez": (OF, ["Juan Perez"]),
}


def _pairs(got) -> set[frozenset]:
    return {frozenset((a, b)) for a, b, _ in got}


def test_the_bloc_whose_summit_two_leaders_met_at_is_not_met():
    got = stated("Ana Lopez and Juan Perez last met on the sidelines of the Andean Forum summit in June.", SPEC)
    assert ("Ana Lopez", "Juan Perez", Family.DIPLOMACY) in got
    assert frozenset(("Ana Lopez", "Andean Forum")) not in _pairs(got)
    assert frozenset(("Juan Perez", "Andean Forum")) not in _pairs(got)


def test_a_state_looming_at_a_blocs_summit_is_no_guest_of_the_bloc():
    got = stated("Chile loomed large at the first Andean Forum summit between Ana Lopez and Juan Perez.", SPEC)
    assert frozenset(("Chile", "Andean Forum")) not in _pairs(got)


def test_a_summit_held_with_a_body_still_ties_the_body():
    # negative: the body after the summit's 'with' is the other side, not the summit's owner
    got = stated("Ana Lopez signed the deal at a summit with the Andean Forum in Bolivia.", SPEC)
    assert frozenset(("Ana Lopez", "Andean Forum")) in _pairs(got)
    got = stated("Ana Lopez held talks at a summit with Juan Perez in Bolivia.", SPEC)
    assert ("Ana Lopez", "Juan Perez", Family.DIPLOMACY) in got
