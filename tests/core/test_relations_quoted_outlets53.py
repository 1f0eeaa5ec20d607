"""An outlet that quotes a speaker reports on him: 'X was quoted as saying by Y', the agent parsed under 'as saying'
(round AO)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, pairs

_SPEC = {
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Vexora": (S, ["Vexora"]),
    "Anton Reles": (OFF, ["Anton Reles", "Reles"]),
    "Vexora Daily News": (P, ["Vexora Daily News"]),
    "Marta Kowal": (OFF, ["Marta Kowal"]),
}


def test_a_speaker_quoted_as_saying_by_an_outlet_is_reported_by_it():
    text = "Vexora's response should be proportionate, Anton Reles was quoted as saying by Vexora Daily News."
    got = pairs(text, _SPEC)
    assert Family.REPORTING in got.get(frozenset(("Vexora Daily News", "Anton Reles")), set()), got
    got = pairs("“We will find a formula,” Reles was quoted as saying by Vexora Daily News.", _SPEC)
    assert Family.REPORTING in got.get(frozenset(("Vexora Daily News", "Anton Reles")), set()), got


def test_quoted_as_saying_by_a_person_is_no_outlets_report():
    got = pairs("“We will find a formula,” Marta Kowal was quoted as saying by Anton Reles.", _SPEC)
    assert Family.REPORTING not in got.get(frozenset(("Anton Reles", "Marta Kowal")), set()), got

