"""Entity and relation classes first seen on blind64's first run (issue #11, x-b64-82), each on invented sentences:
a bare "the Fund" after the IMF, a known body's bracketed name after a list of states, hyphenated known names the
tokenizer splits ("Itar-tass"), an accented demonym, languages listed after "in", "the Soviet era", a weekday glued
to a body's name, capitalised common words ("the Country's creditors", "NGO funding"), a newsletter prompt, a post
held in a body a common noun names ("the institute's president"), and a capital inside a body's name ("Paris Club").

The measure of quality is bench/real (real articles, scored); these pin each rule and a case where it could over-fire.
"""

from __future__ import annotations

from core.extract.furniture import furniture_ranges
from core.model import Family, Kind
from tests.core.test_entities import by_name, extract
from tests.core.test_entities_news import HEADLINE
from tests.core.test_relations import OFF, P, S, stated, tied


def _names(nlp, sentence: str) -> dict:
    return by_name(extract(nlp, HEADLINE + sentence + "\n"))


# "the Fund" (lexicon "bare_heads_need_antecedent")


def test_the_fund_after_the_imf_is_the_imf(nlp):
    found = _names(nlp, "The IMF approved the loan for Vorland. Our agreement with the Fund is done, he said.")
    assert "Fund" not in found, found
    assert "Fund" in found["International Monetary Fund"][1], found


def test_the_fund_with_no_fund_before_is_no_body(nlp):
    found = _names(nlp, "The Fund said on Monday that Vorland had met the terms.")
    assert "Fund" not in found, found


# a known body's name in brackets after a list of states (coref.bracketed_short_names)


def test_a_blocs_name_after_a_list_of_states_is_no_states_short_name(nlp):
    found = _names(nlp, "Leaders of Brazil, India, China and South Africa (BRICS) met on Tuesday.")
    assert found["South Africa"][1] == ["South Africa"], found
    assert found["BRICS"][0] is Kind.PARTY, found


def test_a_states_own_short_name_in_brackets_still_joins_it(nlp):
    found = _names(nlp, "The Central African Republic (CAR) delayed the vote. CAR officials agreed.")
    assert found["Central African Republic"][1].count("CAR") == 2, found


# known names the tokenizer splits at a hyphen (kb.first_words), an accented demonym, new known bodies


def test_a_hyphenated_agency_name_is_known(nlp):
    found = _names(nlp, "Vorel told the Itar-Tass news agency the debt would be written off.")
    assert found["TASS"][1] == ["Itar-Tass"], found


def test_an_accented_demonym_is_the_state(nlp):
    found = _names(nlp, "Reporters sought reactions from several Burkinabè officials on Monday.")
    assert found["Burkina Faso"] == (Kind.STATE, ["Burkinabè"]), found


def test_the_eurogroup_and_rfi_are_bodies(nlp):
    found = _names(nlp, "Talks at the Eurogroup failed, Radio France Internationale reported.")
    assert found["Eurogroup"][0] is Kind.PARTY, found
    assert found["Radio France Internationale"][0] is Kind.PARTY, found
    assert "France" not in found, found


# languages listed after "in" (known.names_a_language)


def test_languages_listed_after_in_are_no_states(nlp):
    found = _names(nlp, "The channel airs programmes in German, English, Spanish and Arabic.")
    assert "Spain" not in found and "Germany" not in found, found


def test_states_listed_after_in_stay_states(nlp):
    found = _names(nlp, "Leaders met in France, Germany, Spain and Italy this week.")
    assert {"France", "Germany", "Spain", "Italy"} <= set(found), found


# "the Soviet era", a weekday glued to a body's name (stray_names.keep_name)


def test_the_soviet_era_is_a_time(nlp):
    found = _names(nlp, "The debt dates back to the Soviet era, Cuba said.")
    assert "Soviet Union" not in found, found


def test_soviet_loans_still_name_the_state(nlp):
    found = _names(nlp, "The debt was mostly owed from Soviet loans to Cuba.")
    assert "Soviet Union" in found, found


def test_a_weekday_after_a_bodys_name_is_no_word_of_it(nlp):
    found = _names(nlp, "The Superior Council of Vorland Thursday ordered the halt of the broadcasts.")
    assert "Superior Council of Vorland" in found, found
    assert not any("Thursday" in name for name in found), found


def test_a_body_name_before_a_verb_keeps_its_words(nlp):
    found = _names(nlp, "The Superior Council of Vorland ordered the halt of the broadcasts.")
    assert "Superior Council of Vorland" in found, found


# capitalised common words (lexicon "non_entities") and a newsletter prompt (furniture)


def test_a_capitalised_country_or_ngo_is_no_body(nlp):
    found = _names(nlp, "The Country's creditors agreed, and Vorland acted on NGO funding.")
    assert "Country" not in found and "NGO" not in found, found


def test_a_newsletter_prompt_is_furniture():
    text = "Vorland restructures its debt\n\nRussia agreed to restructure it.\n\n"
    text += "24/7 Live - Subscribe to the Vorta Newsletter!\n"
    assert "Subscribe to the Vorta Newsletter!" in [text[a:b][-34:] for a, b in furniture_ranges(text)]


def test_subscribing_in_a_sentence_is_no_furniture():
    text = "Vorland restructures its debt\n\nHe urged readers to subscribe to the party newsletter, Russia said.\n"
    assert not any("subscribe" in text[a:b] for a, b in furniture_ranges(text))


# a post in a body a common noun names (titles.py), a capital inside a body's name (name_ties.py)


def test_the_institutes_president_is_no_states_head():
    got = stated(
        "He was barred from leaving Egypt, said the institute's president, Lorne Vane.",
        {"Lorne Vane": (OFF, ["Lorne Vane"]), "Egypt": (S, ["Egypt"])},
    )
    assert not tied(got, "Lorne Vane", "Egypt", Family.LEADERSHIP), got


def test_the_countrys_president_still_heads_it():
    got = stated(
        "Peru will hold a vote next month, said the country's president, Jan Vorel.",
        {"Jan Vorel": (OFF, ["Jan Vorel"]), "Peru": (S, ["Peru"])},
    )
    assert tied(got, "Jan Vorel", "Peru", Family.LEADERSHIP), got


def test_a_capital_in_a_bodys_name_is_no_membership():
    got = stated(
        "The Paris Club agreed a deal with Argentina in France on Thursday.",
        {"Paris Club": (P, ["Paris Club"]), "France": (S, ["France"]), "Argentina": (S, ["Argentina"])},
    )
    assert not tied(got, "Paris Club", "France", Family.MEMBERSHIP), got


def test_a_state_in_a_bodys_name_is_still_its_own():
    got = stated(
        "The Philippine Coast Guard escorted the boats off the Philippines on Thursday.",
        {"Philippine Coast Guard": (P, ["Philippine Coast Guard"]), "Philippines": (S, ["Philippines"])},
    )
    assert tied(got, "Philippine Coast Guard", "Philippines", Family.MEMBERSHIP), got


def test_demonyms_after_a_date_and_a_comma_stay_states(nlp):
    found = _names(nlp, "In March, Malaysian and Indonesian officials reached an agreement.")
    assert {"Malaysia", "Indonesia"} <= set(found), found
