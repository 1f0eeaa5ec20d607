"""Reports, round AB (issue 11): 'argued/contended that' report as the annotated sets read them ('asserted',
'insisted', 'reiterated' do not), and not as a participle giving an act's reason. Entities placed by hand; invented
sentences; pair layer off."""

from __future__ import annotations

import pytest

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OFF = Kind.STATE, Kind.PARTY, Kind.OFFICIAL
SPEC = {
    "Peru": (S, ["Peru", "Peruvian"]),
    "Chile": (S, ["Chile", "Chilean"]),
    "Tomas Arvo": (OFF, ["Tomas Arvo", "Arvo"]),
    "Andean Bloc": (P, ["Andean Bloc"]),
}


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    import core.extract.relations as relations

    monkeypatch.setattr(relations, "pair_model", lambda: None)


@pytest.mark.parametrize("verb", ["argued", "contends"])
def test_argue_and_contend_report_what_their_clause_names(verb):
    got = stated(f"The Andean Bloc {verb} that Chile had broken the treaty.", SPEC)
    assert ("Andean Bloc", "Chile", Family.REPORTING) in got


@pytest.mark.parametrize("verb", ["asserted", "insisted", "reiterated"])
def test_other_stance_verbs_are_no_report(verb):
    got = stated(f"Tomas Arvo {verb} that Chile had broken the treaty.", SPEC)
    assert ("Tomas Arvo", "Chile", Family.REPORTING) not in got


def test_arguing_as_the_reason_of_an_act_is_no_report():
    got = stated("Tomas Arvo recalled the envoy, arguing that Chile had broken the treaty.", SPEC)
    assert ("Tomas Arvo", "Chile", Family.REPORTING) not in got
