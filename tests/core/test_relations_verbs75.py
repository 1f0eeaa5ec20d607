"""Verbs of round BD (x-verb75): general verbs and verbs with a preposition the lexicon did not type ('one verb'
misses): mingling with and replying to X are diplomacy; winning (a race) against X is hostile
('defeat' was taken out again, test_mend78_a); brokering (a truce) is diplomacy."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated, tied

_SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Ana Voss": (OFF, ["Ana Voss"]),
    "Union Council": (P, ["Union Council"]),
    "Daily Courier": (P, ["Daily Courier"]),
}


def test_mingling_with_a_leader_is_diplomacy():
    got = stated("Photos showed Lin Bao mingling with Ana Voss at the reception.", _SPEC)
    assert tied(got, "Lin Bao", "Ana Voss", Family.DIPLOMACY)


def test_replying_to_a_state_is_diplomacy():
    got = stated("Lin Bao has replied to Sylvania, saying the prisoner was accorded due process.", _SPEC)
    assert tied(got, "Lin Bao", "Sylvania", Family.DIPLOMACY)


def test_winning_a_race_against_a_rival_is_hostile():
    got = stated("Lin Bao won a runoff race against Ana Voss on July 5.", _SPEC)
    assert tied(got, "Lin Bao", "Ana Voss", Family.HOSTILITY)


def test_brokering_a_truce_for_a_state_is_diplomacy_not_a_party_to_the_truce():
    got = stated("Freedonia brokered a truce for Sylvania.", _SPEC)
    assert tied(got, "Freedonia", "Sylvania", Family.DIPLOMACY)
    assert not tied(got, "Freedonia", "Sylvania", Family.AGREEMENT)


def test_replying_to_an_outlets_request_for_comment_is_no_diplomacy():
    got = stated("Sylvania's foreign ministry did not reply to requests for comment from the Daily Courier.", _SPEC)
    assert not tied(got, "Sylvania", "Daily Courier", Family.DIPLOMACY)
