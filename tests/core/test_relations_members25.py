"""Members named by a noun phrase: 'X of the Y Party', a state's list of parties, a firm's analyst (issue 11, blind
set 18 classes). Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OFF = Kind.STATE, Kind.PARTY, Kind.OFFICIAL


def test_a_person_of_a_party_is_its_member():
    got = stated(
        "He was due to face Ana Lopez of the Green Union Party in a runoff on Sunday.",
        {"Ana Lopez": (OFF, ["Ana Lopez"]), "Green Union Party": (P, ["Green Union Party"])},
    )
    assert ("Ana Lopez", "Green Union Party", Family.MEMBERSHIP) in got


def test_a_person_of_a_body_named_by_a_state_word_is_not_the_states_by_that_alone():
    got = stated(
        "The crossing was quiet, said Captain Juan Perez of the Peruvian Coast Guard on Monday.",
        {"Juan Perez": (OFF, ["Juan Perez"]), "Peru": (S, ["Peruvian"])},
    )
    assert ("Juan Perez", "Peru", Family.MEMBERSHIP) not in got


def test_a_states_list_of_parties_are_all_its_own():
    got = stated(
        "Peru's Social Democrats, Greens and Liberals signed a coalition deal on Tuesday in the capital.",
        {
            "Peru": (S, ["Peru"]),
            "Social Democrats": (P, ["Social Democrats"]),
            "Greens": (P, ["Greens"]),
            "Liberals": (P, ["Liberals"]),
        },
    )
    assert ("Social Democrats", "Peru", Family.MEMBERSHIP) in got
    assert ("Greens", "Peru", Family.MEMBERSHIP) in got


def test_a_firms_analyst_is_its_member():
    got = stated(
        "This appears to be the first delivery since loadings began in August, said Acme analyst Juan Perez.",
        {"Acme": (P, ["Acme"]), "Juan Perez": (OFF, ["Juan Perez"])},
    )
    assert ("Juan Perez", "Acme", Family.MEMBERSHIP) in got


def test_a_states_envoy_to_a_body_is_the_states_and_posted_at_the_body():
    spec = {"Peru": (S, ["Peru"]), "United Nations": (P, ["UN"]), "Juan Perez": (OFF, ["Juan Perez"])}
    got = stated("On Monday, Peru's UN Ambassador Juan Perez told reporters after the vote that it was clear.", spec)
    assert ("Juan Perez", "Peru", Family.MEMBERSHIP) in got
    assert ("Juan Perez", "United Nations", Family.DIPLOMACY) in got
    assert ("Peru", "United Nations", Family.DIPLOMACY) in got
    assert ("United Nations", "Peru", Family.MEMBERSHIP) not in got
    assert ("Juan Perez", "United Nations", Family.MEMBERSHIP) not in got


def test_a_recall_of_its_ambassadors_ties_the_recalling_side_to_the_hosts():
    spec = {
        "Peru": (S, ["Peru"]),
        "Foreign Ministry of Peru": (P, ["foreign ministry"]),
        "Chile": (S, ["Chile"]),
        "Bolivia": (S, ["Bolivia"]),
    }
    got = stated(
        "In response, Peru's foreign ministry said it ordered an immediate recall of its ambassadors to Chile and "
        "Bolivia.",
        spec,
    )
    assert ("Foreign Ministry of Peru", "Chile", Family.DIPLOMACY) in got
    assert ("Peru", "Bolivia", Family.DIPLOMACY) in got
    assert frozenset(("Chile", "Bolivia")) not in {frozenset((a, b)) for a, b, f in got}


def test_firms_listed_after_a_states_firm_are_not_its_own():
    got = stated(
        "Peru's Andina Oil, Shellco and Exxa signed the supply deal on Monday.",
        {
            "Peru": (S, ["Peru"]),
            "Andina Oil": (P, ["Andina Oil"]),
            "Shellco": (P, ["Shellco"]),
            "Exxa": (P, ["Exxa"]),
        },
    )
    assert ("Shellco", "Peru", Family.MEMBERSHIP) not in got
    assert ("Exxa", "Peru", Family.MEMBERSHIP) not in got


def test_a_legislator_of_a_place_is_not_that_states_member():
    got = stated(
        "Senator Jon Roe of Georgia criticised the decision on Tuesday.",
        {"Jon Roe": (OFF, ["Jon Roe"]), "Georgia": (S, ["Georgia"])},
    )
    assert ("Jon Roe", "Georgia", Family.MEMBERSHIP) not in got
