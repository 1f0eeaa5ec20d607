"""Round AN (x-verb52): declaring a person persona non grata is a measure the declaring party takes on the person."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, S, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Marta Kovo": (OFF, ["Marta Kovo"]),
}


def test_declaring_a_person_persona_non_grata_is_a_measure_on_the_person():
    for text in (
        'Freedonia declared Sylvanian ambassador Lin Bao "persona non grata" and ordered him to leave.',
        "Freedonia has declared Lin Bao persona non grata.",
        "When asked if Lin Bao had been made persona non grata by Freedonia, officials declined to comment.",
    ):
        got = stated(text, SPEC)
        assert ("Freedonia", "Lin Bao", Family.ENFORCEMENT) in got, (text, got)


def test_a_titled_declarer_and_the_state_in_the_title_both_declare():
    text = (
        "Freedonian Foreign Minister Marta Kovo reinforced on Sunday her decision to declare Lin Bao "
        "persona non grata over his remarks."
    )
    got = stated(text, SPEC)
    assert ("Marta Kovo", "Lin Bao", Family.ENFORCEMENT) in got, got
    assert ("Freedonia", "Lin Bao", Family.ENFORCEMENT) in got, got


def test_a_denial_declares_no_one():
    got = stated("Freedonia did not declare Lin Bao persona non grata.", SPEC)
    assert ("Freedonia", "Lin Bao", Family.ENFORCEMENT) not in got
