"""Entity rules of round BB (issue #11): lower-case ministries of more portfolios, acronyms defined as documents or
systems, and the two-word Malaysian honours before a name, each on invented sentences.

The measure of quality is bench/real (real articles, scored); these pin each rule and a case where it could over-fire.
"""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_name, extract
from tests.core.test_entities_news import HEADLINE


def _names(nlp, sentence: str) -> dict:
    return by_name(extract(nlp, HEADLINE + sentence + "\n"))


# lower-case ministries (ministries.ministry_mentions, lexicon "ministry_adjectives")


def test_a_lower_case_intelligence_ministry_is_the_states_body(nlp):
    found = _names(nlp, "Iran's intelligence ministry said on Saturday that two men had been arrested near the port.")
    assert found["Ministry of Intelligence of Iran"][0] is Kind.PARTY


def test_a_lower_case_oil_ministry_is_the_states_body(nlp):
    found = _names(nlp, "Exports resumed on Monday, Kuwait's oil ministry said in a statement.")
    assert found["Ministry of Oil of Kuwait"][0] is Kind.PARTY


def test_an_oil_word_elsewhere_makes_no_ministry(nlp):
    found = _names(nlp, "Kuwait's oil minister said the ministry would raise output.")
    assert not any(name.startswith("Ministry of Oil") for name in found), found


# acronyms of documents and systems (document_acronyms.drop_document_acronyms)


def test_a_systems_acronym_is_no_body(nlp):
    found = _names(
        nlp,
        "Officials said Norway kept using the Worker Match System (WMS) to hire nurses, and the WMS must end now.",
    )
    assert not any("WMS" in forms for _, forms in found.values()), found


def test_a_bodys_acronym_stays(nlp):
    found = _names(
        nlp,
        "The Coastal Patrol Authority (CPA) said on Monday that it had seized the boat. The CPA said it was empty.",
    )
    assert any("CPA" in forms and kind is Kind.PARTY for kind, forms in found.values()), found


def test_a_memorandum_acronym_is_no_body(nlp):
    found = _names(nlp, "Kenya said the MOA with Qatar would protect domestic workers, the minister said on Friday.")
    assert not any("MOA" in forms for _, forms in found.values()), found


# two-word honours (honorifics.honour_only, honorifics.past_honorific)


def test_a_two_word_honour_opens_no_name(nlp):
    found = _names(
        nlp,
        "On Nov 7, 2021, it was reported that Malaysian Prime Minister Datuk Seri Razak Sabri Yaakob had written to"
        " his Singapore counterpart seeking leniency in this case.",
    )
    assert "Razak Sabri Yaakob" in found, found
    assert not any(name.startswith(("Datuk", "Seri")) for name in found), found


def test_a_tan_surname_stays_a_name(nlp):
    found = _names(nlp, "Tan Wei Ming, the firm's chief executive, said the ship had been sold.")
    assert "Tan Wei Ming" in found, found


# lower-case central banks (ministries._central_bank)


def test_a_states_lower_case_central_bank_is_its_body(nlp):
    found = _names(nlp, "Chile's central bank said on Monday that it would raise rates. The bank gave no date.")
    assert found["Central Bank of Chile"][0] is Kind.PARTY


def test_a_central_bank_apposed_to_its_name_is_no_second_body(nlp):
    found = _names(nlp, "The rebels took over NBK, Chile's central bank, and claimed the gold.")
    assert "Central Bank of Chile" not in found, found


# a body glued to the person who holds a post in it (glued_holders.split_glued_holders)


def test_a_body_glued_to_its_envoy_is_cut_in_two(nlp):
    found = _names(
        nlp,
        "In April, the Russian Ambassador to the United Nations Vadim Nebrosov said that the draft resolution on"
        " events in the region is one-sided.",
    )
    assert found["United Nations"][0] is Kind.PARTY
    assert found["Vadim Nebrosov"][0] is Kind.OFFICIAL


def test_a_ministry_glued_to_its_director_is_cut_in_two(nlp):
    found = _names(
        nlp,
        "Director of citizen protection at the Ministry of Foreign Affairs Lestari Wulandita said on Thursday that"
        " the decision was made. Wulandita said workers were safe.",
    )
    assert found["Ministry of Foreign Affairs"][0] is Kind.PARTY
    assert found["Lestari Wulandita"][0] is Kind.OFFICIAL


def test_a_body_whose_name_goes_on_after_a_title_is_not_cut(nlp):
    found = _names(
        nlp, "The Norwegian ambassador to the United Nations Security Council said on Monday that the vote was close."
    )
    assert not any(kind is Kind.OFFICIAL for kind, _ in found.values()), found


def test_a_formal_bodys_last_words_are_no_person(nlp):
    found = _names(nlp, '"The fleet still sails," said Jane T. Roe, director of the Office of Foreign Assets Control.')
    assert found["Office of Foreign Assets Control"][0] is Kind.PARTY, found
    assert "Assets Control" not in found, found
