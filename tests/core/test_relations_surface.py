"""Title ties read from the words between two neighbouring names, where the parse gives none (issue 11)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, V, stated


def test_a_possessive_title_set_off_by_commas_ties_the_holder_to_the_state():
    got = stated(
        "Norway's Minister of Trade, Ingrid Halvorsen, rejected the claims on Monday.",
        {"Norway": (S, ["Norway"]), "Ingrid Halvorsen": (OFF, ["Ingrid Halvorsen"])},
    )
    assert ("Ingrid Halvorsen", "Norway", Family.MEMBERSHIP) in got


def test_a_title_before_a_body_and_its_acronym_ties_the_person_to_the_body():
    got = stated(
        "The ship was stopped, Deputy Director General of the Harbour Safety Board (HSB) Lars Teder said.",
        {"Harbour Safety Board": (P, ["Harbour Safety Board", "HSB"]), "Lars Teder": (OFF, ["Lars Teder"])},
    )
    assert ("Lars Teder", "Harbour Safety Board", Family.MEMBERSHIP) in got


def test_a_title_after_a_caption_position_reads_the_state_after_of():
    got = stated(
        "Pedro Alves (left), Interior Minister of Portugal, greeted the visitors at the airport.",
        {"Pedro Alves": (OFF, ["Pedro Alves"]), "Portugal": (S, ["Portugal"])},
    )
    assert ("Pedro Alves", "Portugal", Family.MEMBERSHIP) in got


def test_its_before_a_title_is_the_body_named_last_not_the_country():
    got = stated(
        "The listing names Kestrel Holdings, which runs ports in Chile, and its chief executive Marta Ruiz.",
        {
            "Kestrel Holdings": (P, ["Kestrel Holdings"]),
            "Chile": (S, ["Chile"]),
            "Marta Ruiz": (OFF, ["Marta Ruiz"]),
        },
    )
    assert any(src == "Marta Ruiz" and tgt == "Kestrel Holdings" for src, tgt, _ in got)
    assert not any(src == "Marta Ruiz" and tgt == "Chile" for src, tgt, _ in got)


def test_a_deputy_title_is_membership_and_a_demonym_inside_the_body_is_not_the_holders_state():
    got = stated(
        "The deal was struck by Pavel Orlov, the deputy chairman of Ruritanian shipping giant Seabridge.",
        {"Pavel Orlov": (OFF, ["Pavel Orlov"]), "Ruritania": (S, ["Ruritanian"]), "Seabridge": (P, ["Seabridge"])},
    )
    assert ("Pavel Orlov", "Ruritania", Family.MEMBERSHIP) not in got
    assert ("Pavel Orlov", "Ruritania", Family.LEADERSHIP) not in got
    assert ("Pavel Orlov", "Seabridge", Family.MEMBERSHIP) in got


def test_a_relation_noun_between_two_names_ties_them():
    got = stated(
        "Analysts said the crisis began with Ruritania's blockade of Freedonia in the spring of last year.",
        {"Ruritania": (S, ["Ruritania"]), "Freedonia": (S, ["Freedonia"])},
    )
    assert ("Ruritania", "Freedonia", Family.HOSTILITY) in got


def test_a_flag_state_on_a_seized_ship_is_not_the_target_of_the_seizure():
    got = stated(
        "Freedonian commandos seized a Panama-flagged tanker in the strait on Tuesday.",
        {"Freedonia": (S, ["Freedonian"]), "Panama": (S, ["Panama"])},
    )
    assert not any(fam is Family.ENFORCEMENT for _, _, fam in got)


def test_a_request_to_act_is_not_the_act():
    got = stated(
        "The opposition leader asked Norway to increase pressure on Ruritania over the arrests.",
        {"Norway": (S, ["Norway"]), "Ruritania": (S, ["Ruritania"])},
    )
    assert ("Norway", "Ruritania", Family.HOSTILITY) not in got


def test_a_group_or_mission_described_by_its_state_belongs_to_it():
    got = stated(
        "The Bolivian paramilitary group Iron Wolves has left the region, diplomats said.",
        {"Bolivia": (S, ["Bolivian"]), "Iron Wolves": (P, ["Iron Wolves"])},
    )
    assert ("Iron Wolves", "Bolivia", Family.MEMBERSHIP) in got
    got = stated(
        "Operation Seawatch, the African Union naval mission off the coast, rescued the crew.",
        {"Operation Seawatch": (P, ["Operation Seawatch"]), "African Union": (P, ["African Union"])},
    )
    assert ("Operation Seawatch", "African Union", Family.MEMBERSHIP) in got


def test_a_trailing_participle_is_done_to_the_subject_of_its_clause():
    got = stated(
        "The junta stayed in power for a decade, backed by Russia and China.",
        {"Russia": (S, ["Russia"]), "China": (S, ["China"]), "junta": (P, ["junta"])},
    )
    assert ("Russia", "junta", Family.ALLIANCE) in got
    assert ("China", "junta", Family.ALLIANCE) in got


def test_its_before_a_role_ties_a_body_to_the_state_named_before():
    got = stated(
        "The new rules weaken Iran and its proxy Hezbollah in the region.",
        {"Iran": (S, ["Iran"]), "Hezbollah": (P, ["Hezbollah"])},
    )
    assert any(src == "Hezbollah" and tgt == "Iran" for src, tgt, _ in got)


def test_a_meeting_held_between_two_people_is_diplomacy():
    got = stated(
        "Such plans were discussed during a meeting held in May last year between Brazil's Luiz Lula and "
        "Gabriel Boric.",
        {
            "Brazil": (S, ["Brazil"]),
            "Chile": (S, ["Chile"]),
            "Luiz Lula": (OFF, ["Luiz Lula"]),
            "Gabriel Boric": (OFF, ["Gabriel Boric"]),
        },
    )
    assert ("Luiz Lula", "Gabriel Boric", Family.DIPLOMACY) in got


def test_a_state_agency_known_by_an_acronym_belongs_to_the_state():
    got = stated(
        "The pilot spoke in a video released by Norway's military intelligence agency, known as NIS.",
        {"Norway": (S, ["Norway"]), "NIS": (P, ["NIS"])},
    )
    assert ("NIS", "Norway", Family.MEMBERSHIP) in got


def test_a_bare_navy_belongs_to_the_state_the_article_names_most():
    got = stated(
        "Estonia detained the tanker on Friday. Estonia said the ship had no flag. "
        "A Russian jet flew over Estonia's waters, the Navy said.",
        {"Estonia": (S, ["Estonia"]), "Russia": (S, ["Russian"]), "Navy": (P, ["Navy"])},
    )
    assert ("Navy", "Estonia", Family.MEMBERSHIP) in got
    assert ("Navy", "Russia", Family.MEMBERSHIP) not in got


def test_a_group_holding_areas_of_a_country_controls_part_of_it():
    got = stated(
        "Drones were launched from Taliban-controlled regions of Afghanistan.",
        {"Taliban": (P, ["Taliban"]), "Afghanistan": (S, ["Afghanistan"])},
    )
    assert ("Taliban", "Afghanistan", Family.LEADERSHIP) in got


def test_a_speakers_claim_about_an_attack_is_not_the_attack():
    got = stated(
        "The Crimson Front claimed the strike against Norway on its channel.",
        {"Crimson Front": (P, ["Crimson Front"]), "Norway": (S, ["Norway"])},
    )
    assert ("Crimson Front", "Norway", Family.HOSTILITY) not in got


def test_a_second_titled_person_with_its_own_state_does_not_take_the_first_ones():
    got = stated(
        "The emir spoke with Qatar's Tamim bin Hamad and Saudi Arabia's Crown Prince Mohammed bin Salman on Monday.",
        {
            "Qatar": (S, ["Qatar"]),
            "Tamim bin Hamad": (OFF, ["Tamim bin Hamad"]),
            "Saudi Arabia": (S, ["Saudi Arabia"]),
            "Mohammed bin Salman": (OFF, ["Mohammed bin Salman"]),
        },
    )
    assert not any(src == "Mohammed bin Salman" and tgt == "Qatar" for src, tgt, _ in got)
    assert any(src == "Mohammed bin Salman" and tgt == "Saudi Arabia" for src, tgt, _ in got)


def test_its_ships_including_a_named_one_belong_to_the_owner_of_its():
    got = stated(
        "Seabridge Lines and many of its ships, including the Polar Dawn, were listed by the European Union.",
        {
            "Seabridge Lines": (P, ["Seabridge Lines"]),
            "Polar Dawn": (V, ["Polar Dawn"]),
            "European Union": (P, ["European Union"]),
        },
    )
    assert ("Polar Dawn", "Seabridge Lines", Family.MEMBERSHIP) in got


def test_a_title_with_a_portfolio_of_plain_nouns_reaches_the_state_after_for():
    got = stated(
        "Juan Soto, vice-minister of mines and energy for Peru, said on Monday that the talks had failed.",
        {"Juan Soto": (OFF, ["Juan Soto"]), "Peru": (S, ["Peru"])},
    )
    assert ("Juan Soto", "Peru", Family.MEMBERSHIP) in got


def test_a_mediator_named_after_a_state_serves_it():
    got = stated(
        "The plan proposed by Peruvian mediator Juan Soto aims to settle the claims.",
        {"Juan Soto": (OFF, ["Juan Soto"]), "Peru": (S, ["Peru", "Peruvian"])},
    )
    assert ("Juan Soto", "Peru", Family.MEMBERSHIP) in got


def test_a_role_after_plain_nouns_of_its_unit_ties_the_holder_to_the_owner():
    spec = {"Juan Soto": (OFF, ["Juan Soto"]), "Andean Council": (P, ["Andean Council"])}
    got = stated(
        "The Andean Council's ship operations and campaign director, Juan Soto, said the ships had fled.", spec
    )
    assert ("Juan Soto", "Andean Council", Family.MEMBERSHIP) in got
    got = stated("The Andean Council's country director, Juan Soto, said in a statement.", spec)
    assert any(a == "Juan Soto" and b == "Andean Council" for a, b, _ in got)


def test_plain_nouns_without_a_role_make_no_title():
    spec = {"Juan Soto": (OFF, ["Juan Soto"]), "Andean Council": (P, ["Andean Council"])}
    got = stated("The Andean Council's new ship, Juan Soto said, had fled.", spec)
    assert ("Juan Soto", "Andean Council", Family.MEMBERSHIP) not in got
