"""Partners listed together: a coalition's or consortium's members, states recognising together, 'A joined B in
voting' (issue 11, blind set 18 classes). Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P = Kind.STATE, Kind.PARTY
PE = {"Peru": (S, ["Peru", "Peruvian"])}
CL = {"Chile": (S, ["Chile", "Chilean"])}
BO = {"Bolivia": (S, ["Bolivia", "Bolivian"])}
EC = {"Ecuador": (S, ["Ecuador"])}
FIRMS = {
    "Andes Capital": (P, ["Andes Capital"]),
    "Pacific Harbour Partners": (P, ["Pacific Harbour Partners"]),
    "Condor Terminals": (P, ["Condor Terminals"]),
    "Llama Holdings": (P, ["Llama Holdings"]),
}
PARTIES = {"Green Union": (P, ["Green Union"]), "Liberal Front": (P, ["Liberal Front"])}


def _allied(got):
    return {frozenset((a, b)) for a, b, f in got if f is Family.ALLIANCE}


def test_members_of_a_consortium_are_partners():
    got = stated(
        "The consortium, made up of Andes Capital, Pacific Harbour Partners and Condor Terminals, will buy the port.",
        FIRMS,
    )
    assert frozenset(("Andes Capital", "Pacific Harbour Partners")) in _allied(got)
    assert frozenset(("Pacific Harbour Partners", "Condor Terminals")) in _allied(got)


def test_a_list_ends_at_its_and():
    got = stated(
        "The consortium, which includes Andes Capital, Pacific Harbour Partners, and Condor Terminals and "
        "Llama Holdings has agreed to talks.",
        FIRMS,
    )
    assert frozenset(("Andes Capital", "Condor Terminals")) in _allied(got)
    assert frozenset(("Andes Capital", "Llama Holdings")) not in _allied(got)


def test_parties_of_a_coalition_government_are_partners():
    got = stated("The coalition government of the Green Union and the Liberal Front took office on Monday.", PARTIES)
    assert frozenset(("Green Union", "Liberal Front")) in _allied(got)


def test_states_recognising_together_act_as_one():
    got = stated(
        "Peru, Chile and Bolivia recognise the state of Ecuador, the three countries said.", {**PE, **CL, **BO, **EC}
    )
    assert frozenset(("Peru", "Chile")) in _allied(got)
    assert frozenset(("Chile", "Bolivia")) in _allied(got)
    assert frozenset(("Peru", "Ecuador")) not in _allied(got)


def test_a_state_recognising_alone_has_no_partner():
    got = stated("Peru recognised the government of Ecuador on Monday.", {**PE, **EC})
    assert not _allied(got)


def test_joining_a_state_in_a_vote_sides_with_it():
    got = stated("On Monday, Chile joined Peru in voting against the resolution in the assembly.", {**PE, **CL})
    assert ("Chile", "Peru", Family.ALLIANCE) in got
    assert ("Chile", "Peru", Family.MEMBERSHIP) not in got
    got = stated(
        "On Monday, Chile and Bolivia joined Peru in voting against the resolution in the assembly.", {**PE, **CL, **BO}
    )
    assert frozenset(("Bolivia", "Peru")) in _allied(got)


def test_countries_named_after_a_colon_joined_a_state_in_a_vote():
    got = stated(
        "Only three countries joined Peru in voting against the resolution: Chile, Bolivia and Ecuador.",
        {**PE, **CL, **BO, **EC},
    )
    assert frozenset(("Chile", "Peru")) in _allied(got)
    assert frozenset(("Ecuador", "Peru")) in _allied(got)
    assert frozenset(("Chile", "Bolivia")) not in _allied(got)


def test_states_recognising_a_person_together_are_no_partners_by_that_alone():
    got = stated(
        "Peru, Chile and Bolivia have recognised Juan Perez as interim president.",
        {**PE, **CL, **BO, "Juan Perez": (Kind.OFFICIAL, ["Juan Perez"])},
    )
    assert frozenset(("Peru", "Chile")) not in _allied(got)


def test_we_who_recognise_are_the_states_announcing_it():
    got = stated(
        'The minister said: "Today Peru, Chile and Bolivia are announcing that we recognise the state of Ecuador."',
        {**PE, **CL, **BO, **EC},
    )
    assert frozenset(("Peru", "Bolivia")) in _allied(got)


def test_an_of_on_another_noun_names_no_partners():
    got = stated("The coalition blamed the governments of Peru and Chile for the attack.", {**PE, **CL})
    assert frozenset(("Peru", "Chile")) not in _allied(got)


def test_no_joint_recognition_when_denied_or_of_a_government():
    got = stated("Peru, Chile and Bolivia do not recognise Ecuador as a state.", {**PE, **CL, **BO, **EC})
    assert frozenset(("Peru", "Chile")) not in _allied(got)
    got = stated("Peru, Chile and Bolivia recognised the new government of Ecuador.", {**PE, **CL, **BO, **EC})
    assert frozenset(("Peru", "Chile")) not in _allied(got)


def test_other_partners_listed_are_no_partners_of_each_other():
    got = stated(
        "Despite the withdrawal, Ecuador still has $2 billion in pledged support from other partners, including "
        "Peru, Chile and Bolivia.",
        {**PE, **CL, **BO, **EC},
    )
    assert not _allied(got)


def test_a_list_hung_on_another_noun_of_the_consortiums_clause_names_no_partners():
    sentence = (
        "The port was commissioned by Llama Holdings, a consortium in which Peruvian stakeholders including "
        "Andes Capital, Pacific Harbour Partners and Condor Terminals own two thirds."
    )
    got = stated(sentence, {**FIRMS, **PE})
    assert frozenset(("Andes Capital", "Condor Terminals")) not in _allied(got)
    assert frozenset(("Pacific Harbour Partners", "Condor Terminals")) not in _allied(got)
