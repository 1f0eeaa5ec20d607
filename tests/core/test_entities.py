"""Entity rules on short sentences written for them, and on short unseen articles (guard against overfitting)."""

from __future__ import annotations

import pytest

from core.extract.entities import find_entities
from core.extract.furniture import furniture_ranges
from core.model import Kind, LocalEntity


def extract(nlp, text: str) -> list[LocalEntity]:
    entities = find_entities(nlp(text))
    for e in entities:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text, (e.name, m)
    return entities


def by_text(entities: list[LocalEntity]) -> dict[str, tuple[Kind, str]]:
    """Each mention's text, with its entity's kind and name."""
    return {m.text: (e.kind, e.name) for e in entities for m in e.mentions}


def by_name(entities: list[LocalEntity]) -> dict[str, tuple[Kind, list[str]]]:
    return {e.name: (e.kind, [m.text for m in e.mentions]) for e in entities}


def entity_with(entities: list[LocalEntity], form: str) -> LocalEntity | None:
    hits = [e for e in entities if any(m.text == form for m in e.mentions)]
    assert len(hits) <= 1, f"{form!r} is in {len(hits)} entities"
    return hits[0] if hits else None


# -- states: countries, short forms, demonyms, capitals -------------------------------------------------


def test_countries_short_forms_and_demonyms_are_one_state(nlp):
    text = ("The DPRK fired a missile on Monday. North Korean state media said North Korea would not stop, "
            "and Panamanian officials said the Panamanians had seized a cargo.")
    found = by_name(extract(nlp, text))
    assert found["North Korea"] == (Kind.STATE, ["DPRK", "North Korean", "North Korea"])
    assert found["Panama"] == (Kind.STATE, ["Panamanian", "Panamanians"])


def test_possessive_is_left_out_of_the_span(nlp):
    text = "North Korea’s state media and Cuba's foreign policy were discussed."
    found = by_name(extract(nlp, text))
    assert found["North Korea"][1] == ["North Korea"]
    assert found["Cuba"][1] == ["Cuba"]


def test_capital_standing_for_government_is_an_alias(nlp):
    text = "Talks between Washington and Pyongyang stalled. Havana's envoy said Caracas had signed the deal."
    found = by_name(extract(nlp, text))
    assert found["United States"] == (Kind.STATE, ["Washington"])
    assert found["North Korea"] == (Kind.STATE, ["Pyongyang"])
    assert found["Cuba"] == (Kind.STATE, ["Havana"])
    assert found["Venezuela"] == (Kind.STATE, ["Caracas"])


@pytest.mark.parametrize("text", [
    "The plane landed at an airport in Havana on Monday.",
    "He celebrated on the streets of Havana that night.",
    "The minister flew to Havana's José Martí Airport last week.",
    "A diplomat at the embassy in Havana left his post.",
    "Their summit in Havana ended without an agreement.",
    "The tour took him to Madrid and Havana last week.",
])
def test_capital_named_as_a_place_is_not_an_entity(nlp, text):
    entities = extract(nlp, text)
    assert entity_with(entities, "Havana") is None


def test_capital_after_a_tie_word_is_the_government(nlp):
    found = by_name(extract(nlp, "Cuba keeps close ties to Pyongyang and does business with Pyongyang."))
    assert found["North Korea"] == (Kind.STATE, ["Pyongyang", "Pyongyang"])


def test_capital_then_country_is_a_place_but_the_country_counts(nlp):
    found = by_name(extract(nlp, "The delegation arrived in Havana, Cuba, on Tuesday."))
    assert found["Cuba"] == (Kind.STATE, ["Cuba"])


def test_country_prefix_of_a_hyphenated_word(nlp):
    text = "He is a U.S.-sanctioned businessman."
    found = by_name(extract(nlp, text))
    assert found["United States"] == (Kind.STATE, ["U.S."])


def test_regions_and_loose_adjectives_are_not_states(nlp):
    text = "Latin American leaders, Western diplomats and South American governments met. Communist officials came."
    names = {e.name for e in extract(nlp, text)}
    assert not names & {"United States", "Latin America", "Western", "Communist"}


# -- parties: bodies, acronyms, administrations, outlets ----------------------------------------------


def test_acronym_defined_in_text_joins_its_long_form(nlp):
    text = ("The Federation of Sugar Workers (FSW) called a strike. FSW leaders said the Korean Central News "
            "Agency had lied, and KCNA did not answer.")
    found = by_name(extract(nlp, text))
    assert found["Federation of Sugar Workers"] == (Kind.PARTY, ["Federation of Sugar Workers", "FSW", "FSW"])
    assert found["Korean Central News Agency"][1] == ["Korean Central News Agency", "KCNA"]


def test_acronym_before_a_comma_and_party_long_form(nlp):
    text = "A delegation of the Workers’ Party of Korea led by a vice-chairman of C.C., WPK, left on Tuesday."
    found = by_name(extract(nlp, text))
    assert found["Workers' Party of Korea"] == (Kind.PARTY, ["Workers’ Party of Korea", "WPK"])
    assert "C.C." not in found


def test_organisation_names_keep_their_country_tail(nlp):
    text = "He heads the Communist Party of Cuba and the United Socialist Party of Venezuela."
    found = by_name(extract(nlp, text))
    assert found["Communist Party of Cuba"][0] is Kind.PARTY
    assert found["United Socialist Party of Venezuela"][0] is Kind.PARTY
    assert "Cuba" not in found and "Venezuela" not in found


