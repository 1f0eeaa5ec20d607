"""A plural demonym set beside a list of persons (demonym_lists.py): each person of the list is the state's national.
Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, OFF = Kind.STATE, Kind.OFFICIAL
PE = {"Peru": (S, ["Peru", "Peruvians", "Peruvian"]), "Chile": (S, ["Chile"])}
US = {"United States": (S, ["Americans", "United States"])}
PP = {"Arno Vesk": (OFF, ["Arno Vesk"]), "Lemi Tor": (OFF, ["Lemi Tor"]), "Oda Ran": (OFF, ["Oda Ran"])}
PEOPLE = ("Arno Vesk", "Lemi Tor", "Oda Ran")


def _nationals(got, state: str) -> set[str]:
    return {a for a, b, f in got if b == state and f is Family.MEMBERSHIP}


def test_a_plural_demonym_before_a_list_is_every_persons_state():
    got = stated("The release of Peruvians Arno Vesk, Lemi Tor and Oda Ran was sought by Chile.", {**PE, **PP})
    assert _nationals(got, "Peru") == set(PEOPLE)
    got = stated("The fate of Chilean-Americans Arno Vesk, Lemi Tor and Oda Ran was discussed.", {**US, **PP})
    assert _nationals(got, "United States") == set(PEOPLE)


def test_all_or_both_with_a_plural_demonym_after_a_list_is_every_persons_state():
    got = stated("Chile had accused Arno Vesk, Lemi Tor and Oda Ran, all Chilean-Americans, of spying.", {**US, **PP})
    assert _nationals(got, "United States") == set(PEOPLE)
    got = stated("Chile had accused Arno Vesk and Lemi Tor, both Peruvians, of spying.", {**PE, **PP})
    assert _nationals(got, "Peru") == {"Arno Vesk", "Lemi Tor"}


def test_a_country_named_before_persons_is_no_demonym_of_a_list():
    spec = {"Philippines": (S, ["Philippines"]), **PP}
    got = stated("In the Philippines Arno Vesk and Lemi Tor met the press on Monday.", spec)
    assert "Lemi Tor" not in _nationals(got, "Philippines")  # the name before the list is left to its own rules


def test_the_source_before_a_both_list_is_no_national():
    got = stated("According to Oda Ran, Arno Vesk and Lemi Tor, both Peruvians, had been spies.", {**PE, **PP})
    assert _nationals(got, "Peru") == {"Arno Vesk", "Lemi Tor"}
    got = stated("Chile says Oda Ran and Arno Vesk, Lemi Tor and Ina Vol, all Peruvians, were freed.",
                 {**PE, **PP, "Ina Vol": (OFF, ["Ina Vol"])})
    assert _nationals(got, "Peru") == {"Arno Vesk", "Lemi Tor", "Ina Vol"}  # a second "and" is a clause before


def test_a_capital_before_a_list_is_no_demonym():
    # review BJ-5: a capital ending like a plural ('Tunis', 'Paris') written before two names (a dateline, a caption)
    spec = {"Tunisia": (S, ["Tunis"]), **PP}
    got = stated("TUNIS Arno Vesk and Lemi Tor met the press on Monday.", spec)
    got |= stated("Tunis Arno Vesk and Lemi Tor met the press on Monday.", spec)
    assert "Lemi Tor" not in _nationals(got, "Tunisia")  # the name right after is left to its own rules


def test_the_before_a_plural_demonym_keeps_the_whole_list():
    # review BJ-10: 'the' before a people's noun, not before a country's own name
    got = stated("The Peruvians Arno Vesk and Lemi Tor were freed on Monday.", {**PE, **PP})
    assert _nationals(got, "Peru") == {"Arno Vesk", "Lemi Tor"}
