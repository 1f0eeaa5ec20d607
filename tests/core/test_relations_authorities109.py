"""An outlet credited with a report on an enforcement authority's act ('The Justice Department charged X, the Weekly
Ledger reports') only tells of the act: it stays REPORTING, not the authority's target (authorities.py, round BI,
x-fam109). Run with the pair layer off: the rules alone are tested."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_relations import OFF, P, pairs

pytestmark = pytest.mark.usefixtures("rules_alone")

SPEC = {
    "Justice Department": (P, ["Freedonian Justice Department", "Justice Department"]),
    "Weekly Ledger": (P, ["Weekly Ledger"]),
    "Ivo Rask": (OFF, ["Ivo Rask"]),
}


def test_an_outlet_credited_with_an_authoritys_act_reports_it():
    fams = pairs(
        "The Justice Department filed charges against the smuggler Ivo Rask on Monday for fraud, the Weekly Ledger "
        "reports.",
        SPEC,
    ).get(frozenset({"Justice Department", "Weekly Ledger"}), set())
    assert Family.ENFORCEMENT not in fams, fams


def test_whom_the_authority_speaks_of_is_still_its_target():
    fams = pairs("According to the Justice Department, the Weekly Ledger allegedly laundered money.", SPEC).get(
        frozenset({"Justice Department", "Weekly Ledger"}), set()
    )
    assert Family.ENFORCEMENT in fams, fams