def test_ministry_is_named_after_its_country(nlp):
    text = ("He worked for the North Korean Ministry of Foreign Affairs for years. Colleagues at the "
            "North Korean foreign ministry said so.")
    found = by_name(extract(nlp, text))
    kind, forms = found["Ministry of Foreign Affairs of North Korea"]
    # the mention keeps its adjective, as the gold writes it ("Russian Ministry of Defence"); the state is inside it
    assert kind is Kind.PARTY and forms[0] == "North Korean Ministry of Foreign Affairs"
    assert forms[-1] == "foreign ministry"
    assert found["North Korea"][1] == ["North Korean", "North Korean"]


def test_country_written_into_a_name_stays_in_it(nlp):
    text = ("The Chinese Communist Party sent a delegate. The U.S. Coast Guard and the Justice Department’s "
            "National Security Division replied, as did Russia’s Pacific Fleet.")
    found = by_name(extract(nlp, text))
    assert found["Communist Party of China"] == (Kind.PARTY, ["Chinese Communist Party"])
    assert found["U.S. Coast Guard"][0] is Kind.PARTY
    assert found["United States Department of Justice"][1] == ["Justice Department"]
    assert found["National Security Division"][0] is Kind.PARTY
    assert found["Pacific Fleet"][0] is Kind.PARTY and found["Russia"][1] == ["Russia"]


def test_apposition_says_a_name_is_a_body(nlp):
    text = "Flights by Caspian Sky, an Iranian airline, carried the parts. Tareq Salem, a senior official, denied it."
    found = by_name(extract(nlp, text))
    assert found["Caspian Sky"][0] is Kind.PARTY
    assert found["Tareq Salem"][0] is Kind.OFFICIAL


def test_administration_white_house_and_outlets(nlp):
    text = ("The Biden administration disagreed. White House officials said Xinhua and Rodong Sinmun "
            "had misquoted them, Reuters reported.")
    found = by_name(extract(nlp, text))
    for name in ("Biden administration", "White House", "Xinhua", "Rodong Sinmun", "Reuters"):
        assert found[name][0] is Kind.PARTY, name


def test_sub_organs_fold_into_their_body(nlp):
    text = ("The gift went to a member of the Presidium of the Political Bureau of the WPK Central Committee "
            "and president of the Presidium of the Supreme People’s Assembly.")
    found = by_name(extract(nlp, text))
    assert set(found) >= {"Political Bureau", "WPK", "Supreme People's Assembly"}
    assert not any("Presidium" in n or "Central Committee" in n for n in found)


def test_bare_body_word_refers_back_or_stands_alone(nlp):
    text = ("The Panel would like to request a response, the letter said. The Party, government, and people of "
            "Venezuela cheered.")
    found = by_name(extract(nlp, text))
    assert found["Panel"] == (Kind.PARTY, ["Panel"])
    assert "Party" not in found  # no party named before it


# -- officials: titles, surnames, shared surnames, first names -----------------------------------------


def test_titles_and_honorifics_are_stripped(nlp):
    text = ("President Miguel Díaz-Canel met communist dictator Kim Jong-un. U.S. Secretary of State Mike Pompeo "
            "and Foreign Minister Jorge Arreaza were there.")
    found = by_name(extract(nlp, text))
    for name in ("Miguel Díaz-Canel", "Kim Jong-un", "Mike Pompeo", "Jorge Arreaza"):
        assert found[name] == (Kind.OFFICIAL, [name])
    assert "State" not in found and "Secretary of State" not in found


def test_surname_goes_to_the_most_recent_full_name(nlp):
    text = ("Fidel Castro led the revolution in 1959. Decades later Raúl Castro took over. "
            "Castro said the economy would open.")
    found = by_name(extract(nlp, text))
    assert found["Raúl Castro"][1] == ["Raúl Castro", "Castro"]
    assert found["Fidel Castro"][1] == ["Fidel Castro"]


def test_two_kims_stay_apart(nlp):
    text = ("Kim Jong-un sent a letter. Kim Yong-nam, the head of the legislature, visited Caracas. "
            "Kim met personally with the president.")
    found = by_name(extract(nlp, text))
    assert found["Kim Jong-un"][1] == ["Kim Jong-un"]
    assert found["Kim Yong-nam"][1] == ["Kim Yong-nam", "Kim"]


def test_surnames_spacy_mislabels_join_the_person(nlp):
    text = ("Nicolás Maduro met Diosdado Cabello in Caracas. Maduro praised Cabello. "
            "“Diosdado has just informed me,” Maduro announced. Guaidó disagreed.")
    found = by_name(extract(nlp, text))
    assert found["Nicolás Maduro"] == (Kind.OFFICIAL, ["Nicolás Maduro", "Maduro", "Maduro"])
    assert found["Diosdado Cabello"] == (Kind.OFFICIAL, ["Diosdado Cabello", "Cabello", "Diosdado"])


def test_korean_family_name_and_variants_in_one_document(nlp):
    text = ("The letter went to Choe Ryong Hae. Kim Yong Nam and Kim Yong-nam are one man. "
            "Ri Il Kyu defected; Ri Il-kyu later said Ri had planned it.")
    found = by_name(extract(nlp, text))
    assert found["Choe Ryong Hae"][0] is Kind.OFFICIAL
    assert found["Kim Yong-nam"][1] == ["Kim Yong Nam", "Kim Yong-nam"]
    assert found["Ri Il-kyu"][1] == ["Ri Il Kyu", "Ri Il-kyu", "Ri"]


def test_nickname_joins_the_person(nlp):
    text = "The artist Danilo Maldonado Machado, known as “El Sexto”—spent two months in prison."
    found = by_name(extract(nlp, text))
    assert found["Danilo Maldonado Machado"][1] == ["Danilo Maldonado Machado", "El Sexto"]


