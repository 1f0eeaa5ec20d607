"""Acts on money and aircraft (round AP): a state shutting its airspace to another's aircraft, going to law against
someone, a body holding another's reserves."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, V, stated

_SPEC = {
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Vexora Clearing": (P, ["Vexora Clearing", "Vexora"]),
    "Bank of Ruritania": (P, ["Bank of Ruritania"]),
    "Anton Reles": (OFF, ["Anton Reles"]),
}


def test_closing_airspace_to_a_states_aircraft_is_hostile():
    got = stated("Ruritania has closed its airspace to all Freedonian carriers on Sunday.", _SPEC)
    assert ("Ruritania", "Freedonia", Family.HOSTILITY) in got, got
    got = stated("Ruritania's airspace is closed to all Freedonian aircraft operators.", _SPEC)
    assert ("Ruritania", "Freedonia", Family.HOSTILITY) in got, got


def test_opening_airspace_lets_aircraft_in_under_rules():
    got = stated("Ruritania opened its airspace for Freedonian civilian aircraft last year.", _SPEC)
    assert ("Ruritania", "Freedonia", Family.ENFORCEMENT) in got, got


def test_no_closure_read_where_it_is_not_done():
    got = stated("Ruritania has not closed its airspace to Freedonian carriers.", _SPEC)
    assert ("Ruritania", "Freedonia", Family.HOSTILITY) not in got, got


def test_a_lawsuit_against_someone_is_hostile():
    got = stated("Freedonia filed a complaint against the Ruritanian measures on Friday.", _SPEC)
    assert ("Freedonia", "Ruritania", Family.HOSTILITY) in got, got
    got = stated("Ruritania has filed a lawsuit seeking billions in damages from the depository Vexora.", _SPEC)
    assert ("Ruritania", "Vexora Clearing", Family.HOSTILITY) in got, got


def test_a_lawsuit_not_filed_is_no_act():
    got = stated("Ruritania would not file a lawsuit against Vexora, Anton Reles said.", _SPEC)
    assert ("Ruritania", "Vexora Clearing", Family.HOSTILITY) not in got, got


def test_a_body_holding_a_states_reserves_serves_it():
    got = stated("Freedonia has long stored gold reserves at the Bank of Ruritania.", _SPEC)
    assert ("Bank of Ruritania", "Freedonia", Family.TRADE) in got, got
    got = stated("The plan uses $7 billion of Freedonia's foreign reserves being held at Vexora Clearing.", _SPEC)
    assert ("Vexora Clearing", "Freedonia", Family.TRADE) in got, got


def test_reserves_held_in_a_place_name_no_custodian():
    got = stated("The assets of the Bank of Ruritania held in Vexora were immobilised.", _SPEC)
    assert ("Vexora Clearing", "Bank of Ruritania", Family.TRADE) not in got, got


def test_denying_a_ship_access_is_a_measure_on_it_and_on_a_state_hostile():
    spec = {**_SPEC, "Sea Lark": (V, ["Sea Lark"])}
    # the waters' state is where the ship is kept out of, neither the denier nor the one kept out
    text = "The commander boarded nothing and denied the MV Sea Lark access to the territorial waters of Ruritania."
    got = stated(text, spec)
    assert not {t for t in got if {t[0], t[1]} == {"Sea Lark", "Ruritania"}}, got
    got = stated("Anton Reles denied the MV Sea Lark access to the port on Monday.", spec)
    assert ("Anton Reles", "Sea Lark", Family.ENFORCEMENT) in got, got
    got = stated("Ruritania has joined Freedonian efforts to deny Vexora access to the equipment.", _SPEC)
    assert ("Freedonia", "Vexora Clearing", Family.ENFORCEMENT) in got, got
    assert ("Ruritania", "Vexora Clearing", Family.ENFORCEMENT) in got, got


def test_denying_a_report_keeps_nobody_out():
    got = stated("Ruritania denied the Freedonian report that Vexora had sold arms.", _SPEC)
    assert not {t for t in got if t[:2] == ("Ruritania", "Vexora Clearing")}, got



def test_banning_flights_from_listed_states_is_hostile_to_each():
    spec = {**_SPEC, "Sylvania": (S, ["Sylvania"]), "Osterlich": (S, ["Osterlich"])}
    got = stated("Ruritania has banned commercial flights from Freedonia, Sylvania and Osterlich.", spec)
    for state in ("Freedonia", "Sylvania", "Osterlich"):
        assert ("Ruritania", state, Family.HOSTILITY) in got, got
    got = stated("Ruritania has not banned flights from Sylvania or Osterlich.", spec)
    assert ("Ruritania", "Osterlich", Family.HOSTILITY) not in got, got
