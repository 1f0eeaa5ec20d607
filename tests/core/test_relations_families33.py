"""Families of help (round U): a voyage with aid, gratitude, helping a captive's release."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated

STATES = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
}


def test_ships_heading_to_a_state_with_supplies_help_it():
    spec = {**STATES, "Freedonian Navy": (P, ["Freedonian Navy"])}
    got = stated("Three Freedonian Navy ships are heading to Sylvania with supplies.", spec)
    assert any({s, t} == {"Freedonian Navy", "Sylvania"} and f is Family.ALLIANCE for s, t, f in got), got
    assert not any({s, t} == {"Freedonian Navy", "Sylvania"} and f is Family.DIPLOMACY for s, t, f in got), got


def test_a_visit_to_a_state_without_aid_stays_diplomacy():
    spec = {**STATES, "Ana Voss": (OFF, ["Ana Voss"])}
    got = stated("Freedonian Foreign Minister Ana Voss travelled to Sylvania with her deputy.", spec)
    assert not any({s, t} == {"Ana Voss", "Sylvania"} and f is Family.ALLIANCE for s, t, f in got), got


def test_gratitude_expressed_to_a_counterpart_is_alliance():
    spec = {"Ana Voss": (OFF, ["Ana Voss"]), "Lin Bao": (OFF, ["Lin Bao"])}
    got = stated("Ana Voss expressed her gratitude to her counterpart Lin Bao for his goodwill.", spec)
    assert any({s, t} == {"Ana Voss", "Lin Bao"} and f is Family.ALLIANCE for s, t, f in got), got


def test_facilitating_a_captive_release_backs_the_captive():
    spec = {**STATES, "Ana Voss": (OFF, ["Ana Voss"])}
    got = stated("Freedonia played a key role in the swap, facilitating the release of Ana Voss.", spec)
    assert ("Freedonia", "Ana Voss", Family.ALLIANCE) in got, got