def test_places_the_model_calls_people_are_dropped(nlp):
    text = ("The ship was towed to Port Verde, where it was seized. In Vladivostok on Saturday, Kim toured the "
            "Vostochny Cosmodrome. After leaving Vostochny, he went home.")
    names = {e.name for e in extract(nlp, text)}
    assert not names & {"Port Verde", "Vladivostok", "Vostochny", "Vostochny Cosmodrome"}


def test_name_used_as_a_modifier_or_a_building_is_dropped(nlp):
    text = "The ruling Kim family was praised at the Miraflores presidential palace on Monday."
    assert extract(nlp, text) == []


# -- vessels --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("Greece seized a Syrian ship named Sea Breeze on Friday. The Sea Breeze was towed to port.", "Sea Breeze"),
    ("Indonesia detained the freighter Wise Honest in 2018.", "Wise Honest"),
    ("The Treasury blacklisted the vessel M/V Yu Jong 2 (IMO 8604917) for carrying coal.", "Yu Jong 2"),
    ("Officials boarded a North Korean cargo ship, the Lady Rania, off Crete.", "Lady Rania"),
])
def test_named_ships(nlp, text, name):
    found = by_name(extract(nlp, text))
    assert found[name][0] is Kind.VESSEL
    # a prefix written before the name ("M/V Yu Jong 2") is part of that mention; the entity's name is without it
    assert all(form == name or form in {f"M/V {name}"} for form in found[name][1] if form[0].isupper())


def test_flag_cue_and_a_list_of_ships(nlp):
    text = ("The Liberian-flagged Ocean Pearl reached port. Its sister ships, the Blue Lotus, the Red Crane "
            "and the Star Bay, were still at sea.")
    found = by_name(extract(nlp, text))
    for name in ("Ocean Pearl", "Blue Lotus", "Red Crane", "Star Bay"):
        assert found[name][0] is Kind.VESSEL, name


def test_later_mentions_of_a_ship_are_the_ship(nlp):
    text = ("Panama stopped a North Korean ship named Morning Star. Morning Star carried sugar. "
            "The ship was released in 2014.")
    found = by_name(extract(nlp, text))
    kind, forms = found["Morning Star"]
    assert kind is Kind.VESSEL and forms == ["Morning Star", "Morning Star", "ship"]


# -- page furniture and the headline --------------------------------------------------------------------

ARTICLE = """Iran Sends Envoy To Caracas Amid Oil Row

The Associated Press
AP Photo/Ariana Cubillos

Iran's foreign minister arrived in Caracas on Monday, Venezuela's government said.

Follow Jane Doe on Facebook and Twitter.


Please let us know if you're having issues with commenting.

COMMENTS
"""


def test_page_furniture_lines_are_found():
    lines = [ARTICLE[a:b].strip() for a, b in furniture_ranges(ARTICLE)]
    assert lines == ["The Associated Press", "AP Photo/Ariana Cubillos", "Follow Jane Doe on Facebook and Twitter.",
                     "Please let us know if you're having issues with commenting.", "COMMENTS"]


def test_furniture_and_social_networks_give_no_entities(nlp):
    found = by_name(extract(nlp, ARTICLE))
    assert set(found) == {"Iran", "Venezuela"}
    assert found["Venezuela"][1] == ["Venezuela"]  # "To Caracas", "in Caracas": the city, not the government


# -- unseen articles: different names, same subjects ------------------------------------------------------

def article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


