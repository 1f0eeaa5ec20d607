"""Rules narrowed where they over-reached on new stories (issue 11, blind set 9): envoys' hosts, a counterpart's
holder, a demonym-described ship. Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, OFF, V = Kind.STATE, Kind.OFFICIAL, Kind.VESSEL
PE = {"Peru": (S, ["Peru", "Peruvian"])}
CL = {"Chile": (S, ["Chile", "Chilean"])}
BO = {"Bolivia": (S, ["Bolivia", "Bolivian"])}


def test_envoys_in_two_capitals_do_not_tie_the_hosts_to_each_other():
    got = stated(
        "Peru said it is recalling its ambassadors in Chile and Bolivia for consultations.", {**PE, **CL, **BO}
    )
    assert ("Chile", "Bolivia", Family.DIPLOMACY) not in got
    assert ("Bolivia", "Chile", Family.DIPLOMACY) not in got
    # the sending state is still tied to the host
    got = stated("The Peruvian ambassador in Chile was summoned.", {**PE, **CL})
    assert ("Peru", "Chile", Family.DIPLOMACY) in got


def test_his_counterpart_with_a_name_of_its_own_is_not_the_first_mans_title():
    spec = {
        **CL,
        **BO,
        "Ana Soto": (OFF, ["Ana Soto"]),
        "Luis Vera": (OFF, ["Luis Vera"]),
    }
    got = stated("It was announced by Chilean Foreign Minister Ana Soto and her Bolivian counterpart Luis Vera.", spec)
    assert ("Ana Soto", "Bolivia", Family.MEMBERSHIP) not in got
    assert ("Ana Soto", "Bolivia", Family.LEADERSHIP) not in got
    assert ("Luis Vera", "Bolivia", Family.MEMBERSHIP) in got


def test_a_ship_described_by_one_state_is_not_the_ship_named_with_another():
    spec = {**PE, **CL, "Kelpo": (V, ["Kelpo"])}
    text = (
        "A Peruvian warship passed the Chilean destroyer Kelpo in the strait on Saturday. "
        "According to officials, the Peruvian ship's actions were unsafe."
    )
    got = stated(text, spec)
    assert ("Kelpo", "Peru", Family.MEMBERSHIP) not in got
    # the same words with the ship's own state still stand for the ship named last
    got = stated(text.replace("the Peruvian ship", "the Chilean ship"), spec)
    assert ("Kelpo", "Chile", Family.MEMBERSHIP) in got


def test_a_firms_spokesman_named_with_the_firms_state_is_the_firms_not_the_states():
    spec = {**PE, "Andes Oil Company": (Kind.PARTY, ["Andes Oil Company"]), "Luis Vera": (OFF, ["Luis Vera"])}
    got = stated("Peru's Andes Oil Company spokesman Luis Vera said the tanker had left.", spec)
    assert ("Luis Vera", "Andes Oil Company", Family.MEMBERSHIP) in got
    assert ("Andes Oil Company", "Peru", Family.MEMBERSHIP) in got
    assert ("Luis Vera", "Peru", Family.MEMBERSHIP) not in got
    # with no body named, the spokesman is the state's
    got = stated("Peruvian spokesman Luis Vera said the tanker had left.", {**PE, "Luis Vera": (OFF, ["Luis Vera"])})
    assert ("Luis Vera", "Peru", Family.MEMBERSHIP) in got
