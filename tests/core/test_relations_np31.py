"""Names and noun phrases (issue 11, blind set 24 classes): two listed names the parser hangs one on the other, a
plural noun set beside a list of names, the partners a venture lists, the names a meeting involves, a justice of a
court, a 'non-' modifier. Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OFF = Kind.STATE, Kind.PARTY, Kind.OFFICIAL
FIRMS = {
    "Peru": (S, ["Peru", "Peruvian"]),
    "Chile": (S, ["Chile"]),
    "Andes Energy": (P, ["Andes Energy"]),
    "Condor Energies": (P, ["Condor Energies"]),
    "Orca Petroleum": (P, ["Orca Petroleum"]),
    "Sun and Herald": (P, ["Sun and Herald"]),
    "Pacific News": (P, ["Pacific News"]),
}
PEOPLE = {
    "Ivan Novak": (OFF, ["Ivan Novak"]),
    "Ana Lopez": (OFF, ["Ana Lopez"]),
    "Juan Perez": (OFF, ["Juan Perez"]),
    "Lima Court of Appeal": (P, ["Lima Court of Appeal"]),
    "Peru": (S, ["Peru", "Peruvian"]),
    "Chile": (S, ["Chile", "Chilean"]),
}


def _members(got):
    return {(a, b) for a, b, f in got if f is Family.MEMBERSHIP}


def test_two_listed_names_are_not_one_inside_the_other():
    # (the parser hangs 'Herald' on 'News': the 'and' between them lists two papers)
    got = stated(
        "The inquiry was set up after a series of media reports in the Sun and Herald and Pacific News cited "
        "sources who alleged that Chile meddled.",
        FIRMS,
    )
    assert ("Pacific News", "Sun and Herald") not in _members(got)
    assert ("Sun and Herald", "Pacific News") not in _members(got)


def test_a_plural_noun_beside_a_list_gives_each_name_its_home():
    got = stated("Two Peruvian firms, Andes Energy and Condor Energies, agreed to sell gas to Chile.", FIRMS)
    assert {("Andes Energy", "Peru"), ("Condor Energies", "Peru")} <= _members(got)
    assert ("Andes Energy", "Condor Energies") not in _members(got)
    assert ("Condor Energies", "Andes Energy") not in _members(got)


def test_the_partners_a_venture_lists_are_partners():
    got = stated(
        "The partners, which include oil giant Orca Petroleum and two Peruvian firms, Andes Energy and Condor "
        "Energies, have agreed to sell gas to Chile.",
        FIRMS,
    )
    for a, b in (("Orca Petroleum", "Andes Energy"), ("Orca Petroleum", "Condor Energies")):
        assert (a, b, Family.ALLIANCE) in got or (b, a, Family.ALLIANCE) in got
    assert ("Condor Energies", "Andes Energy", Family.MEMBERSHIP) not in got


def test_a_meeting_involving_listed_names_joins_them():
    got = stated(
        "The deal was discussed during trilateral talks involving Presidents Ivan Novak, Ana Lopez and Chilean "
        "leader Juan Perez.",
        PEOPLE,
    )
    for a, b in (("Ivan Novak", "Ana Lopez"), ("Ivan Novak", "Juan Perez"), ("Ana Lopez", "Juan Perez")):
        assert (a, b, Family.DIPLOMACY) in got or (b, a, Family.DIPLOMACY) in got


def test_a_justice_of_a_court_sits_on_it():
    got = stated("Commissioner Ana Lopez, a justice of the Lima Court of Appeal, issued a call to action.", PEOPLE)
    assert ("Ana Lopez", "Lima Court of Appeal") in _members(got)


def test_a_non_modifier_names_what_the_holder_is_not():
    got = stated("The victim was engineer Ivan Novak of Chile, the only non-Peruvian crew member.", PEOPLE)
    assert ("Ivan Novak", "Peru") not in _members(got)
    got = stated("The victim was Ivan Novak, a Peruvian crew member.", PEOPLE)
    assert ("Ivan Novak", "Peru") in _members(got)


def test_two_titled_names_listed_as_one_subject_both_act():
    # (the parser hangs 'Novak' on 'Perez', with 'Chilean President' as its conjunct: the 'and' lists them)
    got = stated(
        "Peruvian Prime Minister Ivan Novak and Chilean President Juan Carlos Perez met in Santiago on Monday.",
        {**PEOPLE, "Juan Carlos Perez": (OFF, ["Juan Carlos Perez"])},
    )
    a, b = "Ivan Novak", "Juan Carlos Perez"
    assert {(a, b, Family.DIPLOMACY), (b, a, Family.DIPLOMACY)} & got


BLOCS = {
    "Peru": (S, ["Peru"]),
    "Chile": (S, ["Chile"]),
    "Andean Union": (P, ["Andean Union"]),
}


def test_a_role_set_on_a_noun_for_states_ties_the_state_to_the_body():
    got = stated("Peru is an Andean Union candidate country, but talks have stalled.", BLOCS)
    assert ("Peru", "Andean Union", Family.DIPLOMACY) in got
    assert ("Peru", "Andean Union", Family.MEMBERSHIP) not in got
    got = stated("Peru and Chile, two Andean Union member countries, signed the deal.", BLOCS)
    assert {("Peru", "Andean Union"), ("Chile", "Andean Union")} <= _members(got)
    got = stated("Peru is an Andean Union partner country.", BLOCS)
    assert ("Peru", "Andean Union", Family.ALLIANCE) in got


def test_a_chipmaker_set_beside_a_firm_names_its_home():
    got = stated("Andes Energy, a Peruvian chipmaker, was ordered to sell the plant.", FIRMS)
    assert ("Andes Energy", "Peru") in _members(got)


def test_names_listed_after_member_states_beside_a_body_are_no_members():
    # 'X member states, the Y bloc, A and B': the list names parties beside the member states, not members
    spec = {**BLOCS, "Bolivia": (S, ["Bolivia"]), "Pacific Forum": (P, ["Pacific Forum"])}
    got = stated(
        "Talks next week will bring together Andean Union member states, the Pacific Forum, Peru, Chile and Bolivia "
        "on river pollution.",
        spec,
    )
    for state in ("Peru", "Chile", "Bolivia"):
        assert (state, "Andean Union") not in _members(got), state


def test_states_listed_before_other_member_states_of_a_bloc_are_members():
    # 'A, B and other X member states': the conjuncts before the noun include the bloc's own name, yet no other body
    spec = {**BLOCS, "Bolivia": (S, ["Bolivia"])}
    got = stated("Peru, Bolivia and other Andean Union member states protested the tariff.", spec)
    assert {("Peru", "Andean Union"), ("Bolivia", "Andean Union")} <= _members(got)
    got = stated("Chile and other Andean Union member countries sent observers.", BLOCS)
    assert ("Chile", "Andean Union") in _members(got)