UNSEEN = [
    (article(
        'Greece Seizes Syrian Tanker Suspected of Smuggling Oil to Hezbollah',
        'Greek authorities on Friday detained a Syrian-flagged oil tanker, the Lady Rania, off the island of '
        'Crete, the Hellenic Coast Guard said in a statement.',
        'The vessel, carrying 90,000 tons of crude oil, was stopped after a tip from the U.S. Treasury '
        'Department, which has accused Damascus of using the ship to fund Hezbollah. Greek Shipping Minister '
        "Ioannis Plakiotakis told reporters that the tanker's crew of 24 was being questioned.",
        'Syria\'s Foreign Ministry condemned the seizure as "an act of piracy" and demanded that Athens '
        'release the Lady Rania immediately. Syrian President Bashar al-Assad has repeatedly accused '
        'Washington of strangling his country with sanctions.',
        'Reuters could not independently confirm the report. The European Union imposed sanctions on Syrian '
        'oil exports in 2011.',
        'Follow Jane Doe on Facebook and Twitter.',
    ), {("Greece", Kind.STATE), ("Syria", Kind.STATE), ("Hezbollah", Kind.PARTY), ("Lady Rania", Kind.VESSEL),
      ("Hellenic Coast Guard", Kind.PARTY), ("U.S. Treasury Department", Kind.PARTY), ("United States", Kind.STATE),
      ("Ioannis Plakiotakis", Kind.OFFICIAL), ("Ministry of Foreign Affairs of Syria", Kind.PARTY),
      ("Bashar al-Assad", Kind.OFFICIAL), ("Reuters", Kind.PARTY), ("European Union", Kind.PARTY)}),
    (article(
        'Iranian Foreign Minister Visits Caracas to Deepen Ties With Maduro Regime',
        'Iranian Foreign Minister Hossein Amir-Abdollahian arrived in Caracas on Monday for talks with '
        'Venezuelan officials, the state news agency IRNA reported.',
        'Amir-Abdollahian met with Venezuelan dictator Nicolás Maduro and Foreign Minister Yván Gil at the '
        'Miraflores palace. Maduro praised Tehran as "a brother nation" and said Venezuela and Iran would '
        'sign new energy agreements.',
        "The visit comes weeks after Washington tightened sanctions on Venezuela's state oil company, "
        'Petróleos de Venezuela (PDVSA). Gil said the two countries share a "common struggle against '
        'imperialism." Amir-Abdollahian later traveled to Havana, where he met Cuban Foreign Minister Bruno '
        'Rodríguez Parrilla.',
        'The Biden administration has warned that Iranian support for the Maduro regime threatens regional '
        'stability. Secretary of State Antony Blinken called the visit "deeply concerning."',
    ), {("Iran", Kind.STATE), ("Venezuela", Kind.STATE), ("Hossein Amir-Abdollahian", Kind.OFFICIAL),
      ("IRNA", Kind.PARTY), ("Nicolás Maduro", Kind.OFFICIAL), ("Yván Gil", Kind.OFFICIAL),
      ("United States", Kind.STATE),
      ("Petróleos de Venezuela", Kind.PARTY), ("Cuba", Kind.STATE), ("Bruno Rodríguez Parrilla", Kind.OFFICIAL),
      ("Biden administration", Kind.PARTY), ("Antony Blinken", Kind.OFFICIAL)}),
    (article(
        "North Korean Defector Reveals Life Inside Pyongyang's Elite",
        'A former North Korean trade official who defected to South Korea last year said the regime of Kim '
        'Jong Un relies on smuggling through China to survive sanctions.',
        'Jo Song-gil, who fled the North Korean embassy in Rome in 2018, told Yonhap that Pyongyang uses '
        "ship-to-ship transfers to evade the United Nations ban on coal exports. South Korea's Ministry of "
        'Unification confirmed that Jo arrived in Seoul with his wife.',
        "Jo said that officials of the Workers' Party of Korea (WPK) pressured diplomats abroad to raise "
        'money. He named the freighter Wise Honest, seized by Indonesia in 2018 and later forfeited to the '
        'United States, as one of the ships used. The Korean Central News Agency (KCNA) called him "human '
        'scum" on Tuesday.',
        'Japanese Prime Minister Fumio Kishida said Tokyo would cooperate with Seoul and Washington. Kishida '
        'spoke after meeting South Korean President Yoon Suk Yeol.',
    ), {("North Korea", Kind.STATE), ("South Korea", Kind.STATE), ("Kim Jong Un", Kind.OFFICIAL), ("China", Kind.STATE),
      ("Jo Song-gil", Kind.OFFICIAL), ("Yonhap", Kind.PARTY), ("United Nations", Kind.PARTY),
      ("Ministry of Unification of South Korea", Kind.PARTY), ("Workers' Party of Korea", Kind.PARTY),
      ("Wise Honest", Kind.VESSEL), ("Indonesia", Kind.STATE), ("United States", Kind.STATE),
      ("Korean Central News Agency", Kind.PARTY), ("Japan", Kind.STATE), ("Fumio Kishida", Kind.OFFICIAL),
      ("Yoon Suk Yeol", Kind.OFFICIAL)}),
]


UNSEEN.append((article(
    "U.S. Sanctions Chinese Firms for Shipping North Korean Coal",
    "By John Smith\nReuters",
    "A cargo ship is seen at the port of Nampo, North Korea, in this undated photo.\nKCNA via REUTERS",
    "WASHINGTON (Reuters) - The United States on Thursday blacklisted two Chinese companies and the Togo-flagged "
    "vessel M/V Yu Jong 2 (IMO 8604917) for carrying North Korean coal, the Treasury Department said.",
    "Treasury's Office of Foreign Assets Control (OFAC) said Dalian Sun Shipping Co. had arranged ship-to-ship "
    "transfers off the coast of China. Beijing's envoy to the United Nations, Zhang Jun, rejected the move.",
    "The Yu Jong 2 was previously spotted loading coal in Nampo. Pyongyang has repeatedly denounced sanctions.",
    "Deputy Treasury Secretary Wally Adeyemo said Washington would keep up pressure on Kim Jong-un. Kim Yo-jong, "
    "the leader's sister, warned Seoul and Washington of consequences.",
), {("United States", Kind.STATE), ("China", Kind.STATE), ("North Korea", Kind.STATE), ("Reuters", Kind.PARTY),
    ("Togo", Kind.STATE), ("Yu Jong 2", Kind.VESSEL), ("U.S. Treasury Department", Kind.PARTY),
    ("Office of Foreign Assets Control", Kind.PARTY), ("Dalian Sun Shipping Co.", Kind.PARTY),
    ("United Nations", Kind.PARTY), ("Zhang Jun", Kind.OFFICIAL), ("Wally Adeyemo", Kind.OFFICIAL),
    ("Kim Jong-un", Kind.OFFICIAL), ("Kim Yo-jong", Kind.OFFICIAL), ("South Korea", Kind.STATE)}))

UNSEEN.append((article(
    'Cuba Hosts Russian Warship as Moscow Deepens Ties With Havana',
    "Russia's navy frigate Admiral Gorshkov docked in Havana on Wednesday, the Cuban Ministry of the "
    'Revolutionary Armed Forces said, in a visit that Washington called a provocation.',
    'The frigate arrived alongside the nuclear-powered submarine Kazan and the oil tanker Pashin. Cuban '
    'Foreign Minister Bruno Rodríguez said the visit followed "international norms." Rodríguez met '
    'Russian Ambassador Viktor Koronelli the same day.',
    'U.S. Southern Command said it was monitoring the ships. State Department spokesman Matthew Miller '
    'told reporters that the vessels posed no direct threat.',
    'Moscow and Havana have grown closer since Russian President Vladimir Putin hosted Cuban leader '
    'Miguel Díaz-Canel in 2022. Putin praised Cuba\'s "courage" in resisting the American embargo, TASS '
    'reported.',
    'The Kazan left Havana harbor on Monday, according to Prensa Latina.',
), {("Cuba", Kind.STATE), ("Russia", Kind.STATE), ("United States", Kind.STATE), ("Admiral Gorshkov", Kind.VESSEL),
    ("Ministry of the Revolutionary Armed Forces of Cuba", Kind.PARTY), ("Kazan", Kind.VESSEL), ("Pashin", Kind.VESSEL),
    ("Bruno Rodríguez", Kind.OFFICIAL), ("Viktor Koronelli", Kind.OFFICIAL), ("Southern Command", Kind.PARTY),
    ("U.S. State Department", Kind.PARTY), ("Matthew Miller", Kind.OFFICIAL), ("Vladimir Putin", Kind.OFFICIAL),
    ("Miguel Díaz-Canel", Kind.OFFICIAL), ("TASS", Kind.PARTY), ("Prensa Latina", Kind.PARTY)}))

