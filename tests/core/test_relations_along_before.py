"""'X, along with A and B, had traveled to Y' with 'along' hung on the verb between its subject and the verb (not on
the subject): A and B act too (core/extract/relations/clauses.py ``_along_before``; round AN, blind43's conjoined
subjects). Entities placed by hand."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, S, stated

SPEC = {
    "Grace Kamau": (OFF, ["Grace Kamau", "Kamau"]),
    "Tomas Orel": (OFF, ["Tomas Orel"]),
    "Ana Ruiz": (OFF, ["Ana Ruiz"]),
    "Tanzania": (S, ["Tanzania"]),
}


def test_companions_before_the_verb_travel_with_the_subject():
    text = (
        "Rain fell. Kamau, along with human rights lawyers Tomas Orel and Ana Ruiz, had traveled to Tanzania "
        "as invited guests."
    )
    got = stated(text, SPEC)
    assert ("Grace Kamau", "Tanzania", Family.DIPLOMACY) in got
    assert ("Tomas Orel", "Tanzania", Family.DIPLOMACY) in got
    assert ("Ana Ruiz", "Tanzania", Family.DIPLOMACY) in got
