"""Families of titles and measures seen on new stories: 'Ambassador to the X Y', 'Secretary General', measures."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated

ENVOY = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "United States": (S, ["United States"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
}


def test_an_ambassador_to_the_host_before_his_name_belongs_to_the_sender():
    got = stated("Freedonian Ambassador to the United States Lin Bao told reporters the talks had failed.", ENVOY)
    assert ("Lin Bao", "United States", Family.DIPLOMACY) in got
    assert ("Lin Bao", "Freedonia", Family.MEMBERSHIP) in got
    assert ("Lin Bao", "United States", Family.MEMBERSHIP) not in got
    assert not any({src, tgt} == {"Lin Bao", "Freedonia"} and fam is Family.DIPLOMACY for src, tgt, fam in got)


def test_a_secretary_general_or_director_general_heads_the_body():
    spec = {"Northern Pact": (P, ["Northern Pact"]), "Ana Voss": (OFF, ["Ana Voss"])}
    for text in (
        "Northern Pact Secretary General Ana Voss welcomed the decision.",
        "Northern Pact Secretary-General Ana Voss welcomed the decision.",
        "Northern Pact Director-General Ana Voss welcomed the decision.",
    ):
        got = stated(text, spec)
        assert ("Ana Voss", "Northern Pact", Family.LEADERSHIP) in got, text
        assert ("Ana Voss", "Northern Pact", Family.MEMBERSHIP) not in got, text


def test_a_deputy_secretary_general_is_a_member():
    spec = {"Northern Pact": (P, ["Northern Pact"]), "Ana Voss": (OFF, ["Ana Voss"])}
    got = stated("Northern Pact Deputy Secretary General Ana Voss welcomed the decision.", spec)
    assert ("Ana Voss", "Northern Pact", Family.LEADERSHIP) not in got


def test_announcing_measures_against_a_state_is_hostility_not_reporting():
    spec = {"Freedonia": (S, ["Freedonia"]), "Sylvania": (S, ["Sylvania"])}
    got = stated("Freedonia announced a series of retaliatory economic measures against Sylvania on Sunday.", spec)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got
    assert ("Freedonia", "Sylvania", Family.REPORTING) not in got