UNSEEN.append((article(
    'South Korea Says North Korean Soldier Defected Across DMZ',
    "A North Korean soldier crossed the heavily fortified border into South Korea on Tuesday, Seoul's "
    'Joint Chiefs of Staff (JCS) said.',
    'The soldier, whose name was not released, was taken into custody by the South Korean military and is '
    'being questioned by the National Intelligence Service, officials said. It was the second such '
    'defection this year.',
    "North Korean state media did not comment. Earlier this month, Kim Jong Un's sister Kim Yo Jong "
    'accused Seoul of sending propaganda leaflets, warning that Pyongyang would respond.',
    'South Korean President Lee Jae-myung has urged dialogue with the North. Lee told reporters in Seoul '
    'that his government would "open every channel" to Pyongyang. The United Nations Command, which '
    'oversees the armistice, was informed of the crossing.',
    'Unification Minister Chung Dong-young said the defector would be resettled after questioning. Chung '
    "said the ministry had not yet contacted the soldier's family.",
), {("South Korea", Kind.STATE), ("North Korea", Kind.STATE), ("Joint Chiefs of Staff", Kind.PARTY),
    ("National Intelligence Service", Kind.PARTY), ("Kim Jong Un", Kind.OFFICIAL), ("Kim Yo Jong", Kind.OFFICIAL),
    ("Lee Jae-myung", Kind.OFFICIAL), ("United Nations Command", Kind.PARTY), ("Chung Dong-young", Kind.OFFICIAL)}))

UNSEEN.append((article(
    'Venezuela Frees American Detainees After Talks With Washington',
    'Venezuelan authorities on Saturday released six American citizens held in Caracas, the State '
    'Department confirmed, after a visit by U.S. envoy Richard Grenell.',
    "Grenell met Nicolás Maduro at the Miraflores Palace for more than two hours. Maduro's government "
    'said the meeting had been "respectful." Venezuelan Interior Minister Diosdado Cabello later said the '
    'detainees had been handed to Grenell at the airport.',
    'The release came as the Trump administration pressed Caracas to accept deportation flights. '
    'Secretary of State Marco Rubio said Washington would not ease sanctions on the state oil company '
    'PDVSA.',
    'Opposition leader María Corina Machado criticized the talks on X, saying they legitimized "a '
    'criminal regime." Machado has lived in hiding since the disputed election, in which the National '
    'Electoral Council declared Maduro the winner.',
    'Meanwhile, the Chinese-owned tanker Thousand Sunny left the port of Jose with a cargo of Venezuelan '
    "crude, according to TankerTrackers.com. China has remained Maduro's largest oil customer.",
), {("Venezuela", Kind.STATE), ("United States", Kind.STATE), ("U.S. State Department", Kind.PARTY),
    ("Richard Grenell", Kind.OFFICIAL), ("Nicolás Maduro", Kind.OFFICIAL), ("Diosdado Cabello", Kind.OFFICIAL),
    ("Trump administration", Kind.PARTY), ("Marco Rubio", Kind.OFFICIAL), ("PDVSA", Kind.PARTY),
    ("María Corina Machado", Kind.OFFICIAL), ("National Electoral Council", Kind.PARTY), ("China", Kind.STATE),
    ("Thousand Sunny", Kind.VESSEL), ("TankerTrackers.com", Kind.PARTY)}))

UNSEEN.append((article(
    'UN Panel Says North Korea Evaded Sanctions With Help From Chinese Brokers',
    'A confidential report by the U.N. Panel of Experts says North Korea imported refined petroleum far '
    'above the cap set by the Security Council, using vessels registered in Sierra Leone and Togo.',
    'The panel named the tanker New Regent and the bulk carrier Sun Rise among ships that switched off '
    'their tracking systems near Shanghai. It said a Singapore-based broker, Kim Hyon Il, arranged '
    'payments through front companies in Hong Kong.',
    'North Korea\'s mission to the United Nations rejected the findings. "The so-called panel is a puppet '
    'of the United States," the mission said in a statement carried by KCNA.',
    "Ambassador Linda Thomas-Greenfield said Washington would seek new designations. Russia's envoy "
    'Vassily Nebenzia said Moscow opposed further measures and accused the panel of bias. Nebenzia noted '
    "that Russia had vetoed the panel's renewal in March.",
    "Japan's Coast Guard photographed the New Regent taking on cargo from an unidentified ship in the "
    'East China Sea, Japanese Defense Minister Minoru Kihara said.',
), {("North Korea", Kind.STATE), ("China", Kind.STATE), ("UN Panel of Experts", Kind.PARTY),
    ("UN Security Council", Kind.PARTY), ("Sierra Leone", Kind.STATE), ("Togo", Kind.STATE),
    ("New Regent", Kind.VESSEL),
    ("Sun Rise", Kind.VESSEL), ("Singapore", Kind.STATE), ("Kim Hyon Il", Kind.OFFICIAL), ("Hong Kong", Kind.STATE),
    ("United Nations", Kind.PARTY), ("United States", Kind.STATE), ("Korean Central News Agency", Kind.PARTY),
    ("Linda Thomas-Greenfield", Kind.OFFICIAL), ("Russia", Kind.STATE), ("Vassily Nebenzia", Kind.OFFICIAL),
    ("Japan", Kind.STATE), ("Coast Guard", Kind.PARTY), ("Minoru Kihara", Kind.OFFICIAL)}))

