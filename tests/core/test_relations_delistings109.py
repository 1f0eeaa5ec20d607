"""Round BI (x-fam109): a delisting only hedged or supposed ('could revoke', 'if X removes Y from the list') is no
measure taken (delistings.py reads the clause with syntax.unasserted, not only 'not'); 'will rescind' stays one."""

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
    text = "Freedonia announced Monday it will rescind the terrorist designation given to the group Red Front."
    assert ("Freedonia", "Red Front", Family.ENFORCEMENT) in stated(text, SPEC)
