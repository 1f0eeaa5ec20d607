"""Reports, round H (issue 11): the outlet a person speaks to ('on X radio', 'told X television') reports him and the
parties of his words; 'as reported by X' reports the clause it hangs on; a body reporting with a press verb reports
the parties of the act like an outlet. Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OFF = Kind.STATE, Kind.PARTY, Kind.OFFICIAL
PE = {"Peru": (S, ["Peru", "Peruvian", "Lima"])}
CL = {"Chile": (S, ["Chile", "Chilean", "Santiago"])}
ARVO = {"Tomas Arvo": (OFF, ["Tomas Arvo"])}
ANDES = {"Andes": (P, ["Andes"])}


def test_the_outlet_named_before_radio_or_television_reports_the_speaker_and_his_words():
    spec = {**PE, **ARVO, **ANDES}
    got = stated(
        "Spokesman Tomas Arvo stated on Andes radio that although Peru wants talks, the border stays shut.", spec
    )
    assert ("Andes", "Tomas Arvo", Family.REPORTING) in got
    assert ("Andes", "Peru", Family.REPORTING) in got
    got = stated("Spokesman Tomas Arvo told Andes television that while Peru wants talks, the border stays shut.", spec)
    assert ("Andes", "Tomas Arvo", Family.REPORTING) in got
    assert ("Andes", "Peru", Family.REPORTING) in got
    assert ("Tomas Arvo", "Andes", Family.REPORTING) not in got  # he speaks to it, he does not report on it


def test_an_outlet_told_by_an_unnamed_source_reports_every_party_of_the_act():
    got = stated(
        "A ministry spokesman confirmed to Andes that Peru was targeting Chilean fishing boats.", {**PE, **CL, **ANDES}
    )
    assert ("Andes", "Peru", Family.REPORTING) in got
    assert ("Andes", "Chile", Family.REPORTING) in got


def test_as_reported_by_a_source_reports_the_clause_it_opens():
    got = stated("As revealed today by Andes, Peru deployed five warships near the disputed waters.", {**PE, **ANDES})
    assert ("Andes", "Peru", Family.REPORTING) in got
    spec = {**PE, **ANDES, **ARVO, "Luis Mora": (OFF, ["Luis Mora"])}
    got = stated(
        "As previously reported by Andes, Tomas Arvo told Luis Mora at a meeting that talks would resume.", spec
    )
    assert ("Andes", "Tomas Arvo", Family.REPORTING) in got
    assert ("Andes", "Luis Mora", Family.REPORTING) in got
    # an 'as' clause that is no report by anyone names no source
    got = stated("As expected by many, Peru deployed five warships near the disputed waters.", {**PE, **ANDES})
    assert not any(src == "Andes" for src, _, _ in got)


def test_a_body_reporting_with_a_press_verb_reports_the_parties_of_the_act():
    got = stated(
        "Andes reported that the Peruvian government had handed over a radar system to Chile.", {**PE, **CL, **ANDES}
    )
    assert ("Andes", "Chile", Family.REPORTING) in got
    spec = {**PE, **CL, **ANDES, "Pacific League": (P, ["Pacific League"]), "Sur Pesca": (P, ["Sur Pesca"])}
    got = stated(
        "Peru has aligned itself with the Pacific League's sanctions against Chile by listing the firm Sur Pesca, "
        "Andes reported.",
        spec,
    )
    for target in ("Peru", "Chile", "Pacific League", "Sur Pesca"):
        assert ("Andes", target, Family.REPORTING) in got
    # a body that only 'said' it speaks for the act: no report on the partner (as before)
    got = stated("Peru has suspended all trade with Chile, the Pacific League said.", spec)
    assert ("Pacific League", "Chile", Family.REPORTING) not in got


def test_as_revealed_by_a_person_is_his_own_announcement():
    spec = {**PE, **CL, **ARVO}
    got = stated("Chile will collaborate with Peru in this new mission, as revealed by Tomas Arvo.", spec)
    assert ("Tomas Arvo", "Chile", Family.REPORTING) not in got


def test_the_outlet_a_person_speaks_to_does_not_report_a_state_named_by_its_adjective():
    got = stated(
        "Tomas Arvo told Andes television that Chilean officials believed the talks had failed.",
        {**CL, **ARVO, **ANDES},
    )
    assert ("Andes", "Tomas Arvo", Family.REPORTING) in got
    assert ("Andes", "Chile", Family.REPORTING) not in got


def test_the_outlet_a_person_speaks_to_does_not_report_his_own_state():
    spec = {**PE, **CL, **ANDES, "Luis Mora": (OFF, ["Luis Mora"])}
    got = stated(
        "Peruvian Foreign Minister Luis Mora told Andes television that Peru would resume talks with Chile.", spec
    )
    assert ("Andes", "Luis Mora", Family.REPORTING) in got
    assert ("Andes", "Chile", Family.REPORTING) in got
    assert ("Andes", "Peru", Family.REPORTING) not in got


def test_an_official_announcing_his_own_states_act_takes_the_acts_family():
    spec = {**PE, **CL, **ARVO, "Kelpo": (Kind.VESSEL, ["Kelpo"])}
    got = stated("Peruvian Foreign Minister Tomas Arvo said Peru detained the Kelpo on Friday.", spec)
    assert ("Tomas Arvo", "Kelpo", Family.ENFORCEMENT) in got
    got = stated("Peruvian Foreign Minister Tomas Arvo said Peru had signed a fishing deal with Chile.", spec)
    assert ("Tomas Arvo", "Chile", Family.AGREEMENT) in got
    # another state's act is only reported
    got = stated("Peruvian Foreign Minister Tomas Arvo said Chile detained the Kelpo on Friday.", spec)
    assert ("Tomas Arvo", "Kelpo", Family.ENFORCEMENT) not in got
    assert ("Tomas Arvo", "Kelpo", Family.REPORTING) in got