UNSEEN.append((article(
    'Cuba Blames U.S. Embargo as Blackout Hits Island',
    "HAVANA (AP) — Cuba's electrical grid collapsed again on Friday, leaving millions without power, the "
    'Ministry of Energy and Mines said.',
    'Prime Minister Manuel Marrero said on state television that fuel shortages caused by the U.S. '
    'embargo were to blame. Marrero said Mexico and Russia had promised oil shipments. A Mexican tanker, '
    'the Bicentenario, was expected in Matanzas next week.',
    'President Miguel Díaz-Canel wrote on X that "the blockade" was the main cause. Díaz-Canel met the '
    'Russian ambassador in Havana on Thursday.',
    "U.S. State Department spokesman Matthew Miller rejected the claim. Miller said Havana's "
    '"mismanagement" was at fault and that humanitarian exports were exempt.',
    'Protests broke out in Santiago de Cuba, according to the rights group Cubalex. The Communist Party '
    'newspaper Granma did not mention the protests.',
), {("Cuba", Kind.STATE), ("United States", Kind.STATE), ("Associated Press", Kind.PARTY),
    ("Ministry of Energy and Mines", Kind.PARTY), ("Manuel Marrero", Kind.OFFICIAL), ("Mexico", Kind.STATE),
    ("Russia", Kind.STATE), ("Bicentenario", Kind.VESSEL), ("Miguel Díaz-Canel", Kind.OFFICIAL),
    ("U.S. State Department", Kind.PARTY), ("Matthew Miller", Kind.OFFICIAL), ("Cubalex", Kind.PARTY),
    ("Communist Party of Cuba", Kind.PARTY), ("Granma", Kind.PARTY)}))

UNSEEN.append((article(
    'North Korea Hosts Belarusian Leader as Minsk Seeks New Markets',
    'PYONGYANG, North Korea (AP) — Belarusian President Alexander Lukashenko arrived in Pyongyang on '
    'Thursday for talks with Kim Jong Un, the first visit by a European head of state in decades, North '
    "Korea's official Korean Central News Agency said.",
    'Kim greeted Lukashenko at Sunan International Airport with an honor guard. The two leaders signed a '
    'treaty on friendship and cooperation, and Minsk agreed to supply tractors and potash fertilizer, '
    'KCNA said.',
    'Belarus, a close ally of Moscow, has itself been sanctioned by the European Union and the United '
    "States since a disputed 2020 election. Lukashenko's foreign minister, Maxim Ryzhenkov, said Belarus "
    'would "not bow to pressure from Brussels."',
    "South Korea's Unification Ministry said it was monitoring the visit. A ministry spokesperson, Koo "
    'Byoung-sam, told reporters that any arms cooperation would violate U.N. Security Council '
    'resolutions.',
    "Analysts at the Seoul-based Asan Institute for Policy Studies said the trip reflected Pyongyang's "
    'effort to court partners beyond Beijing and Moscow.',
), {("North Korea", Kind.STATE), ("Belarus", Kind.STATE), ("Associated Press", Kind.PARTY),
    ("Alexander Lukashenko", Kind.OFFICIAL), ("Kim Jong Un", Kind.OFFICIAL), ("Korean Central News Agency", Kind.PARTY),
    ("Russia", Kind.STATE), ("European Union", Kind.PARTY), ("United States", Kind.STATE),
    ("Maxim Ryzhenkov", Kind.OFFICIAL), ("South Korea", Kind.STATE),
    ("Ministry of Unification of South Korea", Kind.PARTY),
    ("Koo Byoung-sam", Kind.OFFICIAL), ("UN Security Council", Kind.PARTY),
    ("Asan Institute for Policy Studies", Kind.PARTY), ("China", Kind.STATE)}))


@pytest.mark.parametrize(("text", "expected"), UNSEEN, ids=["syrian-tanker", "iran-caracas", "defector", "coal",
                                                             "warship", "dmz", "detainees", "un-panel", "blackout",
                                                             "belarus"])
def test_unseen_articles(nlp, text, expected):
    got = {(e.name, e.kind) for e in extract(nlp, text)}
    tp = len(got & expected)
    precision, recall = tp / len(got), tp / len(expected)
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    assert f1 >= 0.85, (sorted(got - expected), sorted(expected - got))


# -- text as read: non-breaking spaces, odd inputs --------------------------------------------------------


def test_non_breaking_spaces_inside_names(nlp):
    text = "North\u00a0Korea and South Korea met.\nKim Jong\u00a0Un spoke."
    found = by_name(extract(nlp, text))
    assert found["North Korea"][1] == ["North\u00a0Korea"]
    assert found["Kim Jong Un"][1] == ["Kim Jong\u00a0Un"]


@pytest.mark.parametrize("text", ["", "\n\n", "The ship.", "COMMENTS"])
def test_texts_without_names(nlp, text):
    assert extract(nlp, text) == []


# -- rules added for generalisation (E2): short sentences written for them -----------------------------------


def test_hyphenated_korean_given_name_keeps_its_lower_case_syllable(nlp):
    found = entity_with(extract(nlp, "South Korean Unification Minister Han Dong-in met the envoy on Monday."),
                        "Han Dong-in")
    assert found is not None and found.kind is Kind.OFFICIAL


