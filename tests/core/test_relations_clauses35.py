"""Clauses and verbs seen on new stories (round W): a sanction that was not imposed, a ship joined by another,
and a person taken into custody by a force ('breach' as a hostile verb was left out: a helper's
search output may have shown a line of the blind set then being annotated)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, V, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Ana Kurz": (OFF, ["Ana Kurz"]),
    "Sylvanian police": (P, ["Sylvanian police"]),
    "Blue Star": (V, ["Blue Star"]),
    "Red Moon": (V, ["Red Moon"]),
}


def test_a_sanction_not_imposed_is_no_measure():
    assert not stated("Freedonia did not impose sanctions on Sylvania.", SPEC)
    assert not stated("Freedonia has never sanctioned Lin Bao.", SPEC)
    # the measure taken stays, and a negation elsewhere keeps its own reading
    assert ("Freedonia", "Lin Bao", Family.ENFORCEMENT) in stated("Freedonia imposed sanctions on Lin Bao.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in stated("Freedonia imposed sanctions on Sylvania.", SPEC)


def test_a_ship_joined_by_another_is_on_its_side():
    got = stated("The Blue Star was soon joined by the Red Moon.", SPEC)
    assert ("Red Moon", "Blue Star", Family.ALLIANCE) in got
    assert ("Red Moon", "Blue Star", Family.MEMBERSHIP) not in got
    # joining a body stays membership
    spec = {**SPEC, "Acme League": (P, ["Acme League"])}
    assert ("Sylvania", "Acme League", Family.MEMBERSHIP) in stated("Sylvania joined the Acme League in 2019.", spec)


def test_a_force_s_ship_named_after_its_ship_word():
    spec = {**SPEC, "Sylvanian Navy": (P, ["Sylvanian Navy"])}
    # the parser takes 'frigate' after 'Navy' for a verb; the words still say whose frigate it is
    for text in (
        "The Sylvanian Navy frigate Blue Star sailed past.",
        "It was monitored by the Sylvanian Navy frigate Blue Star on Monday.",
        "The Sylvanian Navy's frigate Blue Star sailed past.",
    ):
        assert ("Blue Star", "Sylvanian Navy", Family.MEMBERSHIP) in stated(text, spec), text
    # a ship word between a doer and a ship after a verb is the verb's: no membership
    got = stated("Sylvanian police boarded the vessel Blue Star.", SPEC)
    assert ("Blue Star", "Sylvanian police", Family.MEMBERSHIP) not in got


def test_taken_into_custody_is_an_arrest():
    got = stated("Lin Bao and Ana Kurz were soon taken into custody by Sylvanian police.", SPEC)
    assert ("Sylvanian police", "Lin Bao", Family.ENFORCEMENT) in got
    assert ("Sylvanian police", "Ana Kurz", Family.ENFORCEMENT) in got
    got = stated("Sylvanian police took Lin Bao into custody on Monday.", SPEC)
    assert ("Sylvanian police", "Lin Bao", Family.ENFORCEMENT) in got
    assert not stated("Sylvanian police took Lin Bao to the Freedonian border.", SPEC)


def test_the_vessel_seized_by_a_ship_in_a_second_clause_is_the_other_ship():
    # the second verb's subject is the first's: 'the vessel' is the ship named before, not the doer
    text = "The Blue Star fled. The Red Moon conducted an operation on Friday and seized the vessel."
    assert ("Red Moon", "Blue Star", Family.ENFORCEMENT) in stated(text, SPEC)
