"""Mends of round AZ (x-tidy64, issue 11): each test fails before its mend. Invented sentences."""

from __future__ import annotations

from core.extract import modifier_words, people
from core.model import Family, Kind
from tests.core.test_relations import pairs, stated


def test_the_surname_rule_lives_with_the_person_name_rules(nlp):
    assert not hasattr(modifier_words, "named_person")
    doc = nlp("Activist Tomas Law spoke to reporters on Monday.")
    assert people.named_person(doc, 1, 3)
    doc = nlp("The 1972 Simla Agreement was signed.")
    assert not people.named_person(doc, 2, 4)  # a document takes a year or an article, a person none


R = {"Ruritania": (Kind.STATE, ["Ruritania", "Ruritanian"]), "Ivan Petrov": (Kind.OFFICIAL, ["Ivan Petrov"])}


def test_a_demonym_inside_the_goods_of_a_trade_gives_no_membership():
    for text in (
        "Ivan Petrov, a trader in Ruritanian bonds, said the market fell.",
        "Ivan Petrov, a dealer in Ruritanian antiques, was arrested on Monday.",
    ):
        assert ("Ivan Petrov", "Ruritania", Family.MEMBERSHIP) not in stated(text, R), text


def test_a_demonym_on_a_body_or_a_post_in_the_complement_still_gives_membership():
    for text in (
        "Ivan Petrov, a minister in the Ruritanian government, said the market fell.",
        "Ivan Petrov, a soldier in the Ruritanian army, was killed on Monday.",
        "Ivan Petrov, an adviser to the Ruritanian president, said the market fell.",
        "Ivan Petrov, a professor at a Ruritanian university, said the market fell.",
        "Ivan Petrov, a Ruritanian trader, said the market fell.",
    ):
        assert ("Ivan Petrov", "Ruritania", Family.MEMBERSHIP) in stated(text, R), text


US = {
    "White House": (Kind.PARTY, ["White House"]),
    "State Department": (Kind.PARTY, ["State Department"]),
    "Ukrainian Defence Ministry": (Kind.PARTY, ["Ukrainian Defence Ministry"]),
    "Russian Defence Ministry": (Kind.PARTY, ["Russian Defence Ministry"]),
    "Hamas": (Kind.PARTY, ["Hamas"]),
    "Fatah": (Kind.PARTY, ["Fatah"]),
}


def test_two_bodies_of_one_state_sharing_an_act_are_one_side():
    got = pairs("The White House and the State Department confirmed the agreement.", US)
    assert not got.get(frozenset(("White House", "State Department")), set()) - {Family.ASSOCIATION}, got


def test_two_bodies_of_two_sides_sharing_an_act_are_still_tied():
    got = pairs("Hamas and Fatah confirmed the agreement on Monday.", US)
    assert Family.AGREEMENT in got.get(frozenset(("Hamas", "Fatah")), set()), got
    got = pairs("The Ukrainian Defence Ministry and the Russian Defence Ministry confirmed the agreement.", US)
    assert Family.AGREEMENT in got.get(frozenset(("Ukrainian Defence Ministry", "Russian Defence Ministry")), set())


def test_only_a_dealer_title_makes_its_complement_goods():
    # round AZ review item 3: 'official', 'player' are posts; what they are 'in' is where they serve
    for text in (
        "Ivan Petrov, a senior official in Ruritanian diplomacy, met the envoy.",
        "Ivan Petrov, a major player in Ruritanian business, met the envoy.",
    ):
        assert ("Ivan Petrov", "Ruritania", Family.MEMBERSHIP) in stated(text, R), text


def test_the_goods_rule_guards_each_hold():
    # round AZ review item 8: 'oil' names goods though it is a collective noun (_GOODS); an article or a body word
    # among the modifiers makes the complement a body, not goods
    assert ("Ivan Petrov", "Ruritania", Family.MEMBERSHIP) not in stated(
        "Ivan Petrov, a trader in Ruritanian oil, said the market fell.", R
    )
    for text in (
        "Ivan Petrov, a trader in Ruritanian government bonds, said the market fell.",
        "Ivan Petrov, a trader in the Ruritanian bonds market, said the market fell.",
    ):
        assert ("Ivan Petrov", "Ruritania", Family.MEMBERSHIP) in stated(text, R), text


ORGANS = {
    **US,
    "Libyan army": (Kind.PARTY, ["Libyan army"]),
    "Government of National Unity": (Kind.PARTY, ["Libyan Government of National Unity"]),
    "Downing Street": (Kind.PARTY, ["Downing Street"]),
    "US Treasury": (Kind.PARTY, ["US Treasury"]),
    "U.S. Treasury Department": (Kind.PARTY, ["Treasury"]),
}


def _typed_pair(text: str, a: str, b: str) -> set[Family]:
    return pairs(text, ORGANS).get(frozenset((a, b)), set()) - {Family.ASSOCIATION}


def test_an_army_is_no_organ_sharing_a_side_with_its_government():
    # round AZ review item 4: armed forces act as a side of their own
    got = _typed_pair(
        "The Libyan army and the Libyan Government of National Unity confirmed the agreement.",
        "Libyan army",
        "Government of National Unity",
    )
    assert Family.AGREEMENT in got


def test_a_seat_of_government_and_a_body_naming_its_state_are_one_side():
    # the seat's state (White House: United States, Downing Street: United Kingdom) or the body's canonical name
    # ('U.S. Treasury Department') decides; a body naming no state is taken for the other's colleague
    for text, other in (
        ("The White House and the US Treasury confirmed the agreement.", "US Treasury"),
        ("The White House and the Treasury confirmed the agreement.", "U.S. Treasury Department"),
    ):
        assert not _typed_pair(text, "White House", other), text
    for text, other in (
        ("Downing Street and the US Treasury confirmed the agreement.", "US Treasury"),
        ("Downing Street and the Treasury confirmed the agreement.", "U.S. Treasury Department"),
    ):
        assert Family.AGREEMENT in _typed_pair(text, "Downing Street", other), text
