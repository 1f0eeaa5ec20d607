"""Relation precision (round AM): a state named only as the flag of a named ship is not what a speaker reports on;
names listed beside the doer of a joint act are not partners of one another."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, V, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian", "F.D."]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Ruritania": (S, ["Ruritania"]),
    "Grand Fenwick": (S, ["Grand Fenwick"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Osterlich Mission": (P, ["Osterlich Mission"]),
    "Coral Islands": (S, ["Coral Islands"]),
    "Naval Command": (P, ["Naval Forces Central Command"]),
    "Revolutionary Navy": (P, ["Revolutionary Navy", "RRN"]),
    "Polar Star": (V, ["Polar Star"]),
}


def test_flag_state_of_a_named_ship_is_not_reported_on():
    got = stated(
        "F.D. Naval Forces Central Command reports that on April 27 at approximately 1:15 p.m. local time, the Coral "
        "Islands flagged tanker Polar Star was seized by Ruritania’s Revolutionary Navy (RRN) while transiting "
        "international waters in the strait.",
        SPEC,
    )
    assert not any(a in ("Naval Command", "Freedonia") and b == "Coral Islands" for a, b, _ in got)
    assert ("Naval Command", "Polar Star", Family.REPORTING) in got


def test_flag_state_named_also_otherwise_stays_reported_on():
    got = stated(
        "Lin Bao said that the Freedonia-flagged tanker Polar Star was released after Freedonia paid a fine.", SPEC
    )
    assert ("Lin Bao", "Freedonia", Family.REPORTING) in got


def test_names_listed_beside_a_joint_statements_doer_are_not_partners():
    got = stated(
        "Lin Bao, along with his counterparts from Freedonia, Sylvania, Ruritania and Grand Fenwick, said in a joint "
        "statement on Tuesday that the two ministers had incited violence.",
        SPEC,
    )
    assert ("Freedonia", "Sylvania", Family.ALLIANCE) not in got
    assert ("Ruritania", "Grand Fenwick", Family.ALLIANCE) not in got
    got = stated(
        "Earlier, the Osterlich Mission made a joint statement that also included Freedonia and the group of "
        "countries involved in mediation — Sylvania, Ruritania, and Grand Fenwick.",
        SPEC,
    )
    assert ("Sylvania", "Ruritania", Family.ALLIANCE) not in got


def test_names_listed_as_a_joint_statements_doers_stay_partners():
    got = stated(
        "The foreign ministers of Freedonia, Sylvania and Ruritania issued a joint statement on Thursday condemning "
        "the launch.",
        SPEC,
    )
    assert ("Freedonia", "Sylvania", Family.ALLIANCE) in got
    assert ("Sylvania", "Ruritania", Family.ALLIANCE) in got
