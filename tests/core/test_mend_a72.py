"""Mend A of round BC's review (issue #11): a capital before a verb stays its state, a time frame written
"run-up"/"lead-up"/"build-up", "Sheikh" after a royal title, another state's Treasury beside the U.S. one; each on
invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_entities_round_bc import _names
from tests.core.test_relations_apposed_posts50 import _read

# a capital before "listed", "registered" or a spaced "based" used as a verb (places.capital_is_place,
# named_places._capital_based)


def test_a_capital_that_lists_is_its_state(nlp):
    found = _names(nlp, "Washington listed the Torvane militia as a terrorist organisation on Monday.")
    assert found.get("United States", (None,))[0] is Kind.STATE, found


def test_a_capital_that_bases_a_claim_is_its_state(nlp):
    found = _names(nlp, "Moscow based its claim to the islands on an old treaty, the ministry said on Monday.")
    assert found.get("Russia", (None,))[0] is Kind.STATE, found


def test_a_capital_that_registers_a_protest_is_its_state(nlp):
    found = _names(nlp, "Beijing registered a strong protest with Tokyo over the visit on Monday.")
    assert found.get("China", (None,))[0] is Kind.STATE, found
    assert found.get("Japan", (None,))[0] is Kind.STATE, found


def test_a_capital_before_a_clock_time_outside_a_bracket_is_its_state(nlp):
    found = _names(nlp, "Officials said Seoul time and again rejected the offer from the north.")
    assert found.get("South Korea", (None,))[0] is Kind.STATE, found


def test_a_capital_after_a_clock_figure_is_its_clock(nlp):
    found = _names(nlp, "The plane left at 6:15 p.m. Seoul time and landed in Manila, officials said on Monday.")
    assert "South Korea" not in found, found


# time frames written with a hyphen (relations.clauses._TIME_FRAMES)


def test_an_event_named_as_a_run_up_is_not_what_the_verb_acts_on(nlp):
    got = _read(nlp, "Chile evacuated its citizens from Lebanon in the run-up to the Hezbollah offensive on Israel.")
    assert not [r for r in got if r[:2] == ("Chile", "Hezbollah") and r[2] is not Family.ASSOCIATION], got


def test_an_event_named_as_a_build_up_is_not_what_the_verb_acts_on(nlp):
    got = _read(nlp, "Peru flew its diplomats out of Lebanon in the build-up to the Hezbollah offensive on Israel.")
    assert not [r for r in got if r[:2] == ("Peru", "Hezbollah") and r[2] is not Family.ASSOCIATION], got


# "Sheikh" after a royal title (titled.sheikh_in_name)


def test_sheikh_after_a_ruler_stays_a_title(nlp):
    found = _names(nlp, "Dubai ruler Sheikh Farhan said on Monday that the port would reopen.")
    assert not any(name.startswith("Sheikh") for name in found), found


def test_sheikh_beside_an_emir_stays_a_title(nlp):
    found = _names(nlp, "The emir, Sheikh Tamir, met the French president in Paris on Monday.")
    assert not any(name.startswith("Sheikh") for name in found), found


def test_sheikh_set_beside_a_ruler_stays_a_title(nlp):
    found = _names(nlp, "Sheikh Farhan, the ruler of Dubai, said on Monday that the port would reopen.")
    assert not any(name.startswith("Sheikh") for name in found), found


def test_sheikh_after_an_emirs_title_stays_a_title(nlp):
    found = _names(nlp, "Kuwait's Emir Sheikh Nawfal met the envoy in Kuwait City on Monday.")
    assert not any(name.startswith("Sheikh") for name in found), found


# another state's Treasury beside the U.S. one (known._national_body, coreference)


def test_another_states_treasury_stays_apart_from_the_us_one(nlp):
    text = (
        "Canada Treasury officials met their peers in Ottawa on Monday. The Danish Treasury said it would freeze the "
        "accounts, echoing the US Treasury."
    )
    found = _names(nlp, text)
    assert found.get("Danish Treasury", (None,))[0] is Kind.PARTY, found
    assert found.get("Canada Treasury", (None,))[0] is Kind.PARTY, found
    assert found["U.S. Treasury Department"][1].count("Treasury") <= 1, found  # the U.S. body's own short form
    got = _read(nlp, text)
    assert not [r for r in got if r[0] == "U.S. Treasury Department" and r[1] in {"Canada", "Denmark"}], got
