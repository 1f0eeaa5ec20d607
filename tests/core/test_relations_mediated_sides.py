"""Go-betweens of talks the sides hold deal with each side (round AR: relations/mediated_sides.py)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import P, S, pairs

_SPEC = {
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Vexora": (S, ["Vexora"]),
    "Sylvania": (S, ["Sylvania"]),
    "Osterlich": (S, ["Osterlich"]),
    "Red Banner Front": (P, ["Red Banner Front"]),
    "European Union": (P, ["European Union"]),
    "United States": (S, ["United States"]),
}


def _diplomacy(got: dict, a: str, b: str) -> bool:
    return Family.DIPLOMACY in got.get(frozenset((a, b)), set())


def test_talks_mediated_by_two_states_tie_each_to_each_side():
    text = "Ruritania and Vexora agreed to a ceasefire during talks mediated by Sylvania and Osterlich in the capital."
    got = pairs(text, _SPEC)
    for m in ("Sylvania", "Osterlich"):
        for side in ("Ruritania", "Vexora"):
            assert _diplomacy(got, m, side), (m, side)


def test_with_mediators_mediating_the_negotiations():
    text = (
        "Ruritania and the Red Banner Front have agreed to a truce after long talks, with Sylvania and Osterlich "
        "mediating the negotiations."
    )
    got = pairs(text, _SPEC)
    for m in ("Sylvania", "Osterlich"):
        for side in ("Ruritania", "Red Banner Front"):
            assert _diplomacy(got, m, side), (m, side)


def test_no_sides_for_those_who_welcome_a_mediated_truce_or_one_side_alone():
    got = pairs("Ruritania and Vexora welcomed the truce mediated by Sylvania in the capital.", _SPEC)
    assert not _diplomacy(got, "Sylvania", "Ruritania")
    got = pairs("Ruritania agreed to a ceasefire during talks mediated by Sylvania.", _SPEC)
    assert not _diplomacy(got, "Sylvania", "Ruritania")


def test_mediation_from_a_list_of_states():
    text = (
        "Ruritania and Vexora agreed in 2021 to talk with mediation from Sylvania, the European Union and the United "
        "States."
    )
    got = pairs(text, _SPEC)
    for m in ("Sylvania", "European Union", "United States"):
        for side in ("Ruritania", "Vexora"):
            assert _diplomacy(got, m, side), (m, side)
