"""Round BG (x-b68r-91): an unnamed person going somewhere makes no visit of the state named on him; kin words tie
no person to another person as MEMBERSHIP."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated, tied

SWAP = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Freedonian Police": (P, ["Freedonian police"]),
    "Ana Voss": (OFF, ["Ana Voss"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Karel Bao": (OFF, ["Karel"]),
    "Bao Foundation": (P, ["Bao Foundation"]),
}
_MOVES = (Family.DIPLOMACY, Family.DEFECTION)


def _moved(got, a, b):
    return any(tied(got, a, b, fam) for fam in _MOVES)


def test_an_unnamed_pilot_or_soldier_going_abroad_ties_no_states():
    for text in (
        "A Freedonian fighter pilot on a training mission flew his warplane to neighboring Sylvania on Thursday.",
        "Video showing a Freedonian soldier fleeing across the border into Sylvania was released on Wednesday.",
    ):
        got = stated(text, SWAP)
        assert not _moved(got, "Freedonia", "Sylvania"), (text, got)


def test_unnamed_police_of_a_force_arriving_abroad_tie_no_force_to_the_state():
    got = stated("Eight Freedonian police personnel who had arrived in Sylvania were detained.", SWAP)
    assert not _moved(got, "Freedonian Police", "Sylvania"), got


def test_a_named_mover_or_a_delegation_keeps_its_visit():
    got = stated("Freedonian Foreign Minister Ana Voss arrived in Sylvania on Sunday.", SWAP)
    assert tied(got, "Ana Voss", "Sylvania", Family.DIPLOMACY), got
    got = stated("A Freedonian delegation arrived in Sylvania on Sunday.", SWAP)
    assert tied(got, "Freedonia", "Sylvania", Family.DIPLOMACY), got


def test_kin_of_a_person_is_no_membership():
    for text in (
        "Sylvania seized assets of Lin Bao, the daughter of longtime Freedonian President Ana Voss.",
        "Prosecutors suspect Ana Voss of embezzling some $30 million along with his brother, Karel.",
    ):
        got = stated(text, SWAP)
        assert not any(
            tied(got, a, b, Family.MEMBERSHIP) for a in ("Lin Bao", "Karel Bao") for b in ("Ana Voss",)
        ), (text, got)


def test_a_member_of_a_body_keeps_its_membership():
    got = stated("Lin Bao, the daughter of Ana Voss, is a member of the Bao Foundation.", SWAP)
    assert tied(got, "Lin Bao", "Bao Foundation", Family.MEMBERSHIP), got
