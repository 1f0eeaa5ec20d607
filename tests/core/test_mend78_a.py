"""Round BD's review, mend A (x-menda78): sports and election results are no hostility; a visitor flying to his own
state's capital, or to a capital that seats his body, visits no host; an election body's report on a boycott or a
loser endorses no one; a capital's state lets only its own sentence's tie through (invented names)."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_relations import OFF, P, S, pairs, stated, tied
from tests.core.test_relations_apposed_posts50 import _read

_SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Ana Voss": (OFF, ["Ana Voss"]),
}


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Freedonia defeated Sylvania in the football final on Sunday.", "Freedonia", "Sylvania"),
        ("Freedonia won against Sylvania in the semi-final of the cup.", "Freedonia", "Sylvania"),
        ("Lin Bao defeated Ana Voss in the presidential runoff.", "Lin Bao", "Ana Voss"),
    ],
)
def test_a_match_or_a_vote_won_is_no_hostility(text: str, a: str, b: str) -> None:
    assert not tied(stated(text, _SPEC), a, b, Family.HOSTILITY)


def test_no_visit_to_the_visitors_own_capital_with_its_state_in_another_paragraph(nlp):
    text = "Turkish Defence Minister Anka Drevic praised Peru on Monday.\n\nDrevic later flew to Ankara."
    got = _read(nlp, text)
    assert ("Anka Drevic", "Turkey", Family.DIPLOMACY) not in got, got


def test_no_visit_to_the_capital_that_seats_the_visitors_body(nlp):
    text = "European Union foreign policy chief Mara Kellen praised Belgium.\n\nKellen later flew to Brussels."
    got = _read(nlp, text)
    assert ("Mara Kellen", "Belgium", Family.DIPLOMACY) not in got, got


def test_a_capital_tie_lets_through_no_tie_of_another_sentence(nlp):
    text = (
        "Defence Minister Anka Drevic flew to Ankara for two days of talks.\n\n"
        "The Turkish Foreign Ministry, led by Ekrem Tosun, has welcomed the visit.\n\n"
        "Anka Drevic criticised the Foreign Ministry on Friday."
    )
    got = _read(nlp, text)
    assert ("Anka Drevic", "Turkey", Family.DIPLOMACY) in got, got
    assert ("Anka Drevic", "Turkey", Family.HOSTILITY) not in got, got


_BODY = {
    "Freedonia": (S, ["Freedonia"]),
    "Freedonian Electoral Commission": (P, ["Freedonian Electoral Commission"]),
    "Ivo Rask": (OFF, ["Ivo Rask", "Rask"]),
    "Ana Voss": (OFF, ["Ana Voss"]),
}


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The Freedonian Electoral Commission said Ivo Rask had called for a boycott of the vote.", "Ivo Rask"),
        ("The Freedonian Electoral Commission said Ana Voss came second in the vote won by Ivo Rask.", "Ana Voss"),
    ],
)
def test_a_report_on_a_boycott_or_a_loser_endorses_no_one(text: str, person: str) -> None:
    assert Family.ALLIANCE not in pairs(text, _BODY).get(frozenset({"Freedonian Electoral Commission", person}), set())


@pytest.mark.usefixtures("rules_alone")
def test_a_share_of_the_vote_received_is_a_result() -> None:
    text = "The Freedonian Electoral Commission said Ivo Rask had received 61 percent of the vote."
    assert pairs(text, _BODY).get(frozenset({"Freedonian Electoral Commission", "Ivo Rask"})) == {Family.ALLIANCE}


def test_a_tender_won_against_a_firm_stays_hostile():
    spec = {**_SPEC, "Orion Power": (P, ["Orion Power"]), "Vega Atomics": (P, ["Vega Atomics"])}
    got = stated("Orion Power won the tender against Vega Atomics.", spec)
    assert tied(got, "Orion Power", "Vega Atomics", Family.HOSTILITY)
