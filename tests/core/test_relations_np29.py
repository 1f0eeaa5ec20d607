"""Names and noun phrases (issue 11, blind set 22 classes): a dual national's two states, the names that leave a
body ('the exit of A and B from C'), a title whose first word the parser sets beside the person. Entities placed by
hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OFF = Kind.STATE, Kind.PARTY, Kind.OFFICIAL
PEOPLE = {
    "Britain": (S, ["Britain", "British"]),
    "Iran": (S, ["Iran", "Iranian"]),
    "France": (S, ["France", "French"]),
    "Israel": (S, ["Israel", "Israeli"]),
    "Ivan Novak": (OFF, ["Ivan Novak", "Novak"]),
}
BLOC = {
    "Peru": (S, ["Peru", "Peruvian"]),
    "Chile": (S, ["Chile"]),
    "Bolivia": (S, ["Bolivia"]),
    "Andean Union": (P, ["Andean Union"]),
    "United States": (S, ["US", "United States"]),
}


def _members(got):
    return {(a, b) for a, b, f in got if f is Family.MEMBERSHIP}


def test_a_dual_national_belongs_to_both_states():
    got = stated("Ivan Novak, a British-Iranian dual national, was jailed in 2016.", PEOPLE)
    assert {("Ivan Novak", "Britain"), ("Ivan Novak", "Iran")} <= _members(got)
    got = stated("The court released Ivan Novak, a French-Israeli citizen.", PEOPLE)
    assert {("Ivan Novak", "France"), ("Ivan Novak", "Israel")} <= _members(got)


def test_a_single_nationality_stays_single():
    got = stated("Ivan Novak, a French national, was released.", PEOPLE)
    assert _members(got) == {("Ivan Novak", "France")}


def test_the_names_that_leave_a_body_are_tied_to_it():
    got = stated("The bloc was formed after the exit of Peru, Chile and Bolivia from the Andean Union.", BLOC)
    for state in ("Peru", "Chile", "Bolivia"):
        assert (state, "Andean Union", Family.DIPLOMACY) in got
    got = stated("Peru's withdrawal from the Andean Union angered Chile.", BLOC)
    assert ("Peru", "Andean Union", Family.DIPLOMACY) in got
    # (a state's troops or force leaving a country is left to the clause: 'the withdrawal of the UN force from
    # Congo' was no tie in blind15's gold)
    got = stated("Officials planned an orderly withdrawal of US troops from Peru.", BLOC)
    assert ("United States", "Peru", Family.DIPLOMACY) not in got


def test_leaving_needs_a_noun_of_leaving():
    got = stated("The arrival of Peru's delegation from the Andean Union was delayed.", BLOC)
    assert ("Peru", "Andean Union", Family.DIPLOMACY) not in got


def test_a_title_whose_first_word_stands_beside_the_person():
    spec = {"Ivan Novak": (OFF, ["Ivan Novak"]), "Blue Watch": (P, ["Blue Watch"])}
    got = stated(
        "“We are shocked,” Ivan Novak, Blue Watch’s ship operations and campaign director, said in the statement.",
        spec,
    )
    assert ("Ivan Novak", "Blue Watch", Family.LEADERSHIP) in got


def test_states_in_a_consortium_are_no_partners_but_firms_are():
    spec = {
        "Peru": (S, ["Peru"]),
        "Chile": (S, ["Chile"]),
        "Bolivia": (S, ["Bolivia"]),
        "Andes Capital": (P, ["Andes Capital"]),
        "Condor Terminals": (P, ["Condor Terminals"]),
    }
    got = stated("The jets are made by a consortium of Peru, Chile and Bolivia.", spec)
    assert not {(a, b) for a, b, f in got if f is Family.ALLIANCE}
    got = stated("The consortium, made up of Andes Capital and Condor Terminals, will buy the port.", spec)
    assert frozenset(("Andes Capital", "Condor Terminals")) in {frozenset((a, b)) for a, b, f in got}


def test_a_state_word_on_a_description_parsed_as_a_compound():
    spec = {"Ivan Novak": (OFF, ["Ivan Novak"]), "Bulgaria": (S, ["Bulgaria", "Bulgarian"])}
    got = stated("The group, led by a Bulgarian I.T. specialist, Ivan Novak, 47, conducted six operations.", spec)
    assert ("Ivan Novak", "Bulgaria") in _members(got)


def test_a_counterpart_named_right_after_the_title_in_a_list():
    spec = {
        "Ivan Novak": (OFF, ["Ivan Novak", "Novak"]),
        "Jose Lara": (OFF, ["Jose Lara"]),
        "Peru": (S, ["Peru", "Peruvian"]),
    }
    got = stated("Novak and her Peruvian counterpart Jose Lara witnessed the ceremony.", spec)
    assert ("Jose Lara", "Ivan Novak", Family.DIPLOMACY) in got
    assert ("Jose Lara", "Peru", Family.MEMBERSHIP) in got
    assert ("Ivan Novak", "Peru", Family.MEMBERSHIP) not in got


def test_the_body_left_may_be_named_as_what_a_description_is_known_as():
    got = stated(
        "The bloc was formed following the exit of Peru, Chile and Bolivia from the nearly 50-year-old regional "
        "bloc known as the Andean Union.",
        BLOC,
    )
    assert ("Chile", "Andean Union", Family.DIPLOMACY) in got


def test_a_person_from_a_body_is_its_member():
    spec = {
        "Ivan Novak": (OFF, ["Ivan Novak"]),
        "Ministry of Defence of Peru": (P, ["Peruvian defense ministry"]),
        "Acme": (P, ["Acme"]),
    }
    got = stated("Ivan Novak from the Peruvian defense ministry signed the deal.", spec)
    assert ("Ivan Novak", "Ministry of Defence of Peru") in _members(got)
    got = stated("Ivan Novak returned from Acme on Monday.", spec)
    assert ("Ivan Novak", "Acme") not in _members(got)
