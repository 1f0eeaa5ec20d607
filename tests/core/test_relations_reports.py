"""Reports closing their sentence, reports of reports, titles after a comma, and severed ties (issue 11).
Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OFF = Kind.STATE, Kind.PARTY, Kind.OFFICIAL
PE = {"Peru": (S, ["Peru", "Peruvian", "Lima"])}
CL = {"Chile": (S, ["Chile", "Chilean", "Santiago"])}
WIRE = {"Andes Wire": (P, ["Andes Wire"])}


def _pairs(got) -> set[frozenset]:
    return {frozenset((a, b)) for a, b, _ in got}


def test_a_title_after_a_comma_does_not_take_the_state_of_another_clause():
    spec = {**PE, **CL, "Arno Vesk": (OFF, ["Arno Vesk"])}
    got = stated("Peru decided to cut diplomatic ties with Chile, Prime Minister Arno Vesk said on Monday.", spec)
    assert ("Arno Vesk", "Chile", Family.LEADERSHIP) not in got
    assert ("Arno Vesk", "Peru", Family.LEADERSHIP) in got
    # with the possessive the title is the state's
    got = stated("Chile's Foreign Minister, Arno Vesk, met the Peruvian envoy.", spec)
    assert ("Arno Vesk", "Chile", Family.MEMBERSHIP) in got


def test_severing_ties_is_diplomacy_once():
    """Ending a tie is an act of diplomacy (the settled gold convention): one tie, not a second hostile one."""
    for verb in ("severed diplomatic relations with", "cut ties with", "broke off diplomatic ties with"):
        got = stated(f"Peru {verb} Chile on Tuesday.", {**PE, **CL})
        assert {f for a, b, f in got if {a, b} == {"Peru", "Chile"}} == {Family.DIPLOMACY}, verb
    got = stated("Peru suspended security cooperation with Chile on Tuesday.", {**PE, **CL})
    assert Family.DIPLOMACY not in {f for a, b, f in got if {a, b} == {"Peru", "Chile"}}
    # pressing others to cut their ties is hostile to the one they are to cut
    spec = {**PE, **CL, "Arno Vesk": (OFF, ["Arno Vesk"])}
    got = stated("Arno Vesk urged Peru to break all diplomatic ties to Chile.", spec)
    assert ("Arno Vesk", "Chile", Family.HOSTILITY) in got
    # a measure against trade is still hostile
    got = stated("Peru halted all trade with Chile on Tuesday.", {**PE, **CL})
    assert Family.HOSTILITY in {f for a, b, f in got if {a, b} == {"Peru", "Chile"}}


def test_a_report_closing_its_sentence_is_about_the_main_clause():
    spec = {**PE, **CL, **WIRE, "Pacific League": (P, ["Pacific League"])}
    got = stated(
        "LIMA (Andes Wire) - Peru said on Wednesday it would not attend meetings of a Chilean-led military "
        "alliance and that it had no permanent representation at the bloc under a de facto freeze of its "
        "membership, Chilean state news agency Andes Wire reported.",
        spec,
    )
    assert ("Andes Wire", "Peru", Family.REPORTING) in got


def test_an_outlet_reporting_a_report_reports_the_inner_subject():
    spec = {**PE, **CL, **WIRE, "Tomas Arvo": (OFF, ["Tomas Arvo"])}
    got = stated("Tomas Arvo told reporters that Lima needed more details from Chile, Andes Wire reported.", spec)
    assert ("Andes Wire", "Peru", Family.REPORTING) in got
    assert ("Andes Wire", "Tomas Arvo", Family.REPORTING) in got
    # a body named only inside the inner subject's phrase is not what the outlet reports on
    got = stated(
        "Tomas Arvo said that the people of Chile are achieving great successes, Andes Wire claimed.", spec
    )
    assert frozenset(("Andes Wire", "Chile")) not in _pairs(got)
