"""Relation rules for forms seen on unseen articles: titles after demonyms, participles in appositions, owners,
delegation lists, warnings and verdicts, statements carried by outlets, object control. Entities placed by hand."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import NK, stated

S, P, OFF, V = Kind.STATE, Kind.PARTY, Kind.OFFICIAL, Kind.VESSEL
RU = {"Russia": (S, ["Russia", "Russian", "Moscow"])}
US = {"United States": (S, ["United States", "U.S.", "Washington"])}
IR = {"Iran": (S, ["Iran", "Iranian", "Tehran"])}


def test_demonym_title_on_the_second_of_two_coordinated_ministers():
    got = stated(
        "Russian Defense Minister Sergei Shoigu and Foreign Minister Sergei Lavrov stood beside Putin.",
        {
            **RU,
            "Sergei Shoigu": (OFF, ["Sergei Shoigu"]),
            "Sergei Lavrov": (OFF, ["Sergei Lavrov"]),
            "Vladimir Putin": (OFF, ["Putin"]),
        },
    )
    assert ("Sergei Shoigu", "Russia", Family.MEMBERSHIP) in got
    assert ("Sergei Lavrov", "Russia", Family.MEMBERSHIP) in got


def test_demonym_president_leads():
    got = stated(
        "Iranian President Hassan Rouhani arrived in Caracas on Monday.",
        {**IR, "Hassan Rouhani": (OFF, ["Hassan Rouhani"]), "Venezuela": (S, ["Caracas"])},
    )
    assert ("Hassan Rouhani", "Iran", Family.LEADERSHIP) in got
    assert ("Hassan Rouhani", "Venezuela", Family.DIPLOMACY) in got


def test_apposition_with_participle_and_agent():
    got = stated(
        "Mahan Air, an Iranian airline blacklisted by the United States, flew cargo to Caracas.",
        {**IR, **US, "Mahan Air": (P, ["Mahan Air"]), "Venezuela": (S, ["Caracas"])},
    )
    assert ("Mahan Air", "Iran", Family.MEMBERSHIP) in got
    assert ("United States", "Mahan Air", Family.ENFORCEMENT) in got


def test_subsidiary_and_owner():
    got = stated(
        "The Fortune was owned by Sahand Shipping, a subsidiary of the National Iranian Tanker Company.",
        {
            "Fortune": (V, ["Fortune"]),
            "Sahand Shipping": (P, ["Sahand Shipping"]),
            "NITC": (P, ["National Iranian Tanker Company"]),
        },
    )
    assert ("Fortune", "Sahand Shipping", Family.MEMBERSHIP) in got
    assert ("Sahand Shipping", "NITC", Family.MEMBERSHIP) in got


def test_envoy_for_a_country_is_diplomacy_and_the_department_is_not_the_envoy():
    got = stated(
        "Elliott Abrams, the State Department's special envoy for Venezuela, spoke on Monday.",
        {
            "Elliott Abrams": (OFF, ["Elliott Abrams"]),
            "State Department": (P, ["State Department"]),
            "Venezuela": (S, ["Venezuela"]),
        },
    )
    assert ("Elliott Abrams", "State Department", Family.MEMBERSHIP) in got
    assert ("Elliott Abrams", "Venezuela", Family.DIPLOMACY) in got
    assert not any(s == "State Department" and t == "Venezuela" for s, t, _ in got)


def test_delegation_members_belong_to_its_leader():
    got = stated(
        "Kim arrived with a delegation that included Ri Yong-ho and Choe Son-hui.",
        {"Kim Jong-un": (OFF, ["Kim"]), "Ri Yong-ho": (OFF, ["Ri Yong-ho"]), "Choe Son-hui": (OFF, ["Choe Son-hui"])},
    )
    assert ("Ri Yong-ho", "Kim Jong-un", Family.MEMBERSHIP) in got
    assert ("Choe Son-hui", "Kim Jong-un", Family.MEMBERSHIP) in got


def test_warning_is_aimed_at_whom_the_clause_names_besides_its_subject():
    got = stated(
        "Zarif warned that Iran would retaliate if the United States interfered.",
        {**IR, **US, "Zarif": (OFF, ["Zarif"])},
    )
    assert ("Zarif", "United States", Family.HOSTILITY) in got
    assert ("Zarif", "Iran", Family.HOSTILITY) not in got


def test_accused_of_gerund_is_done_by_the_object():
    got = stated(
        "Abrams accused Maduro of selling gold to Tehran.",
        {**IR, "Abrams": (OFF, ["Abrams"]), "Maduro": (OFF, ["Maduro"])},
    )
    assert ("Abrams", "Maduro", Family.HOSTILITY) in got
    assert ("Maduro", "Iran", Family.TRADE) in got
    assert ("Abrams", "Iran", Family.TRADE) not in got


def test_invited_to_visit_is_the_guest_visiting():
    got = stated(
        "Maduro invited Rouhani to visit Venezuela.",
        {"Maduro": (OFF, ["Maduro"]), "Rouhani": (OFF, ["Rouhani"]), "Venezuela": (S, ["Venezuela"])},
    )
    assert ("Maduro", "Rouhani", Family.DIPLOMACY) in got
    assert ("Rouhani", "Venezuela", Family.DIPLOMACY) in got
    assert ("Maduro", "Venezuela", Family.DIPLOMACY) not in got


def test_urging_stays_with_the_speaker():
    got = stated(
        "Pence urged Brazil to break ties with North Korea.",
        {"Pence": (OFF, ["Pence"]), "Brazil": (S, ["Brazil"]), "North Korea": (S, ["North Korea"])},
    )
    assert ("Brazil", "North Korea", Family.HOSTILITY) not in got


def test_statement_carried_by_an_agency():
    got = stated(
        "A Foreign Ministry statement carried by KCNA accused Washington of gangster-like demands.",
        {**US, "Foreign Ministry": (P, ["Foreign Ministry"]), "KCNA": (P, ["KCNA"])},
    )
    assert ("KCNA", "Foreign Ministry", Family.REPORTING) in got
    assert ("Foreign Ministry", "United States", Family.HOSTILITY) in got


def test_speaker_goes_on_after_a_quoted_copula():
    got = stated(
        "Abrams told reporters that the regime was desperate and accused Maduro of lying.",
        {"Abrams": (OFF, ["Abrams"]), "Maduro": (OFF, ["Maduro"])},
    )
    assert ("Abrams", "Maduro", Family.HOSTILITY) in got


def test_verdict_in_a_reported_copula():
    got = stated("Khamenei said the United States was the enemy.", {**US, "Khamenei": (OFF, ["Khamenei"])})
    assert ("Khamenei", "United States", Family.HOSTILITY) in got
    assert ("Khamenei", "United States", Family.LEADERSHIP) not in got


def test_opposing_sanctions_against_a_country_is_not_hostile_to_it():
    got = stated(
        "Moscow opposed U.S. sanctions against Iran.",
        {**RU, **US, **IR},
    )
    assert ("Russia", "United States", Family.HOSTILITY) in got
    assert ("Russia", "Iran", Family.HOSTILITY) not in got


def test_recognized_as_president_is_the_object():
    got = stated(
        "The United States recognized Guaidó as Venezuela's president.",
        {**US, "Guaidó": (OFF, ["Guaidó"]), "Venezuela": (S, ["Venezuela"])},
    )
    assert ("Guaidó", "Venezuela", Family.LEADERSHIP) in got
    assert ("United States", "Venezuela", Family.LEADERSHIP) not in got


def test_welcomed_to_a_capital():
    got = stated(
        "Maduro welcomed Zarif to Caracas on Monday.",
        {"Maduro": (OFF, ["Maduro"]), "Zarif": (OFF, ["Zarif"]), "Venezuela": (S, ["Caracas"])},
    )
    assert ("Zarif", "Venezuela", Family.DIPLOMACY) in got


def test_flagged_ship_and_called_on():
    got = stated(
        "Iran seized the British-flagged Stena Impero.",
        {**IR, "United Kingdom": (S, ["British"]), "Stena Impero": (V, ["Stena Impero"])},
    )
    assert ("Iran", "Stena Impero", Family.ENFORCEMENT) in got
    assert any({s, t} == {"United Kingdom", "Stena Impero"} and f is Family.MEMBERSHIP for s, t, f in got)
    got = stated(
        "Guaidó called on the European Union to act.",
        {"Guaidó": (OFF, ["Guaidó"]), "European Union": (P, ["European Union"])},
    )
    assert ("Guaidó", "European Union", Family.DIPLOMACY) in got


def test_headline_subject_verb_object():
    got = stated(
        "U.S. Seizes North Korean Coal Ship Wise Honest\n\nThe ship was carrying coal.",
        {**US, "North Korea": (S, ["North Korean"]), "Wise Honest": (V, ["Wise Honest"])},
    )
    assert ("United States", "Wise Honest", Family.ENFORCEMENT) in got
    assert ("United States", "North Korea", Family.ENFORCEMENT) not in got


def test_headline_needs_the_subject_at_the_start():
    got = stated(
        "North Korean Diplomat in Kuwait Defects to South Korea\n\nHe fled.",
        {"North Korea": (S, ["North Korean"]), "Kuwait": (S, ["Kuwait"]), "South Korea": (S, ["South Korea"])},
    )
    assert not any(s == "Kuwait" for s, _, _ in got)


def test_at_the_invitation_of():
    got = stated(
        "Kim visited Russia at the invitation of Putin.",
        {**RU, "Kim": (OFF, ["Kim"]), "Putin": (OFF, ["Putin"])},
    )
    assert ("Putin", "Kim", Family.DIPLOMACY) in got


def test_name_after_a_title_phrase_and_a_comma():
    got = stated(
        "Reuters obtained letters directed to Maduro's representative at the United Nations, Samuel Moncada, "
        "asking for details.",
        {
            "Maduro": (OFF, ["Maduro"]),
            "Moncada": (OFF, ["Samuel Moncada"]),
            "UN": (P, ["United Nations"]),
            "Reuters": (P, ["Reuters"]),
        },
    )
    assert ("Moncada", "Maduro", Family.MEMBERSHIP) in got
    assert ("Moncada", "UN", Family.DIPLOMACY) in got


def test_secretary_of_state_takes_the_state_named_in_the_sentence():
    got = stated(
        "Secretary of State Mike Pompeo said the United States would not lift sanctions.",
        {**US, "Mike Pompeo": (OFF, ["Mike Pompeo"])},
    )
    assert ("Mike Pompeo", "United States", Family.MEMBERSHIP) in got


def test_negated_negotiation_is_hostile_and_a_ban_on_talks_too():
    got = stated("Iran would never negotiate with the United States.", {**IR, **US})
    assert got == {("Iran", "United States", Family.HOSTILITY)}
    got = stated("Khamenei banned talks with Washington.", {**US, "Khamenei": (OFF, ["Khamenei"])})
    assert got == {("Khamenei", "United States", Family.HOSTILITY)}


def test_embargo_imposed_by_is_the_imposer():
    got = stated("Rodríguez denounced the embargo imposed by Washington.", {**US, "Rodríguez": (OFF, ["Rodríguez"])})
    assert ("Rodríguez", "United States", Family.HOSTILITY) in got


def test_standing_beside_and_writing_to():
    spec = {"Kim": (OFF, ["Kim"]), "Putin": (OFF, ["Putin"]), "Trump": (OFF, ["Trump"])}
    assert ("Kim", "Putin", Family.ALLIANCE) in stated("Kim stood beside Putin at a parade.", spec)
    assert ("Trump", "Kim", Family.DIPLOMACY) in stated("Trump wrote to Kim in June.", spec)
    # fighting alongside is no fight with him (no HOSTILITY); since round BF the two are partners in the fight
    # (co_actors.alongside_ties; the gold of blind30 and blind36 ties those who fight alongside ALLIANCE)
    assert stated("Kim fought alongside Putin.", spec) == {("Kim", "Putin", Family.ALLIANCE)}


def test_possessor_of_a_complement_and_place_of_expulsion():
    got = stated("Washington imposed sanctions on Iran's central bank.", {**US, **IR})
    assert ("United States", "Iran", Family.HOSTILITY) in got
    got = stated(
        "Maduro expelled U.S. diplomats from Caracas.",
        {**US, "Maduro": (OFF, ["Maduro"]), "Venezuela": (S, ["Caracas"])},
    )
    # expelling a state's unnamed diplomats is diplomacy (the gold5-7 convention; it was hostility before)
    assert ("Maduro", "United States", Family.DIPLOMACY) in got
    assert frozenset(("Maduro", "Venezuela")) not in {frozenset((a, b)) for a, b, _ in got}


def test_firing_missiles_is_hostile_not_trade():
    spec = {"North Korea": (S, ["North Korea"]), "Japan": (S, ["Japan"])}
    got = stated("North Korea fired missiles toward Japan.", spec)
    assert got == {("North Korea", "Japan", Family.HOSTILITY)}


def test_according_to_an_outlet_and_to_a_report_by_a_body():
    spec = {"Zarif": (OFF, ["Zarif"]), "Maduro": (OFF, ["Maduro"]), "VTV": (P, ["VTV"]), "Panel": (P, ["Panel"])}
    got = stated("Zarif held talks with Maduro, according to the state broadcaster VTV.", spec)
    assert ("VTV", "Zarif", Family.REPORTING) in got
    got = stated("Zarif met Maduro, according to a report by the Panel.", spec)
    assert ("Panel", "Zarif", Family.REPORTING) in got


def test_called_someone_a_name():
    got = stated(
        'Granma called Rubio "a mercenary of the empire."', {"Granma": (P, ["Granma"]), "Rubio": (OFF, ["Rubio"])}
    )
    assert ("Granma", "Rubio", Family.HOSTILITY) in got


def test_president_elect_and_organ_of_a_party():
    got = stated(
        "Cuba pulled out after Brazil's president-elect, Jair Bolsonaro, criticized the program.",
        {"Brazil": (S, ["Brazil"]), "Bolsonaro": (OFF, ["Jair Bolsonaro"]), "Cuba": (S, ["Cuba"])},
    )
    assert ("Bolsonaro", "Brazil", Family.LEADERSHIP) in got
    got = stated(
        "The state newspaper Granma, the official organ of the Communist Party, attacked Rubio.",
        {"Granma": (P, ["Granma"]), "PCC": (P, ["Communist Party"]), "Rubio": (OFF, ["Rubio"])},
    )
    assert ("Granma", "PCC", Family.MEMBERSHIP) in got


def test_ministry_named_with_its_state_on_a_spokesman():
    got = stated(
        "China's Foreign Ministry spokesman Geng Shuang criticized the move.",
        {"China": (S, ["China"]), "Foreign Ministry": (P, ["Foreign Ministry"]), "Geng": (OFF, ["Geng Shuang"])},
    )
    assert ("Foreign Ministry", "China", Family.MEMBERSHIP) in got
    assert ("Geng", "Foreign Ministry", Family.MEMBERSHIP) in got


def test_second_title_in_a_coordination_takes_the_name_after_it():
    got = stated(
        "Putin met Iranian President Hassan Rouhani and Turkish President Recep Tayyip Erdogan.",
        {
            "Putin": (OFF, ["Putin"]),
            "Rouhani": (OFF, ["Hassan Rouhani"]),
            "Erdogan": (OFF, ["Recep Tayyip Erdogan"]),
            **IR,
            "Turkey": (S, ["Turkish"]),
        },
    )
    assert ("Erdogan", "Turkey", Family.LEADERSHIP) in got
    assert ("Rouhani", "Turkey", Family.LEADERSHIP) not in got


def test_headline_with_coordinated_subjects():
    got = stated(
        "Putin, Rouhani and Erdogan Meet in Tehran\n\nThe leaders met.",
        {"Putin": (OFF, ["Putin"]), "Rouhani": (OFF, ["Rouhani"]), "Erdogan": (OFF, ["Erdogan"]), **IR},
    )
    assert {("Putin", "Rouhani"), ("Erdogan", "Rouhani"), ("Erdogan", "Putin")} <= {
        tuple(sorted((s, t))) for s, t, f in got if f is Family.DIPLOMACY
    }


def test_bare_president_prefers_a_state_that_is_not_a_possessor():
    got = stated(
        "The United States reimposed sanctions on Iran's oil sector after President Donald Trump's decision.",
        {**US, **IR, "Trump": (OFF, ["Donald Trump"])},
    )
    assert ("Trump", "United States", Family.LEADERSHIP) in got
    assert ("Trump", "Iran", Family.LEADERSHIP) not in got


def test_praising_a_role_is_not_membership():
    got = stated("Khamenei praised Russia's role in Syria.", {**RU, "Khamenei": (OFF, ["Khamenei"])})
    assert got == {("Khamenei", "Russia", Family.ALLIANCE)}


def test_host_at_home_and_the_guest_visits():
    got = stated(
        "Kim received Lavrov in Pyongyang.",
        {"Kim": (OFF, ["Kim"]), "Lavrov": (OFF, ["Lavrov"]), "North Korea": (S, ["Pyongyang"])},
    )
    assert ("Lavrov", "North Korea", Family.DIPLOMACY) in got
    assert ("Kim", "North Korea", Family.DIPLOMACY) not in got


def test_coordinated_subjects_of_a_plural_ally_and_of_a_symmetric_verb():
    spec = {"Cuba": (S, ["Cuba"]), "Venezuela": (S, ["Venezuela"]), "Kim": (OFF, ["Kim"]), "Putin": (OFF, ["Putin"])}
    assert ("Cuba", "Venezuela", Family.ALLIANCE) in stated("Cuba and Venezuela are close allies.", spec)
    got = stated("The two leaders, Kim and Putin, discussed economic cooperation.", spec)
    assert any({s, t} == {"Kim", "Putin"} and f is Family.DIPLOMACY for s, t, f in got)


def test_blocking_sanctions_sides_with_their_target_but_opposing_them_says_nothing_of_it():
    nk = {"North Korea": (S, ["North Korea"])}
    got = stated("Russia and China have blocked new sanctions on North Korea.", {**RU, "China": (S, ["China"]), **nk})
    assert ("Russia", "North Korea", Family.ALLIANCE) in got
    got = stated("Moscow opposed U.S. sanctions against Iran.", {**RU, **US, **IR})
    assert not any(s == "Russia" and t == "Iran" for s, t, _ in got)
    assert ("United States", "Iran", Family.HOSTILITY) in got


def test_supplied_with_and_accusations_by():
    got = stated("Moscow has provided Caracas with loans and weapons.", {**RU, "Venezuela": (S, ["Caracas"])})
    assert ("Russia", "Venezuela", Family.TRADE) in got
    got = stated(
        "North Korea denied the accusations by the United States.", {**US, "North Korea": (S, ["North Korea"])}
    )
    assert ("North Korea", "United States", Family.HOSTILITY) in got


def test_headline_object_then_destination():
    got = stated(
        "Venezuela Ships Oil to Cuba Despite U.S. Sanctions\n\nThe data shows it.",
        {**US, "Venezuela": (S, ["Venezuela"]), "Cuba": (S, ["Cuba"])},
    )
    assert ("Venezuela", "Cuba", Family.TRADE) in got
    assert not any("United States" in (s, t) for s, t, _ in got)


def test_object_tagged_as_adjective_and_led_negotiations():
    got = stated("PDVSA continued to ship crude to Cuba in August.", {"PDVSA": (P, ["PDVSA"]), "Cuba": (S, ["Cuba"])})
    assert ("PDVSA", "Cuba", Family.TRADE) in got
    got = stated(
        "Kim Yong-chol, who led negotiations with Pompeo, was removed.",
        {"Kim Yong-chol": (OFF, ["Kim Yong-chol"]), "Pompeo": (OFF, ["Pompeo"])},
    )
    assert ("Kim Yong-chol", "Pompeo", Family.DIPLOMACY) in got


def test_secretary_of_state_is_not_tied_to_another_state():
    got = stated(
        "South Korea said Kim met Secretary of State Mike Pompeo.",
        {"South Korea": (S, ["South Korea"]), "Kim": (OFF, ["Kim"]), "Pompeo": (OFF, ["Mike Pompeo"])},
    )
    assert ("Pompeo", "South Korea", Family.MEMBERSHIP) not in got


def test_recognised_by_countries_including_some():
    got = stated(
        "Guaidó has been recognized by more than 50 countries, including the United States, Brazil and Colombia.",
        {**US, "Guaidó": (OFF, ["Guaidó"]), "Brazil": (S, ["Brazil"]), "Colombia": (S, ["Colombia"])},
    )
    assert {("United States", "Guaidó", Family.ALLIANCE), ("Brazil", "Guaidó", Family.ALLIANCE)} <= got


def test_phone_call_coup_and_praise_of_resistance():
    spec = {**US, **RU, "Pompeo": (OFF, ["Pompeo"]), "Lavrov": (OFF, ["Lavrov"]), "Maduro": (OFF, ["Maduro"])}
    assert ("Pompeo", "Lavrov", Family.DIPLOMACY) in stated("Pompeo called Lavrov on Monday.", spec)
    got = stated("Lavrov accused the United States of trying to organize a coup against Maduro.", spec)
    assert ("United States", "Maduro", Family.HOSTILITY) in got
    got = stated(
        "Hatami praised Pyongyang's resistance against Washington.",
        {**US, "Hatami": (OFF, ["Hatami"]), "North Korea": (S, ["Pyongyang"])},
    )
    assert ("Hatami", "North Korea", Family.ALLIANCE) in got
    assert ("Hatami", "United States", Family.ALLIANCE) not in got


def test_company_run_by_a_person():
    got = stated(
        "Rosneft, the Russian state oil giant run by Igor Sechin, lent money to PDVSA.",
        {**RU, "Rosneft": (P, ["Rosneft"]), "Sechin": (OFF, ["Igor Sechin"]), "PDVSA": (P, ["PDVSA"])},
    )
    assert ("Rosneft", "Russia", Family.MEMBERSHIP) in got
    assert ("Sechin", "Rosneft", Family.LEADERSHIP) in got


CU = {"Cuba": (S, ["Cuba", "Cuban", "Havana"])}
VE = {"Venezuela": (S, ["Venezuela", "Venezuelan", "Caracas"])}


def test_definite_description_is_the_official_titled_earlier():
    text = (
        "Venezuela's Foreign Minister Yvan Gil arrived in Pyongyang on Monday. "
        "The Venezuelan diplomat also met Kim Yong-chol in the capital."
    )
    got = stated(text, {**VE, "Yvan Gil": (OFF, ["Yvan Gil"]), "Kim Yong-chol": (OFF, ["Kim Yong-chol"])})
    assert ("Yvan Gil", "Kim Yong-chol", Family.DIPLOMACY) in got
    assert ("Venezuela", "Kim Yong-chol", Family.DIPLOMACY) not in got


def test_definite_description_follows_the_subject_not_the_last_name():
    text = (
        "Cuban Vice President Salvador Valdés Mesa met Iranian President Masoud Pezeshkian on Sunday. "
        "He delivered a message from Cuban President Miguel Díaz-Canel. "
        "The Cuban official later met Ali Khamenei."
    )
    spec = {
        **CU,
        **IR,
        "Salvador Valdés Mesa": (OFF, ["Salvador Valdés Mesa"]),
        "Masoud Pezeshkian": (OFF, ["Masoud Pezeshkian"]),
        "Miguel Díaz-Canel": (OFF, ["Miguel Díaz-Canel"]),
        "Ali Khamenei": (OFF, ["Ali Khamenei"]),
    }
    got = stated(text, spec)
    assert ("Salvador Valdés Mesa", "Ali Khamenei", Family.DIPLOMACY) in got
    assert ("Miguel Díaz-Canel", "Ali Khamenei", Family.DIPLOMACY) not in got


def test_indefinite_description_stays_with_its_state():
    got = stated(
        "Venezuela's Foreign Minister Yvan Gil arrived on Monday. A Venezuelan diplomat met Kim Yong-chol.",
        {**VE, "Yvan Gil": (OFF, ["Yvan Gil"]), "Kim Yong-chol": (OFF, ["Kim Yong-chol"])},
    )
    assert ("Yvan Gil", "Kim Yong-chol", Family.DIPLOMACY) not in got


def test_named_examples_after_including_are_what_the_verb_acts_on():
    got = stated(
        "The Treasury Department sanctioned several Iranian shipping companies, including the National Iranian "
        "Tanker Company, for carrying oil to Venezuela.",
        {
            **IR,
            **VE,
            "Treasury Department": (P, ["Treasury Department"]),
            "National Iranian Tanker Company": (P, ["National Iranian Tanker Company"]),
        },
    )
    # sanctioning a named firm is enforcement (the gold conventions for real news; bench/blind3 k3 agrees)
    assert ("Treasury Department", "National Iranian Tanker Company", Family.ENFORCEMENT) in got
    assert ("Treasury Department", "Iran", Family.HOSTILITY) not in got
    assert ("National Iranian Tanker Company", "Venezuela", Family.TRADE) in got


def test_message_from_a_sender_and_organ_of_a_party():
    got = stated(
        "Valdés Mesa, a member of the Political Bureau of the Communist Party of Cuba, delivered a message from "
        "President Miguel Díaz-Canel.",
        {
            "Salvador Valdés Mesa": (OFF, ["Valdés Mesa"]),
            "Political Bureau": (P, ["Political Bureau"]),
            "Communist Party of Cuba": (P, ["Communist Party of Cuba"]),
            "Miguel Díaz-Canel": (OFF, ["Miguel Díaz-Canel"]),
        },
    )
    assert ("Salvador Valdés Mesa", "Miguel Díaz-Canel", Family.DIPLOMACY) in got
    assert ("Political Bureau", "Communist Party of Cuba", Family.MEMBERSHIP) in got


def test_notified_a_body():
    got = stated(
        "Japan has notified the UN Security Council.",
        {"Japan": (S, ["Japan"]), "UN Security Council": (P, ["UN Security Council"])},
    )
    assert ("Japan", "UN Security Council", Family.DIPLOMACY) in got


def test_raised_a_topic_with_someone():
    got = stated(
        "Japanese Foreign Minister Taro Kono raised the matter with Sergei Lavrov on Monday.",
        {"Japan": (S, ["Japanese"]), "Taro Kono": (OFF, ["Taro Kono"]), "Sergei Lavrov": (OFF, ["Sergei Lavrov"])},
    )
    assert ("Taro Kono", "Sergei Lavrov", Family.DIPLOMACY) in got


def test_succeeded_as_ties_both_holders_to_the_post():
    got = stated(
        "Díaz-Canel, who succeeded Raúl Castro as first secretary of the Communist Party of Cuba in 2021, spoke.",
        {
            "Miguel Díaz-Canel": (OFF, ["Díaz-Canel"]),
            "Raúl Castro": (OFF, ["Raúl Castro"]),
            "Communist Party of Cuba": (P, ["Communist Party of Cuba"]),
        },
    )
    assert ("Miguel Díaz-Canel", "Communist Party of Cuba", Family.LEADERSHIP) in got
    assert ("Raúl Castro", "Communist Party of Cuba", Family.LEADERSHIP) in got


def test_kin_of_a_leader_is_no_member_of_his_circle():
    # the real-news gold keeps no kin ties between people (round BG, x-b68r-91: 14 such ties over all sets, none gold)
    got = stated(
        "Kim Yo-jong, the sister of Kim Jong-un, said in a statement that Seoul was lying.",
        {"Kim Yo-jong": (OFF, ["Kim Yo-jong"]), "Kim Jong-un": (OFF, ["Kim Jong-un"])},
    )
    assert ("Kim Yo-jong", "Kim Jong-un", Family.MEMBERSHIP) not in got


def test_his_refers_to_the_person_named_before_in_the_sentence():
    got = stated(
        "Kim Jong-un arrived in Vladivostok with his aide Kim Yo-jong.",
        {"Kim Jong-un": (OFF, ["Kim Jong-un"]), "Kim Yo-jong": (OFF, ["Kim Yo-jong"])},
    )
    assert ("Kim Yo-jong", "Kim Jong-un", Family.MEMBERSHIP) in got


def test_object_seen_doing_what_the_participle_says():
    got = stated(
        "A patrol plane spotted the North Korean tanker Kum Un San 8 transferring cargo to the vessel Ocean Pearl.",
        {**NK, "Kum Un San 8": (V, ["Kum Un San 8"]), "Ocean Pearl": (V, ["Ocean Pearl"])},
    )
    assert ("Kum Un San 8", "Ocean Pearl", Family.TRADE) in got


def test_member_of_a_party_organ_is_a_member_of_the_party():
    got = stated(
        "Valdés Mesa is a member of the Political Bureau of the Communist Party of Cuba.",
        {
            "Salvador Valdés Mesa": (OFF, ["Valdés Mesa"]),
            "Political Bureau": (P, ["Political Bureau"]),
            "Communist Party of Cuba": (P, ["Communist Party of Cuba"]),
        },
    )
    assert ("Salvador Valdés Mesa", "Communist Party of Cuba", Family.MEMBERSHIP) in got
    assert ("Communist Party of Cuba", "Political Bureau", Family.MEMBERSHIP) not in got


def test_per_an_outlet_is_a_source_like_according_to():
    spec = {"Reuters": (P, ["Reuters"]), "Ivanov": (OFF, ["Ivanov"]), "Nexta": (P, ["Nexta"])}
    got = stated("Per Reuters, Ivanov works for a channel called Nexta.", spec)
    assert ("Reuters", "Ivanov", Family.REPORTING) in got
    # 'per' inside a clause ('ten tonnes per day') names no source
    got = stated("Ivanov shipped ten tonnes per day to Nexta.", spec)
    assert not any(f is Family.REPORTING for _, _, f in got)


def test_a_bare_minister_title_belongs_to_the_state_the_clause_is_about():
    spec = {"Latvia": (S, ["Latvia"]), "Ivo Tamm": (OFF, ["Ivo Tamm"]), "Peru": (S, ["Peru"])}
    got = stated("Latvia expelled two diplomats, Foreign Minister Ivo Tamm said.", spec)
    assert ("Ivo Tamm", "Latvia", Family.MEMBERSHIP) in got
    # a state named only inside the quotation is not the minister's
    got = stated('"No citizen of the friendly country of Peru was harmed," Foreign Minister Ivo Tamm said.', spec)
    assert ("Ivo Tamm", "Peru", Family.MEMBERSHIP) not in got
    # nor one named after the title: 'Prime Minister X, Peru's president Y and ...'
    got = stated("Prime Minister Ivo Tamm and the Peru delegation met on Friday.", spec)
    assert ("Ivo Tamm", "Peru", Family.LEADERSHIP) not in got
