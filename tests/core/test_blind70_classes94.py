"""blind70's classes (x-b70-94, invented sentences): an ISO currency code is no body, and a state's name or demonym
read as its currency's ("US dollars", "Indian rupee") names no state (the state named elsewhere stays); states that
will be joint hosts of an event are no partners (the gold: co-hosting gives no tie)."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE
from tests.core.test_relations import S, stated


def _forms(entities, kind: Kind | None = None) -> set[str]:
    return {m.text for e in entities if kind is None or e.kind is kind for m in e.mentions}


def test_a_currency_code_is_no_body(nlp):
    text = (
        HEADLINE + "The Central Bank of Norland agreed a swap line worth USD 250 million and EUR 90 million with the "
        "Bank of Vestria. The bank will also buy Vestria's USD bonds, it said."
    )
    forms = _forms(extract(nlp, text))
    assert not forms & {"USD", "EUR"}
    assert "Bank of Vestria" in forms


def test_a_state_read_as_its_money_names_no_state(nlp):
    text = (
        HEADLINE + "The Bank of Vestria will draw up to $300 million under the US Dollar/ Euro Window and a further "
        "sum in Indian rupees under a second window, the Vestrian central bank said on Monday."
    )
    states = _forms(extract(nlp, text), Kind.STATE)
    assert "US" not in states and "Indian" not in states


def test_a_state_named_beside_its_money_stays(nlp):
    text = (
        HEADLINE + "India signed the accord with Vestria on Monday. The loan is paid in Indian rupees, and the "
        "United States said it had no objection."
    )
    states = _forms(extract(nlp, text), Kind.STATE)
    assert "India" in states and "United States" in states


SPEC = {
    name: (S, [name, demonym])
    for name, demonym in [("Freedonia", "Freedonian"), ("Sylvania", "Sylvanian"), ("Grand Fenwick", "Fenwickian")]
}


def _fams(got, a, b):
    return {f for x, y, f in got if {x, y} == {a, b}}


def test_joint_hosts_of_an_event_are_no_partners():
    got = stated(
        "The council confirmed that Freedonia, Sylvania and Grand Fenwick will be joint hosts of the 2031 Cup.", SPEC
    )
    assert not _fams(got, "Freedonia", "Sylvania") - {Family.ASSOCIATION}
    assert not _fams(got, "Sylvania", "Grand Fenwick") - {Family.ASSOCIATION}


def test_a_joint_statement_still_makes_partners():
    got = stated("Freedonia and Sylvania issued a joint statement on the border on Monday.", SPEC)
    assert _fams(got, "Freedonia", "Sylvania") - {Family.ASSOCIATION}


def test_a_state_hyphened_to_its_money_names_no_state(nlp):
    text = HEADLINE + "Ghana hopes to secure a 4-billion-U.S.-dollar loan from the fund, its finance ministry said."
    states = _forms(extract(nlp, text), Kind.STATE)
    assert "U.S." not in states and "Ghana" in states
