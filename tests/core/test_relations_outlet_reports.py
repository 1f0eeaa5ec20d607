"""An outlet reports the parties of the act it reports; a report closing its sentence after a clause the parser
hangs as adverbial; the outlet a person speaks to (issue 11). Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OFF, V = Kind.STATE, Kind.PARTY, Kind.OFFICIAL, Kind.VESSEL
PE = {"Peru": (S, ["Peru", "Peruvian", "Lima"])}
CL = {"Chile": (S, ["Chile", "Chilean", "Santiago"])}
NEWS = {"Coastal News": (P, ["Coastal News"])}
LEAGUE = {"Pacific League": (P, ["Pacific League"])}
ARVO = {"Tomas Arvo": (OFF, ["Tomas Arvo"])}


def test_an_outlet_closing_its_sentence_reports_with_whom_the_act_is_done():
    got = stated(
        "Peru has suspended all trade with Chile over the border dispute, Coastal News reports.", {**PE, **CL, **NEWS}
    )
    assert ("Coastal News", "Peru", Family.REPORTING) in got
    assert ("Coastal News", "Chile", Family.REPORTING) in got
    # a body that is no outlet speaks for the act, which other rules read: no report on the partner
    got = stated(
        "Peru has suspended all trade with Chile over the border dispute, the Pacific League said.",
        {**PE, **CL, **LEAGUE},
    )
    assert ("Pacific League", "Chile", Family.REPORTING) not in got


def test_an_outlet_named_as_one_reports_the_parties_of_a_reported_clause():
    """'the broadcaster X' is an outlet though its name has no press word; the clause's partner is reported."""
    spec = {**PE, **CL, "Rumbo": (P, ["Rumbo"])}
    got = stated("The broadcaster Rumbo reported Peru's foreign minister spoke with Chile's president on Monday.", spec)
    assert ("Rumbo", "Chile", Family.REPORTING) in got
    # where it happened is not what is reported
    got = stated("The broadcaster Rumbo reported that Peru held naval drills off Chile.", spec)
    assert ("Rumbo", "Chile", Family.REPORTING) not in got


def test_an_outlet_reporting_a_claim_reports_who_the_claim_names():
    spec = {**PE, **NEWS, "Chilean Air Force": (P, ["Chilean Air Force"]), "Luis Mora": (OFF, ["Luis Mora"])}
    got = stated(
        "Peruvian army spokesman Luis Mora claimed that two Chilean Air Force jets had been shot down, "
        "Coastal News reported.",
        spec,
    )
    assert ("Coastal News", "Luis Mora", Family.REPORTING) in got
    assert ("Coastal News", "Chilean Air Force", Family.REPORTING) in got
    # a state named only by its adjective in the inner clause is not reported ('Chilean troops crossed ...')
    got = stated("Coastal News reported that Luis Mora said Chilean troops crossed the border.", {**spec, **CL})
    assert ("Coastal News", "Chile", Family.REPORTING) not in got


def test_according_to_an_outlet_reports_with_whom_the_act_is_done():
    got = stated("According to Coastal News, Peru signed a fishing deal with Chile on Friday.", {**PE, **CL, **NEWS})
    assert ("Coastal News", "Chile", Family.REPORTING) in got


def test_a_report_after_a_clause_hung_as_adverbial_is_about_that_clause():
    spec = {
        "Pacific Fleet": (P, ["Pacific Fleet"]),
        **PE,
        "BAP Arica": (V, ["BAP Arica"]),
        "BAP Ilo": (V, ["BAP Ilo"]),
        "Sol Naciente": (V, ["Sol Naciente"]),
    }
    got = stated(
        "The aircraft carrier BAP Arica and the guided missile destroyer BAP Ilo were escorting the Sol Naciente as "
        "it headed to a safe port, the Peruvian Navy’s Pacific Fleet said in a statement early yesterday.",
        spec,
    )
    for ship in ("BAP Arica", "BAP Ilo", "Sol Naciente"):
        assert ("Pacific Fleet", ship, Family.REPORTING) in got
    # a clause opened by 'when' is not what is reported
    got = stated("When the BAP Arica reached the Sol Naciente, the Pacific Fleet said nothing.", spec)
    assert ("Pacific Fleet", "Sol Naciente", Family.REPORTING) not in got


def test_the_outlet_a_person_speaks_to_reports_him():
    got = stated(
        "In an interview with Coastal News, Tomas Arvo said Peru would reopen the border.", {**PE, **NEWS, **ARVO}
    )
    assert ("Coastal News", "Tomas Arvo", Family.REPORTING) in got
    got = stated(
        "Tomas Arvo said on Andes TV that Peru would reopen the border.", {**PE, **ARVO, "Andes TV": (P, ["Andes TV"])}
    )
    assert ("Andes TV", "Tomas Arvo", Family.REPORTING) in got
    # a body that is no outlet is not an interviewer
    got = stated(
        "Tomas Arvo said on the Pacific League's behalf that Peru would reopen the border.", {**PE, **LEAGUE, **ARVO}
    )
    assert ("Pacific League", "Tomas Arvo", Family.REPORTING) not in got
