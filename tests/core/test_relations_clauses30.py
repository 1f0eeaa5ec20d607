"""Clauses and verbs seen on new stories (round R): an act a verb of blame is aimed at is its doer's, a second 'by'
doer the parser hung on the verb, the person named after a post's firm, and a passive subject the parser took for a
reporting verb's object."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, V, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Ana Ortiz": (OFF, ["Ana Ortiz"]),
    "Acme": (P, ["Acme"]),
    "Sylvanian Coast Guard": (P, ["Sylvanian Coast Guard", "Sylvanian coast guard"]),
    "Sea Wolf": (V, ["Sea Wolf"]),
}


def test_an_act_blamed_is_its_doers():
    got = stated("Freedonia and Ruritania have condemned a missile test carried out by Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got
    assert ("Ruritania", "Sylvania", Family.HOSTILITY) in got
    got = stated("Freedonia denounced the test carried out by Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got
    got = stated("Freedonia reviewed the test carried out by Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) not in got


def test_a_second_doer_after_and_and_the_named_holder_of_a_post():
    got = stated(
        "The contract was signed by the head of Freedonian firm Acme, Lin Bao, and Sylvania's energy minister, "
        "Ana Ortiz.",
        SPEC,
    )
    assert ("Lin Bao", "Ana Ortiz", Family.AGREEMENT) in got
    got = stated("The deal was signed by the chief of Acme, Lin Bao, and the minister, Ana Ortiz.", SPEC)
    assert ("Lin Bao", "Ana Ortiz", Family.AGREEMENT) in got


def test_a_passive_subject_read_as_a_reporting_verbs_object():
    got = stated(
        "Local media reported the Sea Wolf, carrying 11 crew, was boarded by the Sylvanian coast guard on Monday.",
        SPEC,
    )
    assert ("Sylvanian Coast Guard", "Sea Wolf", Family.ENFORCEMENT) in got


def test_a_doer_hung_on_the_verb_only_for_joint_acts():
    got = stated("The Freedonian side is represented by the corvettes, and the Sea Wolf of the navy.", SPEC)
    assert ("Sea Wolf", "Freedonia", Family.MEMBERSHIP) not in got


def test_who_leads_a_states_group_is_of_the_state():
    got = stated("In July, a Freedonian consortium led by Acme was selected as the preferred bidder.", SPEC)
    assert ("Acme", "Freedonia", Family.MEMBERSHIP) in got
    got = stated("Ruritania mediated talks with the Freedonian negotiating team led by security chief Lin Bao.", SPEC)
    assert ("Lin Bao", "Freedonia", Family.MEMBERSHIP) in got
    got = stated("A Freedonian delegation, led by Lin Bao, arrived.", SPEC)
    assert ("Lin Bao", "Freedonia", Family.MEMBERSHIP) in got
    assert ("Lin Bao", "Freedonia", Family.LEADERSHIP) not in got
    got = stated("The Freedonian team of Acme, led by its chief Lin Bao, was present.", SPEC)
    assert ("Lin Bao", "Freedonia", Family.MEMBERSHIP) not in got


def test_states_that_blame_or_vote_together_side_with_each_other():
    got = stated("Freedonia, Sylvania, and Ruritania voted against the resolution, while 11 countries abstained.", SPEC)
    assert ("Freedonia", "Sylvania", Family.ALLIANCE) in got
    assert ("Sylvania", "Ruritania", Family.ALLIANCE) in got
    got = stated("Lin Bao and Ana Ortiz condemned the test, saying it is a violation.", SPEC)
    assert ("Lin Bao", "Ana Ortiz", Family.ALLIANCE) in got
    got = stated("Freedonia and Sylvania condemned each other.", SPEC)
    assert ("Freedonia", "Sylvania", Family.ALLIANCE) not in got
    assert not stated("Freedonia and Sylvania voted on Monday.", SPEC)


def test_a_text_drafted_by_several_is_a_joint_draft():
    got = stated("The resolution was put forward by Freedonia, Sylvania and Ruritania, and it passed easily.", SPEC)
    assert ("Freedonia", "Sylvania", Family.ALLIANCE) in got
    got = stated("Diplomats said 19 states supported the text, which was drafted by Freedonia and Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.ALLIANCE) in got
    assert not stated("The plan was put forward by Freedonia.", SPEC)
