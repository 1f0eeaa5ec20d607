"""Mend of round BG's review, items 4, 5, 7, 9 and 10 (x-mendb93): a summit one goes or speaks to ties its bloc; a
force named for its own state and its host is a member of its own state only; of_persons' REPORTING only for a pair
the sentence types no other way; one kin list; nationals under a visa rule are no unnamed travellers.
Invented sentences and names (a body's name is matched against the country list, so the states of item 5 are real)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, pairs, stated, tied

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Andean Forum": (P, ["Andean Forum"]),
    "Bao Party": (P, ["Bao Party"]),
    "Marta Kell": (OFF, ["Marta Kell"]),
    "Ivo Brand": (OFF, ["Ivo Brand"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Ana Voss": (OFF, ["Ana Voss"]),
}


# item 4: gathering_owners skips the bloc only where the act is at, on or during its summit
def test_one_who_travels_or_speaks_to_a_blocs_summit_deals_with_the_bloc():
    got = stated("Marta Kell traveled to the Andean Forum summit in Sylvania.", SPEC)
    assert tied(got, "Marta Kell", "Andean Forum", Family.DIPLOMACY), got
    got = stated("Ivo Brand will speak by video to the Andean Forum summit on Friday.", SPEC)
    assert tied(got, "Ivo Brand", "Andean Forum", Family.DIPLOMACY), got


def test_two_who_meet_on_the_sidelines_of_a_summit_still_leave_its_bloc_out():
    got = stated("Marta Kell and Ivo Brand met on the sidelines of the Andean Forum summit in June.", SPEC)
    assert not any(tied(got, p, "Andean Forum", Family.DIPLOMACY) for p in ("Marta Kell", "Ivo Brand")), got


# item 5: a name mixing the body's own state and its host
def test_a_force_named_for_its_own_state_and_its_host_is_no_member_of_the_host():
    spec = {
        "Chad": (S, ["Chad", "Chadian"]),
        "Russia": (S, ["Russia", "Russian"]),
        "Group of Russian Forces in Chad": (P, ["Group of Russian Forces in Chad"]),
    }
    got = pairs(
        "The Group of Russian Forces in Chad said its convoy had reached the capital. Russia is far away. "
        "Chad held elections in May.",
        spec,
    )
    assert Family.MEMBERSHIP in got.get(frozenset({"Group of Russian Forces in Chad", "Russia"}), set()), got
    assert Family.MEMBERSHIP not in got.get(frozenset({"Group of Russian Forces in Chad", "Chad"}), set()), got


# item 7: of_persons adds no REPORTING to a pair the sentence already types
def test_a_person_named_by_of_in_words_of_his_own_spokeswoman_gets_no_second_tie():
    got = stated('"The family of Ana Voss has not been told where he is held," said Lin Bao, his spokeswoman.', SPEC)
    assert tied(got, "Lin Bao", "Ana Voss", Family.MEMBERSHIP), got
    assert not tied(got, "Lin Bao", "Ana Voss", Family.REPORTING), got


def test_a_person_whose_release_the_speaker_awaits_gets_one_tie():
    got = stated('"We are waiting for the release of Ana Voss," said Marta Kell.', SPEC)
    assert not tied(got, "Marta Kell", "Ana Voss", Family.REPORTING), got


def test_an_untyped_person_named_by_of_is_still_reported_on():
    got = stated("Marta Kell said the release of Ana Voss was the result of months of quiet talks.", SPEC)
    assert tied(got, "Marta Kell", "Ana Voss", Family.REPORTING), got


# item 9: one kin list (titles.KIN_WORDS) for the title rules and kin_ties.py
def test_a_member_with_kin_keeps_the_membership():
    got = stated("Lin Bao, the sister of Ana Voss, is a member of the Bao Party.", SPEC)
    assert tied(got, "Lin Bao", "Bao Party", Family.MEMBERSHIP), got
    assert not tied(got, "Lin Bao", "Ana Voss", Family.MEMBERSHIP), got


# item 10: nationals one state sets a rule for are no unnamed travellers
def test_a_visa_rule_for_another_states_nationals_keeps_the_two_states_tie():
    got = stated("Freedonian nationals will require a visa before travelling to Sylvania from next month.", SPEC)
    assert tied(got, "Freedonia", "Sylvania", Family.DIPLOMACY), got


def test_an_unnamed_soldier_fleeing_abroad_still_ties_no_states():
    got = stated("A Freedonian soldier fled across the border into Sylvania on Tuesday.", SPEC)
    assert not tied(got, "Freedonia", "Sylvania", Family.DIPLOMACY), got
