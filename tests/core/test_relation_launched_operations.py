"""A named operation belongs to whoever launched it (issue 11, round BF, x-verbs86). Entities placed by hand;
invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relation_family_cues import _fams
from tests.core.test_relations import stated

S, P = Kind.STATE, Kind.PARTY
SPEC = {
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Ostland": (S, ["Ostland", "Ostlandic"]),
    "Operation Tern": (P, ["Operation Tern"]),
    "Varga Logistics": (P, ["Varga Logistics"]),
    "Operation Gannet": (P, ["Operation Gannet"]),
}


def test_launching_a_named_operation_makes_it_the_launchers():
    got = stated("Sylvania launched Operation Tern on Monday to bring its citizens home from Ostland.", SPEC)
    assert _fams(got, "Operation Tern", "Sylvania") == {Family.MEMBERSHIP}
    got = stated("Two ships reached the port under Operation Tern, launched by Sylvania last week.", SPEC)
    assert _fams(got, "Operation Tern", "Sylvania") == {Family.MEMBERSHIP}


def test_launching_anything_else_is_no_membership():
    got = stated("Sylvania launched missiles at Ostland on Monday.", SPEC)
    assert Family.MEMBERSHIP not in _fams(got, "Sylvania", "Ostland")
    got = stated("Sylvania launched Varga Logistics on Monday.", SPEC)
    assert Family.MEMBERSHIP not in _fams(got, "Sylvania", "Varga Logistics")
    got = stated("Sylvania praised Operation Tern on Monday.", SPEC)
    assert Family.MEMBERSHIP not in _fams(got, "Sylvania", "Operation Tern")


def test_an_operation_is_never_filed_under_another_operation():
    got = stated(
        "Sylvania did not launch Operation Gannet until December. "
        "The company launched Operation Tern to cut costs at Varga Logistics.",
        SPEC,
    )
    assert Family.MEMBERSHIP not in _fams(got, "Operation Tern", "Operation Gannet")


def test_an_operation_named_before_a_launching_participle_is_the_launchers():
    for sentence in (
        "'Operation Tern', launched by Sylvania, ended on Monday.",
        "On the first day of Operation Tern launched by Sylvania, ships left the port.",
        "Operation Tern, conducted by Sylvania, ended on Monday.",
        "Operation Tern was launched by Sylvania in May.",
        "Operation Tern, which was launched by Sylvania in May, ended on Monday.",
    ):
        assert _fams(stated(sentence, SPEC), "Operation Tern", "Sylvania") == {Family.MEMBERSHIP}, sentence
    assert _fams(stated("Operation Tern was not launched by Sylvania.", SPEC), "Operation Tern", "Sylvania") == set()


def test_the_operation_launched_is_the_one_named_before():
    text = "Ships for Operation Tern reached the port on Monday. Sylvania launched the operation to help citizens."
    assert _fams(stated(text, SPEC), "Operation Tern", "Sylvania") == {Family.MEMBERSHIP}
    text = "Ships for Operation Tern reached the port on Monday. Ostland criticised the operation."
    assert Family.MEMBERSHIP not in _fams(stated(text, SPEC), "Operation Tern", "Ostland")
