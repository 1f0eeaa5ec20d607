"""Entity precision on unseen news: furniture, titles beside names, state words that name no state, firm lists
(core/extract/furniture.py, titled.py, statenames.py and the word lists in core/extract/data/).

Every sentence here is invented for its rule; the measure of quality is bench/real (real articles, scored).
"""

from __future__ import annotations

from core.extract.coref import Mention
from core.extract.furniture import furniture_ranges
from core.extract.news_kinds import news_fixes
from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE, forms, holding


def kinds(nlp, body: str) -> dict[str, tuple[Kind, set[str]]]:
    return forms(extract(nlp, HEADLINE + body))


def _furniture(text: str) -> list[str]:
    return [text[a:b] for a, b in furniture_ranges(text)]


# -- furniture ------------------------------------------------------------------------------------------------


def test_a_byline_on_the_first_line_is_furniture_not_a_headline():
    text = "By Anna Berg and Tomas Lind, CNN\n\nThe government of Ruritania said on Monday it would close the port.\n"
    assert "By Anna Berg and Tomas Lind, CNN\n" in _furniture(text)


def test_a_first_line_headline_is_not_taken_for_a_byline():
    text = "Ruritania closes its port to foreign tankers\n\nThe government of Ruritania said on Monday it would.\n"
    assert not any("Ruritania closes" in f for f in _furniture(text))


def test_agency_lines_credits_and_contributions_are_furniture():
    text = (
        "Port closed\n\nAFP , Tuesday 9 Mar 2027\n\nThe flags of two states (Reuters and AP photos).\n"
        " date 2027-03-09 (Bloomberg) -- Ruritania closed its port.\n"
        "Reporting contributed by CNN's Pat Doe in Lima.\n"
        "Ports shut. 13 March, 2027 07:43. by Lee Min-ah lee@paper.com.\n"
    )
    found = " ".join(_furniture(text))
    for part in ("AFP , Tuesday 9 Mar 2027", "(Reuters and AP photos)", "(Bloomberg) --", "Pat Doe", "Lee Min-ah"):
        assert part in found, part


def test_an_agency_named_in_a_sentence_is_not_furniture():
    text = "Port closed\n\nThe minister told AFP on Tuesday that the port of Ruritania would stay shut until 2028.\n"
    assert not any("AFP" in f for f in _furniture(text))


# -- titles beside names --------------------------------------------------------------------------------------


def test_a_regnal_name_is_a_person(nlp):
    got = kinds(nlp, "Morocco\u2019s King Rachid VI has called for improved ties with Algeria.\n")
    assert got["Rachid VI"][0] is Kind.OFFICIAL


def test_a_demonym_before_a_royal_title_is_the_state_and_the_rest_the_person(nlp):
    entities = extract(nlp, HEADLINE + "Putin spoke at a meeting with Jordanian King Talal III on Monday.\n")
    person = holding(entities, "Talal III")
    assert person is not None and person.kind is Kind.OFFICIAL
    state = holding(entities, "Jordanian")
    assert state is not None and state.name == "Jordan"


def test_portfolio_words_after_a_title_name_no_body(nlp):
    got = kinds(
        nlp,
        "The deputy said Acting Under Secretary of the Treasury for Terrorism and Financial Crimes Alan B. Crane. "
        "Pedro Sol, Ruritania's Minister of State for Regional Harmony, was sanctioned.\n",
    )
    assert not any(name in got for name in ("Terrorism", "Financial Crimes", "State for Regional Harmony"))
    assert got["Alan B. Crane"][0] is Kind.OFFICIAL and got["Pedro Sol"][0] is Kind.OFFICIAL


def test_a_body_after_a_title_and_for_is_kept(nlp):
    got = kinds(nlp, "She is Special Envoy for the Horn of Africa and head of the Office for Ocean Affairs.\n")
    assert not any(name.startswith("Horn") and kind is not Kind.STATE for name, (kind, _) in got.items())


# -- state words that name no state ---------------------------------------------------------------------------


def test_a_former_soviet_state_is_not_the_soviet_union(nlp):
    got = kinds(nlp, "Moldova expelled diplomats trying to destabilise the former Soviet state on Tuesday.\n")
    assert "Soviet Union" not in got and got["Moldova"][0] is Kind.STATE


def test_the_soviet_union_named_is_kept(nlp):
    got = kinds(nlp, "Cuba was the Soviet Union's closest ally, and Soviet subsidies ended in 1991.\n")
    assert got["Soviet Union"][0] is Kind.STATE


def test_a_people_is_not_its_namesake_state_unless_the_state_is_named(nlp):
    got = kinds(nlp, "The pilot fell into the hands of Turkmen forces in Syria, a Hutu militia said.\n")
    assert "Turkmenistan" not in got and "Hutu" not in got and got["Syria"][0] is Kind.STATE
    named = kinds(nlp, "Turkmenistan sells gas to China, and Turkmen officials signed the deal.\n")
    assert named["Turkmenistan"][1] >= {"Turkmenistan", "Turkmen"}


