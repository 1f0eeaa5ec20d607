"""A bare head-of-state title looks ahead for its state only up to another person's name: in 'President X and
Foreign Minister Y of Z met', Z is the minister's state; the sentence does not say it is the president's."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, S, stated

_SPEC = {
    "Sylvania": (S, ["Sylvania"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Ana Voss": (OFF, ["Ana Voss"]),
}


def test_a_state_after_another_persons_name_is_not_the_presidents():
    got = stated("President Lin Bao and Foreign Minister Ana Voss of Sylvania met in the capital on Monday.", _SPEC)
    assert ("Ana Voss", "Sylvania", Family.MEMBERSHIP) in got
    assert ("Lin Bao", "Sylvania", Family.LEADERSHIP) not in got


def test_a_presidents_own_state_is_still_read():
    got = stated("President Lin Bao of Sylvania and Foreign Minister Ana Voss met in the capital on Monday.", _SPEC)
    assert ("Lin Bao", "Sylvania", Family.LEADERSHIP) in got
