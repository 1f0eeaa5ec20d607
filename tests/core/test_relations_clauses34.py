"""Clauses, names and noun phrases seen on new stories (round V): an apposition the parser hangs on the wrong word
(the name right before its comma), doers joined by 'together with' or by 'joined X in doing', and a few verbs
(pleading with, assailing, exempting, delisting)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Osterlich": (S, ["Osterlich"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Ana Kurz": (OFF, ["Ana Kurz"]),
    "Acme": (P, ["Acme"]),
}


def test_an_apposition_hung_on_a_word_that_names_no_one():
    # the parser hangs 'billionaires' on 'measures'; it is the two names' before the comma
    spec = {**SPEC, "Oleg Marin": (OFF, ["Oleg Marin"]), "Pavel Lunin": (OFF, ["Pavel Lunin"])}
    text = (
        "The court revoked on Wednesday the restrictive measures imposed on Oleg Marin and Pavel Lunin, two "
        "Sylvanian billionaires, between February 2022 and March 2023."
    )
    got = stated(text, spec)
    assert ("Oleg Marin", "Sylvania", Family.MEMBERSHIP) in got
    assert ("Pavel Lunin", "Sylvania", Family.MEMBERSHIP) in got
    # a word of the clause that names no one keeps no name from before a comma it does not follow
    got = stated("The court revoked the measures on Oleg Marin, a decision Sylvanian officials welcomed.", spec)
    assert ("Oleg Marin", "Sylvania", Family.MEMBERSHIP) not in got


def test_a_singular_apposition_after_a_list_is_the_last_name_s():
    text = "The deal became a symbol of closer ties between Freedonia and Sylvania, a Ruritanian ally."
    got = stated(text, SPEC)
    assert ("Sylvania", "Ruritania", Family.ALLIANCE) in got
    assert not any({a, b} == {"Freedonia", "Ruritania"} for a, b, _ in got)
    # a plural one stays the whole list's
    got = stated("Lin Bao and Ana Kurz, two Sylvanian ministers, met in May.", SPEC)
    assert ("Lin Bao", "Sylvania", Family.MEMBERSHIP) in got
    assert ("Ana Kurz", "Sylvania", Family.MEMBERSHIP) in got


def test_together_with_hung_on_the_subject():
    text = "Freedonia, together with Sylvania, Ruritania and Osterlich, have imposed sanctions on Lin Bao and Ana Kurz."
    got = stated(text, SPEC)
    for state in ("Freedonia", "Sylvania", "Ruritania", "Osterlich"):
        assert (state, "Lin Bao", Family.ENFORCEMENT) in got, state
        assert (state, "Ana Kurz", Family.ENFORCEMENT) in got, state


def test_joining_another_in_doing_it():
    text = "Sylvania, Ruritania and Osterlich joined Freedonia in freezing the assets and imposing bans on Lin Bao."
    got = stated(text, SPEC)
    for state in ("Freedonia", "Sylvania", "Ruritania", "Osterlich"):
        assert (state, "Lin Bao", Family.ENFORCEMENT) in got, state
    got = stated("Sylvania did not join Freedonia in imposing sanctions on Lin Bao.", SPEC)
    assert ("Freedonia", "Lin Bao", Family.ENFORCEMENT) in got
    assert ("Sylvania", "Lin Bao", Family.ENFORCEMENT) not in got
    # joining in talks is no act of the one joined on a third
    got = stated("Sylvania joined Freedonia in the talks with Ruritania.", SPEC)
    assert ("Freedonia", "Ruritania", Family.ENFORCEMENT) not in got


def test_more_verbs():
    assert ("Ana Kurz", "Sylvania", Family.DIPLOMACY) in stated(
        "Ana Kurz pleaded with Sylvania not to let the ships dock.", SPEC
    )
    for verb in ("assailed", "castigated", "chastised"):
        assert ("Freedonia", "Sylvania", Family.HOSTILITY) in stated(f"Freedonia {verb} Sylvania for the raid.", SPEC)
    assert ("Acme", "Sylvania", Family.ENFORCEMENT) in stated("Acme exempted Sylvania from its sanctions.", SPEC)
    # review of round V: 'delist' was read as a listing verb, so taking a state off a list was hostility
    got = stated("Freedonia delisted Sylvania as a state sponsor of terrorism.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) not in got, got


def test_no_state_is_part_of_another():
    got = stated("Freedonia joins Sylvania, Ruritania and Osterlich as users of the jet.", SPEC)
    assert not any(f is Family.MEMBERSHIP for _, _, f in got), got
    assert ("Freedonia", "Acme", Family.MEMBERSHIP) in stated("Freedonia joined Acme in 2004.", SPEC)


def test_along_with_counterparts_from_states():
    got = stated("Lin Bao, together with his counterparts from Sylvania and Ruritania, signed the pact.", SPEC)
    assert ("Sylvania", "Lin Bao", Family.AGREEMENT) in got or ("Lin Bao", "Sylvania", Family.AGREEMENT) in got
    assert ("Ruritania", "Lin Bao", Family.AGREEMENT) in got or ("Lin Bao", "Ruritania", Family.AGREEMENT) in got
    got = stated("Lin Bao, along with his counterparts from Sylvania and Ruritania, did not sign the pact.", SPEC)
    assert not any(f is Family.AGREEMENT for _, _, f in got)


def test_a_measure_aimed_at_someone():
    for text in (
        "Freedonia adopted sanctions designed to punish Sylvania for its war.",
        "Freedonia imposed sanctions aimed at Sylvania.",
        "Freedonia imposed new sanctions intended to cut Sylvania's oil income.",
    ):
        assert ("Freedonia", "Sylvania", Family.HOSTILITY) in stated(text, SPEC), text
    assert ("Freedonia", "Acme", Family.ENFORCEMENT) in stated("Freedonia imposed sanctions aimed at Acme.", SPEC)
    # a measure meant to help is aimed at no one
    assert not stated("Freedonia imposed sanctions designed to help Sylvania.", SPEC)


def test_along_with_after_the_object():
    got = stated("Freedonia sanctioned Lin Bao, along with Ana Kurz, on Monday.", SPEC)
    assert ("Freedonia", "Lin Bao", Family.ENFORCEMENT) in got
    assert ("Freedonia", "Ana Kurz", Family.ENFORCEMENT) in got
    # people named by their state only are not the state ('charged Sylvanian officers' is not Sylvania)
    got = stated("Acme charged Lin Bao, along with 14 Sylvanian officials, with fraud.", SPEC)
    assert ("Acme", "Sylvania", Family.ENFORCEMENT) not in got


def test_joiners_side_with_the_one_joined_not_with_each_other():
    # the gold of 'A, B and C joined X in condemning Y': each joiner with X, no two joiners together
    text = "Sylvania, Ruritania and Osterlich joined Freedonia in condemning Lin Bao."
    got = stated(text, SPEC)
    for state in ("Sylvania", "Ruritania", "Osterlich"):
        assert any({a, b} == {state, "Freedonia"} and f is Family.ALLIANCE for a, b, f in got), state
    for x, y in (("Sylvania", "Ruritania"), ("Sylvania", "Osterlich"), ("Ruritania", "Osterlich")):
        assert not any({a, b} == {x, y} for a, b, _ in got), (x, y)
    # states that condemn it side by side stay allies
    got = stated("Sylvania, Ruritania and Osterlich condemned Lin Bao.", SPEC)
    assert any({a, b} == {"Sylvania", "Ruritania"} and f is Family.ALLIANCE for a, b, f in got)
