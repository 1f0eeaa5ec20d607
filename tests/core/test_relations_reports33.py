"""Reports (round U): the doer of a reported passive clause, a person told to an outlet about a doer."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated

SWAP = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Ana Voss": (OFF, ["Ana Voss"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
}


def test_a_speaker_reports_on_the_doer_a_passive_clause_names():
    got = stated("Freedonian Prime Minister Ana Voss confirmed that Lin Bao was released by Sylvania on Monday.", SWAP)
    assert ("Ana Voss", "Sylvania", Family.REPORTING) in got, got


def test_a_passive_clause_without_a_doer_names_no_state_for_the_speaker():
    got = stated("Freedonian Prime Minister Ana Voss confirmed that Lin Bao was released in Sylvania on Monday.", SWAP)
    assert ("Ana Voss", "Sylvania", Family.REPORTING) not in got, got


def test_the_outlet_a_person_tells_reports_on_the_person_his_words_say_acted():
    spec = {
        "Reuters": (P, ["Reuters"]),
        "Northern Front": (P, ["Northern Front"]),
        "Ana Voss": (OFF, ["Ana Voss"]),
        "Lin Bao": (OFF, ["Lin Bao"]),
    }
    text = "Government spokesman Ana Voss told Reuters on Monday that Lin Bao held no post in the Northern Front."
    got = stated(text, spec)
    assert ("Reuters", "Lin Bao", Family.REPORTING) in got, got
    assert ("Reuters", "Ana Voss", Family.REPORTING) in got, got


def test_a_listing_or_a_denied_act_by_a_state_is_no_report_on_it():
    for text in (
        "The tanker has been sanctioned by Sylvania, Ana Voss said.",
        "Ana Voss said Lin Bao has not been released by Sylvania.",
    ):
        got = stated(text, SWAP)
        assert ("Ana Voss", "Sylvania", Family.REPORTING) not in got, (text, got)
