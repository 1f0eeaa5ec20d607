"""Outlets named before their noun, 'per' and 'citing' sources, listed arguments of a report, and names listed as
partners in a coordinated or brokered act (issue 11). Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OFF, V = Kind.STATE, Kind.PARTY, Kind.OFFICIAL, Kind.VESSEL
PE = {"Peru": (S, ["Peru", "Peruvian", "Lima"])}
CL = {"Chile": (S, ["Chile", "Chilean", "Santiago"])}
BO = {"Bolivia": (S, ["Bolivia"])}
EC = {"Ecuador": (S, ["Ecuador"])}
WIRE = {"Andes Wire": (P, ["Andes Wire"])}


def _pair(got, a: str, b: str) -> set[Family]:
    return {f for x, y, f in got if {x, y} == {a, b}}


def test_an_outlet_named_before_its_noun_reports_and_its_cited_sources_are_tied():
    spec = {
        **WIRE,
        "Costa Post": (P, ["Costa Post"]),
        "Ruta Diario": (P, ["Ruta Diario"]),
        "Mar Azul": (V, ["Mar Azul"]),
    }
    got = stated(
        "Two crew members of the yacht Mar Azul had ties with smugglers, Andes Wire television reported, "
        "citing a joint probe by Costa Post and Ruta Diario.",
        spec,
    )
    assert Family.REPORTING in _pair(got, "Andes Wire", "Mar Azul")
    assert Family.REPORTING in _pair(got, "Andes Wire", "Costa Post")
    assert Family.REPORTING in _pair(got, "Andes Wire", "Ruta Diario")


def test_per_an_outlet_before_or_after_its_verb():
    spec = {**WIRE, "Tomas Arvo": (OFF, ["Tomas Arvo"])}
    got = stated("As per Andes Wire, Tomas Arvo left the door open to a new deal.", spec)
    assert Family.REPORTING in _pair(got, "Andes Wire", "Tomas Arvo")
    got = stated("Tomas Arvo fired back, per Andes Wire, calling the arrest a violation of the law.", spec)
    assert Family.REPORTING in _pair(got, "Andes Wire", "Tomas Arvo")
    # after its verb a person is no source: 'per Tomas Arvo' there is how, not who reports
    got = stated("Peru fired back, per Tomas Arvo, calling the arrest a violation.", {**PE, **spec})
    assert Family.REPORTING not in _pair(got, "Tomas Arvo", "Peru")


def test_every_name_listed_as_an_argument_of_a_reported_clause():
    spec = {**PE, **CL, **BO, **WIRE}
    got = stated("The accord was first signed by Peru with Chile and Bolivia, the Andes Wire agency reported.", spec)
    for name in ("Peru", "Chile", "Bolivia"):
        assert Family.REPORTING in _pair(got, "Andes Wire", name)


def test_names_listed_in_a_coordinated_act_are_partners():
    spec = {**PE, **CL, **BO, **EC, "Tomas Arvo": (OFF, ["Tomas Arvo"])}
    got = stated("Peru, Chile, the Bolivia and Ecuador have recognised Tomas Arvo in a coordinated move.", spec)
    for a, b in (("Peru", "Chile"), ("Peru", "Ecuador"), ("Chile", "Bolivia"), ("Bolivia", "Ecuador")):
        assert Family.ALLIANCE in _pair(got, a, b)
    got = stated("Peru, Chile and Ecuador have been coordinating their support for Tomas Arvo.", spec)
    assert Family.ALLIANCE in _pair(got, "Peru", "Ecuador")
    # without a word of acting together, a list is no alliance
    got = stated("Peru, Chile and Ecuador have recognised Tomas Arvo.", spec)
    assert Family.ALLIANCE not in _pair(got, "Peru", "Ecuador")
    # a name outside the list is not a partner
    got = stated("Peru and Chile jointly condemned the strike, while Ecuador stayed silent.", spec)
    assert Family.ALLIANCE in _pair(got, "Peru", "Chile")
    assert not _pair(got, "Peru", "Ecuador") - {Family.ASSOCIATION}


def test_names_brokering_a_deal_are_its_partners():
    got = stated("The accord, brokered by Peru and the Chile in May, expired on Monday.", {**PE, **CL})
    assert Family.AGREEMENT in _pair(got, "Peru", "Chile")


def test_the_states_a_named_body_includes_are_its_members():
    spec = {**PE, **CL, **BO, **EC, "Andean Pact": (P, ["Andean Pact"])}
    got = stated("Peru is a member of the Andean Pact, which also includes Chile, Bolivia and Ecuador.", spec)
    for name in ("Chile", "Bolivia", "Ecuador"):
        assert (name, "Andean Pact", Family.MEMBERSHIP) in got
    # a list that no named body includes is no membership
    got = stated("The package also includes sanctions on Chile and Bolivia.", spec)
    assert not any(f is Family.MEMBERSHIP for *_, f in got)


def test_a_report_names_what_the_act_was_aimed_at():
    spec = {**PE, **CL, "Chilean Navy": (P, ["Chilean Navy"]), "Tomas Arvo": (OFF, ["Tomas Arvo"])}
    got = stated(
        "A destroyer of the Peruvian navy aimed fire-control radar at a Chilean Navy patrol aircraft on Thursday, "
        "Defence Minister Tomas Arvo said Friday.",
        spec,
    )
    assert Family.REPORTING in _pair(got, "Tomas Arvo", "Chilean Navy")


def test_an_apposed_part_of_or_flagship_of_names_what_it_belongs_to():
    spec = {
        "Costa Maritime": (P, ["Costa Maritime"]),
        "Costa Group": (P, ["Costa Group"]),
        "Mar Azul": (V, ["Mar Azul"]),
        "Pacific Fleet": (P, ["Pacific Fleet"]),
        **PE,
    }
    got = stated("The tanker is managed by Lima-based Costa Maritime, part of the Costa Group.", spec)
    assert ("Costa Maritime", "Costa Group", Family.MEMBERSHIP) in got
    got = stated("Mar Azul, the flagship of Peru's Pacific Fleet, was towed to port.", spec)
    assert ("Mar Azul", "Pacific Fleet", Family.MEMBERSHIP) in got
    # 'listed as part of' is no apposition
    got = stated("Costa Maritime was listed by Peru as part of the Costa Group.", spec)
    assert ("Peru", "Costa Group", Family.MEMBERSHIP) not in got


def test_according_to_an_outlet_a_quoted_speaker_and_what_his_words_are_about():
    spec = {**PE, **CL, **WIRE, "Tomas Arvo": (OFF, ["Tomas Arvo"])}
    got = stated(
        '"Peru once again condemns the detention of journalists," Tomas Arvo said, according to Andes Wire.', spec
    )
    assert Family.REPORTING in _pair(got, "Andes Wire", "Tomas Arvo")
    assert Family.REPORTING in _pair(got, "Andes Wire", "Peru")


def test_sources_after_the_verb_report_named_subjects_not_states_a_description_names():
    spec = {**PE, **CL, **WIRE, "Costa Group": (P, ["Costa Group"])}
    got = stated("The Peruvian company operating the vessel has ties to the Costa Group, per Andes Wire.", spec)
    assert Family.REPORTING not in _pair(got, "Andes Wire", "Peru")
    got = stated('According to Andes Wire, the ministry said that "Chilean troops crossed the line twice."', spec)
    assert Family.REPORTING not in _pair(got, "Andes Wire", "Chile")
