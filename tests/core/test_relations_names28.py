"""Ties read from names and noun phrases (issue 11, blind set 21 classes): a people's noun set beside a person,
a plural description set after a list of names, new role words ('civilian', 'specialist', 'candidate' (a party's,
not a state's), 'superintendent', 'collaborator', 'editor-in-chief'), a described name after a title's 'of', an
owner pronoun on a title joined to a name and a plural title 'including' names. Entities placed by hand;
invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OFF = Kind.STATE, Kind.PARTY, Kind.OFFICIAL
SPEC = {
    "Ana Roe": (OFF, ["Ana Roe"]),
    "Ben Kay": (OFF, ["Ben Kay"]),
    "Cy Dunn": (OFF, ["Cy Dunn"]),
    "Acme": (P, ["Acme"]),
    "Peru": (S, ["Peruvian", "Peruvians", "Peru"]),
    "Chile": (S, ["Chile", "Chilean"]),
}


def test_a_peoples_noun_set_after_a_person():
    got = stated("The court heard that Cy Dunn took orders from Ana Roe, a Peruvian who lived in Chile.", SPEC)
    assert ("Ana Roe", "Peru", Family.MEMBERSHIP) in got
    assert ("Cy Dunn", "Peru", Family.MEMBERSHIP) not in got


def test_a_peoples_noun_set_before_a_person():
    got = stated("A Peruvian, Ana Roe, ran the cell from Chile.", SPEC)
    assert ("Ana Roe", "Peru", Family.MEMBERSHIP) in got


def test_a_country_set_beside_a_person_is_no_nationality():
    got = stated("The meeting with Ana Roe, Chile, ended early.", SPEC)
    assert ("Ana Roe", "Chile", Family.MEMBERSHIP) not in got


def test_two_people_and_a_plural_peoples_noun():
    got = stated("Ana Roe, 33, and Ben Kay, 30, two Peruvians, were convicted on Friday.", SPEC)
    assert ("Ana Roe", "Peru", Family.MEMBERSHIP) in got
    assert ("Ben Kay", "Peru", Family.MEMBERSHIP) in got


def test_a_plural_description_after_a_list_is_every_names():
    got = stated("Chile also names Ana Roe and Ben Kay, two Peruvian nationals, for their roles in the scheme.", SPEC)
    assert ("Ana Roe", "Peru", Family.MEMBERSHIP) in got
    assert ("Ben Kay", "Peru", Family.MEMBERSHIP) in got
    text = "The order also names Ana Roe and Ben Kay, two Peruvian nationals affiliated with Acme, for their roles."
    got = stated(text, SPEC)
    assert ("Ana Roe", "Peru", Family.MEMBERSHIP) in got
    assert ("Ben Kay", "Peru", Family.MEMBERSHIP) in got


def test_a_civilian_set_beside_a_name():
    got = stated("Prosecutors said a Peruvian civilian, Ana Roe, was charged on Thursday.", SPEC)
    assert ("Ana Roe", "Peru", Family.MEMBERSHIP) in got


def test_a_specialist_set_beside_a_name():
    got = stated("The ring, led by a Peruvian software specialist, Ana Roe, ran six operations.", SPEC)
    assert ("Ana Roe", "Peru", Family.MEMBERSHIP) in got


def test_an_editor_in_chief_heads_the_outlet_not_the_state_described():
    got = stated("Chile sanctioned Ana Roe, editor-in-chief of the Peruvian broadcaster Acme, on Monday.", SPEC)
    assert ("Ana Roe", "Acme", Family.LEADERSHIP) in got
    assert not any({a, b} == {"Ana Roe", "Peru"} for a, b, _ in got)


def test_an_editor_is_a_member():
    got = stated("Ana Roe, an editor at Acme, was detained.", SPEC)
    assert ("Ana Roe", "Acme", Family.LEADERSHIP) not in got


PARTIES = {
    "Ana Roe": (OFF, ["Ana Roe"]),
    "Ben Kay": (OFF, ["Ben Kay"]),
    "Acme": (P, ["Acme"]),
    "Green Party": (P, ["Green Party", "Green"]),
    "Lima Police": (P, ["Lima Police"]),
}


def test_a_partys_candidate():
    got = stated("Green presidential candidate Ana Roe spoke to reporters on Monday.", PARTIES)
    assert ("Ana Roe", "Green Party", Family.MEMBERSHIP) in got
    spec = {**PARTIES, "Peru": (S, ["Peru"])}
    got = stated("The race between Peru presidential candidates Ana Roe and Ben Kay is close.", spec)
    assert not any({a, b} == {"Ana Roe", "Peru"} for a, b, _ in got)


def test_a_police_superintendent():
    got = stated("Lima Police's Chief Superintendent Ana Roe said the force had taken charge.", PARTIES)
    assert ("Ana Roe", "Lima Police", Family.MEMBERSHIP) in got


def test_a_collaborator_is_an_ally():
    got = stated("The case names Acme collaborator Ben Kay for the attack.", PARTIES)
    assert ("Ben Kay", "Acme", Family.ALLIANCE) in got


def test_its_on_a_title_joined_to_a_named_body_is_that_bodys():
    spec = {**PARTIES, "Bolt": (P, ["Bolt"]), "Cobra": (P, ["Cobra"]), "Chile": (S, ["Chile"])}
    text = "Chile has restricted the Acme media group and its subsidiaries - Bolt and Cobra, naming them agents."
    got = stated(text, spec)
    assert ("Bolt", "Acme", Family.MEMBERSHIP) in got
    assert ("Cobra", "Acme", Family.MEMBERSHIP) in got
    assert ("Bolt", "Chile", Family.MEMBERSHIP) not in got


def test_his_on_a_title_joined_to_a_body_is_not_the_bodys():
    spec = {**PARTIES, "Bolt": (P, ["Bolt"])}
    got = stated("Ana Roe praised Acme and his aide Ben Kay.", spec)
    assert ("Ben Kay", "Acme", Family.MEMBERSHIP) not in got


def test_who_after_a_peoples_noun_beside_a_person_is_the_person():
    spec = {**SPEC, "Bolivia": (S, ["Bolivia", "Bolivian"])}
    got = stated("Cy Dunn took orders from Ana Roe, a Peruvian who was working for Bolivian intelligence.", spec)
    assert ("Peru", "Bolivia", Family.MEMBERSHIP) not in got
    assert not any({a, b} == {"Peru", "Bolivia"} for a, b, _ in got)


def test_a_ships_crew_are_nationals_not_the_ship():
    spec = {"Orca": (Kind.VESSEL, ["Orca"]), "Peru": (S, ["Peru"]), "Chile": (S, ["Chile"])}
    got = stated("Chile said the Orca's crew were nationals of Peru.", spec)
    assert ("Orca", "Peru", Family.MEMBERSHIP) not in got


def test_a_plural_title_including_names():
    spec = {**PARTIES, "Peru": (S, ["Peru", "Peruvian"]), "Chile": (S, ["Chile"])}
    got = stated("Chile sanctioned several Acme members, including Ana Roe and Ben Kay.", spec)
    assert ("Ana Roe", "Acme", Family.MEMBERSHIP) in got
    assert ("Ben Kay", "Acme", Family.MEMBERSHIP) in got
    got = stated("Peru's allies, including Chile, condemned the move.", spec)
    assert ("Chile", "Peru", Family.ALLIANCE) in got
    got = stated("Chile expelled three Peruvian diplomats, including Ana Roe.", spec)
    assert ("Chile", "Peru", Family.ENFORCEMENT) in got or ("Chile", "Ana Roe", Family.ENFORCEMENT) in got


def test_his_deputies_named_after_a_commander():
    spec = {**PARTIES, "Cy Dunn": (OFF, ["Cy Dunn"]), "Dan Lo": (OFF, ["Dan Lo"])}
    got = stated("The accused include the unit commander, Ana Roe, and his deputies Ben Kay and Cy Dunn.", spec)
    assert ("Ben Kay", "Ana Roe", Family.MEMBERSHIP) in got
    assert ("Cy Dunn", "Ana Roe", Family.MEMBERSHIP) in got
    text = "They include the Acme unit 29155 commander, Ana Roe, and his subordinates Ben Kay, Cy Dunn, and Dan Lo."
    got = stated(text, spec)
    for name in ("Ben Kay", "Cy Dunn", "Dan Lo"):
        assert (name, "Ana Roe", Family.MEMBERSHIP) in got


def test_no_owner_pronoun_no_holders_from_beside_and_no_counterpart_part():
    spec = {**PARTIES, "Peru": (S, ["Peru"]), "Chile": (S, ["Chile"]), "Bolt": (P, ["Bolt"])}
    got = stated("Neighbours and allies Peru and Chile said they stood with Acme.", spec)
    assert ("Peru", "Chile", Family.ALLIANCE) not in got and ("Chile", "Peru", Family.ALLIANCE) not in got
    got = stated("The statement was published by the Acme agency, AA, and its Peruvian counterpart, Bolt.", spec)
    assert ("Bolt", "Acme", Family.MEMBERSHIP) not in got
    spec = {**spec, "Acme News Agency": (P, ["Acme News Agency", "WAM"]), "Chile": (S, ["Chilean"])}
    got = stated("The statement was published by the Acme News Agency, WAM, and its Chilean counterpart, Bolt.", spec)
    assert ("Bolt", "Acme News Agency", Family.MEMBERSHIP) not in got
