"""A speaker's word on whom his reported passive clause names as its doer is a report on him (round AO)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, S, pairs

_SPEC = {
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Anton Reles": (OFF, ["Anton Reles", "Reles"]),
    "Marta Kowal": (OFF, ["Marta Kowal", "Kowal"]),
}


def test_the_doer_of_a_reported_passive_is_reported_on():
    got = pairs("Anton Reles told reporters that the decision was made by President Marta Kowal.", _SPEC)
    assert Family.REPORTING in got.get(frozenset(("Anton Reles", "Marta Kowal")), set()), got


def test_no_report_on_the_doer_of_a_hedged_or_negated_passive():
    got = pairs("Anton Reles told reporters that the decision could be made by President Marta Kowal.", _SPEC)
    assert Family.REPORTING not in got.get(frozenset(("Anton Reles", "Marta Kowal")), set()), got
    got = pairs("Anton Reles told reporters that the decision was not made by President Marta Kowal.", _SPEC)
    assert Family.REPORTING not in got.get(frozenset(("Anton Reles", "Marta Kowal")), set()), got
