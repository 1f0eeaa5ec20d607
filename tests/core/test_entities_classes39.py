"""Review mends of round Y and entity classes of blind32's first run (issue #11, round AA), on invented sentences."""

from __future__ import annotations

from core.extract.kb import lexicon_set
from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE


def test_lawmakers_in_a_parliament_leave_the_parliament_an_actor(nlp):
    text = HEADLINE + "Lawmakers in the Turkish parliament approved Sweden's membership bid on Tuesday.\n"
    found = by_text(extract(nlp, text))
    assert found["Turkish parliament"][0] is Kind.PARTY


def test_parliaments_are_no_armed_forces_in_the_lexicon():
    assert "parliament" not in lexicon_set("force_nouns")
    assert {"parliament", "legislature"} <= lexicon_set("legislature_nouns")


def test_a_lower_case_legislature_of_a_state_is_still_a_body(nlp):
    text = HEADLINE + "Kenya's legislature approved the port deal on Monday.\n"
    found = by_text(extract(nlp, text))
    assert found["Kenya's legislature"][0] is Kind.PARTY


def test_a_multi_word_portfolio_after_a_title_is_no_person(nlp):
    text = HEADLINE + "Secretary of Homeland Security Jane Roe said the border would stay closed.\n"
    found = by_text(extract(nlp, text))
    assert found["Jane Roe"][0] is Kind.OFFICIAL
    assert found.get("Homeland Security", (None,))[0] is not Kind.OFFICIAL


def test_a_parliaments_speaker_reports_nothing_on_his_own_body(nlp):
    # a guard (review of round Y): the whole pipeline gives his LEADERSHIP of his parliament, no REPORTING on it
    from core.extract.relations import find_relations
    from core.model import Family

    text = HEADLINE + "Iran's parliament speaker Mohammad Ghalibaf said the Iranian parliament would review the deal.\n"
    doc = nlp(text)
    ents = extract(nlp, text)
    names = [e.name for e in ents]
    got = {(names[r.source], names[r.target], r.family) for r in find_relations(doc, ents)}
    assert ("Mohammad Ghalibaf", "Iran's parliament", Family.REPORTING) not in got, got
    assert ("Mohammad Ghalibaf", "Iran's parliament", Family.LEADERSHIP) in got, got


def test_a_navy_prefix_of_a_state_opens_a_ships_name(nlp):
    text = HEADLINE + (
        "KNM Roald Amundsen left port on Thursday. SLNS Sayura was sent to help, and the crew of ICGS Varuna"
        " joined.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["KNM Roald Amundsen"][0] is Kind.VESSEL
    assert found["SLNS Sayura"][0] is Kind.VESSEL
    assert found["ICGS Varuna"][0] is Kind.VESSEL
    assert "KNM" not in found


def test_a_sentences_capital_the_before_two_words_joined_by_and_is_the_article(nlp):
    text = HEADLINE + "The Roads and Bridges Authority of Kenya said the port road was closed.\n"
    found = by_text(extract(nlp, text))
    assert found["Roads and Bridges Authority of Kenya"][0] is Kind.PARTY
    assert "Roads" not in found


def test_a_states_whole_body_before_and_is_a_body_of_its_own(nlp):
    text = HEADLINE + "The Kenya Navy and Ports Authority officials met on Monday.\n"
    found = by_text(extract(nlp, text))
    assert "Kenya Navy and Ports Authority" not in found
    assert found["Kenya Navy"][0] is Kind.PARTY and found["Ports Authority"][0] is Kind.PARTY


def test_royal_before_a_states_lower_case_force_is_part_of_its_name(nlp):
    text = HEADLINE + "A Royal Canadian air force plane flew over the wreck on Monday.\n"
    found = by_text(extract(nlp, text))
    assert found["Royal Canadian air force"][0] is Kind.PARTY
    assert "Royal" not in found


def test_a_general_licence_is_a_document_no_body(nlp):
    text = HEADLINE + (
        "The Treasury issued Freedonia General License (GL) 12 on Monday. The GL allows new investment, and further"
        " General Licenses will follow.\n"
    )
    found = by_text(extract(nlp, text))
    assert not {"License", "GL", "General Licenses", "Licenses"} & set(found)


def test_a_run_of_titles_before_a_name_is_no_person(nlp):
    text = HEADLINE + "The deal is fair, said Principal Deputy Associate Attorney General Jane Roe on Monday.\n"
    found = by_text(extract(nlp, text))
    assert found["Jane Roe"][0] is Kind.OFFICIAL
    assert not {"Principal", "Associate Attorney"} & set(found)


def test_a_list_of_names_is_a_register_no_body(nlp):
    text = HEADLINE + "The Treasury removed the firm from the List of Specially Designated Nationals on Monday.\n"
    found = by_text(extract(nlp, text))
    assert not any(t.startswith("List") for t in found)


def test_a_states_name_after_a_titles_of_is_no_portfolio(nlp):
    from core.extract.portfolios import portfolio_of_title

    text = "Former President of Honduras Juan Carlos Roe was extradited. Secretary of Homeland Security Jane Roe spoke."
    doc = nlp(text)
    words = [t.text for t in doc]
    assert not portfolio_of_title(doc, words.index("Juan"))
    assert not portfolio_of_title(doc, words.index("Honduras"))
    assert portfolio_of_title(doc, words.index("Security"))


def test_a_states_possessive_before_two_words_joined_by_and_opens_one_body(nlp):
    text = HEADLINE + "Kenya's Roads and Bridges Authority said the port road was closed.\n"
    found = by_text(extract(nlp, text))
    assert found["Roads and Bridges Authority"][0] is Kind.PARTY
    assert "Roads" not in found
