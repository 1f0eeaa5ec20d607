"""Round AO entity classes: people missed after a lower-case title or before "the report said", held ground taken
for a person, a state's high commission taken for a body, a language for a state, and page furniture (a block of
links that swallowed article lines closing on a quoted sentence; credits, disclaimers, copyright notes). Every
sentence is invented for its rule."""

from __future__ import annotations

from core.extract.furniture import furniture_ranges
from core.extract.pipeline import extract_text
from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE, forms


def _kind(nlp, text: str, name: str) -> Kind | None:
    return forms(extract(nlp, HEADLINE + text + "\n")).get(name, (None,))[0]


def test_a_line_closing_on_a_quoted_sentence_ends_a_block_of_links():
    text = (
        "Dam talks stall over river quotas\n"
        "The two states met on Monday to discuss the river.\n"
        "More from River Weekly\n"
        "Why the delta is drying\n"
        "Writing online, the president accused Vexland of failing to release the water, which he said was"
        " 'very unfair.'\n"
        "Responding in another post, Vexland's president Ilsa Morrow acknowledged the shortfall in a statement.\n"
    )
    furniture = [text[a:b] for a, b in furniture_ranges(text)]
    assert furniture == ["More from River Weekly\n", "Why the delta is drying\n"], furniture


def test_a_spokesperson_or_high_commissioner_before_a_rare_name_names_a_person(nlp):
    text = "Iranian Foreign Ministry spokesperson Esmaeil Qodsi said the draft was final."
    assert _kind(nlp, text, "Esmaeil Qodsi") is Kind.OFFICIAL
    text = "Indian high commissioner Esmaeil Qodsi said the draft was final."
    assert _kind(nlp, text, "Esmaeil Qodsi") is Kind.OFFICIAL


def test_a_name_before_the_report_said_is_no_reports_title(nlp):
    text = "The meeting was attended by Indian high commissioner Vanu Sarawal, the report said."
    assert _kind(nlp, text, "Vanu Sarawal") is Kind.OFFICIAL
    # the apposition still makes a document's title no body
    text = "Both sides endorsed the Spirit of Vardon, a joint statement on trade, on Monday."
    assert _kind(nlp, text, "Spirit of Vardon") is None


def test_a_body_named_before_the_statement_said_is_still_a_documents_title(nlp):
    text = "The ship had sailed under other names, including Sea Lark and Velda, the statement said."
    assert _kind(nlp, text, "Velda") is not Kind.PARTY


def test_held_ground_is_no_person(nlp):
    for town in ("Tokmaryk", "Kamyanodar"):  # read as a person, as a body
        assert _kind(nlp, f"The plant is in Russian-occupied {town}, the agency said.", town) is None
    got = forms(extract(nlp, HEADLINE + "The blockade hit Armenian-populated Nagorno-Varakh hard.\n"))
    assert "Nagorno-Varakh" not in got and "Armenia" in got, got
    # a person may be backed, and a body controlled
    assert _kind(nlp, "Kremlin-backed Viktor Medvedchuk was freed.", "Viktor Medvedchuk") is Kind.OFFICIAL


def test_a_states_high_commission_is_the_state(nlp):
    text = HEADLINE + "The Indian High Commission in Dhaka said the gift came. The High Commission thanked them.\n"
    got = forms(extract(nlp, text))
    assert "Indian High Commission" not in got and got.get("India", (None, set()))[1] == {"Indian"}, got


def test_writing_in_a_language_that_names_no_state(nlp):
    text = "Vexland's president acknowledged the shortfall, writing in Spanish that the drought was severe."
    assert _kind(nlp, text, "Spain") is None
    assert _kind(nlp, "The tanker sailed in Spanish waters on Monday.", "Spain") is Kind.STATE


def test_a_pages_notes_on_sources_and_rights_are_furniture():
    text = (
        "Talks on the river resume\n"
        "Vexpur, Oct 30 (UNI) Attempting to reopen talks with Ruritania, the chief minister said the river was"
        " shared.\n"
        "A man walks by the river in Vexpur on a long and windy day, watched by the crowd.\n"
        "Jane Roe/Associated Press\n"
        "The ministry did not disclose the content of the talks.Copyright(c) 2025 Vexnews.com. All Rights Reserved\n"
        "Disclaimer: This report is auto generated from the Vexwire news service. Vexpaper holds no responsibility.\n"
        "The Copyright Office said in 2024 that it would rule on the matter before the end of the year.\n"
    )
    got = [text[a:b] for a, b in furniture_ranges(text)]
    assert got == [
        "Vexpur, Oct 30 (UNI) ",
        "Jane Roe/Associated Press",
        "Copyright(c) 2025 Vexnews.com. All Rights Reserved",
        "Disclaimer: This report is auto generated from the Vexwire news service. Vexpaper holds no responsibility.",
    ], got
    text = (
        "Export curbs widen\nThe talks ran long and nobody knew what came next in them.\n"
        "Reuters Published 03 Dec, 2024 02:21pm\n"
    )
    assert [text[a:b] for a, b in furniture_ranges(text)] == ["Reuters Published 03 Dec, 2024 02:21pm"]


def test_a_common_word_opening_its_sentences_is_no_name(nlp):
    text = (
        HEADLINE + "She said: \u201cSmog is not a political but a humanitarian issue. I am ready to talk.\u201d"
        " The smog has covered Vexport for a week.\n"
        "Flames engulfed the tanker after the collision, and the flames spread.\n"
        "Humanitarian aid arrived at the bridge on Monday, and more humanitarian convoys are expected.\n"
    )
    got = forms(extract(nlp, text))
    assert not {"Smog", "Flames", "Humanitarian"} & set(got), got
    # a name the text also writes as a word stays, where it is capitalised inside a sentence
    text = HEADLINE + "Shell said it would sell the field. A shell hit the port, and Shell left.\n"
    assert "Shell" in forms(extract(nlp, text))


def test_an_opening_quote_typed_for_a_possessives_apostrophe_ends_the_state():
    text = HEADLINE + "The decrees reinstate Vexland and Brazil\u2018s plans to cut logging.\n"
    got = forms(extract_text(text).entities)
    assert got.get("Brazil", (None, set())) == (Kind.STATE, {"Brazil"}), got


def test_the_words_closing_a_titles_portfolio_name_its_holder(nlp):
    text = "Vexlandic Minister of Climate and Environment Oskar Brandt Ivo said the fund would resume."
    assert _kind(nlp, text, "Oskar Brandt Ivo") is Kind.OFFICIAL
    text = "\u201cIt is done,\u201d Assistant Secretary of Commerce for Export Administration Thea Kendrow said."
    assert _kind(nlp, text, "Thea Kendrow") is Kind.OFFICIAL
    # no portfolio ("of", "for") between the head and the name: left to the other rules; a body is no holder
    text = "The Minister of Finance and the Central Bank said the rate would rise."
    assert "Central Bank" not in {n for n, (k, _) in forms(extract(nlp, HEADLINE + text + "\n")).items()
                                  if k is Kind.OFFICIAL}
