"""Rules narrowed where they over-reached on new stories (issue 11, blind set 11): an organ's spokesperson, a firm
named after a country, a head-of-state title beside another state's head, a ship expelled 'from a state's waters'.
Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, OFF, P = Kind.STATE, Kind.OFFICIAL, Kind.PARTY
PE = {"Peru": (S, ["Peru", "Peruvian"])}
CL = {"Chile": (S, ["Chile", "Chilean"])}


def test_an_organs_spokesperson_is_the_organs_not_its_states():
    spec = {**PE, "Peruvian Coast Guard": (P, ["Coast Guard"]), "Ana Soto": (OFF, ["Ana Soto"])}
    got = stated("Ana Soto, a spokesperson for Peru's Coast Guard, said the ships had entered illegally.", spec)
    assert ("Ana Soto", "Peruvian Coast Guard", Family.MEMBERSHIP) in got
    assert ("Peruvian Coast Guard", "Peru", Family.MEMBERSHIP) in got
    assert ("Ana Soto", "Peru", Family.MEMBERSHIP) not in got
    # a commander serving the organ still serves the state
    got = stated("Ana Soto, a commander of Peru's Coast Guard, said the ships had entered illegally.", spec)
    assert ("Ana Soto", "Peru", Family.MEMBERSHIP) in got


def test_an_airline_named_after_a_country_is_not_that_states():
    spec = {
        "Kenya": (S, ["Kenya"]),
        "Kenya Airways": (P, ["Kenya Airways"]),
        "Kenya Police": (P, ["Kenya Police"]),
        "Haiti": (S, ["Haiti"]),
    }
    got = stated("The Kenya Police officers descended from a Kenya Airways plane in Haiti, Kenya said.", spec)
    assert ("Kenya Airways", "Kenya", Family.MEMBERSHIP) not in got
    # a state organ named after the country stays the state's
    assert ("Kenya Police", "Kenya", Family.MEMBERSHIP) in got


def test_a_bare_presidents_state_is_not_the_one_whose_president_the_sentence_names():
    spec = {**PE, "Ana Soto": (OFF, ["Ana Soto"]), "Luis Vera": (OFF, ["Luis Vera"])}
    got = stated(
        "Peru's foreign minister said he told President Ana Soto in Lima that Peruvian President Luis Vera "
        "wanted talks.",
        spec,
    )
    assert ("Ana Soto", "Peru", Family.LEADERSHIP) not in got
    assert ("Luis Vera", "Peru", Family.LEADERSHIP) in got
    # alone in the sentence, the bare title still takes the state named before it
    got = stated("Peru's foreign minister said President Ana Soto wanted talks.", spec)
    assert ("Ana Soto", "Peru", Family.LEADERSHIP) in got


def test_a_vessel_expelled_from_a_states_waters_is_not_that_states():
    spec = {
        **PE,
        **CL,
        "Chile Coast Guard": (P, ["Chile Coast Guard", "CCG"]),
        "Peruvian Coast Guard": (P, ["Peruvian Coast Guard", "Pecoga"]),
    }
    got = stated(
        "This week, Pecoga expelled the CCG (Chile Coast Guard) 5402 vessel from Peruvian waters twice to prevent it "
        "from disrupting the activities of Peruvian ships.",
        spec,
    )
    assert ("Chile Coast Guard", "Peru", Family.MEMBERSHIP) not in got
    assert ("Peruvian Coast Guard", "Peru", Family.ENFORCEMENT) not in got
    assert ("Peruvian Coast Guard", "Chile Coast Guard", Family.ENFORCEMENT) in got
