"""Second clauses (round AC): a passive verb conjoined to an active one is done to the first verb's subject."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, S, V, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Blue Star": (V, ["Blue Star"]),
    "Red Moon": (V, ["Red Moon"]),
    "Grey Gull": (V, ["Grey Gull"]),
    "Ruritania": (S, ["Ruritania"]),
}


def test_a_passive_second_clause_is_done_to_the_first_subject():
    got = stated("The frigate Blue Star left port on Monday and was joined by the destroyer Red Moon.", SPEC)
    assert ("Red Moon", "Blue Star", Family.ALLIANCE) in got
    got = stated("Freedonia seized the tanker Grey Gull and was condemned by Sylvania.", SPEC)
    assert ("Freedonia", "Grey Gull", Family.ENFORCEMENT) in got
    assert ("Sylvania", "Freedonia", Family.HOSTILITY) in got
    # the first clause's object is not what the second clause is about
    assert ("Sylvania", "Grey Gull", Family.HOSTILITY) not in got


def test_a_second_clause_with_its_own_subject_keeps_it():
    got = stated("Freedonia seized the tanker Grey Gull and Lin Bao was condemned by Sylvania.", SPEC)
    assert ("Sylvania", "Freedonia", Family.HOSTILITY) not in got


def test_a_second_clause_about_something_else_is_not_the_subject_s():
    # review of round AC: the test above passes without the guard (the named subject is read first)
    got = stated("Freedonia seized the tanker Grey Gull, and the move was condemned by Sylvania.", SPEC)
    assert ("Sylvania", "Freedonia", Family.HOSTILITY) not in got


def test_a_passive_in_a_reported_clause_or_of_another_number_is_not_the_subject_s():
    got = stated("Freedonian officials said Sylvania had violated the deal and were backed by Ruritania.", SPEC)
    assert ("Ruritania", "Sylvania", Family.ALLIANCE) not in got
    got = stated("Officials said Freedonia seized the tanker Grey Gull and were briefed by Sylvania on Monday.", SPEC)
    assert ("Sylvania", "Freedonia", Family.DIPLOMACY) not in got


def test_two_subjects_joined_by_and_take_a_plural_passive():
    got = stated("Both Sylvania and Ruritania left the bloc in 1991 and were recognised by Freedonia in 2008.", SPEC)
    assert {("Freedonia", "Sylvania"), ("Freedonia", "Ruritania")} <= {(a, b) for a, b, _ in got}


def test_a_reported_clause_s_passive_second_verb_is_still_its_subject_s():
    # review of round AD: reported speech is the usual form in news ('Officials said X seized ... and was condemned')
    got = stated("Officials said Freedonia seized the tanker Grey Gull and was condemned by Sylvania.", SPEC)
    assert ("Sylvania", "Freedonia", Family.HOSTILITY) in got
