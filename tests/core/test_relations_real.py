"""Relation classes seen in real news (issue 11): roles read in the right direction, flags, owners, boarding and
listing, state organs, descriptions that stand for entities named nearby, speakers' statements."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, V, pairs, stated

DUPONT = {
    "France": (S, ["France", "French"]),
    "Venezuela": (S, ["Venezuela", "Caracas"]),
    "Jean Dupont": (OFF, ["Jean Dupont"]),
}


def test_an_ambassador_to_a_capital_reads_sender_host_and_holder_in_the_right_direction():
    got = stated("The French ambassador to Caracas, Jean Dupont, said the talks had failed.", DUPONT)
    assert ("Jean Dupont", "France", Family.MEMBERSHIP) in got
    assert ("Jean Dupont", "Venezuela", Family.DIPLOMACY) in got
    assert ("France", "Venezuela", Family.DIPLOMACY) in got
    assert not any(src == "France" and tgt == "Jean Dupont" for src, tgt, _ in got)


def test_a_special_representative_for_a_country_is_a_brief_not_a_posting():
    got = stated(
        "Elliott Abrams, the U.S. special representative for Venezuela, spoke on Monday.",
        {"United States": (S, ["U.S."]), "Venezuela": (S, ["Venezuela"]), "Elliott Abrams": (OFF, ["Elliott Abrams"])},
    )
    assert ("United States", "Venezuela", Family.DIPLOMACY) not in got


def test_defending_a_seizure_is_the_seizure_not_an_alliance_with_the_ship():
    got = pairs(
        "Iran defended the seizure of the British tanker Stena Star, saying it had broken maritime rules.",
        {"Iran": (S, ["Iran"]), "United Kingdom": (S, ["British"]), "Stena Star": (V, ["Stena Star"])},
    )
    assert got[frozenset(("Iran", "Stena Star"))] == {Family.ENFORCEMENT}
    assert Family.ALLIANCE not in got.get(frozenset(("Iran", "United Kingdom")), set())


def test_supporting_sanctions_against_a_state_is_hostile_to_it():
    got = stated("Russia supported the sanctions against Iran.", {"Russia": (S, ["Russia"]), "Iran": (S, ["Iran"])})
    assert ("Russia", "Iran", Family.HOSTILITY) in got
    assert ("Russia", "Iran", Family.ALLIANCE) not in got


def test_sailing_under_a_flag_ties_the_ship_to_the_flag_state():
    got = stated(
        "The tanker Aurora, sailing under a Liberian flag, was boarded by Greek coast guards.",
        {"Aurora": (V, ["Aurora"]), "Liberia": (S, ["Liberian"]), "Greece": (S, ["Greek"])},
    )
    assert ("Aurora", "Liberia", Family.MEMBERSHIP) in got
    assert ("Greece", "Aurora", Family.ENFORCEMENT) in got


def test_flies_the_flag_of_ties_the_ship():
    got = stated(
        "The Ocean Star flies the flag of Panama.", {"Ocean Star": (V, ["Ocean Star"]), "Panama": (S, ["Panama"])}
    )
    assert ("Ocean Star", "Panama", Family.MEMBERSHIP) in got


def test_hyphenated_flags_and_owners_tie_the_ship_to_the_state_ship_first():
    spec = {
        "Panama": (S, ["Panama"]),
        "Greece": (S, ["Greek"]),
        "Aurora Riley": (V, ["Aurora Riley"]),
        "Catalina": (V, ["Catalina"]),
        "Tutor": (V, ["Tutor"]),
        "Houthis": (P, ["Houthi"]),
    }
    got = stated("The vessels included the Panama-flagged Aurora Riley and the Catalina.", spec)
    assert ("Aurora Riley", "Panama", Family.MEMBERSHIP) in got
    assert ("Catalina", "Panama", Family.MEMBERSHIP) in got
    assert ("Panama", "Aurora Riley", Family.MEMBERSHIP) not in got
    got = stated("Houthi forces attacked the Greek-owned bulk carrier Tutor in the Red Sea.", spec)
    assert ("Tutor", "Greece", Family.MEMBERSHIP) in got
    assert ("Houthis", "Tutor", Family.HOSTILITY) in got


def test_owner_and_manager_in_coordinated_passives_both_hold_the_ship():
    got = stated(
        "The tanker Ocean Star is owned by Blue Sea Shipping and managed by Gulf Marine Ltd.",
        {
            "Ocean Star": (V, ["Ocean Star"]),
            "Blue Sea Shipping": (P, ["Blue Sea Shipping"]),
            "Gulf Marine": (P, ["Gulf Marine Ltd"]),
        },
    )
    assert ("Ocean Star", "Blue Sea Shipping", Family.MEMBERSHIP) in got
    assert ("Ocean Star", "Gulf Marine", Family.MEMBERSHIP) in got


def test_the_owner_of_a_ship_is_membership_ship_to_owner():
    got = stated(
        "Empire Navigation, the owner of the St Nikolas, said the crew were safe.",
        {"Empire Navigation": (P, ["Empire Navigation"]), "St Nikolas": (V, ["St Nikolas"])},
    )
    assert ("St Nikolas", "Empire Navigation", Family.MEMBERSHIP) in got
    assert not any(fam is Family.LEADERSHIP for _, _, fam in got)


def test_a_firm_of_a_place_in_a_country_is_based_there():
    got = stated(
        "Registries show the tanker as managed by Smart Tankers of Piraeus, Greece.",
        {"Smart Tankers": (P, ["Smart Tankers"]), "Greece": (S, ["Greece"])},
    )
    assert ("Smart Tankers", "Greece", Family.MEMBERSHIP) in got


def test_a_navy_ship_belongs_to_its_navy():
    got = stated(
        "The Indian Navy's INS Kolkata answered the call.",
        {"Indian Navy": (P, ["Indian Navy"]), "INS Kolkata": (V, ["INS Kolkata"])},
    )
    assert ("INS Kolkata", "Indian Navy", Family.MEMBERSHIP) in got


def test_sanctioning_a_ship_firm_or_person_is_enforcement_and_a_state_hostility():
    spec = {
        "United States": (S, ["United States"]),
        "Ocean Star": (V, ["Ocean Star"]),
        "Ali Rezaei": (OFF, ["Ali Rezaei"]),
        "Iran": (S, ["Iran"]),
        "Sovcomflot": (P, ["Sovcomflot"]),
    }
    got = stated("The United States sanctioned the tanker Ocean Star and its captain, Ali Rezaei.", spec)
    assert ("United States", "Ocean Star", Family.ENFORCEMENT) in got
    assert ("United States", "Ali Rezaei", Family.ENFORCEMENT) in got
    assert ("United States", "Iran", Family.HOSTILITY) in stated("The United States sanctioned Iran in May.", spec)
    got = stated("Sovcomflot was sanctioned by the United States.", spec)
    assert ("United States", "Sovcomflot", Family.ENFORCEMENT) in got


def test_boarding_or_hitting_a_named_ship():
    spec = {"Greece": (S, ["Greek"]), "Houthis": (P, ["Houthis"]), "Sea Lady": (V, ["Sea Lady"])}
    assert ("Greece", "Sea Lady", Family.ENFORCEMENT) in stated("Greek commandos boarded the Sea Lady at dawn.", spec)
    assert ("Houthis", "Sea Lady", Family.HOSTILITY) in stated("A missile fired by the Houthis hit the Sea Lady.", spec)


def test_a_state_and_its_acting_organ_both_get_the_tie():
    got = stated(
        "The Niovi was stopped by Iran's Islamic Revolutionary Guard Corps Navy.",
        {"Niovi": (V, ["Niovi"]), "Iran": (S, ["Iran"]), "IRGC Navy": (P, ["Islamic Revolutionary Guard Corps Navy"])},
    )
    assert ("IRGC Navy", "Niovi", Family.ENFORCEMENT) in got
    assert ("Iran", "Niovi", Family.ENFORCEMENT) in got


def test_a_firm_of_a_state_does_not_act_for_it():
    got = stated(
        "Corpus Christi Maritime, a Greek shipping firm, transported Venezuelan crude to Cuba.",
        {"CCM": (P, ["Corpus Christi Maritime"]), "Greece": (S, ["Greek"]), "Cuba": (S, ["Cuba"])},
    )
    assert ("Greece", "Cuba", Family.TRADE) not in got


def test_a_body_named_after_its_state_belongs_to_it():
    got = stated(
        "The China Coast Guard said it fired water cannon at Philippine ships near the shoal. China claims it.",
        {"China Coast Guard": (P, ["China Coast Guard"]), "China": (S, ["China"]), "Philippines": (S, ["Philippine"])},
    )
    assert ("China Coast Guard", "China", Family.MEMBERSHIP) in got
    assert ("China Coast Guard", "Philippines", Family.HOSTILITY) in got
    assert ("China", "Philippines", Family.HOSTILITY) in got


def test_a_party_or_international_body_named_after_a_country_is_not_its_organ():
    got = stated(
        "Raúl Castro addressed the Communist Party of Cuba and the Pan American Health Organization.",
        {
            "PCC": (P, ["Communist Party of Cuba"]),
            "PAHO": (P, ["Pan American Health Organization"]),
            "Cuba": (S, ["Cuba"]),
            "United States": (S, ["American"]),
            "Raúl Castro": (OFF, ["Raúl Castro"]),
        },
    )
    assert ("PCC", "Cuba", Family.MEMBERSHIP) not in got
    assert ("PAHO", "United States", Family.MEMBERSHIP) not in got


def test_the_two_countries_stand_for_the_two_states_named_last():
    text = (
        "Russia and North Korea signed a pact last year. The two countries have since expanded military ties. "
        "Both nations condemned the United States."
    )
    got = pairs(text, {"Russia": (S, ["Russia"]), "North Korea": (S, ["North Korea"]), "US": (S, ["United States"])})
    assert got[frozenset(("Russia", "US"))] & {Family.HOSTILITY}
    assert got[frozenset(("North Korea", "US"))] & {Family.HOSTILITY}


def test_both_countries_never_include_the_doer_of_the_clause():
    text = "Venezuela hosted a North Korean delegation. The United States has sanctioned both countries."
    got = stated(
        text, {"Venezuela": (S, ["Venezuela"]), "North Korea": (S, ["North Korean"]), "US": (S, ["United States"])}
    )
    assert ("US", "Venezuela", Family.HOSTILITY) in got
    assert ("US", "North Korea", Family.HOSTILITY) in got
    assert not any(src == tgt for src, tgt, _ in got)


def test_the_tanker_stands_for_the_ship_named_before_but_plural_vessels_do_not():
    spec = {"Ocean Star": (V, ["Ocean Star"]), "Indonesia": (S, ["Indonesian"]), "Malaysia": (S, ["Malaysian"])}
    got = stated("The Ocean Star left port in May. The tanker was later seized by Indonesian authorities.", spec)
    assert ("Indonesia", "Ocean Star", Family.ENFORCEMENT) in got
    got = stated("The Ocean Star left port in May. The Malaysian vessels were later inspected.", spec)
    assert not any("Malaysia" in (src, tgt) for src, tgt, _ in got)


def test_hostile_acts_on_things_reach_their_owner():
    got = stated(
        "China's coast guard harassed Philippine vessels, and the US imposed sanctions on Iran's oil sales.",
        {"China": (S, ["China"]), "Philippines": (S, ["Philippine"]), "US": (S, ["US"]), "Iran": (S, ["Iran"])},
    )
    assert ("China", "Philippines", Family.HOSTILITY) in got
    assert ("US", "Iran", Family.HOSTILITY) in got


def test_seizing_a_flagged_ship_is_not_an_act_against_the_flag_state():
    got = stated(
        "Iran's navy seized a Panamanian-flagged oil tanker on Wednesday.",
        {"Iran": (S, ["Iran"]), "Panama": (S, ["Panamanian"])},
    )
    assert ("Iran", "Panama", Family.ENFORCEMENT) not in got


def test_an_official_reports_on_a_ship_and_on_the_state_whose_act_he_states():
    """The newest gold (r23 review, gold11's Rubio → United States) gives an official's word on his own state's act
    REPORTING where no membership is stated (the pair is tied either way)."""
    got = stated(
        # an act without a doer is the announcer's own since x-fam20 (gold13: announcers take the act's family),
        # so the ship is boarded by another state here
        "Kommusaar said Estonia detained the Kiwala, and Macron said the Boracay had been boarded by Chile.",
        {
            "Kommusaar": (OFF, ["Kommusaar"]),
            "Macron": (OFF, ["Macron"]),
            "Estonia": (S, ["Estonia"]),
            "Kiwala": (V, ["Kiwala"]),
            "Boracay": (V, ["Boracay"]),
            "Chile": (S, ["Chile"]),
        },
    )
    assert ("Macron", "Boracay", Family.REPORTING) in got
    assert ("Kommusaar", "Estonia", Family.REPORTING) in got


def test_it_in_what_a_body_said_is_the_body():
    got = stated(
        "The Houthis said it had attacked the Sea Lady.", {"Houthis": (P, ["Houthis"]), "Sea Lady": (V, ["Sea Lady"])}
    )
    assert ("Houthis", "Sea Lady", Family.HOSTILITY) in got


def test_a_party_in_brackets_after_a_name_is_his():
    got = stated(
        "Foreign Minister Margus Tsahkna (Eesti 200) said the Jaguar was inspected.",
        {"Margus Tsahkna": (OFF, ["Margus Tsahkna"]), "Eesti 200": (P, ["Eesti 200"]), "Jaguar": (V, ["Jaguar"])},
    )
    assert ("Margus Tsahkna", "Eesti 200", Family.MEMBERSHIP) in got
    assert ("Eesti 200", "Jaguar", Family.REPORTING) not in got


def test_a_negated_receiving_verb_is_not_hostility():
    got = stated(
        "The Navy did not receive a distress call from the Niovi.",
        {"US Navy": (P, ["Navy"]), "Niovi": (V, ["Niovi"])},
    )
    assert not any(fam is Family.HOSTILITY for _, _, fam in got)


def test_a_pair_description_in_a_verbless_line_ends():
    # the head chain of 'countries' reaches a root that is not a verb: the walk must stop there
    got = pairs(
        "Russia and Iran sign a pact.\nA new era for both countries", {"Russia": (S, ["Russia"]), "Iran": (S, ["Iran"])}
    )
    assert frozenset(("Russia", "Iran")) in got


def test_the_tanker_is_not_the_destroyer_named_last():
    got = stated(
        "The Richmond Voyager called for help. The US Navy sent the destroyer USS McFaul after a distress call from "
        "the Bahamas-flagged tanker.",
        {
            "Richmond Voyager": (V, ["Richmond Voyager"]),
            "USS McFaul": (V, ["USS McFaul"]),
            "US Navy": (P, ["US Navy"]),
            "Bahamas": (S, ["Bahamas"]),
        },
    )
    assert ("Richmond Voyager", "Bahamas", Family.MEMBERSHIP) in got
    assert ("USS McFaul", "Bahamas", Family.MEMBERSHIP) not in got


def test_a_ships_owners_named_by_their_state():
    got = stated(
        "The Talara was seized on Friday. The ship's Greek owners have not responded.",
        {"Talara": (V, ["Talara"]), "Greece": (S, ["Greek"])},
    )
    assert ("Talara", "Greece", Family.MEMBERSHIP) in got


def test_a_group_on_a_states_noun_is_that_states():
    got = stated(
        "A bulk carrier sank after an attack by Yemen's Houthi rebels.",
        {"Yemen": (S, ["Yemen"]), "Houthis": (P, ["Houthi"])},
    )
    assert ("Houthis", "Yemen", Family.MEMBERSHIP) in got


def test_states_that_collaborate_with_another_are_allied():
    got = stated(
        "The United Kingdom, Bahrain and Canada will collaborate with the U.S. in this new mission.",
        {"UK": (S, ["United Kingdom"]), "Bahrain": (S, ["Bahrain"]), "Canada": (S, ["Canada"]), "US": (S, ["U.S."])},
    )
    assert {("UK", "US", Family.ALLIANCE), ("Bahrain", "US", Family.ALLIANCE), ("Canada", "US", Family.ALLIANCE)} <= got


def test_a_negated_passive_states_no_act_and_places_are_not_reported_on():
    spec = {
        "Centuries": (V, ["Centuries"]),
        "United States": (S, ["US"]),
        "Russian Foreign Ministry": (P, ["Russian Foreign Ministry"]),
        "Spain": (S, ["Spain"]),
    }
    got = stated("Paner said the Centuries has not been sanctioned by the US.", spec)
    assert not any(fam is Family.ENFORCEMENT for _, _, fam in got)
    got = stated("The Russian Foreign Ministry confirmed the cargo ship sank south of Spain.", spec)
    assert ("Russian Foreign Ministry", "Spain", Family.REPORTING) not in got


def test_reports_name_their_source_in_many_ways():
    spec = {
        "US Fifth Fleet": (P, ["US Fifth Fleet"]),
        "IRGC Navy": (P, ["IRGCN"]),
        "TradeWinds": (P, ["TradeWinds"]),
        "Achilles": (V, ["Achilles"]),
        "US Treasury": (P, ["Treasury Department"]),
        "Russian MoD": (P, ["Russian Ministry of Defense"]),
        "Port Olya 3": (V, ["Port Olya 3"]),
        "NIS": (P, ["National Intelligence Service"]),
        "South Korea": (S, ["South Korea"]),
        "North Korea": (S, ["North Korean"]),
    }
    got = stated('"IRGCN craft swarmed the vessel," said a statement from the US Fifth Fleet.', spec)
    assert ("US Fifth Fleet", "IRGC Navy", Family.REPORTING) in got
    got = stated("As TradeWinds reported, a projectile exploded near the tanker Achilles.", spec)
    assert ("TradeWinds", "Achilles", Family.REPORTING) in got
    got = stated("The Treasury Department announced that the Russian Ministry of Defense used the Port Olya 3.", spec)
    assert {("US Treasury", "Russian MoD", Family.REPORTING), ("US Treasury", "Port Olya 3", Family.REPORTING)} <= got
    got = stated("South Korea's National Intelligence Service verified that North Korean forces arrived.", spec)
    assert ("NIS", "North Korea", Family.REPORTING) in got
    assert ("South Korea", "North Korea", Family.REPORTING) in got


def test_a_person_serving_a_states_organ_serves_the_state():
    spec = {"Gan Yu": (OFF, ["Gan Yu"]), "China": (S, ["China"]), "China Coast Guard": (P, ["Coast Guard"])}
    got = stated("Gan Yu, a commander of China's Coast Guard, said the ships had entered illegally.", spec)
    assert ("Gan Yu", "China Coast Guard", Family.MEMBERSHIP) in got
    assert ("Gan Yu", "China", Family.MEMBERSHIP) in got
    # its spokesperson speaks for the organ alone (gold8-gold11: no spokesperson -> state tie through an organ)
    got = stated("Gan Yu, a spokesperson for China's Coast Guard, said the ships had entered illegally.", spec)
    assert ("Gan Yu", "China Coast Guard", Family.MEMBERSHIP) in got
    assert ("Gan Yu", "China", Family.MEMBERSHIP) not in got


def test_ships_sail_rather_than_visit_and_a_base_abroad_is_not_a_masters_state():
    spec = {
        "Talara": (V, ["Talara"]),
        "United Arab Emirates": (S, ["United Arab Emirates"]),
        "US Fifth Fleet": (P, ["US Fifth Fleet"]),
        "Bahrain": (S, ["Bahrain"]),
        "Niovi": (V, ["Niovi"]),
    }
    got = stated("The Talara was traveling from Ajman, United Arab Emirates to Singapore.", spec)
    assert not any(fam is Family.DIPLOMACY for _, _, fam in got)
    got = stated('"The craft swarmed the Niovi," said a statement from the Bahrain-based US Fifth Fleet.', spec)
    assert ("US Fifth Fleet", "Niovi", Family.REPORTING) in got
    assert ("Bahrain", "Niovi", Family.REPORTING) not in got


def test_unnamed_sources_telling_an_outlet_state_no_tie_to_it():
    got = stated(
        "Wagner has left Mali, security sources told AFP on Sunday.",
        {"Wagner": (P, ["Wagner"]), "Mali": (S, ["Mali"]), "AFP": (P, ["AFP"])},
    )
    assert not any("AFP" in (a, b) and fam is Family.REPORTING and a != "AFP" for a, b, fam in got)


def test_it_after_a_named_ship_in_a_when_clause_is_the_ship():
    got = stated(
        "The tanker Niovi was sailing towards Fujairah when it was stopped by the Guard Navy.",
        {"Niovi": (V, ["Niovi"]), "Guard Navy": (P, ["Guard Navy"])},
    )
    assert ("Guard Navy", "Niovi", Family.ENFORCEMENT) in got


def test_what_is_under_sanctions_is_their_target():
    got = stated(
        "The Boracay is listed under British and European Union sanctions. Syria, also under U.S. sanctions, waits.",
        {
            "Boracay": (V, ["Boracay"]),
            "UK": (S, ["British"]),
            "EU": (P, ["European Union"]),
            "Syria": (S, ["Syria"]),
            "US": (S, ["U.S."]),
        },
    )
    assert {("UK", "Boracay", Family.ENFORCEMENT), ("EU", "Boracay", Family.ENFORCEMENT)} <= got
    assert ("US", "Syria", Family.HOSTILITY) in got


def test_impounding_a_ship_is_enforcement():
    got = stated(
        "Greece's impounding of an Iranian-flagged tanker called the Pegas angered Iran.",
        {"Greece": (S, ["Greece"]), "Pegas": (V, ["Pegas"]), "Iran": (S, ["Iran", "Iranian"])},
    )
    assert ("Greece", "Pegas", Family.ENFORCEMENT) in got


def test_its_is_the_body_the_clause_above_is_about():
    got = stated(
        "Wagner was disbanded after its leader Yevgeny Prigozhin died.",
        {"Wagner": (P, ["Wagner"]), "Yevgeny Prigozhin": (OFF, ["Yevgeny Prigozhin"])},
    )
    assert ("Yevgeny Prigozhin", "Wagner", Family.LEADERSHIP) in got


def test_a_bare_title_takes_the_state_that_is_the_clauses_subject():
    got = stated(
        "Venezuela has kept close ties to North Korea since late dictator Hugo Chávez took power.",
        {"Venezuela": (S, ["Venezuela"]), "North Korea": (S, ["North Korea"]), "Hugo Chávez": (OFF, ["Hugo Chávez"])},
    )
    assert ("Hugo Chávez", "Venezuela", Family.LEADERSHIP) in got
    assert ("Hugo Chávez", "North Korea", Family.LEADERSHIP) not in got


def test_a_persons_word_on_another_person_is_not_a_report():
    got = stated(
        "Press Secretary Sarah Sanders confirmed that Pompeo would visit the Niovi.",
        {"Sarah Sanders": (OFF, ["Sarah Sanders"]), "Mike Pompeo": (OFF, ["Pompeo"]), "Niovi": (V, ["Niovi"])},
    )
    assert ("Sarah Sanders", "Mike Pompeo", Family.REPORTING) not in got


def test_the_group_and_the_country_stand_for_the_one_of_their_kind_named_nearby():
    spec = {"Houthis": (P, ["Houthis"]), "US": (S, ["US"]), "UK": (S, ["UK"]), "Kuwait": (S, ["Kuwait"])}
    got = stated("The Houthis threatened ships after the US and UK launched strikes against the militant group.", spec)
    assert ("US", "Houthis", Family.HOSTILITY) in got and ("UK", "Houthis", Family.HOSTILITY) in got
    # two states named nearby: 'the country' could be either, so it stands for neither
    got = stated("The US thanked Kuwait. The country's ambassador spoke to the UK.", spec)
    assert not any(fam is Family.MEMBERSHIP for _, _, fam in got)
