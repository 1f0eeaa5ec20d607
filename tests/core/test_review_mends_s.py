"""Mends after the review of round S: the new clause rules read no tie from a negated, hedged, conditional or denied
act, from a comparison ('as did Y'), from someone else's visit, from work that is no show of force, from a tie kept
or bounded rather than cut, or from a request for comment made by a body that is no news outlet."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_relations import OFF, P, S, V, stated

pytestmark = pytest.mark.usefixtures("rules_alone")


SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Acme": (P, ["Acme"]),
    "Agency": (P, ["IAEA"]),
    "Daily Courier": (P, ["Daily Courier"]),
    "Sea Wolf": (V, ["Sea Wolf"]),
}


def _hostile(text: str, a: str, b: str) -> bool:
    return any(x == a and y == b and f is Family.HOSTILITY for x, y, f in stated(text, SPEC))


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Freedonia objected to the plan, as did Sylvania.", "Freedonia", "Sylvania"),
        ("Sylvania protested, as Freedonia had done a week earlier.", "Sylvania", "Freedonia"),
        ("Any Sylvanian attack would trigger retaliation from Freedonia.", "Freedonia", "Sylvania"),
        ("Freedonian peacekeepers could come under fire from Sylvania.", "Sylvania", "Freedonia"),
        ("Freedonia denied that it sees Sylvania as a threat to Ruritania.", "Sylvania", "Ruritania"),
        ("If Freedonia came to regard Sylvania as a threat to Ruritania, talks would end.", "Sylvania", "Ruritania"),
        ("Acme resumed drilling operations off Sylvania.", "Acme", "Sylvania"),
        ("Freedonia conducted rescue operations off Sylvania after the storm.", "Freedonia", "Sylvania"),
        ("Freedonia cancelled planned drills near Sylvania.", "Freedonia", "Sylvania"),
        ("Sylvania refused to reduce its cooperation with Freedonia.", "Sylvania", "Freedonia"),
        ("Freedonia said it would not limit cooperation with Sylvania.", "Freedonia", "Sylvania"),
        ("Freedonia scaled up its cooperation with Sylvania.", "Freedonia", "Sylvania"),
        ("Freedonia agreed to limit its cooperation with Sylvania to trade.", "Freedonia", "Sylvania"),
    ],
)
def test_an_act_not_stated_as_done_or_no_show_of_force_is_no_hostility(text, a, b):
    assert not _hostile(text, a, b), stated(text, SPEC)


def test_the_stated_acts_stay_hostile():
    assert _hostile("Freedonia protested after Sylvania seized the tanker.", "Freedonia", "Sylvania")
    assert _hostile("Freedonia staged military drills around Sylvania.", "Freedonia", "Sylvania")
    text = "Freedonia threatened to respond by reducing its cooperation with Sylvania."
    assert _hostile(text, "Freedonia", "Sylvania")


def test_someone_elses_visit_is_no_port_call_of_the_ship():
    got = stated("The Sea Wolf arrived in Sylvania during Lin Bao's visit to Ruritania.", SPEC)
    assert not {("Sea Wolf", h, Family.DIPLOMACY) for h in ("Sylvania", "Ruritania")} & got, got
    got = stated("The Sea Wolf has finished its official visit at the port of Kota Bahru in Sylvania.", SPEC)
    assert ("Sea Wolf", "Sylvania", Family.DIPLOMACY) in got, got  # the ship's own visit
    got = stated("The Sea Wolf sailed to Ruritania after a port visit in Freedonia.", SPEC)
    assert ("Sea Wolf", "Ruritania", Family.DIPLOMACY) not in got, got


def test_a_body_asking_for_clarification_is_no_outlet_reporting():
    for text in (
        "Sylvania has not responded to an IAEA request for clarification.",
        "Sylvania ignored a request for comment from the IAEA.",
    ):
        assert ("Agency", "Sylvania", Family.REPORTING) not in stated(text, SPEC), text
    got = stated("Sylvania did not respond to a request for comment from the Daily Courier.", SPEC)
    assert ("Daily Courier", "Sylvania", Family.REPORTING) in got


def test_the_narrators_next_clause_is_no_second_reported_clause():
    got = stated("Lin Bao said the talks had failed, and Sylvania recalled its ambassador on Monday.", SPEC)
    assert ("Lin Bao", "Sylvania", Family.REPORTING) not in got, got
    for text in (
        "Lin Bao said the talks had failed, and Sylvania has robust measures against Freedonia.",
        "Lin Bao said the talks failed, and Sylvania withdrew its envoy from Freedonia.",  # one tense: still his words
    ):
        got = stated(text, SPEC)
        assert ("Lin Bao", "Sylvania", Family.REPORTING) in got, (text, got)
