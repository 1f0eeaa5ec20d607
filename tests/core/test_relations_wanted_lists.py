"""A wanted list issued like a warrant (core/extract/relations/wanted_lists.py, issue 11 round AX): 'the police
issued a wanted list of X, Y and Z' (also with groups split by semicolons); and a notice granted against someone
('granted a red notice against X'). Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import pairs, stated

OFF, P = Kind.OFFICIAL, Kind.PARTY
SPEC = {
    "Ruritanian Police": (P, ["Ruritanian Police"]),
    "Ivan Petrov": (OFF, ["Ivan Petrov"]),
    "Rustem Kaliev": (OFF, ["Rustem Kaliev"]),
    "Olga Smirna": (OFF, ["Olga Smirna"]),
}


def _typed(text: str) -> set[frozenset[str]]:
    return {k for k, fams in pairs(text, SPEC).items() if fams - {Family.ASSOCIATION}}


def test_the_issuer_of_a_wanted_list_acts_against_each_one_on_it():
    got = stated("The Ruritanian Police issued a wanted list of former lawmakers Ivan Petrov and Rustem Kaliev.", SPEC)
    assert ("Ruritanian Police", "Ivan Petrov", Family.ENFORCEMENT) in got
    assert ("Ruritanian Police", "Rustem Kaliev", Family.ENFORCEMENT) in got
    got = stated(
        "The Ruritanian Police on Monday issued a wanted list of former lawmakers Ivan Petrov, Rustem Kaliev;"
        " activist Olga Smirna; and others.",
        SPEC,
    )
    assert ("Ruritanian Police", "Olga Smirna", Family.ENFORCEMENT) in got


def test_a_notice_granted_against_someone_is_enforcement():
    got = stated("The Ruritanian Police granted a red notice against refugee Ivan Petrov.", SPEC)
    assert ("Ruritanian Police", "Ivan Petrov", Family.ENFORCEMENT) in got


def test_other_lists_are_no_warrant():
    assert frozenset(("Ruritanian Police", "Ivan Petrov")) not in _typed(
        "The Ruritanian Police published a list of Ivan Petrov's associates."
    )
    assert frozenset(("Ruritanian Police", "Ivan Petrov")) not in _typed(
        "The Ruritanian Police issued a list of demands to Ivan Petrov."
    )


def test_granting_anything_but_a_warrant_or_notice_issues_nothing():
    # round AZ (x-tidy64): 'grant' among the issuing verbs must reach a warrant or a notice, not any grant; each
    # sentence reaches verbs._warrant_for (round AZ review item 9: each gives ENFORCEMENT without the object check)
    for text in (
        "The Ruritanian Police granted a visa for Ivan Petrov.",
        "The Ruritanian Police granted a residence permit for Ivan Petrov last year.",
        "The Ruritanian Police granted a travel permit for Ivan Petrov on Monday.",
    ):
        assert ("Ruritanian Police", "Ivan Petrov", Family.ENFORCEMENT) not in stated(text, SPEC), text
