"""Round BI (x-fam109): a delisting only hedged or supposed ('could revoke', 'if X removes Y from the list') is no
measure taken (delistings.py reads the clause with syntax.unasserted, not only 'not'); 'will rescind' stays one, and
so does 'said it would rescind' (a reported 'will', mend of round BI)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import P, S, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Red Front": (P, ["Red Front"]),
}


def test_a_hedged_or_supposed_delisting_is_no_measure():
    for text in (
        "Freedonia could revoke the designation of Red Front as a terrorist organisation next year.",
        "Analysts say talks may stall if Freedonia removes Red Front from its list of terrorist groups.",
    ):
        assert ("Freedonia", "Red Front", Family.ENFORCEMENT) not in stated(text, SPEC), text


def test_a_delisting_announced_for_the_future_is_still_a_measure():
    text = "Freedonia will strike Red Front off its list of terrorist groups next week, the foreign minister said."
    assert ("Freedonia", "Red Front", Family.ENFORCEMENT) in stated(text, SPEC)


def test_would_in_a_reported_clause_is_the_tellers_will():
    # mend of round BI: 'said it would lift' is 'will lift' told in the past, no hedge
    for text in (
        "Freedonia announced on Monday that it would remove Red Front from its list of terrorist organisations.",
        "The Freedonian government declared on Sunday that it would revoke the terrorist designation of Red Front.",
    ):
        assert ("Freedonia", "Red Front", Family.ENFORCEMENT) in stated(text, SPEC), text


def test_would_with_a_condition_a_denial_or_a_negation_is_still_no_measure():
    for text in (
        "Freedonia said it would lift the terrorist designation of Red Front if the group disarmed.",
        "Freedonia said it would not remove Red Front from its list of terrorist organisations.",
        "Freedonia denied that it would remove Red Front from its list of terrorist organisations.",
        "Freedonia would lift the terrorist designation of Red Front, analysts believe.",
    ):
        assert ("Freedonia", "Red Front", Family.ENFORCEMENT) not in stated(text, SPEC), text


def test_would_with_a_condition_hung_deep_in_the_clause_is_no_measure():
    # mend of round BI2: a condition anywhere in the reported clause, not only on its verb
    for text in (
        "Freedonia said it would drop Red Front from the terror list, provided the fighters handed in their guns.",
        "Freedonia said it would revoke the terror designation of Red Front as long as the truce held.",
        "Freedonia stated that it would drop Red Front from the terror list, but only if the attacks stopped.",
        "Freedonia said it would drop Red Front from the terror list should the fighters lay down their arms.",
        "Freedonia said it would revoke the terror designation of Red Front in return for the hostages.",
        "Freedonia said it would drop Red Front from the terror list only after the fighters disbanded.",
    ):
        assert ("Freedonia", "Red Front", Family.ENFORCEMENT) not in stated(text, SPEC), text
