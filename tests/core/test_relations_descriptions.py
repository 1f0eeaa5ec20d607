"""Ties stated through descriptions and second clauses (issue 11): 'the ministry', 'the kingdom', ship lists,
outlets told, seats of bodies, acts on ships named by their owner. Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OFF, V = Kind.STATE, Kind.PARTY, Kind.OFFICIAL, Kind.VESSEL
PE = {"Peru": (S, ["Peru", "Peruvian", "Lima"])}
CL = {"Chile": (S, ["Chile", "Chilean"])}
BO = {"Bolivia": (S, ["Bolivia", "Bolivian"])}
KELPO = {"Kelpo": (V, ["Kelpo"])}


def test_watching_a_ship_is_enforcement_but_watching_a_state_is_not():
    got = stated(
        "The Peruvian Navy is tracking the Chilean tanker Kelpo.",
        {"Peruvian Navy": (P, ["Peruvian Navy"]), **CL, **KELPO},
    )
    assert ("Peruvian Navy", "Kelpo", Family.ENFORCEMENT) in got
    got = stated("The Peruvian Navy is tracking Chile.", {"Peruvian Navy": (P, ["Peruvian Navy"]), **CL})
    assert not {f for _, _, f in got} & {Family.ENFORCEMENT}


def test_ships_listed_after_a_dash_under_a_plural_ship_word_are_the_states():
    spec = {**PE, "Lomo": (V, ["Lomo"]), "Arvi": (V, ["Arvi"]), "Pelta": (V, ["Pelta"]), "Kelt": (S, ["Kelt"])}
    got = stated("Photos show three Peruvian ships - the Lomo, Arvi, and Pelta - docked at the port of Kelt.", spec)
    for ship in ("Lomo", "Arvi", "Pelta"):
        assert (ship, "Peru", Family.MEMBERSHIP) in got
    assert ("Kelt", "Peru", Family.MEMBERSHIP) not in got


def test_ships_listed_with_including_under_a_plural_ship_word():
    spec = {**CL, "Riveros": (V, ["Almirante Riveros"]), "Tolo": (V, ["Tolo"])}
    got = stated(
        "A group of four Chilean naval vessels, including the Almirante Riveros frigate and the Tolo submarine, "
        "will arrive next week.",
        spec,
    )
    assert ("Riveros", "Chile", Family.MEMBERSHIP) in got
    assert ("Tolo", "Chile", Family.MEMBERSHIP) in got


def test_a_plural_ship_word_without_a_list_ties_nothing_new():
    got = stated("Two Chilean ships, which were old, sailed past the Kelpo.", {**CL, **KELPO})
    assert ("Kelpo", "Chile", Family.MEMBERSHIP) not in got


def test_the_outlet_told_reports_what_sources_said():
    spec = {"Red Hand": (P, ["Red Hand"]), **BO, "Lima Post": (P, ["Lima Post"])}
    got = stated("The Red Hand has left Bolivia, security sources told the Lima Post on Monday.", spec)
    assert ("Lima Post", "Red Hand", Family.REPORTING) in got


def test_officials_confirming_to_an_outlet_are_reported_by_it():
    spec = {**PE, **KELPO, "Lima Post": (P, ["Lima Post"])}
    got = stated("Peru has seized the tanker Kelpo, Peruvian officials have confirmed to the Lima Post.", spec)
    assert ("Lima Post", "Peru", Family.REPORTING) in got


def test_a_state_told_something_is_no_outlet():
    got = stated("Arno Vesk told Chile that Peru would not attend.", {"Arno Vesk": (OFF, ["Arno Vesk"]), **CL, **PE})
    assert ("Chile", "Peru", Family.REPORTING) not in got


def test_sinking_a_ship_named_by_its_owner_is_hostility_to_the_owner():
    got = stated(
        "Ukrainian sea drones hit and sank a Russian patrol ship.",
        {"Ukraine": (S, ["Ukrainian"]), "Russia": (S, ["Russian"])},
    )
    assert ("Ukraine", "Russia", Family.HOSTILITY) in got


def test_a_body_seated_in_a_state_through_a_relative_clause_and_its_controller():
    spec = {"Norland Ltd": (P, ["Norland Ltd"]), "Malta": (S, ["Malta"]), "Arno Vesk": (OFF, ["Arno Vesk"])}
    got = stated("Norland Ltd, which is based in Malta and is controlled by Arno Vesk, was sanctioned.", spec)
    assert ("Norland Ltd", "Malta", Family.MEMBERSHIP) in got
    assert ("Arno Vesk", "Norland Ltd", Family.LEADERSHIP) in got


def test_affiliated_with_is_membership():
    got = stated(
        "The Kelpo, which is affiliated with Brava Lines, was hit by a missile.",
        {**KELPO, "Brava Lines": (P, ["Brava Lines"])},
    )
    assert ("Kelpo", "Brava Lines", Family.MEMBERSHIP) in got


def test_based_on_is_no_seat():
    spec = {"Brava Lines": (P, ["Brava Lines"]), "UN Panel": (P, ["UN Panel"])}
    got = stated("The list of Brava Lines was based on data from the UN Panel.", spec)
    assert not any(f is Family.MEMBERSHIP for _, _, f in got)


def test_the_ministry_stands_for_the_ministry_named_before():
    spec = {"Peruvian Ministry of Defence": (P, ["Peruvian Ministry of Defence"]), **PE, **CL}
    got = stated(
        "The Peruvian Ministry of Defence issued a statement on Monday. Later the ministry accused Chile of spying.",
        spec,
    )
    assert ("Peruvian Ministry of Defence", "Chile", Family.HOSTILITY) in got


def test_the_ministry_does_not_stand_for_a_body_of_another_name():
    spec = {"Red Hand": (P, ["Red Hand"]), **CL}
    got = stated("The Red Hand issued a statement on Monday. Later the ministry accused Chile of spying.", spec)
    assert ("Red Hand", "Chile", Family.HOSTILITY) not in got


def test_the_junta_stands_for_the_junta_named_before():
    spec = {"Bolivian junta": (P, ["Bolivian junta"]), **BO, **PE}
    got = stated("The Bolivian junta seized power in July. The junta expelled the Peruvian ambassador.", spec)
    assert ("Bolivian junta", "Peru", Family.DIPLOMACY) in got  # expelling a state's envoy (gold5-7 convention)


def test_the_kingdom_stands_for_the_kingdom_named_before_not_the_republic():
    spec = {"Saudi Arabia": (S, ["Saudi Arabia"]), "Yemen": (S, ["Yemen"]), "Ali Saleh": (OFF, ["Ali Saleh"])}
    got = stated(
        "Saudi Arabia sent a delegation to Yemen. It was led by the kingdom's ambassador to Yemen, Ali Saleh.", spec
    )
    assert ("Ali Saleh", "Saudi Arabia", Family.MEMBERSHIP) in got
    assert ("Ali Saleh", "Yemen", Family.MEMBERSHIP) not in got


def test_a_description_does_not_speak_as_a_reporter():
    spec = {"Lima Times": (P, ["Lima Times"]), **PE, **KELPO}
    got = stated("The Lima Times ran the story in May. The newspaper said Peru had seized the Kelpo.", spec)
    assert ("Lima Times", "Kelpo", Family.REPORTING) not in got
    assert ("Peru", "Kelpo", Family.ENFORCEMENT) in got


def test_rebels_in_a_state_belong_to_it_but_forces_sent_there_do_not():
    spec = {"Red Hand": (P, ["Red Hand"]), **BO}
    assert ("Red Hand", "Bolivia", Family.MEMBERSHIP) in stated(
        "Weapons were seized on their way to Red Hand rebels in Bolivia.", spec
    )
    assert ("Red Hand", "Bolivia", Family.MEMBERSHIP) not in stated("Red Hand forces in Bolivia were attacked.", spec)


def test_ordering_an_ambassador_to_leave_is_enforcement():
    spec = {"Peru": (S, ["Peru"]), **CL, "Arno Vesk": (OFF, ["Arno Vesk"])}
    got = stated("Peru's military leaders had told Chilean ambassador Arno Vesk to leave the country.", spec)
    assert ("Peru", "Arno Vesk", Family.ENFORCEMENT) in got
    assert ("Peru", "Arno Vesk", Family.ENFORCEMENT) not in stated("Peru asked Arno Vesk to visit the capital.", spec)


def test_two_names_joined_by_a_hyphen_before_a_relation_noun():
    assert ("Peru", "Chile", Family.HOSTILITY) in stated(
        "The accords do not address the Peruvian-Chilean dispute.", {**PE, **CL}
    )
    got = stated(
        "The leaders agreed to strengthen the Peru-Chile and Bolivia-Chile strategic alliances.", {**PE, **CL, **BO}
    )
    assert ("Peru", "Chile", Family.ALLIANCE) in got
    assert ("Bolivia", "Chile", Family.ALLIANCE) in got


def test_two_names_joined_before_a_plain_noun_are_not_tied():
    assert not stated("Talks on the Peru-Chile border ended.", {**PE, **CL})


def test_it_boarded_or_fired_at_is_the_ship_named_last():
    got = stated("The Kelpo sailed from Callao on Monday. Chilean forces boarded it two days later.", {**CL, **KELPO})
    assert ("Chile", "Kelpo", Family.ENFORCEMENT) in got
    got = stated("The Kelpo sailed from Callao on Monday. Chile praised it.", {**CL, **KELPO})
    assert not got


def test_a_person_telling_an_outlet_is_the_reporter_not_the_outlet():
    spec = {"Arno Vesk": (OFF, ["Arno Vesk"]), "Lima Post": (P, ["Lima Post"]), **PE, **KELPO}
    got = stated("Arno Vesk told the Lima Post that Peru had seized the Kelpo.", spec)
    assert ("Arno Vesk", "Kelpo", Family.REPORTING) in got
    assert ("Kelpo", "Lima Post", Family.REPORTING) not in got
    # the outlet he speaks to reports him and the parties of his words (newest gold: r15, r19 and r21 reviews)
    assert ("Lima Post", "Arno Vesk", Family.REPORTING) in got
    assert ("Lima Post", "Kelpo", Family.REPORTING) in got


def test_sanctions_on_a_firm_or_person_are_enforcement_on_a_state_hostility():
    spec = {**PE, **CL, "Norland Ltd": (P, ["Norland Ltd"]), "Arno Vesk": (OFF, ["Arno Vesk"])}
    got = stated("Peru imposed sanctions against Norland Ltd and its owner Arno Vesk.", spec)
    assert ("Peru", "Norland Ltd", Family.ENFORCEMENT) in got
    assert ("Peru", "Arno Vesk", Family.ENFORCEMENT) in got
    assert ("Peru", "Chile", Family.HOSTILITY) in stated("Peru imposed sanctions on Chile.", spec)


def test_evading_a_bodys_sanctions_keeps_their_issuer_hostile():
    spec = {**PE, "Andean Council": (P, ["Andean Council"])}
    got = stated("Peru has found new ways to evade Andean Council sanctions.", spec)
    assert ("Peru", "Andean Council", Family.ENFORCEMENT) not in got


def test_a_leader_of_a_group_is_a_member_but_a_former_head_led_it():
    spec = {"Red Hand": (P, ["Red Hand"]), "Arno Vesk": (OFF, ["Arno Vesk"])}
    got = stated("Arno Vesk, a leader of the Red Hand, said talks would go on.", spec)
    assert ("Arno Vesk", "Red Hand", Family.MEMBERSHIP) in got
    assert ("Arno Vesk", "Red Hand", Family.LEADERSHIP) not in got
    got = stated("Arno Vesk, a former head of the Red Hand, said talks would go on.", spec)
    assert ("Arno Vesk", "Red Hand", Family.LEADERSHIP) in got


def test_a_person_based_in_a_state_is_not_its_own():
    spec = {"Arno Vesk": (OFF, ["Arno Vesk"]), "Chilean": (S, ["Chile"])}
    got = stated("Arno Vesk, a senior diplomat based in Chile, was recalled.", spec)
    assert ("Arno Vesk", "Chilean", Family.MEMBERSHIP) not in got


def test_a_ship_named_in_a_relative_clause_is_what_a_report_is_about():
    spec = {"Chilean Ministry of Foreign Affairs": (P, ["Chilean Foreign Ministry"]), **KELPO}
    got = stated("The Chilean Foreign Ministry confirmed the ship, which was named Kelpo, sank near Arica.", spec)
    assert ("Chilean Ministry of Foreign Affairs", "Kelpo", Family.REPORTING) in got


def test_cited_as_saying_reports_the_clause_said():
    spec = {"Andean Times": (P, ["Andean Times"]), **KELPO}
    got = stated("The Andean Times cited a naval source as saying that the Kelpo had been attacked.", spec)
    assert ("Andean Times", "Kelpo", Family.REPORTING) in got


def test_quoting_a_named_person_reports_him_not_his_words(monkeypatch):
    """The rules' reading; the learned pair layer (measured on real sets, not on invented sentences) is off here: the
    one retrained with blind set 14 in adds the outlet -> Chile pair on this sentence."""
    import core.extract.relations as relations

    monkeypatch.setattr(relations, "pair_model", lambda: None)
    spec = {"Andean Times": (P, ["Andean Times"]), "Arno Vesk": (OFF, ["Arno Vesk"]), **CL}
    got = stated("The Andean Times quoted Arno Vesk as saying that Chile had closed its border.", spec)
    assert ("Andean Times", "Chile", Family.REPORTING) not in got


def test_a_close_ally_in_an_apposition_and_one_of_a_states_firms():
    spec = {**PE, "Arno Vesk": (OFF, ["Arno Vesk"]), "Bela Lund": (OFF, ["Bela Lund"])}
    got = stated("Arno Vesk, a senior military figure and close ally of Peruvian leader Bela Lund, took command.", spec)
    assert ("Arno Vesk", "Bela Lund", Family.ALLIANCE) in got
    got = stated(
        "The Norland Group, one of Peru's largest conglomerates, was sanctioned.",
        {**PE, "Norland Group": (P, ["Norland Group"])},
    )
    assert ("Norland Group", "Peru", Family.MEMBERSHIP) in got


def test_founded_in_a_state_is_membership():
    got = stated(
        "The second company, Norland Ltd, was founded in Peru in 2017.", {**PE, "Norland Ltd": (P, ["Norland Ltd"])}
    )
    assert ("Norland Ltd", "Peru", Family.MEMBERSHIP) in got


def test_ambassador_to_a_state_with_the_name_after_it_reads_the_right_way():
    spec = {**PE, **CL, "Arno Vesk": (OFF, ["Arno Vesk"])}
    got = stated("Concerns were also raised by Peruvian Ambassador to Chile Arno Vesk at a meeting on Monday.", spec)
    assert ("Arno Vesk", "Chile", Family.DIPLOMACY) in got
    assert ("Arno Vesk", "Peru", Family.MEMBERSHIP) in got
    assert ("Arno Vesk", "Chile", Family.MEMBERSHIP) not in got
    assert ("Peru", "Arno Vesk", Family.DIPLOMACY) not in got


def test_a_state_owning_a_border_with_another_is_one_of_the_two_countries():
    text = "Fighting along Peru's border with Chile worsened the tensions between the two countries."
    got = stated(text, {**PE, **CL})
    assert {(a, b) for a, b, f in got if f is Family.HOSTILITY} & {("Peru", "Chile"), ("Chile", "Peru")}


def test_a_border_with_a_place_a_demonym_qualifies_names_no_second_side():
    text = "Peru sent troops to Chile's border with the Bolivian enclave, raising tensions between the two countries."
    got = stated(text, {**PE, **CL, **BO})
    assert not {(a, b) for a, b, f in got if f is Family.HOSTILITY} & {("Chile", "Bolivia"), ("Bolivia", "Chile")}