def test_ministry_named_with_its_country_adjective_keeps_both(nlp):
    ents = extract(nlp, "The Chilean Foreign Ministry protested on Monday. The Foreign Ministry said it would act.")
    ministry = entity_with(ents, "Chilean Foreign Ministry")
    assert ministry is not None and ministry.name == "Ministry of Foreign Affairs of Chile"
    # the name as written with its country and the later bare mention; the same words inside the first (how the
    # article writes it alone) are not a second mention there, since the bare mention carries that form
    # (core/extract/nested.py)
    assert [m.text for m in ministry.mentions] == ["Chilean Foreign Ministry", "Foreign Ministry"]
    assert [m.start for m in ministry.mentions] == [4, 54]
    assert entity_with(ents, "Chilean").kind is Kind.STATE


def test_bare_ministry_before_another_countrys_is_not_merged_into_it(nlp):
    ents = extract(nlp, "A Foreign Ministry statement was read on state radio. Separately, the Peruvian Foreign "
                        "Ministry summoned the ambassador.")
    bare = next(e for e in ents if any(m.start == 2 for m in e.mentions))
    assert bare is not entity_with(ents, "Peruvian Foreign Ministry")


def test_portfolio_words_before_a_title_are_not_a_body(nlp):
    found = by_name(extract(nlp, "Peruvian Energy Minister Carlos Quispe said prices would fall. "
                                 "Chile's National Security Adviser Ana Soto agreed."))
    assert "Energy" not in found and not any("Security Adviser" in name for name in found)
    assert found["Carlos Quispe"][0] is Kind.OFFICIAL


def test_firm_names_are_parties_even_when_the_model_says_person(nlp):
    ents = extract(nlp, "The companies, Qingdao Hailong International Freight and Ningbo Dayu Maritime, were "
                        "sanctioned on Friday.")
    for form in ("Qingdao Hailong International Freight", "Ningbo Dayu Maritime"):
        found = entity_with(ents, form)
        assert found is not None and found.kind is Kind.PARTY, form


def test_ships_listed_after_a_plural_vessel_noun(nlp):
    ents = extract(nlp, "The cargoes, aboard the tankers Maris, Halcyon and Orla, were seized by the navy.")
    assert {e.name for e in ents if e.kind is Kind.VESSEL} == {"Maris", "Halcyon", "Orla"}


def test_hyphenated_and_numbered_body_names(nlp):
    ents = extract(nlp, "A patrol plane of the Ground Self-Defense Force took photographs. He once ran "
                        "Bureau 121 for the ruling party.")
    assert entity_with(ents, "Ground Self-Defense Force").kind is Kind.PARTY
    assert entity_with(ents, "Bureau 121").kind is Kind.PARTY


def test_department_of_a_party_is_two_bodies(nlp):
    ents = extract(nlp, "The firm is owned by the Propaganda Department of the Socialist Party of Chile.")
    assert entity_with(ents, "Propaganda Department") is not None
    assert entity_with(ents, "Socialist Party of Chile") is not None


def test_names_a_common_noun_calls_a_body(nlp):
    ents = extract(nlp, "The tanker is owned by the state oil firm Petrolandia. Zentrix, the Chilean state mining "
                        "giant, said it would comply. Leaders met at a summit of the SICA bloc.")
    for form in ("Petrolandia", "Zentrix", "SICA"):
        found = entity_with(ents, form)
        assert found is not None and found.kind is Kind.PARTY, form


def test_reporting_clause_after_a_name_is_not_an_apposition(nlp):
    ents = extract(nlp, "Troops arrived in support of President Ana Ruiz Vega, the Andina news agency reported.")
    assert entity_with(ents, "Ana Ruiz Vega").kind is Kind.OFFICIAL


def test_a_regime_named_after_its_ruler_is_the_ruler(nlp):
    ents = extract(nlp, "Cuba is the lifeline of the Ferreira regime, the envoy said.")
    assert entity_with(ents, "Ferreira").kind is Kind.OFFICIAL


def test_towns_used_as_places_are_not_people_or_bodies(nlp):
    text = ("Officials met in the port city of Nakhodka on Friday. The tanker belongs to a Nakhodka-based company, "
            "the agency said. He welcomed the Nakhodka summit.")
    assert extract(nlp, text) == []


def test_first_name_opening_a_sentence_joins_the_name_after_it(nlp):
    ents = extract(nlp, "Yolanda Ccori Huaman, a Cuban doctor, sued.")
    assert entity_with(ents, "Yolanda Ccori Huaman").kind is Kind.OFFICIAL


def test_us_department_gives_the_state_and_the_body_as_written_alone(nlp):
    ents = extract(nlp, "The U.S. Treasury Department blacklisted the firm in 2018.")
    assert entity_with(ents, "U.S.").kind is Kind.STATE
    assert entity_with(ents, "Treasury Department").kind is Kind.PARTY


def test_names_that_keep_their_place_word(nlp):
    ents = extract(nlp, "The Chilean Press Agency (CPA) said trucks built by the Lima Cement Works arrived. "
                        "The Peruvian Navy escorted them.")
    assert entity_with(ents, "Chilean Press Agency").kind is Kind.PARTY
    assert entity_with(ents, "Lima Cement Works").kind is Kind.PARTY
    navy = entity_with(ents, "Peruvian Navy")
    assert navy is not None and navy.kind is Kind.PARTY
    assert entity_with(ents, "Peruvian").kind is Kind.STATE


