"""Mends after the review of round T: an act stated in a clause of time or cause stays stated when the main clause is
negated; 'according to' bounds no cut; a ship's own visit is its port call; 'called X a provocation' calls nothing
off; coast guard patrols around a state are a show of force; a body's acronym before a title is no ship's prefix; a
headline naming platforms is no channel line; a state's name stays the state where a person does not stand."""

from __future__ import annotations

import pytest

from core.extract.furniture import furniture_ranges
from core.model import Family
from tests.core.test_relations import OFF, P, S, V, stated

pytestmark = pytest.mark.usefixtures("rules_alone")


SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Acme": (P, ["Acme"]),
    "Daily Courier": (P, ["Daily Courier"]),
    "Sea Wolf": (V, ["Sea Wolf"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
}


def test_a_clause_of_time_or_cause_is_stated_whatever_the_main_clause():
    got = stated("Ruritania has not responded since Freedonia staged military drills around Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got, got


def test_according_to_bounds_no_cut():
    got = stated("Freedonia limited its cooperation with Acme, according to the Daily Courier.", SPEC)
    assert ("Freedonia", "Acme", Family.HOSTILITY) in got, got


def test_a_ships_own_visit_is_its_port_call():
    got = stated("The Sea Wolf's port visit to Sylvania ended on Monday.", SPEC)
    assert ("Sea Wolf", "Sylvania", Family.DIPLOMACY) in got, got


def test_calling_drills_a_provocation_calls_them_off_nowhere():
    got = stated("Sylvania called Freedonia's military drills around Ruritania a provocation.", SPEC)
    assert ("Freedonia", "Ruritania", Family.HOSTILITY) in got, got
    got = stated("Freedonian drills off Sylvania were called off.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) not in got, got


def test_coast_guard_patrols_around_a_state_are_a_show_of_force():
    got = stated("Freedonian coast guard patrols around Ruritania have increased.", SPEC)
    assert ("Freedonia", "Ruritania", Family.HOSTILITY) in got, got


def test_a_headline_naming_platforms_is_no_channel_line():
    text = "Freedonia Blocks Facebook and Instagram as Extremist\n\nThe regulator acted on Monday."
    assert not [r for r in furniture_ranges(text) if r[0] == 0]
    text = "The story.\nRead us in channels Freedonia News – Telegram— Facebook, — Google News\n"
    assert [r for r in furniture_ranges(text) if text[r[0] : r[1]].startswith("Read us")]
