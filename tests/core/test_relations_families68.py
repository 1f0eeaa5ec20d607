"""Families, round BB (issue 11): a body or state reporting that a side's licence or right is taken back does it
(ENFORCEMENT); a denial with a 'that' clause reports on it; a vice-president or deputy read on the surface is a
member; an air flight is no defection. Entities placed by hand; invented sentences and names; pair layer off."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relation_family_cues import CL, PE, _fams
from tests.core.test_relations import stated

P, OFF = Kind.PARTY, Kind.OFFICIAL
AIRS = {
    "Alpha Air": (P, ["Alpha Air"]),
    "Beta Airways": (P, ["Beta Airways"]),
}
FED = {"Global Football Federation": (P, ["Global Football Federation"])}
AGENCY = {"Norland Press Agency": (P, ["Norland Press Agency"])}


def test_a_state_reporting_a_licence_revoked_takes_it_back():
    text = (
        "Peruvian aviation officials stated that the operating licences of Alpha Air and Beta Airways would be "
        "revoked over their part in the plot."
    )
    got = stated(text, {**PE, **AIRS})
    assert Family.ENFORCEMENT in _fams(got, "Peru", "Alpha Air")
    assert Family.ENFORCEMENT in _fams(got, "Peru", "Beta Airways")


def test_a_body_reporting_a_side_stripped_of_a_right_strips_it():
    got = stated(
        "Chile has been stripped of the right to host the youth cup, the Global Football Federation said.",
        {**CL, **FED},
    )
    assert Family.ENFORCEMENT in _fams(got, "Global Football Federation", "Chile")


def test_a_named_doer_an_outlet_or_a_person_takes_nothing_back():
    # the clause names who suspended it: the speaker only reports
    text = "Chile was suspended by the Global Football Federation on Monday, the Norland Press Agency said."
    got = stated(text, {**CL, **FED, **AGENCY})
    assert Family.ENFORCEMENT not in _fams(got, "Norland Press Agency", "Chile")
    # an outlet's report of a suspension is no act of the outlet
    got = stated("Chile has been suspended from the cup, the Norland Press Agency reported.", {**CL, **AGENCY})
    assert Family.ENFORCEMENT not in _fams(got, "Norland Press Agency", "Chile")
    # a person's word (a spokesman) reports; and a visit cancelled is no verb of taking back
    spec = {**CL, **PE, "Arno Vesk": (OFF, ["Arno Vesk"])}
    got = stated("Arno Vesk said that Chile was suspended with immediate effect.", spec)
    assert Family.ENFORCEMENT not in _fams(got, "Arno Vesk", "Chile")
    got = stated("Peru said that the visit of Chile's delegation had been cancelled.", spec)
    assert Family.ENFORCEMENT not in _fams(got, "Peru", "Chile")


def test_a_denial_with_a_clause_reports_on_the_clause():
    spec = {"Arno Vesk": (OFF, ["Arno Vesk"]), **AIRS}
    got = stated("Arno Vesk on Tuesday denied that he was blocking the flights by Alpha Air.", spec)
    assert Family.REPORTING in _fams(got, "Arno Vesk", "Alpha Air")
    assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Alpha Air")  # the denied act is not done


def test_a_denial_of_entry_is_no_report():
    got = stated("Peru denied entry to the Chilean delegation on Monday.", {**PE, **CL})
    assert Family.REPORTING not in _fams(got, "Peru", "Chile")


def test_a_vice_president_of_a_body_set_before_his_name_is_a_member():
    spec = {"Red Star Society": (P, ["Red Star Society"]), "Lin Morava": (OFF, ["Lin Morava"])}
    got = stated("The vice president of the Red Star Society, Lin Morava, joined the medical team.", spec)
    assert _fams(got, "Lin Morava", "Red Star Society") == {Family.MEMBERSHIP}
    spec = {"Norland Assembly": (P, ["Norland Assembly"]), "Ada Kerr": (OFF, ["Ada Kerr"])}
    got = stated("The accused included a Vice-President of the Norland Assembly, Ada Kerr, and her partner.", spec)
    assert _fams(got, "Ada Kerr", "Norland Assembly") == {Family.MEMBERSHIP}


def test_the_president_of_a_body_set_before_his_name_still_leads_it():
    spec = {"Red Star Society": (P, ["Red Star Society"]), "Lin Morava": (OFF, ["Lin Morava"])}
    got = stated("The president of the Red Star Society, Lin Morava, joined the medical team.", spec)
    assert _fams(got, "Lin Morava", "Red Star Society") == {Family.LEADERSHIP}


def test_air_flights_between_states_are_no_defection():
    got = stated("Peru agreed to resume direct flights between Peru and Chile next month.", {**PE, **CL})
    assert Family.DEFECTION not in _fams(got, "Peru", "Chile")


def test_bribes_paid_tie_the_payer_to_whom_the_officials_serve():
    got = stated("The firm Alpha Air paid bribes to officials in Chile to obtain the port deal.", {**CL, **AIRS})
    assert _fams(got, "Alpha Air", "Chile") == {Family.TRADE}
    got = stated("Prosecutors said Alpha Air bribed Peruvian officials to win the contract.", {**PE, **AIRS})
    assert Family.TRADE in _fams(got, "Alpha Air", "Peru")


def test_bribes_not_paid_tie_no_one():
    got = stated("The court found that Alpha Air did not pay bribes to officials in Chile.", {**CL, **AIRS})
    assert Family.TRADE not in _fams(got, "Alpha Air", "Chile")


def test_the_chief_of_an_armed_forces_staff_heads_the_force():
    spec = {"Peruvian military": (P, ["Peruvian military"]), "Arno Vesk": (OFF, ["Arno Vesk"])}
    got = stated("Gen. Arno Vesk, the Peruvian military's chief of staff, said the drills would bolster ties.", spec)
    assert _fams(got, "Arno Vesk", "Peruvian military") == {Family.LEADERSHIP}


def test_an_offices_chief_of_staff_is_a_member():
    spec = {"Presidential Office": (P, ["Presidential Office"]), "Lin Morava": (OFF, ["Lin Morava"])}
    got = stated("Lin Morava, chief of staff of the Presidential Office, said the talks went well.", spec)
    assert _fams(got, "Lin Morava", "Presidential Office") == {Family.MEMBERSHIP}


def test_flights_by_a_side_still_name_the_doer_of_a_verbs_object():
    # 'flight' is no relation noun now; its 'by' still names whose flights a verb's object is
    got = stated("Peru condemned the obstruction of extra flights by Chile as absurd.", {**PE, **CL})
    assert Family.HOSTILITY in _fams(got, "Peru", "Chile")
