"""Round BB: an act after an adjective of readiness or schedule ('X is due to hold talks with Y') is the copula's
subject's act (core/extract/relations/ready_to.py)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, S, stated

_SPEC = {
    "Freedonia": (S, ["Freedonia"]),
    "Sylvania": (S, ["Sylvania"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Ana Voss": (OFF, ["Ana Voss"]),
}


def test_an_act_after_due_or_ready_is_the_subjects():
    got = stated("Lin Bao had been due to hold talks with Ana Voss in the capital.", _SPEC)
    assert ("Lin Bao", "Ana Voss", Family.DIPLOMACY) in got
    got = stated("Freedonia is ready to sign a trade deal with Sylvania.", _SPEC)
    assert ("Freedonia", "Sylvania", Family.AGREEMENT) in got
    got = stated("Lin Bao is likely to visit Sylvania in May.", _SPEC)
    assert ("Lin Bao", "Sylvania", Family.DIPLOMACY) in got
    got = stated("Freedonia stands ready to back Sylvania.", _SPEC)
    assert ("Freedonia", "Sylvania", Family.ALLIANCE) in got
    got = stated("Freedonia is about to sign a trade deal with Sylvania.", _SPEC)
    assert ("Freedonia", "Sylvania", Family.AGREEMENT) in got


def test_an_adjective_that_denies_the_act_ties_no_one():
    assert not stated("Freedonia was unable to reach Sylvania.", _SPEC)
    assert not stated("Lin Bao was reluctant to visit Sylvania before the vote.", _SPEC)
    got = stated("Lin Bao said Freedonia would be willing to consider granting asylum to Ana Voss.", _SPEC)
    assert not {(a, b) for a, b, _ in got} & {("Freedonia", "Ana Voss"), ("Ana Voss", "Freedonia")}
