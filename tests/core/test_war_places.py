"""A state's war waged in or into another state (war_places.py): the 'in' after a war noun names the side attacked,
not a place (sentences and names invented)."""

from __future__ import annotations

from core.extract.relations import between
from core.model import Family, Kind
from tests.core.test_relations import stated, tied

S = Kind.STATE
STATES = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania"]),
    "Ruritania": (S, ["Ruritania"]),
}


def test_a_states_war_in_another_state_is_hostile():
    got = stated("The fighting reflects Freedonia's war in Sylvania, analysts wrote.", STATES)
    assert tied(got, "Freedonia", "Sylvania", Family.HOSTILITY)


def test_an_incursion_into_a_state_is_hostile():
    got = stated("Ruritania's brief incursion into Sylvania angered the region.", STATES)
    assert tied(got, "Ruritania", "Sylvania", Family.HOSTILITY)


def test_without_the_rule_the_war_in_is_a_place(monkeypatch):
    monkeypatch.setattr(between, "war_in", lambda *a: False)
    got = stated("The fighting reflects Freedonia's war in Sylvania, analysts wrote.", STATES)
    assert not tied(got, "Freedonia", "Sylvania", Family.HOSTILITY)


def test_a_campaign_that_is_not_military_and_an_embassy_are_no_war():
    got = stated("Freedonia's election campaign in Sylvania was quiet.", STATES)
    assert not tied(got, "Freedonia", "Sylvania", Family.HOSTILITY)
    got = stated("Ruritania's embassy in Sylvania was closed on Monday.", STATES)
    assert not tied(got, "Ruritania", "Sylvania", Family.HOSTILITY)


def test_a_war_in_a_place_that_is_no_state_ties_nothing_hostile():
    spec = {**STATES, "Kestria": (Kind.PARTY, ["Kestria"])}
    got = stated("The fighting reflects Freedonia's war in Kestria, analysts wrote.", spec)
    assert not tied(got, "Freedonia", "Kestria", Family.HOSTILITY)


def test_a_verbless_label_states_no_war():
    got = stated("Live updates: Freedonia's war in Sylvania", STATES)
    assert not tied(got, "Freedonia", "Sylvania", Family.HOSTILITY)
