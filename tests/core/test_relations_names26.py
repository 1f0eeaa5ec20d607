"""Ties read from names and noun phrases (issue 11, blind set 19 classes): 'PM', a person's nationality noun, a
state's envoy to a body set beside the name, a body's named ship, a plural title before a list of names, 'A, B and
other X members'. Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OFF, V = Kind.STATE, Kind.PARTY, Kind.OFFICIAL, Kind.VESSEL


def test_pm_is_a_prime_minister():
    got = stated(
        "Peruvian PM Ana Lopez said the talks went well.",
        {"Ana Lopez": (OFF, ["Ana Lopez"]), "Peru": (S, ["Peruvian"])},
    )
    assert ("Ana Lopez", "Peru", Family.LEADERSHIP) in got


def test_pm_after_a_number_is_a_time():
    got = stated(
        "Judge Ana Lopez lifted the ban shortly after 12:30 pm in Peru, saying the case was strong.",
        {"Ana Lopez": (OFF, ["Ana Lopez"]), "Peru": (S, ["Peru"])},
    )
    assert ("Ana Lopez", "Peru", Family.LEADERSHIP) not in got


def test_a_persons_nationality_noun_ties_him_to_the_state():
    spec = {"Ana Lopez": (OFF, ["Ana Lopez"]), "Peru": (S, ["Peruvian"]), "Chile": (S, ["Chile"])}
    assert ("Ana Lopez", "Peru", Family.MEMBERSHIP) in stated(
        "Peruvian Olympian Ana Lopez was granted a visa by Chile.", spec
    )
    got = stated("Chile has granted a visa to Ana Lopez, a Peruvian Olympic athlete who fled her team.", spec)
    assert ("Ana Lopez", "Peru", Family.MEMBERSHIP) in got


def test_a_states_envoy_at_a_body_set_beside_the_name():
    spec = {"Ana Lopez": (OFF, ["Ana Lopez"]), "Peru": (S, ["Peru", "Peruvian"]), "UN": (P, ["UN"])}
    got = stated("Peru's UN envoy, Ana Lopez, said the vote was a mistake.", spec)
    assert ("Ana Lopez", "Peru", Family.MEMBERSHIP) in got
    assert ("Ana Lopez", "UN", Family.DIPLOMACY) in got
    assert ("UN", "Peru", Family.MEMBERSHIP) not in got
    got = stated("Ana Lopez, acting Peruvian ambassador to the UN, said the vote was final.", spec)
    assert ("Peru", "UN", Family.DIPLOMACY) in got


def test_a_bodys_named_ship():
    got = stated(
        "The Peruvian Navy's Huascar submarine will also take part in the drill.",
        {"Peruvian Navy": (P, ["Peruvian Navy"]), "Huascar": (V, ["Huascar"])},
    )
    assert ("Huascar", "Peruvian Navy", Family.MEMBERSHIP) in got


def test_a_plural_title_before_a_list_is_each_names():
    got = stated(
        "Chilean ministers Ana Lopez and Juan Perez met in Lima.",
        {"Ana Lopez": (OFF, ["Ana Lopez"]), "Juan Perez": (OFF, ["Juan Perez"]), "Chile": (S, ["Chilean"])},
    )
    assert ("Ana Lopez", "Chile", Family.MEMBERSHIP) in got
    assert ("Juan Perez", "Chile", Family.MEMBERSHIP) in got


def test_names_listed_with_other_members_of_a_bloc_are_members():
    spec = {"Chile": (S, ["Chile"]), "Peru": (S, ["Peru"]), "OAS": (P, ["OAS"]), "Ana Lopez": (OFF, ["Lopez"])}
    got = stated("Chile, Peru and other OAS members voted against the resolution.", spec)
    assert ("Chile", "OAS", Family.MEMBERSHIP) in got
    assert ("Peru", "OAS", Family.MEMBERSHIP) in got
    got = stated("Lopez thanked Chile, Peru, and other OAS partners for their efforts to end the war.", spec)
    assert ("Peru", "OAS", Family.MEMBERSHIP) in got
    assert not any(a == "Ana Lopez" and b == "OAS" for a, b, _ in got)


def test_two_ships_named_beside_their_types_are_no_members_of_each_other():
    got = stated(
        "A detachment of four Peruvian naval vessels, including the Grau frigate and the Huascar nuclear submarine, "
        "will arrive at the port of Lima.",
        {"Peru": (S, ["Peruvian"]), "Huascar": (V, ["Huascar"]), "Grau": (V, ["Grau"])},
    )
    assert not any({a, b} == {"Grau", "Huascar"} for a, b, _ in got)


def test_a_capital_named_by_its_states_word_stands_for_the_state():
    got = stated(
        "He was moved to the residence of Qatar's ambassador in the Rwandan capital on Friday.",
        {"Qatar": (S, ["Qatar"]), "Rwanda": (S, ["Rwandan"])},
    )
    assert ("Qatar", "Rwanda", Family.DIPLOMACY) in got


def test_joining_a_list_in_an_act_sides_with_each_one_joined():
    got = stated(
        "Chile joined Peru and Bolivia in condemning the coup.",
        {"Chile": (S, ["Chile"]), "Peru": (S, ["Peru"]), "Bolivia": (S, ["Bolivia"])},
    )
    assert ("Chile", "Peru", Family.ALLIANCE) in got
    assert ("Chile", "Bolivia", Family.ALLIANCE) in got


def test_two_names_sharing_a_possessive_meet_in_the_relation_noun():
    got = stated(
        "It was the first step since Peruvian President Ana Lopez and Chilean leader Juan Perez's summit last month.",
        {
            "Ana Lopez": (OFF, ["Ana Lopez"]),
            "Juan Perez": (OFF, ["Juan Perez"]),
            "Peru": (S, ["Peruvian"]),
            "Chile": (S, ["Chilean"]),
        },
    )
    assert ("Ana Lopez", "Juan Perez", Family.DIPLOMACY) in got
    assert ("Juan Perez", "Ana Lopez", Family.LEADERSHIP) not in got


def test_every_ship_listed_after_a_bodys_possessive_is_its():
    got = stated(
        "The ships trained alongside the Peruvian Navy's BAP Huascar (DD-12) and BAP Grau (DD-13) in the drill.",
        {"Peruvian Navy": (P, ["Peruvian Navy"]), "BAP Huascar": (V, ["BAP Huascar"]), "BAP Grau": (V, ["BAP Grau"])},
    )
    assert ("BAP Huascar", "Peruvian Navy", Family.MEMBERSHIP) in got
    assert ("BAP Grau", "Peruvian Navy", Family.MEMBERSHIP) in got


def test_a_states_word_on_a_word_inside_a_bodys_name_makes_it_the_states():
    got = stated(
        "The Peruvian People's Navy held drills.", {"Peru": (S, ["Peruvian"]), "People's Navy": (P, ["People's Navy"])}
    )
    assert ("People's Navy", "Peru", Family.MEMBERSHIP) in got


def test_a_bodys_cutter_named_after_its_type():
    got = stated(
        "The last transit was by the Coast Guard cutter Huascar in June.",
        {"Coast Guard": (P, ["Coast Guard"]), "Huascar": (V, ["Huascar"])},
    )
    assert ("Huascar", "Coast Guard", Family.MEMBERSHIP) in got


def test_a_states_support_for_another():
    got = stated("Chile's support for Peru grew.", {"Peru": (S, ["Peru"]), "Chile": (S, ["Chile"])})
    assert ("Chile", "Peru", Family.ALLIANCE) in got


def test_a_bare_title_under_a_states_noun_is_that_states():
    got = stated(
        "Xi announced that Chile would provide aid, a veiled reference to US policies under President Ana Lopez.",
        {"Ana Lopez": (OFF, ["Ana Lopez"]), "Chile": (S, ["Chile"]), "United States": (S, ["US"])},
    )
    assert any(a == "Ana Lopez" and b == "United States" for a, b, _ in got)
    assert not any(a == "Ana Lopez" and b == "Chile" for a, b, _ in got)


def test_a_signing_ceremony_between_two_people_ties_them():
    got = stated(
        "A signing ceremony between Ana Lopez and Juan Perez was held on Monday.",
        {"Ana Lopez": (OFF, ["Ana Lopez"]), "Juan Perez": (OFF, ["Juan Perez"])},
    )
    assert ("Ana Lopez", "Juan Perez", Family.AGREEMENT) in got


def test_a_person_named_as_the_target_of_a_bodys_sanctions():
    got = stated(
        "Ana Lopez, a target of European Union sanctions, left the country.",
        {"Ana Lopez": (OFF, ["Ana Lopez"]), "European Union": (P, ["European Union"])},
    )
    assert ("European Union", "Ana Lopez", Family.ENFORCEMENT) in got
