"""Round AF (blind36 classes): the occasion of a meeting is no one met; a leader of a force backed by a body does
not lead the body. Entities placed by hand; invented sentences."""

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
}


def test_a_summit_and_its_host_are_no_one_met():
    got = stated(
        "This month, Peru's Foreign Minister Ana Lopez met with Chilean officials on the sidelines of the Andean "
        "Forum summit in Bolivia and discussed the issue with them.",
        SPEC,
    )
    assert ("Ana Lopez", "Chile", Family.DIPLOMACY) in got
    assert not {(a, b) for a, b, _ in got} & {("Ana Lopez", "Andean Forum"), ("Ana Lopez", "Bolivia")}


def test_a_force_backed_by_a_body_and_led_by_a_state_is_not_the_body_led():
    got = stated(
        "The Andean Forum-backed multinational force led by Chile has struggled to help Peruvian police regain "
        "control.",
        SPEC,
    )
    assert ("Chile", "Andean Forum", Family.LEADERSHIP) not in got


def test_a_second_title_after_a_first_titles_of_is_the_persons_own():
    spec = {
        "Juan Perez": (OF, ["Juan Perez"]),
        "Ana Lopez": (OF, ["Ana Lopez"]),
        "Condor Security": (P, ["Condor Security"]),
    }
    got = stated(
        "Juan Perez, a prominent supporter of former President Ana Lopez and founder of the security firm Condor "
        "Security, says his company has signed a deal.",
        spec,
    )
    assert ("Juan Perez", "Condor Security", Family.LEADERSHIP) in got
    assert ("Ana Lopez", "Condor Security", Family.LEADERSHIP) not in got
