"""Round BH (x-appo97): a state's ministry's spokesperson named after the ministry is the state's member
('Chilean Foreign Ministry spokesman Jan Brok', "Peru's Foreign Ministry spokesperson, Ana Ruiz,"); not a police
force's or a council's spokesperson, and not where the spokesperson's word is not right before the name."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations_apposed_posts50 import _read


def families(got: set[tuple[str, str, Family]], a: str, b: str) -> set[Family]:
    """The families ``a`` and ``b`` are tied with, either way."""
    return {f for x, y, f in got if {x, y} == {a, b}}


def test_a_ministry_spokesperson_named_with_the_ministrys_state_is_its_member(nlp):
    got = _read(nlp, "Chilean Foreign Ministry spokesman Jaime Orrego said the talks would resume in May.")
    assert ("Jaime Orrego", "Chile", Family.MEMBERSHIP) in got, got
    got = _read(nlp, "Peru's Foreign Ministry spokesperson, Carlos Mendoza, said on Monday that the ban was unfair.")
    assert ("Carlos Mendoza", "Peru", Family.MEMBERSHIP) in got, got


def test_a_police_spokesman_or_a_spokesman_set_elsewhere_is_no_member_of_the_state(nlp):
    got = _read(nlp, "Chilean police spokesman Jaime Orrego said on Thursday that the two men had been arrested.")
    assert Family.MEMBERSHIP not in families(got, "Jaime Orrego", "Chile"), got
    got = _read(nlp, "The Chilean Foreign Ministry said on Monday that a spokesman met Jaime Orrego in Lima.")
    assert Family.MEMBERSHIP not in families(got, "Jaime Orrego", "Chile"), got
