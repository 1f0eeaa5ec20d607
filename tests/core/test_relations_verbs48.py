"""Verb and noun classes of round AJ: a warship shadowing another, revoking a party's licence or accreditation,
a verdict parsed as an adjective after the judged conduct, feelings expressed to a party ('appreciation',
'displeasure') and a tribute paid to one, an order halting a firm's business."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated

_SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Ana Voss": (OFF, ["Ana Voss"]),
    "Union Court": (P, ["Union Court"]),
    "Blue Crescent Front": (P, ["Blue Crescent Front"]),
    "FNS Vigilant": (P, ["FNS Vigilant"]),
    "SNS Harbinger": (P, ["SNS Harbinger"]),
    "Harbor Chips": (P, ["Harbor Chips"]),
    "Lin Bao administration": (P, ["Lin Bao administration"]),
    "Freedonian Navy": (P, ["Freedonian Navy"]),
    "Freedonian Coast Guard": (P, ["Freedonian Coast Guard"]),
}


def test_a_warship_shadowing_another_is_hostile():
    got = stated("The frigate FNS Vigilant shadowed SNS Harbinger through the strait for two days.", _SPEC)
    assert ("FNS Vigilant", "SNS Harbinger", Family.HOSTILITY) in got


def test_revoking_a_partys_licence_is_enforcement():
    got = stated("Freedonia revoked the operating licence of the Blue Crescent Front.", _SPEC)
    assert ("Freedonia", "Blue Crescent Front", Family.ENFORCEMENT) in got
    got = stated("Freedonia has rescinded the Blue Crescent Front's accreditation.", _SPEC)
    assert ("Freedonia", "Blue Crescent Front", Family.ENFORCEMENT) in got
    got = stated("The move follows Freedonia's revocation of Lin Bao's visa on July 18.", _SPEC)
    assert ("Freedonia", "Lin Bao", Family.ENFORCEMENT) in got


def test_a_verdict_read_as_an_adjective_after_the_judged_conduct_is_one_on_its_owner():
    got = stated('In the capital, Lin Bao called the Union Court\'s decision "outrageous and unacceptable."', _SPEC)
    assert ("Lin Bao", "Union Court", Family.HOSTILITY) in got
    text = "Lin Bao called Sylvania\u2019s refusal to take the 3,500 migrants aggressive and incomprehensible."
    got = stated(text, _SPEC)
    assert ("Lin Bao", "Sylvania", Family.HOSTILITY) in got


def test_appreciation_expressed_and_tribute_paid_to_a_party_back_it():
    got = stated("Lin Bao expressed appreciation to Sylvania for its help after the floods.", _SPEC)
    assert ("Lin Bao", "Sylvania", Family.ALLIANCE) in got
    got = stated("Lin Bao paid warm tribute to Ana Voss for her efforts in making the deal happen.", _SPEC)
    assert ("Lin Bao", "Ana Voss", Family.ALLIANCE) in got
    assert ("Lin Bao", "Ana Voss", Family.TRADE) not in got


def test_displeasure_expressed_with_a_party_is_hostile():
    got = stated("Lin Bao expressed displeasure with Sylvania over the border closure.", _SPEC)
    assert ("Lin Bao", "Sylvania", Family.HOSTILITY) in got


def test_an_order_halting_a_firms_business_is_a_measure_on_it_but_not_on_a_state():
    got = stated("Last November, Freedonia ordered Harbor Chips to halt supplies of advanced chips.", _SPEC)
    assert ("Freedonia", "Harbor Chips", Family.ENFORCEMENT) in got
    got = stated("Last November, Freedonia ordered Harbor Chips to expand supplies of advanced chips.", _SPEC)
    assert ("Freedonia", "Harbor Chips", Family.ENFORCEMENT) not in got
    got = stated("Last November, Freedonia ordered Sylvania to halt supplies of advanced chips.", _SPEC)
    assert ("Freedonia", "Sylvania", Family.ENFORCEMENT) not in got
    got = stated("A Freedonian judge ordered the Lin Bao administration to halt such deportations.", _SPEC)
    assert ("Freedonia", "Lin Bao administration", Family.ENFORCEMENT) not in got


def test_an_order_to_ones_own_forces_is_no_measure_on_them():
    """Review of round AJ: a leader ordering her navy or coast guard to stop a ship commands them."""
    got = stated("Lin Bao ordered the Freedonian Navy to stop the tanker on Monday.", _SPEC)
    assert ("Lin Bao", "Freedonian Navy", Family.ENFORCEMENT) not in got
    got = stated("Lin Bao directed the Freedonian Coast Guard to halt the fishing boats.", _SPEC)
    assert ("Lin Bao", "Freedonian Coast Guard", Family.ENFORCEMENT) not in got


def test_undoing_a_measure_on_a_state_is_no_measure_on_it():
    """Review of round AJ: 'revoke' and 'rescind' are read where what is taken is a party's licence or listing."""
    for text in (
        "Sylvania rescinded the tariffs on Freedonia last week.",
        "Freedonia revoked Sylvania's terrorist designation.",
        "Freedonia rescinded its invitation to Sylvania.",
    ):
        got = stated(text, _SPEC)
        assert not any(f is Family.ENFORCEMENT for _, _, f in got), (text, got)


def test_measures_on_a_person_revoked_by_a_court_are_a_ruling_on_him():
    """Review mends of round AJ: with 'revoke' read in delistings.py, measures undone on a person still tie."""
    text = "The Union Court revoked on Wednesday the restrictive measures imposed on Lin Bao and Ana Voss."
    got = stated(text, _SPEC)
    assert ("Union Court", "Lin Bao", Family.ENFORCEMENT) in got
    assert ("Union Court", "Ana Voss", Family.ENFORCEMENT) in got
