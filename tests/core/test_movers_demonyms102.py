"""Round BH (x-b74r-102): a people named only by its plural demonym fleeing to or seeking refuge in another state is
no act of its state: no DIPLOMACY between the two states. The state itself, a delegation or a named office keeps its
tie."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated, tied

SWAP = {
    "Freedonia": (S, ["Freedonia", "Freedonian", "Freedonians"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian", "Sylvanians"]),
    "Osmania": (S, ["Osmania"]),
    "Freedonian Army": (P, ["Freedonian Army"]),
    "Ana Voss": (OFF, ["Ana Voss"]),
}
_MOVES = (Family.DIPLOMACY, Family.DEFECTION)


def _moved(got, a, b):
    return any(tied(got, a, b, fam) for fam in _MOVES)


def test_a_people_named_by_its_demonym_fleeing_abroad_ties_no_states():
    for text, places in (
        ("Freedonians have fled to Sylvania over the past four decades to escape war.", ("Sylvania",)),
        (
            "Freedonians also have sought refuge in other countries, primarily Sylvania and Osmania.",
            ("Sylvania", "Osmania"),
        ),
    ):
        got = stated(text, SWAP)
        for place in places:
            assert not _moved(got, "Freedonia", place), (text, got)


def test_the_state_a_delegation_or_a_named_mover_keeps_its_tie():
    got = stated("Freedonia sent troops to Sylvania.", SWAP)
    assert tied(got, "Freedonia", "Sylvania", Family.DIPLOMACY), got
    got = stated("A Freedonian delegation arrived in Sylvania on Sunday.", SWAP)
    assert tied(got, "Freedonia", "Sylvania", Family.DIPLOMACY), got
    got = stated("Freedonian Foreign Minister Ana Voss arrived in Sylvania on Sunday.", SWAP)
    assert tied(got, "Ana Voss", "Sylvania", Family.DIPLOMACY), got
