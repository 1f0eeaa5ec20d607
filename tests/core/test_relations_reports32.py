"""Reports, speech and families, round T (issue 11): an outlet closing a sentence with 'according to' after a
second clause reports the whole act of the first ('A accused B of ..., and said ..., according to X': X -> A and B);
an outlet relaying another's report ('..., Y reported, as cited by X') reports what that report is about; being at
odds or in a dispute with X is hostility to X. Entities placed by hand; invented sentences; pair layer off."""

from __future__ import annotations

import pytest

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P = Kind.STATE, Kind.PARTY
STATES = {
    "Peru": (S, ["Peru", "Peruvian"]),
    "Chile": (S, ["Chile", "Chilean"]),
    "Bolivia": (S, ["Bolivia", "Bolivian"]),
}
WIRE = {"Coastal News Agency": (P, ["Coastal News Agency"])}
RELAY = {"Andes Press": (P, ["Andes Press"])}
MINISTRY = {"Peruvian Foreign Ministry": (P, ["Peruvian Foreign Ministry"])}


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    import core.extract.relations as relations

    monkeypatch.setattr(relations, "pair_model", lambda: None)


def test_an_outlet_closing_a_second_clause_reports_the_object_of_the_first():
    got = stated(
        'The Peruvian Foreign Ministry accused Chile of acting "in bad faith", and said it "will bear full '
        'responsibility", according to the state-run Coastal News Agency.',
        {**STATES, **WIRE, **MINISTRY},
    )
    assert ("Coastal News Agency", "Chile", Family.REPORTING) in got
    assert ("Coastal News Agency", "Peruvian Foreign Ministry", Family.REPORTING) in got


def test_an_outlet_relaying_a_report_reports_what_it_is_about():
    got = stated(
        "Peru warned that Chile would pay a price for the decision, the Coastal News Agency reported, as cited by "
        "the Andes Press agency.",
        {**STATES, **WIRE, **RELAY},
    )
    assert ("Coastal News Agency", "Chile", Family.REPORTING) in got
    assert ("Andes Press", "Chile", Family.REPORTING) in got
    assert ("Andes Press", "Coastal News Agency", Family.REPORTING) in got


def test_a_person_citing_by_name_relays_nothing():
    got = stated(
        "Peru warned that Chile would pay a price, the Coastal News Agency reported, as cited by Bolivia.",
        {**STATES, **WIRE},
    )
    assert ("Bolivia", "Chile", Family.REPORTING) not in got


def test_being_at_odds_with_a_state_is_hostility():
    got = stated(
        "Peru, which criticised the deal, has been at odds with Chile for years over a dam on the river.",
        STATES,
    )
    assert ("Peru", "Chile", Family.HOSTILITY) in got
    assert ("Peru", "Chile", Family.DIPLOMACY) not in got


def test_a_dispute_with_a_state_is_hostility_but_talks_stay_diplomacy():
    got = stated("Peru is in a dispute with Bolivia over fishing. Peru held talks with Chile.", STATES)
    assert ("Peru", "Bolivia", Family.HOSTILITY) in got
    assert ("Peru", "Chile", Family.DIPLOMACY) in got


def test_the_relaying_outlet_is_the_agent_of_an_as_cited_by_clause():
    """Review of round T: the sentences above are also read by older outlet rules, so the relay is read directly."""
    from core.extract.nlp import load_nlp
    from core.extract.relations.relayed import relaying_outlets

    def relays(text: str) -> set[int]:
        doc = load_nlp()(text)
        v = next(t for t in doc if t.lemma_ == "report" and t.pos_ == "VERB")
        courier = {t.i for t in doc if t.text == "Courier"}
        objects = lambda p: {7 for o in p.subtree if o.i in courier}  # noqa: E731  (the outlet's entity: 7)
        return relaying_outlets(v, objects, frozenset({7}))

    assert relays("Sylvania seized the tanker, the Andes Press reported, as cited by the Daily Courier.") == {7}
    assert relays("Sylvania seized the tanker, the Andes Press reported, cited by the Daily Courier.") == set()
