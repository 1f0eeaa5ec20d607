"""Reports, round I (issue 11): a person quoted in words with no verb reports on the parties they name; an outlet
told something by an unnamed source reports the state or body the source speaks from. Entities placed by hand;
invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OFF = Kind.STATE, Kind.PARTY, Kind.OFFICIAL
PE = {"Peru": (S, ["Peru", "Peruvian", "Lima"])}
CL = {"Chile": (S, ["Chile", "Chilean", "Santiago"])}
ARVO = {"Tomas Arvo": (OFF, ["Tomas Arvo", "Arvo"])}
ANDES = {"Andes": (P, ["Andes"])}


def test_a_person_quoted_in_words_with_no_verb_reports_on_the_parties_they_name():
    got = stated('"A significant step forward for Peru\'s coastal policy," Arvo said.', {**PE, **ARVO})
    assert ("Tomas Arvo", "Peru", Family.REPORTING) in got
    # a state named only by an adjective is no party of the words
    got = stated('"A significant step forward for the Peruvian coastal policy," Arvo said.', {**PE, **ARVO})
    assert ("Tomas Arvo", "Peru", Family.REPORTING) not in got


def test_an_outlet_told_by_an_unnamed_source_reports_the_state_the_source_speaks_from():
    spec = {**PE, **ANDES}
    got = stated('"We have not been informed," a source at the Peruvian embassy told news agency Andes.', spec)
    assert ("Andes", "Peru", Family.REPORTING) in got
    # the outlet's own state, named before its noun, is no party of the report
    spec = {**PE, **CL, **ANDES}
    got = stated('"We have not been informed," a source at the Peruvian embassy told Chilean news agency Andes.', spec)
    assert ("Andes", "Peru", Family.REPORTING) in got
    assert ("Andes", "Chile", Family.REPORTING) not in got
    # a source named as a person is the one reporting, read elsewhere
    got = stated('"We have not been informed," Tomas Arvo told news agency Andes.', {**PE, **ANDES, **ARVO})
    assert ("Andes", "Peru", Family.REPORTING) not in got


def test_a_speaker_describing_a_state_s_fleet_reports_on_the_state():
    got = stated("Tomas Arvo described the Chilean fleet as a significant challenge.", {**CL, **ARVO})
    assert ("Tomas Arvo", "Chile", Family.REPORTING) in got


def test_an_outlet_reporting_on_officials_reports_the_states_their_own_phrase_names():
    spec = {**PE, **CL, **ARVO, **ANDES, "Luis Mora": (OFF, ["Luis Mora"])}
    got = stated(
        "Chilean Foreign Minister Luis Mora and Peru's President Tomas Arvo on Friday signed a joint communique, "
        "the Andes news agency reported.",
        spec,
    )
    assert ("Andes", "Chile", Family.REPORTING) in got
    assert ("Andes", "Peru", Family.REPORTING) in got
    assert ("Andes", "Tomas Arvo", Family.REPORTING) in got


def test_a_report_names_the_body_an_object_names_before_its_noun(monkeypatch):
    """Read by the rules alone: the first version of this test passed only through the learned pair layer (its
    clause's subject named nobody, so the rule never fired), and failed once the layer was retrained."""
    import core.extract.relations as relations

    monkeypatch.setattr(relations, "pair_model", lambda: None)
    spec = {
        **ANDES,
        "Chile": (S, ["Chile", "Chilean"]),
        "Coast Command": (P, ["Coast Command"]),
        "Pacific Council": (P, ["Pacific Council"]),
    }
    got = stated("Coast Command officials said that the Chilean navy backed Pacific Council resolutions.", spec)
    assert ("Coast Command", "Pacific Council", Family.REPORTING) in got


def test_quoted_words_naming_states_by_a_copula_report_on_them():
    spec = {**PE, **CL, **ARVO}
    got = stated(
        '"The only countries that negotiated this deal were Peru and Chile," said press secretary Tomas Arvo.', spec
    )
    assert ("Tomas Arvo", "Peru", Family.REPORTING) in got
    assert ("Tomas Arvo", "Chile", Family.REPORTING) in got
    # a country acting in the words is his state's act, no report
    got = stated('"Our country has decided to cut relations with Chile," said Tomas Arvo.', spec)
    assert ("Tomas Arvo", "Chile", Family.REPORTING) not in got


def test_an_outlet_told_by_a_government_source_reports_the_state_whose_government_it_is():
    # round AL: 'a Chadian government source told AFP' (the adjective hangs on 'government', not on 'source')
    spec = {"Sylvania": (S, ["Sylvania", "Sylvanian"]), "Freedonia": (S, ["Freedonia"]), **ANDES}
    got = stated('"The price will be heavily discounted," a Sylvanian government source told news agency Andes.', spec)
    assert ("Andes", "Sylvania", Family.REPORTING) in got
    assert not any(a == "Sylvania" and f is Family.REPORTING for a, _, f in got)  # the state itself reports nothing
    got = stated("A Sylvanian government source told news agency Andes that Freedonia had recalled its envoy.", spec)
    assert ("Andes", "Sylvania", Family.REPORTING) in got