def test_congo_beside_the_democratic_republic_is_that_state(nlp):
    got = kinds(nlp, "Rebels hold cities in the Democratic Republic of Congo. Congo accuses Rwanda of backing them.\n")
    assert got["Democratic Republic of the Congo"][1] >= {"Democratic Republic of Congo", "Congo"}
    assert "Republic of the Congo" not in got


def test_a_town_a_treaty_is_named_after_and_the_treaty_are_not_entities(nlp):
    got = kinds(nlp, "The raid on the Ruritanian Embassy violated the Vienna Convention on Consular Relations.\n")
    assert "Austria" not in got and not any(name.startswith("Convention") for name in got)
    assert "Embassy" not in got


# -- names in lists -------------------------------------------------------------------------------------------


def test_two_bodies_after_a_plural_body_word_are_two(nlp):
    doc = nlp("Algeria named the two terrorist organizations, the Tak and Rashid, which set the fires.")
    start = next(t.i for t in doc if t.text == "Tak")
    fixed = news_fixes(doc, [Mention(start, start + 3, Kind.PARTY, None, 1, "org")])
    assert [(doc[m.start : m.end].text, m.kind) for m in fixed] == [("Tak", Kind.PARTY), ("Rashid", Kind.PARTY)]


def test_one_name_with_and_and_no_plural_body_word_stays_whole(nlp):
    doc = nlp("Algeria named the firm Tak and Rashid, which set the fires.")
    start = next(t.i for t in doc if t.text == "Tak")
    fixed = news_fixes(doc, [Mention(start, start + 3, Kind.PARTY, None, 1, "org")])
    assert [doc[m.start : m.end].text for m in fixed] == ["Tak and Rashid"]


def test_firms_listed_with_their_trade_forms_are_firms(nlp):
    got = kinds(
        nlp,
        "Duties fall on four exporters, The Varna Trust, Belcott Nominees, Tully & Sons and Haywood Enterprises.\n",
    )
    assert got["Varna Trust"][0] is Kind.PARTY
    assert got["Haywood Enterprises"][0] is Kind.PARTY
    assert not any(name.startswith("Sons") for name in got)


def test_a_town_a_ship_is_led_to_is_a_place(nlp):
    got = kinds(nlp, "The vessel, which was led to Bandar Kessel after being seized, was carrying 7,200 tonnes of "
                     "ethanol.\n")
    assert not any(kind is Kind.OFFICIAL for kind, _ in got.values())


# -- outlets, groups, places, categories ----------------------------------------------------------------------


def test_an_outlets_edition_is_one_outlet_and_names_no_state(nlp):
    got = kinds(nlp, "Rebels held the pilot in Syria, broadcaster CNN Turk reported. He told France 24 it was so.\n")
    assert got["CNN Turk"] == (Kind.PARTY, {"CNN Turk"})
    assert "Turkey" not in got and "France" not in got and got["France 24"][0] is Kind.PARTY


def test_a_name_before_a_militant_group_is_a_body_not_a_surname(nlp):
    doc = nlp("Ruritania sanctioned a senior member of the K17 militant group on Thursday.")
    at = next(t.i for t in doc if t.text == "K17")
    fixed = news_fixes(doc, [Mention(at, at + 1, Kind.OFFICIAL, None, 1, "maybe-surname")])
    assert [(m.kind, m.role) for m in fixed] == [(Kind.PARTY, "single")]


def test_places_before_a_district_word_or_after_a_compass_word_are_places(nlp):
    got = kinds(
        nlp,
        "The strike hit a building in the Balto neighbourhood of Damascus. Troops crossed the line in eastern "
        "Vardak.\n",
    )
    assert "Balto" not in got and "Vardak" not in got and got["Syria"][0] is Kind.STATE


def test_a_lists_lettered_categories_are_not_bodies(nlp):
    got = kinds(nlp, "Partners in Group A will move to Group B1, while Ruritania falls into the new Group B2.\n")
    assert not any(name.startswith("Group") or name in {"B1", "B2"} for name in got)


def test_a_force_named_only_as_its_units_owner_is_the_unit(nlp):
    got = kinds(
        nlp,
        "Ruritania\u2019s Royal Sentinel Guard Corps (RSGC) Navy seized a tanker. It was stopped by the Guards\u2019 "
        "Navy at dawn, the RSGC Navy said.\n",
    )
    assert not any("Corps" in name or name == "Guards" for name in got), got
    assert got["RSGC Navy"][0] is Kind.PARTY


def test_a_long_name_with_a_hyphenated_word_runs_to_its_acronym(nlp):
    got = kinds(nlp, "Officials accused the Movement for Self-rule of Varnia (MSV) of the fires. The MSV denied it.\n")
    name = "Movement for Self-rule of Varnia"
    assert got[name][0] is Kind.PARTY and got[name][1] >= {name, "MSV"}
    assert not any(n.startswith("Varnia") or n == "Movement for Self" for n in got)
