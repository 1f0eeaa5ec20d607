"""Reports and speech, round Z (issue 11): verbs that report where they carry a reported clause ('remarked that',
'stressed that', 'pointed out that'), not in their other senses. Entities placed by hand; invented sentences; pair
layer off."""

from __future__ import annotations

import pytest

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OFF = Kind.STATE, Kind.PARTY, Kind.OFFICIAL
SPEC = {
    "Peru": (S, ["Peru", "Peruvian"]),
    "Chile": (S, ["Chile", "Chilean"]),
    "Bolivia": (S, ["Bolivia", "Bolivian"]),
    "Tomas Arvo": (OFF, ["Tomas Arvo", "Arvo"]),
    "Andean Bloc": (P, ["Andean Bloc"]),
}


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    import core.extract.relations as relations

    monkeypatch.setattr(relations, "pair_model", lambda: None)


@pytest.mark.parametrize("verb", ["remarked", "emphasized", "stressed", "underlined", "pointed out"])
def test_a_verb_carrying_a_reported_clause_reports_what_the_clause_names(verb):
    got = stated(f"Peruvian President Tomas Arvo {verb} that joining the Andean Bloc will bring new investment.", SPEC)
    assert ("Tomas Arvo", "Andean Bloc", Family.REPORTING) in got


def test_pointed_out_reports_a_state_its_clause_is_about():
    got = stated("Tomas Arvo pointed out that Chile's membership will reinforce the bloc's position.", SPEC)
    assert ("Tomas Arvo", "Chile", Family.REPORTING) in got


def test_the_same_verbs_report_nothing_without_a_clause():
    got = stated("Tomas Arvo stressed the need for talks with the Andean Bloc.", SPEC)
    assert ("Tomas Arvo", "Andean Bloc", Family.REPORTING) not in got
    got = stated("Tomas Arvo pointed to the Andean Bloc as a model.", SPEC)
    assert ("Tomas Arvo", "Andean Bloc", Family.REPORTING) not in got


def test_a_quoted_word_condemning_what_a_party_does_is_the_speakers_verdict_on_it():
    got = stated(
        '"The Chilean regime has consistently displayed disregard for human rights," Tomas Arvo said on Monday.', SPEC
    )
    assert ("Tomas Arvo", "Chile", Family.HOSTILITY) in got


def test_a_condemning_word_reaches_through_an_infinitive():
    got = stated('"Chile has chosen to be judge and jury in an unlawful witch hunt," said Tomas Arvo.', SPEC)
    assert ("Tomas Arvo", "Chile", Family.HOSTILITY) in got


def test_a_denied_or_neutral_clause_is_no_verdict():
    got = stated("Tomas Arvo said that Chile has not shown disregard for the treaty.", SPEC)
    assert ("Tomas Arvo", "Chile", Family.HOSTILITY) not in got
    got = stated("Tomas Arvo said that Chile signed a treaty with Bolivia.", SPEC)
    assert ("Tomas Arvo", "Chile", Family.HOSTILITY) not in got


def test_a_speaker_reports_the_names_an_acts_object_enumerates_after_a_colon():
    got = stated(
        "Peru's President Tomas Arvo announced on Thursday that the Andean Bloc has decided to invite three nations to "
        "join as new members: Chile, Bolivia, and Ecuador.",
        SPEC,
    )
    assert {("Tomas Arvo", s, Family.REPORTING) for s in ("Chile", "Bolivia")} <= got


def test_an_object_described_by_a_comma_is_no_enumeration_here():
    got = stated("Tomas Arvo said the Andean Bloc has invited the two nations, Chile and Bolivia.", SPEC)
    assert ("Tomas Arvo", "Bolivia", Family.REPORTING) not in got


def test_a_participle_giving_an_acts_reason_is_no_report():
    got = stated(
        "The Andean Bloc imposed restrictive measures on the firms, arguing that they provided support to Chilean "
        "officials.",
        SPEC,
    )
    assert ("Andean Bloc", "Chile", Family.REPORTING) not in got


def test_a_condemning_word_is_the_verdict_of_a_speaker_named_after_his_title():
    got = stated(
        '"Ana Ruiz has chosen to be judge and jury in an unlawful witch hunt against Chilean citizens," said Secretary '
        "of the Treasury Tomas Arvo.",
        {**SPEC, "Ana Ruiz": (OFF, ["Ana Ruiz", "Ruiz"])},
    )
    assert ("Tomas Arvo", "Ana Ruiz", Family.HOSTILITY) in got
