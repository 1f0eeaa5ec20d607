"""A named body chaired or co-chaired by named sides, read on the surface (round BJ, x-by120): each chair -> the body,
LEADERSHIP; a meeting chaired names no body, and a list that runs into another verb stops there."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated

_SPEC = {
    "Freedonia": (S, ["Freedonia"]),
    "Sylvania": (S, ["Sylvania"]),
    "Osterlich": (S, ["Osterlich"]),
    "Lenders Forum": (P, ["Lenders Forum", "LF"]),
    "Harbour Institute": (P, ["Harbour Institute"]),
    "Anna Voss": (OFF, ["Anna Voss"]),
}


def test_a_body_co_chaired_by_listed_states():
    got = stated(
        "The debt plan still needs approval from the Lenders Forum (LF), which was co-chaired by Freedonia, Sylvania "
        "and Osterlich until May.",
        _SPEC,
    )
    for state in ("Freedonia", "Sylvania", "Osterlich"):
        assert (state, "Lenders Forum", Family.LEADERSHIP) in got, (state, got)


def test_a_body_chaired_by_a_person_in_a_list():
    got = stated(
        "Police raided the offices of several groups, including the Harbour Institute, chaired by Anna Voss.", _SPEC
    )
    assert ("Anna Voss", "Harbour Institute", Family.LEADERSHIP) in got, got


def test_a_meeting_or_a_list_running_on_names_no_chair():
    got = stated("The meeting, co-chaired by Freedonia and Sylvania, ended late.", _SPEC)
    assert not any(f is Family.LEADERSHIP for *_, f in got), got
    got = stated("Sylvania welcomed the talks co-chaired by Freedonia and the Lenders Forum.", _SPEC)
    assert ("Freedonia", "Lenders Forum", Family.LEADERSHIP) not in got, got


def test_a_possessor_after_by_is_no_chair():
    text = "Talks opened with the Lenders Forum (LF), which is co-chaired by Freedonia's finance minister."
    got = stated(text, _SPEC)
    assert ("Freedonia", "Lenders Forum", Family.LEADERSHIP) not in got, got


def test_the_next_clause_s_subject_is_no_chair():
    text = "After a session of the Lenders Forum chaired by Anna Voss, Freedonia announced new loans."
    got = stated(text, _SPEC)
    assert ("Freedonia", "Lenders Forum", Family.LEADERSHIP) not in got, got


def test_the_partner_of_talks_before_the_participle_is_no_body_chaired():
    """Review of round BJ, item 6: Osterlich may chair the talks, not the forum they were held with."""
    got = stated("Freedonia opened negotiations with the Lenders Forum chaired by Osterlich late on Tuesday.", _SPEC)
    assert ("Osterlich", "Lenders Forum", Family.LEADERSHIP) not in got, got
    got = stated("Freedonia opened negotiations with the Lenders Forum, which is chaired by Osterlich.", _SPEC)
    assert ("Osterlich", "Lenders Forum", Family.LEADERSHIP) in got, got
