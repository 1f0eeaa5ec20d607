"""'The Chilean vessel', 'the hijacked ship': which ship named earlier a description stands for (issue 11).
Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import pairs, stated

S, P, V = Kind.STATE, Kind.PARTY, Kind.VESSEL
PE = {"Peru": (S, ["Peru", "Peruvian"])}
CL = {"Chile": (S, ["Chile", "Chilean"])}
KELT = {"Kelt": (S, ["Kelt"])}


def test_a_ship_whose_navy_prefix_names_another_state_is_not_the_described_one():
    spec = {**PE, **CL, "Lomo": (V, ["Lomo"])}
    got = stated("Peruvian forces tracked the patrol ship BRP Lomo on Monday. The Chilean vessel rammed it.", spec)
    assert ("Lomo", "Chile", Family.MEMBERSHIP) not in got


def test_the_only_ship_named_without_a_flag_is_the_described_one():
    spec = {**PE, **CL, "Kelpo": (V, ["Kelpo"])}
    got = stated("The survey ship Kelpo entered Peruvian waters on Monday. The Chilean vessel left on Friday.", spec)
    assert ("Kelpo", "Chile", Family.MEMBERSHIP) in got


def test_an_unflagged_ship_among_flagged_ones_is_not_the_described_one():
    spec = {**PE, **CL, "Arvi": (V, ["Arvi"]), "Kelpo": (V, ["Kelpo"])}
    got = stated(
        "The Peruvian frigate Arvi escorted the survey ship Kelpo on Monday. The Chilean vessel left on Friday.", spec
    )
    assert ("Kelpo", "Chile", Family.MEMBERSHIP) not in got


def test_the_ship_a_clause_describes_is_not_its_subject():
    spec = {**KELT, "Arvi": (V, ["Arvi"]), "Kelpo": (V, ["Kelpo"])}
    got = pairs("The tanker Kelpo sailed from Kelt on Monday. The frigate Arvi intercepted the hijacked ship.", spec)
    # (intercepting a hijacked ship rescues it: ALLIANCE since round W, rescues.py; the tie is what is tested here)
    assert got.get(frozenset(("Arvi", "Kelpo")), set()) - {Family.ASSOCIATION}


def test_a_ship_named_inside_the_description_is_the_one_it_stands_for():
    spec = {**KELT, "Arvi": (V, ["Arvi"]), "Kelpo": (V, ["Kelpo"])}
    got = pairs("The frigate Arvi boarded the Kelpo shuttle tanker off Kelt on Monday.", spec)
    assert got.get(frozenset(("Arvi", "Kelpo")), set()) - {Family.ASSOCIATION}


def test_a_ship_word_right_before_a_name_is_that_name_s_title():
    spec = {**KELT, "Arvi": (V, ["Arvi"]), "Kelpo": (V, ["Kelpo"])}
    got = stated("The destroyer Arvi and the intelligence-gathering vessel Kelpo left Kelt on Monday.", spec)
    assert ("Arvi", "Arvi", Family.MEMBERSHIP) not in got
    assert not any(src == "Arvi" and tgt == "Kelpo" for src, tgt, _ in got)


def test_the_rebels_are_no_state_organ_named_nearby():
    spec = {**PE, "Peruvian Navy": (P, ["Peruvian Navy"])}
    got = stated("The Peruvian Navy patrolled the coast on Monday. Peru denies backing the rebels.", spec)
    assert ("Peru", "Peruvian Navy", Family.ALLIANCE) not in got


def test_the_one_group_named_nearby_is_still_the_group():
    spec = {**PE, "Red Hand": (P, ["Red Hand"])}
    got = stated("The Red Hand attacked a village on Monday. Peru admits backing the group.", spec)
    assert ("Peru", "Red Hand", Family.ALLIANCE) in got


def test_a_group_with_a_name_of_its_own_is_not_the_group_named_before():
    spec = {**PE, "Red Hand": (P, ["Red Hand"])}
    got = stated("The Red Hand attacked a village on Monday. Peru denies backing the Condor movement.", spec)
    assert ("Peru", "Red Hand", Family.ALLIANCE) not in got


def test_a_coast_guard_cutter_is_no_tanker():
    # 'USCGC' is written only before a coast guard's cutter: 'the tanker' after it is the tanker named before
    spec = {
        **KELT,
        "Kelt Coast Guard": (P, ["Kelt Coast Guard"]),
        "Arvi": (V, ["USCGC Arvi"]),
        "Kelpo": (V, ["Kelpo"]),
    }
    got = pairs(
        "The oil tanker Kelpo was sanctioned on Monday. It was tracked by USCGC Arvi. "
        "The tanker was chased by the Kelt Coast Guard.",
        spec,
    )
    assert got.get(frozenset(("Kelt Coast Guard", "Kelpo")), set()) - {Family.ASSOCIATION}
    assert not got.get(frozenset(("Kelt Coast Guard", "Arvi")), set()) - {Family.ASSOCIATION}


def test_the_tanker_is_the_ship_the_text_called_a_tanker():
    # 'the tanker' after 'the oil tanker X ... the Y' is X, which the text called a tanker, not the untyped Y, where X
    # was named in the sentence before (a ship called a tanker long before gives way to the one named last)
    spec = {**KELT, "Kelt Coast Guard": (P, ["Kelt Coast Guard"]), "Arvi": (V, ["Arvi"]), "Kelpo": (V, ["Kelpo"])}
    got = pairs(
        "The oil tanker Kelpo was sanctioned on Monday and sailed beside the Arvi. "
        "The tanker was chased by the Kelt Coast Guard.",
        spec,
    )
    assert got.get(frozenset(("Kelt Coast Guard", "Kelpo")), set()) - {Family.ASSOCIATION}
    assert not got.get(frozenset(("Kelt Coast Guard", "Arvi")), set()) - {Family.ASSOCIATION}


def test_a_second_participle_after_the_ship_s_name_says_its_flag():
    spec = {**KELT, "Kelpo": (V, ["KELPO"])}
    got = stated("The vessel, named KELPO and sailing under the flag of Kelt, was carrying corn.", spec)
    assert ("Kelpo", "Kelt", Family.MEMBERSHIP) in got


def test_flags_listed_as_those_of_states_are_the_ship_s_flags():
    spec = {**KELT, "Ruritania": (S, ["Ruritania"]), "Kelpo": (V, ["Kelpo"])}
    got = stated(
        "Officially stateless, the Kelpo evaded authorities by flying eight different flags at different times, "
        "including those of Kelt and Ruritania, the ministry said.",
        spec,
    )
    assert ("Kelpo", "Kelt", Family.MEMBERSHIP) in got
    assert ("Kelpo", "Ruritania", Family.MEMBERSHIP) in got
