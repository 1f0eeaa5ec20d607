"""A hyphenated seat ('Peru-based') goes with the names listed after its own name, not with a listed item that has
a state of its own (issue 11, blind set 23 class). Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import P, S, stated

SPEC = {
    "Peru": (S, ["Peru"]),
    "Chile": (S, ["Chile", "Chilean"]),
    "Rio Metals": (P, ["Rio Metals"]),
    "Andean Council": (P, ["Andean Council"]),
}


def test_a_listed_item_with_its_own_state_keeps_it():
    got = stated("The sanctions targeted Peru-based Rio Metals and the Chilean company Andean Council.", SPEC)
    assert ("Rio Metals", "Peru", Family.MEMBERSHIP) in got
    assert ("Andean Council", "Peru", Family.MEMBERSHIP) not in got


def test_the_seat_still_goes_with_a_plain_list():
    got = stated("Peru-based Rio Metals and the Andean Council were sanctioned.", SPEC)
    assert ("Andean Council", "Peru", Family.MEMBERSHIP) in got
