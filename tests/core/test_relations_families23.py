"""Families of round K (blind16's classes): whose a sanction hits, who commands a ship, a record is no capture,
and the two sides of a hyphen-joined war. Run with the pair layer off: the rules alone are tested."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_relations import OFF, P, S, V, pairs

pytestmark = pytest.mark.usefixtures("rules_alone")


SANCTIONS = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Grand Union": (P, ["Grand Union"]),
    "Treasury": (P, ["Freedonian Treasury"]),
    "Orca Shipping": (P, ["Orca Shipping"]),
    "Kelso Haibo": (P, ["Kelso Haibo"]),
    "Marlin Danxing": (P, ["Marlin Danxing"]),
    "Ivo Rask": (OFF, ["Ivo Rask"]),
}


def _fams(text: str, spec: dict, a: str, b: str) -> set[Family]:
    return pairs(text, spec).get(frozenset({a, b}), set())


@pytest.mark.parametrize(
    "text, actor",
    [
        ("The Grand Union imposed sanctions on Freedonia's border police and officials.", "Grand Union"),
        ("Freedonia applied sanctions on Thursday against 16 Sylvanian public officials.", "Freedonia"),
        ("Freedonia last year imposed sanctions barring imports of Sylvanian oil.", "Freedonia"),
    ],
)
def test_a_sanction_reaching_a_state_through_what_it_names_is_hostility_to_the_state(text, actor):
    state = "Sylvania" if actor == "Freedonia" else "Freedonia"
    fams = _fams(text, SANCTIONS, actor, state)
    assert Family.HOSTILITY in fams and Family.ENFORCEMENT not in fams, fams


def test_a_sanction_on_the_firm_named_stays_enforcement():
    fams = _fams(
        "The Grand Union imposed sanctions on Orca Shipping on Monday.", SANCTIONS, "Grand Union", "Orca Shipping"
    )
    assert fams == {Family.ENFORCEMENT}, fams


def test_sanctions_laid_on_firms_without_on_are_enforcement():
    text = (
        "The Freedonian Treasury has imposed sanctions two foreign shipping companies, Kelso Haibo and Marlin "
        "Danxing, over claims they helped Sylvania evade international sanctions, Reuters reports."
    )
    for firm in ("Kelso Haibo", "Marlin Danxing"):
        fams = _fams(text, SANCTIONS, "Treasury", firm)
        assert Family.ENFORCEMENT in fams and Family.HOSTILITY not in fams, (firm, fams)


def test_sanctions_with_a_person_at_the_center_are_enforcement_on_him():
    text = (
        "Freedonia and Sylvania imposed sanctions on several individuals and businesses linked to smuggling "
        "networks, with businessman Ivo Rask at the center of the operation."
    )
    fams = _fams(text, SANCTIONS, "Freedonia", "Ivo Rask")
    assert Family.ENFORCEMENT in fams and Family.HOSTILITY not in fams, fams


SHIPS = {
    "Jon Marsh": (OFF, ["Jon Marsh"]),
    "Sea Breeze": (V, ["Cutter Sea Breeze", "Sea Breeze"]),
    "Freedonian Navy": (P, ["Freedonian Navy"]),
    "Northern Broadcasting Corporation": (P, ["Northern Broadcasting Corporation"]),
}


def test_the_commanding_officer_of_a_ship_leads_it():
    text = "The crew had eleven interdictions, said Capt. Jon Marsh, commanding officer of the Cutter Sea Breeze."
    fams = _fams(text, SHIPS, "Jon Marsh", "Sea Breeze")
    assert fams == {Family.LEADERSHIP}, fams


def test_a_plain_officer_of_a_ship_stays_a_member():
    fams = _fams(
        "Jon Marsh, an officer of the Cutter Sea Breeze, said the crew was safe.", SHIPS, "Jon Marsh", "Sea Breeze"
    )
    assert Family.LEADERSHIP not in fams, fams


def test_capturing_footage_of_a_warship_is_a_record_not_a_seizure():
    text = (
        "Notably, the Northern Broadcasting Corporation captured footage of a Freedonian Navy destroyer closely "
        "shadowing the formation."
    )
    fams = _fams(text, SHIPS, "Northern Broadcasting Corporation", "Freedonian Navy")
    assert Family.ENFORCEMENT not in fams, fams
    seized = _fams("The Freedonian Navy captured the Sea Breeze on Monday.", SHIPS, "Freedonian Navy", "Sea Breeze")
    assert seized == {Family.ENFORCEMENT}, seized


WAR = {"Freedonia": (S, ["Freedonia"]), "Red Hand": (P, ["Red Hand"])}


def test_a_hyphen_joined_war_ties_its_two_sides_as_enemies_not_as_members():
    fams = _fams("Shipping costs rose during the Freedonia-Red Hand war.", WAR, "Freedonia", "Red Hand")
    assert Family.HOSTILITY in fams and Family.MEMBERSHIP not in fams, fams


SPEAKERS = {
    "Freedonia": (S, ["Freedonia", "Republic of Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania"]),
    "Ana Brel": (OFF, ["Ana Brel"]),
    "Orca Shipping": (P, ["Orca Shipping"]),
    "Ivo Rask": (OFF, ["Ivo Rask"]),
}


def test_a_titled_speaker_telling_what_his_state_does_speaks_for_it():
    text = (
        "“The government of the Republic of Freedonia recognizes that there is only one Sylvania in the world,” "
        "Foreign Minister Ana Brel said in a statement."
    )
    assert Family.MEMBERSHIP in _fams(text, SPEAKERS, "Ana Brel", "Freedonia")
    text = "President Ana Brel on Sunday announced that Freedonia would withdraw its ambassador from Sylvania."
    assert Family.LEADERSHIP in _fams(text, SPEAKERS, "Ana Brel", "Freedonia")


def test_a_spokesman_telling_what_a_firm_does_is_its_member():
    text = "Orca Shipping will comply with all applicable laws in Sylvania, said spokesman Ivo Rask."
    assert Family.MEMBERSHIP in _fams(text, SPEAKERS, "Ivo Rask", "Orca Shipping")


def test_a_speaker_the_document_ties_to_another_state_does_not_speak_for_the_one_he_accuses():
    text = (
        "Sylvanian Interior Minister Ana Brel visited the border on Monday. "
        "Interior Minister Ana Brel said Freedonia had sent the migrants to the border."
    )
    spec = {**SPEAKERS, "Sylvania": (S, ["Sylvania", "Sylvanian"])}
    fams = _fams(text, spec, "Ana Brel", "Freedonia")
    assert Family.MEMBERSHIP not in fams and Family.LEADERSHIP not in fams, fams


def test_a_vice_president_is_left_to_the_title_rules():
    text = "Vice President Ana Brel announced that Freedonia would withdraw its ambassador from Sylvania."
    assert Family.LEADERSHIP not in _fams(text, SPEAKERS, "Ana Brel", "Freedonia")


MONEY = {
    "Treasury": (P, ["Treasury"]),
    "Freedonia": (S, ["Freedonia"]),
    "Sylvania": (S, ["Sylvania"]),
    "Ivo Rask": (OFF, ["Ivo Rask"]),
    "Kestrel Bank": (P, ["Kestrel Bank"]),
    "Orca Shipping": (P, ["Orca Shipping"]),
    "OFAC": (P, ["OFAC"]),
}


def test_placing_someone_on_a_sanctions_list_is_enforcement_and_a_state_on_it_hostility():
    text = "The Treasury also placed Ivo Rask on the specially designated nationals list."
    assert _fams(text, MONEY, "Treasury", "Ivo Rask") == {Family.ENFORCEMENT}
    text = "The Treasury added Kestrel Bank and Orca Shipping to its sanctions list on Tuesday."
    assert _fams(text, MONEY, "Treasury", "Orca Shipping") == {Family.ENFORCEMENT}
    text = "Freedonia added Sylvania to its list of state sponsors of terrorism."
    assert _fams(text, MONEY, "Freedonia", "Sylvania") == {Family.HOSTILITY}


def test_a_settlement_over_violations_is_enforcement_not_an_agreement():
    for text in (
        "Kestrel Bank reached a settlement with OFAC over apparent violations of Sylvania sanctions.",
        "Orca Shipping agreed to pay $2 million to settle apparent violations of sanctions with OFAC.",
        "The Treasury announced that it had reached a settlement agreement with Kestrel Bank for apparent "
        "violations of Sylvania sanctions.",
    ):
        bank = "Orca Shipping" if "Orca" in text else "Kestrel Bank"
        regulator = "Treasury" if "Treasury" in text else "OFAC"
        fams = _fams(text, MONEY, bank, regulator)
        assert Family.ENFORCEMENT in fams and not fams & {Family.AGREEMENT, Family.HOSTILITY}, (text, fams)


def test_a_settlement_between_two_states_stays_what_it_was():
    fams = _fams(
        "Freedonia reached a settlement with Sylvania over the disputed islands.", MONEY, "Freedonia", "Sylvania"
    )
    assert Family.ENFORCEMENT not in fams, fams


def test_helping_someone_evade_sanctions_backs_them():
    for text, helpers in (
        ("Orca Shipping has helped Sylvania evade international sanctions on its missile program.", ["Orca Shipping"]),
        ("The Treasury sanctioned Orca Shipping, which helped Sylvania evade sanctions.", ["Orca Shipping"]),
        (
            "The Treasury sanctioned two firms, Orca Shipping and Kestrel Bank, for helping Sylvania evade sanctions.",
            ["Orca Shipping", "Kestrel Bank"],
        ),
    ):
        for helper in helpers:
            fams = _fams(text, MONEY, helper, "Sylvania")
            assert fams == {Family.ALLIANCE}, (text, helper, fams)
        assert Family.ALLIANCE not in _fams(text, MONEY, "Treasury", "Sylvania"), text


def test_helping_alone_or_helping_another_act_is_left_alone():
    for text in ("Orca Shipping helped Sylvania.", "Freedonia helped Sylvania build the reactor."):
        speaker = "Freedonia" if text.startswith("Freedonia") else "Orca Shipping"
        assert Family.ALLIANCE not in _fams(text, MONEY, speaker, "Sylvania"), text


def test_freezing_a_states_assets_is_hostility_to_it():
    text = "Freedonia froze $2 billion of Sylvanian central bank assets."
    spec = {**MONEY, "Sylvania": (S, ["Sylvania", "Sylvanian"])}
    assert _fams(text, spec, "Freedonia", "Sylvania") == {Family.HOSTILITY}
    text = "The Treasury froze the assets of Ivo Rask."
    assert _fams(text, MONEY, "Treasury", "Ivo Rask") == {Family.ENFORCEMENT}


WATERS = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Sea Breeze": (V, ["Sea Breeze"]),
}


def test_sailing_into_a_states_waters_is_an_incursion():
    for text in (
        "The Sea Breeze sailed 3 kilometers into Sylvania's territorial waters near the base.",
        "The Sea Breeze entered Sylvania's territorial waters without permission.",
        "The Sea Breeze intruded into Sylvanian waters.",
    ):
        assert _fams(text, WATERS, "Sea Breeze", "Sylvania") == {Family.HOSTILITY}, text


def test_a_permitted_or_joint_entry_is_no_incursion():
    for text in (
        "The Sea Breeze entered Sylvanian waters after securing permission from the port authority.",
        "Freedonian naval forces have entered Sylvania's territorial waters to participate in the joint drill.",
    ):
        fams = _fams(text, WATERS, "Freedonia" if "Freedonian" in text else "Sea Breeze", "Sylvania")
        assert Family.HOSTILITY not in fams, (text, fams)


PROTECTING = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
}


def test_a_protecting_power_keeping_a_states_embassy_backs_that_state():
    for text in (
        "At his invitation, Sylvania has taken custody of the Freedonian Embassy in the Ruritanian capital.",
        "Sylvania will represent Freedonia's interests in Ruritania.",
    ):
        fams = _fams(text, PROTECTING, "Sylvania", "Freedonia")
        assert fams == {Family.ALLIANCE}, (text, fams)
