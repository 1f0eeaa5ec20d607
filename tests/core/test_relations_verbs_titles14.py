"""Verbs, passives and titles seen on new stories: counterparts, joint signing by two agents, apologies, swipes."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, S, V, stated


def test_a_counterpart_meets_his_peer_and_holds_his_post_in_his_own_state():
    spec = {
        "Freedonia": (S, ["Freedonia", "Freedonian"]),
        "Sylvania": (S, ["Sylvania", "Sylvanian"]),
        "Lin Bao": (OFF, ["Lin Bao"]),
        "Ana Voss": (OFF, ["Ana Voss"]),
    }
    got = stated("Freedonian President Lin Bao shook hands with his Sylvanian counterpart Ana Voss on Monday.", spec)
    assert ("Ana Voss", "Lin Bao", Family.DIPLOMACY) in got
    assert ("Ana Voss", "Sylvania", Family.LEADERSHIP) in got
    assert ("Ana Voss", "Lin Bao", Family.MEMBERSHIP) not in got
    got = stated("Freedonian Defence Minister Lin Bao met his Sylvanian counterpart Ana Voss in the capital.", spec)
    assert ("Ana Voss", "Sylvania", Family.MEMBERSHIP) in got
    assert ("Ana Voss", "Sylvania", Family.LEADERSHIP) not in got


def test_a_deal_signed_by_two_agents_ties_them_to_each_other():
    spec = {
        "Freedonia": (S, ["Freedonia", "Freedonian"]),
        "Sylvania": (S, ["Sylvania", "Sylvanian"]),
        "Lin Bao": (OFF, ["Lin Bao"]),
        "Ana Voss": (OFF, ["Ana Voss"]),
    }
    got = stated("The treaty was signed in the capital on Thursday by Lin Bao and Ana Voss.", spec)
    assert any({a, b} == {"Lin Bao", "Ana Voss"} and f is Family.AGREEMENT for a, b, f in got)
    got = stated("The accord was concluded last year by Freedonia and Sylvania.", spec)
    assert any({a, b} == {"Freedonia", "Sylvania"} and f is Family.AGREEMENT for a, b, f in got)
    got = stated("The ship was boarded by Freedonia and Sylvania.", spec)  # not a verb two agents do together
    assert not any({a, b} == {"Freedonia", "Sylvania"} for a, b, f in got)


def test_an_apology_and_a_swipe_and_implicating_are_stated_ties():
    spec = {"Freedonia": (S, ["Freedonia"]), "Sylvania": (S, ["Sylvania"]), "Lin Bao": (OFF, ["Lin Bao"])}
    assert ("Freedonia", "Sylvania", Family.DIPLOMACY) in stated("Freedonia apologised to Sylvania on Monday.", spec)
    got = stated("Freedonian leader Lin Bao extended an apology to Sylvania on Saturday.", spec)
    assert ("Lin Bao", "Sylvania", Family.DIPLOMACY) in got
    got = stated("That same day, Lin Bao took a swipe at Freedonia and Sylvania.", spec)
    assert ("Lin Bao", "Freedonia", Family.HOSTILITY) in got
    assert ("Lin Bao", "Sylvania", Family.HOSTILITY) in got
    got = stated("This marks the first time Freedonia has directly implicated Sylvania in attacks on ships.", spec)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got


def test_implicating_a_ship_is_a_stated_tie():
    spec = {"Freedonia": (S, ["Freedonian"]), "Blue Star": (V, ["Blue Star"])}
    got = stated("Freedonian authorities have implicated the cargo vessel Blue Star in the pipeline damage.", spec)
    assert any(a == "Freedonia" and b == "Blue Star" and f is not Family.ASSOCIATION for a, b, f in got)


def test_a_high_commissioner_is_an_envoy_to_the_host_state():
    spec = {
        "Freedonia": (S, ["Freedonia", "Freedonian"]),
        "Sylvania": (S, ["Sylvania"]),
        "Lin Bao": (OFF, ["Lin Bao"]),
    }
    got = stated("The Freedonian High Commissioner to Sylvania, Lin Bao, was summoned on Tuesday.", spec)
    assert ("Lin Bao", "Sylvania", Family.DIPLOMACY) in got
    assert ("Lin Bao", "Sylvania", Family.MEMBERSHIP) not in got
    assert ("Lin Bao", "Freedonia", Family.MEMBERSHIP) in got
