"""Round AK precision: a restored measure's named owner, a nationality on a person's title (invented sentences)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Ruritania": (S, ["Ruritania"]),
    "Grand Council": (P, ["Grand Council", "GC"]),
    "Marko Ellison": (OFF, ["Marko Ellison"]),
}


def test_restored_measure_is_no_act_of_the_body_it_is_named_after():
    got = stated("Freedonia and Sylvania have moved to restore Grand Council sanctions on Ruritania.", SPEC)
    assert ("Freedonia", "Ruritania", Family.HOSTILITY) in got
    assert not {t for t in got if "Grand Council" in t[:2]}
    got = stated("Freedonia started a process to reinstate GC sanctions on Ruritania over its arms programme.", SPEC)
    assert ("Freedonia", "Ruritania", Family.HOSTILITY) in got
    assert not {t for t in got if "Grand Council" in t[:2]}


def test_owner_restoring_its_own_measure_keeps_the_tie():
    got = stated("The Grand Council voted to reimpose GC sanctions on Ruritania.", SPEC)
    assert ("Grand Council", "Ruritania", Family.HOSTILITY) in got


def test_nationality_on_a_persons_title_is_not_the_acts_object():
    got = stated(
        "A court in the capital refused Freedonia's request to extradite Sylvanian hedge fund trader Marko Ellison "
        "over an alleged fraud.",
        SPEC,
    )
    assert not {t for t in got if {t[0], t[1]} == {"Freedonia", "Sylvania"}}, got  # no tie of any family
    assert ("Freedonia", "Marko Ellison", Family.ENFORCEMENT) in got


def test_welcoming_a_pact_between_others_ties_no_party():
    text = "Freedonian minister Marko Ellison welcomed a cooperation framework between Sylvania and Ruritania."
    ends = [set(t[:2]) for t in stated(text, SPEC)]
    assert not [e for e in ends if {"Marko Ellison", "Freedonia"} & e and {"Sylvania", "Ruritania"} & e]


def test_a_states_own_measures_restored_keep_the_state_tied_to_their_target():
    """Review of round AK: 'the Grand Council reimposed Freedonian sanctions on Ruritania' drops the Council's
    tie with Freedonia, not Freedonia's with Ruritania."""
    got = stated("The Grand Council reimposed Freedonian sanctions on Ruritania on Monday.", SPEC)
    assert ("Freedonia", "Ruritania", Family.HOSTILITY) in got, got