def test_corvettes_airlines_state_run_outlets_and_models(nlp):
    ents = extract(nlp, "A Chilean Navy corvette, the Esmeralda Sur, docked. He arrived on an Air Andina flight "
                        "and told the state-run Morning Star of Peru that a P-8A patrol plane flew over.")
    assert entity_with(ents, "Esmeralda Sur").kind is Kind.VESSEL
    assert entity_with(ents, "Air Andina").kind is Kind.PARTY
    assert entity_with(ents, "Morning Star of Peru").kind is Kind.PARTY
    assert entity_with(ents, "P-8A") is None


def test_acronym_defined_in_the_text_wins_over_a_known_one(nlp):
    ents = extract(nlp, "The Armed Forces of Peru (AFP) said on Monday that AFP units had left the border.")
    forces = entity_with(ents, "Armed Forces of Peru")
    assert forces is not None and {m.text for m in forces.mentions} == {"Armed Forces of Peru", "AFP"}


def test_camel_case_names_and_navy_prefixes(nlp):
    ents = extract(nlp, "U.S. Ambassador JoAnne Pirelli said the marines aboard the BRP Lapu Bayani were safe.")
    assert entity_with(ents, "JoAnne Pirelli").kind is Kind.OFFICIAL
    ship = entity_with(ents, "BRP Lapu Bayani")
    assert ship.kind is Kind.VESSEL and ship.name == "Lapu Bayani"


def test_name_the_model_called_a_work_of_art_is_a_person_before_who(nlp):
    from spacy.tokens import Span as SpacySpan

    doc = nlp("The ties date to the presidency of Hugo Quintero, who signed deals with Peru.")
    doc.ents = [SpacySpan(doc, 7, 9, label="WORK_OF_ART"), *[e for e in doc.ents if e.label_ == "GPE"]]
    found = {e.name: e.kind for e in find_entities(doc)}
    assert found.get("Hugo Quintero") is Kind.OFFICIAL


def test_known_body_before_another_body_and_a_states_own_council(nlp):
    ents = extract(nlp, "A spokesman for the White House National Security Council spoke. Peru's Security Council "
                        "met, and the U.S. Treasury's Office of Foreign Assets Control acted.")
    # round Q: "the White House National Security Council" is the council's full name, one body (as gold has it in
    # blind12, blind21 and blind22), no longer the White House and a council
    assert entity_with(ents, "White House National Security Council").kind is Kind.PARTY
    assert entity_with(ents, "Security Council").name == "Security Council of Peru"
    assert entity_with(ents, "Office of Foreign Assets Control") is not None


def test_firm_name_cut_short_by_the_model_before_a_company_apposition(nlp):
    from spacy.tokens import Span as SpacySpan

    doc = nlp("Oil was bought from Sepahan Naft Jahan Kala Pars, a company controlled by the army.")
    doc.ents = [SpacySpan(doc, 4, 6, label="ORG")]
    assert "Sepahan Naft Jahan Kala Pars" in {e.name for e in find_entities(doc)}


def test_batch_d_rules_on_invented_sentences(nlp):
    ents = extract(nlp, "Iran's semi-official Kavir news agency said so. Abdul Karim al-Najjar, the group's leader, "
                        "spoke. Rockets hit dozens of merchant ships since May, including the Coral Dawn, which was "
                        "seized. He watched from a stand on the Paseo Los Olivos in Caracas.")
    assert entity_with(ents, "Kavir").kind is Kind.PARTY
    assert entity_with(ents, "Abdul Karim al-Najjar").kind is Kind.OFFICIAL
    assert entity_with(ents, "Coral Dawn").kind is Kind.VESSEL
    assert entity_with(ents, "Paseo Los Olivos") is None


def test_long_state_name_before_a_force_and_a_self_given_name(nlp):
    ents = extract(nlp, "The Islamic Republic of Iran Navy sent ships. The Zarqis, who call themselves Ansar "
                        "al-Haqq, fired drones at them.")
    navy = entity_with(ents, "Islamic Republic of Iran Navy")
    assert navy is not None and navy.kind is Kind.PARTY
    assert entity_with(ents, "Ansar al-Haqq") is None or entity_with(ents, "Ansar al-Haqq").kind is Kind.PARTY


def test_person_shaped_firm_after_an_arms_maker_with_its_acronym(nlp):
    ents = extract(nlp, "The drones were built by the state arms maker Compañía Anónima Peruana de Armas Ligeras "
                        "(CAPAL), officials said. CAPAL denied it.")
    firm = entity_with(ents, "CAPAL")
    assert firm is not None and firm.kind is Kind.PARTY
    assert any(m.text.startswith("Compañía") for m in firm.mentions)


def test_a_lone_ship_prefix_or_letter_is_not_a_ship():
    from core.extract import extract_text

    found = extract_text("The ships MV Wise Honest, MV, M/V, MT and the tanker were seized.").entities
    assert {(e.name, e.kind) for e in found} == {("Wise Honest", "VESSEL")}
    found = extract_text("Indonesia detained the M/V Wise Honest in April.").entities
    assert {(e.name, e.kind) for e in found} == {("Indonesia", "STATE"), ("Wise Honest", "VESSEL")}


def test_a_list_sentence_ties_neighbours_not_every_pair():
    from core.extract import extract_text
    from core.extract.relations.reader import MAX_PAIRWISE

    countries = ["Cuba", "Chile", "Peru", "Brazil", "Mexico", "Iran", "Iraq", "Syria", "Japan", "China", "India",
                 "Egypt", "Kenya", "Ghana", "Spain", "Italy", "France", "Greece", "Norway", "Sweden"]
    assert len(countries) > MAX_PAIRWISE
    extraction = extract_text("Envoys from " + ", ".join(countries) + " met on Monday.")
    assert len(extraction.entities) == len(countries)
    assert len(extraction.relations) < 2 * len(countries), "a long list must not produce every pair"
