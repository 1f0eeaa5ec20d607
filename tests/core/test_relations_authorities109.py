"""An outlet credited with a report on an enforcement authority's act ('The Justice Department charged X, the Weekly
Ledger reports') only tells of the act: it stays REPORTING, not the authority's target (authorities.py, round BI,
x-fam109); a firm telling, before the authority is named, of the authority's case against it is still its target
(mend of round BI). Run with the pair layer off: the rules alone are tested."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_relations import OFF, P, pairs

pytestmark = pytest.mark.usefixtures("rules_alone")

SPEC = {
    "Justice Department": (P, ["Freedonian Justice Department", "Justice Department"]),
    "Weekly Ledger": (P, ["Weekly Ledger"]),
    "Ivo Rask": (OFF, ["Ivo Rask"]),
    "Halden Freight": (P, ["Halden Freight"]),
}


def test_an_outlet_credited_with_an_authoritys_act_reports_it():
    fams = pairs(
        "Last week the Justice Department indicted the broker Ivo Rask on bribery counts, the Weekly Ledger says.", SPEC
    ).get(frozenset({"Justice Department", "Weekly Ledger"}), set())
    assert Family.ENFORCEMENT not in fams, fams


def test_a_firm_telling_of_the_authoritys_case_against_it_is_its_target():
    # the reporting verb opens the sentence, before the authority: the firm speaks of its own case, no credit
    for text in (
        "Halden Freight said on Tuesday that the Justice Department had opened a fraud case against it.",
        "Halden Freight says the Justice Department's charges against the firm are groundless.",
    ):
        fams = pairs(text, SPEC).get(frozenset({"Justice Department", "Halden Freight"}), set())
        assert Family.ENFORCEMENT in fams, (text, fams)


def test_whom_the_authority_speaks_of_is_still_its_target():
    fams = pairs("According to the Justice Department, the Weekly Ledger allegedly laundered money.", SPEC).get(
        frozenset({"Justice Department", "Weekly Ledger"}), set()
    )
    assert Family.ENFORCEMENT in fams, fams


def test_a_firm_closing_the_sentence_on_a_case_against_it_is_its_target():
    # mend of round BI2: the teller is also the authority's object ('against it', 'against X'), so no credit
    for text in (
        "The Justice Department has brought a tax case against it, Halden Freight told investors on Friday.",
        "The Justice Department sued Halden Freight over the cargo losses, Halden Freight confirmed.",
        "The Justice Department filed a lawsuit against Halden Freight last month, Halden Freight said.",
    ):
        fams = pairs(text, SPEC).get(frozenset({"Justice Department", "Halden Freight"}), set())
        assert Family.ENFORCEMENT in fams, (text, fams)
