"""An announcer's tie to whom its side's announced act is done takes the act's family (issue 11, x-fam20).
Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relation_family_cues import CL, PE, _fams
from tests.core.test_relations import stated

S, P, OFF, V = Kind.STATE, Kind.PARTY, Kind.OFFICIAL, Kind.VESSEL
MIN = {"Peruvian Ministry of Justice": (P, ["Peruvian Ministry of Justice", "Justice Ministry"])}
ARNO = {"Arno Vesk": (OFF, ["Arno Vesk", "Vesk"])}


def test_a_body_announcing_an_arrest_without_a_doer_enforces_it():
    got = stated(
        "Arno Vesk has been arrested in Lima on smuggling charges, the Justice Ministry said.", {**MIN, **ARNO}
    )
    assert _fams(got, "Peruvian Ministry of Justice", "Arno Vesk") == {Family.ENFORCEMENT}


def test_a_state_announcing_its_own_act_takes_the_act():
    spec = {**PE, "Condor Star": (V, ["Condor Star"])}
    got = stated("Peru said it had seized the Condor Star off its coast.", spec)
    assert _fams(got, "Peru", "Condor Star") == {Family.ENFORCEMENT}


def test_an_act_of_someone_else_stays_a_report():
    spec = {**MIN, **ARNO, **CL}
    got = stated("Chile has arrested Arno Vesk, the Justice Ministry said.", spec)
    assert Family.ENFORCEMENT not in _fams(got, "Peruvian Ministry of Justice", "Arno Vesk")
    # an unnamed doer is not the speaker either
    got = stated("The Justice Ministry said the rebels had detained Arno Vesk.", {**MIN, **ARNO})
    assert _fams(got, "Peruvian Ministry of Justice", "Arno Vesk") == {Family.REPORTING}


def test_an_outlet_keeps_reporting():
    spec = {**ARNO, "Lima Daily": (P, ["Lima Daily"])}
    got = stated("Arno Vesk has been arrested in Lima, the Lima Daily reported.", spec)
    assert Family.ENFORCEMENT not in _fams(got, "Lima Daily", "Arno Vesk")


def test_permission_to_a_ship_is_a_control_over_it():
    spec = {**PE, "Condor Star": (V, ["Condor Star"])}
    got = stated("Peru denied the Condor Star access to its territorial waters.", spec)
    assert _fams(got, "Peru", "Condor Star") == {Family.ENFORCEMENT}
    got = stated("Peru allowed the Condor Star to dock at Callao for two days.", spec)
    assert _fams(got, "Peru", "Condor Star") == {Family.ENFORCEMENT}
    got = stated("Peru granted permission for the tanker Condor Star to dock at Callao.", spec)
    assert _fams(got, "Peru", "Condor Star") == {Family.ENFORCEMENT}
    got = stated("Peru denied that the Condor Star had entered its waters.", spec)
    assert Family.ENFORCEMENT not in _fams(got, "Peru", "Condor Star")


def test_an_announced_refusal_of_a_ship_is_a_control_over_it():
    spec = {**ARNO, "Condor Star": (V, ["Condor Star"])}
    got = stated("Arno Vesk told reporters that the research ship Condor Star was not given permission to dock.", spec)
    assert _fams(got, "Arno Vesk", "Condor Star") == {Family.ENFORCEMENT}
    got = stated("Arno Vesk said the research ship Condor Star would be allowed to carry out work for two days.", spec)
    assert _fams(got, "Arno Vesk", "Condor Star") == {Family.ENFORCEMENT}


FM = {"Peruvian Foreign Ministry": (P, ["Peruvian Foreign Ministry", "foreign ministry", "Foreign Ministry"])}


def test_an_official_and_the_ministry_his_title_names_are_member_and_ministry():
    got = stated(
        "'Foreign Minister Arno Vesk decided to recall the ambassador,' the foreign ministry said.", {**FM, **ARNO}
    )
    assert _fams(got, "Arno Vesk", "Peruvian Foreign Ministry") == {Family.MEMBERSHIP}
    got = stated(
        "The Peruvian Foreign Ministry announced it was recalling Arno Vesk for consultations.", {**FM, **ARNO}
    )
    assert _fams(got, "Arno Vesk", "Peruvian Foreign Ministry") == {Family.MEMBERSHIP}
    spec = {**ARNO, "Peruvian Ministry of Defence": (P, ["Peruvian Ministry of Defence", "Defence Ministry"])}
    got = stated("The Defence Ministry issued a statement on behalf of its head Arno Vesk.", spec)
    assert _fams(got, "Arno Vesk", "Peruvian Ministry of Defence") == {Family.MEMBERSHIP}


def test_a_minister_of_another_domain_stays_a_report():
    got = stated("The foreign ministry said Interior Minister Arno Vesk had resigned.", {**FM, **ARNO})
    assert Family.MEMBERSHIP not in _fams(got, "Arno Vesk", "Peruvian Foreign Ministry")


def test_a_body_run_by_a_party_is_the_partys_own():
    spec = {"Andes Front": (P, ["Andes Front"]), "Sierra Radio": (P, ["Sierra Radio"])}
    got = stated("The talks were confirmed by the Andes Front-run Sierra Radio on Sunday.", spec)
    assert ("Sierra Radio", "Andes Front", Family.MEMBERSHIP) in got
    assert Family.LEADERSHIP not in _fams(got, "Sierra Radio", "Andes Front")


def test_arms_handed_over_are_trade():
    spec = {**PE, **CL}
    got = stated("Chile has received another air defence system from Peru.", spec)
    assert _fams(got, "Peru", "Chile") == {Family.TRADE}
    got = stated("Peru delivered twelve Leopard tanks to Chile.", spec)
    assert _fams(got, "Peru", "Chile") == {Family.TRADE}
    got = stated("Chile received a delegation from Peru.", spec)
    assert _fams(got, "Peru", "Chile") == {Family.DIPLOMACY}


def test_the_state_of_an_announcing_body_announces_with_it():
    spec = {**PE, **ARNO, "Peruvian Coast Guard": (P, ["Peruvian Coast Guard", "coast guard"])}
    got = stated("Arno Vesk was apprehended at sea on Monday, Peru's coast guard said.", spec)
    assert _fams(got, "Peruvian Coast Guard", "Arno Vesk") == {Family.ENFORCEMENT}
    assert _fams(got, "Peru", "Arno Vesk") == {Family.ENFORCEMENT}


def test_a_deputy_head_is_a_member():
    got = stated(
        "Arno Vesk, who was deputy prime minister of Peru between 2008 and 2012, is among the oligarchs.",
        {**PE, **ARNO},
    )
    assert _fams(got, "Arno Vesk", "Peru") == {Family.MEMBERSHIP}
    got = stated(
        "Arno Vesk, who was prime minister of Peru between 2008 and 2012, is among the oligarchs.", {**PE, **ARNO}
    )
    assert _fams(got, "Arno Vesk", "Peru") == {Family.LEADERSHIP}


def test_a_state_called_a_blocs_ally_is_its_member():
    spec = {**PE, **CL, "Andean Pact": (P, ["Andean Pact"])}
    got = stated("The dispute between Andean Pact allies Peru and Chile hit a new low on Sunday.", spec)
    assert _fams(got, "Peru", "Andean Pact") == {Family.MEMBERSHIP}


def test_the_head_of_a_states_unit_is_the_states_member():
    got = stated(
        '"This is crazy," Arno Vesk, head of the Peruvian consular section in Quito, told local press.', {**PE, **ARNO}
    )
    assert _fams(got, "Arno Vesk", "Peru") == {Family.MEMBERSHIP}
    got = stated("Arno Vesk, head of the Peruvian government, met the press.", {**PE, **ARNO})
    assert _fams(got, "Arno Vesk", "Peru") == {Family.LEADERSHIP}


def test_sanctions_on_a_firm_are_enforcement_even_beside_its_state():
    spec = {**PE, "Andes Trading": (P, ["Andes Trading"]), "Northern Union": (P, ["Northern Union"])}
    got = stated("The Northern Union imposed sanctions on Andes Trading in Peru for supplying drones.", spec)
    assert _fams(got, "Northern Union", "Andes Trading") == {Family.ENFORCEMENT}
    got = stated("The Northern Union imposed sanctions on Peru.", spec)
    assert _fams(got, "Northern Union", "Peru") == {Family.HOSTILITY}
