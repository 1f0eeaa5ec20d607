"""Entity classes of round AK (issue #11): a bare ministry joined to the one ministry of its portfolio named with a
state (or the state whose capital follows "in"), a firm's name with an ampersand inside one model name, a state's name
set in capitals, and "al-" kept before a surname the rules cut after the article; on invented sentences."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, entity_with, extract


def test_a_bare_ministry_is_the_one_state_ministry_of_that_portfolio(nlp):
    text = (
        "Norway has recalled its envoy from Peru, the Foreign Ministry said on Monday. A Foreign Ministry "
        "official said staff had returned. The Norwegian Foreign Ministry said the mission would reopen later."
    )
    found = extract(nlp, text)
    host = entity_with(found, "Norwegian Foreign Ministry")
    assert host is not None and host.kind is Kind.PARTY, found
    bare = {i for i in range(len(text)) if text.startswith("Foreign Ministry", i) and text[i - 10 : i] != "Norwegian "}
    assert bare <= {m.start for m in host.mentions}, host


def test_a_bare_ministry_in_a_capital_is_that_states(nlp):
    text = (
        "Sweden has recalled its envoy from Peru, the Foreign Ministry in Oslo said on Monday. The Norwegian "
        "Foreign Ministry and the Swedish Foreign Ministry both issued statements later."
    )
    found = extract(nlp, text)
    norwegian = entity_with(found, "Norwegian Foreign Ministry")
    assert norwegian is not None, found
    first = text.index("Foreign Ministry")
    assert any(m.start == first for m in norwegian.mentions), norwegian


def test_an_ampersand_inside_one_firms_name_keeps_it_whole(nlp):
    text = "He is accused of taking $50 million from the now bankrupt lender Orbis & Credit Bank. He denies it."
    found = by_text(extract(nlp, text))
    assert found.get("Orbis & Credit Bank", (None,))[0] is Kind.PARTY, found
    assert "Orbis" not in found and "Credit Bank" not in found, found


def test_a_states_name_in_capitals_is_the_state(nlp):
    text = "DUBAI, UNITED ARAB EMIRATES. 20 September 2017. The head of Vexo Holdings said the UAE would appeal."
    found = by_text(extract(nlp, text))
    assert found["UNITED ARAB EMIRATES"] == (Kind.STATE, "United Arab Emirates"), found


def test_the_article_stays_before_a_surname_cut_after_it(nlp):
    text = "The indirect talks were mediated by al-Rawahi. \"We made progress,\" al-Rawahi said."
    found = by_text(extract(nlp, text))
    assert "-Rawahi" not in found, found
    assert found["al-Rawahi"][0] is Kind.OFFICIAL, found


def test_a_bare_ministry_after_another_state_opens_the_sentence_is_not_joined(nlp):
    """Review of round AK: the sentence's own state acts; the other state's ministry named later is not it."""
    text = (
        "Norway has recalled its envoy from Peru, the Foreign Ministry said on Monday. The Peruvian Foreign "
        "Ministry said it regretted the move."
    )
    peru = entity_with(extract(nlp, text), "Peruvian Foreign Ministry")
    assert peru is not None and text.index("Foreign Ministry") not in {m.start for m in peru.mentions}, peru


def test_a_state_named_inside_a_longer_name_is_not_named(nlp):
    """Review of round AK: 'Niger' is not named inside 'Nigeria'."""
    text = (
        "The envoy of Nigeria had been summoned, a Foreign Ministry statement said. The Nigerien Foreign Ministry "
        "said it would reply on Tuesday."
    )
    niger = entity_with(extract(nlp, text), "Nigerien Foreign Ministry")
    assert niger is not None and text.index("Foreign Ministry") not in {m.start for m in niger.mentions}, niger


def test_an_ampersand_between_two_bodies_keeps_them_two(nlp):
    """Review of round AK: a body's head before '&' ends that body's name."""
    text = "A joint report by the Harlow Institute & Brennan Foundation was released on Monday in the capital."
    assert "Harlow Institute & Brennan Foundation" not in by_text(extract(nlp, text))


def test_a_states_name_in_capitals_running_on_is_a_partys(nlp):
    """Review of round AK: 'NEW ZEALAND FIRST' names a party, not the state."""
    found = by_text(extract(nlp, "NEW ZEALAND FIRST leader spoke to reporters in the capital on Monday."))
    assert "NEW ZEALAND" not in found, found
