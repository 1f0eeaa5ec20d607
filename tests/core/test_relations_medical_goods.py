"""Medical goods given or sold between states pass from supplier to receiver (TRADE), as donated equipment does in the
annotated sets (session 15, after blind41's first run); invented sentences."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import S, pairs

_SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
}


def test_vaccine_doses_donated_to_a_state_are_supplied_to_it():
    got = pairs("Freedonia donated 500,000 vaccine doses to Sylvania on Tuesday.", _SPEC)
    assert Family.TRADE in got.get(frozenset(("Freedonia", "Sylvania")), set()), got


def test_ventilators_and_masks_sent_to_a_state_are_supplied_to_it():
    got = pairs("Freedonia sent ventilators and masks to Sylvania last week.", _SPEC)
    assert Family.TRADE in got.get(frozenset(("Freedonia", "Sylvania")), set()), got
